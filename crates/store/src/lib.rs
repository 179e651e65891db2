//! The dateline archive: SQLite storage, search and exports.
//!
//! A [`Store`] is one SQLite file (WAL mode, so readers work while an ingest
//! writes). [`Store::ingest`] adds [`Record`]s idempotently, one transaction
//! per batch: a record whose id and content hash are already stored is
//! skipped, a changed one replaces the old rows. While ingesting, articles are
//! linked into near-duplicate clusters (MinHash over word shingles, see
//! [`minhash`]) and events that several articles report are merged into
//! *story events* carrying GDELT-style `num_articles` / `num_sources`.
//!
//! Queries: [`Store::search`] (FTS5 with snippets), [`Store::events`],
//! [`Store::quotes`], [`Store::actors`]. Exports stream row by row:
//! [`Store::export_jsonl`], [`Store::export_events_csv`],
//! [`Store::export_articles_csv`], [`Store::export_gdelt`] and, with the
//! default `parquet` feature, [`Store::export_parquet`]. [`gdelt_rows`] turns
//! one record into GDELT 2.0 event rows without any database.
//!
//! Only this crate knows SQL.
//!
//! ```
//! use dateline_store::{Store, SearchFilter};
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(dir.path().join("archive.db")).unwrap();
//! let record = dateline_record::Record {
//!     id: "a1".into(),
//!     title: Some("Talks resume".into()),
//!     text: "Negotiators met in Vienna on Monday.".into(),
//!     ..Default::default()
//! };
//! let counts = store.ingest(&[record]).unwrap();
//! assert_eq!(counts.inserted, 1);
//! let hits = store.search("vienna", &SearchFilter::default(), 10).unwrap();
//! assert_eq!(hits[0].id, "a1");
//! ```
#![deny(missing_docs)]

/// The condition joining an article `a` to its events `e`, spelled once for
/// every query that needs an article's events (an update's deletes, a
/// cluster merge's story keys, the article CSV's event counts, the article
/// exports' event filters): the ids in the article's range (schema version
/// 14) that name it. The range is read off the events table's own B-tree;
/// the `article` test keeps an archive whose ids interleave correct, and
/// its `+` keeps SQLite from building a temporary index on
/// `events.article` instead of reading the range. A macro, so that the
/// statements stay `&'static str` (`concat!`).
macro_rules! article_events {
    () => {
        "e.id BETWEEN a.events_first AND a.events_last AND +e.article = a.rowid"
    };
}

/// The condition picking an article's attributions, given the attribution
/// id column and the article's row id as SQL: since schema version 15 an
/// attribution's id is its article's row id times [`ATTRIBUTION_SLOTS`]
/// plus its position in the record, so an article's attributions are an id
/// range of the table's own B-tree (an update's delete, the article CSV's
/// counts).
macro_rules! article_attributions {
    ($id:literal, $article:literal) => {
        concat!(
            $id,
            " BETWEEN ",
            $article,
            " * 1048576 AND ",
            $article,
            " * 1048576 + 1048575"
        )
    };
}

/// Attribution ids an article can take (see `article_attributions!`,
/// which spells the number out for `concat!`): 2^20, so row ids up to
/// 2^43 fit in SQLite's 64-bit integers. A record's attributions past this
/// many are not stored in `attributions` (its stored record keeps them).
pub(crate) const ATTRIBUTION_SLOTS: i64 = 1 << 20;

mod binder;
mod buckets;
mod error;
mod export;
mod gdelt;
mod id_sets;
mod ingest;
pub mod minhash;
#[cfg(feature = "parquet")]
mod parquet_export;
mod query;
mod schema;
mod story_index;
mod time;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use dateline_record::Record;
pub use error::{Result, StoreError};
pub use gdelt::{gdelt_rows, GDELT_COLUMNS};
pub use ingest::{IngestCounts, Prepared};
pub use query::{
    ActorCount, EventFilter, EventRow, QuoteFilter, QuoteRow, SearchFilter, SearchHit,
};
pub use schema::CURRENT_VERSION;

/// How long a writer waits for another writer's lock before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// The 16-byte header every SQLite 3 database file starts with.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An open archive.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Which LSH buckets may hold articles (see [`buckets`]), loaded by the
    /// first batch this store writes.
    buckets: Option<buckets::Buckets>,
    /// Events by story key (see [`story_index`]), loaded and reloaded with
    /// the buckets.
    stories: Option<story_index::StoryIndex>,
    /// Articles in the writer's window ([`buckets::ARTICLE_WINDOW`]; the
    /// tests set a few).
    window: i64,
}

/// Keys held by the writer's in-memory indexes and their heap bytes
/// (estimated from the maps' capacities).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriterIndexSize {
    /// LSH bucket keys (32 an article with a signature, fewer when shared).
    pub bucket_keys: usize,
    /// Heap bytes of the LSH buckets.
    pub bucket_bytes: usize,
    /// Story key hashes.
    pub story_keys: usize,
    /// Heap bytes of the story index.
    pub story_bytes: usize,
}

/// Page size of new archives.
const NEW_PAGE_SIZE: u32 = 16384;

/// Time between background checkpoints.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// Stops the background checkpoints of [`Store::background_checkpoints`]
/// when dropped.
#[derive(Debug)]
pub struct Checkpointer {
    /// Dropping the sender wakes the thread for its last checkpoint.
    stop: Option<std::sync::mpsc::Sender<()>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

impl Store {
    /// Opens (creating if needed) the archive at `path`, upgrading an older
    /// schema. Refuses, without writing to it, a file that is not SQLite, a
    /// corrupt one, or one written by a newer dateline.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_with_timeout(path, DEFAULT_BUSY_TIMEOUT)
    }

    /// Like [`Store::open`] with an explicit busy timeout: how long a write
    /// waits for another process's ingest before failing with
    /// [`StoreError::Busy`].
    pub fn open_with_timeout(path: impl AsRef<Path>, busy_timeout: Duration) -> Result<Store> {
        let store = Self::open_raw(path.as_ref(), busy_timeout)?;
        let found = store.check_version()?;
        let mut store = store;
        store.configure()?;
        store.migrate_to(schema::CURRENT_VERSION)?;
        if found < schema::TEXT_IN_RECORDS && path.as_ref().as_os_str() != ":memory:" {
            // Version 12 wrote the full-text index's shadow tables directly;
            // a fresh connection reads them instead of what FTS5 may have
            // cached while creating the new table.
            drop(store);
            let store = Self::open_raw(path.as_ref(), busy_timeout)?;
            store.configure()?;
            return Ok(store);
        }
        Ok(store)
    }

    /// Opens the connection after checking the file header; writes nothing.
    fn open_raw(path: &Path, busy_timeout: Duration) -> Result<Store> {
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| corrupt(path, &e))?;
        conn.busy_timeout(busy_timeout)?;
        register_functions(&conn)?;
        // Ingest cycles through some thirty statements; the default cache of 16
        // evicted and recompiled them for every article.
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            buckets: None,
            stories: None,
            window: buckets::ARTICLE_WINDOW,
        })
    }

    /// The size of the writer's in-memory indexes (LSH buckets and story
    /// index), once a batch has loaded them: for the ingest trace, which
    /// measures their memory per article.
    pub fn writer_index_size(&self) -> Option<WriterIndexSize> {
        let (bucket_keys, bucket_bytes) = self.buckets.as_ref()?.size();
        let (story_keys, story_bytes) = self.stories.as_ref()?.size();
        Some(WriterIndexSize {
            bucket_keys,
            bucket_bytes,
            story_keys,
            story_bytes,
        })
    }

    /// Reads the schema version (a read only) and refuses newer archives.
    fn check_version(&self) -> Result<i64> {
        // Reading the schema also validates page 1; a damaged file fails here,
        // before anything is written.
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| corrupt(&self.path, &e))?;
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| corrupt(&self.path, &e))?;
        if version > schema::CURRENT_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                supported: schema::CURRENT_VERSION,
            });
        }
        Ok(version)
    }

    fn configure(&self) -> Result<()> {
        // A new archive gets 16 KB pages (SQLite's default is 4 KB): a
        // quarter of the pages to find, balance, checksum and copy through
        // the WAL, for the same rows; ingest's writer spent about a sixth
        // less CPU. The size is fixed when the first page is written, so
        // existing archives keep theirs.
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        if pages == 0 {
            self.conn
                .execute_batch(&format!("PRAGMA page_size={NEW_PAGE_SIZE}"))?;
        }
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            // In-memory databases can't use WAL; everything else should.
            if self.path.as_os_str() != ":memory:" {
                return Err(StoreError::Corrupt {
                    path: self.path.clone(),
                    message: format!("could not switch to WAL journal mode (got {mode})"),
                });
            }
        }
        // Foreign keys stay declared but unenforced: the single writer deletes
        // an article's rows itself (ingest::delete_children), and enforcing
        // them cost a parent lookup for each of millions of child rows.
        self.conn
            .execute_batch("PRAGMA foreign_keys=OFF; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;\n             PRAGMA temp_store=MEMORY;
             PRAGMA wal_autocheckpoint=16384;")?;
        Ok(())
    }

    /// Applies the migrations up to `target` in one transaction, so a crash
    /// mid-upgrade leaves the archive at its old version.
    fn migrate_to(&mut self, target: i64) -> Result<()> {
        // A plain read first, so opening an up-to-date archive never waits
        // for another process's write lock.
        if self.schema_version()? >= target {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Re-read inside the write lock: another process may have migrated
        // meanwhile.
        let start: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let mut version = start;
        while version < target {
            let idx = usize::try_from(version).unwrap_or(0);
            let Some(script) = schema::MIGRATIONS.get(idx) else {
                break;
            };
            tx.execute_batch(script)?;
            version += 1;
        }
        if version == start {
            return Ok(());
        }
        tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
        // Archives from before version 2 have rows but no signatures,
        // clusters or stories, version 3 changed how stories group, and
        // version 5 how signatures are computed; the current code
        // recomputes them all. Version 6 changed how stories are numbered.
        if (1..5).contains(&start) && version >= 5 {
            ingest::rebuild_derived(&tx, version)?;
        } else if start == 5 && version >= 6 {
            // Version 6 numbers each story by its representative event.
            ingest::rebuild_stories(&tx)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs WAL checkpoints on a thread with a connection of its own, until
    /// the returned guard is dropped.
    ///
    /// Checkpoints copy the WAL into the database file and sync it; run by
    /// the committing connection (SQLite's default), ingest's single writer
    /// waited for all of that copying. A passive checkpoint once a second
    /// never blocks the writer and does most of the copying. The writer's
    /// own automatic checkpoint (every 16,384 pages) stays as the backstop:
    /// a writer with the next batch always ready leaves the background no
    /// moment at which the whole WAL is copied, and only a complete
    /// checkpoint lets the next transaction restart the WAL from its
    /// beginning. By then little is left to copy. When the guard drops, one
    /// last passive checkpoint runs.
    pub fn background_checkpoints(&self) -> Result<Checkpointer> {
        self.background_checkpoints_every(CHECKPOINT_EVERY)
    }

    /// [`Store::background_checkpoints`] at another interval (for
    /// benchmarks).
    pub fn background_checkpoints_every(&self, every: Duration) -> Result<Checkpointer> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(DEFAULT_BUSY_TIMEOUT)?;
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let handle = std::thread::Builder::new()
            .name("checkpoint".into())
            .spawn(move || loop {
                let last = !matches!(
                    stopped.recv_timeout(every),
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout)
                );
                // A failed checkpoint is retried on the next tick; the data is
                // safe in the WAL either way.
                let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                if last {
                    break;
                }
            })?;
        Ok(Checkpointer {
            stop: Some(stop),
            handle: Some(handle),
        })
    }

    /// The archive's schema version.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The file this archive lives in.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of stored articles.
    pub fn article_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Loads one stored record by article id.
    pub fn record(&self, id: &str) -> Result<Option<Record>> {
        use rusqlite::OptionalExtension;
        let json: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT r.record FROM articles a JOIN records r ON r.article = a.rowid
                 WHERE a.id = ?1",
                [id],
                |r| record_json(r.get_ref(0)?),
            )
            .optional()?;
        match json {
            Some(j) => Ok(Some(serde_json::from_slice(&j)?)),
            None => Ok(None),
        }
    }

    /// Ids of the articles in the same near-duplicate cluster as `id`
    /// (including `id` itself), sorted.
    pub fn cluster_of(&self, id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            // A cluster of its own has `cluster` NULL (schema version 16).
            "SELECT b.id FROM articles a JOIN articles b ON b.cluster = a.cluster
             WHERE a.id = ?1
             UNION SELECT id FROM articles WHERE id = ?1
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
    }
}

/// Compresses a record's JSON for the `records` table: the Snappy framing
/// format (since schema version 8), which any Snappy library reads.
pub(crate) fn compress_record(json: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write as _;
    // Snappy rather than zlib (schema versions 3 to 7): zlib's fastest level
    // was the largest single cost of preparing a record, and Snappy cut
    // preparation by a fifth for records about 10% larger.
    //
    // One encoder per thread, reused: a new one allocates and zeroes some
    // 110 KB of buffers and tables, which for records of 4 KB compressed
    // cost about as much as compressing them. Each 64 KB block is
    // compressed with a freshly cleared table, so the bytes do not depend
    // on earlier records; only the stream identifier, which an encoder
    // writes once, is written here for every record after its first.
    thread_local! {
        static ENCODER: std::cell::RefCell<Option<snap::write::FrameEncoder<Vec<u8>>>> =
            const { std::cell::RefCell::new(None) };
    }
    if json.is_empty() {
        // An encoder writes nothing, not even the identifier, for no input.
        return Ok(Vec::new());
    }
    ENCODER.with_borrow_mut(|slot| {
        // Records compress to about 37% of their JSON (the test corpora:
        // 695 MB to 255 MB): room for half of it is rarely regrown.
        let mut out = Vec::with_capacity(json.len() / 2 + 64);
        let enc = match slot {
            Some(enc) => {
                out.extend_from_slice(SNAPPY_MAGIC);
                *enc.get_mut() = out;
                enc
            }
            None => slot.insert(snap::write::FrameEncoder::new(out)),
        };
        let written = enc.write_all(json).and_then(|()| enc.flush());
        let out = std::mem::take(enc.get_mut());
        if let Err(e) = written {
            // Its state is unknown: the next record gets a new encoder.
            *slot = None;
            return Err(e.into());
        }
        Ok(out)
    })
}

/// Name of the SQL function that reads an article's text out of its stored
/// record, registered on every connection a [`Store`] opens: the full-text
/// index's content (schema version 12 on) needs it, and so does any other
/// SQLite client that marks up search hits or checks the index.
pub const RECORD_TEXT_FUNCTION: &str = "dateline_record_text";

/// Registers [`RECORD_TEXT_FUNCTION`] on a connection: the full-text
/// index's content (the view `articles_text`, since schema version 12)
/// takes each article's text from its compressed record with it, so every
/// connection that highlights, snippets or checks the index needs it.
///
/// `dateline_record_text(record)` is the `text` of the record's JSON (a
/// Snappy or zlib BLOB, or JSON TEXT; see [`record_json`]), the empty
/// string when the record has none, NULL for NULL.
fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    use rusqlite::types::ValueRef;
    conn.create_scalar_function(
        RECORD_TEXT_FUNCTION,
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| {
            let v = ctx.get_raw(0);
            if matches!(v, ValueRef::Null) {
                return Ok(None);
            }
            let json = record_json(v)?;
            record_text(&json)
                .map(Some)
                .map_err(|e| rusqlite::Error::UserFunctionError(Box::new(e)))
        },
    )
}

/// The `text` field of a record's JSON (empty when it has none).
///
/// Only the top-level fields before it (id, origin, outlet, title and the
/// like) are read, and skipped rather than built; the rest of the record
/// (sentences, source map, entities, events: most of its bytes) is not
/// parsed at all. A search marks up the text of each hit it returns, and
/// parsing whole records had doubled a search's time.
pub(crate) fn record_text(json: &[u8]) -> serde_json::Result<String> {
    use serde::de::{Deserializer as _, IgnoredAny, MapAccess, Visitor};
    /// A map key, read as whether it is `text`.
    struct IsText(bool);
    impl<'de> serde::Deserialize<'de> for IsText {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<IsText, D::Error> {
            struct V;
            impl Visitor<'_> for V {
                type Value = IsText;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a field name")
                }
                fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<IsText, E> {
                    Ok(IsText(s == "text"))
                }
            }
            d.deserialize_str(V)
        }
    }
    /// Reads the top-level object's keys in order up to `text`, whose value
    /// it keeps, and stops there.
    struct Text<'a>(&'a mut Option<String>);
    impl<'de> Visitor<'de> for Text<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a record")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(IsText(is_text)) = map.next_key()? {
                if is_text {
                    *self.0 = Some(map.next_value()?);
                    return Ok(());
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut text = None;
    let read = serde_json::Deserializer::from_slice(json).deserialize_map(Text(&mut text));
    match text {
        // Stopping inside the object makes the parser report the fields
        // left unread, which is the point.
        Some(t) => Ok(t),
        None => read.map(|()| String::new()),
    }
}

/// The first bytes of a Snappy-framed stream (its stream identifier chunk).
const SNAPPY_MAGIC: &[u8] = b"\xff\x06\x00\x00sNaPpY";

/// A stored record's JSON: Snappy-framed BLOBs (schema version 8 on) and
/// zlib BLOBs (versions 3 to 7) are inflated, TEXT (archives migrated from
/// version 2) is taken as is.
pub(crate) fn record_json(v: rusqlite::types::ValueRef<'_>) -> rusqlite::Result<Vec<u8>> {
    use rusqlite::types::{FromSqlError, ValueRef};
    use std::io::Read as _;
    match v {
        ValueRef::Text(t) => Ok(t.to_vec()),
        ValueRef::Blob(b) => {
            let mut out = Vec::with_capacity(b.len() * 4);
            let read = if b.starts_with(SNAPPY_MAGIC) {
                snappy_decompress(b, &mut out)
            } else {
                flate2::read::ZlibDecoder::new(b).read_to_end(&mut out)
            };
            read.map_err(|e| FromSqlError::Other(Box::new(e)))?;
            Ok(out)
        }
        _ => Err(FromSqlError::InvalidType.into()),
    }
}

/// Appends the decompressed bytes of a Snappy-framed stream to `out`,
/// checking each chunk's CRC.
///
/// One decoder per thread, reused: a new one allocates and zeroes about
/// 140 KB of buffers, which for a record of 4 KB compressed cost more than
/// decompressing it (and, freed and allocated again for every hit of a
/// search, moved the heap's top back and forth). After a stream read to its
/// end the decoder holds no state, and the next stream starts with its own
/// stream identifier, which the decoder accepts anywhere.
fn snappy_decompress(b: &[u8], out: &mut Vec<u8>) -> std::io::Result<usize> {
    type Decoder = snap::read::FrameDecoder<std::io::Cursor<Vec<u8>>>;
    thread_local! {
        static DECODER: std::cell::RefCell<Option<Decoder>> =
            const { std::cell::RefCell::new(None) };
    }
    DECODER.with_borrow_mut(|slot| {
        let dec = slot
            .get_or_insert_with(|| snap::read::FrameDecoder::new(std::io::Cursor::new(Vec::new())));
        let input = dec.get_mut();
        input.get_mut().clear();
        input.get_mut().extend_from_slice(b);
        input.set_position(0);
        let read = dec.read_to_end(out);
        if read.is_err() {
            // Its state is unknown: the next stream gets a new decoder.
            *slot = None;
        }
        read
    })
}

/// Refuses a non-empty file that doesn't start with the SQLite header,
/// reading only its first bytes.
fn check_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let mut head = [0u8; 16];
    let mut filled = 0;
    while filled < head.len() {
        match file.read(&mut head[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    // SQLite treats an empty file as a new database; so do we.
    if filled == 0 {
        return Ok(());
    }
    if filled < head.len() || &head != SQLITE_HEADER {
        return Err(StoreError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

fn corrupt(path: &Path, e: &rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(f, _) = e {
        if matches!(f.code, rusqlite::ErrorCode::NotADatabase) {
            return StoreError::NotSqlite {
                path: path.to_path_buf(),
            };
        }
        if matches!(
            f.code,
            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
        ) {
            return StoreError::Busy;
        }
    }
    StoreError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

#[cfg(not(feature = "parquet"))]
impl Store {
    /// Parquet export needs the `parquet` feature; without it this fails
    /// with [`StoreError::Unsupported`].
    pub fn export_parquet<W: std::io::Write + Send>(
        &self,
        _filter: &EventFilter,
        _out: W,
    ) -> Result<u64> {
        Err(StoreError::Unsupported(
            "this dateline was built without Parquet support (cargo feature `parquet`)",
        ))
    }
}

/// Converts a count or offset to SQLite's integer type, saturating.
fn int(x: usize) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests;
