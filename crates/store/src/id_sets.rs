//! Sets of row ids by 64-bit key, for the writer's in-memory indexes (LSH
//! buckets, story keys): nearly every key holds one id, so singles live in
//! a map of their own and need no allocation (a `Vec` per key was dozens
//! of allocations an article).

use std::collections::hash_map::Entry;
use std::collections::HashMap;

// foldhash (as the knowledge base's maps) rather than SipHash: the keys are
// hashes already, nothing an attacker chooses.
type Map<V> = HashMap<u64, V, foldhash::fast::RandomState>;

#[derive(Debug, Default)]
pub(crate) struct IdSets {
    /// Keys holding one id.
    pub(crate) one: Map<i64>,
    /// Keys holding several ids, in ascending order.
    pub(crate) many: Map<Vec<i64>>,
}

impl IdSets {
    /// No keys, with room for `capacity` single keys.
    pub(crate) fn with_capacity(capacity: usize) -> IdSets {
        IdSets {
            one: Map::with_capacity_and_hasher(capacity, foldhash::fast::RandomState::default()),
            many: Map::default(),
        }
    }

    /// The ids under `key`, in ascending order.
    pub(crate) fn get(&self, key: u64) -> &[i64] {
        if let Some(id) = self.one.get(&key) {
            std::slice::from_ref(id)
        } else {
            self.many.get(&key).map_or(&[], Vec::as_slice)
        }
    }

    /// Adds `id` under `key` (once).
    pub(crate) fn insert(&mut self, key: u64, id: i64) {
        if let Some(ids) = self.many.get_mut(&key) {
            if let Err(at) = ids.binary_search(&id) {
                ids.insert(at, id);
            }
            return;
        }
        match self.one.entry(key) {
            Entry::Vacant(e) => {
                e.insert(id);
            }
            Entry::Occupied(e) => {
                let other = *e.get();
                if other != id {
                    e.remove();
                    let pair = if other < id {
                        vec![other, id]
                    } else {
                        vec![id, other]
                    };
                    self.many.insert(key, pair);
                }
            }
        }
    }

    /// Removes `id` from `key`; a key left with one id becomes a single.
    pub(crate) fn remove(&mut self, key: u64, id: i64) {
        if self.one.get(&key) == Some(&id) {
            self.one.remove(&key);
            return;
        }
        let Some(ids) = self.many.get_mut(&key) else {
            return;
        };
        ids.retain(|&x| x != id);
        match ids.as_slice() {
            [] => {
                self.many.remove(&key);
            }
            &[last] => {
                self.many.remove(&key);
                self.one.insert(key, last);
            }
            _ => {}
        }
    }
}
