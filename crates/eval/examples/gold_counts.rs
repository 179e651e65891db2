//! Loads every gold set from the shared anchors and prints what was read,
//! to validate the loaders against the real files:
//! `cargo run -p dateline_eval --example gold_counts [ANCHORS_DIR]`
//! (default `../shared/anchors`, relative to the repository root).

use dateline_eval::{attributions, brat, events};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/anchors".into()),
    );
    let split = root.join("quotes/polnear/data/dev");
    let gold = brat::read_split(&split)?;
    let n_attr: usize = gold.iter().map(|g| g.attributions.len()).sum();
    println!(
        "polnear dev: {} articles, {} attributions",
        gold.len(),
        n_attr
    );
    // Score gold against itself: every metric must be 100%.
    let same: Vec<_> = gold
        .iter()
        .map(|g| {
            let pred: Vec<attributions::PredAttribution> = g
                .attributions
                .iter()
                .map(|a| attributions::PredAttribution {
                    kind: attributions::gold_kind(&g.text, a).into(),
                    source: a.source.clone(),
                    cue: a.cue.clone(),
                    content: a.content.clone(),
                    speaker_names: a.speaker.clone(),
                })
                .collect();
            attributions::score_article(&g.name, &g.text, &g.attributions, &pred)
        })
        .collect();
    let rep = attributions::aggregate("gold", same, attributions::gold_notes(&gold));
    println!(
        "self-score: whole F1 {:.3}, content exact F1 {:.3}, source exact F1 {:.3}",
        rep.whole.f1, rep.content.exact.f1, rep.source.exact.f1
    );
    for (k, s) in &rep.gold_kinds {
        println!("  gold kind {k}: {}", s.n);
    }
    for n in rep.notes.iter().take(5) {
        println!("  note: {n}");
    }
    let dir = root.join("events");
    for set in events::SETS {
        let items = events::load_set(&dir, set)?;
        let mut by: std::collections::BTreeMap<&str, (usize, usize, usize, usize, usize)> =
            Default::default();
        for it in &items {
            let e = by.entry(it.set.as_str()).or_default();
            e.0 += 1;
            e.1 += it.events.len();
            e.2 += usize::from(it.no_event);
            e.3 += usize::from(it.actors_scorable && !it.events.is_empty());
            e.4 += it
                .actor_spans
                .as_ref()
                .map_or(0, |s| s.source.len() + s.target.len() + s.other.len());
        }
        for (s, (n, ev, ne, sc, sp)) in by {
            println!("{s}: {n} items, {ev} gold events, {ne} no-event items, {sc} items with scorable actors, {sp} actor spans");
        }
    }
    Ok(())
}
