//! The batch driver: read, extract in parallel, hand results over in input order.
//!
//! Records are grouped into batches bounded by count and bytes, so memory
//! follows the batch in flight, not the input size. Each batch is processed
//! with rayon and delivered to the sink in input order.

use crate::read::{self, InputFormat, Item};
use dateline_extract::{input, Extractor, StageTimes, BUDGET_WARNING};
use dateline_record::{Origin, Record};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A record that could not be processed.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Where it came from.
    pub origin: Origin,
    /// What went wrong.
    pub message: String,
}

impl Failure {
    /// `file:line`, or the file alone.
    pub fn location(&self) -> String {
        location(&self.origin)
    }
}

/// `file:line` of an origin, or the file alone.
fn location(origin: &Origin) -> String {
    match origin.line {
        Some(l) => format!("{}:{l}", origin.file),
        None => origin.file.clone(),
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)
    }
}

/// Totals of a run.
#[derive(Debug, Clone, Default)]
pub struct RunStats {
    /// Articles processed successfully.
    pub articles: u64,
    /// Records or files that failed.
    pub failed: u64,
    /// Input bytes of the processed records.
    pub bytes: u64,
    /// Sentences of the processed records.
    pub sentences: u64,
    /// Time per stage, the threads' CPU time summed over threads (zero
    /// unless [`InputOptions::profile`]; see [`StageTimes`]).
    pub stages: StageTimes,
    /// Wall time.
    pub elapsed: Duration,
}

impl RunStats {
    /// A one-line summary with throughput.
    pub fn summary(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        #[expect(clippy::cast_precision_loss, reason = "display only")]
        let (aps, mbs) = (self.articles as f64 / secs, self.bytes as f64 / 1e6 / secs);
        format!(
            "{} articles, {} failed, {:.1} MB in {:.2} s: {:.0} articles/s, {:.2} MB/s",
            self.articles,
            self.failed,
            self.bytes as f64 / 1e6,
            secs,
            aps,
            mbs
        )
    }

    /// Sentences and the time per stage, summed over threads, when the run
    /// was profiled.
    pub fn stage_summary(&self) -> Option<String> {
        let total = self.stages.total().as_secs_f64();
        if total <= 0.0 {
            return None;
        }
        let s = &self.stages;
        let part = |d: Duration| {
            let x = d.as_secs_f64();
            format!("{x:.2} s ({:.0}%)", 100.0 * x / total)
        };
        #[expect(clippy::cast_precision_loss, reason = "display only")]
        let per_sec = self.sentences as f64 / total;
        Some(format!(
            "{} sentences, {per_sec:.0} per thread-second of analysis (thread CPU time); \
             stages over all threads: \
             text {}, tagging {}, entities {}, attributions {}, events {}, total {total:.2} s",
            self.sentences,
            part(s.text),
            part(s.tagging),
            part(s.entities),
            part(s.attributions),
            part(s.events),
        ))
    }
}

/// Input options.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// Forced input format.
    pub format: Option<InputFormat>,
    /// Bytes of input gathered at most before a batch is processed, whatever
    /// its number of articles (a record in memory is several times its
    /// input), so memory stays bounded on inputs of very long articles.
    pub batch_bytes: usize,
    /// Time one article's analysis may take (None: no limit); see
    /// [`Extractor::with_budget`].
    pub time_budget: Option<Duration>,
    /// Extract a batch while the previous one goes to the sink (one more
    /// batch in memory); see [`for_each_batch`].
    pub overlap: bool,
    /// Measure the time of each stage ([`RunStats::stages`]).
    pub profile: bool,
}

/// Reads `--time-budget`: seconds, finite and not negative.
pub fn parse_budget(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("expected seconds (0 or more), got {s:?}")),
    }
}

/// The budget of `--time-budget` seconds, 0 meaning none.
pub fn budget(seconds: f64) -> Option<Duration> {
    (seconds > 0.0)
        .then(|| Duration::try_from_secs_f64(seconds).ok())
        .flatten()
}

/// [`InputOptions::batch_bytes`] for `extract`.
pub const BATCH_BYTES: usize = 32 << 20;

/// Reads all inputs, extracts in parallel, and calls `sink` with batches of
/// results in input order.
///
/// With [`InputOptions::overlap`], a batch is extracted on the thread pool
/// while this thread hands the previous batch to `sink` and reads the next
/// one, so reading and writing (single-threaded) do not leave the pool idle;
/// one more batch is then in memory.
pub fn for_each_batch(
    paths: &[PathBuf],
    opts: &InputOptions,
    batch_size: usize,
    sink: &mut dyn FnMut(Vec<Result<Record, Failure>>) -> anyhow::Result<()>,
) -> anyhow::Result<RunStats> {
    let started = Instant::now();
    let extractor = Extractor::new().with_budget(opts.time_budget);
    let max_bytes = opts.batch_bytes.max(1);
    let batch_size = batch_size.max(1);
    let mut stats = std::thread::scope(|scope| -> anyhow::Result<RunStats> {
        let mut driver = Driver {
            extractor: &extractor,
            sink,
            overlap: opts.overlap,
            profile: opts.profile,
            stats: RunStats::default(),
            sink_err: None,
            pending: None,
        };
        let mut batch: Vec<Item> = Vec::new();
        let mut batch_bytes = 0usize;
        for p in read::expand(paths) {
            match p {
                Err((path, msg)) => {
                    batch.push(Item::Error(
                        Origin {
                            file: path.to_string_lossy().into_owned(),
                            line: None,
                        },
                        msg,
                    ));
                }
                Ok(path) => {
                    read::read_file(&path, opts.format, &mut |item| {
                        if let Item::Raw(r) = &item {
                            batch_bytes += r.data.len();
                        }
                        batch.push(item);
                        if batch.len() >= batch_size || batch_bytes >= max_bytes {
                            driver.submit(scope, std::mem::take(&mut batch));
                            batch_bytes = 0;
                        }
                        driver.sink_err.is_none()
                    });
                }
            }
            if driver.sink_err.is_some() {
                break;
            }
        }
        driver.submit(scope, batch);
        driver.deliver();
        match driver.sink_err {
            Some(e) => Err(e),
            None => Ok(driver.stats),
        }
    })?;
    stats.elapsed = started.elapsed();
    Ok(stats)
}

type Results = Vec<(Result<Record, Failure>, usize, StageTimes)>;

/// Runs batches on the pool and delivers their results in order.
struct Driver<'x, 's, 'scope> {
    extractor: &'x Extractor,
    sink: &'s mut dyn FnMut(Vec<Result<Record, Failure>>) -> anyhow::Result<()>,
    overlap: bool,
    profile: bool,
    stats: RunStats,
    sink_err: Option<anyhow::Error>,
    /// The batch being extracted, not yet delivered.
    pending: Option<std::thread::ScopedJoinHandle<'scope, Results>>,
}

impl<'x: 'scope, 'scope> Driver<'x, '_, 'scope> {
    /// Starts extracting `items`, then delivers the batch before them.
    fn submit<'env>(&mut self, scope: &'scope std::thread::Scope<'scope, 'env>, items: Vec<Item>) {
        if items.is_empty() || self.sink_err.is_some() {
            return;
        }
        let (extractor, profile) = (self.extractor, self.profile);
        let handle = scope.spawn(move || {
            items
                .into_par_iter()
                .map(|item| process(extractor, item, profile))
                .collect::<Results>()
        });
        // Only one batch waits at a time: the one before this must go out
        // first, in input order.
        self.deliver();
        self.pending = Some(handle);
        if !self.overlap {
            self.deliver();
        }
    }

    /// Waits for the pending batch and hands its results to the sink.
    fn deliver(&mut self) {
        let Some(handle) = self.pending.take() else {
            return;
        };
        let Ok(results) = handle.join() else {
            // `process` catches panics per article; this is a bug elsewhere.
            self.sink_err = Some(anyhow::anyhow!(
                "a batch of articles could not be processed (internal error)"
            ));
            return;
        };
        if self.sink_err.is_some() {
            return;
        }
        let mut out = Vec::with_capacity(results.len());
        for (r, bytes, times) in results {
            match &r {
                Ok(rec) => {
                    self.stats.articles += 1;
                    self.stats.bytes += bytes as u64;
                    self.stats.sentences += rec.sentences.len() as u64;
                    self.stats.stages += times;
                }
                Err(_) => self.stats.failed += 1,
            }
            out.push(r);
        }
        if let Err(e) = (self.sink)(out) {
            self.sink_err = Some(e);
        }
    }
}

fn process(
    extractor: &Extractor,
    item: Item,
    profile: bool,
) -> (Result<Record, Failure>, usize, StageTimes) {
    let none = StageTimes::default();
    match item {
        Item::Error(origin, message) => (Err(Failure { origin, message }), 0, none),
        Item::Raw(raw) => {
            let origin = raw.origin.clone();
            let bytes = raw.data.len();
            match input::parse(raw) {
                Ok(article) => {
                    // A bug in an analysis stage must cost one record, not the batch.
                    let run = std::panic::AssertUnwindSafe(|| {
                        if profile {
                            extractor.extract_profiled(&article)
                        } else {
                            (extractor.extract(&article), none)
                        }
                    });
                    match std::panic::catch_unwind(run) {
                        Ok((rec, times)) => {
                            // A record cut short is kept, and said so where
                            // the user looks, not only inside the record.
                            for w in rec.warnings.iter().filter(|w| w.starts_with(BUDGET_WARNING)) {
                                eprintln!("dateline: {}: warning: {w}", location(&origin));
                            }
                            (Ok(rec), bytes, times)
                        }
                        Err(_) => (
                            Err(Failure {
                                origin,
                                message: "internal error while extracting this article (please report it)"
                                    .into(),
                            }),
                            bytes,
                            none,
                        ),
                    }
                }
                Err(e) => (
                    Err(Failure {
                        origin,
                        message: e.to_string(),
                    }),
                    bytes,
                    none,
                ),
            }
        }
    }
}
