//! The name automaton behind [`Kb::find_names`]: one Aho-Corasick automaton
//! over every surface form, leftmost-longest, run anchored at word starts,
//! with word-boundary checks.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::{Kb, NameMatch, Target};

#[derive(Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    /// Pattern index -> surface form (the key into `Kb::surfaces`).
    patterns: Vec<String>,
    /// Bit set over the first two bytes of every form (a one-byte form
    /// sets all pairs it starts), to skip the automaton where no form can
    /// start.
    pairs: Vec<u64>,
    /// Whether a one-byte form is this byte.
    singles: [bool; 256],
}

impl Matcher {
    /// Builds the automaton; `None` only if aho-corasick refuses the pattern
    /// set (it is far below its limits), in which case `find_names` finds
    /// nothing rather than panicking.
    pub(crate) fn build(kb: &Kb) -> Option<Matcher> {
        let mut patterns: Vec<String> = kb.surfaces.keys().cloned().collect();
        patterns.sort_unstable();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .ok()?;
        let mut pairs = vec![0u64; 1 << 10];
        let mut singles = [false; 256];
        let mut set = |i: usize| pairs[i / 64] |= 1 << (i % 64);
        for p in &patterns {
            match *p.as_bytes() {
                [b0, b1, ..] => set(usize::from(b0) << 8 | usize::from(b1)),
                [b0] => {
                    singles[usize::from(b0)] = true;
                    (0..256).for_each(|b1| set(usize::from(b0) << 8 | b1));
                }
                [] => {}
            }
        }
        Some(Matcher {
            ac,
            patterns,
            pairs,
            singles,
        })
    }

    pub(crate) fn find(&self, kb: &Kb, text: &str) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut pos = 0;
        // Whether the character before `pos` is a letter or digit: a name
        // only starts where a word does, so only there, and only where a
        // form starts with the next two bytes, is the automaton run
        // (anchored). That finds what an unanchored leftmost-longest scan
        // keeps, without walking it through every byte of every word.
        let mut in_word = false;
        while let Some(&b) = bytes.get(pos) {
            if !in_word && self.may_start(bytes, pos) {
                if let Some((end, pattern)) = self.longest_at(text, pos) {
                    let targets: Vec<Target> = kb.lookup(&self.patterns[pattern]).to_vec();
                    let weak = !targets.is_empty() && targets.iter().all(|&t| kb.is_weak(t));
                    out.push(NameMatch {
                        start: pos,
                        end,
                        targets,
                        weak,
                    });
                    in_word = text[..end]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    pos = end;
                    continue;
                }
            }
            if b.is_ascii() {
                in_word = b.is_ascii_alphanumeric();
                pos += 1;
            } else {
                let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                in_word = c.is_alphanumeric();
                pos += c.len_utf8();
            }
        }
        out
    }

    /// Whether some form starts with the bytes at `pos`.
    fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(&b0), Some(&b1)) => {
                let i = usize::from(b0) << 8 | usize::from(b1);
                self.pairs[i / 64] >> (i % 64) & 1 == 1
            }
            (Some(&b0), None) => self.singles[usize::from(b0)],
            _ => false,
        }
    }

    /// The longest form starting at `start` that ends on a word boundary:
    /// its end and pattern index.
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let m = self
            .ac
            .find(Input::new(text).range(start..).anchored(Anchored::Yes))?;
        let (mut end, mut pattern) = (m.end(), m.pattern().as_usize());
        // The longest form may run into a word ("Nineveh provinces"):
        // then try the shorter forms that start at the same place.
        while !is_boundary(text, start, end) {
            if end <= start + 1 {
                return None;
            }
            let s = self.ac.find(
                Input::new(text)
                    .range(start..end - 1)
                    .anchored(Anchored::Yes),
            )?;
            end = s.end();
            pattern = s.pattern().as_usize();
        }
        (end > start).then_some((end, pattern))
    }
}

/// Whether `text[start..end]` stands as whole words: no letter or digit
/// right before or after it.
fn is_boundary(text: &str, start: usize, end: usize) -> bool {
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return false;
    }
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
