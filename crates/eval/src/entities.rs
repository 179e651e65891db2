//! Entity mentions against hand annotations in brat standoff.
//!
//! A gold directory holds `NAME.txt` and `NAME.ann` pairs. In the `.ann`
//! file, `T` lines are mentions (`T3<TAB>PER 10 22<TAB>Hadi al-Amiri`,
//! character offsets, end exclusive; a discontinuous mention counts from its
//! first start to its last end) and an optional attribute line gives a
//! mention's actor code (`A1<TAB>Actor T3 IRQGOV`). Types are folded into
//! four classes: PER (PER, PERSON), ORG (ORG, ORGANIZATION, ORGANISATION),
//! LOC (LOC, GPE, FAC, LOCATION, PLACE) and NORP (NORP, DEMONYM); other
//! types (MISC, DATE, ...) are ignored.
//!
//! dateline's mentions count when they name something: kinds `name`,
//! `surname`, `acronym`, `demonym` and `metonym`, not pronouns, titles or
//! nominals, which NER annotations do not mark. A person entity's mentions
//! are PER, an organization's ORG, a country's, place's or facility's LOC, except
//! demonyms, which are NORP.
//!
//! A mention is right when its byte range in the input and its class both
//! equal a gold mention's. Precision, recall and F1 are given per class,
//! micro-averaged over PER, ORG and LOC (the headline figure), and for
//! spans regardless of class. Actor accuracy is over gold mentions that
//! carry an actor code: the entity owning a predicted mention with the same
//! range must have that code.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use dateline_record::Record;
use rayon::prelude::*;
use serde::Serialize;

use crate::prf::{Counts, Scored};
use crate::spans::CharToByte;
use crate::{Error, ExtractFn};

/// Classes scored, in report order.
pub const CLASSES: [&str; 4] = ["PER", "ORG", "LOC", "NORP"];

/// One annotated mention: input byte range, class, optional actor code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// Start byte in the article text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// PER, ORG, LOC or NORP.
    pub class: String,
    /// Actor code, when annotated.
    pub actor: Option<String>,
}

/// One annotated article.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// File stem.
    pub name: String,
    /// The article text as annotated.
    pub text: String,
    /// Publication date from a first line `date YYYY-MM-DD`, which stays in
    /// the text (the offsets count it); actor codes depend on the date.
    pub published: Option<String>,
    /// Its mentions.
    pub mentions: Vec<GoldMention>,
}

/// The date of a first line `date YYYY-MM-DD`, as the gold files write it.
fn date_line(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let d = first.strip_prefix("date")?.trim();
    let ok = d.len() == 10
        && d.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ok.then(|| d.to_owned())
}

/// A predicted mention: input byte range, class, actor code of its entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredMention {
    /// Start byte in the article text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// PER, ORG, LOC or NORP.
    pub class: String,
    /// The owning entity's actor code.
    pub actor: Option<String>,
}

/// Folds an annotation or NER label into a scored class.
#[must_use]
pub fn class_of_label(label: &str) -> Option<&'static str> {
    match label.to_ascii_uppercase().as_str() {
        "PER" | "PERSON" => Some("PER"),
        "ORG" | "ORGANIZATION" | "ORGANISATION" => Some("ORG"),
        "LOC" | "GPE" | "FAC" | "LOCATION" | "PLACE" => Some("LOC"),
        "NORP" | "DEMONYM" => Some("NORP"),
        _ => None,
    }
}

/// Parses one `.ann` file against its text.
///
/// # Errors
/// A malformed `T` or `A` line, or offsets outside the text, named by line.
pub fn parse_ann(path: &Path, text: &str, ann: &str) -> Result<Vec<GoldMention>, Error> {
    let c2b = CharToByte::new(text);
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut mentions = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let lineno = i + 1;
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let spec = cols
                .next()
                .ok_or_else(|| Error::format(path, lineno, "a T line needs a type and offsets"))?;
            let (label, offsets) = spec
                .split_once(' ')
                .ok_or_else(|| Error::format(path, lineno, "a T line needs offsets"))?;
            let nums: Vec<usize> = offsets
                .split([' ', ';'])
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|_| Error::format(path, lineno, format!("bad offsets {offsets:?}")))?;
            let (Some(&first), Some(&last)) = (nums.first(), nums.last()) else {
                return Err(Error::format(path, lineno, "no offsets"));
            };
            let (Some(start), Some(end)) = (c2b.byte(first), c2b.byte(last)) else {
                return Err(Error::format(
                    path,
                    lineno,
                    format!("offsets {first}..{last} are outside the text"),
                ));
            };
            if start >= end {
                return Err(Error::format(path, lineno, "empty or reversed span"));
            }
            if let Some(class) = class_of_label(label) {
                by_id.insert(id.to_owned(), mentions.len());
                mentions.push(GoldMention {
                    start,
                    end,
                    class: class.to_owned(),
                    actor: None,
                });
            }
        } else if id.starts_with('A') {
            let spec = cols.next().unwrap_or("");
            let parts: Vec<&str> = spec.split(' ').collect();
            if let ["Actor", target, code] = parts.as_slice() {
                if let Some(&m) = by_id.get(*target) {
                    mentions[m].actor = Some((*code).to_owned());
                }
            }
        }
    }
    Ok(mentions)
}

/// Reads every `.txt` with a `.ann` beside it, sorted by name.
///
/// # Errors
/// Unreadable files or malformed annotations.
pub fn read_dir(dir: &Path) -> Result<Vec<GoldDoc>, Error> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for ann_path in names {
        let txt_path = ann_path.with_extension("txt");
        let text = std::fs::read_to_string(&txt_path).map_err(|e| Error::io(&txt_path, e))?;
        let ann = std::fs::read_to_string(&ann_path).map_err(|e| Error::io(&ann_path, e))?;
        let mentions = parse_ann(&ann_path, &text, &ann)?;
        let name = ann_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        docs.push(GoldDoc {
            name,
            published: date_line(&text),
            text,
            mentions,
        });
    }
    Ok(docs)
}

/// dateline's naming mentions, mapped back to input bytes.
#[must_use]
pub fn from_record(record: &Record) -> Vec<PredMention> {
    let mut out = Vec::new();
    for e in &record.entities {
        let base = match &*e.kind {
            "person" => "PER",
            "organization" => "ORG",
            // Named facilities (the Kremlin, the Pentagon) are LOC (FAC), as
            // in OntoNotes.
            "country" | "place" | "facility" => "LOC",
            // Ethnic, religious and regional groups: their mentions are
            // demonyms (NORP) only.
            "group" => "NORP",
            _ => continue,
        };
        for m in &e.mentions {
            let class = match &*m.kind {
                "demonym" => "NORP",
                "name" | "surname" | "acronym" | "metonym" => base,
                _ => continue,
            };
            let (start, end) = record.source_map.range_to_input(m.start, m.end);
            out.push(PredMention {
                start,
                end,
                class: class.to_owned(),
                actor: e.actor.clone(),
            });
        }
    }
    out.sort_by(|a, b| (a.start, a.end, &a.class).cmp(&(b.start, b.end, &b.class)));
    out.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.class == b.class);
    out
}

/// Counts for one article or a whole set.
#[derive(Debug, Clone, Default)]
struct Tally {
    by_class: BTreeMap<String, Counts>,
    spans: Counts,
    actor_right: usize,
    actor_total: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        for (k, c) in &o.by_class {
            self.by_class.entry(k.clone()).or_default().add(c);
        }
        self.spans.add(&o.spans);
        self.actor_right += o.actor_right;
        self.actor_total += o.actor_total;
        self.misses.extend(o.misses.iter().cloned());
    }
}

/// The text of a byte range, on one line.
fn show(text: &str, start: usize, end: usize) -> String {
    text.get(start..end)
        .unwrap_or("?")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Up to `n` bytes of text either side of a range, on one line.
fn context(text: &str, start: usize, end: usize, n: usize) -> String {
    let mut a = start.saturating_sub(n);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + n).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[{}]{}",
        show(text, a, start),
        show(text, start, end),
        show(text, end, b)
    )
}

/// One line per unmatched gold mention (`FN`), unmatched prediction (`FP`)
/// and wrong actor code (`ACTOR`): class, text, what the other side has at
/// an overlapping range, and the text around it.
fn miss_lines(text: &str, gold: &[GoldMention], pred: &[PredMention]) -> Vec<String> {
    let overlapping = |s: usize, e: usize, p: &[(usize, usize, String)]| {
        p.iter()
            .filter(|(a, b, _)| *a < e && s < *b)
            .map(|(a, b, c)| format!("{c} \"{}\"", show(text, *a, *b)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let golds: Vec<(usize, usize, String)> = gold
        .iter()
        .map(|g| (g.start, g.end, g.class.clone()))
        .collect();
    let preds: Vec<(usize, usize, String)> = pred
        .iter()
        .map(|p| (p.start, p.end, p.class.clone()))
        .collect();
    let mut out = Vec::new();
    for g in gold {
        if !pred
            .iter()
            .any(|p| p.start == g.start && p.end == g.end && p.class == g.class)
        {
            out.push(format!(
                "FN\t{}\t{}\tpred: {}\t{}",
                g.class,
                show(text, g.start, g.end),
                overlapping(g.start, g.end, &preds),
                context(text, g.start, g.end, 40)
            ));
        }
        if let Some(code) = &g.actor {
            let got: Vec<&str> = pred
                .iter()
                .filter(|p| p.start == g.start && p.end == g.end)
                .map(|p| p.actor.as_deref().unwrap_or("-"))
                .collect();
            if !got.contains(&code.as_str()) {
                out.push(format!(
                    "ACTOR\t{}\t{}\tgold {code}, got {}\t{}",
                    g.class,
                    show(text, g.start, g.end),
                    if got.is_empty() {
                        "no mention".to_owned()
                    } else {
                        got.join("/")
                    },
                    context(text, g.start, g.end, 40)
                ));
            }
        }
    }
    for p in pred {
        if !gold
            .iter()
            .any(|g| p.start == g.start && p.end == g.end && p.class == g.class)
        {
            out.push(format!(
                "FP\t{}\t{}\tgold: {}\t{}",
                p.class,
                show(text, p.start, p.end),
                overlapping(p.start, p.end, &golds),
                context(text, p.start, p.end, 40)
            ));
        }
    }
    out
}

fn score_doc(gold: &[GoldMention], pred: &[PredMention]) -> Tally {
    let mut t = Tally::default();
    score_into(&mut t, gold, pred);
    t
}

fn score_into(t: &mut Tally, gold: &[GoldMention], pred: &[PredMention]) {
    let gold_set: HashSet<(usize, usize, &str)> = gold
        .iter()
        .map(|g| (g.start, g.end, g.class.as_str()))
        .collect();
    let pred_set: HashSet<(usize, usize, &str)> = pred
        .iter()
        .map(|p| (p.start, p.end, p.class.as_str()))
        .collect();
    for class in CLASSES {
        let c = t.by_class.entry(class.to_owned()).or_default();
        c.tp += gold_set
            .iter()
            .filter(|g| g.2 == class && pred_set.contains(*g))
            .count();
        c.fn_ += gold_set
            .iter()
            .filter(|g| g.2 == class && !pred_set.contains(*g))
            .count();
        c.fp += pred_set
            .iter()
            .filter(|p| p.2 == class && !gold_set.contains(*p))
            .count();
    }
    let gold_spans: HashSet<(usize, usize)> = gold.iter().map(|g| (g.start, g.end)).collect();
    let pred_spans: HashSet<(usize, usize)> = pred.iter().map(|p| (p.start, p.end)).collect();
    t.spans.tp = gold_spans.intersection(&pred_spans).count();
    t.spans.fn_ = gold_spans.len() - t.spans.tp;
    t.spans.fp = pred_spans.len() - t.spans.tp;
    for g in gold {
        let Some(code) = &g.actor else { continue };
        t.actor_total += 1;
        let right = pred
            .iter()
            .any(|p| p.start == g.start && p.end == g.end && p.actor.as_ref() == Some(code));
        t.actor_right += usize::from(right);
    }
}

/// Scores one article, keeping its miss lines prefixed by its name.
fn score_article(g: &GoldDoc, pred: &[PredMention]) -> Tally {
    let mut t = score_doc(&g.mentions, pred);
    t.misses = miss_lines(&g.text, &g.mentions, pred)
        .into_iter()
        .map(|m| format!("{}\t{m}", g.name))
        .collect();
    t
}

/// The scores of one system on one gold set.
#[derive(Debug, Clone, Serialize)]
pub struct EntityReport {
    /// Which system.
    pub system: String,
    /// Annotated articles.
    pub articles: usize,
    /// Per class.
    pub classes: BTreeMap<String, Scored>,
    /// Micro-average over PER, ORG and LOC.
    pub per_org_loc: Scored,
    /// Spans regardless of class.
    pub spans: Scored,
    /// Gold mentions with an actor code, and how many got it right.
    pub actor_total: usize,
    /// Right actor codes.
    pub actor_right: usize,
    /// Unmatched mentions and wrong actor codes, one line each (see
    /// [`render_misses`]).
    #[serde(skip)]
    pub misses: Vec<String>,
}

fn report(system: &str, articles: usize, t: &Tally) -> EntityReport {
    let mut main = Counts::default();
    for k in ["PER", "ORG", "LOC"] {
        if let Some(c) = t.by_class.get(k) {
            main.add(c);
        }
    }
    EntityReport {
        system: system.to_owned(),
        articles,
        classes: t
            .by_class
            .iter()
            .map(|(k, c)| (k.clone(), c.scored()))
            .collect(),
        per_org_loc: main.scored(),
        spans: t.spans.scored(),
        actor_total: t.actor_total,
        actor_right: t.actor_right,
        misses: t.misses.clone(),
    }
}

/// The miss lines of a report: article, `FN` (gold mention not predicted
/// with its range and class), `FP` (prediction matching no gold mention) or
/// `ACTOR` (gold code not carried by a prediction with its range), class,
/// text, the other side's overlapping mentions or codes, and context.
#[must_use]
pub fn render_misses(report: &EntityReport) -> String {
    let mut s = String::new();
    for m in &report.misses {
        s.push_str(m);
        s.push('\n');
    }
    s
}

/// Runs the extractor on every gold article and scores its mentions.
#[must_use]
pub fn evaluate(gold: &[GoldDoc], extract: ExtractFn<'_>) -> EntityReport {
    let tallies: Vec<Tally> = gold
        .par_iter()
        .map(|g| {
            let record = extract(&g.text, g.published.as_deref());
            score_article(g, &from_record(&record))
        })
        .collect();
    let mut total = Tally::default();
    for t in &tallies {
        total.add(t);
    }
    report("dateline", gold.len(), &total)
}

/// Scores predictions made elsewhere (a peer), keyed by article name.
/// Articles the peer left out count as predicting nothing.
#[must_use]
pub fn evaluate_predictions(
    system: &str,
    gold: &[GoldDoc],
    pred: &HashMap<String, Vec<PredMention>>,
) -> EntityReport {
    let mut total = Tally::default();
    for g in gold {
        let p = pred.get(&g.name).map_or(&[][..], Vec::as_slice);
        total.add(&score_article(g, p));
    }
    report(system, gold.len(), &total)
}

/// Reads spaCy NER output (`tools/peers/spacy_ner.py`: one JSON line per
/// file, entities with UTF-8 byte offsets `bstart`/`bend` and a `label`).
///
/// # Errors
/// A line that is not such JSON, named by line.
pub fn parse_spacy_jsonl(
    path: &Path,
    jsonl: &str,
) -> Result<HashMap<String, Vec<PredMention>>, Error> {
    let mut out = HashMap::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::format(path, i + 1, format!("not JSON: {e}")))?;
        let id = v["id"]
            .as_str()
            .ok_or_else(|| Error::format(path, i + 1, "no id"))?;
        let mut mentions = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let (Some(start), Some(end), Some(label)) = (
                e["bstart"].as_u64(),
                e["bend"].as_u64(),
                e["label"].as_str(),
            ) else {
                return Err(Error::format(
                    path,
                    i + 1,
                    "entity without bstart, bend, label",
                ));
            };
            if let Some(class) = class_of_label(label) {
                mentions.push(PredMention {
                    start: usize::try_from(start).unwrap_or(usize::MAX),
                    end: usize::try_from(end).unwrap_or(usize::MAX),
                    class: class.to_owned(),
                    actor: None,
                });
            }
        }
        out.insert(id.to_owned(), mentions);
    }
    Ok(out)
}

/// A table of the reports side by side.
#[must_use]
pub fn render(reports: &[EntityReport]) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = write!(s, "{:<16}", "P / R / F1 %");
    for r in reports {
        let _ = write!(s, " {:>22}", r.system);
    }
    s.push('\n');
    let cell = |x: &Scored| {
        format!(
            "{:.1} / {:.1} / {:.1}",
            100.0 * x.precision,
            100.0 * x.recall,
            100.0 * x.f1
        )
    };
    let mut row = |name: &str, get: &dyn Fn(&EntityReport) -> Option<Scored>| {
        let _ = write!(s, "{name:<16}");
        for r in reports {
            let v = get(r).map_or_else(|| "-".to_owned(), |x| cell(&x));
            let _ = write!(s, " {v:>22}");
        }
        s.push('\n');
    };
    row("PER+ORG+LOC", &|r| Some(r.per_org_loc));
    for c in CLASSES {
        row(c, &|r| r.classes.get(c).copied());
    }
    row("spans, any class", &|r| Some(r.spans));
    let _ = write!(s, "{:<16}", "actor accuracy");
    for r in reports {
        let v = if r.actor_total == 0 || r.system != "dateline" {
            "-".to_owned()
        } else {
            format!(
                "{:.1}% of {}",
                100.0 * r.actor_right as f64 / r.actor_total as f64,
                r.actor_total
            )
        };
        let _ = write!(s, " {v:>22}");
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "{} articles; exact byte range and class (docs/eval.md)",
        reports.first().map_or(0, |r| r.articles)
    );
    s
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_date_line_is_the_publication_date() {
        assert_eq!(
            date_line("date 2019-03-12\nBAGHDAD - ...").as_deref(),
            Some("2019-03-12")
        );
        assert_eq!(date_line("dated 2019\nBody"), None);
        assert_eq!(date_line("BAGHDAD - date 2019-03-12"), None);
    }

    use super::*;

    const TEXT: &str = "Iraqi Prime Minister Adel Nouri met Acme Corp in Basra. Nouri smiled.";

    fn span(needle: &str) -> (usize, usize) {
        let s = TEXT.find(needle).unwrap();
        (s, s + needle.len())
    }

    #[test]
    fn parses_types_offsets_and_actor_attributes() {
        let ann = "T1\tNORP 0 5\tIraqi\nT2\tPERSON 21 31\tAdel Nouri\nT3\tDATE 0 1\tI\n\
                   A1\tActor T2 IRQGOV\nT4\tGPE 49;51 54\tBasra\n";
        let m = parse_ann(Path::new("x.ann"), TEXT, ann).unwrap();
        assert_eq!(m.len(), 3, "DATE is ignored");
        assert_eq!((m[0].class.as_str(), m[0].start, m[0].end), ("NORP", 0, 5));
        assert_eq!(m[1].actor.as_deref(), Some("IRQGOV"));
        assert_eq!((m[2].class.as_str(), m[2].start, m[2].end), ("LOC", 49, 54));
    }

    #[test]
    fn bad_offsets_are_named_by_line() {
        let err = parse_ann(Path::new("x.ann"), TEXT, "T1\tPER 5 500\tx\n").unwrap_err();
        assert!(err.to_string().contains("x.ann:1"), "{err}");
    }

    #[test]
    fn scores_exact_range_and_class() {
        let (a, b) = span("Adel Nouri");
        let (c, d) = span("Acme Corp");
        let (e, f) = span("Basra");
        let gold = vec![
            GoldMention {
                start: a,
                end: b,
                class: "PER".into(),
                actor: Some("IRQGOV".into()),
            },
            GoldMention {
                start: c,
                end: d,
                class: "ORG".into(),
                actor: None,
            },
            GoldMention {
                start: e,
                end: f,
                class: "LOC".into(),
                actor: None,
            },
        ];
        let pred = vec![
            PredMention {
                start: a,
                end: b,
                class: "PER".into(),
                actor: Some("IRQGOV".into()),
            },
            // Right span, wrong class: a span hit but a class miss.
            PredMention {
                start: c,
                end: d,
                class: "LOC".into(),
                actor: None,
            },
        ];
        let t = score_doc(&gold, &pred);
        assert_eq!(t.by_class["PER"].tp, 1);
        assert_eq!((t.by_class["ORG"].fn_, t.by_class["LOC"].fp), (1, 1));
        assert_eq!((t.spans.tp, t.spans.fn_, t.spans.fp), (2, 1, 0));
        assert_eq!((t.actor_right, t.actor_total), (1, 1));
        let r = report("x", 1, &t);
        assert!((r.per_org_loc.precision - 0.5).abs() < 1e-9);
        assert!((r.per_org_loc.recall - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn reads_spacy_output() {
        let line = r#"{"id": "a", "entities": [{"text": "Basra", "label": "GPE", "start": 49, "end": 54, "bstart": 49, "bend": 54}, {"text": "1", "label": "CARDINAL", "start": 0, "end": 1, "bstart": 0, "bend": 1}]}"#;
        let p = parse_spacy_jsonl(Path::new("spacy"), line).unwrap();
        assert_eq!(p["a"].len(), 1);
        assert_eq!(p["a"][0].class, "LOC");
    }
}
