//! Trains the tagger: `cargo run --release -p dateline_tag --example train -- TRAIN DEV OUT [EPOCHS] [--also-train-on EXTRA]`.
//!
//! Reads CoNLL-U training and development files, trains for up to EPOCHS
//! passes, keeps the epoch with the best dev UPOS accuracy and writes the
//! gzip-compressed model to OUT. Options `--prune N`, `--dict-min N`,
//! `--dict-ratio F` and `--lex-min N` override [`TrainConfig`]'s defaults. With `--also-train-on EXTRA` the best epoch
//! count found on DEV is then used to retrain on TRAIN + EXTRA.

use anyhow::{bail, Context, Result};
use dateline_tag::train::{self, TrainConfig};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut extra = None;
    let mut cfg = TrainConfig::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--also-train-on" => extra = Some(value()?.clone()),
            "--prune" => cfg.prune_below = value()?.parse()?,
            "--dict-min" => cfg.dict_min_count = value()?.parse()?,
            "--dict-ratio" => cfg.dict_min_ratio = value()?.parse()?,
            "--lex-min" => cfg.lex_min_count = value()?.parse()?,
            _ => pos.push(a.clone()),
        }
    }
    if pos.len() < 3 {
        bail!("usage: train TRAIN DEV OUT [EPOCHS] [--also-train-on EXTRA] [--prune N] [--dict-min N] [--dict-ratio F] [--lex-min N]");
    }
    let read = |p: &str| -> Result<Vec<train::Sentence>> {
        let text = std::fs::read_to_string(p).with_context(|| format!("reading {p}"))?;
        train::parse_conllu(&text).with_context(|| format!("parsing {p}"))
    };
    let train_set = read(&pos[0])?;
    let dev = read(&pos[1])?;
    if let Some(e) = pos.get(3) {
        cfg.epochs = e.parse().context("EPOCHS must be a number")?;
    }
    let start = std::time::Instant::now();
    let mut report = train::train(&train_set, &dev, &cfg, |l| eprintln!("{l}"))?;
    eprintln!(
        "best epoch {} ({:.1}s)",
        report.best_epoch,
        start.elapsed().as_secs_f64()
    );
    if let Some(extra) = extra {
        let mut all = train_set;
        all.extend(read(&extra)?);
        cfg.epochs = report.best_epoch;
        eprintln!(
            "retraining on {} sentences for {} epochs",
            all.len(),
            cfg.epochs
        );
        let full = train::train(&all, &dev, &cfg, |l| eprintln!("{l}"))?;
        // Keep the last epoch: dev is now part of the training data.
        report = full;
    }
    let bytes = report.parts.to_bytes()?;
    std::fs::write(&pos[2], &bytes).with_context(|| format!("writing {}", pos[2]))?;
    eprintln!(
        "wrote {} ({} bytes, {} features)",
        pos[2],
        bytes.len(),
        report.parts.feats.len()
    );
    Ok(())
}
