//! The entities stage (`entities::find`, `bodies::add`, `entities::to_records`)
//! on the example article shipped in the repo, or on every article of a JSON
//! Lines file named by `DATELINE_BENCH_JSONL`. Repair, segmentation and
//! part-of-speech tagging (run on demand inside the stage) are left out of
//! the time, as in `dateline extract --stats`. Each article's time is the
//! least of three runs: the machine may be shared, and a run another process
//! interrupted would count its turn.
//! Run: `cargo bench -p dateline_extract --bench entities`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_extract::context::Ctx;
use dateline_extract::input::{self, PayloadKind, RawInput};
use dateline_extract::{bodies, entities, Article};
use dateline_record::Origin;
use dateline_text::Document;
use std::hint::black_box;
use std::time::{Duration, Instant};

// As in the `dateline` binary: allocation is a good part of the stage.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ARTICLE: &str = include_str!("../../../examples/article.txt");

fn articles() -> Vec<Article> {
    let raw = |data: String, kind| RawInput {
        origin: Origin {
            file: "bench".into(),
            line: None,
        },
        data,
        kind,
        lossy: false,
    };
    match std::env::var("DATELINE_BENCH_JSONL") {
        Ok(path) => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {path}: {e}"))
            .lines()
            .filter_map(|l| input::parse(raw(l.to_owned(), PayloadKind::Json)).ok())
            .collect(),
        Err(_) => vec![input::parse(raw(ARTICLE.to_owned(), PayloadKind::Text))
            .expect("the example article has a body")],
    }
}

fn bench(c: &mut Criterion) {
    let arts = articles();
    let docs: Vec<Document> = arts
        .iter()
        .map(|a| Document::new(&a.input, a.body_start))
        .collect();
    let kb = dateline_kb::Kb::global().ok();
    // Every sentence tagged beforehand: the tagger runs on demand inside
    // the stage, and its time is counted apart.
    let ctxs: Vec<Ctx> = arts
        .iter()
        .zip(&docs)
        .map(|(a, doc)| {
            let ctx = Ctx::for_article(doc, kb, a);
            ctx.tag_all();
            ctx
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(bytes as u64));
    if arts.len() > 1 {
        g.sample_size(10);
    }
    let name = if arts.len() > 1 { "jsonl" } else { "example" };
    g.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                for (ctx, doc) in ctxs.iter().zip(&docs) {
                    total += (0..3)
                        .map(|_| {
                            let started = Instant::now();
                            let mut ents = entities::find(ctx);
                            bodies::add(ctx, &mut ents);
                            black_box(entities::to_records(ents, &doc.text));
                            started.elapsed()
                        })
                        .min()
                        .unwrap_or_default();
                }
            }
            total
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
