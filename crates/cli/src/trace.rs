//! `DATELINE_INGEST_TRACE=1`: where `dateline ingest`'s wall time goes.
//!
//! Two measures, printed to stderr at the end of the run:
//!
//! - *timers* kept by the pipeline's threads (time preparing, blocked on
//!   the writer's queue, the writer waiting for a batch or storing one);
//! - *samples*: every 10 ms a thread reads the state of each of the
//!   process's threads from `/proc/self/task/*/stat` and counts the ticks
//!   by how many of the extraction pool's threads were running (or
//!   runnable), and whether the writer, the main thread and the checkpoint
//!   thread were. On a quiet machine a tick with fewer than two threads
//!   running is a core the ingest left idle.
//!
//! Linux only (elsewhere the samples are empty). Costs about 1% of a core.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Whether tracing is on (`DATELINE_INGEST_TRACE` set and not `0`).
pub fn enabled() -> bool {
    std::env::var_os("DATELINE_INGEST_TRACE").is_some_and(|v| v != "0")
}

/// Named nanosecond counters shared by the pipeline's threads.
#[derive(Debug, Default)]
pub struct Timers {
    counters: std::sync::Mutex<BTreeMap<&'static str, (u64, u64, u64)>>,
}

impl Timers {
    /// Adds `d` to the counter `name` (total, count, maximum).
    pub fn add(&self, name: &'static str, d: Duration) {
        let ns = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let mut c = self
            .counters
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let e = c.entry(name).or_default();
        e.0 += ns;
        e.1 += 1;
        e.2 = e.2.max(ns);
    }

    fn report(&self) -> String {
        let c = self
            .counters
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut out = String::new();
        for (name, (ns, n, max)) in c.iter() {
            #[expect(clippy::cast_precision_loss, reason = "display only")]
            let (s, m) = (*ns as f64 / 1e9, *max as f64 / 1e9);
            out.push_str(&format!("  {name}: {s:.2} s in {n} (max {m:.3} s)\n"));
        }
        out
    }
}

/// The sampling thread; [`Sampler::finish`] stops it and prints the report.
pub struct Sampler {
    stop: Arc<AtomicBool>,
    handle: Option<std::thread::JoinHandle<BTreeMap<String, u64>>>,
    ticks: Arc<AtomicU64>,
    started: Instant,
}

impl Sampler {
    /// Starts sampling every 10 ms.
    pub fn start() -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let ticks = Arc::new(AtomicU64::new(0));
        let (s, t) = (Arc::clone(&stop), Arc::clone(&ticks));
        let pid = std::process::id().to_string();
        let handle = std::thread::Builder::new()
            .name("trace".into())
            .spawn(move || {
                let mut hist: BTreeMap<String, u64> = BTreeMap::new();
                while !s.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(10));
                    t.fetch_add(1, Ordering::Relaxed);
                    if let Some(key) = sample(&pid) {
                        *hist.entry(key).or_default() += 1;
                    }
                }
                hist
            })
            .ok();
        Sampler {
            stop,
            handle,
            ticks,
            started: Instant::now(),
        }
    }

    /// Stops sampling and prints the timers and the samples.
    pub fn finish(mut self, timers: &Timers) {
        self.stop.store(true, Ordering::Relaxed);
        let hist = self
            .handle
            .take()
            .and_then(|h| h.join().ok())
            .unwrap_or_default();
        let ticks = self.ticks.load(Ordering::Relaxed).max(1);
        let mut out = format!(
            "ingest trace: {:.2} s wall\ntimers:\n{}samples (pool threads running, then w=writer m=main c=checkpoint running, W M C waiting for the disk; ticks of 10 ms):\n",
            self.started.elapsed().as_secs_f64(),
            timers.report()
        );
        out.push_str(&format!("threads' CPU at the end: {}\n", threads_cpu()));
        let mut rows: Vec<_> = hist.into_iter().collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.1));
        for (key, n) in rows {
            #[expect(clippy::cast_precision_loss, reason = "display only")]
            let pct = 100.0 * n as f64 / ticks as f64;
            out.push_str(&format!("  {key}: {n} ({pct:.1}%)\n"));
        }
        eprint!("{out}");
    }
}

/// One sample: `pool=N` and the letters of the other threads running.
fn sample(pid: &str) -> Option<String> {
    let mut pool = 0;
    let (mut w, mut m, mut c) = ("", "", "");
    for entry in std::fs::read_dir("/proc/self/task").ok()?.flatten() {
        let tid = entry.file_name();
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // R running or runnable, D waiting for the disk.
        let Some((comm, state @ ('R' | 'D'))) = name_and_state(&stat) else {
            continue;
        };
        let (r, d) = match comm {
            "trace" => continue,
            "writer" => (&mut w, (" w", " W")),
            "checkpoint" => (&mut c, (" c", " C")),
            _ if tid.to_str() == Some(pid) => (&mut m, (" m", " M")),
            _ if state == 'R' => {
                pool += 1;
                continue;
            }
            _ => continue,
        };
        *r = if state == 'R' { d.0 } else { d.1 };
    }
    Some(format!("pool={pool}{w}{m}{c}"))
}

/// The calling thread's CPU time (user + system, in clock ticks of 10 ms),
/// zero where `/proc` is missing.
pub fn thread_cpu() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return Duration::ZERO;
    };
    let Some(close) = stat.rfind(')') else {
        return Duration::ZERO;
    };
    // Fields after the command: state is the 3rd of the line, utime the
    // 14th and stime the 15th.
    let f: Vec<&str> = stat[close + 1..].split_whitespace().collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| f.get(i).and_then(|v| v.parse::<u64>().ok()))
        .sum();
    Duration::from_millis(ticks * 10)
}

/// The CPU time of the process's live threads by kind (pool, main).
fn threads_cpu() -> String {
    let pid = std::process::id().to_string();
    let (mut pool, mut main) = (0u64, 0u64);
    let mut lines = String::new();
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else {
        return String::new();
    };
    for entry in dir.flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        let f: Vec<&str> = stat[close + 1..].split_whitespace().collect();
        let ticks: u64 = [11, 12]
            .iter()
            .filter_map(|&i| f.get(i).and_then(|v| v.parse::<u64>().ok()))
            .sum();
        let sched = std::fs::read_to_string(entry.path().join("schedstat")).unwrap_or_default();
        if entry.file_name().to_str() == Some(&pid) {
            main += ticks;
        } else {
            pool += ticks;
            lines.push_str(&format!(
                "\n  thread {:?}: schedstat {}",
                entry.file_name(),
                sched.trim()
            ));
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "display only")]
    let (p, m) = (pool as f64 / 100.0, main as f64 / 100.0);
    format!("pool and other live threads {p:.2} s, main {m:.2} s (schedstat: ns on the CPU, ns waiting to run, slices){lines}")
}

/// The calling thread's `/proc` schedstat line (ns on the CPU, ns waiting
/// to run, time slices).
pub fn thread_schedstat() -> String {
    std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default()
}

/// A `/proc` stat line's command (the thread's name, which may hold spaces
/// and parentheses) and state letter.
fn name_and_state(stat: &str) -> Option<(&str, char)> {
    let (open, close) = (stat.find('(')?, stat.rfind(')')?);
    let state = stat.get(close + 1..)?.trim_start().chars().next()?;
    Some((stat.get(open + 1..close)?, state))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_give_the_name_and_state() {
        assert_eq!(
            name_and_state("4242 (a (b) c) R 1 2 3"),
            Some(("a (b) c", 'R'))
        );
        assert_eq!(name_and_state("7 (writer) D 1"), Some(("writer", 'D')));
        assert_eq!(name_and_state("7 writer S"), None);
    }

    #[test]
    fn timers_add_up() {
        let t = Timers::default();
        t.add("x", Duration::from_millis(30));
        t.add("x", Duration::from_millis(10));
        assert_eq!(t.report(), "  x: 0.04 s in 2 (max 0.030 s)\n");
    }
}
