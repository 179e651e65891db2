//! The entities stage alone, for instruction counts and cache profiles.
//!
//! `cargo run --release -p dateline_extract --example entities_profile -- FILE.jsonl`
//! parses every article, repairs and segments it and tags every sentence,
//! runs the stage over every article once (so that one-time loading of the
//! knowledge base's lazy tables happens there), then again inside
//! `measured`. Under valgrind, count only that one:
//! `valgrind --tool=callgrind --toggle-collect='entities_profile::measured' ...`.
//! Prints the number of entities and mentions found and the stage's time,
//! once and as the sum of each article's least of three runs. With
//! `ENTITIES_PROFILE_TSV` set, also prints a line per article on standard
//! output (text bytes, tokens, entities, mentions, least nanoseconds), to
//! see whether long articles cost more than linearly.

use dateline_extract::context::Ctx;
use dateline_extract::input::{self, PayloadKind, RawInput};
use dateline_extract::{bodies, entities, Article};
use dateline_record::Origin;
use dateline_text::Document;
use std::hint::black_box;
use std::io::BufRead;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn stage(ctx: &Ctx<'_>, doc: &Document) -> (usize, usize) {
    let mut ents = entities::find(ctx);
    bodies::add(ctx, &mut ents);
    let mentions = ents.ments.len();
    let recs = entities::to_records(ents, &doc.text);
    let n = (recs.len(), mentions);
    black_box(recs);
    n
}

fn stage_all(ctxs: &[Ctx<'_>], docs: &[Document]) -> (usize, usize) {
    ctxs.iter().zip(docs).fold((0, 0), |(e, m), (ctx, doc)| {
        let (de, dm) = stage(ctx, doc);
        (e + de, m + dm)
    })
}

/// The measured pass: a function of its own for valgrind's toggle.
#[inline(never)]
fn measured(ctxs: &[Ctx<'_>], docs: &[Document]) -> (usize, usize) {
    stage_all(ctxs, docs)
}

fn main() -> anyhow::Result<()> {
    let mut arts: Vec<Article> = Vec::new();
    for path in std::env::args().skip(1) {
        let f = std::io::BufReader::new(std::fs::File::open(&path)?);
        for (i, line) in f.lines().enumerate() {
            let raw = RawInput {
                origin: Origin {
                    file: path.clone(),
                    line: Some(i as u64 + 1),
                },
                data: line?,
                kind: PayloadKind::Json,
                lossy: false,
            };
            if let Ok(a) = input::parse(raw) {
                arts.push(a);
            }
        }
    }
    let docs: Vec<Document> = arts
        .iter()
        .map(|a| Document::new(&a.input, a.body_start))
        .collect();
    let kb = dateline_kb::Kb::global().ok();
    let ctxs: Vec<Ctx> = arts
        .iter()
        .zip(&docs)
        .map(|(a, doc)| {
            let ctx = Ctx::for_article(doc, kb, a);
            ctx.tag_all();
            ctx
        })
        .collect();
    // A first pass pays for the lazily built tables, so that the second
    // counts only the per-article work.
    black_box(stage_all(&ctxs, &docs));
    let started = Instant::now();
    let (e, m) = measured(&ctxs, &docs);
    let once = started.elapsed();
    // On a shared machine a run another process interrupted counts its
    // turn: each article's least of three runs is the steadier figure.
    let tsv = std::env::var_os("ENTITIES_PROFILE_TSV").is_some();
    let least: Duration = ctxs
        .iter()
        .zip(&docs)
        .map(|(ctx, doc)| {
            let d = (0..3)
                .map(|_| {
                    let t = Instant::now();
                    black_box(stage(ctx, doc));
                    t.elapsed()
                })
                .min()
                .unwrap_or_default();
            if tsv {
                let (e, m) = stage(ctx, doc);
                println!(
                    "{}\t{}\t{e}\t{m}\t{}",
                    doc.text.len(),
                    ctx.toks.len(),
                    d.as_nanos()
                );
            }
            d
        })
        .sum();
    eprintln!(
        "{} articles, {e} entities, {m} mentions, {:.3} s once, {:.3} s as the sum of each article's least of three runs",
        arts.len(),
        once.as_secs_f64(),
        least.as_secs_f64()
    );
    Ok(())
}
