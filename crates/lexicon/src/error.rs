//! The error type of the lexicon loader.
//!
//! Every data file is compiled in, so an error here means a malformed line in
//! one of the TSV files under `data/`; the error names the file and line so the
//! fix is a one-line edit.

/// A problem found while parsing or validating a compiled-in data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// A line could not be parsed.
    #[error("{file}:{line}: {message}")]
    Parse {
        /// The data file, relative to the repository root.
        file: &'static str,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// The files parse but are inconsistent with each other.
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The data file, relative to the repository root.
        file: &'static str,
        /// The 1-based line number.
        line: usize,
        /// What is inconsistent.
        message: String,
    },
}
