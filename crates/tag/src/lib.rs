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

/// A sentence tagged on demand, one position at a time, with
/// [`Tagger::tag_at`].
///
/// Decoding is greedy and a token's class depends on the words and on the
/// classes of the two tokens before it only. Dictionary words (frequent,
/// unambiguous) have fixed classes, so after two known classes the history
/// is known: the tag at position `i` needs decoding only from the last such
/// point, and equals what tagging the whole sentence gives. Callers that
/// look at a few positions (is this cue word a verb?) pay for a few tokens.
#[derive(Debug, Default, Clone)]
pub struct Partial {
    infos: Vec<features::TokenInfo>,
    classes: Vec<Option<u8>>,
}

impl Partial {
    /// Number of tokens in the sentence.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// True for a sentence without tokens.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// Whether the tag of token `i` is already decoded (or read from the
    /// dictionary), so that [`Tagger::tag_at`] answers it without decoding.
    pub fn is_known(&self, i: usize) -> bool {
        self.classes.get(i).is_some_and(Option::is_some)
    }
}

impl Tagger {
    /// Starts the tagging of a sentence: reads its words and the classes of
    /// its dictionary words.
    pub fn start<S: AsRef<str>>(&self, tokens: &[S]) -> Partial {
        let mut p = Partial::default();
        if self.model.n_classes() == 0 {
            p.classes = vec![None; tokens.len()];
            return p;
        }
        self.model.token_infos(tokens, &mut p.infos);
        p.classes = p
            .infos
            .get(2..2 + tokens.len())
            .unwrap_or_default()
            .iter()
            .map(|info| self.model.dict_class(info))
            .collect();
        p
    }

    /// The tag of token `i` of `p`'s sentence (None past its end), equal to
    /// `self.tag(tokens)[i]`.
    pub fn tag_at(&self, p: &mut Partial, i: usize) -> Option<Tag> {
        let unknown = Tag {
            upos: Upos::X,
            xpos: Xpos::Xx,
        };
        if i >= p.classes.len() {
            return None;
        }
        if self.model.n_classes() == 0 {
            return Some(unknown);
        }
        if p.classes.get(i).copied().flatten().is_none() {
            // Back to the first position whose two predecessors are known.
            let known = |k: usize| p.classes.get(k).is_some_and(Option::is_some);
            let mut from = i;
            while from > 0 && !(known(from - 1) && (from < 2 || known(from - 2))) {
                from -= 1;
            }
            self.model.decode_span(&p.infos, &mut p.classes, from, i);
        }
        let c = p.classes.get(i).copied().flatten()?;
        Some(
            self.model
                .classes
                .get(usize::from(c))
                .copied()
                .unwrap_or(unknown),
        )
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
    fn tags_on_demand_equal_one_pass() {
        let t = Tagger::global();
        let s = [
            "The",
            "minister",
            "said",
            "on",
            "Monday",
            "that",
            "talks",
            "would",
            "resume",
            "in",
            "Doha",
            ",",
            "officials",
            "told",
            "reporters",
            ",",
            "but",
            "rebels",
            "claimed",
            "the",
            "attack",
            "and",
            "denied",
            "reports",
            ".",
        ];
        let whole = t.tag(&s);
        let orders: [&[usize]; 5] = [
            &[24, 0, 12],
            &[3, 3, 9, 1, 20],
            &[
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24,
            ],
            &[18, 6, 17, 22, 8],
            &[13],
        ];
        for order in orders {
            let mut p = t.start(&s);
            for &i in order {
                assert_eq!(t.tag_at(&mut p, i), Some(whole[i]), "position {i}");
            }
            assert_eq!(t.tag_at(&mut p, s.len()), None);
        }
        let mut empty = t.start::<&str>(&[]);
        assert_eq!(t.tag_at(&mut empty, 0), None);
    }

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
        let mut p = t.start(&["a", "b", "c"]);
        assert_eq!(t.tag_at(&mut p, 1).map(|t| t.upos), Some(Upos::X));
        assert!(Tagger::from_bytes(b"junk").is_err());
    }
}
