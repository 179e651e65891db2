//! From an input article to a dateline [`Record`].
//!
//! The pipeline runs one way: [`input::parse`] turns a raw input into an
//! [`Article`]; [`Extractor::extract`] repairs and segments its body
//! (`dateline_text`), finds entities, attributions and events, and builds the
//! output [`Record`]. Nothing here does I/O or fails on bad text: problems
//! become warnings on the record.
//!
//! ```
//! use dateline_extract::{input, Extractor};
//! use dateline_record::Origin;
//! let raw = input::RawInput {
//!     origin: Origin { file: "example.txt".into(), line: None },
//!     data: "date 2020-05-01\nBASRA (Reuters) - Protesters\nmarched on Friday, police said.".into(),
//!     kind: input::PayloadKind::Text,
//!     lossy: false,
//! };
//! let article = input::parse(raw).expect("has a body");
//! let record = Extractor::new().extract(&article);
//! assert_eq!(record.published.as_deref(), Some("2020-05-01"));
//! assert_eq!(record.text, "Protesters marched on Friday, police said.");
//! ```
#![deny(missing_docs)]

pub mod attrib;
pub mod bodies;
pub mod context;
pub mod entities;
pub mod events;
pub mod input;
pub mod published;

pub use input::Article;

use dateline_record::{Record, SourceMap, Span, SCHEMA_VERSION};
use dateline_text::Document;

/// Builds records from articles. Cheap to share across threads.
#[derive(Debug, Default, Clone)]
pub struct Extractor {
    _private: (),
}

impl Extractor {
    /// An extractor over the compiled-in knowledge base and lexicons.
    #[must_use]
    pub fn new() -> Extractor {
        Extractor { _private: () }
    }

    /// Runs the whole pipeline on one article.
    #[must_use]
    pub fn extract(&self, a: &Article) -> Record {
        let doc = Document::new(&a.input, a.body_start);
        let mut warnings = a.warnings.clone();
        let kb = match dateline_kb::Kb::global() {
            Ok(kb) => Some(kb),
            Err(e) => {
                warnings.push(format!("knowledge base failed to load: {e}"));
                None
            }
        };
        let published = a.published.as_deref().and_then(published::date_of);
        let ctx = context::Ctx::new(&doc, kb, published, a.dateline_place.clone());
        let mut ents = entities::find(&ctx);
        bodies::add(&ctx, &mut ents);
        let entities = entities::to_records(&ents, &doc.text);
        let times = find_times(&doc, published);
        let attrs = attrib::find(&ctx, &ents, &doc.paragraphs, &times);
        let attributions = attrib::to_records(&attrs, &doc.text);
        let events = events::find(&ctx, &ents, &attrs, &times);
        let st = doc.stats;
        if st.glued_split > 0 {
            warnings.push(format!(
                "split {} paragraphs glued at a period",
                st.glued_split
            ));
        }
        if st.entities > 0 {
            warnings.push(format!("decoded {} HTML entities", st.entities));
        }
        if a.published.is_none() {
            warnings.push("no publication date: relative dates are not resolved".to_string());
        }
        Record {
            schema: SCHEMA_VERSION,
            id: a.id.clone(),
            origin: a.origin.clone(),
            outlet: a.outlet.clone(),
            section: a.section.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
            authors: a.authors.clone(),
            published: a.published.clone(),
            dateline_place: a.dateline_place.clone(),
            language: None,
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|&(start, end)| Span { start, end })
                .collect(),
            sentences: doc
                .sentences
                .iter()
                .map(|&(start, end)| Span { start, end })
                .collect(),
            source_map: SourceMap {
                input: a.input_name.clone(),
                edits: doc
                    .edits
                    .iter()
                    .map(|e| dateline_record::Edit {
                        text_start: e.text_start,
                        text_end: e.text_end,
                        input_start: e.input_start,
                        input_end: e.input_end,
                    })
                    .collect(),
            },
            entities,
            attributions,
            events,
            extra: a.extra.clone(),
            warnings,
            text: doc.text,
        }
    }
}

/// Time expressions of the whole text, resolved against the publication
/// date, as `(start, end, value)` in text order.
#[must_use]
pub fn find_times(
    doc: &Document,
    published: Option<chrono::NaiveDate>,
) -> Vec<(usize, usize, dateline_record::DateValue)> {
    let Some(pubdate) = published else {
        return Vec::new();
    };
    // The resolver reads the tense from the words around each expression;
    // a whole-sentence guess would let "would" in a reported clause move
    // "said on Tuesday" into the future.
    let tense = |_pos: usize| dateline_time::Tense::Unknown;
    dateline_time::find_times(&doc.text, pubdate, &tense)
        .into_iter()
        .map(|t| {
            let v = dateline_record::DateValue {
                value: t.value.value.clone(),
                precision: t.value.precision.as_str().to_string(),
                from: t.value.from.format("%Y-%m-%d").to_string(),
                to: t.value.to.format("%Y-%m-%d").to_string(),
                span: Some(dateline_record::TextSpan {
                    start: t.start,
                    end: t.end,
                    text: doc.text[t.start..t.end].to_string(),
                }),
                inferred: false,
            };
            (t.start, t.end, v)
        })
        .collect()
}
