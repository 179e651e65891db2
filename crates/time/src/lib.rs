//! Finds time expressions in news text and resolves them against the
//! publication date.
//!
//! News says when things happened relative to the day it was published:
//! "denied Monday", "last week", "on Feb. 4", "in 2018". General date
//! libraries resolve a bare weekday forwards; in news it almost always means
//! the most recent one, unless the clause is in the future tense or says
//! "next". [`find_times`] scans a sentence or a whole article and returns
//! every expression with its byte span and a [`Resolved`] date range.
//!
//! # Resolution rules
//!
//! * A bare weekday ("Monday", "on Monday night", "Mon.") is the most recent
//!   such day on or before publication; in the future tense the next one on
//!   or after it. A weekday equal to the publication weekday is therefore
//!   the publication day itself in every tense, following the wire-service
//!   habit of naming the current day ("said Friday" in Friday's paper).
//! * "last Monday" is strictly before publication, "next Monday" strictly
//!   after, "this Monday" is the Monday of the publication week.
//! * A month without a year ("in February") is the most recent one, the
//!   current month included, or the next one in the future tense. A month
//!   and day without a year ("on Feb. 4") is the latest such day not after
//!   publication in the past tense, the earliest not before it in the
//!   future tense, and otherwise the nearest one.
//! * Tense comes from the caller's `tense` callback; where it says
//!   [`Tense::Unknown`], the few words around the expression are checked
//!   with the same cues as [`guess_tense`], and if they say nothing the
//!   past-leaning default applies.
//! * Ambiguous words need context: "May", "March" and abbreviations must be
//!   capitalized, and a month on its own needs a preposition ("in May");
//!   "Sun.", "Sat." and "Wed." need one too; a bare year needs a preposition
//!   ("in 2018", "since 2015"). Numeric dates must be ISO (`2019-02-04`) or
//!   `m/d/yyyy` with a four-digit year.
//!
//! Values follow TIMEX3 conventions: `2019-02-04`, `2019-W05`,
//! `2019-W05-WE` (weekend), `2019-02`, `2019`, `199` (the 1990s).
//! Narrowed forms ("earlier this month", "late March") keep the value of the
//! enclosing period and narrow `from`/`to`.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline_time::{find_times, Precision, Tense};
//!
//! let published = NaiveDate::from_ymd_opt(2019, 2, 8).unwrap(); // a Friday
//! let text = "The ministry denied Monday that it met rebels last week.";
//! let found = find_times(text, published, &|_| Tense::Unknown);
//!
//! assert_eq!(&text[found[0].start..found[0].end], "Monday");
//! assert_eq!(found[0].value.value, "2019-02-04");
//! assert_eq!(&text[found[1].start..found[1].end], "last week");
//! assert_eq!(found[1].value.precision, Precision::Week);
//! assert_eq!(found[1].value.from, NaiveDate::from_ymd_opt(2019, 1, 28).unwrap());
//! ```
#![deny(missing_docs)]

mod calendar;
mod scan;
mod tense;
mod token;

use chrono::NaiveDate;

pub use tense::guess_tense;
pub use token::{is_calendar_name, is_weekday_name};

/// How precise a resolved value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// One day (`2019-02-04`).
    Day,
    /// A Saturday and Sunday (`2019-W05-WE`).
    Weekend,
    /// An ISO week, Monday to Sunday (`2019-W05`).
    Week,
    /// A calendar month (`2019-02`).
    Month,
    /// A calendar year (`2019`).
    Year,
    /// A decade (`199` for the 1990s).
    Decade,
}

impl Precision {
    /// Lowercase name, as stored in `dateline_record::DateValue::precision`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Weekend => "weekend",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Decade => "decade",
        }
    }
}

/// A date range resolved from a time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// First day of the range.
    pub from: NaiveDate,
    /// Last day of the range; never before `from`.
    pub to: NaiveDate,
    /// Granularity of `value`.
    pub precision: Precision,
    /// TIMEX3-style value: `2019-02-04`, `2019-W05`, `2019-02`, `2019`.
    pub value: String,
}

/// A time expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Start byte offset in the input text (a char boundary).
    pub start: usize,
    /// End byte offset in the input text (a char boundary, after `start`).
    pub end: usize,
    /// What it resolves to.
    pub value: Resolved,
}

/// Tense of the clause around a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Reported or past events: weekdays and months resolve backwards.
    Past,
    /// Present tense; resolved like the past.
    Present,
    /// Future events: weekdays and months resolve forwards.
    Future,
    /// No information; nearby words are checked, then the past is assumed.
    Unknown,
}

/// Finds all time expressions in `text` (a sentence or a whole article),
/// resolved against `published`.
///
/// `tense(offset)` gives the tense of the clause holding the byte `offset`
/// (the start of an expression); return [`Tense::Unknown`] when you do not
/// know. Expressions come back in text order and never overlap. This never
/// panics: expressions whose dates fall outside chrono's range are skipped.
pub fn find_times(
    text: &str,
    published: NaiveDate,
    tense: &dyn Fn(usize) -> Tense,
) -> Vec<TimeExpr> {
    let mut toks = Vec::new();
    token::tokenize(text, &mut toks);
    scan::Scanner {
        text,
        toks: &toks,
        published,
        tense,
    }
    .run()
}
