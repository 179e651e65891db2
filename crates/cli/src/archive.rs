//! The archive subcommands: `ingest`, `search`, `events`, `quotes`,
//! `actors` and `export`.
//!
//! Argument structs are `clap::Args`; each `run_*` returns the process exit
//! code. The work (SQL, exports) lives in `dateline_store`; this module only
//! parses flags, shows progress and prints rows.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use dateline_store::{EventFilter, IngestCounts, Prepared, QuoteFilter, SearchFilter, Store};
use rayon::prelude::*;

use crate::pipeline::{self, Failure, InputOptions};

/// How many failures the ingest summary names; the rest are counted.
const NAMED_FAILURES: usize = 20;

/// `dateline ingest PATH... --db archive.db`
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Input files or directories (JSON Lines or plain-text articles).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The archive to write (created if missing).
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// Records per transaction (a batch also ends after 8 MB of input, so
    /// memory stays bounded on long articles).
    #[arg(long = "batch", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch: u64,
    /// Seconds to wait for another ingest holding the archive's write lock.
    #[arg(long, default_value_t = 60)]
    pub busy_timeout: u64,
    /// Input format (detected from the extension and content by default).
    #[arg(long, value_enum)]
    pub input_format: Option<crate::read::InputFormat>,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
    /// Seconds one article's analysis may take; past it the record keeps
    /// what was found, with a warning (0: no limit).
    #[arg(long, default_value_t = 30.0, value_parser = pipeline::parse_budget)]
    pub time_budget: f64,
}

/// Output format of the query subcommands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum RowFormat {
    /// Aligned, human-readable.
    #[default]
    Table,
    /// Comma-separated with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

fn parse_day(s: &str) -> Result<String, String> {
    let ok = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if ok {
        Ok(s.to_owned())
    } else {
        Err(format!("expected a date as YYYY-MM-DD, got {s:?}"))
    }
}

/// `dateline search "query" --db archive.db`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// FTS5 query: words, "exact phrases", AND, OR, NOT, prefix*.
    pub query: String,
    /// The archive.
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// Only this outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Published on or after (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub from: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub to: Option<String>,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: RowFormat,
}

/// Event filters shared by `events` and `export`.
#[derive(Debug, Clone, Args)]
pub struct EventFilterArgs {
    /// Source actor code prefix (IRN matches IRNGOV).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// CAMEO root code (10).
    #[arg(long)]
    pub root: Option<String>,
    /// Event status: asserted, claimed, denied, alleged, negated, hypothetical.
    #[arg(long)]
    pub status: Option<String>,
    /// Event day on or after (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub from: Option<String>,
    /// Event day on or before (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub to: Option<String>,
    /// Country (ISO alpha-3) of the event's place.
    #[arg(long)]
    pub place: Option<String>,
}

impl EventFilterArgs {
    fn filter(&self) -> EventFilter {
        let upper = |s: &Option<String>| s.as_ref().map(|s| s.to_uppercase());
        EventFilter {
            source: upper(&self.source),
            target: upper(&self.target),
            root: self.root.clone(),
            status: self.status.as_ref().map(|s| s.to_lowercase()),
            from: self.from.clone(),
            to: self.to.clone(),
            place: upper(&self.place),
        }
    }
}

/// `dateline events --db archive.db`
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// The archive.
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// Filters.
    #[command(flatten)]
    pub filter: EventFilterArgs,
    /// At most this many story events.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: RowFormat,
}

/// `dateline quotes --db archive.db`
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// The archive.
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// Speaker name contains (case-insensitive).
    #[arg(long)]
    pub speaker: Option<String>,
    /// What was said contains (case-insensitive).
    #[arg(long)]
    pub about: Option<String>,
    /// At most this many quotes.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: RowFormat,
}

/// `dateline actors --db archive.db`
#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// The archive.
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// At most this many actor codes.
    #[arg(long, default_value_t = 25)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: RowFormat,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Full records, one JSON object per line.
    Jsonl,
    /// Story events (or articles with `--table articles`) as CSV.
    Csv,
    /// Story events as Parquet.
    Parquet,
    /// Story events as the 61-column GDELT 2.0 event table (TSV).
    Gdelt,
}

/// What a CSV export holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum CsvTable {
    /// One row per story event.
    #[default]
    Events,
    /// One row per article.
    Articles,
}

/// `dateline export --db archive.db --format F --out PATH`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The archive.
    #[arg(long, default_value = "archive.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file; `-` writes to standard output (not for Parquet).
    #[arg(long)]
    pub out: PathBuf,
    /// For CSV: the events or the articles table.
    #[arg(long, value_enum, default_value_t)]
    pub table: CsvTable,
    /// For GDELT: write a header row (GDELT's own files have none).
    #[arg(long)]
    pub header: bool,
    /// Filters (applied to events; record and article exports keep
    /// articles with at least one matching event).
    #[command(flatten)]
    pub filter: EventFilterArgs,
}

/// Progress on a terminal (a bar) or in logs (a line every few seconds).
enum Progress {
    Bar(indicatif::ProgressBar),
    Lines {
        start: Instant,
        last: Instant,
        done: u64,
        total: Option<u64>,
    },
    Quiet,
}

impl Progress {
    fn new(total: Option<u64>, quiet: bool) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if !std::io::stderr().is_terminal() {
            let now = Instant::now();
            return Progress::Lines {
                start: now,
                last: now,
                done: 0,
                total,
            };
        }
        let (bar, template) = match total {
            Some(n) => (
                indicatif::ProgressBar::new(n),
                "{elapsed_precise} {wide_bar} {pos}/{len} articles {per_sec} ETA {eta}",
            ),
            None => (
                indicatif::ProgressBar::new_spinner(),
                "{spinner} {elapsed_precise} {pos} articles {per_sec}",
            ),
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress::Bar(bar)
    }

    fn advance(&mut self, n: u64) {
        match self {
            Progress::Bar(b) => b.inc(n),
            Progress::Lines {
                start,
                last,
                done,
                total,
            } => {
                *done += n;
                if last.elapsed() >= Duration::from_secs(5) {
                    *last = Instant::now();
                    let rate = *done as f64 / start.elapsed().as_secs_f64().max(1e-3);
                    match total {
                        Some(t) => eprintln!("ingest: {done}/{t} articles, {rate:.0}/s"),
                        None => eprintln!("ingest: {done} articles, {rate:.0}/s"),
                    }
                }
            }
            Progress::Quiet => {}
        }
    }

    fn println(&self, line: &str) {
        match self {
            Progress::Bar(b) => b.println(line),
            _ => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}

/// Counts the articles in the inputs when that is cheap: uncompressed JSON
/// Lines files (one per non-blank line) and single-article text files.
/// `None` (no ETA) for directories, compressed or unknown inputs.
fn estimate_total(paths: &[PathBuf]) -> Option<u64> {
    use std::io::BufRead;
    let mut total = 0u64;
    for p in paths {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !p.is_file() {
            return None;
        }
        match ext.as_str() {
            "jsonl" | "ndjson" => {
                let file = std::fs::File::open(p).ok()?;
                let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
                let mut line = Vec::new();
                loop {
                    line.clear();
                    match reader.read_until(b'\n', &mut line) {
                        Ok(0) => break,
                        Ok(_) if line.iter().all(u8::is_ascii_whitespace) => {}
                        Ok(_) => total += 1,
                        Err(_) => return None,
                    }
                }
            }
            "txt" | "text" | "html" | "htm" | "md" => total += 1,
            _ => return None,
        }
    }
    Some(total)
}

fn describe(f: &Failure) -> String {
    match f.origin.line {
        Some(line) => format!("{}:{line}: {}", f.origin.file, f.message),
        None => format!("{}: {}", f.origin.file, f.message),
    }
}

/// Input bytes per ingest batch at most. Three batches are in memory at once
/// (extracted, queued, being written), and a prepared record takes several
/// times its input; at 8 MB a batch of the longest articles stays near
/// 100 MB, while 1,024 typical news articles (2-3 MB) fill the count first.
const INGEST_BATCH_BYTES: usize = 8 << 20;

/// `dateline ingest`: extracts records from the inputs and stores them,
/// one transaction per batch. Exit code 1 when any article failed.
pub fn run_ingest(args: &IngestArgs) -> anyhow::Result<i32> {
    let store = Store::open_with_timeout(&args.db, Duration::from_secs(args.busy_timeout))
        .with_context(|| format!("opening {}", args.db.display()))?;
    let mut progress = Progress::new(estimate_total(&args.paths), args.quiet);
    let mut named: Vec<String> = Vec::new();
    let mut failed = 0u64;
    let opts = InputOptions {
        format: args.input_format,
        batch_bytes: INGEST_BATCH_BYTES,
        time_budget: pipeline::budget(args.time_budget),
        // Ingest already overlaps its writer with extraction; overlapping
        // the reading too saved nothing measurable on the corpora (22.2 s
        // against 21.8 s) and cost 70 MB of peak memory (a fourth batch).
        overlap: false,
        profile: false,
    };
    let batch = usize::try_from(args.batch).unwrap_or(1024);
    let started = Instant::now();
    // The archive is written on a thread of its own, so extraction of the
    // next batch overlaps the (single-threaded) database work of this one.
    // One batch queued, one being written and one being extracted bound
    // the memory.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Prepared>>(1);
    let db = args.db.clone();
    let tracing = crate::trace::enabled();
    let sampler = tracing.then(crate::trace::Sampler::start);
    let timers = std::sync::Arc::new(crate::trace::Timers::default());
    let wtimers = std::sync::Arc::clone(&timers);
    let writer = std::thread::Builder::new().name("writer".into()).spawn(
        move || -> anyhow::Result<IngestCounts> {
            let mut store = store;
            // Declared after `store`, so dropped first: the last checkpoint
            // runs before the connection closes.
            let _checkpoints = store
                .background_checkpoints()
                .with_context(|| format!("opening {}", db.display()))?;
            let mut counts = IngestCounts::default();
            loop {
                let t = Instant::now();
                let Ok(records) = rx.recv() else { break };
                if tracing {
                    wtimers.add("writer: waiting for a batch", t.elapsed());
                }
                let (t, cpu) = (Instant::now(), tracing.then(crate::trace::thread_cpu));
                counts += store
                    .ingest_prepared(&records)
                    .with_context(|| format!("writing to {}", db.display()))?;
                if let Some(cpu) = cpu {
                    wtimers.add("writer: storing a batch", t.elapsed());
                    wtimers.add(
                        "writer: storing a batch, CPU",
                        crate::trace::thread_cpu() - cpu,
                    );
                }
                let t = Instant::now();
                drop(records);
                if tracing {
                    wtimers.add("writer: freeing a batch", t.elapsed());
                }
            }
            if tracing {
                if let Some(size) = store.writer_index_size() {
                    eprintln!("writer indexes: {size:?}");
                }
                wtimers.add("writer: thread CPU", crate::trace::thread_cpu());
                eprintln!(
                    "writer schedstat: {}",
                    crate::trace::thread_schedstat().trim()
                );
            }
            let t = Instant::now();
            drop(_checkpoints);
            drop(store);
            if tracing {
                wtimers.add("writer: closing", t.elapsed());
            }
            Ok(counts)
        },
    )?;
    let mut last = Instant::now();
    let result = pipeline::for_each_batch(&args.paths, &opts, batch, &mut |items| {
        if tracing {
            timers.add("main: reading and extracting", last.elapsed());
        }
        let n = items.len() as u64;
        let mut records = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Ok(r) => records.push(r),
                Err(f) => {
                    failed += 1;
                    let line = describe(&f);
                    progress.println(&format!("failed: {line}"));
                    if named.len() < NAMED_FAILURES {
                        named.push(line);
                    }
                }
            }
        }
        // Hashing, compressing and signing run here, in parallel; the
        // writer does only database work.
        let t = Instant::now();
        let prepared = records
            .into_par_iter()
            .map(Prepared::new)
            .collect::<Result<Vec<_>, _>>()
            .context("preparing records for the archive")?;
        if tracing {
            timers.add("main: preparing", t.elapsed());
        }
        let t = Instant::now();
        // A send fails only when the writer stopped on an error, which
        // joining it below reports.
        if tx.send(prepared).is_err() {
            anyhow::bail!("the archive writer stopped");
        }
        if tracing {
            timers.add("main: blocked handing a batch to the writer", t.elapsed());
        }
        progress.advance(n);
        last = Instant::now();
        Ok(())
    });
    drop(tx);
    let t = Instant::now();
    let counts = match writer.join() {
        Ok(r) => r?,
        Err(_) => anyhow::bail!("the archive writer panicked"),
    };
    if let Some(s) = sampler {
        timers.add("main: waiting for the writer at the end", t.elapsed());
        s.finish(&timers);
    }
    progress.finish();
    let stats = result?;
    let secs = started.elapsed().as_secs_f64();
    let total = counts.inserted + counts.updated + counts.skipped;
    eprintln!(
        "ingested {} new, {} updated, {} unchanged (skipped), {} failed in {:.1} s ({:.0} articles/s, {:.1} MB read) into {}",
        counts.inserted,
        counts.updated,
        counts.skipped,
        failed.max(stats.failed),
        secs,
        (total + failed) as f64 / secs.max(1e-3),
        stats.bytes as f64 / 1e6,
        args.db.display()
    );
    if failed > 0 {
        eprintln!("failures:");
        for f in &named {
            eprintln!("  {f}");
        }
        if failed > named.len() as u64 {
            eprintln!("  ... and {} more", failed - named.len() as u64);
        }
        return Ok(1);
    }
    Ok(0)
}

fn open_existing(db: &Path) -> anyhow::Result<Store> {
    // Queries on a missing archive would silently create an empty one.
    anyhow::ensure!(
        db.exists(),
        "{}: no such archive (create one with `dateline ingest`)",
        db.display()
    );
    Store::open(db).with_context(|| format!("opening {}", db.display()))
}

/// Writes rows as a table, CSV or JSON Lines.
fn print_rows<T>(
    format: RowFormat,
    header: &[&str],
    rows: &[T],
    json: impl Fn(&T) -> serde_json::Result<String>,
    fields: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        RowFormat::Jsonl => {
            for r in rows {
                writeln!(out, "{}", json(r)?)?;
            }
        }
        RowFormat::Csv => {
            writeln!(out, "{}", header.join(","))?;
            for r in rows {
                let line: Vec<String> = fields(r).iter().map(|f| csv_field(f)).collect();
                writeln!(out, "{}", line.join(","))?;
            }
        }
        RowFormat::Table => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| fields(r).into_iter().map(|f| one_line(&f, 80)).collect())
                .collect();
            let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
            for row in &cells {
                for (w, c) in widths.iter_mut().zip(row) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let line = |out: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
                let last = row.len().saturating_sub(1);
                for (i, (c, w)) in row.iter().zip(&widths).enumerate() {
                    if i == last {
                        writeln!(out, "{c}")?;
                    } else {
                        write!(out, "{c:<w$}  ")?;
                    }
                }
                Ok(())
            };
            line(
                &mut out,
                &header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>(),
            )?;
            for row in &cells {
                line(&mut out, row)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Collapses whitespace and truncates to `max` characters for tables.
fn one_line(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let mut t: String = flat.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// `dateline search`.
pub fn run_search(args: &SearchArgs) -> anyhow::Result<i32> {
    let store = open_existing(&args.db)?;
    let filter = SearchFilter {
        outlet: args.outlet.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
    };
    let hits = store.search(&args.query, &filter, args.limit)?;
    print_rows(
        args.format,
        &["id", "published", "outlet", "title", "snippet"],
        &hits,
        serde_json::to_string,
        |h| {
            vec![
                h.id.clone(),
                opt(&h.published),
                opt(&h.outlet),
                opt(&h.title),
                h.snippet.clone(),
            ]
        },
    )?;
    if hits.is_empty() && args.format == RowFormat::Table {
        eprintln!("no matches");
    }
    Ok(0)
}

/// `dateline events`.
pub fn run_events(args: &EventsArgs) -> anyhow::Result<i32> {
    let store = open_existing(&args.db)?;
    let rows = store.events(&args.filter.filter(), args.limit)?;
    let header = [
        "story", "date", "source", "cameo", "target", "status", "articles", "sources", "place",
        "trigger", "article",
    ];
    print_rows(args.format, &header, &rows, serde_json::to_string, |e| {
        vec![
            e.story_id.to_string(),
            opt(&e.date),
            opt(&e.source_code),
            e.cameo.clone(),
            opt(&e.target_code),
            e.status.clone(),
            e.num_articles.to_string(),
            e.num_sources.to_string(),
            opt(&e.place_country),
            e.trigger.clone(),
            e.article.clone(),
        ]
    })?;
    Ok(0)
}

/// `dateline quotes`.
pub fn run_quotes(args: &QuotesArgs) -> anyhow::Result<i32> {
    let store = open_existing(&args.db)?;
    let filter = QuoteFilter {
        speaker: args.speaker.clone(),
        about: args.about.clone(),
    };
    let rows = store.quotes(&filter, args.limit)?;
    let header = ["published", "speaker", "kind", "cue", "content", "article"];
    print_rows(args.format, &header, &rows, serde_json::to_string, |q| {
        let content = if q.negated {
            format!("(not) {}", q.content)
        } else {
            q.content.clone()
        };
        vec![
            opt(&q.published),
            opt(&q.speaker),
            q.kind.clone(),
            opt(&q.cue),
            content,
            q.article.clone(),
        ]
    })?;
    Ok(0)
}

/// `dateline actors`.
pub fn run_actors(args: &ActorsArgs) -> anyhow::Result<i32> {
    let store = open_existing(&args.db)?;
    let rows = store.actors(args.limit)?;
    print_rows(
        args.format,
        &["code", "total", "as_source", "as_target"],
        &rows,
        serde_json::to_string,
        |a| {
            vec![
                a.code.clone(),
                a.total.to_string(),
                a.as_source.to_string(),
                a.as_target.to_string(),
            ]
        },
    )?;
    Ok(0)
}

/// `dateline export`: streams to a temporary file beside `--out` and renames
/// it into place, so an interrupted export never looks complete.
pub fn run_export(args: &ExportArgs) -> anyhow::Result<i32> {
    let store = open_existing(&args.db)?;
    let filter = args.filter.filter();
    let to_stdout = args.out.as_os_str() == "-";
    if to_stdout {
        anyhow::ensure!(
            args.format != ExportFormat::Parquet,
            "Parquet can't be written to standard output; give --out FILE"
        );
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let n = export_to(&store, args, &filter, &mut out)?;
        eprintln!("exported {n} rows");
        return Ok(0);
    }
    let tmp = args.out.with_extension(format!(
        "{}.partial",
        args.out
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("out")
    ));
    let file =
        std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let n = match args.format {
        ExportFormat::Parquet => store
            .export_parquet(&filter, file)
            .map_err(anyhow::Error::from),
        _ => {
            let mut out = BufWriter::new(file);
            export_to(&store, args, &filter, &mut out)
        }
    };
    let n = match n {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    std::fs::rename(&tmp, &args.out).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("exported {n} rows to {}", args.out.display());
    Ok(0)
}

fn export_to(
    store: &Store,
    args: &ExportArgs,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> anyhow::Result<u64> {
    Ok(match (args.format, args.table) {
        (ExportFormat::Jsonl, _) => store.export_jsonl(filter, out)?,
        (ExportFormat::Csv, CsvTable::Events) => store.export_events_csv(filter, out)?,
        (ExportFormat::Csv, CsvTable::Articles) => store.export_articles_csv(filter, out)?,
        (ExportFormat::Gdelt, _) => store.export_gdelt(filter, args.header, out)?,
        (ExportFormat::Parquet, _) => anyhow::bail!("Parquet needs a file"),
    })
}
