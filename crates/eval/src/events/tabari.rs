//! Loader for the TABARI validation suite (`Validate.text`).
//!
//! A record starts with a line `YYMMDD  ID`, its text follows, and a
//! `/* ... */` comment holds the expected events as `{ SRC / TGT / CODE }`
//! (possibly several, possibly across lines). `{+++}`, `{---}`, `{###}` and
//! `{}` hold no event; records whose comment sets an `OPTION` configure the
//! coder and are skipped. A comment may open at the end of the text's
//! last line. Codes are WEIS, translated to CAMEO by [`super::weis`].
//! Reading stops at the record announcing the end of
//! the standard validation records, as TABARI does. Actor codes are the
//! suite's fictional ones; an item's actors are scorable only when every
//! code is a real country per the dictionaries ([`super::dictionary`]).

use super::dictionary::RealCodes;
use super::{GoldEvent, GoldItem};
use crate::{read_text, Error};
use regex::Regex;
use std::path::Path;

/// `950101` → `1995-01-01` (two-digit years from 50 on are 19xx).
fn date(yymmdd: &str) -> Option<String> {
    if yymmdd.len() != 6 || !yymmdd.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let yy: u32 = yymmdd[..2].parse().ok()?;
    let century = if yy >= 50 { 19 } else { 20 };
    Some(format!(
        "{century}{}-{}-{}",
        &yymmdd[..2],
        &yymmdd[2..4],
        &yymmdd[4..6]
    ))
}

struct Raw {
    line: usize,
    date: String,
    id: String,
    text: Vec<String>,
    comment: String,
}

/// Parses the validation text.
///
/// # Errors
/// Never for content (malformed records are skipped); the `Result` keeps
/// the loader signatures uniform.
pub fn parse(text: &str, dict: &RealCodes) -> Result<Vec<GoldItem>, Error> {
    let header = Regex::new(r"^(\d{6})\s+(\S+)\s*$")
        .map_err(|e| Error::format(Path::new("regex"), 0, e.to_string()))?;
    let braces = Regex::new(r"\{([^}]*)\}")
        .map_err(|e| Error::format(Path::new("regex"), 0, e.to_string()))?;
    let mut raws: Vec<Raw> = Vec::new();
    let mut in_comment = false;
    for (i, line) in text.lines().enumerate() {
        if let Some(c) = header.captures(line) {
            raws.push(Raw {
                line: i + 1,
                date: c[1].to_string(),
                id: c[2].to_string(),
                text: vec![],
                comment: String::new(),
            });
            in_comment = false;
            continue;
        }
        let Some(cur) = raws.last_mut() else { continue };
        if in_comment {
            in_comment = !line.contains("*/");
            cur.comment.push_str(line);
            cur.comment.push('\n');
        } else if let Some(k) = line.find("/*").filter(|_| cur.comment.is_empty()) {
            // The comment may open at the end of the text's last line
            // ("... officials said./*").
            let (text, comment) = line.split_at(k);
            if !text.trim().is_empty() {
                cur.text.push(text.trim().to_string());
            }
            in_comment = !comment.contains("*/");
            cur.comment.push_str(comment);
            cur.comment.push('\n');
        } else if cur.comment.is_empty() && !line.starts_with('#') {
            cur.text.push(line.trim().to_string());
        }
    }
    let mut out = Vec::new();
    for r in raws {
        let body = r.text.join(" ").trim().to_string();
        if body.starts_with("This is the end of the standard validation records") {
            break;
        }
        if body.is_empty() || r.comment.contains("OPTION") {
            continue;
        }
        let mut events = Vec::new();
        for c in braces.captures_iter(&r.comment) {
            let parts: Vec<&str> = c[1].split('/').map(str::trim).collect();
            if let [src, tgt, code] = parts.as_slice() {
                let code = code.split_whitespace().next().unwrap_or("");
                if code.is_empty() {
                    continue;
                }
                let opt = |s: &str| (!s.is_empty() && s != "---").then(|| s.to_string());
                events.push(GoldEvent {
                    code: super::weis::to_cameo(code).map(str::to_string),
                    weis: Some(code.to_string()),
                    source: opt(src),
                    target: opt(tgt),
                    ..GoldEvent::default()
                });
            }
        }
        let actors_scorable = events.iter().all(|e| {
            [&e.source, &e.target]
                .iter()
                .all(|a| a.as_deref().is_none_or(|c| dict.is_real(c)))
        });
        out.push(GoldItem {
            set: "tabari".into(),
            id: format!("{}@{}", r.id, r.line),
            text: body,
            date: date(&r.date),
            no_event: events.is_empty(),
            events,
            actors_scorable,
            actor_spans: None,
        });
    }
    Ok(out)
}

/// Reads the file.
///
/// # Errors
/// When unreadable.
pub fn load(path: &Path, dict: &RealCodes) -> Result<Vec<GoldItem>, Error> {
    parse(&read_text(path)?, dict)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "####\n# banner\n####\n\n\
950101  OPT-1\nOption record text.\n/*\\n{ OPTION: SET: X = TRUE } */\n\n\
950101  T-01\nRuritania is about to restore ties \nwith Freedonia.\n/*\\n-----\n\\n[simple]\n\\n{ RUR / FRE / 064 } */\n\n\
020304  T-02\nEthiopia attacked Italy and Arnor./*\\n[two]\n\\n{ ETH / ITAMIL / 190 }\n{ ETH / \nARN / 190 } */\n\n\
950101  T-03\nNothing happens here.\n/*\\n{+++} */\n\n\
950101  END\nThis is the end of the standard validation records.\n\n\
950101  AFTER\nIgnored text.\n/* { A / B / 010 } */\n";

    #[test]
    fn parses_fixture() -> Result<(), Error> {
        let dict = RealCodes::parse("ETHIOPIA [ETH]\nITALY [ITA]\nRURITANIA [RUR]\n");
        let items = parse(FIXTURE, &dict)?;
        assert_eq!(items.len(), 3);
        assert_eq!(
            items[0].text,
            "Ruritania is about to restore ties with Freedonia."
        );
        // WEIS 064, grant diplomatic recognition, is CAMEO 054.
        assert_eq!(items[0].events[0].weis.as_deref(), Some("064"));
        assert_eq!(items[0].events[0].code.as_deref(), Some("054"));
        assert_eq!(items[0].events[0].root().as_deref(), Some("05"));
        assert_eq!(items[1].text, "Ethiopia attacked Italy and Arnor.");
        assert!(!items[0].actors_scorable);
        assert_eq!(items[1].date.as_deref(), Some("2002-03-04"));
        assert_eq!(items[1].events.len(), 2);
        assert_eq!(items[1].events[1].target.as_deref(), Some("ARN"));
        assert!(!items[1].actors_scorable);
        assert!(items[2].no_event && items[2].actors_scorable);
        Ok(())
    }
}
