//! Building repaired text while recording every edit against the input.
//!
//! Text repair never rewrites text in place: it copies the input forward and
//! records each place where the output differs, so any output range can be
//! mapped back to input bytes.

/// One edit: `out[text_start..text_end]` replaced `input[input_start..input_end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edit {
    /// Start in the output text.
    pub text_start: usize,
    /// End in the output text.
    pub text_end: usize,
    /// Start in the input.
    pub input_start: usize,
    /// End in the input.
    pub input_end: usize,
}

/// Copies input to output, recording replacements as [`Edit`]s.
#[derive(Debug)]
pub struct Builder<'a> {
    input: &'a str,
    pos: usize,
    out: String,
    edits: Vec<Edit>,
}

impl<'a> Builder<'a> {
    /// Starts building from `input[start..]`; bytes before `start` count as deleted.
    #[must_use]
    pub fn new(input: &'a str, start: usize) -> Self {
        let mut b = Builder {
            input,
            pos: 0,
            out: String::with_capacity(input.len() + 64),
            edits: Vec::new(),
        };
        if start > 0 {
            b.replace(start.min(input.len()), "");
        }
        b
    }

    /// Current input position.
    #[must_use]
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Output built so far.
    #[must_use]
    pub fn out(&self) -> &str {
        &self.out
    }

    /// Copies input up to `end` verbatim.
    pub fn copy_to(&mut self, end: usize) {
        let end = end.min(self.input.len());
        if end > self.pos {
            self.out.push_str(&self.input[self.pos..end]);
            self.pos = end;
        }
    }

    /// Replaces input from the current position up to `end` with `with`.
    /// A replacement identical to the input is copied instead, so no edit
    /// is recorded for it.
    pub fn replace(&mut self, end: usize, with: &str) {
        let end = end.clamp(self.pos, self.input.len());
        if &self.input[self.pos..end] == with {
            self.copy_to(end);
            return;
        }
        let text_start = self.out.len();
        self.out.push_str(with);
        let e = Edit {
            text_start,
            text_end: self.out.len(),
            input_start: self.pos,
            input_end: end,
        };
        self.pos = end;
        // Merge with a directly preceding edit so the map stays small.
        if let Some(last) = self.edits.last_mut() {
            if last.text_end == e.text_start && last.input_end == e.input_start {
                last.text_end = e.text_end;
                last.input_end = e.input_end;
                return;
            }
        }
        self.edits.push(e);
    }

    /// Inserts text that has no counterpart in the input.
    pub fn insert(&mut self, with: &str) {
        let pos = self.pos;
        self.replace(pos, with);
    }

    /// Finishes, dropping input after `end` (recorded as a deletion).
    #[must_use]
    pub fn finish(mut self, end: usize) -> (String, Vec<Edit>) {
        self.copy_to(end);
        if self.pos < self.input.len() {
            let len = self.input.len();
            self.replace(len, "");
        }
        (self.out, self.edits)
    }
}

/// Maps an output offset back to the input (see `SourceMap` in the record crate).
#[must_use]
pub fn to_input(edits: &[Edit], pos: usize, is_end: bool) -> usize {
    let idx = edits.partition_point(|e| e.text_start <= pos);
    if idx == 0 {
        return pos;
    }
    // Several zero-length edits may share a start; look at the last one at or before pos.
    let e = &edits[idx - 1];
    if pos < e.text_end {
        return if is_end { e.input_end } else { e.input_start };
    }
    if pos == e.text_start && e.text_start == e.text_end && !is_end {
        return e.input_end;
    }
    if pos == e.text_end && is_end && e.text_start < e.text_end {
        return e.input_end;
    }
    e.input_end + (pos - e.text_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_records_edits() {
        let input = "ab\ncd.Ef";
        let mut b = Builder::new(input, 0);
        b.copy_to(2);
        b.replace(3, " ");
        b.copy_to(6);
        b.insert("\n\n");
        let (out, edits) = b.finish(input.len());
        assert_eq!(out, "ab cd.\n\nEf");
        assert_eq!(edits.len(), 2);
        assert_eq!(to_input(&edits, 0, false), 0);
        assert_eq!(to_input(&edits, 3, false), 3);
        assert_eq!(to_input(&edits, 8, false), 6);
        assert_eq!(
            &input[to_input(&edits, 8, false)..to_input(&edits, 10, true)],
            "Ef"
        );
    }

    #[test]
    fn leading_deletion() {
        let input = "HEADER\nbody text";
        let b = Builder::new(input, 7);
        let (out, edits) = b.finish(input.len());
        assert_eq!(out, "body text");
        assert_eq!(to_input(&edits, 0, false), 7);
        assert_eq!(to_input(&edits, 4, true), 11);
    }
}
