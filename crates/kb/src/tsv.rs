//! Minimal TSV reading for the knowledge-base files: `#` comments, tab
//! separated cells, `; `-separated lists, and typed cell parsers that report
//! the file and line of any bad value.

use chrono::NaiveDate;

use crate::KbError;

/// One data line of a file: its 1-based line number and its cells.
pub(crate) struct Row<'a> {
    pub file: &'static str,
    pub line: usize,
    pub cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The cell at `i`, trimmed; a missing trailing cell reads as empty
    /// because editors often strip trailing tabs.
    pub fn get(&self, i: usize) -> &'a str {
        self.cells.get(i).map_or("", |s| s.trim())
    }

    /// A cell that must not be empty.
    pub fn req(&self, i: usize, what: &str) -> Result<&'a str, KbError> {
        let v = self.get(i);
        if v.is_empty() {
            return Err(self.err(format!("missing {what}")));
        }
        Ok(v)
    }

    pub fn list(&self, i: usize) -> Vec<String> {
        split_list(self.get(i))
    }

    pub fn opt_f64(&self, i: usize, what: &str) -> Result<Option<f64>, KbError> {
        let v = self.get(i);
        if v.is_empty() {
            return Ok(None);
        }
        v.parse::<f64>()
            .map(Some)
            .map_err(|_| self.err(format!("bad {what} {v:?}")))
    }

    pub fn f64(&self, i: usize, what: &str) -> Result<f64, KbError> {
        self.opt_f64(i, what)?
            .ok_or_else(|| self.err(format!("missing {what}")))
    }

    pub fn opt_date(&self, i: usize, what: &str) -> Result<Option<NaiveDate>, KbError> {
        let v = self.get(i);
        if v.is_empty() {
            return Ok(None);
        }
        NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| self.err(format!("bad {what} date {v:?}")))
    }

    pub fn err(&self, message: String) -> KbError {
        KbError::Parse {
            file: self.file,
            line: self.line,
            message,
        }
    }
}

/// Splits a `; `-separated list, dropping empty items.
fn split_list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The data rows of a file, skipping blank and `#` lines. Repeated lines
/// are caught by [`duplicate_line`] in the tests rather than here: hashing
/// every line of the city table would double the load time.
pub(crate) fn rows<'a>(
    file: &'static str,
    text: &'a str,
    min_cells: usize,
) -> Result<Vec<Row<'a>>, KbError> {
    let mut out = Vec::with_capacity(text.len() / 48);
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() < min_cells {
            return Err(KbError::Parse {
                file,
                line: i + 1,
                message: format!("expected at least {min_cells} cells, found {}", cells.len()),
            });
        }
        out.push(Row {
            file,
            line: i + 1,
            cells,
        });
    }
    Ok(out)
}

/// The 1-based number of the first data line that repeats an earlier one.
#[cfg(test)]
pub(crate) fn duplicate_line(text: &str) -> Option<usize> {
    let mut seen = std::collections::HashSet::new();
    text.lines().enumerate().find_map(|(i, line)| {
        let data = !line.trim().is_empty() && !line.starts_with('#');
        (data && !seen.insert(line)).then_some(i + 1)
    })
}
