//! Repair plus segmentation on the example article shipped in the repo,
//! repeated to a realistic batch size. Run: `cargo bench -p dateline_text`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dateline_text::{parse_header, Document};
use std::hint::black_box;

const ARTICLE: &str = include_str!("../../../examples/article.txt");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("header+repair+sentences+tokens", |b| {
        b.iter(|| {
            let h = parse_header(black_box(ARTICLE));
            Document::new(black_box(ARTICLE), h.body_start)
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
