//! Sets of row ids by 64-bit key, for the writer's in-memory indexes (LSH
//! buckets, story keys): nearly every key holds one id, so singles live in
//! a map of their own and need no allocation (a `Vec` per key was dozens
//! of allocations an article).
//!
//! Every key is in `one`; a key holding several ids has [`MANY`] there and
//! its ids in `many`. So a lookup or an insert probes one map (the keys are
//! random, and with some two million of them each probe is a cache miss),
//! and `many` only for the few keys it holds; looking in `one` and then in
//! `many` for every key missing from `one` had been two misses a probe.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

// foldhash (as the knowledge base's maps) rather than SipHash: the keys are
// hashes already, nothing an attacker chooses.
type Map<V> = HashMap<u64, V, foldhash::fast::RandomState>;

/// The value in `one` of a key whose ids are in `many` (row ids are
/// positive).
const MANY: i64 = i64::MIN;

#[derive(Debug, Default)]
pub(crate) struct IdSets {
    /// Every key: its id, or [`MANY`].
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
        match self.one.get(&key) {
            None => &[],
            Some(&MANY) => self.many.get(&key).map_or(&[], Vec::as_slice),
            Some(id) => std::slice::from_ref(id),
        }
    }

    /// Adds `id` under `key` (once).
    pub(crate) fn insert(&mut self, key: u64, id: i64) {
        self.get_and_insert(key, id, |_| {});
    }

    /// Hands the ids under `key` to `seen`, then adds `id` (once): one
    /// probe for both.
    pub(crate) fn get_and_insert(&mut self, key: u64, id: i64, seen: impl FnOnce(&[i64])) {
        match self.one.entry(key) {
            Entry::Vacant(e) => {
                seen(&[]);
                e.insert(id);
            }
            Entry::Occupied(mut e) => {
                let other = *e.get();
                if other == MANY {
                    let ids = self.many.entry(key).or_default();
                    seen(ids);
                    if let Err(at) = ids.binary_search(&id) {
                        ids.insert(at, id);
                    }
                } else {
                    seen(std::slice::from_ref(&other));
                    if other != id {
                        e.insert(MANY);
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
    }

    /// The number of keys.
    pub(crate) fn len(&self) -> usize {
        self.one.len()
    }

    /// The bytes the sets hold on the heap, estimated from the maps'
    /// capacities (a table of `capacity * 8 / 7` slots of an entry and a
    /// control byte each, as the standard library's map lays them out) and
    /// the lists' own capacities.
    pub(crate) fn heap_bytes(&self) -> usize {
        fn table<V>(capacity: usize) -> usize {
            capacity * 8 / 7 * (std::mem::size_of::<(u64, V)>() + 1)
        }
        table::<i64>(self.one.capacity())
            + table::<Vec<i64>>(self.many.capacity())
            + self
                .many
                .values()
                .map(|v| v.capacity() * std::mem::size_of::<i64>())
                .sum::<usize>()
    }

    /// Removes `id` from `key`; a key left with one id becomes a single.
    pub(crate) fn remove(&mut self, key: u64, id: i64) {
        let Entry::Occupied(mut e) = self.one.entry(key) else {
            return;
        };
        if *e.get() != MANY {
            if *e.get() == id {
                e.remove();
            }
            return;
        }
        let Some(ids) = self.many.get_mut(&key) else {
            e.remove();
            return;
        };
        ids.retain(|&x| x != id);
        match ids.as_slice() {
            [] => {
                self.many.remove(&key);
                e.remove();
            }
            &[last] => {
                self.many.remove(&key);
                e.insert(last);
            }
            _ => {}
        }
    }
}
