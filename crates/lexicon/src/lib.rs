//! `dateline_lexicon`: the language lexicons of dateline.
//!
//! Everything here is data compiled in from reviewable TSV files under
//! `data/` (see `docs/lexicon.md`):
//!
//! * `data/cameo/codes.tsv`: every CAMEO 1.1b3 event code with its Goldstein
//!   weight, quad class and PLOVER type ([`CameoCode`]);
//! * `data/cameo/verbs.tsv`: verb and noun event patterns with their CAMEO
//!   codes, matched on clauses by [`Lexicon::match_events`];
//! * `data/lexicon/cues.tsv`: attribution cue verbs ([`Cue`]) and phrases
//!   ([`CuePhrase`]);
//! * `data/lexicon/verbs_irregular.tsv`: the verb inflection table behind
//!   [`inflections`] and [`Lexicon::lemma`];
//! * `data/lexicon/{hedges,media,negation,modality,pronouns}.tsv`: small
//!   word and phrase lists.
//!
//! The data is parsed once into a [`Lexicon`], reachable through
//! [`Lexicon::global`]. Parsing never panics: a malformed file leaves the
//! global lexicon empty and the error in [`Lexicon::global_error`]; tests make
//! sure that never happens for the shipped files.
//!
//! ```
//! use dateline_lexicon::{Lexicon, PatternKind};
//!
//! let lex = Lexicon::global();
//! assert_eq!(lex.cameo("195").map(|c| c.goldstein), Some(-10.0));
//! assert_eq!(lex.cue("said").map(|c| c.lemma.as_str()), Some("say"));
//!
//! let toks = ["police", "arrested", "three", "protesters", "."];
//! let events = lex.match_events(&toks);
//! assert_eq!(events[0].code, "173");
//! assert_eq!(events[0].kind, PatternKind::Verb);
//! assert_eq!(events[0].target, Some(2));
//! ```
#![deny(missing_docs)]

mod cameo;
mod cue_nouns;
mod cues;
mod error;
mod inflect;
mod lists;
mod not_targets;
mod pattern;
mod phrases;
mod tsv;

use foldhash::{HashMap, HashMapExt as _};
use std::sync::OnceLock;

pub use cameo::{quad_class_of_root, CameoCode};
pub use cue_nouns::{CueNoun, NounFrame};
pub use cues::{Cue, CuePhrase, PhraseFrame};
pub use error::LexiconError;
pub use inflect::VerbForms;
pub use lists::{Gender, Number, Pronoun};
pub use pattern::{EventMatch, PatternKind};
pub use phrases::{Phrase, PhraseHit, PhraseSet};

use inflect::Inflector;
use pattern::Patterns;

/// All lexicons, parsed and indexed.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    codes: Vec<CameoCode>,
    code_index: HashMap<String, usize>,
    inflector: Inflector,
    patterns: Patterns,
    cues: Vec<Cue>,
    cue_index: HashMap<String, usize>,
    /// The shapes of `cue_index`'s keys: most words asked about are no
    /// cue, and this turns nearly all of them away without hashing them.
    cue_shapes: KeyShapes,
    /// The shapes of the keys of `cue_noun_index`, asked about every word
    /// of the attributions stage.
    cue_noun_shapes: KeyShapes,
    cue_phrases: Vec<CuePhrase>,
    cue_phrase_set: PhraseSet,
    /// The cue of each particle phrase (`point out`), by phrase index.
    particle_cues: HashMap<usize, Cue>,
    cue_nouns: Vec<CueNoun>,
    cue_noun_index: HashMap<String, usize>,
    lemmas: HashMap<String, String>,
    hedges: PhraseSet,
    media: PhraseSet,
    negation: PhraseSet,
    modality: PhraseSet,
    pronouns: Vec<Pronoun>,
    pronoun_set: PhraseSet,
    /// (verb lemma, object noun) pairs that code no event.
    not_targets: HashMap<String, foldhash::HashSet<String>>,
}

/// The (first byte, length) and (last byte, length) pairs of a set of
/// keys, one bit per length (63 for 63 bytes or more) for each byte: a key
/// of another shape is in no map of those keys, which this tells without
/// hashing it.
#[derive(Debug, Clone)]
pub(crate) struct KeyShapes {
    first: [u64; 256],
    last: [u64; 256],
}

impl Default for KeyShapes {
    /// The shapes of no key: every key is turned away.
    fn default() -> KeyShapes {
        KeyShapes {
            first: [0; 256],
            last: [0; 256],
        }
    }
}

impl KeyShapes {
    pub(crate) fn of<'a>(keys: impl IntoIterator<Item = &'a str>) -> KeyShapes {
        let mut shapes = KeyShapes::default();
        for k in keys {
            if let (Some(&f), Some(&l)) = (k.as_bytes().first(), k.as_bytes().last()) {
                let bit = 1 << k.len().min(63);
                shapes.first[usize::from(f)] |= bit;
                shapes.last[usize::from(l)] |= bit;
            }
        }
        shapes
    }

    /// False only when no key has the shape of `key` (the empty key is
    /// never taken away: it may be a key).
    pub(crate) fn may_hold(&self, key: &str) -> bool {
        let b = key.as_bytes();
        let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
            return true;
        };
        let n = b.len().min(63);
        (self.first[usize::from(f)] & self.last[usize::from(l)]) >> n & 1 == 1
    }
}

static GLOBAL: OnceLock<(Lexicon, Option<LexiconError>)> = OnceLock::new();

impl Lexicon {
    /// The compiled-in lexicon, parsed on first use. If the data failed to
    /// parse this is an empty lexicon and [`Lexicon::global_error`] says why.
    pub fn global() -> &'static Lexicon {
        &GLOBAL.get_or_init(init).0
    }

    /// The error met while building [`Lexicon::global`], if any.
    pub fn global_error() -> Option<&'static LexiconError> {
        GLOBAL.get_or_init(init).1.as_ref()
    }

    /// Parses and validates every compiled-in data file.
    pub fn load() -> Result<Lexicon, LexiconError> {
        let (codes, code_index) = cameo::parse(cameo::TEXT)?;
        let inflector = Inflector::parse(inflect::TEXT)?;
        let patterns = Patterns::parse(pattern::TEXT, &inflector)?;
        for p in &patterns.patterns {
            if !code_index.contains_key(&p.code) {
                return Err(LexiconError::Invalid {
                    file: pattern::FILE,
                    line: p.line as usize,
                    message: format!("unknown CAMEO code {}", p.code),
                });
            }
        }
        let parsed = cues::parse(cues::TEXT)?;
        let cue_codes = parsed
            .verbs
            .iter()
            .map(|c| &c.cameo)
            .zip(&parsed.verb_lines)
            .chain(
                parsed
                    .phrases
                    .iter()
                    .map(|p| &p.cameo)
                    .zip(&parsed.phrase_cameo_lines),
            );
        for (code, &line) in cue_codes {
            if let Some(code) = code {
                if !code_index.contains_key(code) {
                    return Err(LexiconError::Invalid {
                        file: cues::FILE,
                        line,
                        message: format!("unknown CAMEO code {code}"),
                    });
                }
            }
        }
        let mut cue_index = HashMap::new();
        for (i, c) in parsed.verbs.iter().enumerate() {
            if cue_index.contains_key(&c.lemma) {
                return Err(LexiconError::Invalid {
                    file: cues::FILE,
                    line: parsed.verb_lines.get(i).copied().unwrap_or(0),
                    message: format!("duplicate cue {}", c.lemma),
                });
            }
            cue_index.insert(c.lemma.clone(), i);
        }
        // Inflected forms go in after all lemmas so that a lemma always maps
        // to its own entry (`found` the verb versus `find`).
        for (i, c) in parsed.verbs.iter().enumerate() {
            for f in inflector.forms(&c.lemma).all() {
                cue_index.entry(f).or_insert(i);
            }
        }
        let mut lemmas = HashMap::new();
        let all_lemmas: Vec<String> = inflector
            .lemmas()
            .map(str::to_string)
            .chain(parsed.verbs.iter().map(|c| c.lemma.clone()))
            .chain(patterns.verb_lemmas.iter().cloned())
            .filter(|l| !l.contains(' '))
            .collect();
        for l in &all_lemmas {
            lemmas.insert(l.clone(), l.clone());
        }
        for l in &all_lemmas {
            for f in inflector.forms(l).all() {
                lemmas.entry(f).or_insert_with(|| l.clone());
            }
        }
        let cue_phrase_set =
            PhraseSet::new(parsed.phrases.iter().map(|p| p.phrase.clone()).collect());
        // A particle cue's lemma: the first form of each token (`point out`).
        let particle_cues = parsed
            .phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| p.frame == PhraseFrame::Particle)
            .map(|(i, p)| {
                let lemma: Vec<&str> = p
                    .phrase
                    .text
                    .split_whitespace()
                    .filter_map(|t| t.split('|').next())
                    .collect();
                (
                    i,
                    Cue {
                        lemma: lemma.join(" "),
                        class: p.class.clone(),
                        addressee: false,
                        denial: p.denial,
                        hedge: p.hedge,
                        cameo: p.cameo.clone(),
                    },
                )
            })
            .collect();
        let (pronouns, pronoun_set) = lists::parse_pronouns(lists::PRONOUNS.1)?;
        let cue_nouns = cue_nouns::parse(cue_nouns::TEXT)?;
        let mut cue_noun_index = HashMap::new();
        for (i, n) in cue_nouns.iter().enumerate() {
            for form in std::iter::once(&n.noun).chain(n.plural.as_ref()) {
                if cue_noun_index.insert(form.clone(), i).is_some() {
                    return Err(LexiconError::Invalid {
                        file: cue_nouns::FILE,
                        line: 0,
                        message: format!("duplicate cue noun form {form}"),
                    });
                }
            }
        }
        let cue_shapes = KeyShapes::of(cue_index.keys().map(String::as_str));
        let cue_noun_shapes = KeyShapes::of(cue_noun_index.keys().map(String::as_str));
        Ok(Lexicon {
            codes,
            code_index,
            patterns,
            cues: parsed.verbs,
            cue_index,
            cue_shapes,
            cue_noun_shapes,
            cue_phrases: parsed.phrases,
            cue_phrase_set,
            particle_cues,
            cue_nouns,
            cue_noun_index,
            lemmas,
            hedges: lists::parse_list(lists::HEDGES, lists::HEDGE_LABELS)?,
            media: lists::parse_list(lists::MEDIA, lists::MEDIA_LABELS)?,
            negation: lists::parse_list(lists::NEGATION, lists::NEGATION_LABELS)?,
            modality: lists::parse_list(lists::MODALITY, lists::MODALITY_LABELS)?,
            pronouns,
            pronoun_set,
            inflector,
            not_targets: not_targets::parse(not_targets::TEXT)?,
        })
    }

    /// Whether `noun` (lowercase) as the object of the verb `lemma` makes
    /// the verb's single-word patterns code nothing ("killed crops", "fight
    /// poverty"); `data/cameo/not_targets.tsv`.
    pub fn not_target(&self, lemma: &str, noun: &str) -> bool {
        self.not_targets
            .get(lemma)
            .is_some_and(|nouns| nouns.contains(noun))
    }

    /// The CAMEO code `code` (`"19"`, `"195"`, `"1951"`).
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.code_index.get(code).and_then(|&i| self.codes.get(i))
    }

    /// Every CAMEO code, roots first within each family, in file order.
    pub fn cameo_codes(&self) -> &[CameoCode] {
        &self.codes
    }

    /// The attribution cue for a lowercase word in any inflection:
    /// `said` gives the `say` cue.
    pub fn cue(&self, word_lowercase: &str) -> Option<&Cue> {
        if !self.cue_shapes.may_hold(word_lowercase) {
            return None;
        }
        self.cue_index
            .get(word_lowercase)
            .and_then(|&i| self.cues.get(i))
    }

    /// The attribution cue noun for a lowercase word, singular or plural:
    /// `claims` gives the `claim` noun.
    pub fn cue_noun(&self, word_lowercase: &str) -> Option<&CueNoun> {
        if !self.cue_noun_shapes.may_hold(word_lowercase) {
            return None;
        }
        self.cue_noun_index
            .get(word_lowercase)
            .and_then(|&i| self.cue_nouns.get(i))
    }

    /// All cue nouns.
    pub fn cue_nouns(&self) -> &[CueNoun] {
        &self.cue_nouns
    }

    /// All cue verbs.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// All multiword cue phrases.
    pub fn cue_phrases(&self) -> &[CuePhrase] {
        &self.cue_phrases
    }

    /// Cue phrases found in lowercase tokens, longest first, non-overlapping;
    /// [`PhraseHit::index`] indexes [`Lexicon::cue_phrases`].
    pub fn find_cue_phrases<'a>(&'a self, tokens: &[&str]) -> Vec<PhraseHit<'a>> {
        self.cue_phrase_set.find(tokens)
    }

    /// A verb-and-particle cue (`pointed out`, `made it clear`, frame
    /// `particle`) starting at lowercase token `at`: how many tokens it
    /// takes, and the cue it makes (lemma `point out`, `make clear`).
    pub fn particle_cue_at(&self, tokens: &[&str], at: usize) -> Option<(usize, &Cue)> {
        let hit = self.cue_phrase_set.match_at(tokens, at)?;
        let cue = self.particle_cues.get(&hit.index)?;
        Some((hit.tokens.len(), cue))
    }

    /// The lemma of a lowercase verb form, for verbs known to any lexicon.
    pub fn lemma(&self, word_lowercase: &str) -> Option<&str> {
        self.lemmas.get(word_lowercase).map(String::as_str)
    }

    /// Every form of a verb lemma (`say` gives say, says, said, saying).
    pub fn inflections(&self, lemma: &str) -> Vec<String> {
        self.inflector.forms(lemma).all()
    }

    /// The forms of a verb lemma by grammatical role.
    pub fn verb_forms(&self, lemma: &str) -> VerbForms {
        self.inflector.forms(lemma)
    }

    /// True when the lowercase word or phrase is a hedge (`allegedly`,
    /// `said to be`).
    pub fn is_hedge(&self, text: &str) -> bool {
        self.hedges.contains(text)
    }

    /// The hedge list.
    pub fn hedges(&self) -> &PhraseSet {
        &self.hedges
    }

    /// The medium phrases (`in a statement`, `on x`); labels name the medium
    /// kind.
    pub fn media(&self) -> &PhraseSet {
        &self.media
    }

    /// True when the lowercase word or phrase is a negation (`not`, `n't`,
    /// `refused to`).
    pub fn is_negation(&self, text: &str) -> bool {
        self.negation.contains(text)
    }

    /// The negation list.
    pub fn negation(&self) -> &PhraseSet {
        &self.negation
    }

    /// True when the lowercase word or phrase marks modality (`will`,
    /// `plans to`, `if`).
    pub fn is_modal(&self, text: &str) -> bool {
        self.modality.contains(text)
    }

    /// The modality list; labels name the kind (future, condition...).
    pub fn modality(&self) -> &PhraseSet {
        &self.modality
    }

    /// The pronoun or nominal anaphor written `form` (`she`, `the group`).
    pub fn pronoun(&self, form: &str) -> Option<&Pronoun> {
        let hit = self.pronoun_set.get(form)?;
        let idx = self
            .pronoun_set
            .phrases()
            .iter()
            .position(|p| std::ptr::eq(p, hit))?;
        self.pronouns.get(idx)
    }

    /// Pronouns and nominal anaphors found in lowercase tokens;
    /// [`PhraseHit::index`] indexes [`Lexicon::pronouns`].
    pub fn find_pronouns<'a>(&'a self, tokens: &[&str]) -> Vec<PhraseHit<'a>> {
        self.pronoun_set.find(tokens)
    }

    /// All pronouns and nominal anaphors.
    pub fn pronouns(&self) -> &[Pronoun] {
        &self.pronouns
    }

    /// Match event patterns on a clause. `tokens` are lowercase surface
    /// words with punctuation as separate tokens. Returns the best
    /// non-overlapping matches in token order: for each head the longest,
    /// most specific pattern wins.
    pub fn match_events(&self, tokens: &[&str]) -> Vec<EventMatch> {
        self.patterns.match_events(tokens)
    }

    /// The best match of a pattern of `kind` whose head is token `i`, for a
    /// caller whose tagger rules out the reading [`Lexicon::match_events`]
    /// chose there: at "carried out a raid in the town" the verb pattern
    /// `raid TGT` beats the noun `raid`, and the tagger says noun.
    pub fn match_kind_at(
        &self,
        tokens: &[&str],
        i: usize,
        kind: PatternKind,
    ) -> Option<EventMatch> {
        self.patterns.match_kind_at(tokens, i, kind)
    }

    /// Number of event patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.patterns.len()
    }
}

fn init() -> (Lexicon, Option<LexiconError>) {
    match Lexicon::load() {
        Ok(l) => (l, None),
        Err(e) => (Lexicon::default(), Some(e)),
    }
}

/// The lemma of a lowercase verb form known to any lexicon (global lexicon).
pub fn lemma(word_lowercase: &str) -> Option<&'static str> {
    Lexicon::global().lemma(word_lowercase)
}

/// Every form of a verb lemma, using the global irregular table.
pub fn inflections(lemma: &str) -> Vec<String> {
    Lexicon::global().inflections(lemma)
}

#[cfg(test)]
mod tests;
