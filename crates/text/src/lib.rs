//! Text repair, paragraphs, sentences and tokens, with byte offsets.
//!
//! The first stage of dateline: a raw article body goes in, a [`Document`]
//! comes out, holding the repaired text, the [`Edit`]s that map it back to
//! the input, and paragraph, sentence and token ranges in the repaired text.
//!
//! ```
//! let input = "Officials\nsaid.There was no confrontation, Col. Ali said.";
//! let doc = dateline_text::Document::new(input, 0);
//! assert_eq!(doc.text, "Officials said.\n\nThere was no confrontation, Col. Ali said.");
//! assert_eq!(doc.sentences.len(), 2);
//! // Map the second sentence back to the input.
//! let (s, e) = doc.sentences[1];
//! let (is, ie) = doc.to_input(s, e);
//! assert_eq!(&input[is..ie], "There was no confrontation, Col. Ali said.");
//! ```
//!
//! Nothing here does I/O or panics on input.
#![deny(missing_docs)]

pub mod abbrev;
pub mod header;
pub mod offsets;
pub mod repair;
pub mod sentence;
pub mod token;

pub use header::{parse_header, Header};
pub use offsets::Edit;
pub use repair::{repair, RepairStats, Repaired};
pub use token::Token;

/// A repaired, segmented article body.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Repaired text.
    pub text: String,
    /// Edits mapping `text` back to the input.
    pub edits: Vec<Edit>,
    /// Paragraph ranges in `text`.
    pub paragraphs: Vec<(usize, usize)>,
    /// Sentence ranges in `text`.
    pub sentences: Vec<(usize, usize)>,
    /// Tokens of all sentences, in order.
    pub tokens: Vec<Token>,
    /// `sentence_tokens[i]` is the range of `tokens` in sentence `i`.
    pub sentence_tokens: Vec<std::ops::Range<usize>>,
    /// What repair did.
    pub stats: RepairStats,
}

impl Document {
    /// Repairs and segments `input[body_start..]`.
    #[must_use]
    pub fn new(input: &str, body_start: usize) -> Document {
        let r = repair(input, body_start);
        let sentences = sentence::split_sentences(&r.text, &r.paragraphs);
        let mut tokens = Vec::with_capacity(r.text.len() / 5);
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        for &(s, e) in &sentences {
            let t0 = tokens.len();
            token::tokenize_into(&r.text, s, e, &mut tokens);
            sentence_tokens.push(t0..tokens.len());
        }
        Document {
            text: r.text,
            edits: r.edits,
            paragraphs: r.paragraphs,
            sentences,
            tokens,
            sentence_tokens,
            stats: r.stats,
        }
    }

    /// Maps a range of `text` to a range of the input.
    #[must_use]
    pub fn to_input(&self, start: usize, end: usize) -> (usize, usize) {
        let s = offsets::to_input(&self.edits, start, false);
        let e = offsets::to_input(&self.edits, end, true).max(s);
        (s, e)
    }

    /// The text of a token.
    #[must_use]
    pub fn tok(&self, t: Token) -> &str {
        &self.text[t.start..t.end]
    }
}
