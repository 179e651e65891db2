//! Per-article analysis context shared by the extraction stages.

use chrono::NaiveDate;
use dateline_kb::Kb;
use dateline_lexicon::Lexicon;
use dateline_tag::{Tag, Tagger};
use dateline_text::Document;
use std::cell::RefCell;
use std::ops::Range;

/// A token with its text, lowercase form and sentence.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Start byte in the repaired text.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Surface text.
    pub text: String,
    /// Lowercase text, with curly apostrophes straightened.
    pub lower: String,
    /// Sentence index.
    pub sent: usize,
}

/// What every stage needs to see.
pub struct Ctx<'a> {
    /// Repaired text.
    pub text: &'a str,
    /// Tokens of all sentences.
    pub toks: Vec<Tok>,
    /// Token range of each sentence.
    pub sent_tok: Vec<Range<usize>>,
    /// Sentence byte ranges.
    pub sents: &'a [(usize, usize)],
    /// Sentences written in capitals (headlines), where case says nothing.
    pub shouting: Vec<bool>,
    /// Knowledge base (None if it failed to load).
    pub kb: Option<&'static Kb>,
    /// Lexicons.
    pub lex: &'static Lexicon,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Countries the article is about, most mentioned first.
    pub countries: RefCell<Vec<String>>,
    /// Dateline place as written.
    pub dateline_place: Option<String>,
    /// Part-of-speech tags per sentence, computed on first use.
    tags: RefCell<Vec<Option<Vec<Tag>>>>,
}

impl<'a> Ctx<'a> {
    /// Builds the context of a document.
    #[must_use]
    pub fn new(
        doc: &'a Document,
        kb: Option<&'static Kb>,
        published: Option<NaiveDate>,
        dateline_place: Option<String>,
    ) -> Ctx<'a> {
        let mut toks = Vec::with_capacity(doc.tokens.len());
        let mut sent_tok = Vec::with_capacity(doc.sentences.len());
        let mut shouting = Vec::with_capacity(doc.sentences.len());
        for (si, r) in doc.sentence_tokens.iter().enumerate() {
            let t0 = toks.len();
            let (mut up, mut low) = (0usize, 0usize);
            for t in &doc.tokens[r.clone()] {
                let text = &doc.text[t.start..t.end];
                for c in text.chars() {
                    if c.is_uppercase() {
                        up += 1;
                    } else if c.is_lowercase() {
                        low += 1;
                    }
                }
                let lower = text.to_lowercase().replace('’', "'");
                toks.push(Tok {
                    start: t.start,
                    end: t.end,
                    text: text.to_string(),
                    lower,
                    sent: si,
                });
            }
            sent_tok.push(t0..toks.len());
            shouting.push(up > 8 && up > low * 2);
        }
        Ctx {
            text: &doc.text,
            toks,
            sent_tok,
            sents: &doc.sentences,
            shouting,
            kb,
            lex: Lexicon::global(),
            published,
            countries: RefCell::new(Vec::new()),
            dateline_place,
            tags: RefCell::new(vec![None; doc.sentences.len()]),
        }
    }

    /// Countries in context, for place disambiguation.
    #[must_use]
    pub fn context_countries(&self) -> Vec<&str> {
        // Borrow the codes from the static KB so the result outlives the RefCell guard.
        let c = self.countries.borrow();
        let kb = self.kb;
        c.iter()
            .filter_map(|iso| kb.and_then(|k| k.country(iso)).map(|x| x.iso3.as_str()))
            .collect()
    }

    /// Part-of-speech tags of the first `upto` tokens of sentence `si`
    /// (or more, when an earlier call asked for more). Tagging is the
    /// costliest step, so a sentence is tagged only when a stage asks, only
    /// as far as it asks, and the result is kept for the next stage.
    #[must_use]
    pub fn tags(&self, si: usize, upto: usize) -> Vec<Tag> {
        let mut cache = self.tags.borrow_mut();
        let Some(slot) = cache.get_mut(si) else {
            return Vec::new();
        };
        let toks = self
            .sent_tok
            .get(si)
            .map_or(&[][..], |r| &self.toks[r.clone()]);
        let upto = upto.min(toks.len());
        if slot.as_ref().is_none_or(|t| t.len() < upto) {
            let surface: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
            *slot = Some(Tagger::global().tag_prefix(&surface, upto));
        }
        slot.clone().unwrap_or_default()
    }

    /// Token index of the first token starting at or after `pos`.
    #[must_use]
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.end <= pos)
    }
}
