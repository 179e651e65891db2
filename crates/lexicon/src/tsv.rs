//! A tiny reader for the commented TSV files under `data/`.
//!
//! Lines that are blank or start with `#` are comments; every other line is
//! split on tabs. Rows keep their 1-based line number so that errors and
//! `EventMatch::pattern` can point back into the file.

use crate::LexiconError;

/// One data line of a TSV file.
pub(crate) struct Row<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    /// The tab-separated fields, trimmed of surrounding spaces.
    pub fields: Vec<&'a str>,
}

impl Row<'_> {
    /// The field at `i`; callers only index below the checked column count.
    pub(crate) fn get(&self, i: usize) -> &str {
        self.fields.get(i).copied().unwrap_or("")
    }
}

/// Splits `text` into rows with between `min` and `max` columns.
pub(crate) fn rows<'a>(
    file: &'static str,
    text: &'a str,
    min: usize,
    max: usize,
) -> Result<Vec<Row<'a>>, LexiconError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() < min || fields.len() > max {
            return Err(LexiconError::Parse {
                file,
                line: i + 1,
                message: format!(
                    "expected {min}..={max} tab-separated columns, found {}",
                    fields.len()
                ),
            });
        }
        if let Some(pos) = fields.iter().position(|f| f.is_empty()) {
            return Err(LexiconError::Parse {
                file,
                line: i + 1,
                message: format!("column {} is empty (use `-` for none)", pos + 1),
            });
        }
        out.push(Row {
            line: i + 1,
            fields,
        });
    }
    Ok(out)
}

/// Builds a parse error for `row`.
pub(crate) fn err(file: &'static str, row: &Row<'_>, message: impl Into<String>) -> LexiconError {
    LexiconError::Parse {
        file,
        line: row.line,
        message: message.into(),
    }
}

/// Parses a `y`/`n` flag column.
pub(crate) fn flag(file: &'static str, row: &Row<'_>, i: usize) -> Result<bool, LexiconError> {
    match row.get(i) {
        "y" => Ok(true),
        "n" | "-" => Ok(false),
        other => Err(err(file, row, format!("expected y or n, found `{other}`"))),
    }
}

/// True for tokens without any letter or digit: punctuation tokens.
pub(crate) fn is_punct(token: &str) -> bool {
    !token.chars().any(char::is_alphanumeric)
}
