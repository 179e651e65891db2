//! Measures `Lexicon::match_events` throughput on a JSONL news corpus.
//!
//! Usage: `cargo run --release -p dateline_lexicon --example bench_match -- FILE.jsonl [FIELD]`
//!
//! Each line's `FIELD` string (default `text`) is lowercased and split into
//! word and punctuation tokens, then split into clauses at `.`, `;` and `!`
//! before matching, as the extractor does with sentences.

use std::time::Instant;

use dateline_lexicon::Lexicon;

fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() || ch == '-' || ch == '\'' {
            cur.push(ch);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !ch.is_whitespace() {
                out.push(ch.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Pulls a JSON string field out of one line without a JSON dependency;
/// good enough for a benchmark over trusted files.
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\":");
    let start = line.find(&key)? + key.len();
    let rest = line[start..].trim_start().strip_prefix('"')?;
    let mut esc = false;
    for (i, c) in rest.char_indices() {
        match c {
            '\\' if !esc => esc = true,
            '"' if !esc => return Some(&rest[..i]),
            _ => esc = false,
        }
    }
    None
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: bench_match FILE.jsonl [FIELD]");
        return Ok(());
    };
    let name = args.get(2).map_or("text", String::as_str);
    let data = std::fs::read_to_string(path)?;
    let lex = Lexicon::global();
    if let Some(e) = Lexicon::global_error() {
        eprintln!("lexicon error: {e}");
    }
    let docs: Vec<Vec<String>> = data
        .lines()
        .filter_map(|l| field(l, name))
        .map(|t| tokenize(&t.replace("\\n", " ")))
        .collect();
    let ntok: usize = docs.iter().map(Vec::len).sum();
    let mut events = 0usize;
    let mut by_root = std::collections::BTreeMap::<String, usize>::new();
    let mut by_line = std::collections::HashMap::<u32, usize>::new();
    let start = Instant::now();
    for doc in &docs {
        let refs: Vec<&str> = doc.iter().map(String::as_str).collect();
        for clause in refs.split(|t| matches!(*t, "." | ";" | "!" | "?")) {
            let ev = lex.match_events(clause);
            events += ev.len();
            for e in ev {
                *by_root.entry(e.code[..2].to_string()).or_default() += 1;
                *by_line.entry(e.pattern).or_default() += 1;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} docs, {ntok} tokens, {events} events in {secs:.3}s: {:.2} M tokens/s",
        docs.len(),
        ntok as f64 / secs / 1e6
    );
    println!("events by root: {by_root:?}");
    let mut lines: Vec<(u32, usize)> = by_line.into_iter().collect();
    lines.sort_by_key(|&(l, n)| (std::cmp::Reverse(n), l));
    let top: Vec<String> = lines
        .iter()
        .take(25)
        .map(|(l, n)| format!("{l}:{n}"))
        .collect();
    println!(
        "most frequent pattern lines (verbs.tsv line:count): {}",
        top.join(" ")
    );
    Ok(())
}
