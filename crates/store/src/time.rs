//! Calendar helpers, so the crate needs no date library.

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// A parsed calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// Parses the leading `YYYY-MM-DD` of an ISO 8601 string; a bare month
    /// (`YYYY-MM`) or year (`YYYY`) gives its first day.
    pub(crate) fn parse(s: &str) -> Option<Ymd> {
        let s = s.trim();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = i32::try_from(num(0..4)?).ok()?;
        let month = if s.len() >= 7 && s.as_bytes().get(4) == Some(&b'-') {
            num(5..7)?
        } else {
            1
        };
        let day = if s.len() >= 10 && s.as_bytes().get(7) == Some(&b'-') {
            num(8..10)?
        } else {
            1
        };
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Ymd { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// 1-based day of the year.
    pub(crate) fn ordinal(self) -> u32 {
        (1..self.month)
            .map(|m| days_in_month(self.year, m))
            .sum::<u32>()
            + self.day
    }

    /// GDELT's `FractionDate`: year plus the elapsed fraction of it.
    pub(crate) fn fraction(self) -> f64 {
        let len = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + f64::from(self.ordinal()) / len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_partials() {
        assert_eq!(
            Ymd::parse("2019-02-04T10:00:00+03:00")
                .map(Ymd::iso)
                .as_deref(),
            Some("2019-02-04")
        );
        assert_eq!(
            Ymd::parse("2019-02").map(Ymd::iso).as_deref(),
            Some("2019-02-01")
        );
        assert_eq!(
            Ymd::parse("2019").map(Ymd::iso).as_deref(),
            Some("2019-01-01")
        );
        assert_eq!(Ymd::parse("2019-02-30"), None);
        assert_eq!(Ymd::parse("soon"), None);
        assert_eq!(Ymd::parse("2020-12-31").map(Ymd::ordinal), Some(366));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(18_000), (2019, 4, 14));
        assert!(now_utc().ends_with('Z'));
    }
}
