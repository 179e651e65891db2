//! The name automaton behind [`Kb::find_names`]: one Aho-Corasick automaton
//! over every surface form, leftmost-longest, with word-boundary checks.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::{Kb, NameMatch, Target};

#[derive(Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    /// Pattern index -> surface form (the key into `Kb::surfaces`).
    patterns: Vec<String>,
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
            .start_kind(StartKind::Both)
            .build(&patterns)
            .ok()?;
        Some(Matcher { ac, patterns })
    }

    pub(crate) fn find(&self, kb: &Kb, text: &str) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.ac.find(Input::new(text).range(pos..)) else {
                break;
            };
            let (start, mut end) = (m.start(), m.end());
            let mut pattern = m.pattern().as_usize();
            // The longest form may run into a word ("Nineveh provinces"):
            // then try the shorter forms that start at the same place.
            while !is_boundary(text, start, end) {
                let shorter = (end > start + 1)
                    .then(|| {
                        self.ac.find(
                            Input::new(text)
                                .range(start..end - 1)
                                .anchored(Anchored::Yes),
                        )
                    })
                    .flatten();
                match shorter {
                    Some(s) => {
                        end = s.end();
                        pattern = s.pattern().as_usize();
                    }
                    None => {
                        end = start;
                        break;
                    }
                }
            }
            if end == start {
                pos = next_char(text, start);
                continue;
            }
            let targets: Vec<Target> = kb.lookup(&self.patterns[pattern]).to_vec();
            let weak = !targets.is_empty() && targets.iter().all(|&t| kb.is_weak(t));
            out.push(NameMatch {
                start,
                end,
                targets,
                weak,
            });
            pos = end;
        }
        out
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

fn next_char(text: &str, pos: usize) -> usize {
    text[pos..]
        .chars()
        .next()
        .map_or(text.len(), |c| pos + c.len_utf8())
}
