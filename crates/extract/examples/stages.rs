//! Times each pipeline stage on one core over JSON Lines corpora.
//!
//! `cargo run --release -p dateline_extract --example stages -- FILE.jsonl...`
//! prints, per stage, seconds, MB/s and sentences/s, so the cost of each
//! stage relative to repair and segmentation can be read off.

use dateline_extract::{attrib, context::Ctx, entities, events, input};
use dateline_record::Origin;
use dateline_text::Document;
use std::io::BufRead;
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let mut articles = Vec::new();
    for path in std::env::args().skip(1) {
        let f = std::io::BufReader::new(std::fs::File::open(&path)?);
        for (i, line) in f.lines().enumerate() {
            let raw = input::RawInput {
                origin: Origin {
                    file: path.clone(),
                    line: Some(i as u64 + 1),
                },
                data: line?,
                kind: input::PayloadKind::Json,
                lossy: false,
            };
            if let Ok(a) = input::parse(raw) {
                articles.push(a);
            }
        }
    }
    // Load everything once, outside the timings.
    let kb = dateline_kb::Kb::global().ok();
    let extractor = dateline_extract::Extractor::new();
    let _ = dateline_tag::Tagger::global();
    let mut t = [Duration::ZERO; 5];
    let (mut bytes, mut sents) = (0usize, 0usize);
    for a in &articles {
        bytes += a.input.len() - a.body_start;
        let t0 = Instant::now();
        let doc = Document::new(&a.input, a.body_start);
        let t1 = Instant::now();
        let ctx = Ctx::for_article(&doc, kb, a);
        let ents = entities::find(&ctx);
        let t2 = Instant::now();
        let times = dateline_extract::find_times(&doc, ctx.published);
        let attrs = attrib::find(&ctx, &ents, &doc.paragraphs, &times);
        let t3 = Instant::now();
        std::hint::black_box(events::find(&ctx, &ents, &attrs, &times));
        let t4 = Instant::now();
        std::hint::black_box(extractor.extract(a));
        let t5 = Instant::now();
        sents += doc.sentences.len();
        for (slot, d) in t
            .iter_mut()
            .zip([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4])
        {
            *slot += d;
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB of body text, {sents} sentences, one core",
        articles.len()
    );
    println!(
        "{:<36} {:>8} {:>9} {:>12}",
        "stage", "seconds", "MB/s", "sentences/s"
    );
    let names = [
        "repair + sentences + tokens",
        "entities (with context and tokens)",
        "dates + attributions",
        "events",
        "whole record (Extractor::extract)",
    ];
    for (name, d) in names.iter().zip(t) {
        let s = d.as_secs_f64().max(1e-9);
        println!(
            "{name:<36} {s:>8.2} {:>9.1} {:>12.0}",
            mb / s,
            sents as f64 / s
        );
    }
    Ok(())
}
