//! Scores extracted events against [`GoldItem`]s, per set and overall.
//!
//! Per item the extractor's events are compared with the gold events:
//! - class: a gold event is hit when some predicted event has the same penta
//!   class (`class_any`); `class_first` compares the first predicted event
//!   only, the sentence-level reading ConfliBERT's labels call for;
//! - label: the gold CAMEO root (or PLOVER type for the PLOVER set) is hit
//!   when some predicted event has it;
//! - triples (source country, target country, label), matched one-to-one
//!   on items whose actors are scorable;
//! - per-label precision/recall (one-to-one on labels within an item) and a
//!   confusion table; items coded as having no event count their
//!   predictions as false positives;
//! - actor spans (ConfliBERT NER) with the span scorer.
//!
//! Items of the WEIS-coded suites with a code that has no CAMEO
//! translation ([`super::weis`]) count as items and gold events only.

use super::{actor_country, root_penta, GoldEvent, GoldItem};
use crate::prf::{Counts, Scored};
use crate::spans::{score_spans, MultiSpan, SpanScores, Tokens};
use crate::ExtractFn;
use dateline_record::Record;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One predicted event, reduced to what is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredEvent {
    /// CAMEO root.
    pub root: String,
    /// PLOVER type.
    pub plover: String,
    /// The PLOVER 0.5b1 name of the event's CAMEO code (DEMAND, DISAPPROVE,
    /// INVESTIGATE, FIGHT...), the version the PLOVER gold standard uses;
    /// empty when the code has none.
    pub plover_gsr: String,
    /// Source country (first three letters of the actor code).
    pub source: Option<String>,
    /// Target country.
    pub target: Option<String>,
    /// Source actor span in the input.
    pub source_span: Option<(usize, usize)>,
    /// Target actor span in the input.
    pub target_span: Option<(usize, usize)>,
}

/// Statuses of an action that did not (yet) take place.
const UNREALISED: &[&str] = &["hypothetical", "negated", "denied"];

/// Reduces a record's events, in text order, with spans mapped to the input.
///
/// An action that did not take place (hypothetical, negated or denied) is
/// left out when another event at the same trigger codes it as something
/// that did: the stated intention, threat or refusal the extractor derives
/// from it ("agreed to a ceasefire" is 0356, not also 0871; "will not lift
/// the ban" is 12, not also 081). CAMEO codes the intention, not the action
/// intended; the record keeps both. Likewise when a realised event of the
/// same sentence belongs to the same attribution, or to one the event's
/// attribution is nested in: the speech act is coded (a rejection, demand,
/// appeal or denial: "rejected a proposal to sign a pact" is 12, "said
/// Sudan must return the helicopter" is 10, "denied attacking the convoy"
/// is not an attack, "rejected X's demand to end the alliance" ends no
/// alliance), not the action it is about.
#[must_use]
pub fn from_record(record: &Record) -> Vec<PredEvent> {
    let mut evs: Vec<&dateline_record::Event> = record
        .events
        .iter()
        .filter(|e| !left_out(record, e))
        .collect();
    evs.sort_by_key(|e| (e.trigger.start, e.trigger.end));
    evs.iter()
        .map(|e| {
            let code = |a: &Option<dateline_record::Actor>| {
                a.as_ref()
                    .and_then(|a| a.code.as_deref())
                    .and_then(actor_country)
            };
            let span = |a: &Option<dateline_record::Actor>| {
                a.as_ref()
                    .filter(|a| a.end > a.start)
                    .map(|a| record.source_map.range_to_input(a.start, a.end))
            };
            PredEvent {
                root: e.root.clone(),
                plover: e.plover.clone(),
                plover_gsr: dateline_lexicon::Lexicon::global()
                    .cameo(&e.cameo)
                    .map(|c| c.plover_gsr.clone())
                    .unwrap_or_default(),
                source: code(&e.source),
                target: code(&e.target),
                source_span: span(&e.source),
                target_span: span(&e.target),
            }
        })
        .collect()
}

/// Whether the scorer leaves `e` out (see [`from_record`]): an unrealised
/// action coded by a realised event at its trigger or of its attribution.
/// An attribution nested in the realised event's (a demand inside a
/// rejection: "rejected X's demand to end the pact") counts as its own.
fn left_out(record: &Record, e: &dateline_record::Event) -> bool {
    let realised = |e: &dateline_record::Event| !UNREALISED.contains(&e.status.as_str());
    // The attribution `a` and those it sits in, innermost first (bounded
    // against a cycle).
    fn chain<'a>(record: &'a Record, a: Option<&'a str>) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        let mut cur = a;
        while let Some(id) = cur {
            if out.len() > 8 || out.contains(&id) {
                break;
            }
            out.push(id);
            cur = record
                .attributions
                .iter()
                .find(|x| x.id == id)
                .and_then(|x| x.parent.as_deref());
        }
        out
    }
    let within = chain(record, e.attribution.as_deref());
    !realised(e)
        && record.events.iter().any(|o| {
            realised(o)
                && (o.trigger.start == e.trigger.start && o.trigger.end == e.trigger.end
                    || o.sentence == e.sentence
                        && o.attribution
                            .as_deref()
                            .is_some_and(|a| within.contains(&a)))
        })
}

/// Scores of one set (or all sets).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SetReport {
    /// Set name.
    pub set: String,
    /// Items (texts) scored.
    pub items: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Predicted events.
    pub pred_events: usize,
    /// Items the gold codes as having no event.
    pub no_event_items: usize,
    /// Of those, items where events were predicted.
    pub no_event_false_alarms: usize,
    /// Gold events with a class.
    pub class_n: usize,
    /// Hit by any predicted event.
    pub class_any: usize,
    /// Hit by the first predicted event.
    pub class_first: usize,
    /// Gold events with a label (root or PLOVER type).
    pub label_n: usize,
    /// Hit by any predicted event.
    pub label_any: usize,
    /// Label counts over all items.
    pub labels: Counts,
    /// Triples over items with scorable actors.
    pub triples: Counts,
    /// Items whose actors were scorable.
    pub triple_items: usize,
    /// Per-label counts.
    pub per_label: BTreeMap<String, Counts>,
    /// Confusion: gold label → predicted label (`none` for misses and
    /// spurious predictions) → count.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// Actor spans (sets with spans): source, target, any.
    pub actor_spans: Option<[SpanScores; 3]>,
}

impl SetReport {
    fn add(&mut self, o: &SetReport) {
        self.items += o.items;
        self.gold_events += o.gold_events;
        self.pred_events += o.pred_events;
        self.no_event_items += o.no_event_items;
        self.no_event_false_alarms += o.no_event_false_alarms;
        self.class_n += o.class_n;
        self.class_any += o.class_any;
        self.class_first += o.class_first;
        self.label_n += o.label_n;
        self.label_any += o.label_any;
        self.labels.add(&o.labels);
        self.triples.add(&o.triples);
        self.triple_items += o.triple_items;
        for (k, v) in &o.per_label {
            self.per_label.entry(k.clone()).or_default().add(v);
        }
        for (g, row) in &o.confusion {
            for (p, n) in row {
                *self
                    .confusion
                    .entry(g.clone())
                    .or_default()
                    .entry(p.clone())
                    .or_default() += n;
            }
        }
        if let Some(o_sp) = &o.actor_spans {
            let sp = self.actor_spans.get_or_insert_with(Default::default);
            for (a, b) in sp.iter_mut().zip(o_sp) {
                a.add(b);
            }
        }
    }
}

/// The label of a gold event: its root, else its PLOVER type.
fn gold_label(g: &GoldEvent) -> Option<String> {
    g.root().or_else(|| g.plover.clone())
}

/// The predicted label comparable with `gold`: PLOVER type when the gold
/// has no code, else the root. The PLOVER gold standard names types as
/// PLOVER 0.5b1 did, so the event's CAMEO code is mapped to that version
/// (PLOVER's own CAMEO table), not to today's names.
fn pred_label(p: &PredEvent, plover: bool) -> String {
    if plover {
        p.plover_gsr.clone()
    } else {
        p.root.clone()
    }
}

/// Multiset one-to-one match count of two label lists.
fn multiset_match<T: Ord + Clone>(gold: &[T], pred: &[T]) -> usize {
    let mut pool: BTreeMap<T, usize> = BTreeMap::new();
    for p in pred {
        *pool.entry(p.clone()).or_default() += 1;
    }
    gold.iter()
        .filter(|g| match pool.get_mut(*g) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count()
}

/// Scores one item against its predictions.
#[must_use]
pub fn score_item(item: &GoldItem, pred: &[PredEvent]) -> SetReport {
    let mut r = SetReport {
        set: item.set.clone(),
        items: 1,
        gold_events: item.events.len(),
        pred_events: pred.len(),
        ..SetReport::default()
    };
    if item.no_event {
        r.no_event_items = 1;
        r.no_event_false_alarms = usize::from(!pred.is_empty());
    }
    // A WEIS code with no CAMEO equivalent (a test-only or ambiguous code)
    // leaves the item without a complete gold: nothing else is scored,
    // since its predictions could be that event.
    if item.events.iter().any(GoldEvent::untranslated) {
        return r;
    }
    // Class.
    let pred_penta: Vec<Option<u8>> = pred.iter().map(|p| root_penta(&p.root)).collect();
    for g in &item.events {
        if let Some(c) = g.penta_class() {
            r.class_n += 1;
            r.class_any += usize::from(pred_penta.contains(&Some(c)));
            r.class_first += usize::from(pred_penta.first() == Some(&Some(c)));
        }
    }
    // Labels.
    let plover = item
        .events
        .iter()
        .any(|g| g.code.is_none() && g.plover.is_some());
    let gl: Vec<String> = item.events.iter().filter_map(gold_label).collect();
    let has_labels = !gl.is_empty() || item.no_event;
    if has_labels {
        let pl: Vec<String> = pred.iter().map(|p| pred_label(p, plover)).collect();
        r.label_n = gl.len();
        r.label_any = gl.iter().filter(|g| pl.contains(g)).count();
        let m = multiset_match(&gl, &pl);
        r.labels = Counts {
            tp: m,
            fp: pl.len() - m,
            fn_: gl.len() - m,
        };
        // Per label and confusion: first take exact matches, then pair the
        // remaining gold and predicted labels in order.
        let mut rest_p = pl.clone();
        let mut rest_g = Vec::new();
        for g in &gl {
            if let Some(i) = rest_p.iter().position(|p| p == g) {
                rest_p.remove(i);
                r.per_label.entry(g.clone()).or_default().tp += 1;
                *r.confusion
                    .entry(g.clone())
                    .or_default()
                    .entry(g.clone())
                    .or_default() += 1;
            } else {
                rest_g.push(g.clone());
                r.per_label.entry(g.clone()).or_default().fn_ += 1;
            }
        }
        for p in &rest_p {
            r.per_label.entry(p.clone()).or_default().fp += 1;
        }
        let mut rp = rest_p.into_iter();
        for g in rest_g {
            let p = rp.next().unwrap_or_else(|| "none".to_string());
            *r.confusion.entry(g).or_default().entry(p).or_default() += 1;
        }
        for p in rp {
            *r.confusion
                .entry("none".to_string())
                .or_default()
                .entry(p)
                .or_default() += 1;
        }
        // Triples.
        if item.actors_scorable {
            r.triple_items = 1;
            let key = |s: &Option<String>| {
                s.as_deref()
                    .and_then(actor_country)
                    .unwrap_or_else(|| "---".into())
            };
            let gt: Vec<(String, String, String)> = item
                .events
                .iter()
                .filter_map(|g| Some((key(&g.source), key(&g.target), gold_label(g)?)))
                .collect();
            let pt: Vec<(String, String, String)> = pred
                .iter()
                .map(|p| (key(&p.source), key(&p.target), pred_label(p, plover)))
                .collect();
            let m = multiset_match(&gt, &pt);
            r.triples = Counts {
                tp: m,
                fp: pt.len() - m,
                fn_: gt.len() - m,
            };
        }
    }
    // Actor spans.
    if let Some(sp) = &item.actor_spans {
        let tokens = Tokens::new(&item.text);
        let ms = |v: &[(usize, usize)]| -> Vec<MultiSpan> {
            v.iter()
                .map(|&r| MultiSpan::new(&item.text, &[r]))
                .filter(|m| !m.is_empty())
                .collect()
        };
        let ps: Vec<(usize, usize)> = pred.iter().filter_map(|p| p.source_span).collect();
        let pt: Vec<(usize, usize)> = pred.iter().filter_map(|p| p.target_span).collect();
        let mut pall = ps.clone();
        pall.extend(&pt);
        pall.sort_unstable();
        pall.dedup();
        let mut gall = sp.source.clone();
        gall.extend(&sp.target);
        gall.extend(&sp.other);
        r.actor_spans = Some([
            score_spans(&tokens, &ms(&sp.source), &ms(&ps)),
            score_spans(&tokens, &ms(&sp.target), &ms(&pt)),
            score_spans(&tokens, &ms(&gall), &ms(&pall)),
        ]);
    }
    r
}

/// The full events report.
#[derive(Debug, Clone, Serialize)]
pub struct EventsReport {
    /// Per set.
    pub sets: Vec<SetReport>,
    /// All sets together.
    pub overall: SetReport,
}

/// Runs the extractor over all items (in parallel) and scores them.
#[must_use]
pub fn evaluate(items: &[GoldItem], extract: ExtractFn<'_>) -> EventsReport {
    let scored: Vec<SetReport> = items
        .par_iter()
        .map(|it| {
            let rec = extract(&it.text, it.date.as_deref());
            score_item(it, &from_record(&rec))
        })
        .collect();
    aggregate(&scored)
}

/// One line per gold item whose events were not all found (class, label or
/// actor triple missed) and per no-event item with predictions (`MISS`),
/// and per other item with a predicted label no gold event has (`FP`): the
/// gold events, the predicted ones (code, PLOVER type, actors, trigger,
/// status; `unscored` when the scorer leaves the event out) and the text.
/// For error analysis; scores are unchanged.
#[must_use]
pub fn misses(items: &[GoldItem], extract: ExtractFn<'_>) -> String {
    let lines: Vec<String> = items
        .par_iter()
        .filter_map(|it| {
            let rec = extract(&it.text, it.date.as_deref());
            let pred = from_record(&rec);
            let r = score_item(it, &pred);
            let missed = r.class_any < r.class_n
                || r.labels.fn_ > 0
                || r.triples.fn_ > 0
                || r.no_event_false_alarms > 0;
            if !missed && r.labels.fp == 0 {
                return None;
            }
            let gold: Vec<String> = if it.no_event {
                vec!["no event".into()]
            } else {
                it.events
                    .iter()
                    .map(|g| {
                        let label = g
                            .weis
                            .as_ref()
                            .map(|w| {
                                format!("WEIS {w}={}", g.code.as_deref().unwrap_or("untranslated"))
                            })
                            .or_else(|| g.code.clone())
                            .or_else(|| g.plover.clone())
                            .or_else(|| g.penta.map(|p| format!("class {p}")))
                            .unwrap_or_default();
                        format!(
                            "{label} {}>{}",
                            g.source.as_deref().unwrap_or("-"),
                            g.target.as_deref().unwrap_or("-")
                        )
                    })
                    .collect()
            };
            let actor = |a: &Option<dateline_record::Actor>| {
                a.as_ref().map_or_else(
                    || "-".to_string(),
                    |a| format!("{}({})", a.code.as_deref().unwrap_or("?"), a.text),
                )
            };
            // Events the scorer leaves out (an unrealised action coded as
            // the intention at its trigger, or by its speech act) are marked.
            let pred: Vec<String> = rec
                .events
                .iter()
                .map(|e| {
                    let unscored = left_out(&rec, e);
                    format!(
                        "{} {} {}>{} \"{}\" {}{}",
                        e.cameo,
                        e.plover,
                        actor(&e.source),
                        actor(&e.target),
                        e.trigger.text,
                        e.status,
                        if unscored { " unscored" } else { "" }
                    )
                })
                .collect();
            // Items whose actor triples count and were missed are marked,
            // so triple errors can be told from unscorable fictional actors.
            // Other items with scorable actors are marked `[actors]`, so
            // their unmatched predictions can be told apart too.
            let triple_mark = if it.actors_scorable && r.triples.fn_ > 0 {
                " [triple]"
            } else if it.actors_scorable {
                " [actors]"
            } else {
                ""
            };
            Some(format!(
                "{} {} {}{} | gold: {} | pred: {} | {}\n",
                if missed { "MISS" } else { "FP" },
                it.set,
                it.id,
                triple_mark,
                gold.join("; "),
                if pred.is_empty() {
                    "none".to_string()
                } else {
                    pred.join("; ")
                },
                it.text.replace('\n', " ")
            ))
        })
        .collect();
    lines.concat()
}

/// Sums item reports per set (in first-seen order) and overall.
#[must_use]
pub fn aggregate(scored: &[SetReport]) -> EventsReport {
    let mut sets: Vec<SetReport> = Vec::new();
    let mut overall = SetReport {
        set: "overall".into(),
        ..SetReport::default()
    };
    for s in scored {
        match sets.iter_mut().find(|x| x.set == s.set) {
            Some(x) => x.add(s),
            None => {
                let mut x = SetReport {
                    set: s.set.clone(),
                    ..SetReport::default()
                };
                x.add(s);
                sets.push(x);
            }
        }
        overall.add(s);
    }
    EventsReport { sets, overall }
}

fn pct(n: usize, d: usize) -> String {
    format!("{:5.1}", 100.0 * crate::prf::ratio(n as f64, d as f64))
}

fn prf(c: &Scored) -> String {
    format!(
        "{:5.1} {:5.1} {:5.1}",
        100.0 * c.precision,
        100.0 * c.recall,
        100.0 * c.f1
    )
}

/// Renders the report as text.
#[must_use]
pub fn render(r: &EventsReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<18} {:>5} {:>5} {:>5} | {:>11} {:>11} {:>11} | {:>17} | {:>17} | {:>9}",
        "set",
        "items",
        "gold",
        "pred",
        "class any %",
        "class 1st %",
        "label any %",
        "label P/R/F1 %",
        "triple P/R/F1 %",
        "no-ev FA"
    );
    for s in r.sets.iter().chain(std::iter::once(&r.overall)) {
        let _ = writeln!(
            out,
            "{:<18} {:>5} {:>5} {:>5} | {:>11} {:>11} {:>11} | {:>17} | {:>17} | {:>4}/{:<4}",
            s.set,
            s.items,
            s.gold_events,
            s.pred_events,
            pct(s.class_any, s.class_n),
            pct(s.class_first, s.class_n),
            pct(s.label_any, s.label_n),
            prf(&s.labels.scored()),
            prf(&s.triples.scored()),
            s.no_event_false_alarms,
            s.no_event_items
        );
    }
    for s in &r.sets {
        if let Some([src, tgt, any]) = &s.actor_spans {
            let _ = writeln!(
                out,
                "\n{} actor spans (P/R/F1 %: exact | overlap | soft):",
                s.set
            );
            for (name, x) in [("source", src), ("target", tgt), ("any actor", any)] {
                let _ = writeln!(
                    out,
                    "  {name:<10} {} | {} | {}",
                    prf(&x.exact.scored()),
                    prf(&x.overlap.scored()),
                    prf(&x.soft.scored())
                );
            }
        }
    }
    let _ = writeln!(out, "\nper label, all sets (P/R/F1 %, tp fp fn):");
    for (label, c) in &r.overall.per_label {
        let _ = writeln!(
            out,
            "  {label:<12} {}  {:>4} {:>4} {:>4}",
            prf(&c.scored()),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    // Confusion over the labels seen, gold rows × predicted columns.
    let mut cols: Vec<String> = r
        .overall
        .confusion
        .values()
        .flat_map(|row| row.keys().cloned())
        .collect();
    cols.sort();
    cols.dedup();
    if !cols.is_empty() {
        let _ = writeln!(out, "\nconfusion (rows gold, columns predicted):");
        let mut head = format!("  {:<12}", "");
        for c in &cols {
            let _ = write!(head, "{:>6}", c.chars().take(6).collect::<String>());
        }
        let _ = writeln!(out, "{head}");
        for (g, row) in &r.overall.confusion {
            let mut line = format!("  {:<12}", g.chars().take(12).collect::<String>());
            for c in &cols {
                match row.get(c) {
                    Some(n) => {
                        let _ = write!(line, "{n:>6}");
                    }
                    None => line.push_str("     ."),
                }
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pe(root: &str, s: Option<&str>, t: Option<&str>) -> PredEvent {
        PredEvent {
            root: root.into(),
            plover: String::new(),
            plover_gsr: String::new(),
            source: s.map(Into::into),
            target: t.map(Into::into),
            source_span: None,
            target_span: None,
        }
    }

    fn ge(code: &str, s: &str, t: &str) -> GoldEvent {
        GoldEvent {
            code: Some(code.into()),
            source: Some(s.into()),
            target: Some(t.into()),
            ..GoldEvent::default()
        }
    }

    fn ev(code: &str, start: usize, end: usize, status: &str) -> dateline_record::Event {
        dateline_record::Event {
            id: String::new(),
            source: None,
            target: None,
            cameo: code.into(),
            root: code[..2].into(),
            quad_class: 1,
            goldstein: 0.0,
            plover: String::new(),
            trigger: dateline_record::TextSpan {
                start,
                end,
                text: String::new(),
            },
            sentence: 0,
            date: None,
            place: None,
            status: status.into(),
            attribution: None,
        }
    }

    #[test]
    fn unrealised_actions_coded_by_their_intention_are_left_out() {
        // "The rebels agreed to a truce but will not talk; they may attack."
        let rec = Record {
            events: vec![
                ev("0356", 11, 30, "asserted"),
                ev("0871", 11, 30, "hypothetical"),
                ev("128", 44, 48, "asserted"),
                ev("043", 44, 48, "negated"),
                ev("190", 60, 66, "hypothetical"),
            ],
            ..Record::default()
        };
        let roots: Vec<String> = from_record(&rec).into_iter().map(|p| p.root).collect();
        // The speculative attack has no derived event and stays.
        assert_eq!(roots, ["03", "12", "19"]);
        // "Israel rejected a call to withdraw; Syria may attack.": the
        // rejected withdrawal belongs to the rejection's attribution.
        let mut reject = ev("120", 7, 15, "asserted");
        reject.attribution = Some("A1".into());
        let mut withdraw = ev("0874", 26, 34, "denied");
        withdraw.attribution = Some("A1".into());
        let rec = Record {
            events: vec![reject, withdraw, ev("190", 46, 52, "hypothetical")],
            ..Record::default()
        };
        let roots: Vec<String> = from_record(&rec).into_iter().map(|p| p.root).collect();
        assert_eq!(roots, ["12", "19"]);
        // "Kenya rejected Somalia's demand to end the pact": the pact's
        // end sits in the demand's attribution, nested in the rejection's.
        let mut reject = ev("120", 6, 14, "asserted");
        reject.attribution = Some("A1".into());
        let mut end = ev("057", 40, 44, "denied");
        end.attribution = Some("A2".into());
        let attribution = |id: &str, parent: Option<&str>| dateline_record::Attribution {
            id: id.into(),
            kind: "indirect".into(),
            speaker: None,
            cue: None,
            content: Vec::new(),
            addressee: None,
            medium: None,
            date: None,
            hedges: Vec::new(),
            negated: false,
            parent: parent.map(str::to_string),
            sentence: 0,
        };
        let demand = attribution("A2", Some("A1"));
        let outer = attribution("A1", None);
        let rec = Record {
            events: vec![reject.clone(), end.clone()],
            attributions: vec![outer.clone(), demand],
            ..Record::default()
        };
        let roots: Vec<String> = from_record(&rec).into_iter().map(|p| p.root).collect();
        assert_eq!(roots, ["12"]);
        // Not nested: both are scored.
        let rec = Record {
            events: vec![reject, end],
            attributions: vec![outer],
            ..Record::default()
        };
        let roots: Vec<String> = from_record(&rec).into_iter().map(|p| p.root).collect();
        assert_eq!(roots, ["12", "05"]);
    }

    #[test]
    fn item_scores() {
        let item = GoldItem {
            set: "x".into(),
            text: "t".into(),
            events: vec![ge("042", "USA", "CHNGOV"), ge("190", "RUS", "UKR")],
            actors_scorable: true,
            ..GoldItem::default()
        };
        let pred = vec![
            pe("04", Some("USA"), Some("CHN")),
            pe("18", Some("RUS"), Some("UKR")),
            pe("01", None, None),
        ];
        let r = score_item(&item, &pred);
        assert_eq!((r.class_n, r.class_any, r.class_first), (2, 2, 1));
        assert_eq!((r.label_n, r.label_any), (2, 1));
        assert_eq!(
            r.labels,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(
            r.triples,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert_eq!(r.confusion["19"]["18"], 1);
        assert_eq!(r.confusion["none"]["01"], 1);
        assert_eq!(r.per_label["04"].tp, 1);
    }

    #[test]
    fn plover_gold_is_scored_with_its_own_version_names() {
        let item = GoldItem {
            set: "plover".into(),
            events: vec![GoldEvent {
                plover: Some("DISAPPROVE".into()),
                ..GoldEvent::default()
            }],
            ..GoldItem::default()
        };
        let mut p = pe("11", None, None);
        p.plover = "ACCUSE".into();
        p.plover_gsr = "DISAPPROVE".into();
        let r = score_item(&item, &[p.clone()]);
        assert_eq!(r.labels.tp, 1);
        p.plover_gsr = "REJECT".into();
        assert_eq!(score_item(&item, &[p]).labels.tp, 0);
    }

    #[test]
    fn no_event_and_aggregate() {
        let quiet = GoldItem {
            set: "a".into(),
            no_event: true,
            actors_scorable: true,
            ..GoldItem::default()
        };
        let r1 = score_item(&quiet, &[pe("01", None, None)]);
        assert_eq!(r1.no_event_false_alarms, 1);
        assert_eq!(r1.labels.fp, 1);
        let r2 = score_item(&quiet, &[]);
        let rep = aggregate(&[r1, r2]);
        assert_eq!(rep.sets.len(), 1);
        assert_eq!(rep.overall.no_event_items, 2);
        assert!(render(&rep).contains("overall"));
    }

    #[test]
    fn untranslated_weis_codes_leave_the_item_unscored() {
        let mut item = GoldItem {
            set: "tabari".into(),
            events: vec![
                GoldEvent {
                    code: Some("054".into()),
                    weis: Some("064".into()),
                    ..GoldEvent::default()
                },
                GoldEvent {
                    weis: Some("903".into()),
                    ..GoldEvent::default()
                },
            ],
            actors_scorable: true,
            ..GoldItem::default()
        };
        let pred = [pe("05", None, None), pe("16", None, None)];
        let r = score_item(&item, &pred);
        assert_eq!((r.items, r.gold_events, r.pred_events), (1, 2, 2));
        assert_eq!((r.class_n, r.label_n, r.triple_items), (0, 0, 0));
        assert_eq!(r.labels, Counts::default());
        item.events.pop();
        let r = score_item(&item, &pred);
        assert_eq!((r.label_n, r.label_any, r.labels.fp), (1, 1, 1));
    }

    #[test]
    fn penta_first_event() {
        let item = GoldItem {
            set: "c".into(),
            events: vec![GoldEvent {
                penta: Some(0),
                ..GoldEvent::default()
            }],
            ..GoldItem::default()
        };
        let r = score_item(&item, &[pe("02", None, None)]);
        assert_eq!((r.class_any, r.class_first, r.label_n), (1, 1, 0));
    }
}
