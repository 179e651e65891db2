//! Loader for PETRARCH2 unit-test records and UniversalPetrarch validation
//! XML.
//!
//! Both hold `<Sentence id date ...>` records with `<EventCoding
//! sourcecode targetcode eventcode>` (or `noevents="True"`, or `error=...`
//! for input the coder must reject) and `<Text>`. UniversalPetrarch closes
//! `<Sentence .../>` at once and puts the codings after it, so the file is
//! not well-formed XML; tags are therefore scanned in document order and
//! codings and text attach to the latest `<Sentence>`. Records expecting an
//! error are skipped. Some PETRARCH2 codes are quoted names
//! (`'"THE MINISTRY OF MAGIC"'`); such actors are never scorable.

use super::dictionary::RealCodes;
use super::{GoldEvent, GoldItem};
use crate::{read_text, Error};
use regex::Regex;
use std::collections::HashMap;
use std::path::Path;

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn attrs(re: &Regex, s: &str) -> HashMap<String, String> {
    re.captures_iter(s)
        .map(|c| {
            let v = c.get(2).or_else(|| c.get(3)).map_or("", |m| m.as_str());
            (c[1].to_ascii_lowercase(), unescape(v))
        })
        .collect()
}

/// `20080804` → `2008-08-04`.
fn date(s: &str) -> Option<String> {
    (s.len() == 8 && s.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..]))
}

#[derive(Default)]
struct Cur {
    id: String,
    date: Option<String>,
    events: Vec<GoldEvent>,
    no_event: bool,
    error: bool,
    text: String,
}

/// Parses the XML-like text. `dict`, when given, decides which actor codes
/// are real (fictional suites); without it every code is taken as real.
/// The `petrarch2` unit tests code in WEIS (their dictionary is KEDS's):
/// their codes are kept in [`GoldEvent::weis`] and read as CAMEO through
/// [`super::weis`]; UniversalPetrarch's are CAMEO.
///
/// # Errors
/// Never for content; the `Result` keeps the loader signatures uniform.
pub fn parse(text: &str, set: &str, dict: Option<&RealCodes>) -> Result<Vec<GoldItem>, Error> {
    let rx =
        |p: &str| Regex::new(p).map_err(|e| Error::format(Path::new("regex"), 0, e.to_string()));
    let comment = rx(r"(?s)<!--.*?-->")?;
    let tag = rx(r#"(?s)<(Sentence|EventCoding|Text)\b((?:[^>"']|"[^"]*"|'[^']*')*)>"#)?;
    let attr = rx(r#"([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)?;
    let clean = comment.replace_all(text, "");
    let weis = set == "petrarch2";
    let mut out = Vec::new();
    let mut cur: Option<Cur> = None;
    let finish = |c: Cur, out: &mut Vec<GoldItem>| {
        if c.error || c.text.trim().is_empty() {
            return;
        }
        let real = |code: &str| dict.is_none_or(|d| d.is_real(code)) && !code.contains('"');
        let actors_scorable = c.events.iter().all(|e| {
            [&e.source, &e.target]
                .iter()
                .all(|a| a.as_deref().is_none_or(real))
        });
        out.push(GoldItem {
            set: set.to_string(),
            id: c.id,
            text: c.text.split_whitespace().collect::<Vec<_>>().join(" "),
            date: c.date,
            no_event: c.no_event || c.events.is_empty(),
            events: c.events,
            actors_scorable,
            actor_spans: None,
        });
    };
    for m in tag.captures_iter(&clean) {
        let Some(whole) = m.get(0) else { continue };
        let a = attrs(&attr, &m[2]);
        match &m[1] {
            "Sentence" => {
                if let Some(c) = cur.take() {
                    finish(c, &mut out);
                }
                cur = Some(Cur {
                    id: a.get("id").cloned().unwrap_or_default(),
                    date: a.get("date").and_then(|d| date(d)),
                    ..Cur::default()
                });
            }
            "EventCoding" => {
                let Some(c) = cur.as_mut() else { continue };
                if a.contains_key("error") {
                    c.error = true;
                } else if a
                    .get("noevents")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                {
                    c.no_event = true;
                } else if let Some(code) = a.get("eventcode") {
                    let opt = |k: &str| {
                        a.get(k)
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty() && s != "---")
                    };
                    let code = code.trim();
                    c.events.push(GoldEvent {
                        code: if weis {
                            super::weis::petrarch2_to_cameo(code).map(str::to_string)
                        } else {
                            Some(code.to_string())
                        },
                        weis: weis.then(|| code.to_string()),
                        source: opt("sourcecode"),
                        target: opt("targetcode"),
                        ..GoldEvent::default()
                    });
                }
            }
            _ => {
                // <Text>: content up to the next </Text>.
                let Some(c) = cur.as_mut() else { continue };
                let rest = &clean[whole.end()..];
                let end = rest.find("</Text>").unwrap_or(rest.len());
                c.text = unescape(&rest[..end]);
            }
        }
    }
    if let Some(c) = cur.take() {
        finish(c, &mut out);
    }
    Ok(out)
}

/// Reads a file.
///
/// # Errors
/// When unreadable.
pub fn load(path: &Path, set: &str, dict: Option<&RealCodes>) -> Result<Vec<GoldItem>, Error> {
    parse(&read_text(path)?, set, dict)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PETR2: &str = r#"<Validation><!-- <Sentence id="FAKE"> -->
<Sentence date="19950101" id="A-01" category="X" sentence="true">
<!-- note -->
<EventCoding sourcecode="RUR" targetcode="ETHGOV" eventcode="064"></EventCoding>
<EventCoding sourcecode='"THE MAGES"' targetcode="ETH" eventcode="0311"></EventCoding>
<Text>
Ruritania restores ties
with Ethiopia &amp; others.
</Text>
<Parse>(ROOT (S (NP (NNP Ruritania))))</Parse>
</Sentence>
<Sentence date = "19950101" id ="E-01" category="ERROR">
<EventCoding error="dateline"></EventCoding><Text>x</Text></Sentence>
<Sentence date="19950101" id="N-01"><EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text></Sentence></Validation>"#;

    const UP: &str = r#"<Sentences>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader visited China.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse>
</Sentence>
<Sentence category="AFP" date="20080806" id="S2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Quiet day.</Text>
</Sentences>"#;

    #[test]
    fn petrarch2_fixture() -> Result<(), Error> {
        let dict = RealCodes::parse("ETHIOPIA [ETH]\n");
        let items = parse(PETR2, "petrarch2", Some(&dict))?;
        assert_eq!(items.len(), 2);
        let a = &items[0];
        assert_eq!(a.id, "A-01");
        assert_eq!(a.date.as_deref(), Some("1995-01-01"));
        assert_eq!(a.text, "Ruritania restores ties with Ethiopia & others.");
        assert_eq!(a.events.len(), 2);
        assert_eq!(a.events[1].source.as_deref(), Some("\"THE MAGES\""));
        // WEIS 064 (grant diplomatic recognition) is CAMEO 054; WEIS has no 0311.
        assert_eq!(a.events[0].weis.as_deref(), Some("064"));
        assert_eq!(a.events[0].code.as_deref(), Some("054"));
        assert!(a.events[1].untranslated());
        assert!(!a.actors_scorable);
        assert!(items[1].no_event);
        Ok(())
    }

    #[test]
    fn universal_petrarch_self_closing() -> Result<(), Error> {
        let items = parse(UP, "universalpetrarch", None)?;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].events[0].code.as_deref(), Some("042"));
        assert_eq!(items[0].events[0].weis, None);
        assert_eq!(items[0].events[0].target.as_deref(), Some("CHN"));
        assert!(items[0].actors_scorable);
        assert_eq!(items[1].text, "Quiet day.");
        assert!(items[1].no_event);
        Ok(())
    }
}
