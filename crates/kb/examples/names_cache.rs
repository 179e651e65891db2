//! `find_names` as the pipeline meets it: each article's scan after other
//! work has evicted the trie from the caches, for cache profiles.
//!
//! `valgrind --tool=callgrind --cache-sim=yes --LL=1048576,16,64
//! --toggle-collect='names_cache::measured' target/release/examples/names_cache
//! FILE.jsonl` counts the scans alone (each line is scanned as raw text),
//! with the simulated caches overwritten by 2 MB between lines.

use std::hint::black_box;
use std::io::BufRead;

/// One line's scan: a function of its own for valgrind's toggle.
#[inline(never)]
fn measured(kb: &dateline_kb::Kb, text: &str) -> usize {
    kb.find_names(text).len()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let kb = dateline_kb::Kb::load()?;
    let _ = kb.find_names("warm up: Baghdad");
    let mut other = vec![0u8; 2 << 20];
    let mut found = 0usize;
    for path in std::env::args().skip(1) {
        let f = std::io::BufReader::new(std::fs::File::open(&path)?);
        for line in f.lines() {
            let line = line?;
            // What the other stages do between two articles' scans.
            for (i, b) in other.iter_mut().enumerate().step_by(64) {
                *b = b.wrapping_add(i as u8);
            }
            black_box(&mut other);
            found += measured(&kb, &line);
        }
    }
    println!("{found} matches");
    Ok(())
}
