//! Scraper headers and news datelines at the top of a plain-text article.
//!
//! Two things sit before the body in scraped news and must become metadata,
//! not text: a header line such as `date 2019-02-08 2019/02/08 | 00:15` (or
//! `Title: ...`-style key lines) and an opening dateline such as
//! `(Outlet | Section)-`, `BAGHDAD (Reuters) -` or `WASHINGTON, Feb 8 (AP) —`.

use regex::Regex;
use std::sync::OnceLock;

/// Metadata read from the top of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// Publication time as ISO 8601 (`2019-02-08T00:15`), no zone invented.
    pub published: Option<String>,
    /// Title from a `Title:` line.
    pub title: Option<String>,
    /// URL from a `URL:` line.
    pub url: Option<String>,
    /// Author from an `Author:`/`By` line.
    pub authors: Vec<String>,
    /// Outlet from the dateline or a `Source:` line.
    pub outlet: Option<String>,
    /// Section from the dateline.
    pub section: Option<String>,
    /// Place named in the dateline, as written.
    pub place: Option<String>,
    /// Where the body starts in the input.
    pub body_start: usize,
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| {
        Regex::new(pat).unwrap_or_else(|_| Regex::new("$^").expect("trivial regex"))
    })
}

static DATE_LINE: OnceLock<Regex> = OnceLock::new();
static KEY_LINE: OnceLock<Regex> = OnceLock::new();
static OUTLET_SECTION: OnceLock<Regex> = OnceLock::new();
static PLACE_AGENCY: OnceLock<Regex> = OnceLock::new();

/// Reads header lines and an opening dateline from `input`.
#[must_use]
pub fn parse_header(input: &str) -> Header {
    let date_line = re(
        &DATE_LINE,
        r"^[ \t]*(?i:date|published|posted)[ \t]*:?[ \t]+(\d{4})[-/.](\d{2})[-/.](\d{2})(?:[ \t]+\d{4}[-/.]\d{2}[-/.]\d{2})?(?:[ \t]*\|?[ \t]*(\d{1,2}):(\d{2})(?::(\d{2}))?)?[ \t]*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?[ \t]*\r?$",
    );
    let key_line = re(
        &KEY_LINE,
        r"^[ \t]*(?i)(title|headline|url|link|author|by|source|outlet|section)[ \t]*:[ \t]*(.+?)[ \t]*\r?$",
    );
    let mut h = Header::default();
    let mut pos = 0;
    // Header lines: only at the very top, each on its own line.
    for _ in 0..8 {
        let line_end = input[pos..].find('\n').map_or(input.len(), |i| pos + i);
        let line = &input[pos..line_end];
        if line.trim().is_empty() && h.published.is_some() {
            pos = (line_end + 1).min(input.len());
            continue;
        }
        if let Some(c) = date_line.captures(line) {
            let (y, m, d) = (&c[1], &c[2], &c[3]);
            let mut s = format!("{y}-{m}-{d}");
            if let (Some(hh), Some(mm)) = (c.get(4), c.get(5)) {
                let secs = c
                    .get(6)
                    .map_or(String::new(), |s| format!(":{}", s.as_str()));
                s.push_str(&format!("T{:0>2}:{}{}", hh.as_str(), mm.as_str(), secs));
                if let Some(z) = c.get(7) {
                    let z = z.as_str();
                    if z == "Z" || z == "UTC" || z == "GMT" {
                        s.push('Z');
                    } else if z.len() == 5 {
                        s.push_str(&format!("{}:{}", &z[..3], &z[3..]));
                    } else {
                        s.push_str(z);
                    }
                }
            }
            h.published = Some(s);
        } else if let Some(c) = key_line.captures(line) {
            let v = c[2].to_string();
            match c[1].to_ascii_lowercase().as_str() {
                "title" | "headline" => h.title = Some(v),
                "url" | "link" => h.url = Some(v),
                "author" | "by" => h.authors.push(v),
                "source" | "outlet" => h.outlet = Some(v),
                _ => h.section = Some(v),
            }
        } else {
            break;
        }
        pos = (line_end + 1).min(input.len());
        if line_end >= input.len() {
            break;
        }
    }
    // Skip blank lines and leading spaces before the body.
    let rest = &input[pos..];
    pos += rest.len() - rest.trim_start().len();
    let (dl, consumed) = parse_dateline(&input[pos..]);
    if let Some(dl) = dl {
        if h.outlet.is_none() {
            h.outlet = dl.outlet;
        }
        if h.section.is_none() {
            h.section = dl.section;
        }
        h.place = dl.place;
        if h.published.is_none() {
            h.published = dl.date;
        }
        pos += consumed;
    }
    h.body_start = pos;
    h
}

/// A parsed dateline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dateline {
    /// Outlet or agency.
    pub outlet: Option<String>,
    /// Section.
    pub section: Option<String>,
    /// Place, as written (`BAGHDAD`).
    pub place: Option<String>,
    /// The day it gives, with its year (`YYYY-MM-DD`).
    pub date: Option<String>,
}

/// Month and day of "Feb. 8", "February 8", "Sept 30" (a real day of that
/// month in some year).
fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once(|c: char| c == '.' || c.is_whitespace())?;
    let month = match m.get(..3)? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let day: u32 = d.trim_start_matches(['.', ' ', '\t']).parse().ok()?;
    let last = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=last).contains(&day).then_some((month, day))
}

/// Recognises a dateline at the start of `body`; returns it and the bytes it
/// (and the dash and spaces after it) occupy.
#[must_use]
pub fn parse_dateline(body: &str) -> (Option<Dateline>, usize) {
    let outlet_section = re(
        &OUTLET_SECTION,
        r"^\(([^()|\n]{2,60}?)\s*(?:\|\s*([^()|\n]{2,60}?)\s*)?\)\s*[-–—:]+[ \t]*",
    );
    let place_agency = re(
        &PLACE_AGENCY,
        r"^(\p{Lu}[\p{Lu}.'’\-]*(?: \p{Lu}[\p{Lu}.'’\-]*){0,3})(?:,[ \t]*([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?(?:[ \t]+\d{1,2})?))?(?:,[ \t]*([A-Z][a-z]{2,9}(?:\.[ \t]*|[ \t]+)\d{1,2}))?(?:,?[ \t]+((?:19|20)\d\d))?[ \t]*(?:\(([^()\n]{1,40})\))?[ \t]*([-–—_]{1,2})([ \t\u{A0}\u{AD}]*)",
    );
    // Both patterns are anchored: one opens with a parenthesis, the other
    // with a capital followed by a capital, one of `.'’-`, a space, a
    // comma, a parenthesis or a dash. A text opening otherwise ("The
    // minister said", most that the entity stage asks about) is turned
    // away before either runs.
    let mut chars = body.chars();
    let opens = match (chars.next(), chars.next()) {
        (Some('('), _) => true,
        (Some(c1), Some(c2)) => {
            c1.is_uppercase()
                && (c2.is_uppercase()
                    || matches!(
                        c2,
                        '.' | '\'' | '’' | '-' | ' ' | '\t' | ',' | '(' | '–' | '—'
                    ))
        }
        _ => false,
    };
    if !opens {
        return (None, 0);
    }
    if let Some(c) = outlet_section.captures(body) {
        let dl = Dateline {
            outlet: Some(c[1].trim().to_string()),
            section: c.get(2).map(|m| m.as_str().trim().to_string()),
            place: None,
            date: None,
        };
        return (Some(dl), c[0].len());
    }
    if let Some(c) = place_agency.captures(body) {
        let place = c[1].trim_end_matches(['.', '-']).to_string();
        // A dateline place is written in capitals; require two letters at least
        // so that a sentence starting "A - B" is not taken for one.
        if place.chars().filter(|ch| ch.is_ascii_uppercase()).count() < 2 {
            return (None, 0);
        }
        // A dash glued to the next word ("TEHRAN —Iran's", "(IRNA) --The")
        // is a dateline's only when it is a long dash or a doubled hyphen
        // before a capital or an opening quote, after a place of six
        // capitals at least: one hyphen joins words ("L-CATTLE", "NYSE-A",
        // "E-Systems"), and a short name pairs with another ("US–China
        // ties", "NATO–Russia talks", "ASEAN–China trade").
        let end = c[0].len();
        // A year dates only a day ("WORLD CUP 2022 - Argentina won", "EU
        // 2021 - 2027 budget" are no datelines).
        let day_given = c.get(3).is_some()
            || c.get(2)
                .is_some_and(|r| r.as_str().chars().any(|ch| ch.is_ascii_digit()));
        if c.get(4).is_some() && !day_given {
            return (None, 0);
        }
        if c[7].is_empty() {
            if place.chars().filter(|ch| ch.is_uppercase()).count() < 6 {
                return (None, 0);
            }
            let next = body[end..].chars().next();
            let opens_sentence =
                next.is_some_and(|ch| ch.is_uppercase() || matches!(ch, '"' | '“' | '‘' | '\''));
            if &c[6] == "-" || !opens_sentence {
                return (None, 0);
            }
        }
        let mut p = place;
        if let Some(region) = c.get(2) {
            let r = region.as_str();
            // "WASHINGTON, Feb 8" puts a date in the second slot, not a region.
            if !r.chars().any(|ch| ch.is_ascii_digit()) {
                p = format!("{p}, {r}");
            }
        }
        // "WASHINGTON, Feb. 8, 2019 -": a day with its year dates the story.
        let date = match (c.get(3).or(c.get(2)), c.get(4)) {
            (Some(md), Some(y)) => {
                let y = y.as_str();
                let leap = y
                    .parse::<u32>()
                    .is_ok_and(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
                month_day(md.as_str())
                    .filter(|&(m, d)| leap || (m, d) != (2, 29))
                    .map(|(m, d)| format!("{y}-{m:02}-{d:02}"))
            }
            _ => None,
        };
        let dl = Dateline {
            outlet: c.get(5).map(|m| m.as_str().trim().to_string()),
            section: None,
            place: Some(p),
            date,
        };
        return (Some(dl), end);
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_with_a_year_dates_the_story() {
        for (input, place, date) in [
            (
                "PARIS, May 10, 2011 - The party met.",
                "PARIS",
                Some("2011-05-10"),
            ),
            (
                "WASHINGTON, Feb. 8, 2019 (Reuters) - Officials said",
                "WASHINGTON",
                Some("2019-02-08"),
            ),
            (
                "LAGOS, Nigeria, Sept 30 2020 - The mayor said",
                "LAGOS, Nigeria",
                Some("2020-09-30"),
            ),
            ("BAGHDAD, March 3 - Officials said", "BAGHDAD", None),
            ("OSLO, Feb. 30, 2019 - A day that never was", "OSLO", None),
            ("OSLO, Feb. 29, 2019 - Nor was this one", "OSLO", None),
            (
                "OSLO, Feb. 29, 2020 - But this was",
                "OSLO",
                Some("2020-02-29"),
            ),
        ] {
            let h = parse_header(input);
            assert_eq!(h.place.as_deref(), Some(place), "{input}");
            assert_eq!(h.published.as_deref(), date, "{input}");
        }
        // A year alone dates nothing, and the text is no dateline.
        for input in [
            "WORLD CUP 2022 - Argentina beat France.",
            "EU 2021 - 2027 budget talks stalled.",
        ] {
            let h = parse_header(input);
            assert_eq!(
                (h.place, h.published, h.body_start),
                (None, None, 0),
                "{input}"
            );
        }
        // A date line of the header wins.
        let h = parse_header("Date: 2019-02-09\n\nPARIS, Feb. 8, 2019 - Officials said");
        assert_eq!(h.published.as_deref(), Some("2019-02-09"));
    }

    /// The test on the first two characters turns away only what neither
    /// pattern could match.
    #[test]
    fn datelines_pass_the_opening_test() {
        for (body, place) in [
            ("BAGHDAD (Reuters) - Officials said", Some("BAGHDAD")),
            ("ÉVORA, Portugal - The mayor said", Some("ÉVORA, Portugal")),
            ("U.S. - Officials said", Some("U.S")),
            ("O'HARE -- Flights were cut", Some("O'HARE")),
            ("TEHRAN —“Iran’s exports rose", Some("TEHRAN")),
            ("TEHRAN –Solar power grew", Some("TEHRAN")),
            ("TEHRAN (IRNA) --Supreme Leader met", Some("TEHRAN")),
            ("TEHRAN, Jan.12 (MNA) -- A total of", Some("TEHRAN")),
            ("TEHRAN -\u{ad} An expert died", Some("TEHRAN")),
            ("TEHRAN-\u{a0} The first session", Some("TEHRAN")),
            ("TEHRAN _ Britain was a supporter", Some("TEHRAN")),
            ("TEHRAN_ The carpet fair opened", Some("TEHRAN")),
            ("L-CATTLE APR7 69.52 UP", None),
            ("NYSE-A VOLUME 154525400", None),
            ("E-Systems Inc said", None),
            ("US–China ties worsened", None),
            ("NATO–Russia ties worsened", None),
            ("ASEAN–China trade grew", None),
            ("TEHRAN —the minister", None),
            ("A - B", None),
            ("The minister said - later", None),
            ("É", None),
            ("", None),
        ] {
            assert_eq!(
                parse_dateline(body).0.and_then(|d| d.place),
                place.map(str::to_string),
                "{body:?}"
            );
        }
        let (dl, _) = parse_dateline("(Reuters) - Officials said");
        assert_eq!(dl.and_then(|d| d.outlet).as_deref(), Some("Reuters"));
    }

    fn check(
        input: &str,
        published: Option<&str>,
        outlet: Option<&str>,
        section: Option<&str>,
        place: Option<&str>,
        body: &str,
    ) {
        let h = parse_header(input);
        assert_eq!(h.published.as_deref(), published, "published of {input:?}");
        assert_eq!(h.outlet.as_deref(), outlet, "outlet of {input:?}");
        assert_eq!(h.section.as_deref(), section, "section of {input:?}");
        assert_eq!(h.place.as_deref(), place, "place of {input:?}");
        assert!(
            input[h.body_start..].starts_with(body),
            "body of {input:?}: {:?}",
            &input[h.body_start..]
        );
    }

    #[test]
    fn header_and_outlet_dateline() {
        check(
            " date 2021-03-04 2021/03/04 | 09:30\n(Daily Courier | World News)- Senior\nofficials met.",
            Some("2021-03-04T09:30"),
            Some("Daily Courier"),
            Some("World News"),
            None,
            "Senior\nofficials",
        );
    }

    #[test]
    fn agency_datelines() {
        check(
            "KABUL (Reuters) - Officials said.",
            None,
            Some("Reuters"),
            None,
            Some("KABUL"),
            "Officials",
        );
        check(
            "WASHINGTON, Feb 8 (AP) — The senator",
            None,
            Some("AP"),
            None,
            Some("WASHINGTON"),
            "The senator",
        );
        check(
            "TEHRAN - Iran's president",
            None,
            None,
            None,
            Some("TEHRAN"),
            "Iran's",
        );
        check(
            "TEHRAN (PIN) – The second day",
            None,
            Some("PIN"),
            None,
            Some("TEHRAN"),
            "The second",
        );
        check(
            "KANO, Nigeria (AFP) - Gunmen",
            None,
            Some("AFP"),
            None,
            Some("KANO, Nigeria"),
            "Gunmen",
        );
        // Capitals outside ASCII.
        check(
            "VIÑA DEL MAR, Chile, Feb 4 (Reuters) - Fires",
            None,
            Some("Reuters"),
            None,
            Some("VIÑA DEL MAR, Chile"),
            "Fires",
        );
    }

    #[test]
    fn no_dateline_in_plain_sentences() {
        check(
            "The minister said - quietly - that",
            None,
            None,
            None,
            None,
            "The minister",
        );
        check("A - B testing", None, None, None, None, "A - B");
    }

    #[test]
    fn zone_kept_only_when_given() {
        check(
            "date 2020-01-02 | 10:00 +0300\nBody.",
            Some("2020-01-02T10:00+03:00"),
            None,
            None,
            None,
            "Body.",
        );
        check(
            "Published: 2020-01-02\n\nBody.",
            Some("2020-01-02"),
            None,
            None,
            None,
            "Body.",
        );
    }
}
