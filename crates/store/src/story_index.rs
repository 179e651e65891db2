//! The writer's index of events by story key.
//!
//! Story keys are random (actor codes, CAMEO code and day), so an SQL index
//! on `events.story_key` got an insert on a random leaf page for each of a
//! batch's thousands of events, and every commit rewrote nearly the whole
//! index. Since schema version 10 the writer keeps the index in memory
//! instead: built from `events` when it loads (a scan of the table), and
//! reloaded, as the LSH buckets are, when another connection has committed.
//!
//! It holds the events of the articles in the LSH buckets' window (see
//! [`crate::buckets::ARTICLE_WINDOW`]): an article leaving the window takes
//! its events out, so the index's memory is bounded too. A story with
//! reports on both sides of the window's edge is still recomputed whole
//! (`recompute_stories` reads its other reports by `events.story`).

use rusqlite::Transaction;

use crate::error::Result;
use crate::id_sets::IdSets;

#[derive(Debug, Default)]
pub(crate) struct StoryIndex {
    /// Event ids by the key's hash (most stories have one report).
    ids: IdSets,
}

/// A key's 64-bit hash. Two keys sharing one by chance (about 2^-64 for a
/// pair) only make a batch recompute both keys' stories, which are grouped
/// by the full key read back from `events`.
fn hash(key: &str) -> u64 {
    // The low half of XXH3-128, which the content hash already builds in.
    twox_hash::XxHash3_128::oneshot(key.as_bytes()) as u64
}

/// Calls `f` with each (story key, event id) row of `rows`.
fn each_row(mut rows: rusqlite::Rows<'_>, mut f: impl FnMut(&str, i64)) -> Result<()> {
    while let Some(r) = rows.next()? {
        f(r.get_ref(0)?.as_str().unwrap_or_default(), r.get(1)?);
    }
    Ok(())
}

impl StoryIndex {
    /// The events of the articles above row id `oldest` (the window), by
    /// story key: each article's event id range (schema version 14).
    pub(crate) fn load(tx: &Transaction<'_>, oldest: i64) -> Result<StoryIndex> {
        let mut index = StoryIndex::default();
        let mut stmt = tx.prepare(concat!(
            "SELECT e.story_key, e.id FROM articles a JOIN events e ON ",
            article_events!(),
            " WHERE a.rowid > ?1 AND e.story_key IS NOT NULL"
        ))?;
        each_row(stmt.query([oldest])?, |key, id| index.add(key, id))?;
        Ok(index)
    }

    /// Every event of the archive, by story key (for recomputing every
    /// story when an old archive is upgraded).
    pub(crate) fn load_all(tx: &Transaction<'_>) -> Result<StoryIndex> {
        let mut index = StoryIndex::default();
        let mut stmt =
            tx.prepare("SELECT story_key, id FROM events WHERE story_key IS NOT NULL")?;
        each_row(stmt.query([])?, |key, id| index.add(key, id))?;
        Ok(index)
    }

    /// Forgets the events of article `rowid` (one leaving the window).
    pub(crate) fn remove_article(&mut self, tx: &Transaction<'_>, rowid: i64) -> Result<()> {
        let mut stmt = tx.prepare_cached(concat!(
            "SELECT e.story_key, e.id FROM articles a JOIN events e ON ",
            article_events!(),
            " WHERE a.rowid = ?1 AND e.story_key IS NOT NULL"
        ))?;
        each_row(stmt.query([rowid])?, |key, id| self.remove(key, id))?;
        Ok(())
    }

    /// The number of key hashes held, and their heap bytes.
    pub(crate) fn size(&self) -> (usize, usize) {
        (self.ids.len(), self.ids.heap_bytes())
    }

    /// Records event `id` under `key`.
    pub(crate) fn add(&mut self, key: &str, id: i64) {
        self.ids.insert(hash(key), id);
    }

    /// Forgets event `id` under `key`.
    pub(crate) fn remove(&mut self, key: &str, id: i64) {
        self.ids.remove(hash(key), id);
    }

    /// Adds the events filed under `key` to `out` (with those of any key
    /// sharing its hash).
    pub(crate) fn events(&self, key: &str, out: &mut Vec<i64>) {
        out.extend_from_slice(self.ids.get(hash(key)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(index: &StoryIndex, key: &str) -> Vec<i64> {
        let mut out = Vec::new();
        index.events(key, &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn events_are_filed_and_forgotten_by_key() {
        let mut index = StoryIndex::default();
        index.add("USA|IRQ|112|2019-02-01", 1);
        index.add("USA|IRQ|112|2019-02-01", 3);
        index.add("USA|IRQ|112|2019-02-01", 3);
        index.add("IRN||010|2019-02-01", 2);
        assert_eq!(events(&index, "USA|IRQ|112|2019-02-01"), [1, 3]);
        assert_eq!(events(&index, "IRN||010|2019-02-01"), [2]);
        assert!(events(&index, "IRN||010|2019-02-02").is_empty());
        index.remove("USA|IRQ|112|2019-02-01", 1);
        assert_eq!(events(&index, "USA|IRQ|112|2019-02-01"), [3]);
        assert!(
            index.ids.many.is_empty(),
            "a key left with one event is a single"
        );
        index.remove("USA|IRQ|112|2019-02-01", 3);
        index.remove("IRN||010|2019-02-01", 2);
        index.remove("IRN||010|2019-02-01", 9);
        assert!(index.ids.one.is_empty() && index.ids.many.is_empty());
    }
}
