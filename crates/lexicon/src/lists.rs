//! The small word lists: hedges, media, negation, modality
//! (`data/lexicon/{hedges,media,negation,modality}.tsv`) and pronouns
//! (`data/lexicon/pronouns.tsv`).

use crate::phrases::{Phrase, PhraseSet};
use crate::tsv::{self, err};
use crate::LexiconError;

pub(crate) const HEDGES: (&str, &str) = (
    "data/lexicon/hedges.tsv",
    include_str!("../../../data/lexicon/hedges.tsv"),
);
pub(crate) const MEDIA: (&str, &str) = (
    "data/lexicon/media.tsv",
    include_str!("../../../data/lexicon/media.tsv"),
);
pub(crate) const NEGATION: (&str, &str) = (
    "data/lexicon/negation.tsv",
    include_str!("../../../data/lexicon/negation.tsv"),
);
pub(crate) const MODALITY: (&str, &str) = (
    "data/lexicon/modality.tsv",
    include_str!("../../../data/lexicon/modality.tsv"),
);
pub(crate) const PRONOUNS: (&str, &str) = (
    "data/lexicon/pronouns.tsv",
    include_str!("../../../data/lexicon/pronouns.tsv"),
);

/// Parses a two-column `phrase<TAB>label` list, checking labels against `allowed`.
pub(crate) fn parse_list(
    (file, text): (&'static str, &str),
    allowed: &[&str],
) -> Result<PhraseSet, LexiconError> {
    let mut phrases = Vec::new();
    for row in tsv::rows(file, text, 2, 2)? {
        let label = row.get(1);
        if !allowed.contains(&label) {
            return Err(err(
                file,
                &row,
                format!("label `{label}` not one of {allowed:?}"),
            ));
        }
        phrases.push(Phrase::new(row.get(0), label, row.line));
    }
    Ok(PhraseSet::new(phrases))
}

/// Hedge kinds.
pub(crate) const HEDGE_LABELS: &[&str] = &["adverb", "adjective", "verbal", "phrase"];
/// Medium kinds.
pub(crate) const MEDIA_LABELS: &[&str] = &[
    "statement",
    "social",
    "interview",
    "press",
    "broadcast",
    "letter",
    "email",
    "speech",
    "document",
    "phone",
    "meeting",
    "web",
];
/// Negation kinds.
pub(crate) const NEGATION_LABELS: &[&str] =
    &["particle", "determiner", "adverb", "verb", "preposition"];
/// Modality kinds.
pub(crate) const MODALITY_LABELS: &[&str] = &[
    "future",
    "possibility",
    "necessity",
    "intention",
    "expectation",
    "threat",
    "promise",
    "condition",
    "question",
    "attempt",
    "desire",
];

/// Grammatical gender of a pronoun or anaphor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// he, him, his
    Masculine,
    /// she, her, hers
    Feminine,
    /// it, its
    Neuter,
    /// they, we, I, you, and nominal anaphors of people
    Unknown,
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// one referent
    Singular,
    /// several referents
    Plural,
    /// either (`you`, `the government` used as a collective)
    Either,
}

/// A pronoun or nominal anaphor (`the group`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pronoun {
    /// The form, lowercase; nominal anaphors are multiword (`the group`).
    pub form: String,
    /// `personal`, `possessive`, `reflexive`, `object` or `nominal`.
    pub kind: String,
    /// Grammatical person 1..=3.
    pub person: u8,
    /// Gender.
    pub gender: Gender,
    /// Number.
    pub number: Number,
    /// The entity type it can refer to: `PER`, `ORG`, `GPE`, `LOC` or `ANY`.
    pub entity_type: String,
}

/// Parses the pronoun table.
pub(crate) fn parse_pronouns(text: &str) -> Result<(Vec<Pronoun>, PhraseSet), LexiconError> {
    let file = PRONOUNS.0;
    let mut out = Vec::new();
    let mut phrases = Vec::new();
    for row in tsv::rows(file, text, 6, 6)? {
        let kind = row.get(1);
        if !matches!(
            kind,
            "personal" | "object" | "possessive" | "reflexive" | "nominal"
        ) {
            return Err(err(file, &row, format!("bad kind `{kind}`")));
        }
        let person = match row.get(2) {
            "1" => 1,
            "2" => 2,
            "3" => 3,
            other => return Err(err(file, &row, format!("bad person `{other}`"))),
        };
        let gender = match row.get(3) {
            "m" => Gender::Masculine,
            "f" => Gender::Feminine,
            "n" => Gender::Neuter,
            "x" => Gender::Unknown,
            other => return Err(err(file, &row, format!("bad gender `{other}`"))),
        };
        let number = match row.get(4) {
            "sg" => Number::Singular,
            "pl" => Number::Plural,
            "x" => Number::Either,
            other => return Err(err(file, &row, format!("bad number `{other}`"))),
        };
        let ty = row.get(5);
        if !matches!(ty, "PER" | "ORG" | "GPE" | "LOC" | "ANY") {
            return Err(err(file, &row, format!("bad entity type `{ty}`")));
        }
        phrases.push(Phrase::new(row.get(0), kind, row.line));
        out.push(Pronoun {
            form: row.get(0).to_string(),
            kind: kind.to_string(),
            person,
            gender,
            number,
            entity_type: ty.to_string(),
        });
    }
    Ok((out, PhraseSet::new(phrases)))
}
