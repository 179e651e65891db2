//! English verb and noun inflection: rules plus the irregular table
//! (`data/lexicon/verbs_irregular.tsv`).
//!
//! The lexicons list lemmas only; this module produces every surface form so
//! that a pattern written `slam` matches `slams`, `slammed` and `slamming`.
//! Regular forms follow the spelling rules (`-es` after sibilants, `y` to `ie`,
//! final `e` dropped before `-ing`, consonant doubling in one-syllable words);
//! the table overrides them for irregular verbs and for longer verbs with
//! final stress (`admit` / `admitted`).

use foldhash::{HashMap, HashMapExt as _};

use crate::tsv::{self, err};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/lexicon/verbs_irregular.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/lexicon/verbs_irregular.tsv");

/// All forms of one verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForms {
    /// The base form: `say`.
    pub lemma: String,
    /// Third person singular present: `says`.
    pub third: String,
    /// Other present forms of the few verbs that have them (`are`, `am`).
    pub other_present: Vec<String>,
    /// Simple past forms: `said` (some verbs have two: `dreamed`, `dreamt`).
    pub past: Vec<String>,
    /// Past participle forms: `said`.
    pub participle: Vec<String>,
    /// Present participle: `saying`.
    pub gerund: String,
}

impl VerbForms {
    /// Every distinct form, the lemma first.
    pub fn all(&self) -> Vec<String> {
        let mut out = vec![self.lemma.clone(), self.third.clone()];
        out.extend(self.other_present.iter().cloned());
        out.extend(self.past.iter().cloned());
        out.extend(self.participle.iter().cloned());
        out.push(self.gerund.clone());
        let mut seen = std::collections::HashSet::new();
        out.retain(|f| seen.insert(f.clone()));
        out
    }
}

/// The irregular table, keyed by lemma.
#[derive(Debug, Default, Clone)]
pub(crate) struct Inflector {
    irregular: HashMap<String, VerbForms>,
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Number of vowel groups, treating `qu` as a consonant.
fn syllables(w: &[u8]) -> usize {
    let mut count = 0;
    let mut prev_vowel = false;
    for (i, &c) in w.iter().enumerate() {
        let v = is_vowel(c) && !(c == b'u' && i > 0 && w[i - 1] == b'q');
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    count
}

/// One-syllable consonant-vowel-consonant words double their final consonant
/// (`stop` / `stopped`); longer words with final stress are in the table.
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    c2.is_ascii_lowercase()
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
        && is_vowel(v)
        && (!is_vowel(c1) || (c1 == b'u' && n >= 4 && b[n - 4] == b'q'))
        && syllables(b) == 1
}

fn consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

/// Third person singular by rule.
pub fn third_person(w: &str) -> String {
    if consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
        || (w.ends_with('o') && !w.ends_with("oo"))
    {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Noun plural by rule (the same spelling rules as the third person).
pub fn plural(w: &str) -> String {
    third_person(w)
}

fn past_rule(w: &str) -> String {
    if w.ends_with('e') {
        format!("{w}d")
    } else if consonant_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else if w.ends_with('c') {
        format!("{w}ked")
    } else if doubles(w) {
        format!("{w}{}ed", &w[w.len() - 1..])
    } else {
        format!("{w}ed")
    }
}

fn gerund_rule(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if w.ends_with('e')
        && !w.ends_with("ee")
        && !w.ends_with("ye")
        && !w.ends_with("oe")
        && w.len() > 2
    {
        format!("{}ing", &w[..w.len() - 1])
    } else if w.ends_with('c') {
        format!("{w}king")
    } else if doubles(w) {
        format!("{w}{}ing", &w[w.len() - 1..])
    } else {
        format!("{w}ing")
    }
}

/// The regular forms of `lemma`.
pub fn regular(lemma: &str) -> VerbForms {
    let past = past_rule(lemma);
    VerbForms {
        lemma: lemma.to_string(),
        third: third_person(lemma),
        other_present: Vec::new(),
        past: vec![past.clone()],
        participle: vec![past],
        gerund: gerund_rule(lemma),
    }
}

impl Inflector {
    /// Parses the irregular table.
    pub(crate) fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut irregular = HashMap::new();
        for row in tsv::rows(FILE, text, 5, 5)? {
            let lemma = row.get(0);
            if !lemma.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return Err(err(
                    FILE,
                    &row,
                    format!("lemma `{lemma}` must be lowercase ascii"),
                ));
            }
            let base = regular(lemma);
            let pick = |i: usize, default: &[String]| -> Vec<String> {
                match row.get(i) {
                    "-" => default.to_vec(),
                    s => s.split('|').map(str::to_string).collect(),
                }
            };
            let third = pick(1, std::slice::from_ref(&base.third));
            let past = pick(2, &base.past);
            let participle = match row.get(3) {
                // A `-` participle repeats the (possibly irregular) past.
                "-" => past.clone(),
                s => s.split('|').map(str::to_string).collect(),
            };
            let gerund = pick(4, std::slice::from_ref(&base.gerund));
            let forms = VerbForms {
                lemma: lemma.to_string(),
                third: third.first().cloned().unwrap_or(base.third),
                other_present: third.iter().skip(1).cloned().collect(),
                past,
                participle,
                gerund: gerund.first().cloned().unwrap_or(base.gerund),
            };
            if irregular.insert(lemma.to_string(), forms).is_some() {
                return Err(err(FILE, &row, format!("duplicate lemma {lemma}")));
            }
        }
        Ok(Self { irregular })
    }

    /// The forms of `lemma`: from the table when irregular, else by rule.
    /// Multiword lemmas (`set up`) inflect their first word.
    pub(crate) fn forms(&self, lemma: &str) -> VerbForms {
        if let Some((first, rest)) = lemma.split_once(' ') {
            let f = self.forms(first);
            let add = |s: &String| format!("{s} {rest}");
            return VerbForms {
                lemma: lemma.to_string(),
                third: add(&f.third),
                other_present: f.other_present.iter().map(add).collect(),
                past: f.past.iter().map(add).collect(),
                participle: f.participle.iter().map(add).collect(),
                gerund: add(&f.gerund),
            };
        }
        self.irregular
            .get(lemma)
            .cloned()
            .unwrap_or_else(|| regular(lemma))
    }

    /// Lemmas listed in the irregular table.
    pub(crate) fn lemmas(&self) -> impl Iterator<Item = &str> {
        self.irregular.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lemma: &str, third: &str, past: &str, gerund: &str) {
        let f = regular(lemma);
        assert_eq!(
            (f.third.as_str(), f.past[0].as_str(), f.gerund.as_str()),
            (third, past, gerund),
            "{lemma}"
        );
    }

    #[test]
    fn regular_spelling_rules() {
        check("deny", "denies", "denied", "denying");
        check("slam", "slams", "slammed", "slamming");
        check("stop", "stops", "stopped", "stopping");
        check("agree", "agrees", "agreed", "agreeing");
        check("visit", "visits", "visited", "visiting");
        check("urge", "urges", "urged", "urging");
        check("push", "pushes", "pushed", "pushing");
        check("veto", "vetoes", "vetoed", "vetoing");
        check("stay", "stays", "stayed", "staying");
        check("die", "dies", "died", "dying");
        check("panic", "panics", "panicked", "panicking");
        check("quit", "quits", "quitted", "quitting");
        check("meet", "meets", "meeted", "meeting");
        check("fix", "fixes", "fixed", "fixing");
        check("see", "sees", "seed", "seeing");
    }
}
