//! Reads peer predictions (textacy direct quotations written by
//! `tools/peers/textacy_quotes.py`) as [`PredAttribution`]s.
//!
//! One JSON object per line: `{"id": NAME, "quotes": [{"speaker": SPAN|null,
//! "cue": SPAN|null, "content": SPAN}]}` where a SPAN has UTF-8 byte offsets
//! `bstart`/`bend` (character offsets `start`/`end` are also accepted and
//! converted) into the article text.

use crate::attributions::PredAttribution;
use crate::spans::{CharToByte, MultiSpan};
use crate::Error;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

fn span(v: &Value, text: &str, c2b: &CharToByte) -> Option<MultiSpan> {
    let get = |k: &str| {
        v.get(k)
            .and_then(Value::as_u64)
            .and_then(|x| usize::try_from(x).ok())
    };
    let (s, e) = match (get("bstart"), get("bend")) {
        (Some(s), Some(e)) => (s, e),
        _ => (c2b.byte(get("start")?)?, c2b.byte(get("end")?)?),
    };
    let m = MultiSpan::new(text, &[(s, e)]);
    (!m.is_empty()).then_some(m)
}

/// Parses peer JSONL. `texts` maps article id to its text (for offset
/// checks and character offsets). Lines for unknown ids are skipped.
///
/// # Errors
/// On a line that is not JSON.
pub fn parse_quotes_jsonl(
    path: &Path,
    jsonl: &str,
    texts: &HashMap<String, &str>,
) -> Result<HashMap<String, Vec<PredAttribution>>, Error> {
    let mut out = HashMap::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(line).map_err(|e| Error::format(path, i + 1, e.to_string()))?;
        let id = match v.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => continue,
        };
        let Some(text) = texts.get(&id) else { continue };
        let c2b = CharToByte::new(text);
        let quotes = v
            .get("quotes")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let preds = quotes
            .iter()
            .map(|q| {
                let f = |k: &str| {
                    q.get(k)
                        .filter(|x| !x.is_null())
                        .and_then(|x| span(x, text, &c2b))
                };
                PredAttribution {
                    kind: "direct".into(),
                    source: f("speaker"),
                    cue: f("cue"),
                    content: f("content"),
                    speaker_names: Vec::new(),
                }
            })
            .collect();
        out.insert(id, preds);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_byte_and_char_offsets() -> Result<(), Error> {
        let text = "Zoë said “hi.”";
        let mut texts = HashMap::new();
        texts.insert("a".to_string(), text);
        // speaker by bytes, content by characters (“hi.” = chars 9..14).
        let jsonl = r#"{"id":"a","quotes":[{"speaker":{"bstart":0,"bend":4},"cue":null,"content":{"start":9,"end":14}}]}
{"id":"zzz","quotes":[]}"#;
        let out = parse_quotes_jsonl(Path::new("x"), jsonl, &texts)?;
        let q = &out["a"][0];
        assert_eq!(q.source.as_ref().map(|s| s.text(text)), Some(vec!["Zoë"]));
        assert_eq!(
            q.content.as_ref().map(|s| s.text(text)),
            Some(vec!["“hi.”"])
        );
        assert!(q.cue.is_none());
        assert!(parse_quotes_jsonl(Path::new("x"), "{", &texts).is_err());
        Ok(())
    }
}
