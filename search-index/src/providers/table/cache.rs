//! A small cache of values worked out on demand and kept for the life of one generation's
//! table.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Values worked out on demand and kept for the life of a generation's table, at most
/// `limit` of them: the map starts again when full (the keys move on — days, searches — so
/// small beats clever). Shared between searches.
pub(super) struct BoundedCache<K, V> {
    map: RwLock<HashMap<K, Arc<V>>>,
    limit: usize,
}

impl<K: std::hash::Hash + Eq, V> BoundedCache<K, V> {
    pub(super) fn new(limit: usize) -> Self {
        Self {
            map: RwLock::new(HashMap::new()),
            limit,
        }
    }

    pub(super) fn get(&self, key: &K) -> Option<Arc<V>> {
        self.map
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .cloned()
    }

    pub(super) fn insert(&self, key: K, value: Arc<V>) {
        let mut map = self.map.write().unwrap_or_else(|p| p.into_inner());
        if map.len() >= self.limit {
            map.clear();
        }
        map.insert(key, value);
    }
}
