//! Attribution scoring: gold PolNeAR attributions against predicted ones,
//! per article and overall, with breakdowns by gold and predicted kind.
//!
//! Predicted spans are mapped back to the input text through the record's
//! source map before comparison, so repairs made by the extractor do not
//! shift anything. Definitions are in `docs/eval.md`.

use crate::brat::{GoldArticle, GoldAttribution};
use crate::prf::{Counts, Scored};
use crate::spans::{greedy_match, intersect, score_spans, MultiSpan, SpanScores, Tokens};
use crate::ExtractFn;
use dateline_record::Record;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// A predicted attribution, in byte offsets of the input text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredAttribution {
    /// The system's kind label (`direct`, `indirect`, ...).
    pub kind: String,
    /// Speaker span.
    pub source: Option<MultiSpan>,
    /// Cue span.
    pub cue: Option<MultiSpan>,
    /// Content spans.
    pub content: Option<MultiSpan>,
    /// Names of the speaker entity the system resolved the source to (the
    /// record entity's `name`); empty when the speaker is not linked to an
    /// entity.
    pub speaker_names: Vec<String>,
}

/// Converts a record's attributions into input-text spans. `input` is the
/// text that was given to the extractor.
#[must_use]
pub fn from_record(record: &Record, input: &str) -> Vec<PredAttribution> {
    let map = |s: usize, e: usize| record.source_map.range_to_input(s, e);
    let one = |s: usize, e: usize| {
        let m = MultiSpan::new(input, &[map(s, e)]);
        (!m.is_empty()).then_some(m)
    };
    record
        .attributions
        .iter()
        .filter(|a| !a.negated)
        .map(|a| {
            let cue_end = a.cue.as_ref().map(|c| map(c.start, c.end).1);
            let first = a.content.iter().map(|c| c.start).min();
            let ranges: Vec<(usize, usize)> = a
                .content
                .iter()
                .map(|c| {
                    let (s, e) = map(c.start, c.end);
                    let (ws, we) = with_quote_marks(input, s, e);
                    if ws < s && Some(c.start) == first {
                        (with_that(input, ws, cue_end), we)
                    } else {
                        (ws, we)
                    }
                })
                .collect();
            let content = MultiSpan::new(input, &ranges);
            let speaker_names = a
                .speaker
                .as_ref()
                .and_then(|s| s.entity.as_deref())
                .and_then(|id| record.entities.iter().find(|e| e.id == id))
                .map(|e| vec![e.name.clone()])
                .unwrap_or_default();
            PredAttribution {
                kind: a.kind.clone(),
                source: a
                    .speaker
                    .as_ref()
                    .and_then(|s| one(s.start, s.end))
                    .map(|m| m.without_final_comma(input)),
                cue: a.cue.as_ref().and_then(|c| one(c.start, c.end)),
                content: (!content.is_empty()).then_some(content),
                speaker_names,
            }
        })
        .collect()
}

/// A content range widened over the quote marks that enclose it: the
/// record's content is the quotation's words, PolNeAR's (and
/// `examples/attributions`') the quotation with its marks and the
/// punctuation inside them (`“We will win,”`). An opening mark right
/// before the range is taken in; after it, up to two of `, . ? ! ; :` and
/// then a closing mark followed by a space, punctuation or the end. Each
/// side on its own, so a mixed content ending in a quoted fragment
/// (`keep troops there to "watch Iran."`) takes its closing mark.
#[must_use]
pub fn with_quote_marks(text: &str, s: usize, e: usize) -> (usize, usize) {
    let (Some(head), Some(tail)) = (text.get(..s), text.get(e..)) else {
        return (s, e);
    };
    let open = ["“", "\"", "''", "«"]
        .iter()
        .find(|m| head.ends_with(*m))
        .map_or(0, |m| m.len());
    let s = s - open;
    let punct = tail
        .char_indices()
        .take(2)
        .take_while(|&(_, c)| matches!(c, ',' | '.' | '?' | '!' | ';' | ':'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let rest = &tail[punct..];
    let close = ["”", "\"", "''", "»"]
        .iter()
        .find(|m| rest.starts_with(*m))
        .filter(|m| {
            rest[m.len()..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || !c.is_alphanumeric())
        })
        .map_or(0, |m| m.len());
    let e = if close > 0 { e + punct + close } else { e };
    (s, e)
}

/// A quotation's start `s` (its opening mark) moved back over `that`
/// (and a comma) between it and the cue ending at `cue_end`: `said that
/// "we will win"` has the content `that "we will win"` in PolNeAR and
/// `examples/attributions`, where the record keeps the quotation's words.
#[must_use]
pub fn with_that(text: &str, s: usize, cue_end: Option<usize>) -> usize {
    let Some(head) = text.get(..s) else {
        return s;
    };
    let head = head.trim_end_matches([' ', '\u{a0}']);
    let head = head.strip_suffix(',').unwrap_or(head);
    let Some(w) = head.len().checked_sub(4) else {
        return s;
    };
    let word_start = head
        .get(w..)
        .is_some_and(|t| t.eq_ignore_ascii_case("that"))
        && !head[..w]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    if word_start && cue_end.is_some_and(|c| c <= w) {
        w
    } else {
        s
    }
}

/// Quote marks that make gold content "direct".
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’')
}

/// Gold kind from the content text: `direct` when it starts or ends with a
/// quote mark, `mixed` when it holds a quote mark elsewhere, else `indirect`.
#[must_use]
pub fn gold_kind(text: &str, a: &GoldAttribution) -> &'static str {
    let Some(c) = &a.content else {
        return "no_content";
    };
    let pieces = c.text(text);
    let joined = pieces.join(" ");
    let t = joined.trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '.' | ':'));
    let starts = t.chars().next().is_some_and(is_quote);
    let ends = t.chars().last().is_some_and(is_quote);
    if starts || ends {
        "direct"
    } else if t.chars().any(|ch| matches!(ch, '"' | '“' | '”')) {
        "mixed"
    } else {
        "indirect"
    }
}

/// Words marking a gold source that is not a person or group of people
/// (PolNeAR attributes to polls, reports, documents and media too).
const NON_PERSON_WORDS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "report",
    "reports",
    "study",
    "studies",
    "data",
    "analysis",
    "statement",
    "statements",
    "document",
    "documents",
    "memo",
    "letter",
    "email",
    "emails",
    "records",
    "record",
    "filing",
    "complaint",
    "lawsuit",
    "website",
    "tweet",
    "tweets",
    "post",
    "ad",
    "ads",
    "video",
    "book",
    "article",
    "story",
    "figures",
    "numbers",
    "research",
    "results",
    "findings",
    "estimates",
    "projections",
    "model",
    "forecast",
    "transcript",
    "release",
    "page",
    "footage",
];

/// True when the gold source looks like a non-person (poll, report, ...):
/// one of [`NON_PERSON_WORDS`] is the head (last word) of the source.
#[must_use]
pub fn gold_source_non_person(text: &str, a: &GoldAttribution) -> bool {
    let Some(s) = &a.source else { return false };
    let joined = s.text(text).join(" ").to_lowercase();
    let head = joined
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    NON_PERSON_WORDS.contains(&head)
}

/// Words left out when comparing speaker names.
const NAME_STOPWORDS: &[&str] = &["the", "of", "for", "and", "a", "an", "s", "de", "del"];

/// A Latin letter without its accent (`á` → `a`), for names that a
/// knowledge base spells without them (`Nicolas Maduro`).
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ñ' | 'ń' | 'ň' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        'ř' => 'r',
        'ť' => 't',
        'ď' => 'd',
        _ => c,
    }
}

/// The words of a name, lower-cased, accents folded, without
/// [`NAME_STOPWORDS`] (`Iran’s foreign ministry` → `iran`, `foreign`,
/// `ministry`).
fn name_words(name: &str) -> BTreeSet<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.to_lowercase()
                .chars()
                .map(fold_accent)
                .collect::<String>()
        })
        .filter(|w| !NAME_STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// True when a predicted speaker name and a gold one name the same entity:
/// the words of one (see [`name_words`]) are all among the words of the
/// other, both non-empty. `Abdul Mahdi` matches `Adil Abdul Mahdi`,
/// `State Department` matches `U.S. State Department`; `Imran Khan` does
/// not match `Gohar Ali Khan`.
#[must_use]
pub fn same_speaker(gold: &[String], pred: &[String]) -> bool {
    gold.iter().any(|g| {
        let gw = name_words(g);
        pred.iter().any(|p| {
            let pw = name_words(p);
            !gw.is_empty() && !pw.is_empty() && (gw.is_subset(&pw) || pw.is_subset(&gw))
        })
    })
}

/// Speaker resolution against gold attributions that name their speaker's
/// entity (see [`GoldAttribution::speaker`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SpeakerStats {
    /// Gold attributions with a named speaker entity.
    pub named: usize,
    /// Of those, paired with a prediction: the one matching it as a whole
    /// attribution, else the one paired by content (one-to-one token
    /// overlap, as for the content-overlap recall by kind).
    pub matched: usize,
    /// Of the matched, those whose prediction's speaker entity is the gold one.
    pub right: usize,
    /// Of the matched, those whose prediction has a speaker span but no entity.
    pub unlinked: usize,
    /// Of the matched, those whose prediction has no speaker at all.
    pub no_speaker: usize,
}

impl SpeakerStats {
    /// True when no gold attribution names a speaker (PolNeAR).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.named == 0
    }

    fn add(&mut self, o: &SpeakerStats) {
        self.named += o.named;
        self.matched += o.matched;
        self.right += o.right;
        self.unlinked += o.unlinked;
        self.no_speaker += o.no_speaker;
    }

    /// Right / matched: speaker accuracy over attributions found.
    #[must_use]
    pub fn accuracy(&self) -> f64 {
        crate::prf::ratio(self.right as f64, self.matched as f64)
    }

    /// Right / named: end to end, counting missed attributions as wrong.
    #[must_use]
    pub fn end_to_end(&self) -> f64 {
        crate::prf::ratio(self.right as f64, self.named as f64)
    }
}

/// Scores of one article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleScores {
    /// Article name.
    pub name: String,
    /// Gold attributions.
    pub gold: usize,
    /// Predicted attributions.
    pub pred: usize,
    /// Source spans.
    pub source: SpanScores,
    /// Cue spans.
    pub cue: SpanScores,
    /// Content spans.
    pub content: SpanScores,
    /// Whole attributions.
    pub whole: Counts,
    /// Speaker resolution (only when the gold names speakers).
    #[serde(skip_serializing_if = "SpeakerStats::is_empty")]
    pub speaker: SpeakerStats,
    #[serde(skip)]
    gold_kinds: Vec<(&'static str, bool, bool, bool)>,
    #[serde(skip)]
    pred_kinds: Vec<(String, bool)>,
    /// Unmatched gold and predicted attributions, one line each (see
    /// [`render_misses`]).
    #[serde(skip)]
    misses: Vec<String>,
}

/// Overlap in tokens between two optional spans (0 when either is absent).
fn overlap(tokens: &Tokens, a: Option<&MultiSpan>, b: Option<&MultiSpan>) -> usize {
    match (a, b) {
        (Some(a), Some(b)) => intersect(&tokens.of(a), &tokens.of(b)),
        _ => 0,
    }
}

/// Scores one article's predictions against its gold attributions.
#[must_use]
pub fn score_article(
    name: &str,
    text: &str,
    gold: &[GoldAttribution],
    pred: &[PredAttribution],
) -> ArticleScores {
    let tokens = Tokens::new(text);
    // A span shared by several attributions (one speaker, two quotes) is
    // one span, on both sides.
    let collect = |f: &dyn Fn(&GoldAttribution) -> Option<&MultiSpan>| -> Vec<MultiSpan> {
        let mut v: Vec<MultiSpan> = gold.iter().filter_map(|g| f(g).cloned()).collect();
        v.sort();
        v.dedup();
        v
    };
    let dedup = |f: &dyn Fn(&PredAttribution) -> Option<&MultiSpan>| -> Vec<MultiSpan> {
        let mut v: Vec<MultiSpan> = pred.iter().filter_map(|p| f(p).cloned()).collect();
        v.sort();
        v.dedup();
        v
    };
    let gs = collect(&|g| g.source.as_ref());
    let gc = collect(&|g| g.cue.as_ref());
    let gt = collect(&|g| g.content.as_ref());
    let ps = dedup(&|p| p.source.as_ref());
    let pc = dedup(&|p| p.cue.as_ref());
    let pt = dedup(&|p| p.content.as_ref());

    // Whole attributions: cue overlaps, content overlaps, and the source
    // overlaps when gold has one.
    let mut pairs = Vec::new();
    let mut content_pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let content = overlap(&tokens, g.content.as_ref(), p.content.as_ref());
            if content > 0 {
                content_pairs.push((gi, pi, content));
            }
            let cue = overlap(&tokens, g.cue.as_ref(), p.cue.as_ref());
            let source_ok =
                g.source.is_none() || overlap(&tokens, g.source.as_ref(), p.source.as_ref()) > 0;
            if cue > 0 && content > 0 && source_ok {
                pairs.push((gi, pi, cue + content));
            }
        }
    }
    let whole_m = greedy_match(pairs);
    let content_m = greedy_match(content_pairs);
    let gold_kinds = gold
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            (
                gold_kind(text, g),
                gold_source_non_person(text, g),
                whole_m.iter().any(|m| m.0 == gi),
                content_m.iter().any(|m| m.0 == gi),
            )
        })
        .collect();
    let pred_kinds = pred
        .iter()
        .enumerate()
        .map(|(pi, p)| (p.kind.clone(), whole_m.iter().any(|m| m.1 == pi)))
        .collect();
    // Boundary study: with DL_PAIRS set, each whole-matched pair's content,
    // source and cue boundaries are printed to stderr (what gold or
    // prediction has in excess at each end).
    if std::env::var_os("DL_PAIRS").is_some() {
        for &(gi, pi) in &whole_m {
            for (what, g, p) in [
                (
                    "content",
                    gold[gi].content.as_ref(),
                    pred[pi].content.as_ref(),
                ),
                ("source", gold[gi].source.as_ref(), pred[pi].source.as_ref()),
                ("cue", gold[gi].cue.as_ref(), pred[pi].cue.as_ref()),
            ] {
                let (Some(g), Some(p)) = (g, p) else { continue };
                if g == p {
                    eprintln!("PAIR\t{what}\tSAME");
                    continue;
                }
                let (gs, ge) = (g.ranges[0].0, g.ranges.last().unwrap().1);
                let (ps, pe) = (p.ranges[0].0, p.ranges.last().unwrap().1);
                let f = |a: usize, b: usize| text[a.min(b)..a.max(b)].replace(['\n', '\t'], " ");
                let head = if gs < ps {
                    format!("G+[{}]", f(gs, ps))
                } else if ps < gs {
                    format!("P+[{}]", f(ps, gs))
                } else {
                    "=".into()
                };
                let tail = if ge > pe {
                    format!("G+[{}]", f(pe, ge))
                } else if pe > ge {
                    format!("P+[{}]", f(ge, pe))
                } else {
                    "=".into()
                };
                let multi = g.ranges.len() != p.ranges.len();
                eprintln!("PAIR\t{what}\t{head}\t{tail}\t{multi}");
            }
        }
    }
    let mut misses = miss_lines(text, gold, pred, &whole_m, &content_m);
    let mut speaker = SpeakerStats::default();
    for (gi, g) in gold.iter().enumerate() {
        if g.speaker.is_empty() {
            continue;
        }
        speaker.named += 1;
        let Some(&(_, pi)) = whole_m
            .iter()
            .find(|m| m.0 == gi)
            .or_else(|| content_m.iter().find(|m| m.0 == gi))
        else {
            continue;
        };
        speaker.matched += 1;
        let p = &pred[pi];
        if same_speaker(&g.speaker, &p.speaker_names) {
            speaker.right += 1;
            continue;
        }
        if p.source.is_none() {
            speaker.no_speaker += 1;
        } else if p.speaker_names.is_empty() {
            speaker.unlinked += 1;
        }
        misses.push(format!(
            "SPEAKER\t{}\tgold: {} [{}]\tours: {} [{}] {{{}}}",
            gold_kind(text, g),
            g.speaker.join("|"),
            show(text, g.source.as_ref(), 40),
            p.speaker_names.first().map_or("-", String::as_str),
            show(text, p.source.as_ref(), 40),
            show(text, g.content.as_ref(), 60),
        ));
    }
    ArticleScores {
        name: name.to_string(),
        gold: gold.len(),
        pred: pred.len(),
        source: score_spans(&tokens, &gs, &ps),
        cue: score_spans(&tokens, &gc, &pc),
        content: score_spans(&tokens, &gt, &pt),
        whole: Counts {
            tp: whole_m.len(),
            fp: pred.len() - whole_m.len(),
            fn_: gold.len() - whole_m.len(),
        },
        speaker,
        gold_kinds,
        pred_kinds,
        misses,
    }
}

/// One line of text for a span: its fragments joined by ` … `, newlines
/// flattened, cut to `max` characters.
fn show(text: &str, span: Option<&MultiSpan>, max: usize) -> String {
    let Some(s) = span else {
        return "-".to_string();
    };
    let joined = s.text(text).join(" … ").replace(['\n', '\t'], " ");
    if joined.chars().count() > max {
        let cut: String = joined.chars().take(max).collect();
        format!("{cut}…")
    } else {
        joined
    }
}

/// Lines for gold attributions no prediction matched (`MISS`, with the
/// cue of a prediction that shares content when there is one) and for
/// predictions that matched no gold (`FP`).
fn miss_lines(
    text: &str,
    gold: &[GoldAttribution],
    pred: &[PredAttribution],
    whole_m: &[(usize, usize)],
    content_m: &[(usize, usize)],
) -> Vec<String> {
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if whole_m.iter().any(|m| m.0 == gi) {
            continue;
        }
        let ours = content_m
            .iter()
            .find(|m| m.0 == gi)
            .map(|m| &pred[m.1])
            .map_or_else(String::new, |p| {
                format!(
                    "\tours: [{}] <{}>",
                    show(text, p.source.as_ref(), 40),
                    show(text, p.cue.as_ref(), 30)
                )
            });
        out.push(format!(
            "MISS\t{}\t[{}] <{}> {{{}}}{ours}{}{}",
            gold_kind(text, g),
            show(text, g.source.as_ref(), 40),
            show(text, g.cue.as_ref(), 30),
            show(text, g.content.as_ref(), 100),
            context(text, g.cue.as_ref()),
            offsets([g.source.as_ref(), g.cue.as_ref(), g.content.as_ref()]),
        ));
    }
    // With `DL_HITS` set, matched predictions get a `HIT` line too, for
    // comparing the predictions of a rule that PolNeAR matched with those
    // it did not.
    let hits = std::env::var_os("DL_HITS").is_some();
    for (pi, p) in pred.iter().enumerate() {
        let hit = whole_m.iter().any(|m| m.1 == pi);
        if hit && !hits {
            continue;
        }
        out.push(format!(
            "{}\t{}\t[{}] <{}> {{{}}}{}{}",
            if hit { "HIT" } else { "FP" },
            p.kind,
            show(text, p.source.as_ref(), 40),
            show(text, p.cue.as_ref(), 30),
            show(text, p.content.as_ref(), 100),
            context(text, p.cue.as_ref()),
            offsets([p.source.as_ref(), p.cue.as_ref(), p.content.as_ref()]),
        ));
    }
    out
}

/// With `DL_SPANS` set, a tab and the byte ranges of source, cue and
/// content (`SPANS: s-e s-e,s-e ...`, `-` for none), for scripts that read
/// the article text; empty otherwise.
fn offsets(spans: [Option<&MultiSpan>; 3]) -> String {
    if std::env::var_os("DL_SPANS").is_none() {
        return String::new();
    }
    let parts: Vec<String> = spans
        .iter()
        .map(|s| {
            s.filter(|s| !s.ranges.is_empty()).map_or_else(
                || "-".to_string(),
                |s| {
                    s.ranges
                        .iter()
                        .map(|r| format!("{}-{}", r.0, r.1))
                        .collect::<Vec<_>>()
                        .join(",")
                },
            )
        })
        .collect();
    format!("\tSPANS: {}", parts.join(" "))
}

/// With `DL_CTX` set, a tab and the text around a span (up to 160 bytes
/// each side, flattened), for reading misses; empty otherwise.
fn context(text: &str, span: Option<&MultiSpan>) -> String {
    if std::env::var_os("DL_CTX").is_none() {
        return String::new();
    }
    let Some(s) = span else {
        return String::new();
    };
    let (Some(first), Some(last)) = (s.ranges.first(), s.ranges.last()) else {
        return String::new();
    };
    let mut a = first.0.saturating_sub(160);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (last.1 + 160).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "\tCTX: {}",
        text.get(a..b).unwrap_or("").replace(['\n', '\t'], " ")
    )
}

/// Unmatched gold (`MISS`) and predicted (`FP`) attributions of the first
/// report, one tab-separated line each, prefixed by the article name:
/// `[source] <cue> {content}`.
#[must_use]
pub fn render_misses(report: &AttrReport) -> String {
    let mut out = String::new();
    for a in &report.articles {
        for m in &a.misses {
            let _ = writeln!(out, "{}\t{m}", a.name);
        }
    }
    out
}

/// Precision/recall/F1 of one span kind, three ways.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SpanReport {
    /// Exact match.
    pub exact: Scored,
    /// One-to-one token overlap.
    pub overlap: Scored,
    /// Token-weighted soft scores.
    pub soft: Scored,
}

impl From<&SpanScores> for SpanReport {
    fn from(s: &SpanScores) -> Self {
        SpanReport {
            exact: s.exact.scored(),
            overlap: s.overlap.scored(),
            soft: s.soft.scored(),
        }
    }
}

/// Recall of gold attributions of one kind.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct GoldKindStats {
    /// Gold attributions of this kind.
    pub n: usize,
    /// Matched as whole attributions.
    pub whole_matched: usize,
    /// Content matched by token overlap.
    pub content_matched: usize,
}

/// Precision of predicted attributions of one kind.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct PredKindStats {
    /// Predicted attributions of this kind.
    pub n: usize,
    /// Matched as whole attributions.
    pub whole_matched: usize,
}

/// The full report for one system.
#[derive(Debug, Clone, Serialize)]
pub struct AttrReport {
    /// System name (`dateline`, `textacy`).
    pub system: String,
    /// Articles scored.
    pub n_articles: usize,
    /// Gold attributions.
    pub n_gold: usize,
    /// Predicted attributions.
    pub n_pred: usize,
    /// Source spans.
    pub source: SpanReport,
    /// Cue spans.
    pub cue: SpanReport,
    /// Content spans.
    pub content: SpanReport,
    /// Whole attributions.
    pub whole: Scored,
    /// Speaker resolution (only when the gold names speakers).
    #[serde(skip_serializing_if = "SpeakerStats::is_empty")]
    pub speaker: SpeakerStats,
    /// Gold recall by kind (`direct`, `mixed`, `indirect`, `non_person_source`).
    pub gold_kinds: BTreeMap<String, GoldKindStats>,
    /// Predicted precision by the system's kind label.
    pub pred_kinds: BTreeMap<String, PredKindStats>,
    /// Per-article scores.
    pub articles: Vec<ArticleScores>,
    /// Notes (annotator choice, reading problems).
    pub notes: Vec<String>,
}

/// Sums article scores into a report.
#[must_use]
pub fn aggregate(system: &str, articles: Vec<ArticleScores>, notes: Vec<String>) -> AttrReport {
    let (mut s, mut c, mut t, mut w) = (
        SpanScores::default(),
        SpanScores::default(),
        SpanScores::default(),
        Counts::default(),
    );
    let mut gold_kinds: BTreeMap<String, GoldKindStats> = BTreeMap::new();
    let mut pred_kinds: BTreeMap<String, PredKindStats> = BTreeMap::new();
    let mut speaker = SpeakerStats::default();
    for a in &articles {
        speaker.add(&a.speaker);
        s.add(&a.source);
        c.add(&a.cue);
        t.add(&a.content);
        w.add(&a.whole);
        for &(kind, non_person, whole, content) in &a.gold_kinds {
            let mut bump = |k: &str| {
                let e = gold_kinds.entry(k.to_string()).or_default();
                e.n += 1;
                e.whole_matched += usize::from(whole);
                e.content_matched += usize::from(content);
            };
            bump(kind);
            if non_person {
                bump("non_person_source");
            }
        }
        for (kind, whole) in &a.pred_kinds {
            let e = pred_kinds.entry(kind.clone()).or_default();
            e.n += 1;
            e.whole_matched += usize::from(*whole);
        }
    }
    AttrReport {
        system: system.to_string(),
        n_articles: articles.len(),
        n_gold: articles.iter().map(|a| a.gold).sum(),
        n_pred: articles.iter().map(|a| a.pred).sum(),
        source: (&s).into(),
        cue: (&c).into(),
        content: (&t).into(),
        whole: w.scored(),
        speaker,
        gold_kinds,
        pred_kinds,
        articles,
        notes,
    }
}

/// Notes describing how the gold set was read.
#[must_use]
pub fn gold_notes(gold: &[GoldArticle]) -> Vec<String> {
    let mut notes = Vec::new();
    let multi = gold
        .iter()
        .filter(|g| !g.other_annotations.is_empty())
        .count();
    if multi > 0 {
        notes.push(format!(
            "{multi} article(s) have several annotator files; the first by file name was used for each"
        ));
    }
    for g in gold {
        for w in &g.warnings {
            notes.push(format!("{}: {w}", g.annotation));
        }
    }
    notes
}

/// Runs the extractor on every gold article (in parallel) and scores it.
#[must_use]
pub fn evaluate(gold: &[GoldArticle], extract: ExtractFn<'_>) -> AttrReport {
    let articles: Vec<ArticleScores> = gold
        .par_iter()
        .map(|g| {
            let record = extract(&g.text, g.published.as_deref());
            let pred = from_record(&record, &g.text);
            score_article(&g.name, &g.text, &g.attributions, &pred)
        })
        .collect();
    aggregate("dateline", articles, gold_notes(gold))
}

/// Scores predictions from another system given per article name.
#[must_use]
pub fn evaluate_predictions(
    system: &str,
    gold: &[GoldArticle],
    pred: &std::collections::HashMap<String, Vec<PredAttribution>>,
) -> AttrReport {
    let mut notes = gold_notes(gold);
    let missing = gold.iter().filter(|g| !pred.contains_key(&g.name)).count();
    if missing > 0 {
        notes.push(format!(
            "{system}: no output for {missing} article(s), scored as empty"
        ));
    }
    let empty = Vec::new();
    let articles = gold
        .iter()
        .map(|g| {
            score_article(
                &g.name,
                &g.text,
                &g.attributions,
                pred.get(&g.name).unwrap_or(&empty),
            )
        })
        .collect();
    aggregate(system, articles, notes)
}

fn pct(x: f64) -> String {
    format!("{:5.1}", 100.0 * x)
}

/// Renders reports as text: per-article table for the first system, then the
/// overall tables side by side for all systems.
#[must_use]
pub fn render(reports: &[AttrReport]) -> String {
    let mut out = String::new();
    let Some(first) = reports.first() else {
        return out;
    };
    let _ = writeln!(
        out,
        "{:<44} {:>4} {:>4} | {:>5} {:>5} {:>5} {:>5}  (overlap F1 %: source cue content | whole)",
        "article", "gold", "pred", "src", "cue", "cont", "whole"
    );
    for a in &first.articles {
        let name: String = a.name.chars().take(44).collect();
        let _ = writeln!(
            out,
            "{:<44} {:>4} {:>4} | {} {} {} {}",
            name,
            a.gold,
            a.pred,
            pct(a.source.overlap.f1()),
            pct(a.cue.overlap.f1()),
            pct(a.content.overlap.f1()),
            pct(a.whole.f1())
        );
    }
    let _ = writeln!(out);
    let mut header = format!("{:<22}", "overall P / R / F1 %");
    for r in reports {
        let _ = write!(
            header,
            " | {:^20}",
            format!("{} ({} pred)", r.system, r.n_pred)
        );
    }
    let _ = writeln!(out, "{header}");
    let _ = writeln!(
        out,
        "{:<22} {} articles, {} gold attributions",
        "", first.n_articles, first.n_gold
    );
    let row = |out: &mut String, label: &str, f: &dyn Fn(&AttrReport) -> Scored| {
        let mut line = format!("{label:<22}");
        for r in reports {
            let s = f(r);
            let _ = write!(
                line,
                " | {} {} {}",
                pct(s.precision),
                pct(s.recall),
                pct(s.f1)
            );
        }
        let _ = writeln!(out, "{line}");
    };
    for (name, get) in [
        (
            "source",
            (|r: &AttrReport| r.source) as fn(&AttrReport) -> SpanReport,
        ),
        ("cue", |r: &AttrReport| r.cue),
        ("content", |r: &AttrReport| r.content),
    ] {
        row(&mut out, &format!("{name} exact"), &|r| get(r).exact);
        row(&mut out, &format!("{name} overlap"), &|r| get(r).overlap);
        row(&mut out, &format!("{name} soft"), &|r| get(r).soft);
    }
    row(&mut out, "whole attribution", &|r| r.whole);
    if !first.speaker.is_empty() {
        let mut line = format!("{:<22}", "speaker accuracy");
        for r in reports {
            let sp = &r.speaker;
            let _ = write!(
                line,
                " | {} of {} found ({} unlinked, {} none); end to end {} of {}",
                pct(sp.accuracy()),
                sp.matched,
                sp.unlinked,
                sp.no_speaker,
                pct(sp.end_to_end()),
                sp.named
            );
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "gold recall by kind (whole / content overlap):");
    for (kind, g) in &first.gold_kinds {
        let mut line = format!("  {kind:<20} n={:<5}", g.n);
        for r in reports {
            let s = r.gold_kinds.get(kind).copied().unwrap_or_default();
            let rw = crate::prf::ratio(s.whole_matched as f64, s.n as f64);
            let rc = crate::prf::ratio(s.content_matched as f64, s.n as f64);
            let _ = write!(line, " | {}: {} / {}", r.system, pct(rw), pct(rc));
        }
        let _ = writeln!(out, "{line}");
    }
    for r in reports {
        let _ = writeln!(out, "{} precision by predicted kind (whole):", r.system);
        for (kind, p) in &r.pred_kinds {
            let prec = crate::prf::ratio(p.whole_matched as f64, p.n as f64);
            let _ = writeln!(out, "  {kind:<20} n={:<5} {}", p.n, pct(prec));
        }
    }
    for r in reports {
        for n in &r.notes {
            let _ = writeln!(out, "note ({}): {n}", r.system);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_record::{Attribution, Cue, Edit, EntityRef, TextSpan};

    const INPUT: &str = "“We will win,” Smith said.  Polls show a tie, the report said.";

    fn ms(r: &[(usize, usize)]) -> Option<MultiSpan> {
        Some(MultiSpan::new(INPUT, r))
    }

    fn find(s: &str) -> (usize, usize) {
        let i = INPUT.find(s).unwrap_or(0);
        (i, i + s.len())
    }

    fn gold() -> Vec<GoldAttribution> {
        vec![
            GoldAttribution {
                id: "E1".into(),
                source: ms(&[find("Smith")]),
                cue: ms(&[find("said")]),
                content: ms(&[find("“We will win,”")]),
                speaker: vec![],
            },
            GoldAttribution {
                id: "E2".into(),
                source: ms(&[find("the report")]),
                cue: ms(&[(find("report said").0 + 7, find("report said").1)]),
                content: ms(&[find("Polls show a tie")]),
                speaker: vec![],
            },
        ]
    }

    #[test]
    fn kinds() {
        let g = gold();
        assert_eq!(gold_kind(INPUT, &g[0]), "direct");
        assert_eq!(gold_kind(INPUT, &g[1]), "indirect");
        assert!(!gold_source_non_person(INPUT, &g[0]));
        assert!(gold_source_non_person(INPUT, &g[1]));
    }

    #[test]
    fn whole_and_parts() {
        // One exact direct quote, one indirect with a shifted content span.
        let pred = vec![
            PredAttribution {
                kind: "direct".into(),
                source: ms(&[find("Smith")]),
                cue: ms(&[find("said")]),
                content: ms(&[find("“We will win,”")]),
                speaker_names: vec![],
            },
            PredAttribution {
                kind: "indirect".into(),
                source: ms(&[find("report")]),
                cue: ms(&[(find("report said").0 + 7, find("report said").1)]),
                content: ms(&[find("show a tie")]),
                speaker_names: vec![],
            },
            PredAttribution {
                kind: "direct".into(),
                source: None,
                cue: None,
                content: ms(&[find("Polls")]),
                speaker_names: vec![],
            },
        ];
        let s = score_article("x", INPUT, &gold(), &pred);
        assert_eq!(
            s.whole,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s.content.exact,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            s.content.overlap,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(s.source.exact.tp, 1);
        assert_eq!(s.source.overlap.tp, 2);
        let r = aggregate("t", vec![s], vec![]);
        assert_eq!(r.gold_kinds.get("direct").map(|k| k.whole_matched), Some(1));
        assert_eq!(r.gold_kinds.get("non_person_source").map(|k| k.n), Some(1));
        assert_eq!(
            r.pred_kinds.get("direct").map(|k| (k.n, k.whole_matched)),
            Some((2, 1))
        );
        assert!(render(&[r]).contains("whole attribution"));
    }

    #[test]
    fn speaker_names_match_by_word_containment() {
        let v = |x: &[&str]| x.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert!(same_speaker(
            &v(&["Adil Abdul Mahdi"]),
            &v(&["Abdul Mahdi"])
        ));
        assert!(same_speaker(
            &v(&["State Department"]),
            &v(&["U.S. State Department"])
        ));
        assert!(same_speaker(
            &v(&["Nicolás Maduro"]),
            &v(&["Nicolas Maduro"])
        ));
        assert!(same_speaker(
            &v(&["Medecins Sans Frontieres", "MSF"]),
            &v(&["MSF"])
        ));
        assert!(!same_speaker(&v(&["Gohar Ali Khan"]), &v(&["Imran Khan"])));
        assert!(!same_speaker(&v(&["Hassan Rouhani"]), &v(&[])));
        assert!(!same_speaker(&v(&[]), &v(&["Hassan Rouhani"])));
        // Stop words alone name nothing.
        assert!(!same_speaker(&v(&["The"]), &v(&["The Hague"])));
    }

    #[test]
    fn speaker_accuracy_over_content_matches() {
        // Gold: Smith (named) said the quote; "the report" has no named entity.
        let mut g = gold();
        g[0].speaker = vec!["John Smith".into()];
        let pred = |names: &[&str], src: bool| PredAttribution {
            kind: "direct".into(),
            source: if src { ms(&[find("Smith")]) } else { None },
            cue: ms(&[find("said")]),
            content: ms(&[find("“We will win,”")]),
            speaker_names: names.iter().map(|s| (*s).to_string()).collect(),
        };
        let right = score_article("x", INPUT, &g, &[pred(&["John Smith"], true)]);
        assert_eq!(
            right.speaker,
            SpeakerStats {
                named: 1,
                matched: 1,
                right: 1,
                unlinked: 0,
                no_speaker: 0
            }
        );
        let wrong = score_article("x", INPUT, &g, &[pred(&["Anna Jones"], true)]);
        assert_eq!((wrong.speaker.matched, wrong.speaker.right), (1, 0));
        assert!(wrong.misses.iter().any(|m| m.starts_with("SPEAKER")));
        let unlinked = score_article("x", INPUT, &g, &[pred(&[], true)]);
        assert_eq!(unlinked.speaker.unlinked, 1);
        let none = score_article("x", INPUT, &g, &[pred(&[], false)]);
        assert_eq!(none.speaker.no_speaker, 1);
        let missed = score_article("x", INPUT, &g, &[]);
        assert_eq!((missed.speaker.named, missed.speaker.matched), (1, 0));
        let r = aggregate("t", vec![right, wrong, unlinked, none, missed], vec![]);
        assert_eq!(
            (r.speaker.named, r.speaker.matched, r.speaker.right),
            (5, 4, 1)
        );
        assert!((r.speaker.accuracy() - 0.25).abs() < 1e-9);
        assert!((r.speaker.end_to_end() - 0.2).abs() < 1e-9);
        assert!(render(&[r]).contains("speaker accuracy"));
        // Without speaker gold nothing about speakers is shown or serialised.
        let plain = aggregate("t", vec![score_article("x", INPUT, &gold(), &[])], vec![]);
        assert!(!render(std::slice::from_ref(&plain)).contains("speaker"));
        let json = serde_json::to_string(&plain).unwrap_or_default();
        assert!(!json.contains("speaker"));
    }

    #[test]
    fn content_takes_its_enclosing_quote_marks() {
        let text = "Ray said, “We will win,” and added, \"Maybe.\" Jo wants troops to ''watch Iran.'' Then \"xq\"b.";
        let widen = |w: &str| {
            let s = text.find(w).unwrap_or(0);
            let (a, b) = with_quote_marks(text, s, s + w.len());
            &text[a..b]
        };
        assert_eq!(widen("We will win"), "“We will win,”");
        assert_eq!(widen("Maybe"), "\"Maybe.\"");
        assert_eq!(widen("troops to ''watch Iran"), "troops to ''watch Iran.''");
        assert_eq!(widen("Ray said"), "Ray said");
        // A mark glued to a word is no closing mark.
        assert_eq!(widen("xq"), "\"xq");
    }

    #[test]
    fn a_quotation_after_that_takes_that() {
        let text = "Ray said that “we will win,” and Jo said that, “maybe.” But that \"x\" is odd; thereafter \"y\".";
        let at = |w: &str| text.find(w).unwrap_or(0);
        let cue = |w: &str| Some(at(w) + w.len());
        assert_eq!(
            &text[with_that(text, at("“we"), cue("Ray said"))..at(" and")],
            "that “we will win,”"
        );
        assert_eq!(
            &text[with_that(text, at("“maybe"), cue("Jo said"))..at(" But")],
            "that, “maybe.”"
        );
        // A cue after `that`, no cue, or a word ending in `that`: unchanged.
        assert_eq!(with_that(text, at("\"x"), cue("is odd")), at("\"x"));
        assert_eq!(with_that(text, at("\"x"), None), at("\"x"));
        assert_eq!(with_that(text, at("\"y"), cue("is odd")), at("\"y"));
    }

    #[test]
    fn record_offsets_mapped_through_source_map() {
        // The extractor collapsed the double space after "said." (one byte
        // deleted at input 26..27), so record offsets after it are one less.
        let mut text = INPUT.to_string();
        let dbl = INPUT.find(".  ").map(|i| i + 1).unwrap_or(0);
        text.replace_range(dbl..dbl + 1, "");
        let (ps, pe) = find("Polls show a tie");
        let (cs, ce) = (ps - 1, pe - 1);
        let mut rec = Record {
            text: text.clone(),
            ..Record::default()
        };
        rec.source_map.edits.push(Edit {
            text_start: dbl,
            text_end: dbl,
            input_start: dbl,
            input_end: dbl + 1,
        });
        let (ss, se) = (
            text.rfind("report").unwrap_or(0),
            text.rfind("report").unwrap_or(0) + 6,
        );
        let (qs, qe) = (
            text.rfind("said").unwrap_or(0),
            text.rfind("said").unwrap_or(0) + 4,
        );
        rec.attributions.push(Attribution {
            id: "A1".into(),
            kind: "indirect".into(),
            speaker: Some(EntityRef {
                entity: None,
                start: ss,
                end: se,
                text: "report".into(),
            }),
            cue: Some(Cue {
                start: qs,
                end: qe,
                text: "said".into(),
                lemma: "say".into(),
            }),
            content: vec![TextSpan {
                start: cs,
                end: ce,
                text: text[cs..ce].to_string(),
            }],
            addressee: None,
            medium: None,
            date: None,
            hedges: vec![],
            negated: false,
            parent: None,
            sentence: 1,
        });
        let pred = from_record(&rec, INPUT);
        assert_eq!(pred[0].content, ms(&[(ps, pe)]));
        let s = score_article("x", INPUT, &gold()[1..], &pred);
        assert_eq!(s.content.exact.tp, 1);
        assert_eq!(s.cue.exact.tp, 1);
        assert_eq!(s.whole.tp, 1);
    }
}
