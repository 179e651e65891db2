//! Attribution cue nouns (`data/lexicon/cue_nouns.tsv`): `claim`,
//! `decision`, `warning`... with the complements that carry their content.

use crate::tsv::{self, err};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/lexicon/cue_nouns.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/lexicon/cue_nouns.tsv");

/// A complement of a cue noun that holds the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NounFrame {
    /// A that-clause: `claim that ...`.
    That,
    /// A to-infinitive: `promise to ...`, `decision not to ...`.
    To,
    /// A preposition and its object: `criticism of ...`, `call for ...`;
    /// `to-np` in the file is `to` before a noun phrase (`opposition to`).
    Prep(String),
}

/// An attribution cue noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueNoun {
    /// The singular: `claim`.
    pub noun: String,
    /// The plural, if the noun has one in this sense.
    pub plural: Option<String>,
    /// The cue class, as for [`crate::Cue::class`].
    pub class: String,
    /// The complements that make the content.
    pub frames: Vec<NounFrame>,
    /// The noun denies its content (`denial`, `rejection`).
    pub denial: bool,
    /// The noun distances the reporter from its content (`claim`).
    pub hedge: bool,
}

impl CueNoun {
    /// True when the preposition `p` (lowercase) introduces content.
    #[must_use]
    pub fn takes_prep(&self, p: &str) -> bool {
        self.frames
            .iter()
            .any(|f| matches!(f, NounFrame::Prep(x) if x == p))
    }

    /// True when the noun takes a frame.
    #[must_use]
    pub fn takes(&self, frame: &NounFrame) -> bool {
        self.frames.contains(frame)
    }
}

/// Parses the cue noun file.
pub(crate) fn parse(text: &str) -> Result<Vec<CueNoun>, LexiconError> {
    let mut out = Vec::new();
    for row in tsv::rows(FILE, text, 5, 5)? {
        let noun = row.get(0);
        if noun.contains(char::is_whitespace) || noun.chars().any(char::is_uppercase) {
            return Err(err(FILE, &row, "a cue noun is one lowercase word"));
        }
        let plural = match row.get(1) {
            "-" => None,
            p => Some(p.to_string()),
        };
        let mut frames = Vec::new();
        for f in row.get(3).split(',') {
            frames.push(match f.trim() {
                "that" => NounFrame::That,
                "to" => NounFrame::To,
                "to-np" => NounFrame::Prep("to".into()),
                p @ ("of" | "for" | "about" | "on" | "over" | "against") => {
                    NounFrame::Prep(p.into())
                }
                other => {
                    return Err(err(FILE, &row, format!("unknown frame `{other}`")));
                }
            });
        }
        let (denial, hedge) = match row.get(4) {
            "-" => (false, false),
            "denial" => (true, false),
            "hedge" => (false, true),
            other => {
                return Err(err(
                    FILE,
                    &row,
                    format!("polarity must be -, denial or hedge, found `{other}`"),
                ))
            }
        };
        out.push(CueNoun {
            noun: noun.to_string(),
            plural,
            class: row.get(2).to_string(),
            frames,
            denial,
            hedge,
        });
    }
    Ok(out)
}
