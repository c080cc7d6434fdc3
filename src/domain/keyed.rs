//! [`Keyed`]: the data's maps (translations by language, UI texts by key, sources by key).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A map from string keys to values, kept as a list sorted by key. The data's maps are built once and then only
/// read, so a sorted list and a binary search do all a `BTreeMap` would; and each `BTreeMap` value type costs
/// kilobytes of tree code in the wasm (README, "Measured"). In JSON it is an ordinary object.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(
    from = "BTreeMap<String, V>",
    into = "BTreeMap<String, V>",
    bound(
        deserialize = "V: Deserialize<'de>",
        serialize = "V: Serialize + Clone"
    )
)]
pub struct Keyed<V>(Vec<(String, V)>);

impl<V> Keyed<V> {
    /// Entries that are already sorted by key, each key once; `None` otherwise, so a lookup can rely on the order.
    pub fn from_sorted(entries: Vec<(String, V)>) -> Option<Keyed<V>> {
        entries
            .windows(2)
            .all(|pair| matches!(pair, [(before, _), (after, _)] if before < after))
            .then_some(Keyed(entries))
    }

    /// Where `key` is, or where it would go.
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(known, _)| known.as_str().cmp(key))
    }

    /// The value for `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let (_, value) = self.0.get(self.position(key).ok()?)?;
        Some(value)
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_str())
    }

    /// The values, in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, value)| value)
    }

    /// The same keys, each with `change` of its value. Already in order, so nothing is sorted: collecting into a
    /// new `Keyed` goes through a `BTreeMap`, whose tree code cost 4 KB brotli in the wasm for one use.
    pub fn map_values<W>(&self, change: impl Fn(&V) -> W) -> Keyed<W> {
        Keyed(
            self.0
                .iter()
                .map(|(key, value)| (key.clone(), change(value)))
                .collect(),
        )
    }
}

/// Changes, for the tests and tools that build or break data on purpose; the app only reads.
impl<V> Keyed<V> {
    /// The value for `key`, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let at = self.position(key).ok()?;
        let (_, value) = self.0.get_mut(at)?;
        Some(value)
    }

    /// Every value, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, value)| value)
    }

    /// Sets `key` to `value`, in its place in the order.
    pub fn insert(&mut self, key: impl Into<String>, value: V) {
        let key = key.into();
        match self.position(&key) {
            Ok(at) => {
                if let Some((_, old)) = self.0.get_mut(at) {
                    *old = value;
                }
            }
            Err(at) => self.0.insert(at, (key, value)),
        }
    }

    /// Removes `key` and returns its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.position(key).ok()?;
        Some(self.0.remove(at).1)
    }
}

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = (&'a str, &'a V);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a str, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (key.as_str(), value))
    }
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<V> From<BTreeMap<String, V>> for Keyed<V> {
    fn from(map: BTreeMap<String, V>) -> Self {
        Keyed(map.into_iter().collect())
    }
}

impl<V> From<Keyed<V>> for BTreeMap<String, V> {
    fn from(keyed: Keyed<V>) -> Self {
        keyed.0.into_iter().collect()
    }
}

impl<K: Into<String>, V> FromIterator<(K, V)> for Keyed<V> {
    /// Sorts by key; a repeated key keeps its last value, as in a JSON object.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let map: BTreeMap<String, V> = entries.into_iter().map(|(k, v)| (k.into(), v)).collect();
        map.into()
    }
}
