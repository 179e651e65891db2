//! Measures `find_times` throughput in MB/s over JSON Lines files.
//!
//! Each line is passed as one article (JSON escapes included, which is close
//! enough for timing). Run in release mode:
//!
//! ```text
//! cargo run --release -p dateline_time --example throughput -- FILE.jsonl...
//! ```
//!
//! With `--show N` first, it also prints the first N expressions found, for
//! eyeballing false positives.

use std::time::Instant;

use chrono::NaiveDate;
use dateline_time::{find_times, Tense};

fn main() -> std::io::Result<()> {
    let published = NaiveDate::from_ymd_opt(2019, 2, 8).unwrap_or_default();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut show = 0usize;
    if args.first().is_some_and(|a| a == "--show") && args.len() > 1 {
        show = args[1].parse().unwrap_or(0);
        args.drain(..2);
    }
    for path in args {
        let data = std::fs::read_to_string(&path)?;
        let lines: Vec<&str> = data.lines().collect();
        let mut shown = 0;
        for l in &lines {
            for t in find_times(l, published, &|_| Tense::Unknown) {
                if shown >= show {
                    break;
                }
                let ctx = l.get(t.start.saturating_sub(30)..t.start).unwrap_or("");
                let span = l.get(t.start..t.end).unwrap_or("");
                println!(
                    "{ctx:>30}[{span}] -> {} ({:?})",
                    t.value.value, t.value.precision
                );
                shown += 1;
            }
        }
        let mut best = f64::MAX;
        let mut count = 0;
        for _ in 0..3 {
            let t = Instant::now();
            count = lines
                .iter()
                .map(|l| find_times(l, published, &|_| Tense::Unknown).len())
                .sum::<usize>();
            best = best.min(t.elapsed().as_secs_f64());
        }
        let mb = data.len() as f64 / 1e6;
        println!(
            "{path}: {mb:.1} MB, {count} expressions, {:.0} MB/s",
            mb / best
        );
    }
    Ok(())
}
