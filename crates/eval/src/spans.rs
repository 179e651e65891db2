//! Span arithmetic for scoring: character→byte offsets, tokens, and the
//! exact / overlap / soft span matchers shared by the attribution and
//! actor-span scorers.

use crate::prf::{Counts, Soft};
use serde::Serialize;

/// Maps Unicode scalar (character) offsets to UTF-8 byte offsets of `text`.
/// Brat and Python tools count characters; Rust slices count bytes.
#[derive(Debug, Clone)]
pub struct CharToByte {
    /// `table[i]` is the byte offset of character `i`; one extra entry for
    /// the end of the text.
    table: Vec<usize>,
}

impl CharToByte {
    /// Builds the table for `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        table.push(text.len());
        CharToByte { table }
    }

    /// Byte offset of character offset `c`, or `None` past the end.
    #[must_use]
    pub fn byte(&self, c: usize) -> Option<usize> {
        self.table.get(c).copied()
    }
}

/// A possibly discontinuous span: sorted, non-empty byte ranges with
/// surrounding whitespace trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct MultiSpan {
    /// The byte ranges, start inclusive, end exclusive.
    pub ranges: Vec<(usize, usize)>,
}

impl MultiSpan {
    /// Normalises ranges of `text`: clamps them to the text and to character
    /// boundaries, trims whitespace, drops empty ones, sorts and merges
    /// touching ones (or ones only whitespace apart). Trimming makes "exact" insensitive to a stray space
    /// that one annotator includes and another does not.
    #[must_use]
    pub fn new(text: &str, ranges: &[(usize, usize)]) -> Self {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in ranges {
            let (mut s, mut e) = (s.min(text.len()), e.min(text.len()));
            while s < e && !text.is_char_boundary(s) {
                s += 1;
            }
            while e > s && !text.is_char_boundary(e) {
                e -= 1;
            }
            let Some(slice) = text.get(s..e) else {
                continue;
            };
            let lead = slice.len() - slice.trim_start().len();
            let trail = slice.len() - slice.trim_end().len();
            if lead + trail >= slice.len() {
                continue;
            }
            out.push((s + lead, e - trail));
        }
        out.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
        for r in out {
            // Fragments separated only by whitespace are one span, so a
            // discontinuous annotation equals its contiguous spelling.
            match merged.last_mut() {
                Some(last)
                    if r.0 <= last.1
                        || text.get(last.1..r.0).is_some_and(|g| g.trim().is_empty()) =>
                {
                    last.1 = last.1.max(r.1);
                }
                _ => merged.push(r),
            }
        }
        MultiSpan { ranges: merged }
    }

    /// The span without a final comma. Used for sources on both sides:
    /// PolNeAR ends a speaker with an appositive on the appositive's
    /// closing comma (`Jo Ray, a delegate from Ohio, said`: 271 of 297 on
    /// train), `examples/attributions` and the record before it; the comma
    /// names nobody, so exact source matching ignores it.
    #[must_use]
    pub fn without_final_comma(mut self, text: &str) -> Self {
        if let Some(last) = self.ranges.last_mut() {
            let slice = text.get(last.0..last.1).unwrap_or("");
            let kept = slice.trim_end_matches(',').trim_end();
            if !kept.is_empty() {
                last.1 = last.0 + kept.len();
            }
        }
        self
    }

    /// True when no range is left.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The covered text, fragments joined by " … ".
    #[must_use]
    pub fn text<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.ranges
            .iter()
            .filter_map(|&(s, e)| text.get(s..e))
            .collect()
    }
}

/// The tokens of a text: maximal runs of alphanumeric characters, and each
/// other non-space character on its own.
#[derive(Debug, Clone)]
pub struct Tokens {
    toks: Vec<(usize, usize, bool)>,
}

impl Tokens {
    /// Tokenises `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut toks = Vec::new();
        let mut word: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                if word.is_none() {
                    word = Some(i);
                }
                continue;
            }
            if let Some(s) = word.take() {
                toks.push((s, i, true));
            }
            if !c.is_whitespace() {
                toks.push((i, i + c.len_utf8(), false));
            }
        }
        if let Some(s) = word {
            toks.push((s, text.len(), true));
        }
        Tokens { toks }
    }

    /// Indices of the tokens a span covers (a token counts when it overlaps
    /// any range). Word tokens only, unless the span holds no word at all
    /// (a cue such as `:`): then its punctuation tokens. Punctuation is left
    /// out otherwise so quote marks do not weigh on content overlap.
    #[must_use]
    pub fn of(&self, span: &MultiSpan) -> Vec<usize> {
        let mut words = Vec::new();
        let mut puncts = Vec::new();
        for &(s, e) in &span.ranges {
            let first = self.toks.partition_point(|t| t.1 <= s);
            for (i, t) in self.toks.iter().enumerate().skip(first) {
                if t.0 >= e {
                    break;
                }
                if t.2 {
                    words.push(i);
                } else {
                    puncts.push(i);
                }
            }
        }
        let mut v = if words.is_empty() { puncts } else { words };
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Size of the intersection of two sorted index lists.
#[must_use]
pub fn intersect(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Span scores of one kind (source, cue, content, actor...).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct SpanScores {
    /// Exact match of the trimmed byte ranges, one-to-one.
    pub exact: Counts,
    /// At least one shared token, one-to-one (greedy by overlap size).
    pub overlap: Counts,
    /// Token-weighted: each prediction earns the best share of its tokens
    /// found in one gold span, each gold span the best share of its tokens
    /// found in one prediction.
    pub soft: Soft,
}

impl SpanScores {
    /// Adds another set of scores.
    pub fn add(&mut self, o: &SpanScores) {
        self.exact.add(&o.exact);
        self.overlap.add(&o.overlap);
        self.soft.add(&o.soft);
    }
}

/// One-to-one greedy matching: pairs `(gold, pred, weight)` with weight > 0
/// are taken by decreasing weight (ties by position), each index once.
/// Returns the matched pairs.
#[must_use]
pub fn greedy_match(mut pairs: Vec<(usize, usize, usize)>) -> Vec<(usize, usize)> {
    pairs.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut used_g = std::collections::HashSet::new();
    let mut used_p = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (g, p, w) in pairs {
        if w == 0 || used_g.contains(&g) || used_p.contains(&p) {
            continue;
        }
        used_g.insert(g);
        used_p.insert(p);
        out.push((g, p));
    }
    out
}

/// Scores predicted spans against gold spans of the same text.
#[must_use]
pub fn score_spans(tokens: &Tokens, gold: &[MultiSpan], pred: &[MultiSpan]) -> SpanScores {
    let gt: Vec<Vec<usize>> = gold.iter().map(|s| tokens.of(s)).collect();
    let pt: Vec<Vec<usize>> = pred.iter().map(|s| tokens.of(s)).collect();

    let mut exact_pairs = Vec::new();
    let mut overlap_pairs = Vec::new();
    let mut best_p = vec![0.0f64; pred.len()];
    let mut best_r = vec![0.0f64; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if g == p {
                exact_pairs.push((gi, pi, 1));
            }
            let n = intersect(&gt[gi], &pt[pi]);
            if n > 0 {
                overlap_pairs.push((gi, pi, n));
                best_p[pi] = best_p[pi].max(n as f64 / pt[pi].len() as f64);
                best_r[gi] = best_r[gi].max(n as f64 / gt[gi].len() as f64);
            }
        }
    }
    let counts = |m: usize| Counts {
        tp: m,
        fp: pred.len() - m,
        fn_: gold.len() - m,
    };
    SpanScores {
        exact: counts(greedy_match(exact_pairs).len()),
        overlap: counts(greedy_match(overlap_pairs).len()),
        soft: Soft {
            p_sum: best_p.iter().sum(),
            n_pred: pred.len(),
            r_sum: best_r.iter().sum(),
            n_gold: gold.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_to_byte_non_ascii() {
        let t = "é’a";
        let m = CharToByte::new(t);
        assert_eq!(m.byte(0), Some(0));
        assert_eq!(m.byte(1), Some(2));
        assert_eq!(m.byte(2), Some(5));
        assert_eq!(m.byte(3), Some(6));
        assert_eq!(m.byte(4), None);
    }

    #[test]
    fn final_comma_is_dropped() {
        let text = "Jo Ray, a delegate, said";
        let m = MultiSpan::new(text, &[(0, 19)]).without_final_comma(text);
        assert_eq!(m.ranges, vec![(0, 18)]);
        let m = MultiSpan::new(text, &[(0, 18)]).without_final_comma(text);
        assert_eq!(m.ranges, vec![(0, 18)]);
        let m = MultiSpan::new(text, &[(6, 7)]).without_final_comma(text);
        assert_eq!(m.ranges, vec![(6, 7)]);
    }

    #[test]
    fn multispan_trims_sorts_merges() {
        let t = "  ab cd, ef";
        let s = MultiSpan::new(t, &[(8, 11), (0, 5), (5, 7)]);
        assert_eq!(s.ranges, vec![(2, 7), (9, 11)]);
        assert!(MultiSpan::new(t, &[(0, 2)]).is_empty());
        // Out-of-range and mid-character offsets are clamped, not panics.
        let u = "é";
        assert!(MultiSpan::new(u, &[(1, 1)]).is_empty());
        assert_eq!(MultiSpan::new(u, &[(0, 99)]).ranges, vec![(0, 2)]);
    }

    #[test]
    fn tokens_words_then_punct() {
        let t = "“Yes,” he said: no.";
        let tk = Tokens::new(t);
        let all = MultiSpan::new(t, &[(0, t.len())]);
        assert_eq!(tk.of(&all).len(), 4);
        let colon = t.find(':').unwrap_or(0);
        assert_eq!(tk.of(&MultiSpan::new(t, &[(colon, colon + 1)])).len(), 1);
    }

    fn ms(t: &str, r: &[(usize, usize)]) -> MultiSpan {
        MultiSpan::new(t, r)
    }

    #[test]
    fn exact_overlap_soft() {
        let t = "one two three four five six";
        let tk = Tokens::new(t);
        // gold: "one two three", "five six"; pred: "one two three" (exact),
        // "four five" (overlaps "five six" by 1 of 2 tokens), "nothing".
        let gold = vec![ms(t, &[(0, 13)]), ms(t, &[(19, 27)])];
        let pred = vec![ms(t, &[(0, 13)]), ms(t, &[(14, 23)])];
        let s = score_spans(&tk, &gold, &pred);
        assert_eq!(
            s.exact,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.overlap,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert!((s.soft.precision() - 0.75).abs() < 1e-12);
        assert!((s.soft.recall() - 0.75).abs() < 1e-12);
    }

    #[test]
    fn overlap_is_one_to_one() {
        let t = "alpha beta gamma";
        let tk = Tokens::new(t);
        let gold = vec![ms(t, &[(0, 16)])];
        let pred = vec![ms(t, &[(0, 5)]), ms(t, &[(6, 10)])];
        let s = score_spans(&tk, &gold, &pred);
        assert_eq!(
            s.overlap,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        // Both predictions lie inside gold: full soft precision.
        assert!((s.soft.precision() - 1.0).abs() < 1e-12);
        assert!((s.soft.recall() - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn discontinuous_exact() {
        let t = "“A,” she said, “B.”";
        let tk = Tokens::new(t);
        let g = vec![ms(t, &[(0, 8), (19, t.len())])];
        let p = vec![ms(t, &[(19, t.len()), (0, 8)])];
        assert_eq!(score_spans(&tk, &g, &p).exact.tp, 1);
        assert_eq!(
            score_spans(&tk, &g, &[]).exact,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
    }
}
