//! [`SmallMap`]: a map from names to values kept as a sorted list. The form's values and
//! the media fields' states are a few entries each; a B-tree's code for every value type
//! was about 1.6 KiB of the first wasm module per type (its `insert` alone), this is a
//! binary search and a `Vec`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map from `String` names to `V`, iterated in the order of the names (as a
/// `BTreeMap<String, V>` is), serialised as a JSON object.
#[derive(Debug, Clone, PartialEq)]
pub struct SmallMap<V> {
    /// The entries, sorted by name, each name once.
    entries: Vec<(String, V)>,
}

impl<V> Default for SmallMap<V> {
    fn default() -> Self {
        SmallMap {
            entries: Vec::new(),
        }
    }
}

impl<V> SmallMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, name: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(key, _)| key.as_str().cmp(name))
    }

    /// The value of `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<&V> {
        self.find(name).ok().map(|at| &self.entries[at].1)
    }

    /// Whether `name` has a value.
    pub fn contains_key(&self, name: &str) -> bool {
        self.find(name).is_ok()
    }

    /// Sets the value of `name`; returns the one it replaces.
    pub fn insert(&mut self, name: String, value: V) -> Option<V> {
        match self.find(&name) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            Err(at) => {
                self.entries.insert(at, (name, value));
                None
            }
        }
    }

    /// Takes the value of `name` out of the map.
    pub fn remove(&mut self, name: &str) -> Option<V> {
        self.find(name).ok().map(|at| self.entries.remove(at).1)
    }

    /// The entries, in the order of their names.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.into_iter()
    }

    /// The values, in the order of their names.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, value)| value)
    }

    /// How many names have a value.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no name has a value.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'a, V> IntoIterator for &'a SmallMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(key, value)| (key, value))
    }
}

impl<V> IntoIterator for SmallMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<V> FromIterator<(String, V)> for SmallMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = SmallMap::new();
        for (name, value) in items {
            map.insert(name, value);
        }
        map
    }
}

impl<V: Serialize> Serialize for SmallMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (name, value) in &self.entries {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SmallMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = SmallMap<V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map = SmallMap::new();
                // A repeated name keeps its last value, as with a BTreeMap.
                while let Some((name, value)) = access.next_entry()? {
                    map.insert(name, value);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(Entries(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn behaves_as_a_btree_map_of_the_same_operations() {
        let mut ours = SmallMap::new();
        let mut btree = BTreeMap::new();
        // A fixed walk of inserts and removals over a few names.
        let names = [
            "prompt",
            "img_url",
            "seed",
            "image_urls-2",
            "image_urls-10",
            "",
            "Z",
            "é",
        ];
        for step in 0..400usize {
            let name = names[(step * 7 + step / 3) % names.len()].to_owned();
            if step % 5 == 3 {
                assert_eq!(ours.remove(&name), btree.remove(&name), "remove {name}");
            } else {
                assert_eq!(ours.insert(name.clone(), step), btree.insert(name, step));
            }
            assert!(ours.iter().eq(btree.iter()));
            assert_eq!(ours.len(), btree.len());
            for name in names {
                assert_eq!(ours.get(name), btree.get(name));
                assert_eq!(ours.contains_key(name), btree.contains_key(name));
            }
        }
        assert!(ours.values().eq(btree.values()));
    }

    #[test]
    fn serialises_as_the_json_object_a_btree_map_makes() {
        let json = r#"{"seed":"5","prompt":"a fox","seed":"7","img_url":""}"#;
        let ours: SmallMap<String> = serde_json::from_str(json).unwrap();
        let btree: BTreeMap<String, String> = serde_json::from_str(json).unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&btree).unwrap()
        );
        assert_eq!(ours.get("seed").map(String::as_str), Some("7"));
        assert!(serde_json::from_str::<SmallMap<String>>("[1]").is_err());
        assert!(SmallMap::<u8>::new().is_empty());
    }
}
