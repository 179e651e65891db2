//! Loader for the PLOVER gold standard records (`PLOVER_GSR_CAMEO.txt`): a
//! JSON array of records with `text`, `event` (PLOVER type), `date` and
//! `source`/`target` lists of `{actorText, code, sector}`. The `DOCUMENT`
//! record is skipped. Compound actors give one event per source × target
//! pair; a missing or non-list target gives a target-less event.

use super::{GoldEvent, GoldItem};
use crate::{read_text, Error};
use serde_json::Value;
use std::path::Path;

/// The gold file writes a few countries with legacy (pre-ISO) codes:
/// Japan as `JAP`, Italy as `ITL`, and Vietnam once as `VTN` (and twice
/// as `VNM`). Every predicted code and every other gold code is ISO 3166
/// alpha-3, so these are read as the ISO code of the same country.
const LEGACY: &[(&str, &str)] = &[("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM")];

fn iso_country(code: &str) -> String {
    match LEGACY.iter().find(|(old, _)| code.starts_with(old)) {
        Some((old, iso)) => format!("{iso}{}", &code[old.len()..]),
        None => code.to_string(),
    }
}

fn codes(v: Option<&Value>) -> Vec<Option<String>> {
    let list: Vec<Option<String>> = v
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.get("code").and_then(Value::as_str))
                .map(|c| Some(iso_country(c.trim())))
                .collect()
        })
        .unwrap_or_default();
    if list.is_empty() {
        vec![None]
    } else {
        list
    }
}

/// Parses the JSON text.
///
/// # Errors
/// When the text is not a JSON array.
pub fn parse(path: &Path, json: &str) -> Result<Vec<GoldItem>, Error> {
    let v: Value =
        serde_json::from_str(json).map_err(|e| Error::format(path, e.line(), e.to_string()))?;
    let Some(arr) = v.as_array() else {
        return Err(Error::format(path, 1, "expected a JSON array"));
    };
    let mut out = Vec::new();
    for rec in arr {
        let s = |k: &str| rec.get(k).and_then(Value::as_str).map(str::to_string);
        let (Some(event), Some(text)) = (s("event"), s("text")) else {
            continue;
        };
        if event == "DOCUMENT" {
            continue;
        }
        let mut events = Vec::new();
        for src in codes(rec.get("source")) {
            for tgt in codes(rec.get("target")) {
                events.push(GoldEvent {
                    plover: Some(event.clone()),
                    source: src.clone(),
                    target: tgt,
                    ..GoldEvent::default()
                });
            }
        }
        out.push(GoldItem {
            set: "plover".into(),
            id: s("id").unwrap_or_default(),
            text,
            date: s("date"),
            events,
            no_event: false,
            actors_scorable: true,
            actor_spans: None,
        });
    }
    Ok(out)
}

/// Reads the file.
///
/// # Errors
/// When unreadable or not a JSON array.
pub fn load(path: &Path) -> Result<Vec<GoldItem>, Error> {
    parse(path, &read_text(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fixture() -> Result<(), Error> {
        let json = r#"[
 {"id":"D","event":"DOCUMENT","eventText":"x"},
 {"id":"P1","date":"2001-02-03","event":"AGREE","text":"Ruritania and Freedonia agreed to talk.",
  "source":[{"actorText":"Ruritania","code":"RUR"},{"actorText":"Freedonia","code":"FRE","sector":"GOV"}],
  "target":[{"actorText":"Sylvania","code":"SYL"}]},
 {"id":"P2","event":"PROTEST","text":"Crowds marched.","source":[{"actorText":"Crowds","code":"---"}],"target":""}
]"#;
        let items = parse(Path::new("f"), json)?;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].events.len(), 2);
        assert_eq!(items[0].events[1].source.as_deref(), Some("FRE"));
        assert_eq!(items[0].events[1].target.as_deref(), Some("SYL"));
        assert_eq!(items[0].date.as_deref(), Some("2001-02-03"));
        assert_eq!(items[1].events[0].target, None);
        assert_eq!(items[1].events[0].penta_class(), Some(4));
        assert!(parse(Path::new("f"), "{}").is_err());
        assert_eq!(iso_country("JAPGOV"), "JPNGOV");
        assert_eq!(iso_country("ITL"), "ITA");
        assert_eq!(iso_country("USA"), "USA");
        Ok(())
    }
}
