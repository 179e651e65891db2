//! Reading inputs: files, directories (recursive), `.gz` files and `-`.
//!
//! Produces a stream of [`RawInput`] in a stable order (paths as given,
//! directory entries sorted), without holding more than one file's
//! record in memory at a time for JSON Lines.

use dateline_extract::input::{PayloadKind, RawInput};
use dateline_record::Origin;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Input format, detected or forced with `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// A plain-text article per file.
    Text,
    /// One JSON object or an array of objects per file.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// An item of the input stream: a record, or an error tied to its origin.
pub enum Item {
    /// A record to process.
    Raw(RawInput),
    /// Something that could not be read.
    Error(Origin, String),
}

/// Expands paths into files, recursing into directories in sorted order.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, String)>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            walk(p, &mut out);
        } else if p.exists() {
            out.push(Ok(p.clone()));
        } else {
            out.push(Err((p.clone(), "no such file or directory".to_string())));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<PathBuf, (PathBuf, String)>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Err((dir.to_path_buf(), e.to_string())));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if is_article_file(&p) {
            out.push(Ok(p));
        }
    }
}

fn is_article_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".txt", ".json", ".jsonl", ".ndjson", ".text"]
        .iter()
        .any(|s| name.ends_with(s))
        || !name.contains('.')
}

fn open(p: &Path) -> std::io::Result<Box<dyn BufRead + Send>> {
    if p.as_os_str() == "-" {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let f = File::open(p)?;
    if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(f),
        )))
    } else {
        Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
    }
}

fn format_by_name(p: &Path) -> Option<InputFormat> {
    let name = p.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(InputFormat::Jsonl)
    } else if name.ends_with(".json") {
        Some(InputFormat::Json)
    } else if name.ends_with(".txt") || name.ends_with(".text") {
        Some(InputFormat::Text)
    } else {
        None
    }
}

fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// Streams the items of one file to `emit`. Returns false to stop early.
pub fn read_file(path: &Path, forced: Option<InputFormat>, emit: &mut dyn FnMut(Item) -> bool) {
    let file = path.to_string_lossy().into_owned();
    let origin = |line: Option<u64>| Origin {
        file: file.clone(),
        line,
    };
    let mut r = match open(path) {
        Ok(r) => r,
        Err(e) => {
            emit(Item::Error(origin(None), format!("cannot read: {e}")));
            return;
        }
    };
    // Sniff the start to detect the format and binary files.
    let head = match r.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => {
            emit(Item::Error(origin(None), format!("cannot read: {e}")));
            return;
        }
    };
    if head.is_empty() {
        emit(Item::Error(origin(None), "empty file".to_string()));
        return;
    }
    if head.iter().take(8192).any(|&b| b == 0) {
        emit(Item::Error(
            origin(None),
            "binary file (contains NUL bytes); skipped".to_string(),
        ));
        return;
    }
    let first = head
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace())
        .unwrap_or(b' ');
    let format = forced
        .or_else(|| format_by_name(path))
        .unwrap_or(match first {
            b'{' => InputFormat::Jsonl,
            b'[' => InputFormat::Json,
            _ => InputFormat::Text,
        });
    match format {
        InputFormat::Text => {
            let mut buf = Vec::new();
            if let Err(e) = r.read_to_end(&mut buf) {
                emit(Item::Error(origin(None), format!("cannot read: {e}")));
                return;
            }
            let (data, lossy) = decode(buf);
            emit(Item::Raw(RawInput {
                origin: origin(None),
                data,
                kind: PayloadKind::Text,
                lossy,
            }));
        }
        InputFormat::Json => {
            let mut buf = Vec::new();
            if let Err(e) = r.read_to_end(&mut buf) {
                emit(Item::Error(origin(None), format!("cannot read: {e}")));
                return;
            }
            let (data, lossy) = decode(buf);
            match serde_json::from_str::<serde_json::Value>(&data) {
                Ok(serde_json::Value::Array(items)) => {
                    for (i, v) in items.into_iter().enumerate() {
                        let o = Origin {
                            file: file.clone(),
                            line: Some(i as u64 + 1),
                        };
                        if !emit(Item::Raw(RawInput {
                            origin: o,
                            data: v.to_string(),
                            kind: PayloadKind::Json,
                            lossy,
                        })) {
                            return;
                        }
                    }
                }
                Ok(v) => {
                    emit(Item::Raw(RawInput {
                        origin: origin(None),
                        data: v.to_string(),
                        kind: PayloadKind::Json,
                        lossy,
                    }));
                }
                Err(e) => {
                    // Perhaps JSON Lines after all.
                    if data.lines().filter(|l| !l.trim().is_empty()).count() > 1 {
                        read_jsonl(&mut data.as_bytes(), &file, lossy, emit);
                    } else {
                        emit(Item::Error(origin(None), format!("invalid JSON: {e}")));
                    }
                }
            }
        }
        InputFormat::Jsonl => read_jsonl(&mut r, &file, false, emit),
    }
}

/// Streams JSON Lines from `r`, one record per non-blank line, numbered from 1.
/// `lossy` marks every record when the text was already decoded lossily.
fn read_jsonl(r: &mut dyn BufRead, file: &str, lossy: bool, emit: &mut dyn FnMut(Item) -> bool) {
    let origin = |line: u64| Origin {
        file: file.to_string(),
        line: Some(line),
    };
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match r.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                emit(Item::Error(
                    origin(line_no + 1),
                    format!("cannot read: {e}"),
                ));
                break;
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let (data, line_lossy) = decode(std::mem::take(&mut buf));
        if !emit(Item::Raw(RawInput {
            origin: origin(line_no),
            data,
            kind: PayloadKind::Json,
            lossy: lossy || line_lossy,
        })) {
            return;
        }
    }
}
