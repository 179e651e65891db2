//! Input records: plain text with a header and dateline, or JSON objects
//! in the NELA-GT or plain `{"id","text",...}` shapes.
//!
//! Reading files is the caller's job; this module turns bytes already read
//! into an [`Article`], or an [`InputError`] that says what is wrong.

use dateline_record::Origin;
use serde_json::{Map, Value};

/// How a payload is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// A plain-text article, possibly with a header line and a dateline.
    Text,
    /// One JSON object.
    Json,
}

/// A record as read from its source, before parsing.
#[derive(Debug, Clone)]
pub struct RawInput {
    /// Where it came from.
    pub origin: Origin,
    /// The bytes, already decoded (lossily when invalid UTF-8).
    pub data: String,
    /// How to parse it.
    pub kind: PayloadKind,
    /// True when invalid UTF-8 was replaced while decoding.
    pub lossy: bool,
}

/// Why an input record could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The JSON did not parse.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// The JSON value is not an object.
    #[error("JSON record is not an object")]
    NotObject,
    /// No text field was found.
    #[error("record has no text field (expected one of: text, content, body, article)")]
    NoText,
    /// The text is empty once header and dateline are removed.
    #[error("article has no body text")]
    EmptyBody,
}

/// A parsed input article.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Id from the input, else derived from the origin.
    pub id: String,
    /// Where it came from.
    pub origin: Origin,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Section.
    pub section: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// Dateline place as written.
    pub dateline_place: Option<String>,
    /// The input string the body comes from.
    pub input: String,
    /// Name of that input (`file`, `text`, `content`...).
    pub input_name: String,
    /// Where the body starts in `input`.
    pub body_start: usize,
    /// Unknown fields.
    pub extra: Map<String, Value>,
    /// Warnings collected while parsing.
    pub warnings: Vec<String>,
}

fn derived_id(origin: &Origin) -> String {
    let stem = std::path::Path::new(&origin.file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("stdin")
        .trim_end_matches(".jsonl")
        .trim_end_matches(".json")
        .to_string();
    match origin.line {
        Some(l) => format!("{stem}:{l}"),
        None => stem,
    }
}

/// Parses a raw input into an article.
///
/// # Errors
/// Returns an [`InputError`] when the record has no usable body.
pub fn parse(raw: RawInput) -> Result<Article, InputError> {
    let mut warnings = Vec::new();
    if raw.lossy {
        warnings
            .push("input was not valid UTF-8; invalid bytes were replaced with U+FFFD".to_string());
    }
    let mut a = match raw.kind {
        PayloadKind::Text => {
            let h = dateline_text::parse_header(&raw.data);
            Article {
                id: derived_id(&raw.origin),
                outlet: h.outlet,
                section: h.section,
                title: h.title,
                url: h.url,
                authors: h.authors,
                published: h.published,
                dateline_place: h.place,
                input: raw.data,
                input_name: "file".into(),
                body_start: h.body_start,
                origin: raw.origin,
                ..Article::default()
            }
        }
        PayloadKind::Json => parse_json(raw)?,
    };
    if a.input[a.body_start.min(a.input.len())..].trim().is_empty() {
        return Err(InputError::EmptyBody);
    }
    warnings.append(&mut a.warnings);
    a.warnings = warnings;
    Ok(a)
}

fn take_str(m: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    for k in keys {
        if let Some(v) = m.remove(*k) {
            match v {
                Value::String(s) if !s.trim().is_empty() => return Some(s.trim().to_string()),
                Value::Number(n) => return Some(n.to_string()),
                Value::Null | Value::String(_) => {}
                other => {
                    m.insert((*k).to_string(), other);
                }
            }
        }
    }
    None
}

/// JSON fields that may hold the publication time, most specific first.
const DATE_KEYS: [&str; 6] = [
    "published",
    "published_utc",
    "date",
    "pubdate",
    "publish_date",
    "datetime",
];

fn parse_json(raw: RawInput) -> Result<Article, InputError> {
    let v: Value = serde_json::from_str(&raw.data).map_err(|e| InputError::Json(e.to_string()))?;
    let Value::Object(mut m) = v else {
        return Err(InputError::NotObject);
    };
    let mut warnings = Vec::new();
    let (input_name, text) = ["text", "content", "body", "article", "maintext"]
        .iter()
        .find_map(|k| match m.get(*k) {
            Some(Value::String(s)) => Some(((*k).to_string(), s.clone())),
            _ => None,
        })
        .ok_or(InputError::NoText)?;
    m.remove(&input_name);
    let id = take_str(&mut m, &["id", "_id", "uid", "article_id"])
        .unwrap_or_else(|| derived_id(&raw.origin));
    let title = take_str(&mut m, &["title", "headline"]);
    let url = take_str(&mut m, &["url", "link"]);
    let outlet = take_str(&mut m, &["source", "outlet", "publisher", "site"]);
    let section = take_str(&mut m, &["section", "category"]);
    let mut published = None;
    for k in DATE_KEYS {
        match m.get(k) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                if let Some(p) = crate::published::normalize(s) {
                    published = Some(p);
                    break;
                }
                warnings.push(format!("could not read the {k} field {s:?} as a date"));
            }
            Some(Value::Number(n)) => {
                if let Some(p) = n.as_i64().and_then(crate::published::from_epoch) {
                    published = Some(p);
                    break;
                }
            }
            _ => {}
        }
    }
    if published.is_some() {
        for k in DATE_KEYS {
            m.remove(k);
        }
    }
    let authors = match m.remove("author").or_else(|| m.remove("authors")) {
        Some(Value::String(s)) => s
            .split([';', '|'])
            .flat_map(|p| p.split(" and "))
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        Some(Value::Array(a)) => a
            .into_iter()
            .filter_map(|v| v.as_str().map(|s| s.trim().to_string()))
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    };
    // A dateline may still open the body of a JSON record.
    let h = dateline_text::parse_header(&text);
    Ok(Article {
        id,
        outlet: outlet.or(h.outlet),
        section: section.or(h.section),
        title: title.or(h.title),
        url: url.or(h.url),
        authors,
        published: published.or(h.published),
        dateline_place: h.place,
        input: text,
        input_name,
        body_start: h.body_start,
        extra: m,
        warnings,
        origin: raw.origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(data: &str, kind: PayloadKind) -> RawInput {
        RawInput {
            origin: Origin {
                file: "x/feed.jsonl".into(),
                line: Some(3),
            },
            data: data.into(),
            kind,
            lossy: false,
        }
    }

    #[test]
    fn nela_fields() {
        let a = parse(raw(
            r#"{"id":"n1","date":"2019-02-08","source":"somesite","title":"T","content":"BAGHDAD (Reuters) - Body.","author":"A. One; B. Two","url":"http://x","published":"Fri, 08 Feb 2019 00:15:00 +0000","published_utc":1549584900,"extra_field":1}"#,
            PayloadKind::Json,
        ))
        .unwrap_or_default();
        assert_eq!(a.id, "n1");
        assert_eq!(a.published.as_deref(), Some("2019-02-08T00:15:00+00:00"));
        assert_eq!(a.authors, vec!["A. One", "B. Two"]);
        assert_eq!(a.dateline_place.as_deref(), Some("BAGHDAD"));
        assert_eq!(a.input_name, "content");
        assert!(a.extra.contains_key("extra_field"));
        assert_eq!(&a.input[a.body_start..], "Body.");
    }

    #[test]
    fn errors() {
        assert!(matches!(
            parse(raw("{not json", PayloadKind::Json)),
            Err(InputError::Json(_))
        ));
        assert_eq!(
            parse(raw("[1]", PayloadKind::Json)).err(),
            Some(InputError::NotObject)
        );
        assert_eq!(
            parse(raw(r#"{"id":"x"}"#, PayloadKind::Json)).err(),
            Some(InputError::NoText)
        );
        assert_eq!(
            parse(raw("date 2019-02-08\n   \n", PayloadKind::Text)).err(),
            Some(InputError::EmptyBody)
        );
    }

    #[test]
    fn derived_ids() {
        let a = parse(raw(r#"{"text":"Hello there."}"#, PayloadKind::Json)).unwrap_or_default();
        assert_eq!(a.id, "feed:3");
    }
}
