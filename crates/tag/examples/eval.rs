//! Scores the embedded model on CoNLL-U files and measures its speed:
//! `cargo run --release -p dateline_tag --example eval -- [--model PATH] FILE...`.

use anyhow::{Context, Result};
use dateline_tag::{train, Scratch, Tagger};

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--model PATH` scores a model file instead of the embedded one.
    let tagger = match args.iter().position(|a| a == "--model") {
        Some(i) if i + 1 < args.len() => {
            let path = args.remove(i + 1);
            args.remove(i);
            Tagger::from_bytes(&std::fs::read(&path).with_context(|| format!("reading {path}"))?)?
        }
        _ => Tagger::load()?,
    };
    println!(
        "model: {} features, {} weights",
        tagger.model().n_features(),
        tagger.model().n_weights()
    );
    for path in args {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
        let gold = train::parse_conllu(&text)?;
        let acc = train::evaluate(tagger.model(), &gold);
        println!(
            "{path}: {} tokens, UPOS {:.2}%, XPOS {:.2}%",
            acc.tokens,
            acc.upos * 100.0,
            acc.xpos * 100.0
        );
        // Speed through the public API, buffers reused as a batch caller would.
        let sents: Vec<Vec<&str>> = gold
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        // Best of several trials: on a shared machine other processes
        // steal the core and the cache, which only ever slows a trial down.
        let (mut best_wall, mut best_cpu) = (0f64, 0f64);
        for _ in 0..5 {
            let cpu0 = cpu_seconds();
            let start = std::time::Instant::now();
            let mut n = 0usize;
            for _ in 0..4 {
                for s in &sents {
                    tagger.tag_into(s, &mut scratch, &mut out);
                    n += out.len();
                }
            }
            let secs = start.elapsed().as_secs_f64();
            best_wall = best_wall.max(n as f64 / secs);
            if let Some(cpu) = cpu_seconds()
                .zip(cpu0)
                .map(|(a, b)| a - b)
                .filter(|&c| c > 0.0)
            {
                best_cpu = best_cpu.max(n as f64 / cpu);
            }
        }
        println!(
            "  speed: {:.2} M tokens/s wall-clock, single thread (best of 5 trials)",
            best_wall / 1e6
        );
        if best_cpu > 0.0 {
            // CPU time excludes time the thread waited for a core.
            println!(
                "  speed: {:.2} M tokens/s per CPU second (best of 5 trials)",
                best_cpu / 1e6
            );
        }
    }
    Ok(())
}

/// User + system CPU time of this process from `/proc/self/stat` (Linux), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields overall, in clock ticks of 1/100 s.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
