//! Two tabs' copies of a list (the history, the sets) made one: every entry of either side
//! but those one side deleted (an entry a side knew and lacks now was deleted there), and
//! for an entry both have, what is further along in either copy.
//!
//! A tab writing merges its memory (`base`, knowing every entry it ever held) with what is
//! stored (`other`, knowing every entry the tab ever saw stored); a tab told that another
//! wrote merges what is stored (`base`) with its memory (`other`), the same knowledge the
//! other way round. So neither overwrites the other's new entries, and a deletion on either
//! side holds.

/// An entry that two tabs may each hold a copy of.
pub trait Shared: Clone {
    /// What names the entry in both copies.
    fn id(&self) -> &str;
    /// Takes in from `theirs` (the same entry in the other copy) whatever is further along
    /// there; on a tie, this copy stays.
    fn take_further(&mut self, theirs: &Self);
}

/// `base` and `other` made one (see the module's story); `base`'s order, then the entries
/// only `other` has.
pub fn merge_copies<T: Shared>(
    mut base: Vec<T>,
    other: &[T],
    base_knew: impl Fn(&str) -> bool,
    other_knew: impl Fn(&str) -> bool,
) -> Vec<T> {
    base.retain(|entry| other.iter().any(|o| o.id() == entry.id()) || !other_knew(entry.id()));
    for theirs in other {
        match base.iter_mut().find(|e| e.id() == theirs.id()) {
            Some(ours) => ours.take_further(theirs),
            None if !base_knew(theirs.id()) => base.push(theirs.clone()),
            None => {}
        }
    }
    base
}
