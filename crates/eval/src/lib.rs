//! Scores dateline's output against gold sets.
//!
//! Two evaluations live here, both independent of the extractor itself: the
//! caller hands in a function from article text (and publication date) to a
//! [`dateline_record::Record`], so this crate can score the real pipeline, a
//! peer tool or a hand-written baseline alike.
//!
//! - [`attributions`]: PolNeAR brat annotations ([`brat`]) against the
//!   record's attributions: source, cue and content spans by exact match,
//!   one-to-one token overlap and token-weighted soft precision/recall, plus
//!   whole attributions. Peer predictions (textacy) are read by [`peer`] and
//!   scored by the same code.
//! - [`events`]: loaders for the PLOVER gold standard, ConfliBERT's CAMEO
//!   sets, the TABARI validation suite and the PETRARCH2/UniversalPetrarch
//!   validation XML, and a scorer for quad class, root, actor-country
//!   triples, per-root precision/recall and a root confusion table.
//!
//! The exact metric definitions are written down in `docs/eval.md`.
//!
//! ```
//! use dateline_eval::prf::Counts;
//! let c = Counts { tp: 3, fp: 1, fn_: 1 };
//! assert!((c.f1() - 0.75).abs() < 1e-9);
//! ```
#![deny(missing_docs)]

pub mod attributions;
pub mod brat;
pub mod entities;
pub mod events;
pub mod peer;
pub mod prf;
pub mod spans;

use dateline_record::Record;

/// The extractor under evaluation: article text and optional publication
/// date (ISO 8601) in, record out. Must be shareable across threads because
/// articles are processed in parallel.
pub type ExtractFn<'a> = &'a (dyn Fn(&str, Option<&str>) -> Record + Sync);

/// Errors while reading gold sets or peer output.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file was read but its content is not in the expected format.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The path.
        path: String,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// What was wrong.
        message: String,
    },
}

impl Error {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }

    pub(crate) fn format(path: &std::path::Path, line: usize, message: impl Into<String>) -> Self {
        Error::Format {
            path: path.display().to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Reads a file as UTF-8, replacing invalid bytes, as the CLI does for
/// plain-text input (so gold offsets and the extractor see the same string).
pub(crate) fn read_text(path: &std::path::Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
