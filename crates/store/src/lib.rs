//! The dateline archive: SQLite storage, search and exports
