//! Measures load time, name trie build time and `find_names` throughput.
//!
//! Run with `cargo run --release -p dateline_kb --example kb_bench -- FILE...`
//! (any text or JSON Lines files; JSON lines are scanned as raw text, which is
//! close enough for a throughput figure).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t = Instant::now();
    let kb = dateline_kb::Kb::load()?;
    let load = t.elapsed();
    let t = Instant::now();
    let _ = kb.find_names("warm up: Baghdad");
    let build = t.elapsed();
    let mut bytes = 0usize;
    let mut found = 0usize;
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        texts.push(std::fs::read_to_string(&path)?);
    }
    let t = Instant::now();
    for text in &texts {
        bytes += text.len();
        found += kb.find_names(text).len();
    }
    let scan = t.elapsed();
    println!(
        "load {:.1} ms, name trie {:.1} ms, scanned {:.1} MB in {:.2} s = {:.1} MB/s, {found} matches",
        load.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3,
        bytes as f64 / 1e6,
        scan.as_secs_f64(),
        bytes as f64 / 1e6 / scan.as_secs_f64().max(1e-9),
    );
    Ok(())
}
