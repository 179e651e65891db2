//! Calendar arithmetic and constructors for [`Resolved`] values.
//!
//! Every function here returns `Option` and uses checked chrono arithmetic,
//! so absurd inputs ("9999999 years ago") yield no value instead of a panic.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::{Precision, Resolved};

/// Builds a date, `None` when it does not exist.
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `d` plus `n` days (negative goes back).
pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `d` plus `n` months, clamping the day to the month's end.
pub(crate) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(m))
    } else {
        d.checked_sub_months(Months::new(m))
    }
}

/// Monday of the ISO week holding `d`.
pub(crate) fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// Weekday from 0 = Monday.
pub(crate) fn weekday(n: u8) -> Weekday {
    match n {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Most recent `wd` before `d`; `d` itself counts when `inclusive`.
pub(crate) fn weekday_before(d: NaiveDate, wd: Weekday, inclusive: bool) -> Option<NaiveDate> {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let back = if back == 0 && !inclusive { 7 } else { back };
    add_days(d, -i64::from(back))
}

/// Next `wd` after `d`; `d` itself counts when `inclusive`.
pub(crate) fn weekday_after(d: NaiveDate, wd: Weekday, inclusive: bool) -> Option<NaiveDate> {
    let fwd = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    let fwd = if fwd == 0 && !inclusive { 7 } else { fwd };
    add_days(d, i64::from(fwd))
}

/// Last day of month `m` of year `y`.
pub(crate) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    add_days(add_months(first, 1)?, -1)
}

/// A single day.
pub(crate) fn day(d: NaiveDate) -> Resolved {
    Resolved {
        from: d,
        to: d,
        precision: Precision::Day,
        value: format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

/// The ISO week (Monday to Sunday) holding `d`.
pub(crate) fn week(d: NaiveDate) -> Option<Resolved> {
    let from = week_start(d)?;
    let to = add_days(from, 6)?;
    let w = from.iso_week();
    Some(Resolved {
        from,
        to,
        precision: Precision::Week,
        value: format!("{:04}-W{:02}", w.year(), w.week()),
    })
}

/// The weekend starting on Saturday `sat`, valued TIMEX3-style (`2019-W05-WE`).
pub(crate) fn weekend(sat: NaiveDate) -> Option<Resolved> {
    let to = add_days(sat, 1)?;
    let w = sat.iso_week();
    Some(Resolved {
        from: sat,
        to,
        precision: Precision::Weekend,
        value: format!("{:04}-W{:02}-WE", w.year(), w.week()),
    })
}

/// Month `m` of year `y`.
pub(crate) fn month(y: i32, m: u32) -> Option<Resolved> {
    Some(Resolved {
        from: ymd(y, m, 1)?,
        to: month_end(y, m)?,
        precision: Precision::Month,
        value: format!("{y:04}-{m:02}"),
    })
}

/// Calendar year `y`.
pub(crate) fn year(y: i32) -> Option<Resolved> {
    if !(0..=9999).contains(&y) {
        return None;
    }
    Some(Resolved {
        from: ymd(y, 1, 1)?,
        to: ymd(y, 12, 31)?,
        precision: Precision::Year,
        value: format!("{y:04}"),
    })
}

/// The decade starting in year `y` (a multiple of ten), valued `199`.
pub(crate) fn decade(y: i32) -> Option<Resolved> {
    if !(0..=9990).contains(&y) {
        return None;
    }
    Some(Resolved {
        from: ymd(y, 1, 1)?,
        to: ymd(y + 9, 12, 31)?,
        precision: Precision::Decade,
        value: format!("{:03}", y / 10),
    })
}

/// Narrows `r` to `from..=to`, clamped to its own range so `from <= to` holds.
pub(crate) fn narrow(mut r: Resolved, from: NaiveDate, to: NaiveDate) -> Resolved {
    let f = from.clamp(r.from, r.to);
    let t = to.clamp(f, r.to);
    r.from = f;
    r.to = t;
    r
}

/// Which third of a period "early", "mid" and "late" select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Third {
    Early,
    Mid,
    Late,
}

/// Narrows a month or year to its early, middle or late third.
///
/// Months split at the 10th and 20th; years at April and August.
pub(crate) fn third(r: Resolved, t: Third) -> Option<Resolved> {
    let (y, m) = (r.from.year(), r.from.month());
    let (from, to) = match (r.precision, t) {
        (Precision::Month, Third::Early) => (ymd(y, m, 1)?, ymd(y, m, 10)?),
        (Precision::Month, Third::Mid) => (ymd(y, m, 11)?, ymd(y, m, 20)?),
        (Precision::Month, Third::Late) => (ymd(y, m, 21)?, r.to),
        (_, Third::Early) => (ymd(y, 1, 1)?, ymd(y, 4, 30)?),
        (_, Third::Mid) => (ymd(y, 5, 1)?, ymd(y, 8, 31)?),
        (_, Third::Late) => (ymd(y, 9, 1)?, r.to),
    };
    Some(narrow(r, from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn weekday_search_respects_inclusivity() {
        let fri = d("2019-02-08");
        assert_eq!(weekday_before(fri, Weekday::Fri, true), Some(fri));
        assert_eq!(
            weekday_before(fri, Weekday::Fri, false),
            Some(d("2019-02-01"))
        );
        assert_eq!(
            weekday_after(fri, Weekday::Mon, false),
            Some(d("2019-02-11"))
        );
        assert_eq!(
            weekday_before(fri, Weekday::Mon, false),
            Some(d("2019-02-04"))
        );
    }

    #[test]
    fn thirds_and_values() {
        let march = month(2019, 3).map(|r| third(r, Third::Late));
        let r = march.flatten();
        assert_eq!(r.as_ref().map(|r| r.from), Some(d("2019-03-21")));
        assert_eq!(r.map(|r| r.to), Some(d("2019-03-31")));
        assert_eq!(decade(1990).map(|r| r.value), Some("199".to_string()));
        assert_eq!(
            week(d("2019-01-30")).map(|r| r.value),
            Some("2019-W05".to_string())
        );
    }

    #[test]
    fn extreme_arithmetic_yields_none() {
        assert_eq!(add_days(NaiveDate::MAX, 1), None);
        assert_eq!(add_months(NaiveDate::MIN, -1), None);
        assert_eq!(year(100_000), None);
    }
}
