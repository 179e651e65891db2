//! Event patterns (`data/cameo/verbs.tsv`) and the clause matcher.
//!
//! The pattern language (also documented in the file header and in
//! `docs/lexicon.md`):
//!
//! * `word`      a literal token; the head token (see below) matches every
//!   inflection of its lemma, other tokens match as written;
//! * `~word`     a non-head token that also matches its inflections;
//! * `@word`     marks the head when it is not the first word (`air @strike`);
//! * `a|b`       alternatives;
//! * `(x)`       an optional token (`(a|b)` for optional alternatives);
//! * `*`         a gap of 0..=3 non-punctuation tokens;
//! * `TGT`       where the target noun phrase starts. At the end of a pattern
//!   it never blocks a match (the target is reported when the next token can
//!   start a noun phrase); inside a pattern it spans 1..=6 words, and a
//!   short parenthesis after its first word ("(FARC)") does not count.
//!
//! Patterns are indexed by every surface form of their head, so matching a
//! clause costs one hash lookup a token plus work proportional to the few
//! patterns sharing a head.

use foldhash::HashMap;
use std::ops::Range;

use crate::inflect::{plural, Inflector};
use crate::tsv::{self, err, is_punct};
use crate::LexiconError;

pub(crate) const FILE: &str = "data/cameo/verbs.tsv";
pub(crate) const TEXT: &str = include_str!("../../../data/cameo/verbs.tsv");

/// Maximum tokens a `*` gap spans.
const GAP: usize = 3;
/// Maximum tokens a `**` gap spans: what a `*` gap spans, or up to this
/// many words of an object noun phrase's modifiers (`lifted a 100 km travel
/// restriction`); beyond `GAP` words it does not cross a word of
/// `LONG_GAP_STOPS`, and a match that needs that reach ranks below one that
/// does not (`Cand::score`).
const LONG_GAP: usize = 8;
/// Words a `**` gap does not cross: prepositions other than `of`, some words
/// that open a clause, and forms of `be`/`have`, so that the gap's words
/// mostly stay modifiers of the noun the pattern names after it (an "and"
/// before a determiner or a pronoun stops it too; names and other verbs
/// are not recognised here, the tokens being lowercase words).
const LONG_GAP_STOPS: &[&str] = &[
    "to", "on", "in", "at", "for", "with", "by", "from", "into", "onto", "against", "about",
    "after", "before", "during", "since", "until", "that", "which", "who", "whom", "whose", "when",
    "where", "while", "because", "if", "as", "but", "or", "nor", "not", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "said",
];
/// Prepositions that a `**` gap right before a literal `to` crosses: the
/// gap then holds a moved thing and its post-modifiers (`returned a
/// necklace engraved with a queen's image to X`, `handed the keys of the
/// old fort in the north to X`), and only `to` itself marks the recipient.
const OBJECT_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "for", "with", "by", "from", "about", "since", "during", "against",
];
/// Maximum tokens a `**` gap before a literal `to` spans (a moved thing
/// with its post-modifiers, see `OBJECT_PREPOSITIONS`).
const OBJECT_GAP: usize = 12;
/// Maximum tokens an inner `TGT` slot spans.
const TARGET_SPAN: usize = 6;

/// Whether a pattern is headed by a verb or by an event noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternKind {
    /// A verb pattern: `launch air strikes on TGT`.
    Verb,
    /// A nominal event: `attack on TGT`, `ceasefire`.
    Noun,
}

/// One event pattern matched in a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMatch {
    /// CAMEO code of the pattern.
    pub code: String,
    /// Verb or noun pattern.
    pub kind: PatternKind,
    /// Token index of the head word.
    pub head: usize,
    /// The matched tokens (the target noun phrase only when it sits inside
    /// the pattern, as in `accuse TGT of`).
    pub tokens: Range<usize>,
    /// Token index where the `TGT` slot starts, if it was filled.
    pub target: Option<usize>,
    /// The head verb is a passive participle (`was attacked by`); the
    /// grammatical subject is then the target, and the `by` phrase the source.
    pub passive: bool,
    /// For passives, the token index after `by` (the agent), if present.
    pub agent: Option<usize>,
    /// Literal words matched (the head included): a pattern of several
    /// words is evidence enough of its reading, one word alone is not.
    pub literals: usize,
    /// Line number of the pattern in `data/cameo/verbs.tsv`, for debugging.
    pub pattern: u32,
}

#[derive(Debug, Clone)]
enum Elem {
    Word {
        alts: Vec<Box<str>>,
        optional: bool,
    },
    Gap,
    /// `**`: a longer gap inside a noun phrase (`LONG_GAP`).
    LongGap,
    Target,
}

/// A parsed pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub code: String,
    pub kind: PatternKind,
    elems: Vec<Elem>,
    head: usize,
    participles: Vec<Box<str>>,
    /// For each word the pattern needs besides its head (no optional
    /// one), the [`WordBits`] of its forms: a clause that holds none of
    /// them cannot match, and most tries end there.
    required: Vec<WordBits>,
    pub line: u32,
}

/// A 256-bit summary of a set of words, one bit a word by a hash of its
/// length and bytes at its ends: a word whose bit is not set is not in the
/// set (a set bit proves nothing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordBits([u64; 4]);

impl WordBits {
    fn bit(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = (b.first().copied(), b.last().copied());
        let before_last = b.len().checked_sub(2).and_then(|k| b.get(k)).copied();
        let h = (b.len() as u64)
            ^ (u64::from(first.unwrap_or(0)) << 8)
            ^ (u64::from(last.unwrap_or(0)) << 16)
            ^ (u64::from(before_last.unwrap_or(0)) << 24);
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
    }

    fn add(&mut self, word: &str) {
        let k = Self::bit(word);
        self.0[k / 64] |= 1 << (k % 64);
    }

    /// The summary of `words`.
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> WordBits {
        let mut bits = WordBits::default();
        for w in words {
            bits.add(w);
        }
        bits
    }

    /// Whether the two sets may share a word.
    fn meets(&self, other: &WordBits) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// All patterns with the head index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Patterns {
    pub patterns: Vec<Pattern>,
    index: HashMap<Box<str>, Vec<u32>>,
    /// Lemmas of verb heads and `~` words, for the lemma table.
    pub verb_lemmas: Vec<String>,
}

fn parse_pattern(
    row: &tsv::Row<'_>,
    inf: &Inflector,
) -> Result<(Pattern, Vec<String>), LexiconError> {
    let code = row.get(0).to_string();
    let kind = match row.get(1) {
        "verb" => PatternKind::Verb,
        "noun" => PatternKind::Noun,
        other => {
            return Err(err(
                FILE,
                row,
                format!("kind must be verb or noun, found `{other}`"),
            ))
        }
    };
    let mut elems = Vec::new();
    let mut head = None;
    let mut first_word = None;
    let mut participles = Vec::new();
    let mut extra_lemmas = Vec::new();
    let raw: Vec<&str> = row.get(2).split_whitespace().collect();
    for tok in &raw {
        match *tok {
            "*" => elems.push(Elem::Gap),
            "**" => elems.push(Elem::LongGap),
            "TGT" => elems.push(Elem::Target),
            _ => {
                let (body, optional) = match tok.strip_prefix('(').and_then(|t| t.strip_suffix(')'))
                {
                    Some(inner) => (inner, true),
                    None => (*tok, false),
                };
                let (body, is_head) = match body.strip_prefix('@') {
                    Some(b) => (b, true),
                    None => (body, false),
                };
                let (body, inflect) = match body.strip_prefix('~') {
                    Some(b) => (b, true),
                    None => (body, false),
                };
                if body.is_empty() || body.contains(['(', ')', '@', '~', '*']) {
                    return Err(err(FILE, row, format!("malformed token `{tok}`")));
                }
                if is_head && head.is_some() {
                    return Err(err(FILE, row, "two `@` heads"));
                }
                if is_head && optional {
                    return Err(err(FILE, row, "the head cannot be optional"));
                }
                if is_head {
                    head = Some(elems.len());
                }
                if first_word.is_none() && !optional {
                    first_word = Some(elems.len());
                }
                let mut alts: Vec<Box<str>> = Vec::new();
                for a in body.split('|') {
                    if a.is_empty() {
                        return Err(err(FILE, row, format!("empty alternative in `{tok}`")));
                    }
                    if inflect {
                        alts.extend(inf.forms(a).all().into_iter().map(Box::from));
                        extra_lemmas.push(a.to_string());
                    } else {
                        alts.push(Box::from(a));
                    }
                }
                elems.push(Elem::Word { alts, optional });
            }
        }
    }
    let head = head
        .or(first_word)
        .ok_or_else(|| err(FILE, row, "pattern has no head word"))?;
    // The head matches every inflection of its lemma(s).
    if let Some(Elem::Word { alts, .. }) = elems.get_mut(head) {
        let lemmas: Vec<Box<str>> = std::mem::take(alts);
        let mut forms: Vec<Box<str>> = Vec::new();
        for l in &lemmas {
            match kind {
                PatternKind::Verb => {
                    let f = inf.forms(l);
                    participles.extend(f.participle.iter().map(|p| Box::from(p.as_str())));
                    forms.extend(f.all().into_iter().map(Box::from));
                    extra_lemmas.push(l.to_string());
                }
                PatternKind::Noun => {
                    forms.push(l.clone());
                    forms.push(Box::from(plural(l)));
                }
            }
        }
        forms.dedup();
        *alts = forms;
    }
    let required = elems
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != head)
        .filter_map(|(_, e)| match e {
            Elem::Word {
                alts,
                optional: false,
            } => Some(WordBits::of(alts.iter().map(|a| &**a))),
            _ => None,
        })
        .collect();
    Ok((
        Pattern {
            code,
            kind,
            elems,
            head,
            participles,
            required,
            line: u32::try_from(row.line).unwrap_or(u32::MAX),
        },
        extra_lemmas,
    ))
}

impl Patterns {
    /// Parses the pattern file.
    pub(crate) fn parse(text: &str, inf: &Inflector) -> Result<Self, LexiconError> {
        let mut out = Self::default();
        for row in tsv::rows(FILE, text, 3, 3)? {
            let (p, lemmas) = parse_pattern(&row, inf)?;
            out.verb_lemmas.extend(lemmas);
            let id = u32::try_from(out.patterns.len()).unwrap_or(u32::MAX);
            if let Some(Elem::Word { alts, .. }) = p.elems.get(p.head) {
                for a in alts {
                    let ids = out.index.entry(a.clone()).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            out.patterns.push(p);
        }
        Ok(out)
    }

    /// Matches all patterns on a clause; see [`crate::Lexicon::match_events`].
    pub(crate) fn match_events(&self, toks: &[&str]) -> Vec<EventMatch> {
        let mut cands: Vec<Cand> = Vec::new();
        // Most tries fail within a token or two: they share one anchor
        // buffer, and only a better match than the best so far is copied.
        let mut scratch: Vec<usize> = Vec::new();
        let words = WordBits::of(toks.iter().copied());
        for i in 0..toks.len() {
            cands.extend(self.best_at(toks, i, |_| true, &words, &mut scratch));
        }
        select(cands)
    }

    /// The best match, among the patterns `keep` accepts, whose head is
    /// token `i`; `words` is the [`WordBits`] of `toks`.
    fn best_at(
        &self,
        toks: &[&str],
        i: usize,
        keep: impl Fn(&Pattern) -> bool,
        words: &WordBits,
        scratch: &mut Vec<usize>,
    ) -> Option<Cand> {
        let ids = self.index.get(*toks.get(i)?)?;
        let mut best: Option<Cand> = None;
        for &id in ids {
            let Some(p) = self.patterns.get(id as usize) else {
                continue;
            };
            if !keep(p) || !p.required.iter().all(|r| r.meets(words)) {
                continue;
            }
            if let Some((m, long)) = p.match_at(toks, i, scratch) {
                let score = Cand::score_of(&m, scratch.len(), long);
                if best.as_ref().is_none_or(|b| score > b.score()) {
                    best = Some(Cand {
                        m,
                        anchors: scratch.clone(),
                        long,
                    });
                }
            }
        }
        best
    }

    /// The best match of a pattern of `kind` whose head is token `i`; see
    /// [`crate::Lexicon::match_kind_at`].
    pub(crate) fn match_kind_at(
        &self,
        toks: &[&str],
        i: usize,
        kind: PatternKind,
    ) -> Option<EventMatch> {
        let words = WordBits::of(toks.iter().copied());
        self.best_at(toks, i, |p| p.kind == kind, &words, &mut Vec::new())
            .map(|c| c.m)
    }

    /// Looks up patterns by head surface form (for tests).
    #[cfg(test)]
    pub(crate) fn by_head(&self, form: &str) -> impl Iterator<Item = &Pattern> {
        self.index
            .get(form)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.patterns.get(i as usize))
    }
}

/// A match under consideration, with its specificity.
#[derive(Debug, Clone)]
struct Cand {
    m: EventMatch,
    /// Literal tokens matched (the anchors), in order.
    anchors: Vec<usize>,
    /// A `**` gap spans more than a `*` gap could.
    long: bool,
}

impl Cand {
    /// Literal evidence first, then a filled target, then a match whose
    /// gaps are all within `*`'s reach (a `**` gap is the last resort when
    /// an object's modifiers are long), then the more specific (longer)
    /// CAMEO code, then the longer span.
    fn score(&self) -> (usize, usize, bool, usize, usize) {
        Cand::score_of(&self.m, self.anchors.len(), self.long)
    }

    /// [`Cand::score`] of a match with `anchors` literal tokens.
    fn score_of(m: &EventMatch, anchors: usize, long: bool) -> (usize, usize, bool, usize, usize) {
        (
            anchors,
            usize::from(m.target.is_some()),
            !long,
            m.code.len(),
            m.tokens.len(),
        )
    }

    /// The order across heads: as [`Cand::score`], except that at equal
    /// literal evidence a verb pattern beats a noun pattern it overlaps. The
    /// noun is then the verb's object (`lifted sanctions against X`,
    /// `suspended aid to X`), and the verb says what happened to it.
    fn select_score(&self) -> (usize, bool, usize, bool, usize, usize) {
        let (a, t, short, c, s) = self.score();
        (a, self.m.kind == PatternKind::Verb, t, short, c, s)
    }
}

/// Keeps the best non-overlapping candidates: two matches overlap when they
/// share an anchor token, so an event inside another's target slot survives
/// (`accused the army of attacking villages`).
fn select(mut cands: Vec<Cand>) -> Vec<EventMatch> {
    if cands.len() <= 1 {
        return cands.into_iter().map(|c| c.m).collect();
    }
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by(|&a, &b| {
        let (ca, cb) = (&cands[a], &cands[b]);
        cb.select_score()
            .cmp(&ca.select_score())
            .then(ca.m.head.cmp(&cb.m.head))
    });
    let mut taken: Vec<usize> = Vec::new();
    let mut keep = vec![false; cands.len()];
    for i in order {
        let c = &cands[i];
        if c.anchors.iter().all(|a| !taken.contains(a)) {
            taken.extend(&c.anchors);
            keep[i] = true;
        }
    }
    let mut out: Vec<EventMatch> = Vec::new();
    for (i, c) in cands.drain(..).enumerate() {
        if keep[i] {
            out.push(c.m);
        }
    }
    out.sort_by_key(|m| m.head);
    out
}

/// Words that cannot start a target noun phrase.
fn np_start(t: &str) -> bool {
    !is_punct(t)
        && !matches!(
            t,
            "on" | "in"
                | "at"
                | "by"
                | "for"
                | "with"
                | "to"
                | "from"
                | "after"
                | "before"
                | "during"
                | "over"
                | "since"
                | "as"
                | "which"
                | "who"
                | "and"
                | "but"
                | "or"
                | "if"
                | "while"
                | "when"
                | "was"
                | "were"
                | "is"
                | "are"
                | "be"
                | "been"
                | "said"
                | "says"
                | "would"
                | "will"
                | "could"
                | "has"
                | "had"
                | "have"
                | "not"
                | "of"
                | "into"
                | "late"
                | "early"
                | "last"
                | "yesterday"
                | "today"
                | "tomorrow"
                | "earlier"
                | "again"
                | "also"
                | "because"
                | "amid"
                | "despite"
                | "until"
                | "following"
                | "under"
                | "near"
                | "outside"
                | "inside"
                | "across"
                | "through"
        )
}

const BE: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "'s", "am", "'re", "get", "got", "gets",
    "getting", "gotten",
];

fn is_adverb(t: &str) -> bool {
    matches!(
        t,
        "not"
            | "n't"
            | "also"
            | "never"
            | "just"
            | "already"
            | "again"
            | "then"
            | "later"
            | "reportedly"
            | "allegedly"
    ) || (t.len() > 4 && t.ends_with("ly"))
}

/// True when the head at `i` is preceded by a form of `be`/`get`, allowing
/// up to two adverbs in between (`was reportedly attacked`).
/// Punctuation ends a gap, except currency and percent signs, which belong
/// to the amount they precede ("gave $2 million").
/// A word that opens a clause, which an inner target noun phrase does not
/// run across ("agree with the board that ... to").
fn opens_clause(token: &str) -> bool {
    matches!(
        token,
        "that"
            | "what"
            | "which"
            | "who"
            | "whom"
            | "whether"
            | "because"
            | "if"
            | "when"
            | "while"
    )
}

/// Most words a parenthesis inside an inner target holds.
const PAREN_WORDS: usize = 4;

/// The closing parenthesis of a short parenthesis of words opening at
/// `open` ("( FARC )"): 1..=`PAREN_WORDS` tokens, none of them punctuation.
fn paren_close(toks: &[&str], open: usize) -> Option<usize> {
    let close = (open + 2..toks.len().min(open + PAREN_WORDS + 2)).find(|&k| toks[k] == ")")?;
    toks[open + 1..close]
        .iter()
        .all(|t| !is_punct(t))
        .then_some(close)
}

/// The closing comma of an apposition opening with the comma at `open`
/// ("the agency , a charity ,"): 1..=`TARGET_SPAN` words, no punctuation
/// but a short parenthesis, none opening a clause or a word of
/// `LONG_GAP_STOPS` but "of", the first no coordinator (a list,
/// "X , Y and Z", is no apposition).
fn apposition_close(toks: &[&str], open: usize) -> Option<usize> {
    let first = toks.get(open + 1)?;
    if matches!(*first, "and" | "or" | "but" | "nor") || !np_start(first) {
        return None;
    }
    let (mut k, mut n) = (open + 1, 0);
    while n <= TARGET_SPAN {
        let t = toks.get(k)?;
        if *t == "," {
            return (n > 0).then_some(k);
        }
        if *t == "(" && n > 0 {
            k = paren_close(toks, k)? + 1;
            continue;
        }
        // ("the vaccine, developed to fight malaria, to": a participle's
        // phrase, no noun phrase.)
        if is_punct(t)
            || opens_clause(t)
            || matches!(*t, "and" | "or")
            || (*t != "of" && LONG_GAP_STOPS.contains(t))
        {
            return None;
        }
        k += 1;
        n += 1;
    }
    None
}

/// The apostrophe of a plural possessive ("the rebels' demands"), which a
/// gap runs across as it does across "'s".
fn possessive_mark(toks: &[&str], k: usize) -> bool {
    k > 0
        && toks.get(k).is_some_and(|t| matches!(*t, "'" | "’"))
        && toks[k - 1].ends_with('s')
        && toks[k - 1].chars().all(char::is_alphabetic)
        && toks.get(k + 1).is_some_and(|t| !is_punct(t))
}

/// Whether a `**` gap longer than a `*` gap may not hold `token`:
/// punctuation other than a currency sign, or a word of `LONG_GAP_STOPS`.
fn breaks_long_gap(token: &str) -> bool {
    breaks_gap(token) || LONG_GAP_STOPS.contains(&token)
}

fn breaks_gap(token: &str) -> bool {
    is_punct(token) && !matches!(token, "$" | "€" | "£" | "¥" | "%" | "US$")
}

fn passive_aux(toks: &[&str], i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        if j == 0 {
            return false;
        }
        j -= 1;
        let t = toks[j];
        if BE.contains(&t) {
            return true;
        }
        if !is_adverb(t) {
            return false;
        }
    }
    false
}

#[derive(Clone, Copy, Default)]
struct State {
    target: Option<usize>,
    /// A `**` gap spans more than `GAP` tokens.
    long: bool,
}

impl Pattern {
    /// The match of this pattern with its head at `i`; its literal tokens
    /// are left in `anchors`, sorted.
    fn match_at(
        &self,
        toks: &[&str],
        i: usize,
        anchors: &mut Vec<usize>,
    ) -> Option<(EventMatch, bool)> {
        anchors.clear();
        let start = back(&self.elems[..self.head], toks, i, anchors)?;
        anchors.push(i);
        let passive = self.kind == PatternKind::Verb
            && self.participles.iter().any(|p| &**p == toks[i])
            && passive_aux(toks, i);
        let mut rest = &self.elems[self.head + 1..];
        // In a passive the direct object is the grammatical subject.
        if passive && matches!(rest.first(), Some(Elem::Target)) {
            rest = &rest[1..];
        }
        let mut st = State::default();
        let end = fwd(rest, toks, i + 1, &mut st, anchors)?;
        let agent = if passive && toks.get(end) == Some(&"by") {
            toks.get(end + 1).filter(|t| np_start(t)).map(|_| end + 1)
        } else {
            None
        };
        anchors.sort_unstable();
        let m = EventMatch {
            code: self.code.clone(),
            kind: self.kind,
            head: i,
            tokens: start..end,
            target: st.target,
            passive,
            agent,
            literals: anchors.len(),
            pattern: self.line,
        };
        Some((m, st.long))
    }
}

fn word_matches(alts: &[Box<str>], t: &str) -> bool {
    alts.iter().any(|a| &**a == t)
}

/// Matches `elems` forward from `pos`; returns the end position. Optional
/// tokens are tried present first, gaps and inner targets shortest first.
fn fwd(
    elems: &[Elem],
    toks: &[&str],
    pos: usize,
    st: &mut State,
    anchors: &mut Vec<usize>,
) -> Option<usize> {
    let Some((e, rest)) = elems.split_first() else {
        return Some(pos);
    };
    let mark = anchors.len();
    let saved = *st;
    match e {
        Elem::Word { alts, optional } => {
            if toks.get(pos).is_some_and(|t| word_matches(alts, t)) {
                anchors.push(pos);
                if let Some(end) = fwd(rest, toks, pos + 1, st, anchors) {
                    return Some(end);
                }
                anchors.truncate(mark);
                *st = saved;
            }
            if *optional {
                return fwd(rest, toks, pos, st, anchors);
            }
            None
        }
        Elem::Gap => {
            for g in 0..=GAP {
                if g > 0
                    && toks.get(pos + g - 1).is_none_or(|t| breaks_gap(t))
                    && !possessive_mark(toks, pos + g - 1)
                {
                    break;
                }
                if let Some(end) = fwd(rest, toks, pos + g, st, anchors) {
                    return Some(end);
                }
                anchors.truncate(mark);
                *st = saved;
            }
            None
        }
        // Whatever a `*` gap spans, and beyond it up to `LONG_GAP` words
        // of a noun phrase (no word of `LONG_GAP_STOPS` in the whole gap).
        Elem::LongGap => {
            let mut in_np = true;
            let before_to = matches!(rest.first(), Some(Elem::Word { alts, optional: false })
                if alts.len() == 1 && &*alts[0] == "to");
            let reach = if before_to { OBJECT_GAP } else { LONG_GAP };
            for g in 0..=reach {
                if g > 0 {
                    let Some(t) = toks.get(pos + g - 1) else {
                        break;
                    };
                    if breaks_gap(t) && !(g <= GAP && possessive_mark(toks, pos + g - 1)) {
                        break;
                    }
                    // ("gave X time and the rebels lost ...": an "and"
                    // before a new subject ends the noun phrase.)
                    let new_subject = *t == "and"
                        && toks.get(pos + g).is_some_and(|n| {
                            matches!(
                                *n,
                                "the"
                                    | "a"
                                    | "an"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "he"
                                    | "she"
                                    | "they"
                                    | "it"
                                    | "we"
                                    | "this"
                                    | "these"
                                    | "those"
                            )
                        });
                    let object_modifier = before_to && OBJECT_PREPOSITIONS.contains(t);
                    if (breaks_long_gap(t) && !object_modifier) || new_subject {
                        in_np = false;
                    }
                    if g > GAP && !in_np {
                        break;
                    }
                }
                if let Some(end) = fwd(rest, toks, pos + g, st, anchors) {
                    st.long |= g > GAP;
                    return Some(end);
                }
                anchors.truncate(mark);
                *st = saved;
            }
            None
        }
        Elem::Target => {
            if rest.is_empty() {
                st.target = toks.get(pos).filter(|t| np_start(t)).map(|_| pos);
                return Some(pos);
            }
            if !toks.get(pos).is_some_and(|t| np_start(t)) {
                return None;
            }
            // `j`: the token after the slot so far; `n`: its words. A short
            // parenthesis after a word ("the Revolutionary Armed Forces of
            // Colombia (FARC) of") belongs to the noun phrase and does not
            // count towards the span.
            let (mut j, mut n) = (pos, 0);
            while n < TARGET_SPAN || toks.get(j) == Some(&"(") {
                let Some(t) = toks.get(j) else { break };
                if *t == "(" && n > 0 {
                    let Some(close) = paren_close(toks, j) else {
                        break;
                    };
                    j = close + 1;
                } else if *t == "," && n > 0 {
                    // "expelled the aid agency, a charity, from": an
                    // apposition set off by commas belongs to the noun
                    // phrase; the pattern goes on after the closing comma.
                    if let Some(close) = apposition_close(toks, j) {
                        st.target = Some(pos);
                        if let Some(end) = fwd(rest, toks, close + 1, st, anchors) {
                            return Some(end);
                        }
                        anchors.truncate(mark);
                        *st = saved;
                    }
                    break;
                } else if is_punct(t) || opens_clause(t) {
                    break;
                } else {
                    j += 1;
                    n += 1;
                }
                st.target = Some(pos);
                if let Some(end) = fwd(rest, toks, j, st, anchors) {
                    return Some(end);
                }
                anchors.truncate(mark);
                *st = saved;
            }
            None
        }
    }
}

/// Matches `elems` backward so that they end right before `pos`; returns the
/// start position.
fn back(elems: &[Elem], toks: &[&str], pos: usize, anchors: &mut Vec<usize>) -> Option<usize> {
    let Some((e, rest)) = elems.split_last() else {
        return Some(pos);
    };
    let mark = anchors.len();
    match e {
        Elem::Word { alts, optional } => {
            if pos > 0 && word_matches(alts, toks[pos - 1]) {
                anchors.push(pos - 1);
                if let Some(s) = back(rest, toks, pos - 1, anchors) {
                    return Some(s);
                }
                anchors.truncate(mark);
            }
            if *optional {
                return back(rest, toks, pos, anchors);
            }
            None
        }
        // A target before the head behaves like a gap of 1..=6 tokens; a
        // `**` gap before the head as a `*` gap.
        Elem::Gap | Elem::LongGap | Elem::Target => {
            let (lo, hi) = if matches!(e, Elem::Gap | Elem::LongGap) {
                (0, GAP)
            } else {
                (1, TARGET_SPAN)
            };
            for g in lo..=hi {
                if g > pos || (g > 0 && breaks_gap(toks[pos - g])) {
                    break;
                }
                if let Some(s) = back(rest, toks, pos - g, anchors) {
                    return Some(s);
                }
                anchors.truncate(mark);
            }
            None
        }
    }
}

#[cfg(test)]
mod word_bits_tests {
    use super::*;

    #[test]
    fn a_clause_summary_meets_every_word_it_holds() {
        // Every form any pattern asks for, in a clause of its own and among
        // other words: the summary never rules out a word that is there.
        let lex = crate::Lexicon::global();
        let filler = ["the", "council", "said", "on", "monday", ",", "."];
        for p in &lex.patterns.patterns {
            for e in &p.elems {
                let Elem::Word { alts, .. } = e else {
                    continue;
                };
                let want = WordBits::of(alts.iter().map(|a| &**a));
                for a in alts {
                    let clause = WordBits::of(filler.iter().copied().chain([&**a]));
                    assert!(want.meets(&clause), "{a} in pattern line {}", p.line);
                }
            }
        }
        assert!(!WordBits::default().meets(&WordBits::of(["troops"])));
    }

    #[test]
    fn a_pattern_whose_later_word_is_missing_is_not_tried() {
        let lex = crate::Lexicon::global();
        let with: Vec<&str> = "the ministry accused the rebels of shelling the town ."
            .split(' ')
            .collect();
        let without: Vec<&str> = "the ministry accused the rebels after shelling the town ."
            .split(' ')
            .collect();
        let accused = |toks: &[&str]| {
            lex.match_events(toks)
                .into_iter()
                .find(|m| toks[m.head] == "accused")
                .map(|m| (m.target, m.tokens))
        };
        // "accuse TGT of" spans the target and "of" only when "of" is there.
        let a = accused(&with).expect("a match at accused");
        assert_eq!(a.0, Some(3));
        assert!(a.1.end > 5, "{a:?}");
        assert!(accused(&without).is_none_or(|(_, t)| t.end <= 5));
    }
}
