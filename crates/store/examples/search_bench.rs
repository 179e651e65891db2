//! Search latency on an existing archive: each query runs `--runs` times
//! (after one warm-up) through the same code as `dateline search`, and the
//! median and 90th percentile are printed per query and over all runs.
//!
//! ```sh
//! cargo run --release -p dateline_store --example search_bench -- archive.db
//! cargo run --release -p dateline_store --example search_bench -- archive.db --runs 50 Iran '"oil prices"'
//! ```

use std::time::Instant;

use dateline_store::{SearchFilter, Store};

/// Single words and phrases of everyday news vocabulary, common and rare.
const DEFAULT_QUERIES: &[&str] = &[
    "Iran",
    "sanctions",
    "oil",
    "minister",
    "ceasefire",
    "Baghdad",
    "\"nuclear program\"",
    "\"prime minister\"",
    "\"foreign ministry\"",
    "\"oil prices\"",
    "Iraq AND oil",
    "Trump OR Obama",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let db = args
        .next()
        .ok_or("usage: search_bench ARCHIVE [--runs N] [QUERY...]")?;
    let mut runs = 20usize;
    let mut queries: Vec<String> = Vec::new();
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().ok_or("--runs needs a number")?.parse()?;
        } else {
            queries.push(a);
        }
    }
    if queries.is_empty() {
        queries = DEFAULT_QUERIES.iter().map(|q| (*q).to_owned()).collect();
    }
    let store = Store::open(&db)?;
    let filter = SearchFilter::default();
    let mut all = Vec::new();
    println!(
        "{:<24} {:>6} {:>10} {:>10}",
        "query", "hits", "median ms", "p90 ms"
    );
    for q in &queries {
        let hits = store.search(q, &filter, 20)?.len();
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs.max(1) {
            let t = Instant::now();
            store.search(q, &filter, 20)?;
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{:<24} {:>6} {:>10.2} {:>10.2}",
            q,
            hits,
            percentile(&times, 0.5),
            percentile(&times, 0.9)
        );
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "{:<24} {:>6} {:>10.2} {:>10.2}",
        "all",
        "",
        percentile(&all, 0.5),
        percentile(&all, 0.9)
    );
    Ok(())
}
