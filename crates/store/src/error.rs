//! The archive's error type.

use std::path::PathBuf;

/// Everything that can go wrong with an archive.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The file exists but is not an SQLite database; it was left untouched.
    #[error(
        "{path}: not a dateline archive (not an SQLite database); the file was left untouched"
    )]
    NotSqlite {
        /// The file that was refused.
        path: PathBuf,
    },
    /// The file has an SQLite header but could not be read as a database.
    #[error("{path}: the archive is corrupt and was left untouched: {message}")]
    Corrupt {
        /// The file that was refused.
        path: PathBuf,
        /// What SQLite said.
        message: String,
    },
    /// The archive was written by a newer dateline.
    #[error(
        "{path}: archive schema version {found} is newer than this dateline supports ({supported}); upgrade dateline"
    )]
    TooNew {
        /// The file that was refused.
        path: PathBuf,
        /// The archive's schema version.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A search query that FTS5 could not parse.
    #[error("bad search query {query:?}: {message}")]
    Query {
        /// The query as given.
        query: String,
        /// What FTS5 said.
        message: String,
    },
    /// The archive is locked by another writer and the busy timeout ran out.
    #[error("the archive is busy (another ingest holds the write lock); try again later")]
    Busy,
    /// Reading or writing a file.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// A record could not be converted to or from JSON.
    #[error("record JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Any other SQLite error.
    #[error("SQLite: {0}")]
    Sqlite(rusqlite::Error),
    /// This build lacks a capability (a cargo feature was off).
    #[error("{0}")]
    Unsupported(&'static str),
    /// Writing Parquet failed.
    #[cfg(feature = "parquet")]
    #[error("Parquet: {0}")]
    Parquet(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        // A busy/locked database gets its own variant so callers can tell
        // "someone else is writing" from a real failure.
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) {
                return StoreError::Busy;
            }
        }
        StoreError::Sqlite(e)
    }
}

/// Result alias for the archive.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
