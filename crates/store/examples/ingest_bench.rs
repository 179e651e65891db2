//! The archive writer alone: records already extracted (the JSONL of
//! `dateline extract`) are prepared, then written in batches into a fresh
//! archive, and the time spent in the writer is printed. This separates the
//! database's share of `dateline ingest` from extraction's.
//!
//! ```sh
//! dateline extract ../shared/corpora/bbc > /tmp/bbc.jsonl
//! cargo run --release -p dateline_store --example ingest_bench -- /tmp/bbc.jsonl /tmp/bench.db
//! ```

use std::io::BufRead;
use std::time::{Duration, Instant};

use dateline_store::{Prepared, Record, Store};

/// CPU time of the calling thread (Linux), so a busy machine does not
/// distort the figure; zero elsewhere.
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: ingest_bench RECORDS.jsonl ARCHIVE [--batch N]";
    let input = args.next().ok_or(usage)?;
    let db = args.next().ok_or(usage)?;
    let mut batch = 256usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--batch" => batch = args.next().ok_or(usage)?.parse()?,
            _ => return Err(usage.into()),
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db}{suffix}"));
    }
    let mut store = Store::open(std::path::Path::new(&db))?;
    // Settings to compare, such as FTS5 options:
    // BENCH_SQL="INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8)"
    if let Some(sql) = std::env::var_os("BENCH_SQL") {
        rusqlite::Connection::open(&db)?.execute_batch(&sql.to_string_lossy())?;
    }
    let checkpointer = if std::env::var_os("NO_BG_CHECKPOINT").is_some() {
        None
    } else {
        // CHECKPOINT_MS=N: background checkpoints every N ms.
        let every = std::env::var("CHECKPOINT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(Duration::from_secs(1), Duration::from_millis);
        Some(store.background_checkpoints_every(every)?)
    };
    let reader = std::io::BufReader::new(std::fs::File::open(&input)?);
    let (mut prep_time, mut write_time) = (Duration::ZERO, Duration::ZERO);
    let (mut prep_cpu, mut write_cpu) = (Duration::ZERO, Duration::ZERO);
    let (mut n, mut bytes) = (0usize, 0usize);
    let mut pending: Vec<Record> = Vec::with_capacity(batch);
    let mut flush = |pending: &mut Vec<Record>| -> Result<(), Box<dyn std::error::Error>> {
        let (t, c) = (Instant::now(), thread_cpu());
        let prepared = pending
            .drain(..)
            .map(Prepared::new)
            .collect::<Result<Vec<_>, _>>()?;
        prep_time += t.elapsed();
        prep_cpu += thread_cpu().saturating_sub(c);
        let (t, c) = (Instant::now(), thread_cpu());
        store.ingest_prepared(&prepared)?;
        write_time += t.elapsed();
        write_cpu += thread_cpu().saturating_sub(c);
        Ok(())
    };
    for line in reader.lines() {
        let line = line?;
        bytes += line.len();
        pending.push(serde_json::from_str(&line)?);
        n += 1;
        if pending.len() == batch {
            flush(&mut pending)?;
        }
    }
    flush(&mut pending)?;
    drop(checkpointer);
    let size = std::fs::metadata(&db)?.len();
    println!(
        "{n} records ({:.1} MB JSON): prepare {:.1} s ({:.1} s CPU), write {:.1} s ({:.1} s CPU; {:.0} records/s written), archive {:.0} MB",
        bytes as f64 / 1e6,
        prep_time.as_secs_f64(),
        prep_cpu.as_secs_f64(),
        write_time.as_secs_f64(),
        write_cpu.as_secs_f64(),
        n as f64 / write_time.as_secs_f64(),
        size as f64 / 1e6
    );
    Ok(())
}
