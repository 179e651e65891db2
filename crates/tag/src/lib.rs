//! Fast part-of-speech tagging for English: UPOS and Penn Treebank tags.
//!
//! [`Tagger`] is a greedy, left-to-right averaged perceptron (Collins 2002;
//! the feature set of Honnibal's classic tagger plus look-ahead features)
//! trained on UD English EWT (CC BY-SA 4.0; see `data/models/README.md`).
//! It predicts one joint (UPOS, XPOS) class per token, so both tags always
//! agree. The model is embedded in the binary with `include_bytes!` and
//! parsed once on first use.
//!
//! # Tokenisation
//!
//! Pass one sentence at a time, tokenised the way EWT (and the Penn
//! Treebank) does: punctuation and quotes are separate tokens, possessive
//! `'s` and the negation `n't` are split off (`do n't`, `Iran 's`),
//! abbreviations keep their period (`U.S.`, `Col.`), hyphenated words stay
//! whole (`Iran-backed`, `al-Qaddo`), numbers stay whole (`3.5`, `1,200`).
//! Curly quotes and apostrophes are folded to ASCII internally.
//!
//! ```
//! use dateline_tag::{Tagger, Upos};
//! let tags = Tagger::global().tag(&["The", "army", "attacked", "rebels", "on", "Monday", "."]);
//! assert_eq!(tags[1].upos, Upos::Noun);
//! assert_eq!(tags[2].xpos.as_str(), "VBD");
//! ```
#![deny(missing_docs)]

mod features;
mod model;
mod tagset;
pub mod train;

use std::sync::OnceLock;

pub use model::{Model, ModelParts};
pub use tagset::{Tag, Upos, Xpos};

/// The embedded model file (gzip-compressed binary format, see [`Model`]).
static MODEL_BYTES: &[u8] = include_bytes!("../../../data/models/en_ewt_tagger.bin.gz");

/// Errors of model loading and training-data reading.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TagError {
    /// The model bytes are not a valid model.
    #[error("invalid tagger model: {0}")]
    Format(&'static str),
    /// The model was trained with other feature templates.
    #[error("tagger model has feature version {found}, this build expects {expected}")]
    Version {
        /// Version in the model file.
        found: u32,
        /// Version of this build.
        expected: u32,
    },
    /// A CoNLL-U line could not be read.
    #[error("CoNLL-U line {line}: {reason}")]
    Data {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: &'static str,
    },
}

/// A part-of-speech tagger.
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// The shared tagger over the embedded model, parsed on first use.
    ///
    /// The embedded model is checked by this crate's tests; should it still
    /// fail to parse, this returns a tagger without a model, which tags every
    /// token `X`/`XX` rather than panicking.
    pub fn global() -> &'static Tagger {
        static GLOBAL: OnceLock<Tagger> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            Tagger::load().unwrap_or_else(|_| Tagger {
                model: Model::default(),
            })
        })
    }

    /// Parses the embedded model into a new tagger.
    pub fn load() -> Result<Tagger, TagError> {
        Tagger::from_bytes(MODEL_BYTES)
    }

    /// Parses a model in the binary format (as written by [`ModelParts::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, TagError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes)?,
        })
    }

    /// Wraps an already built model.
    pub fn from_model(model: Model) -> Tagger {
        Tagger { model }
    }

    /// The underlying model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tags one sentence; `tokens` are surface forms as they appear.
    /// Returns one tag per token.
    pub fn tag<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(tokens.len());
        self.tag_into(tokens, &mut Scratch::default(), &mut out);
        out
    }

    /// Tags only the first `n` tokens, still reading the words after them.
    ///
    /// Decoding is greedy from left to right and looks back at predicted
    /// tags only, so the result equals the first `n` tags of
    /// [`Tagger::tag`]; callers that need a few positions save the rest.
    pub fn tag_prefix<S: AsRef<str>>(&self, tokens: &[S], n: usize) -> Vec<Tag> {
        let mut out = Vec::with_capacity(n.min(tokens.len()));
        self.tag_prefix_into(tokens, n, &mut Scratch::default(), &mut out);
        out
    }

    /// Like [`Tagger::tag`], reusing buffers across calls (for batch use).
    pub fn tag_into<S: AsRef<str>>(&self, tokens: &[S], scratch: &mut Scratch, out: &mut Vec<Tag>) {
        self.tag_prefix_into(tokens, tokens.len(), scratch, out);
    }

    fn tag_prefix_into<S: AsRef<str>>(
        &self,
        tokens: &[S],
        n: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Tag>,
    ) {
        let n = n.min(tokens.len());
        out.clear();
        if self.model.n_classes() == 0 {
            out.extend(tokens.iter().take(n).map(|_| Tag {
                upos: Upos::X,
                xpos: Xpos::Xx,
            }));
            return;
        }
        self.model.token_infos(tokens, &mut scratch.infos);
        self.model.predict(&scratch.infos, n, &mut scratch.classes);
        let unknown = Tag {
            upos: Upos::X,
            xpos: Xpos::Xx,
        };
        out.extend(scratch.classes.iter().map(|&c| {
            self.model
                .classes
                .get(usize::from(c))
                .copied()
                .unwrap_or(unknown)
        }));
    }
}

/// Reusable buffers for [`Tagger::tag_into`].
#[derive(Debug, Default)]
pub struct Scratch {
    infos: Vec<features::TokenInfo>,
    classes: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modelless_tagger_does_not_panic() {
        let t = Tagger::from_model(Model::default());
        assert_eq!(
            t.tag(&["a", "b"]),
            vec![
                Tag {
                    upos: Upos::X,
                    xpos: Xpos::Xx
                };
                2
            ]
        );
        assert!(Tagger::from_bytes(b"junk").is_err());
    }
}
