//! Multiword phrase sets: hedges, media, negation, modality, cue phrases and
//! nominal anaphors all share this matcher.
//!
//! A phrase is a sequence of tokens, each token a set of `|`-separated
//! alternatives (`say|said|says in a statement`). Phrases are indexed by every
//! alternative of their first token, so a scan costs one hash lookup a token.

use foldhash::{HashMap, HashMapExt as _};
use std::ops::Range;

/// One phrase of a set, with the label from its data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written in the data file.
    pub text: String,
    /// The label column (hedge kind, medium, modality kind...).
    pub label: String,
    /// 1-based line in the data file.
    pub line: u32,
    tokens: Vec<Vec<Box<str>>>,
}

impl Phrase {
    /// Builds a phrase from its written form (`a|b c d`).
    pub(crate) fn new(text: &str, label: &str, line: usize) -> Self {
        let tokens = text
            .split_whitespace()
            .map(|t| t.split('|').map(Box::from).collect())
            .collect();
        Self {
            text: text.to_string(),
            label: label.to_string(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            tokens,
        }
    }

    /// Number of tokens in the phrase.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True for an empty phrase (never produced by the loaders).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    fn matches_at(&self, toks: &[&str], at: usize) -> bool {
        at + self.tokens.len() <= toks.len()
            && self
                .tokens
                .iter()
                .zip(&toks[at..])
                .all(|(alts, t)| alts.iter().any(|a| &**a == *t))
    }
}

/// A phrase found in a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseHit<'a> {
    /// The phrase that matched.
    pub phrase: &'a Phrase,
    /// Its index in the set.
    pub index: usize,
    /// The matched tokens.
    pub tokens: Range<usize>,
}

/// A set of phrases indexed by first token.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    first: HashMap<Box<str>, Vec<u32>>,
    /// The shapes of the keys of `first`: most tokens of a scan open no
    /// phrase, and are turned away before hashing.
    first_shapes: crate::KeyShapes,
}

impl PhraseSet {
    /// Builds the index; longer phrases are tried first at each position.
    pub(crate) fn new(phrases: Vec<Phrase>) -> Self {
        let mut first: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        for (i, p) in phrases.iter().enumerate() {
            if let Some(alts) = p.tokens.first() {
                for a in alts {
                    first
                        .entry(a.clone())
                        .or_default()
                        .push(u32::try_from(i).unwrap_or(u32::MAX));
                }
            }
        }
        for ids in first.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(phrases.get(i as usize).map_or(0, Phrase::len)));
        }
        let first_shapes = crate::KeyShapes::of(first.keys().map(|k| &**k));
        Self {
            phrases,
            first,
            first_shapes,
        }
    }

    /// All phrases, in file order.
    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// The phrase written exactly as `text` (single words included).
    pub fn get(&self, text: &str) -> Option<&Phrase> {
        let toks: Vec<&str> = text.split_whitespace().collect();
        let ids = self.first.get(*toks.first()?)?;
        ids.iter()
            .filter_map(|&i| self.phrases.get(i as usize))
            .find(|p| p.len() == toks.len() && p.matches_at(&toks, 0))
    }

    /// True when `text` is a phrase of the set.
    pub fn contains(&self, text: &str) -> bool {
        self.get(text).is_some()
    }

    /// Longest phrase starting at token `at`.
    pub fn match_at<'a>(&'a self, toks: &[&str], at: usize) -> Option<PhraseHit<'a>> {
        let tok = *toks.get(at)?;
        if !self.first_shapes.may_hold(tok) {
            return None;
        }
        let ids = self.first.get(tok)?;
        ids.iter().find_map(|&i| {
            let p = self.phrases.get(i as usize)?;
            p.matches_at(toks, at).then(|| PhraseHit {
                phrase: p,
                index: i as usize,
                tokens: at..at + p.len(),
            })
        })
    }

    /// Non-overlapping longest matches, left to right.
    pub fn find<'a>(&'a self, toks: &[&str]) -> Vec<PhraseHit<'a>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.match_at(toks, i) {
                Some(hit) => {
                    i = hit.tokens.end.max(i + 1);
                    out.push(hit);
                }
                None => i += 1,
            }
        }
        out
    }
}
