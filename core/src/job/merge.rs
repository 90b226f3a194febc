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

/// `merged` with the entries this tab alone changes (`ours`) as `mine` has them, and those it
/// keeps (`kept`) put back where the merge dropped them. Each tab reads the store and then
/// writes it, not in one step: another tab that wrote meanwhile, never having read this tab's
/// newest entries, stored a list without them. For an entry no other tab deletes (a set
/// being sent here, a job polled here), that is a lost update, not a deletion.
pub fn keep_ours<T: Shared>(
    mut merged: Vec<T>,
    mine: &[T],
    ours: impl Fn(&str) -> bool,
    kept: impl Fn(&str) -> bool,
) -> Vec<T> {
    for (at, entry) in mine.iter().enumerate() {
        let (id, alone) = (entry.id(), ours(entry.id()));
        // Most entries are neither: they are not looked up at all.
        if !alone && !kept(id) {
            continue;
        }
        match merged.iter_mut().find(|e| e.id() == id) {
            Some(copy) if alone => *copy = entry.clone(),
            Some(_) => {}
            None => merged.insert(at.min(merged.len()), entry.clone()),
        }
    }
    merged
}
