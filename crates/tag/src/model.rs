//! The compact, read-only model and its binary format.
//!
//! Format (all integers little-endian), gzip-compressed as a whole:
//!
//! ```text
//! magic      8 bytes  "DLTAGMDL"
//! version    u32      FEATURE_VERSION the model was trained with
//! n_classes  u32      then n_classes × (upos index u8, xpos index u8)
//! n_dict     u32      then n_dict × (key u64, class u8)   tag dictionary, exact form
//! n_lex      u32      then n_lex  × (key u64, class u8)   most frequent class, lower-cased form
//! n_feats    u32      then n_feats × (key u64, n_weights u16)
//! n_weights  u32      then n_weights × (class u8, weight i16)
//! ```
//!
//! The weights of feature `k` are the `n_weights` entries following those of
//! features `0..k`. Weights are the averaged perceptron weights scaled to
//! i16; only their relative size matters because tagging takes an argmax.

use std::io::Read;

use crate::features::{self, TokenInfo, NO_CLASS, N_FEATURES, START_CLASS};
use crate::tagset::{Tag, Upos, Xpos};
use crate::TagError;

const MAGIC: &[u8; 8] = b"DLTAGMDL";

/// One slot of an open-addressing table: a 32-bit fingerprint of the key
/// and a 32-bit value, 8 bytes, so the whole feature table stays small
/// enough to be mostly cache-resident.
///
/// The slot index comes from the key's top bits and the fingerprint is its
/// low 32 bits, so two keys only collide if they agree on both; an unseen
/// feature matches a stored one with probability about 2^-32 per probe.
#[derive(Copy, Clone, Debug, Default)]
pub(crate) struct Slot {
    /// Low 32 bits of the key, never 0 (0 marks an empty slot).
    fp: u32,
    value: u32,
}

/// Open-addressing hash table from a pre-mixed `u64` key to a `u32` value.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyTable {
    slots: Vec<Slot>,
    shift: u32,
}

#[inline]
fn fingerprint(k: u64) -> u32 {
    (k as u32).max(1)
}

impl KeyTable {
    pub(crate) fn build(entries: &[(u64, u32)]) -> KeyTable {
        // A load factor up to 0.7 keeps linear probe sequences short.
        let mut bits = 4u32;
        while (1usize << bits) * 7 < entries.len().saturating_mul(10) {
            bits += 1;
        }
        let size = 1usize << bits;
        let mut t = KeyTable {
            slots: vec![Slot::default(); size],
            shift: 64 - bits,
        };
        let mask = size - 1;
        for &(k, value) in entries {
            let fp = fingerprint(k);
            let mut s = (k >> t.shift) as usize;
            while let Some(slot) = t.slots.get_mut(s) {
                if slot.fp == 0 || slot.fp == fp {
                    *slot = Slot { fp, value };
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        t
    }

    #[inline]
    pub(crate) fn get(&self, k: u64) -> Option<u32> {
        let fp = fingerprint(k);
        let mask = self.slots.len().wrapping_sub(1);
        let mut s = (k >> self.shift) as usize & mask;
        loop {
            let slot = self.slots.get(s)?;
            if slot.fp == fp {
                return Some(slot.value);
            }
            if slot.fp == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }
}

/// One non-zero weight; a feature's weights are contiguous. The feature
/// table's value packs the run as `start << 8 | len` (a run has fewer than
/// 255 classes and the model fewer than 2^23 weights), except that a feature
/// with a single weight (most rare words) stores it inline, with
/// [`INLINE`] set, `class << 16 | weight as u16`, saving a cache miss.
const INLINE: u32 = 1 << 31;

#[derive(Copy, Clone, Debug, Default)]
struct Weight {
    value: i16,
    class: u8,
}

/// A trained model ready for tagging.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub(crate) classes: Vec<Tag>,
    pub(crate) dict: KeyTable,
    pub(crate) lex: KeyTable,
    /// Feature key to the start and length of its run in `weights`.
    feats: KeyTable,
    weights: Vec<Weight>,
    n_feats: usize,
}

/// The uncompressed parts of a model, as produced by training.
#[derive(Clone, Debug, Default)]
pub struct ModelParts {
    /// The joint (UPOS, XPOS) classes.
    pub classes: Vec<Tag>,
    /// Tag dictionary: exact-form key to class.
    pub dict: Vec<(u64, u8)>,
    /// Lexicon: lower-cased key to most frequent class.
    pub lex: Vec<(u64, u8)>,
    /// Features with their non-zero (class, weight) pairs.
    pub feats: Vec<(u64, Vec<(u8, i16)>)>,
}

struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], TagError> {
        if self.buf.len() < n {
            return Err(TagError::Format("unexpected end of model data"));
        }
        let (a, b) = self.buf.split_at(n);
        self.buf = b;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, TagError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, TagError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, TagError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, TagError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// Reads a count and checks it against the bytes left, so a corrupt
    /// count cannot trigger a huge allocation.
    fn count(&mut self, item_size: usize) -> Result<usize, TagError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(item_size) > self.buf.len() {
            return Err(TagError::Format("count exceeds model data"));
        }
        Ok(n)
    }
}

impl ModelParts {
    /// Serialises to the gzip-compressed binary format.
    pub fn to_bytes(&self) -> Result<Vec<u8>, TagError> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&features::FEATURE_VERSION.to_le_bytes());
        let n = |x: usize| u32::try_from(x).map_err(|_| TagError::Format("table too large"));
        out.extend_from_slice(&n(self.classes.len())?.to_le_bytes());
        for t in &self.classes {
            out.push(t.upos.index());
            out.push(t.xpos.index());
        }
        for table in [&self.dict, &self.lex] {
            out.extend_from_slice(&n(table.len())?.to_le_bytes());
            for &(k, c) in table {
                out.extend_from_slice(&k.to_le_bytes());
                out.push(c);
            }
        }
        out.extend_from_slice(&n(self.feats.len())?.to_le_bytes());
        let mut total = 0usize;
        for (k, ws) in &self.feats {
            out.extend_from_slice(&k.to_le_bytes());
            let len = u16::try_from(ws.len()).map_err(|_| TagError::Format("too many weights"))?;
            out.extend_from_slice(&len.to_le_bytes());
            total += ws.len();
        }
        out.extend_from_slice(&n(total)?.to_le_bytes());
        for (_, ws) in &self.feats {
            for &(c, w) in ws {
                out.push(c);
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut enc, &out).map_err(|_| TagError::Format("gzip failed"))?;
        enc.finish().map_err(|_| TagError::Format("gzip failed"))
    }

    /// Builds the in-memory model.
    pub fn into_model(self) -> Result<Model, TagError> {
        let nc = self.classes.len();
        if nc == 0 || nc >= usize::from(NO_CLASS) {
            return Err(TagError::Format("bad number of classes"));
        }
        let check = |c: u8| {
            if usize::from(c) < nc {
                Ok(())
            } else {
                Err(TagError::Format("class index out of range"))
            }
        };
        let mut dict = Vec::with_capacity(self.dict.len());
        for &(k, c) in &self.dict {
            check(c)?;
            dict.push((k, u32::from(c)));
        }
        let mut lex = Vec::with_capacity(self.lex.len());
        for &(k, c) in &self.lex {
            check(c)?;
            lex.push((k, u32::from(c)));
        }
        let n_feats = self.feats.len();
        let mut index = Vec::with_capacity(n_feats);
        let mut weights = Vec::new();
        for (k, ws) in self.feats {
            let start =
                u32::try_from(weights.len()).map_err(|_| TagError::Format("too many weights"))?;
            if let [(c, w)] = ws[..] {
                check(c)?;
                index.push((k, INLINE | u32::from(c) << 16 | u32::from(w as u16)));
                continue;
            }
            if ws.is_empty() {
                continue;
            }
            if start >= 1 << 23 || ws.len() > usize::from(u8::MAX) {
                return Err(TagError::Format("too many weights"));
            }
            let len = ws.len() as u32;
            for (c, w) in ws {
                check(c)?;
                weights.push(Weight { value: w, class: c });
            }
            index.push((k, start << 8 | len));
        }
        Ok(Model {
            classes: self.classes,
            dict: KeyTable::build(&dict),
            lex: KeyTable::build(&lex),
            feats: KeyTable::build(&index),
            weights,
            n_feats,
        })
    }
}

impl Model {
    /// Parses the gzip-compressed binary format.
    pub fn from_bytes(gz: &[u8]) -> Result<Model, TagError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(gz)
            .read_to_end(&mut raw)
            .map_err(|_| TagError::Format("model is not valid gzip"))?;
        let mut r = Reader { buf: &raw };
        if r.take(8)? != MAGIC {
            return Err(TagError::Format("bad magic"));
        }
        let version = r.u32()?;
        if version != features::FEATURE_VERSION {
            return Err(TagError::Version {
                found: version,
                expected: features::FEATURE_VERSION,
            });
        }
        let nc = r.count(2)?;
        let mut classes = Vec::with_capacity(nc);
        for _ in 0..nc {
            let upos = Upos::from_index(r.u8()?).ok_or(TagError::Format("bad UPOS index"))?;
            let xpos = Xpos::from_index(r.u8()?).ok_or(TagError::Format("bad XPOS index"))?;
            classes.push(Tag { upos, xpos });
        }
        let mut tables = [Vec::new(), Vec::new()];
        for table in tables.iter_mut() {
            let n = r.count(9)?;
            table.reserve(n);
            for _ in 0..n {
                let k = r.u64()?;
                table.push((k, r.u8()?));
            }
        }
        let [dict, lex] = tables;
        let nf = r.count(10)?;
        let mut heads = Vec::with_capacity(nf);
        for _ in 0..nf {
            let k = r.u64()?;
            heads.push((k, r.u16()?));
        }
        let nw = r.count(3)?;
        let mut feats = Vec::with_capacity(nf);
        let mut used = 0usize;
        for (k, len) in heads {
            let len = usize::from(len);
            used += len;
            if used > nw {
                return Err(TagError::Format("weight count mismatch"));
            }
            let mut ws = Vec::with_capacity(len);
            for _ in 0..len {
                let c = r.u8()?;
                let b = r.take(2)?;
                ws.push((c, i16::from_le_bytes([b[0], b[1]])));
            }
            feats.push((k, ws));
        }
        if used != nw || !r.buf.is_empty() {
            return Err(TagError::Format("trailing or missing model data"));
        }
        ModelParts {
            classes,
            dict,
            lex,
            feats,
        }
        .into_model()
    }

    /// Number of joint classes.
    pub fn n_classes(&self) -> usize {
        self.classes.len()
    }

    /// Number of stored (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    /// Number of stored features.
    pub fn n_features(&self) -> usize {
        self.n_feats
    }

    /// Fills per-token hashes (including lexicon look-ups) for a sentence,
    /// with two padding tokens on each side.
    pub(crate) fn token_infos<S: AsRef<str>>(&self, tokens: &[S], out: &mut Vec<TokenInfo>) {
        out.clear();
        out.push(TokenInfo::padding(false));
        out.push(TokenInfo::padding(false));
        for (i, t) in tokens.iter().enumerate() {
            let mut info = TokenInfo::new(t.as_ref(), i == 0);
            if let Some(c) = self.lex.get(info.lower) {
                info.mft = c as u8;
            }
            out.push(info);
        }
        out.push(TokenInfo::padding(true));
        out.push(TokenInfo::padding(true));
    }

    /// Adds the weights of `feats` into `scores` (one slot per class).
    #[inline]
    fn score(&self, feats: &[u64; N_FEATURES], scores: &mut [i32; 256]) {
        // Three passes: all table probes, then a touch of each weight run,
        // then the sums. The loads of the first two passes are independent,
        // so the CPU overlaps their cache misses instead of waiting on each
        // in turn; this roughly doubles throughput on a model that does not
        // fit in L2.
        let mut runs = [(0usize, 0usize); N_FEATURES];
        let mut n = 0;
        for &f in feats {
            if let Some(v) = self.feats.get(f) {
                if v & INLINE != 0 {
                    scores[((v >> 16) & 0xff) as usize] += i32::from(v as u16 as i16);
                } else if let Some(r) = runs.get_mut(n) {
                    let start = (v >> 8) as usize;
                    *r = (start, start + (v & 0xff) as usize);
                    n += 1;
                }
            }
        }
        let runs = runs.get(..n).unwrap_or_default();
        let mut touch = 0i32;
        for &(start, _) in runs {
            touch = touch.wrapping_add(self.weights.get(start).map_or(0, |w| i32::from(w.value)));
        }
        std::hint::black_box(touch);
        for &(start, end) in runs {
            let Some(ws) = self.weights.get(start..end) else {
                continue;
            };
            for w in ws {
                // A u8 index into a 256-slot array needs no bounds check.
                scores[usize::from(w.class)] += i32::from(w.value);
            }
        }
    }

    /// The class of a dictionary word (frequent and unambiguous), which
    /// the model is never asked about.
    #[inline]
    pub(crate) fn dict_class(&self, info: &TokenInfo) -> Option<u8> {
        self.dict.get(info.exact).map(|c| c as u8)
    }

    /// Decodes positions `from..=to` into `classes` (one slot per token),
    /// reading the history from the classes of `from - 1` and `from - 2`,
    /// which the caller has filled (or which lie before the sentence).
    pub(crate) fn decode_span(
        &self,
        infos: &[TokenInfo],
        classes: &mut [Option<u8>],
        from: usize,
        to: usize,
    ) {
        let nc = self.classes.len();
        let mut scores = [0i32; 256];
        let mut feats = [0u64; N_FEATURES];
        let back = |k: usize| {
            from.checked_sub(k)
                .and_then(|i| classes.get(i).copied().flatten())
                .unwrap_or(START_CLASS)
        };
        let (mut p1, mut p2) = (back(1), back(2));
        for i in from..=to {
            let Some(slot) = classes.get_mut(i) else {
                break;
            };
            let class = match *slot {
                Some(c) => c,
                None => {
                    features::features(infos, i, p1, p2, &mut feats);
                    scores.iter_mut().take(nc).for_each(|s| *s = 0);
                    self.score(&feats, &mut scores);
                    argmax(scores.get(..nc).unwrap_or_default())
                }
            };
            *slot = Some(class);
            p2 = p1;
            p1 = class;
        }
    }

    /// Greedy left-to-right decoding; returns class ids.
    pub(crate) fn predict(&self, infos: &[TokenInfo], n: usize, out: &mut Vec<u8>) {
        out.clear();
        let nc = self.classes.len();
        let mut scores = [0i32; 256];
        let mut feats = [0u64; N_FEATURES];
        let (mut p1, mut p2) = (START_CLASS, START_CLASS);
        for i in 0..n {
            let info = infos.get(i + 2).copied().unwrap_or_default();
            let class = match self.dict.get(info.exact) {
                Some(c) => c as u8,
                None => {
                    features::features(infos, i, p1, p2, &mut feats);
                    scores.iter_mut().take(nc).for_each(|s| *s = 0);
                    self.score(&feats, &mut scores);
                    argmax(scores.get(..nc).unwrap_or_default())
                }
            };
            out.push(class);
            p2 = p1;
            p1 = class;
        }
    }
}

/// Index of the highest score (the first one on ties).
#[inline]
pub(crate) fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> u8 {
    let mut best = 0usize;
    for (i, &s) in scores.iter().enumerate() {
        if let Some(&b) = scores.get(best) {
            if s > b {
                best = i;
            }
        }
    }
    best as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> ModelParts {
        ModelParts {
            classes: vec![
                Tag {
                    upos: Upos::Noun,
                    xpos: Xpos::Nn,
                },
                Tag {
                    upos: Upos::Det,
                    xpos: Xpos::Dt,
                },
            ],
            dict: vec![(features::exact_key("the"), 1)],
            lex: vec![(features::lower_key("dog"), 0)],
            feats: vec![(12345, vec![(0, 7), (1, -3)])],
        }
    }

    #[test]
    fn round_trip() {
        let bytes = tiny().to_bytes().expect("serialise");
        let m = Model::from_bytes(&bytes).expect("parse");
        assert_eq!(m.n_classes(), 2);
        assert_eq!(m.n_features(), 1);
        assert_eq!(m.dict.get(features::exact_key("the")), Some(1));
        assert_eq!(m.lex.get(features::lower_key("DOG")), Some(0));
        // Run of two weights starting at 0, packed as `start << 8 | len`.
        assert_eq!(m.feats.get(12345), Some(2));
        assert_eq!(m.feats.get(999), None);
    }

    #[test]
    fn rejects_garbage() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"not gzip at all").is_err());
        let bytes = tiny().to_bytes().expect("serialise");
        // Truncated compressed stream.
        assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        let bad = ModelParts {
            dict: vec![(1, 9)],
            ..tiny()
        };
        assert!(bad.into_model().is_err());
    }

    #[test]
    fn argmax_picks_first_max() {
        assert_eq!(argmax(&[1, 5, 5, 2]), 1);
        assert_eq!(argmax::<i32>(&[]), 0);
    }
}
