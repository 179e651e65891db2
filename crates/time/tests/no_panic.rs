//! Property tests: `find_times` never panics, and every result has a valid
//! span on char boundaries and a non-empty date range.

use chrono::NaiveDate;
use dateline_time::{find_times, guess_tense, Tense};
use proptest::prelude::*;

/// Fragments that exercise the matchers, mixed with arbitrary text.
const PIECES: &[&str] = &[
    "on",
    "in",
    "the",
    "last",
    "next",
    "this",
    "Monday",
    "Mon",
    ".",
    ",",
    "-",
    "/",
    "Feb",
    "May",
    "March",
    "4",
    "31",
    "2019",
    "1990",
    "s",
    "th",
    "of",
    "ago",
    "days",
    "weeks",
    "year",
    "weekend",
    "over",
    "early",
    "mid",
    "late",
    "end",
    "yesterday",
    "tomorrow",
    "day",
    "before",
    "after",
    "earlier",
    "later",
    "’",
    "'",
    "é",
    "9999999999",
    "02",
    "0",
    "night",
    "a",
    "in",
    " ",
    "\n",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn published() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (-300_000i32..300_000).prop_filter_map("date", NaiveDate::from_num_days_from_ce_opt),
    ]
}

fn tense() -> impl Strategy<Value = Tense> {
    prop::sample::select(vec![
        Tense::Past,
        Tense::Present,
        Tense::Future,
        Tense::Unknown,
    ])
}

fn check(text: &str, published: NaiveDate, tense: Tense) {
    let found = find_times(text, published, &|_| tense);
    let mut last_end = 0;
    for t in &found {
        assert!(t.start < t.end, "empty span in {text:?}");
        assert!(t.start >= last_end, "overlap in {text:?}");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.value.from <= t.value.to, "range in {text:?}");
        last_end = t.end;
    }
    let _ = guess_tense(text);
}

proptest! {
    #[test]
    fn never_panics_on_date_like_text(s in text(), p in published(), t in tense()) {
        check(&s, p, t);
    }

    #[test]
    fn never_panics_on_any_text(s in "\\PC*", p in published(), t in tense()) {
        check(&s, p, t);
    }
}
