//! Data-driven table of time expressions: published date, text, tense, the
//! expected span text and resolved value. Every case goes through `check`.

use chrono::NaiveDate;
use dateline_time::{find_times, Tense};

/// One expectation. `from`/`to` are checked only when non-empty.
struct Case {
    published: &'static str,
    text: &'static str,
    tense: Tense,
    span: &'static str,
    value: &'static str,
    from: &'static str,
    to: &'static str,
}

const FRI: &str = "2019-02-08";
const U: Tense = Tense::Unknown;
const P: Tense = Tense::Past;
const F: Tense = Tense::Future;

const fn c(
    published: &'static str,
    text: &'static str,
    tense: Tense,
    span: &'static str,
    value: &'static str,
    from: &'static str,
    to: &'static str,
) -> Case {
    Case {
        published,
        text,
        tense,
        span,
        value,
        from,
        to,
    }
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Weekdays.
    c(FRI, "The ministry denied Monday that it had met them.", U, "Monday", "2019-02-04", "", ""),
    c(FRI, "On Thursday, troops crossed the border.", U, "On Thursday", "2019-02-07", "", ""),
    c(FRI, "The envoy will visit on Monday.", F, "on Monday", "2019-02-11", "", ""),
    c(FRI, "The envoy will visit on Monday.", U, "on Monday", "2019-02-11", "", ""),
    c(FRI, "He said on Friday that prices rose.", P, "on Friday", "2019-02-08", "", ""),
    c(FRI, "Police said Friday the suspect fled.", U, "Friday", "2019-02-08", "", ""),
    c(FRI, "He left last Monday.", U, "last Monday", "2019-02-04", "", ""),
    c(FRI, "Talks resume next Monday.", U, "next Monday", "2019-02-11", "", ""),
    c(FRI, "They met this Tuesday.", U, "this Tuesday", "2019-02-05", "", ""),
    c(FRI, "They meet this Sunday.", U, "this Sunday", "2019-02-10", "", ""),
    c(FRI, "Shelling began Monday night in the north.", U, "Monday night", "2019-02-04", "", ""),
    c(FRI, "It opened on Wednesday morning.", U, "on Wednesday morning", "2019-02-06", "", ""),
    c(FRI, "The vote was held Tue. in the capital.", U, "Tue.", "2019-02-05", "", ""),
    c(FRI, "The vote was held on Sat. in the capital.", U, "on Sat.", "2019-02-02", "", ""),
    c(FRI, "Protests were held on Saturday.", U, "on Saturday", "2019-02-02", "", ""),
    c(FRI, "It happened on Sunday, Feb. 3, near the port.", U, "on Sunday, Feb. 3", "2019-02-03", "", ""),
    c("2019-02-11", "He spoke Sunday.", U, "Sunday", "2019-02-10", "", ""),
    // Relative days.
    c(FRI, "Rebels attacked yesterday.", U, "yesterday", "2019-02-07", "", ""),
    c(FRI, "The talks end today.", U, "today", "2019-02-08", "", ""),
    c(FRI, "The talks end tomorrow.", U, "tomorrow", "2019-02-09", "", ""),
    c(FRI, "It began the day before yesterday.", U, "the day before yesterday", "2019-02-06", "", ""),
    c(FRI, "It ends the day after tomorrow.", U, "the day after tomorrow", "2019-02-10", "", ""),
    c(FRI, "He speaks tonight.", U, "tonight", "2019-02-08", "", ""),
    c(FRI, "He spoke this morning.", U, "this morning", "2019-02-08", "", ""),
    c(FRI, "Shots were heard last night.", U, "last night", "2019-02-07", "", ""),
    c(FRI, "She left yesterday morning.", U, "yesterday morning", "2019-02-07", "", ""),
    // Weeks, months, years relative to publication.
    c(FRI, "Ministers met last week.", U, "last week", "2019-W05", "2019-01-28", "2019-02-03"),
    c(FRI, "Ministers meet next week.", U, "next week", "2019-W07", "2019-02-11", "2019-02-17"),
    c(FRI, "Ministers met this week.", U, "this week", "2019-W06", "2019-02-04", "2019-02-10"),
    c(FRI, "Prices rose last month.", U, "last month", "2019-01", "2019-01-01", "2019-01-31"),
    c(FRI, "Prices rise next month.", U, "next month", "2019-03", "2019-03-01", "2019-03-31"),
    c(FRI, "Prices rose this month.", U, "this month", "2019-02", "2019-02-01", "2019-02-28"),
    c(FRI, "Output fell last year.", U, "last year", "2018", "2018-01-01", "2018-12-31"),
    c(FRI, "Output rises next year.", U, "next year", "2020", "", ""),
    c(FRI, "Output fell this year.", U, "this year", "2019", "", ""),
    c(FRI, "He resigned earlier this month.", U, "earlier this month", "2019-02", "2019-02-01", "2019-02-07"),
    c(FRI, "He resigned earlier this week.", U, "earlier this week", "2019-W06", "2019-02-04", "2019-02-07"),
    c(FRI, "He resigned earlier this year.", U, "earlier this year", "2019", "2019-01-01", "2019-02-07"),
    c(FRI, "A vote is due later this month.", U, "later this month", "2019-02", "2019-02-09", "2019-02-28"),
    c(FRI, "He was freed three days ago.", U, "three days ago", "2019-02-05", "", ""),
    c(FRI, "He was freed 10 days ago.", U, "10 days ago", "2019-01-29", "", ""),
    c(FRI, "He was freed two weeks ago.", U, "two weeks ago", "2019-W04", "2019-01-21", "2019-01-27"),
    c(FRI, "He was freed six months ago.", U, "six months ago", "2018-08", "", ""),
    c(FRI, "He was freed a year ago.", U, "a year ago", "2018", "", ""),
    c(FRI, "The deal will close in 30 days.", F, "in 30 days", "2019-03-10", "", ""),
    c(FRI, "The deal will close in two weeks.", U, "in two weeks", "2019-W08", "", ""),
    c(FRI, "Fighting raged over the weekend.", U, "over the weekend", "2019-W05-WE", "2019-02-02", "2019-02-03"),
    c(FRI, "Talks will resume at the weekend.", U, "at the weekend", "2019-W06-WE", "2019-02-09", "2019-02-10"),
    c(FRI, "Crowds gathered last weekend.", U, "last weekend", "2019-W05-WE", "2019-02-02", "2019-02-03"),
    c(FRI, "Crowds gather this weekend.", U, "this weekend", "2019-W06-WE", "2019-02-09", "2019-02-10"),
    // Months with and without days and years.
    c(FRI, "The plant closed on Feb. 4 after a fire.", U, "on Feb. 4", "2019-02-04", "", ""),
    c(FRI, "The plant closed February 4 after a fire.", U, "February 4", "2019-02-04", "", ""),
    c(FRI, "The plant closed on 4 February 2019.", U, "on 4 February 2019", "2019-02-04", "", ""),
    c(FRI, "The plant closed on Feb 4, 2019, after a fire.", U, "on Feb 4, 2019", "2019-02-04", "", ""),
    c(FRI, "It happened on the 4th of February.", U, "4th of February", "2019-02-04", "", ""),
    c(FRI, "Elections are held on March 3rd.", U, "on March 3rd", "2019-03-03", "", ""),
    c(FRI, "Troops arrived on Dec. 20.", P, "on Dec. 20", "2018-12-20", "", ""),
    c(FRI, "Troops arrived on Dec. 20.", U, "on Dec. 20", "2018-12-20", "", ""),
    c(FRI, "The summit opens on Feb. 20.", U, "on Feb. 20", "2019-02-20", "", ""),
    c(FRI, "The summit opened in February.", U, "in February", "2019-02", "2019-02-01", "2019-02-28"),
    c(FRI, "The summit opened in March.", U, "in March", "2018-03", "", ""),
    c(FRI, "The summit will open in March.", U, "in March", "2019-03", "", ""),
    c(FRI, "Exports fell in January.", U, "in January", "2019-01", "", ""),
    c(FRI, "Exports fell in February 2018.", U, "in February 2018", "2018-02", "", ""),
    c(FRI, "The rains came in early March.", U, "in early March", "2018-03", "2018-03-01", "2018-03-10"),
    c(FRI, "The rains will come in mid-March.", F, "in mid-March", "2019-03", "2019-03-11", "2019-03-20"),
    c(FRI, "The rains came in late December.", U, "in late December", "2018-12", "2018-12-21", "2018-12-31"),
    c(FRI, "The rains came at the end of January.", U, "at the end of January", "2019-01", "2019-01-21", "2019-01-31"),
    c(FRI, "Growth slowed in late 2018.", U, "in late 2018", "2018", "2018-09-01", "2018-12-31"),
    c(FRI, "Since May, 40 people died.", U, "Since May", "2018-05", "", ""),
    c(FRI, "In the three months to March, profit rose.", U, "to March", "2018-03", "", ""),
    c(FRI, "Sales fell in October last year.", U, "in October last year", "2018-10", "", ""),
    c(FRI, "Talks start on March 3 next year.", U, "on March 3 next year", "2020-03-03", "", ""),
    // Years and decades.
    c(FRI, "Output fell in 2018.", U, "in 2018", "2018", "2018-01-01", "2018-12-31"),
    c(FRI, "He has led the party since 2015.", U, "since 2015", "2015", "", ""),
    c(FRI, "Poverty rose in the 1990s.", U, "in the 1990s", "199", "1990-01-01", "1999-12-31"),
    // Numeric dates.
    c(FRI, "Filed 2019-02-04 in court.", U, "2019-02-04", "2019-02-04", "", ""),
    c(FRI, "Filed on 2/4/2019 in court.", U, "on 2/4/2019", "2019-02-04", "", ""),
    c(FRI, "Filed on 25/1/2019 in court.", U, "on 25/1/2019", "2019-01-25", "", ""),
    // Case-insensitive.
    c(FRI, "ON MONDAY the court ruled.", U, "ON MONDAY", "2019-02-04", "", ""),
    c(FRI, "Talks resume NEXT WEEK.", U, "NEXT WEEK", "2019-W07", "", ""),
];

/// Words that must not become time expressions.
#[rustfmt::skip]
const NEGATIVES: &[&str] = &[
    "Prices may be higher.",
    "They will march on the capital.",
    "The Sun reported it.",
    "He sat down.",
    "They wed in secret.",
    "Pilgrims mark Good Friday.",
    "Confidence in May's government fell.",
    "The figure was 2018 tonnes.",
    "Airbus sold 320 A320 jets.",
    "Growth of 4.5 percent was seen in 5 cases.",
    "The ratio was 3/4/5.",
    "It rose for the first time in two years.",
    "Jan Smit arrived.",
    "The march ended.",
    "Of 2018 delegates, 12 left.",
];

fn date(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("bad date {s:?} in table: {e}"))
}

fn check(case: &Case) {
    let tense = case.tense;
    let found = find_times(case.text, date(case.published), &|_| tense);
    let hit = found
        .iter()
        .find(|t| &case.text[t.start..t.end] == case.span)
        .unwrap_or_else(|| {
            let spans: Vec<&str> = found.iter().map(|t| &case.text[t.start..t.end]).collect();
            panic!(
                "{:?}: span {:?} not found, got {spans:?}",
                case.text, case.span
            )
        });
    assert_eq!(
        hit.value.value, case.value,
        "{:?} ({:?})",
        case.text, case.tense
    );
    if !case.from.is_empty() {
        assert_eq!(hit.value.from, date(case.from), "from of {:?}", case.text);
        assert_eq!(hit.value.to, date(case.to), "to of {:?}", case.text);
    }
}

#[test]
fn table() {
    for case in CASES {
        check(case);
    }
}

#[test]
fn negatives_find_nothing() {
    for text in NEGATIVES {
        let found = find_times(text, date(FRI), &|_| Tense::Unknown);
        let spans: Vec<&str> = found.iter().map(|t| &text[t.start..t.end]).collect();
        assert!(spans.is_empty(), "{text:?} gave {spans:?}");
    }
}
