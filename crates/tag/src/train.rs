//! Training: CoNLL-U reading, the averaged perceptron and evaluation.
//!
//! This is pure computation on strings; the `train` and `eval` examples do
//! the file I/O. The design follows Collins (2002) and Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python": greedy
//! left-to-right decoding on predicted history, lazily averaged weights, and a
//! tag dictionary for frequent unambiguous words which skips the model.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::features::{self, TokenInfo, N_FEATURES, START_CLASS};
use crate::model::{argmax, Model, ModelParts};
use crate::tagset::{Tag, Upos, Xpos};
use crate::TagError;

/// One gold sentence: surface forms with their tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Surface forms of the syntactic words.
    pub words: Vec<String>,
    /// Gold tags, one per word.
    pub tags: Vec<Tag>,
}

/// Reads the syntactic words of a CoNLL-U document.
///
/// Multi-word token lines (`3-4`) and empty nodes (`5.1`) are skipped, so
/// "don't" appears as the two words "do" and "n't", as EWT annotates it.
pub fn parse_conllu(text: &str) -> Result<Vec<Sentence>, TagError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (lineno, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form), Some(_lemma), Some(upos), Some(xpos)) = (
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
        ) else {
            return Err(TagError::Data {
                line: lineno + 1,
                reason: "fewer than 5 columns",
            });
        };
        if id.contains('-') || id.contains('.') {
            continue;
        }
        let upos = Upos::parse(upos).ok_or(TagError::Data {
            line: lineno + 1,
            reason: "unknown UPOS",
        })?;
        let xpos = Xpos::parse(xpos).ok_or(TagError::Data {
            line: lineno + 1,
            reason: "unknown XPOS",
        })?;
        cur.words.push(form.to_string());
        cur.tags.push(Tag { upos, xpos });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Maximum number of passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling between epochs.
    pub seed: u64,
    /// Minimum count of a word form for the tag dictionary.
    pub dict_min_count: u32,
    /// Minimum share of its most frequent class for the tag dictionary.
    pub dict_min_ratio: f64,
    /// Minimum count of a lower-cased form for the most-frequent-class lexicon.
    pub lex_min_count: u32,
    /// Quantised weights with a smaller magnitude are dropped.
    pub prune_below: i16,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 42,
            dict_min_count: 10,
            dict_min_ratio: 0.97,
            lex_min_count: 2,
            prune_below: 512,
        }
    }
}

/// Accuracy figures over a set of sentences.
#[derive(Copy, Clone, Debug, Default, PartialEq)]
pub struct Accuracy {
    /// Number of tokens.
    pub tokens: usize,
    /// Share of tokens with the right UPOS.
    pub upos: f64,
    /// Share of tokens with the right XPOS.
    pub xpos: f64,
}

/// Per-epoch figures and the model of the best epoch.
#[derive(Clone, Debug)]
pub struct TrainReport {
    /// (epoch, dev accuracy) for every epoch run.
    pub epochs: Vec<(usize, Accuracy)>,
    /// The epoch (1-based) whose averaged weights were kept.
    pub best_epoch: usize,
    /// The kept model.
    pub parts: ModelParts,
}

/// Scores a model against gold sentences.
pub fn evaluate(model: &Model, gold: &[Sentence]) -> Accuracy {
    let (mut n, mut u, mut x) = (0usize, 0usize, 0usize);
    let mut infos = Vec::new();
    let mut classes = Vec::new();
    for s in gold {
        model.token_infos(&s.words, &mut infos);
        model.predict(&infos, s.words.len(), &mut classes);
        for (&c, g) in classes.iter().zip(&s.tags) {
            let Some(p) = model.classes.get(usize::from(c)) else {
                continue;
            };
            n += 1;
            u += usize::from(p.upos == g.upos);
            x += usize::from(p.xpos == g.xpos);
        }
    }
    let d = n.max(1) as f64;
    Accuracy {
        tokens: n,
        upos: u as f64 / d,
        xpos: x as f64 / d,
    }
}

/// Feature keys are already mixed, so the map uses them as their own hash.
#[derive(Default)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FastMap<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

#[derive(Copy, Clone, Debug)]
struct Param {
    class: u8,
    weight: f32,
    total: f64,
    stamp: u32,
}

struct Perceptron {
    weights: FastMap<Vec<Param>>,
    /// Number of training instances seen: the clock of lazy averaging.
    clock: u32,
}

impl Perceptron {
    fn score(&self, feats: &[u64; N_FEATURES], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(ps) = self.weights.get(f) {
                for p in ps {
                    if let Some(s) = scores.get_mut(usize::from(p.class)) {
                        *s += p.weight;
                    }
                }
            }
        }
    }

    fn update(&mut self, feats: &[u64; N_FEATURES], class: u8, delta: f32) {
        let now = self.clock;
        for &f in feats {
            let ps = self.weights.entry(f).or_default();
            let p = match ps.iter().position(|p| p.class == class) {
                Some(i) => &mut ps[i],
                None => {
                    ps.push(Param {
                        class,
                        weight: 0.0,
                        total: 0.0,
                        stamp: now,
                    });
                    let last = ps.len() - 1;
                    &mut ps[last]
                }
            };
            p.total += f64::from(now - p.stamp) * f64::from(p.weight);
            p.stamp = now;
            p.weight += delta;
        }
    }

    /// Averaged weights, quantised to i16 and pruned.
    fn averaged(&self, prune_below: i16) -> Vec<(u64, Vec<(u8, i16)>)> {
        let now = f64::from(self.clock.max(1));
        let avg = |p: &Param| (p.total + (now - f64::from(p.stamp)) * f64::from(p.weight)) / now;
        let max = self
            .weights
            .values()
            .flat_map(|ps| ps.iter().map(|p| avg(p).abs()))
            .fold(0.0f64, f64::max);
        let scale = if max > 0.0 {
            f64::from(i16::MAX) / max
        } else {
            1.0
        };
        let mut out: Vec<(u64, Vec<(u8, i16)>)> = self
            .weights
            .iter()
            .filter_map(|(&k, ps)| {
                let ws: Vec<(u8, i16)> = ps
                    .iter()
                    .filter_map(|p| {
                        let q = (avg(p) * scale).round() as i16;
                        (q.unsigned_abs() >= prune_below.unsigned_abs()).then_some((p.class, q))
                    })
                    .collect();
                (!ws.is_empty()).then_some((k, ws))
            })
            .collect();
        // A fixed order makes the model file reproducible.
        out.sort_unstable_by_key(|(k, _)| *k);
        out
    }
}

fn xorshift(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

/// Counts classes per key and returns, for each key seen at least
/// `min_count` times, its most frequent class and that class's share.
fn most_frequent(counts: &FastMap<FastMap<u32>>, min_count: u32) -> Vec<(u64, u8, f64)> {
    let mut out: Vec<(u64, u8, f64)> = counts
        .iter()
        .filter_map(|(&k, cs)| {
            let total: u32 = cs.values().sum();
            let (&best, &n) = cs.iter().max_by_key(|(&c, &n)| (n, std::cmp::Reverse(c)))?;
            (total >= min_count).then_some((k, best as u8, f64::from(n) / f64::from(total)))
        })
        .collect();
    out.sort_unstable_by_key(|e| e.0);
    out
}

/// Trains on `train`, evaluating on `dev` after each epoch and keeping the
/// best epoch by dev UPOS accuracy. `log` receives one line per epoch.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    cfg: &TrainConfig,
    mut log: impl FnMut(&str),
) -> Result<TrainReport, TagError> {
    // Joint classes, most frequent first.
    let mut class_counts: HashMap<Tag, usize> = HashMap::new();
    for s in train {
        for t in &s.tags {
            *class_counts.entry(*t).or_default() += 1;
        }
    }
    let mut classes: Vec<(Tag, usize)> = class_counts.into_iter().collect();
    classes.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then((a.0.upos, a.0.xpos).cmp(&(b.0.upos, b.0.xpos)))
    });
    let classes: Vec<Tag> = classes.into_iter().map(|(t, _)| t).collect();
    if classes.is_empty() || classes.len() >= usize::from(features::NO_CLASS) {
        return Err(TagError::Format(
            "training data has no tags or too many joint tags",
        ));
    }
    let class_of: HashMap<Tag, u8> = classes
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i as u8))
        .collect();

    let mut exact_counts: FastMap<FastMap<u32>> = FastMap::default();
    let mut lower_counts: FastMap<FastMap<u32>> = FastMap::default();
    let mut gold: Vec<Vec<u8>> = Vec::with_capacity(train.len());
    for s in train {
        let mut g = Vec::with_capacity(s.tags.len());
        for (w, t) in s.words.iter().zip(&s.tags) {
            let c = class_of.get(t).copied().unwrap_or(0);
            g.push(c);
            *exact_counts
                .entry(features::exact_key(w))
                .or_default()
                .entry(u64::from(c))
                .or_default() += 1;
            *lower_counts
                .entry(features::lower_key(w))
                .or_default()
                .entry(u64::from(c))
                .or_default() += 1;
        }
        gold.push(g);
    }
    let dict: Vec<(u64, u8)> = most_frequent(&exact_counts, cfg.dict_min_count)
        .into_iter()
        .filter(|e| e.2 >= cfg.dict_min_ratio)
        .map(|(k, c, _)| (k, c))
        .collect();
    let lex: Vec<(u64, u8)> = most_frequent(&lower_counts, cfg.lex_min_count)
        .into_iter()
        .map(|(k, c, _)| (k, c))
        .collect();
    log(&format!(
        "{} sentences, {} joint classes, {} dictionary words, {} lexicon words",
        train.len(),
        classes.len(),
        dict.len(),
        lex.len()
    ));

    // A model without weights gives the token hashes and dictionary look-ups.
    let base = ModelParts {
        classes: classes.clone(),
        dict: dict.clone(),
        lex: lex.clone(),
        feats: Vec::new(),
    };
    let lookup = base.clone().into_model()?;

    let mut infos: Vec<Vec<TokenInfo>> = Vec::with_capacity(train.len());
    for s in train {
        let mut v = Vec::new();
        lookup.token_infos(&s.words, &mut v);
        infos.push(v);
    }

    let mut p = Perceptron {
        weights: FastMap::default(),
        clock: 0,
    };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = cfg.seed | 1;
    let mut scores = vec![0f32; classes.len()];
    let mut feats = [0u64; N_FEATURES];
    let mut report = TrainReport {
        epochs: Vec::new(),
        best_epoch: 0,
        parts: base.clone(),
    };
    let mut best = -1.0f64;
    for epoch in 1..=cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (xorshift(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut seen, mut right) = (0usize, 0usize);
        for &si in &order {
            let (Some(toks), Some(g)) = (infos.get(si), gold.get(si)) else {
                continue;
            };
            let (mut p1, mut p2) = (START_CLASS, START_CLASS);
            for (i, &gc) in g.iter().enumerate() {
                let info = toks.get(i + 2).copied().unwrap_or_default();
                let guess = match lookup.dict.get(info.exact) {
                    Some(c) => c as u8,
                    None => {
                        features::features(toks, i, p1, p2, &mut feats);
                        p.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        p.clock += 1;
                        if guess != gc {
                            p.update(&feats, gc, 1.0);
                            p.update(&feats, guess, -1.0);
                        }
                        guess
                    }
                };
                seen += 1;
                right += usize::from(guess == gc);
                p2 = p1;
                p1 = guess;
            }
        }
        let parts = ModelParts {
            feats: p.averaged(cfg.prune_below),
            ..base.clone()
        };
        let n_feats = parts.feats.len();
        let model = parts.clone().into_model()?;
        let acc = evaluate(&model, dev);
        log(&format!(
            "epoch {epoch:2}: train {:.4}  dev UPOS {:.4} XPOS {:.4}  ({n_feats} features)",
            right as f64 / seen.max(1) as f64,
            acc.upos,
            acc.xpos
        ));
        report.epochs.push((epoch, acc));
        if acc.upos > best {
            best = acc.upos;
            report.best_epoch = epoch;
            report.parts = parts;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# sent_id = a\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3-4\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tdoes\tdo\tAUX\tVBZ\t_\t0\troot\t_\t_\n4\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n5\tbark\tbark\tVERB\tVB\t_\t3\txcomp\t_\t_\n\n1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_conllu() {
        let s = parse_conllu(DOC).expect("parse");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["The", "dog", "does", "n't", "bark"]);
        assert_eq!(
            s[0].tags[3],
            Tag {
                upos: Upos::Part,
                xpos: Xpos::Rb
            }
        );
        assert!(parse_conllu("1\tx\n").is_err());
        assert!(parse_conllu("1\tx\tx\tNOPE\tNN\n").is_err());
    }

    #[test]
    fn learns_a_toy_corpus() {
        let s = parse_conllu(DOC).expect("parse");
        let cfg = TrainConfig {
            epochs: 5,
            dict_min_count: 100,
            ..TrainConfig::default()
        };
        let report = train(&s, &s, &cfg, |_| {}).expect("train");
        assert_eq!(report.epochs.len(), 5);
        let model = report.parts.clone().into_model().expect("model");
        let acc = evaluate(&model, &s);
        assert_eq!(acc.tokens, 7);
        assert!(acc.upos > 0.99, "{acc:?}");
        // The serialised form reloads to the same predictions.
        let again = Model::from_bytes(&report.parts.to_bytes().expect("bytes")).expect("load");
        assert_eq!(evaluate(&again, &s), acc);
    }
}
