//! The matchers: from a token position, recognise one time expression and
//! resolve it against the publication date.
//!
//! Each matcher returns the index one past its last token and the resolved
//! value, or `None`. The scan is greedy and left to right: a preposition is
//! tried as the start of an expression first, so "on Monday" wins over
//! "Monday", and a match skips the tokens it used.

use chrono::{Datelike, NaiveDate};

use crate::calendar::{
    add_days, add_months, day, decade, month, narrow, third, week, week_start, weekday,
    weekday_after, weekday_before, weekend, year, ymd, Third,
};
use crate::tense::local_tense;
use crate::token::{Class, DayPart, Kind, Prep, Tok, Unit};
use crate::{Resolved, Tense, TimeExpr};

/// A match: one past the last token, and the value.
type Hit = Option<(usize, Resolved)>;

/// Earliest and latest years accepted from bare four-digit numbers.
const YEAR_MIN: u32 = 1800;
const YEAR_MAX: u32 = 2199;

pub(crate) struct Scanner<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Tok],
    pub(crate) published: NaiveDate,
    pub(crate) tense: &'a dyn Fn(usize) -> Tense,
}

/// A bare month or year ("in May", "since 2015") needs one of these
/// prepositions before it to count as a date.
fn licenses_bare(prep: Option<Prep>) -> bool {
    matches!(
        prep,
        Some(
            Prep::In
                | Prep::Since
                | Prep::During
                | Prep::By
                | Prep::Until
                | Prep::From
                | Prep::Before
                | Prep::After
                | Prep::Through
                | Prep::To
        )
    )
}

impl Scanner<'_> {
    pub(crate) fn run(&self) -> Vec<TimeExpr> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if t.class != Class::None || t.kind == Kind::Num {
                if let Some((end, value)) = self.at(i) {
                    if let (Some(s), Some(e)) =
                        (self.toks.get(i), self.toks.get(end.wrapping_sub(1)))
                    {
                        if end > i && value.from <= value.to {
                            out.push(TimeExpr {
                                start: s.start,
                                end: e.end,
                                value,
                            });
                            i = end;
                            continue;
                        }
                    }
                }
            }
            i += 1;
        }
        out
    }

    // ----- token access -------------------------------------------------

    fn class(&self, i: usize) -> Class {
        self.toks.get(i).map_or(Class::None, |t| t.class)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// True when token `i` touches token `i - 1` (no space between).
    fn glued(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn is_punct(&self, i: usize, c: u8) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text.as_bytes().get(t.start) == Some(&c))
    }

    /// Value and digit count of a number token.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Num)
            .map(|t| (t.num, t.len()))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start))
            .is_some_and(u8::is_ascii_uppercase)
    }

    fn text_of(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Tense at token `i`: the caller's, else the nearby words' guess.
    fn tense_at(&self, start: usize, end: usize) -> Tense {
        let (s, e) = match (self.toks.get(start), self.toks.get(end.wrapping_sub(1))) {
            (Some(s), Some(e)) => (s.start, e.end),
            _ => return Tense::Unknown,
        };
        match (self.tense)(s) {
            Tense::Unknown => local_tense(self.text, s, e),
            t => t,
        }
    }

    fn pubd(&self) -> NaiveDate {
        self.published
    }

    // ----- dispatch -----------------------------------------------------

    fn at(&self, i: usize) -> Hit {
        if let Class::Prep(p) = self.class(i) {
            if let Some(hit) = self.core(i + 1, Some(p)) {
                return Some(hit);
            }
        }
        self.core(i, None)
    }

    fn core(&self, i: usize, prep: Option<Prep>) -> Hit {
        match self.class(i) {
            Class::Weekday(d) => self.weekday(i, d, false, prep),
            Class::WeekdayAbbr(d) => self.weekday(i, d, true, prep),
            Class::Month(_) | Class::MonthAbbr(_) => self.month_first(i, prep),
            Class::Last | Class::Next | Class::This => self.modified(i),
            Class::Earlier | Class::Later => self.earlier_later(i),
            Class::Early | Class::Mid | Class::Late => self.third_of(i),
            Class::Yesterday | Class::Today | Class::Tomorrow | Class::Tonight => {
                self.relative_day(i)
            }
            Class::The => self.the(i, prep),
            Class::End | Class::Beginning | Class::Middle => self.end_of(i),
            Class::NumWord(n) => self.counted(i, u32::from(n), prep),
            Class::Weekend if matches!(prep, Some(Prep::Over | Prep::At | Prep::During)) => {
                self.bare_weekend(i + 1, i)
            }
            _ if self.kind(i) == Some(Kind::Num) => self.number(i, prep),
            _ => None,
        }
    }

    // ----- weekdays and relative days ------------------------------------

    /// Consumes "night", "morning" ... after a day word.
    fn day_part(&self, i: usize) -> usize {
        if matches!(self.class(i), Class::Part(_)) {
            i + 1
        } else {
            i
        }
    }

    fn weekday(&self, i: usize, d: u8, abbr: bool, prep: Option<Prep>) -> Hit {
        let mut end = i + 1;
        if abbr {
            // "Mon." only: bare "Sun", "Sat", "Wed" are ordinary words.
            if !self.capitalized(i) || !self.is_punct(i + 1, b'.') || !self.glued(i + 1) {
                return None;
            }
            if d >= 5 && prep.is_none() {
                return None;
            }
            end += 1;
        }
        if prep.is_none() && matches!(self.class(i.wrapping_sub(1)), Class::NameBefore) {
            return None;
        }
        // "Monday, Feb. 4" and "Monday 4 February": the explicit date wins.
        let next = if self.is_punct(end, b',') {
            end + 1
        } else {
            end
        };
        if let Some(hit) = self
            .month_first(next, Some(Prep::On))
            .or_else(|| self.day_month(next))
        {
            return Some(hit);
        }
        let end = self.day_part(end);
        let wd = weekday(d);
        let p = self.pubd();
        // A weekday equal to the publication weekday means the publication
        // day in every tense (news style: "said Friday" in Friday's paper).
        let date = match self.tense_at(i, end) {
            Tense::Future => weekday_after(p, wd, true),
            _ => weekday_before(p, wd, true),
        }?;
        Some((end, day(date)))
    }

    fn relative_day(&self, i: usize) -> Hit {
        let p = self.pubd();
        let (offset, end) = match self.class(i) {
            Class::Yesterday => (-1, self.day_part(i + 1)),
            Class::Tomorrow => (1, self.day_part(i + 1)),
            Class::Today => (0, self.day_part(i + 1)),
            _ => (0, i + 1),
        };
        Some((end, day(add_days(p, offset)?)))
    }

    /// "the day before yesterday", "the day after tomorrow".
    fn day_before_after(&self, i: usize) -> Hit {
        let p = self.pubd();
        match (self.class(i), self.class(i + 1), self.class(i + 2)) {
            (Class::Unit(Unit::Day), Class::Prep(Prep::Before), Class::Yesterday) => {
                Some((i + 3, day(add_days(p, -2)?)))
            }
            (Class::Unit(Unit::Day), Class::Prep(Prep::After), Class::Tomorrow) => {
                Some((i + 3, day(add_days(p, 2)?)))
            }
            _ => None,
        }
    }

    // ----- last / next / this -------------------------------------------

    fn modified(&self, i: usize) -> Hit {
        let m = self.class(i);
        let j = i + 1;
        let p = self.pubd();
        let ws = week_start(p)?;
        let step: i64 = match m {
            Class::Last => -1,
            Class::Next => 1,
            _ => 0,
        };
        match self.class(j) {
            Class::Weekday(d) => {
                let end = self.day_part(j + 1);
                let wd = weekday(d);
                let date = match m {
                    Class::Last => weekday_before(p, wd, false)?,
                    Class::Next => weekday_after(p, wd, false)?,
                    // "this Monday" is the Monday of the publication week.
                    _ => add_days(ws, i64::from(d))?,
                };
                Some((end, day(date)))
            }
            Class::Part(part) => match (m, part) {
                (Class::Last, DayPart::Night | DayPart::Evening) => {
                    Some((j + 1, day(add_days(p, -1)?)))
                }
                (Class::This, _) => Some((j + 1, day(p))),
                (Class::Next, _) => None,
                _ => None,
            },
            Class::Unit(Unit::Week) => Some((j + 1, week(add_days(p, 7 * step)?)?)),
            Class::Unit(Unit::Month) => {
                let d = add_months(p, step)?;
                Some((j + 1, month(d.year(), d.month())?))
            }
            Class::Unit(Unit::Year) => Some((j + 1, year(p.year() + i32::try_from(step).ok()?)?)),
            Class::Weekend => {
                let sat = add_days(ws, 5 + 7 * step)?;
                Some((j + 1, weekend(sat)?))
            }
            Class::Month(mo) | Class::MonthAbbr(mo) => {
                if !self.month_word_ok(j) {
                    return None;
                }
                let end =
                    if matches!(self.class(j), Class::MonthAbbr(_)) && self.is_punct(j + 1, b'.') {
                        j + 2
                    } else {
                        j + 1
                    };
                let mo = u32::from(mo);
                let y = match m {
                    Class::Last if mo < p.month() => p.year(),
                    Class::Last => p.year() - 1,
                    Class::Next if mo > p.month() => p.year(),
                    Class::Next => p.year() + 1,
                    _ => p.year(),
                };
                Some((end, month(y, mo)?))
            }
            _ => None,
        }
    }

    /// "earlier this week/month/year", "later this ...".
    fn earlier_later(&self, i: usize) -> Hit {
        if self.class(i + 1) != Class::This {
            return None;
        }
        let p = self.pubd();
        let whole = match self.class(i + 2) {
            Class::Unit(Unit::Week) => week(p)?,
            Class::Unit(Unit::Month) => month(p.year(), p.month())?,
            Class::Unit(Unit::Year) => year(p.year())?,
            _ => return None,
        };
        let r = if self.class(i) == Class::Earlier {
            let to = add_days(p, -1)?;
            narrow(whole.clone(), whole.from, to)
        } else {
            let from = add_days(p, 1)?;
            narrow(whole.clone(), from, whole.to)
        };
        Some((i + 3, r))
    }

    // ----- months -------------------------------------------------------

    /// Whether the month word at `i` can be a month at all: "may" and
    /// "march" lowercase are a modal and a verb, and abbreviations must be
    /// capitalized ("Jan", not "jan").
    fn month_word_ok(&self, i: usize) -> bool {
        match self.class(i) {
            Class::Month(5 | 3) | Class::MonthAbbr(_) => self.capitalized(i),
            Class::Month(_) => true,
            _ => false,
        }
    }

    /// The month at `i`, its number and the index after it (and its dot).
    fn month_tok(&self, i: usize) -> Option<(u32, usize)> {
        if !self.month_word_ok(i) {
            return None;
        }
        match self.class(i) {
            Class::Month(m) => Some((u32::from(m), i + 1)),
            Class::MonthAbbr(m) => {
                let end = if self.is_punct(i + 1, b'.') && self.glued(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                Some((u32::from(m), end))
            }
            _ => None,
        }
    }

    /// A four-digit year at `i` (optionally after a comma), and the index after it.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.is_punct(i, b',') { i + 1 } else { i };
        let (v, len) = self.num(j)?;
        if len != 4 || !(YEAR_MIN..=YEAR_MAX).contains(&v) || self.number_continues(j) {
            return None;
        }
        Some((i32::try_from(v).ok()?, j + 1))
    }

    /// "last year", "this year", "next year" after a month ("October last
    /// year"): the year it names, and the index after it.
    fn relative_year(&self, i: usize) -> Option<(i32, usize)> {
        if self.class(i + 1) != Class::Unit(Unit::Year) {
            return None;
        }
        let y = self.pubd().year();
        match self.class(i) {
            Class::Last => Some((y - 1, i + 2)),
            Class::This => Some((y, i + 2)),
            Class::Next => Some((y + 1, i + 2)),
            _ => None,
        }
    }

    /// True when the number at `i` goes on as a decimal, thousands group,
    /// percentage or time ("4.5", "1,000", "4%", "4:30").
    fn number_continues(&self, i: usize) -> bool {
        let next_glued = self.glued(i + 1);
        if !next_glued {
            return false;
        }
        if self.is_punct(i + 1, b'%') {
            return true;
        }
        (self.is_punct(i + 1, b'.') || self.is_punct(i + 1, b',') || self.is_punct(i + 1, b':'))
            && self.kind(i + 2) == Some(Kind::Num)
            && self.glued(i + 2)
    }

    /// A day of month at `i` with an optional ordinal suffix.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let (v, len) = self.num(i)?;
        if len > 2 || !(1..=31).contains(&v) || self.number_continues(i) {
            return None;
        }
        let end = if self.class(i + 1) == Class::Ordinal && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((v, end))
    }

    /// Expressions that start with a month name.
    fn month_first(&self, i: usize, prep: Option<Prep>) -> Hit {
        let (m, j) = self.month_tok(i)?;
        if let Some((d, k)) = self.day_at(j) {
            if let Some((y, end)) = self.year_at(k).or_else(|| self.relative_year(k)) {
                return Some((end, day(ymd(y, m, d)?)));
            }
            return Some((k, day(self.month_day(m, d, i, k)?)));
        }
        if let Some((y, end)) = self.year_at(j).or_else(|| self.relative_year(j)) {
            return Some((end, month(y, m)?));
        }
        // A bare month needs a preposition before it.
        let licensed = licenses_bare(prep);
        if !licensed || (m == 5 && self.possessive(j)) {
            return None;
        }
        Some((j, self.bare_month(m, i, j)?))
    }

    /// True when token `i` starts a possessive `'s` ("in May's cabinet").
    fn possessive(&self, i: usize) -> bool {
        let apos = self.is_punct(i, b'\'') || self.text_of(i) == "’";
        apos && self.glued(i) && self.text_of(i + 1).eq_ignore_ascii_case("s")
    }

    /// A month without a year: the most recent one (this month included)
    /// unless the clause is in the future tense.
    fn bare_month(&self, m: u32, s: usize, e: usize) -> Option<Resolved> {
        let p = self.pubd();
        let y = match self.tense_at(s, e) {
            Tense::Future if m < p.month() => p.year() + 1,
            Tense::Future => p.year(),
            _ if m > p.month() => p.year() - 1,
            _ => p.year(),
        };
        month(y, m)
    }

    /// A month and day without a year. Past tense takes the latest such day
    /// not after publication, future the earliest not before it; otherwise
    /// the nearest to publication, ties going to the past.
    fn month_day(&self, m: u32, d: u32, s: usize, e: usize) -> Option<NaiveDate> {
        let p = self.pubd();
        let cands: Vec<NaiveDate> = [-1, 0, 1]
            .iter()
            .filter_map(|k| ymd(p.year() + k, m, d))
            .collect();
        match self.tense_at(s, e) {
            Tense::Past => cands.iter().rev().find(|c| **c <= p).copied(),
            Tense::Future => cands.iter().find(|c| **c >= p).copied(),
            _ => cands
                .iter()
                .min_by_key(|c| ((**c - p).num_days().abs(), **c > p))
                .copied(),
        }
    }

    /// "4 February 2019", "4th of February".
    fn day_month(&self, i: usize) -> Hit {
        if matches!(self.kind(i.wrapping_sub(1)), Some(Kind::Punct)) && self.glued(i) {
            // "1.4 March", "3/4 March": part of a larger number.
            if self.kind(i.wrapping_sub(2)) == Some(Kind::Num) {
                return None;
            }
        }
        let (d, j) = self.day_at(i)?;
        let j = if self.class(j) == Class::Of { j + 1 } else { j };
        let (m, k) = self.month_tok(j)?;
        if let Some((y, end)) = self.year_at(k) {
            return Some((end, day(ymd(y, m, d)?)));
        }
        Some((k, day(self.month_day(m, d, i, k)?)))
    }

    /// "early March", "mid-2018", "late 2018" ("late last year" is not handled).
    fn third_of(&self, i: usize) -> Hit {
        let t = match self.class(i) {
            Class::Early | Class::Beginning => Third::Early,
            Class::Mid | Class::Middle => Third::Mid,
            _ => Third::Late,
        };
        let mut j = i + 1;
        if self.is_punct(j, b'-') && self.glued(j) {
            j += 1;
        }
        if let Some((y, end)) = self.year_at(j) {
            return Some((end, third(year(y)?, t)?));
        }
        let (m, k) = self.month_tok(j)?;
        let (whole, end) = match self.year_at(k) {
            Some((y, end)) => (month(y, m)?, end),
            None => (self.bare_month(m, i, k)?, k),
        };
        Some((end, third(whole, t)?))
    }

    /// "end of March", "the beginning of 2019".
    fn end_of(&self, i: usize) -> Hit {
        if self.class(i + 1) != Class::Of {
            return None;
        }
        let t = match self.class(i) {
            Class::End => Class::Late,
            c => c,
        };
        let j = i + 2;
        let th = match t {
            Class::Beginning => Third::Early,
            Class::Middle => Third::Mid,
            _ => Third::Late,
        };
        if let Some((y, end)) = self.year_at(j) {
            return Some((end, third(year(y)?, th)?));
        }
        let (m, k) = self.month_tok(j)?;
        let (whole, end) = match self.year_at(k) {
            Some((y, end)) => (month(y, m)?, end),
            None => (self.bare_month(m, i, k)?, k),
        };
        Some((end, third(whole, th)?))
    }

    // ----- "the ..." ----------------------------------------------------

    fn the(&self, i: usize, prep: Option<Prep>) -> Hit {
        let j = i + 1;
        match self.class(j) {
            Class::Unit(Unit::Day) => self.day_before_after(j),
            Class::Weekend
                if matches!(prep, Some(Prep::Over | Prep::At | Prep::During | Prep::On)) =>
            {
                self.bare_weekend(j + 1, i)
            }
            Class::End | Class::Beginning | Class::Middle => self.end_of(j),
            _ if self.kind(j) == Some(Kind::Num) => self.decade_at(j),
            _ => None,
        }
    }

    /// "(over) the weekend": the latest weekend starting on or before
    /// publication, or in the future tense the next one.
    fn bare_weekend(&self, end: usize, s: usize) -> Hit {
        let p = self.pubd();
        let sat = match self.tense_at(s, end) {
            Tense::Future => weekday_after(p, chrono::Weekday::Sat, true)?,
            _ => weekday_before(p, chrono::Weekday::Sat, true)?,
        };
        Some((end, weekend(sat)?))
    }

    /// "1990s".
    fn decade_at(&self, i: usize) -> Hit {
        let (v, len) = self.num(i)?;
        if len != 4 || v % 10 != 0 || !(YEAR_MIN..=YEAR_MAX).contains(&v) {
            return None;
        }
        if !(self.glued(i + 1) && self.text_of(i + 1) == "s") {
            return None;
        }
        Some((i + 2, decade(i32::try_from(v).ok()?)?))
    }

    // ----- numbers ------------------------------------------------------

    fn number(&self, i: usize, prep: Option<Prep>) -> Hit {
        // A digit run glued to a letter or digit group before it is part of
        // a code ("A320", "2/3/4/2019"), not a date.
        if self.glued(i) {
            match self.kind(i - 1) {
                Some(Kind::Word | Kind::Num | Kind::Other) => return None,
                Some(Kind::Punct)
                    if self.kind(i.wrapping_sub(2)) == Some(Kind::Num) && self.glued(i - 1) =>
                {
                    return None
                }
                _ => {}
            }
        }
        if let Some(hit) = self.iso(i).or_else(|| self.us_date(i)) {
            return Some(hit);
        }
        if let Some(hit) = self.day_month(i) {
            return Some(hit);
        }
        if let Some(hit) = self.decade_at(i) {
            return Some(hit);
        }
        let (v, len) = self.num(i)?;
        if len <= 3 {
            return self.counted(i, v, prep);
        }
        let licensed = licenses_bare(prep);
        if licensed {
            if let Some((y, end)) = self.year_at(i) {
                // "in 2018 dollars" and "in 2018-19" still name 2018; a
                // glued letter ("2018s") does not.
                if !(self.glued(end) && self.kind(end) == Some(Kind::Word)) {
                    return Some((end, year(y)?));
                }
            }
        }
        None
    }

    /// "2019-02-04".
    fn iso(&self, i: usize) -> Hit {
        let (y, ly) = self.num(i)?;
        let (m, lm) = self.num(i + 2)?;
        let (d, ld) = self.num(i + 4)?;
        let shape = ly == 4
            && lm == 2
            && ld == 2
            && self.is_punct(i + 1, b'-')
            && self.is_punct(i + 3, b'-')
            && (i + 1..=i + 4).all(|k| self.glued(k));
        if !shape || (self.glued(i + 5) && matches!(self.kind(i + 5), Some(Kind::Num | Kind::Word)))
        {
            return None;
        }
        if self.glued(i + 5)
            && self.is_punct(i + 5, b'-')
            && self.glued(i + 6)
            && self.kind(i + 6) == Some(Kind::Num)
        {
            return None;
        }
        Some((i + 5, day(ymd(i32::try_from(y).ok()?, m, d)?)))
    }

    /// "2/4/2019": month first (US style) unless the first number cannot
    /// be a month.
    fn us_date(&self, i: usize) -> Hit {
        let (a, la) = self.num(i)?;
        let (b, lb) = self.num(i + 2)?;
        let (y, ly) = self.num(i + 4)?;
        let shape = la <= 2
            && lb <= 2
            && ly == 4
            && self.is_punct(i + 1, b'/')
            && self.is_punct(i + 3, b'/')
            && (i + 1..=i + 4).all(|k| self.glued(k));
        if !shape
            || (self.glued(i + 5)
                && (self.is_punct(i + 5, b'/') || self.kind(i + 5) == Some(Kind::Num)))
        {
            return None;
        }
        let y = i32::try_from(y).ok()?;
        let date = if a <= 12 { ymd(y, a, b) } else { ymd(y, b, a) }?;
        Some((i + 5, day(date)))
    }

    /// "three days ago", "a year ago"; and after "in"/"within" in the
    /// future tense, "in two weeks".
    fn counted(&self, i: usize, n: u32, prep: Option<Prep>) -> Hit {
        let Class::Unit(unit) = self.class(i + 1) else {
            return None;
        };
        let n = i64::from(n);
        let p = self.pubd();
        let (sign, end) = if self.class(i + 2) == Class::Ago {
            (-1, i + 3)
        } else if matches!(prep, Some(Prep::In | Prep::Within))
            && self.tense_at(i, i + 2) == Tense::Future
        {
            (1, i + 2)
        } else {
            return None;
        };
        let r = match unit {
            Unit::Day => day(add_days(p, sign * n)?),
            Unit::Week => week(add_days(p, sign * 7 * n)?)?,
            Unit::Month => {
                let d = add_months(p, sign * n)?;
                month(d.year(), d.month())?
            }
            Unit::Year => year(p.year() + i32::try_from(sign * n).ok()?)?,
            Unit::Decade => year(p.year() + i32::try_from(sign * 10 * n).ok()?)?,
        };
        Some((end, r))
    }
}
