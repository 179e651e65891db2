//! `dateline eval`: scores an extractor against the gold sets.
//!
//! `dateline eval attributions DIR [--json] [--peer] [--misses]` scores attributions
//! against a PolNeAR split directory (`DIR/text`, `DIR/attributions`);
//! `--peer` also runs textacy through `tools/peers/textacy_quotes.py` in the
//! peers venv and scores it side by side.
//! `dateline eval events [DIR] [--json] [--set NAME]` scores event coding
//! against the validation sets under DIR (default `../shared/anchors/events`).
//! The extractor is passed in by `main`, so this module does not depend on
//! how it is built.

use anyhow::Context as _;
use clap::{Args, Subcommand};
use dateline_eval::{attributions, brat, entities, events, peer};
use dateline_record::Record;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The extractor: article text and optional publication date in, record out.
pub type Extract<'a> = &'a (dyn Fn(&str, Option<&str>) -> Record + Sync);

/// `dateline eval` subcommands.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Score attributions against a PolNeAR split (e.g. .../polnear/data/dev).
    Attributions(AttrArgs),
    /// Score event coding against the event validation sets.
    Events(EventsArgs),
    /// Score entity mentions against hand annotations (brat .txt/.ann pairs).
    Entities(EntityArgs),
}

/// Arguments of `dateline eval entities`.
#[derive(Debug, Args)]
pub struct EntityArgs {
    /// Directory of NAME.txt and NAME.ann pairs (brat standoff).
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also score spaCy NER (needs the venv from tools/peers/setup.sh).
    #[arg(long)]
    pub peer: bool,
    /// Peers venv directory.
    #[arg(long, default_value = "/tmp/peers")]
    pub peer_venv: PathBuf,
    /// The spaCy NER script.
    #[arg(long, default_value = "tools/peers/spacy_ner.py")]
    pub peer_script: PathBuf,
    /// Exit with status 1 when the PER+ORG+LOC F1 is below this value (0-1).
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Print unmatched gold mentions (`FN`), unmatched predictions (`FP`)
    /// and wrong actor codes (`ACTOR`), one line each, after the report.
    #[arg(long)]
    pub misses: bool,
}

/// Arguments of `dateline eval attributions`.
#[derive(Debug, Args)]
pub struct AttrArgs {
    /// PolNeAR split directory holding text/ and attributions/.
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also score the textacy peer (needs the venv from tools/peers/setup.sh).
    #[arg(long)]
    pub peer: bool,
    /// Peers venv directory.
    #[arg(long, default_value = "/tmp/peers")]
    pub peer_venv: PathBuf,
    /// The textacy quotes script.
    #[arg(long, default_value = "tools/peers/textacy_quotes.py")]
    pub peer_script: PathBuf,
    /// Exit with status 1 when the whole-attribution F1 is below this value (0-1).
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Also print every unmatched gold attribution (`MISS`) and prediction
    /// (`FP`), one line each, after the report.
    #[arg(long)]
    pub misses: bool,
}

/// Arguments of `dateline eval events`.
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Directory of the event gold sets.
    #[arg(default_value = "../shared/anchors/events")]
    pub dir: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Only this set.
    #[arg(long, value_parser = ["plover", "conflibert", "tabari", "petrarch"])]
    pub set: Option<String>,
    /// Exit with status 1 when the overall label F1 is below this value (0-1).
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Also print every gold item with a missed event or a false alarm
    /// (`MISS`), with gold and predicted events, after the report.
    #[arg(long)]
    pub misses: bool,
}

/// Runs a `dateline eval` subcommand; returns the exit status.
///
/// # Errors
/// When gold files cannot be read or output cannot be written.
pub fn run(cmd: &EvalCommand, extract: Extract<'_>) -> anyhow::Result<i32> {
    match cmd {
        EvalCommand::Attributions(a) => run_attributions(a, extract),
        EvalCommand::Events(e) => run_events(e, extract),
        EvalCommand::Entities(e) => run_entities(e, extract),
    }
}

/// Runs a peer script over a directory of texts in the peers venv and
/// returns its standard output; `Ok(None)` with a message on stderr when
/// the venv or script is missing or the peer fails.
fn run_peer_script(venv: &Path, script: &Path, dir: &Path) -> anyhow::Result<Option<String>> {
    let python = venv.join("bin/python");
    if !python.exists() {
        eprintln!(
            "dateline eval: peer venv {} not found; create it with `bash tools/peers/setup.sh {}`. Continuing without the peer.",
            venv.display(),
            venv.display()
        );
        return Ok(None);
    }
    if !script.exists() {
        eprintln!(
            "dateline eval: peer script {} not found (run from the repository root or pass --peer-script). Continuing without the peer.",
            script.display()
        );
        return Ok(None);
    }
    let out = std::process::Command::new(&python)
        .arg(script)
        .arg(dir)
        .stderr(std::process::Stdio::inherit())
        .output()
        .with_context(|| format!("running {}", python.display()))?;
    if !out.status.success() {
        eprintln!(
            "dateline eval: peer exited with {}; continuing without it",
            out.status
        );
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// `dateline eval entities`.
///
/// # Errors
/// When the annotations cannot be read or the peer output is malformed.
pub fn run_entities(args: &EntityArgs, extract: Extract<'_>) -> anyhow::Result<i32> {
    let gold =
        entities::read_dir(&args.dir).with_context(|| format!("reading {}", args.dir.display()))?;
    anyhow::ensure!(
        !gold.is_empty(),
        "no .txt/.ann pairs in {}",
        args.dir.display()
    );
    let mut reports = vec![entities::evaluate(&gold, extract)];
    if args.peer {
        if let Some(out) = run_peer_script(&args.peer_venv, &args.peer_script, &args.dir)? {
            let preds = entities::parse_spacy_jsonl(Path::new("spaCy output"), &out)?;
            reports.push(entities::evaluate_predictions("spaCy", &gold, &preds));
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "reports": reports }))?
        );
    } else {
        print!("{}", entities::render(&reports));
    }
    if args.misses {
        if let Some(r) = reports.first() {
            print!("{}", entities::render_misses(r));
        }
    }
    let f1 = reports.first().map_or(0.0, |r| r.per_org_loc.f1);
    Ok(i32::from(args.min_f1.is_some_and(|m| f1 < m)))
}

/// Runs textacy over the split's texts and reads its quotes; `Ok(None)` when
/// the peer could not run (a message is on stderr).
fn run_peer(
    args: &AttrArgs,
    gold: &[brat::GoldArticle],
) -> anyhow::Result<Option<attributions::AttrReport>> {
    let Some(jsonl) = run_peer_script(&args.peer_venv, &args.peer_script, &args.dir.join("text"))?
    else {
        return Ok(None);
    };
    let texts: HashMap<String, &str> = gold
        .iter()
        .map(|g| (g.name.clone(), g.text.as_str()))
        .collect();
    let preds = peer::parse_quotes_jsonl(Path::new("textacy output"), &jsonl, &texts)?;
    Ok(Some(attributions::evaluate_predictions(
        "textacy", gold, &preds,
    )))
}

/// `dateline eval attributions`.
///
/// # Errors
/// When the split cannot be read or the peer output is malformed.
pub fn run_attributions(args: &AttrArgs, extract: Extract<'_>) -> anyhow::Result<i32> {
    let gold =
        brat::read_split(&args.dir).with_context(|| format!("reading {}", args.dir.display()))?;
    anyhow::ensure!(
        !gold.is_empty(),
        "no annotated articles in {}",
        args.dir.display()
    );
    let mut reports = vec![attributions::evaluate(&gold, extract)];
    if args.peer {
        if let Some(p) = run_peer(args, &gold)? {
            reports.push(p);
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "reports": reports }))?
        );
    } else {
        print!("{}", attributions::render(&reports));
    }
    if args.misses {
        if let Some(r) = reports.first() {
            print!("{}", attributions::render_misses(r));
        }
    }
    let f1 = reports.first().map_or(0.0, |r| r.whole.f1);
    Ok(i32::from(args.min_f1.is_some_and(|m| f1 < m)))
}

/// `dateline eval events`.
///
/// # Errors
/// When a gold set cannot be read.
pub fn run_events(args: &EventsArgs, extract: Extract<'_>) -> anyhow::Result<i32> {
    let sets: Vec<&str> = match &args.set {
        Some(s) => vec![s.as_str()],
        None => events::SETS.to_vec(),
    };
    let mut items = Vec::new();
    for s in sets {
        items.extend(
            events::load_set(&args.dir, s)
                .with_context(|| format!("loading set {s} from {}", args.dir.display()))?,
        );
    }
    let report = events::score::evaluate(&items, extract);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", events::score::render(&report));
    }
    if args.misses {
        print!("{}", events::score::misses(&items, extract));
    }
    let f1 = report.overall.labels.f1();
    Ok(i32::from(args.min_f1.is_some_and(|m| f1 < m)))
}
