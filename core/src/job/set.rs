//! One press of Generate can start several jobs (variations of the same inputs, each with
//! its own seed): the plan of what to send, the state of each item as it is sent one after
//! another, and the guard that keeps a slip of the finger from starting a second run.
//!
//! Nothing here is ever retried: an item that was refused stays refused (the user may send
//! it again), and an item that was never sent after a reload is listed as not sent.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::error::ApiError;
use crate::i18n::Lang;
use crate::job::merge;
use crate::job::persist::LOCAL_IMAGE_PLACEHOLDER;
use crate::media::data_uri::is_data_uri;

/// The most variations one press of Generate starts.
pub const MAX_VARIATIONS: u32 = 8;

/// How long after a submit the same inputs count as a slip rather than a new run.
pub const REPEAT_GUARD_MS: f64 = 2_000.0;

/// The property a seed goes into.
const SEED: &str = "seed";

/// The jobs one press of Generate starts, sent one after another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSet {
    /// A name for the set, unique on this device.
    pub id: String,
    /// The model every item goes to.
    pub model_id: String,
    /// When Generate was pressed (ms since the epoch).
    pub created_at_ms: f64,
    /// The items, in the order they are sent.
    pub items: Vec<SetItem>,
    /// The property whose image differs from item to item, for a batch of images (one job
    /// per image); `None` for variations of the same inputs.
    #[serde(default)]
    pub image_property: Option<String>,
}

/// One job of a [`JobSet`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetItem {
    /// The exact body to send.
    pub body: Map<String, Value>,
    /// The seed the app chose for this variation, if it chose one.
    pub seed: Option<u64>,
    /// Where it stands.
    pub state: ItemState,
}

/// Where one item of a set stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItemState {
    /// Waiting for its turn.
    Waiting,
    /// Its submit is on the way.
    Sending,
    /// The page closed while its submit was on the way: RunComfy may have started it.
    MaybeSent,
    /// Sent; RunComfy gave it this request id (the job card follows it).
    Sent {
        /// The job's request id.
        request_id: String,
    },
    /// RunComfy refused it; it was not sent again.
    Refused(ApiError),
    /// Not sent: the page was closed or reloaded before its turn, or the user cancelled
    /// the rest of the set. The user may send it.
    NotSent,
    /// Not sent, and its local file was too large to keep across the reload: it cannot be
    /// sent from here (the user gives the file again).
    FileNotKept,
}

/// Why a press of Generate sent nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatRefusal {
    /// The same inputs were sent less than [`REPEAT_GUARD_MS`] ago.
    JustSent,
}

impl RepeatRefusal {
    /// The sentence to show, in `lang`.
    pub fn message_in(self, lang: Lang) -> String {
        lang.texts().repeat_refused()
    }
}

/// Remembers the last submit, so a second press with the same inputs within
/// [`REPEAT_GUARD_MS`] (a double click, a repeated Ctrl+Enter) starts nothing, however fast
/// the API answered the first. A deliberate repeat after that window works as usual.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RepeatGuard {
    last: Option<(String, f64)>,
}

impl RepeatGuard {
    /// Whether a submit of `what` (the model and the bodies, as text) may go out at
    /// `now_ms`; when it may, it becomes the last submit.
    pub fn admit(&mut self, what: &str, now_ms: f64) -> Result<(), RepeatRefusal> {
        if let Some((last, at)) = &self.last {
            if last == what && now_ms - at < REPEAT_GUARD_MS {
                return Err(RepeatRefusal::JustSent);
            }
        }
        self.last = Some((what.to_owned(), now_ms));
        Ok(())
    }
}

/// The items of a press of Generate: `body` once, or `variations` times (clamped to
/// 1..=[`MAX_VARIATIONS`]). Variations of a model with a `seed` each get a seed of their
/// own from `next_seed`, all different, so they differ; without a seed property the bodies
/// are the same and RunComfy varies them.
pub fn plan_variations(
    body: &Map<String, Value>,
    has_seed: bool,
    variations: u32,
    mut next_seed: impl FnMut() -> u32,
) -> Vec<SetItem> {
    let n = variations.clamp(1, MAX_VARIATIONS);
    if n == 1 || !has_seed {
        return (0..n)
            .map(|_| SetItem {
                body: body.clone(),
                seed: None,
                state: ItemState::Waiting,
            })
            .collect();
    }
    let mut seeds: Vec<u64> = Vec::new();
    while seeds.len() < n as usize {
        let seed = u64::from(next_seed());
        if !seeds.contains(&seed) {
            seeds.push(seed);
        }
    }
    seeds
        .into_iter()
        .map(|seed| {
            let mut body = body.clone();
            body.insert(SEED.to_owned(), Value::from(seed));
            SetItem {
                body,
                seed: Some(seed),
                state: ItemState::Waiting,
            }
        })
        .collect()
}

impl JobSet {
    /// The next item to send, if any is waiting.
    pub fn next_waiting(&self) -> Option<usize> {
        self.items
            .iter()
            .position(|i| i.state == ItemState::Waiting)
    }

    /// After a reload: what was waiting was not sent, and what was on its way may have
    /// started (nothing is sent on its own).
    pub fn interrupted(mut self) -> JobSet {
        for item in &mut self.items {
            item.state = match item.state {
                ItemState::Waiting => ItemState::NotSent,
                ItemState::Sending => ItemState::MaybeSent,
                ref other => other.clone(),
            };
            // Storage could not keep its local file: sending it would send the placeholder.
            if item.state.may_send() && item.body.values().any(lost_file) {
                item.state = ItemState::FileNotKept;
            }
        }
        self
    }

    /// How many items were not sent and lost their local file to the storage quota.
    pub fn files_not_kept(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.state == ItemState::FileNotKept)
            .count()
    }

    /// Stops the rest: every waiting item becomes not sent.
    pub fn stop_waiting(&mut self) {
        for item in &mut self.items {
            if item.state == ItemState::Waiting {
                item.state = ItemState::NotSent;
            }
        }
    }

    /// The request ids of the items sent, in order.
    pub fn request_ids(&self) -> Vec<String> {
        self.items
            .iter()
            .filter_map(|i| match &i.state {
                ItemState::Sent { request_id } => Some(request_id.clone()),
                _ => None,
            })
            .collect()
    }

    /// How many items were not sent, may not have been, or were turned away by the rate
    /// limit (which starts no job): the user may send them.
    pub fn not_sent(&self) -> usize {
        self.items.iter().filter(|i| i.state.may_send()).count()
    }

    /// How many items are waiting or on their way.
    pub fn waiting(&self) -> usize {
        self.items
            .iter()
            .filter(|i| matches!(i.state, ItemState::Waiting | ItemState::Sending))
            .count()
    }

    /// Whether every item has had its turn.
    pub fn is_settled(&self) -> bool {
        !self
            .items
            .iter()
            .any(|i| matches!(i.state, ItemState::Waiting | ItemState::Sending))
    }

    /// Whether sending the not-sent items again could start one twice (an item was on its
    /// way when the page closed, or its answer never came): the user is asked first.
    pub fn resend_needs_care(&self) -> bool {
        self.items.iter().any(|i| i.state.may_have_started())
    }

    /// The image the item sent as `request_id` carries, for a batch of images.
    pub fn image_of(&self, request_id: &str) -> Option<&str> {
        let property = self.image_property.as_deref()?;
        self.items
            .iter()
            .find(|i| matches!(&i.state, ItemState::Sent { request_id: r } if r == request_id))
            .and_then(|i| i.body.get(property))
            .and_then(Value::as_str)
            .filter(|image| *image != LOCAL_IMAGE_PLACEHOLDER)
    }

    /// How many different images a batch sends (0 for variations of the same inputs).
    pub fn image_count(&self) -> usize {
        let Some(property) = self.image_property.as_deref() else {
            return 0;
        };
        let mut images: Vec<&Value> = Vec::new();
        for image in self.items.iter().filter_map(|i| i.body.get(property)) {
            if !images.contains(&image) {
                images.push(image);
            }
        }
        images.len()
    }

    /// Puts the not-sent items back in line (the user asked to send them).
    pub fn send_again(&mut self) {
        for item in &mut self.items {
            if item.state.may_send() {
                item.state = ItemState::Waiting;
            }
        }
    }
}

/// Whether a body value stands for a local file that storage could not keep.
fn lost_file(value: &Value) -> bool {
    match value {
        Value::String(text) => text == LOCAL_IMAGE_PLACEHOLDER,
        Value::Array(items) => items.iter().any(lost_file),
        _ => false,
    }
}

/// For a store that refused the sets: the largest local file (`data:` URI) of their bodies
/// is left out of every body that has it (replaced by a placeholder), so the rest can be
/// kept. `false` when no local file is left to leave out.
pub fn drop_largest_file(sets: &mut [JobSet]) -> bool {
    let largest = sets
        .iter()
        .flat_map(|s| &s.items)
        .flat_map(|i| i.body.values())
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().collect::<Vec<_>>(),
            other => vec![other],
        })
        .filter_map(Value::as_str)
        .filter(|t| is_data_uri(t))
        .max_by_key(|t| t.len())
        .map(str::to_owned);
    let Some(largest) = largest else {
        return false;
    };
    for item in sets.iter_mut().flat_map(|s| &mut s.items) {
        for value in item.body.values_mut() {
            replace_file(value, &largest);
        }
    }
    true
}

fn replace_file(value: &mut Value, file: &str) {
    match value {
        Value::String(text) if text == file => *text = LOCAL_IMAGE_PLACEHOLDER.to_owned(),
        Value::Array(items) => items.iter_mut().for_each(|v| replace_file(v, file)),
        _ => {}
    }
}

/// How many sets are kept (with what they did not send); the oldest go first.
pub const KEPT_SETS: usize = 20;

/// Two tabs' copies of the sets made one ([`merge::merge_copies`]): each item of a set both
/// have takes the state further along (sent over sending over waiting); newest first, at
/// most [`KEPT_SETS`]. The tab that sends a set keeps its own copy of it (the caller's
/// part: only it knows).
pub fn merge_sets(
    base: Vec<JobSet>,
    other: &[JobSet],
    base_knew: impl Fn(&str) -> bool,
    other_knew: impl Fn(&str) -> bool,
) -> Vec<JobSet> {
    let mut merged = merge::merge_copies(base, other, base_knew, other_knew);
    merged.sort_by(|a, b| b.created_at_ms.total_cmp(&a.created_at_ms));
    merged.truncate(KEPT_SETS);
    merged
}

impl merge::Shared for JobSet {
    fn id(&self) -> &str {
        &self.id
    }

    fn take_further(&mut self, theirs: &Self) {
        if self.items.len() != theirs.items.len() {
            return;
        }
        for (ours, theirs) in self.items.iter_mut().zip(&theirs.items) {
            if theirs.state.progress() > ours.state.progress() {
                ours.state = theirs.state.clone();
            }
        }
    }
}

impl ItemState {
    /// How far along the item is: not (or not yet) sent, on its way, maybe started, known.
    /// (A tab that restored a set reads "waiting" as "not sent": the same step.)
    fn progress(&self) -> u8 {
        match self {
            ItemState::Waiting | ItemState::NotSent | ItemState::FileNotKept => 0,
            ItemState::Sending => 1,
            ItemState::MaybeSent => 2,
            ItemState::Sent { .. } | ItemState::Refused(_) => 3,
        }
    }

    /// Whether the user may send this item: it was not sent, may not have been, or the
    /// rate limit turned it away (no job was started). Other refusals would only repeat.
    pub fn may_send(&self) -> bool {
        self.may_have_started()
            || matches!(
                self,
                ItemState::NotSent | ItemState::Refused(ApiError::RateLimited { .. })
            )
    }

    /// Whether RunComfy may have started this item although no answer said so: it was on
    /// its way when the page closed, or its answer was lost (network, timeout).
    pub fn may_have_started(&self) -> bool {
        matches!(
            self,
            ItemState::MaybeSent
                | ItemState::Refused(ApiError::Network)
                | ItemState::Refused(ApiError::Timeout)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn body() -> Map<String, Value> {
        json!({"prompt": "A fox", "seed": 7})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn one_press_one_job_keeps_the_body_as_the_form_made_it() {
        let items = plan_variations(&body(), true, 1, || unreachable!());
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].body, body());
        assert_eq!(items[0].seed, None);
        assert_eq!(items[0].state, ItemState::Waiting);
    }

    #[test]
    fn variations_get_distinct_seeds_of_their_own() {
        // A generator that repeats itself: the plan still ends with distinct seeds.
        let mut next = [5u32, 5, 9, 5, 11, 12].into_iter();
        let items = plan_variations(&body(), true, 4, || next.next().unwrap());
        let seeds: Vec<u64> = items.iter().map(|i| i.seed.unwrap()).collect();
        assert_eq!(seeds, vec![5, 9, 11, 12]);
        for item in &items {
            assert_eq!(item.body["seed"], json!(item.seed.unwrap()));
            assert_eq!(item.body["prompt"], json!("A fox"));
        }
    }

    #[test]
    fn variations_are_clamped_and_need_a_seed_property_to_differ() {
        let mut n = 0;
        let items = plan_variations(&body(), true, 99, || {
            n += 1;
            n
        });
        assert_eq!(items.len(), MAX_VARIATIONS as usize);
        assert_eq!(plan_variations(&body(), true, 0, || 1).len(), 1);
        let same = plan_variations(&body(), false, 3, || unreachable!());
        assert_eq!(same.len(), 3);
        assert!(same.iter().all(|i| i.body == body() && i.seed.is_none()));
    }

    #[test]
    fn the_same_inputs_within_two_seconds_are_a_slip() {
        let mut guard = RepeatGuard::default();
        assert_eq!(guard.admit("a", 1_000.0), Ok(()));
        assert_eq!(guard.admit("a", 1_010.0), Err(RepeatRefusal::JustSent));
        assert_eq!(guard.admit("a", 2_999.0), Err(RepeatRefusal::JustSent));
        // Other inputs go at once; the same ones again after the window.
        assert_eq!(guard.admit("b", 3_000.0), Ok(()));
        assert_eq!(guard.admit("b", 5_000.0), Ok(()));
        assert_eq!(guard.admit("a", 5_001.0), Ok(()));
    }

    #[test]
    fn a_reload_sends_nothing_and_lists_what_was_waiting() {
        let mut set = JobSet {
            id: "set-1".into(),
            model_id: "a/b".into(),
            created_at_ms: 1.0,
            image_property: None,
            items: plan_variations(&body(), true, 3, {
                let mut n = 0;
                move || {
                    n += 1;
                    n
                }
            }),
        };
        assert_eq!(set.next_waiting(), Some(0));
        set.items[0].state = ItemState::Sent {
            request_id: "r1".into(),
        };
        set.items[1].state = ItemState::Refused(ApiError::RateLimited {
            retry_after_secs: Some(7),
        });
        assert_eq!(set.next_waiting(), Some(2));
        assert!(!set.is_settled());
        let stored = serde_json::to_string(&set).unwrap();
        let back: JobSet = serde_json::from_str(&stored).unwrap();
        let mut back = back.interrupted();
        assert_eq!(back.items[2].state, ItemState::NotSent);
        // The one the rate limit turned away started nothing: it may be sent too.
        assert_eq!(back.not_sent(), 2);
        assert_eq!(back.waiting(), 0);
        assert!(back.is_settled());
        assert!(!back.resend_needs_care());
        assert_eq!(back.request_ids(), vec!["r1".to_owned()]);
        back.send_again();
        assert_eq!(back.next_waiting(), Some(1));
        assert_eq!(back.waiting(), 2);
        // Any other refusal stays refused: it would only repeat.
        let mut other = back.clone();
        other.items[1].state = ItemState::Refused(ApiError::InsufficientBalance);
        other.items[2].state = ItemState::NotSent;
        other.send_again();
        assert!(matches!(other.items[1].state, ItemState::Refused(_)));
        assert_eq!(other.items[2].state, ItemState::Waiting);
    }

    #[test]
    fn an_item_on_its_way_when_the_page_closed_may_have_started() {
        let mut set = JobSet {
            id: "s".into(),
            model_id: "a/b".into(),
            created_at_ms: 0.0,
            image_property: None,
            items: plan_variations(&body(), false, 2, || 0),
        };
        set.items[0].state = ItemState::Sending;
        let set = set.interrupted();
        assert_eq!(set.items[0].state, ItemState::MaybeSent);
        assert_eq!(set.items[1].state, ItemState::NotSent);
        assert_eq!(set.not_sent(), 2);
        assert!(set.resend_needs_care());
        // A submit whose answer was lost may have started too.
        let lost = ItemState::Refused(ApiError::Timeout);
        assert!(lost.may_send() && lost.may_have_started());
        assert!(!ItemState::Refused(ApiError::InsufficientBalance).may_send());
    }

    #[test]
    fn stopping_the_rest_leaves_what_was_sent() {
        let mut set = JobSet {
            id: "s".into(),
            model_id: "a/b".into(),
            created_at_ms: 0.0,
            image_property: None,
            items: plan_variations(&body(), false, 3, || 0),
        };
        set.items[0].state = ItemState::Sent {
            request_id: "r".into(),
        };
        set.stop_waiting();
        assert_eq!(set.not_sent(), 2);
        assert_eq!(set.request_ids().len(), 1);
    }

    #[test]
    fn a_local_file_storage_could_not_keep_is_not_sent_after_a_reload() {
        let big = format!("data:image/png;base64,{}", "B".repeat(100));
        let small = "data:image/png;base64,SS".to_owned();
        let items = |image: &str| {
            let mut b = body();
            b.insert("img_url".into(), Value::String(image.to_owned()));
            plan_variations(&b, false, 2, || 0)
        };
        let mut sets = vec![JobSet {
            id: "s".into(),
            model_id: "a/b".into(),
            created_at_ms: 0.0,
            image_property: Some("img_url".into()),
            items: [items(&big), items(&small)].concat(),
        }];
        sets[0].items[0].state = ItemState::Sent {
            request_id: "r".into(),
        };
        // The largest file goes first, from every body that has it; the small one stays.
        assert!(drop_largest_file(&mut sets));
        assert_eq!(
            sets[0].items[1].body["img_url"],
            json!(LOCAL_IMAGE_PLACEHOLDER)
        );
        assert_eq!(sets[0].items[2].body["img_url"], json!(small));
        let set = sets[0].clone().interrupted();
        assert!(matches!(set.items[0].state, ItemState::Sent { .. }));
        assert_eq!(set.items[1].state, ItemState::FileNotKept);
        assert_eq!(set.items[2].state, ItemState::NotSent);
        assert_eq!(set.files_not_kept(), 1);
        assert_eq!(set.not_sent(), 2);
        assert!(!ItemState::FileNotKept.may_send());
        // Then the small one; then nothing is left to leave out.
        assert!(drop_largest_file(&mut sets));
        assert!(!drop_largest_file(&mut sets));
        assert_eq!(sets[0].clone().interrupted().files_not_kept(), 3);
    }

    #[test]
    fn the_refusal_reads_in_both_languages() {
        let en = RepeatRefusal::JustSent.message_in(Lang::En);
        assert!(en.contains("a moment ago"));
        assert_german(&RepeatRefusal::JustSent.message_in(Lang::De), &en);
    }

    fn set_of(id: &str, created: f64, states: Vec<ItemState>) -> JobSet {
        JobSet {
            id: id.into(),
            model_id: "m".into(),
            created_at_ms: created,
            items: states
                .into_iter()
                .map(|state| SetItem {
                    body: body(),
                    seed: None,
                    state,
                })
                .collect(),
            image_property: None,
        }
    }

    fn sent(id: &str) -> ItemState {
        ItemState::Sent {
            request_id: id.into(),
        }
    }

    #[test]
    fn a_set_sent_here_survives_a_write_of_another_tab_that_never_saw_it() {
        // Tab B stored its new set "b" beside "a"; tab A, having read the store just before,
        // then stored "a" alone (a lost update). B has seen "b" stored, so the merge alone
        // takes "b" for deleted elsewhere: B would never send its second item.
        let a = set_of(
            "a",
            1.0,
            vec![sent("r1"), ItemState::Sending, ItemState::Waiting],
        );
        let b = set_of("b", 2.0, vec![sent("r4"), ItemState::Waiting]);
        let mine = vec![b.clone(), a.clone()];
        let knew = |id: &str| id == "a" || id == "b";
        let stored_by_a = vec![a.clone()];
        let read = merge_sets(stored_by_a.clone(), &mine, knew, knew);
        assert!(read.iter().all(|s| s.id != "b"), "the merge alone drops b");
        let sending_b = |id: &str| id == "b";
        let read = merge::keep_ours(read, &mine, sending_b, |_| false);
        assert_eq!(read, mine, "B's copy of b, its second item still waiting");
        // B's own write puts it back in the store.
        let written = merge::keep_ours(
            merge_sets(mine.clone(), &stored_by_a, knew, knew),
            &mine,
            sending_b,
            |_| false,
        );
        assert_eq!(written, mine);
        // A set this tab does not send is left to the merge.
        assert_eq!(
            merge::keep_ours(vec![a.clone()], &mine, |_| false, |_| false),
            vec![a]
        );
    }

    #[test]
    fn two_tabs_sets_merge_item_by_item_and_keep_each_others_new_sets() {
        // Tab A sends set "a": two sent, one waiting. Tab B restored "a" before the second
        // went (so it reads it as not sent) and has started set "b" of its own.
        let a_in_a = set_of("a", 1.0, vec![sent("r1"), sent("r2"), ItemState::Waiting]);
        let a_in_b = set_of(
            "a",
            1.0,
            vec![sent("r1"), ItemState::NotSent, ItemState::NotSent],
        );
        let b_in_b = set_of("b", 2.0, vec![ItemState::Sending]);
        let stored = vec![a_in_a.clone()];
        let knew_a = |id: &str| id == "a";
        // B writes: its memory merged with what A stored.
        let written = merge_sets(
            vec![b_in_b.clone(), a_in_b],
            &stored,
            |id| id != "x",
            knew_a,
        );
        assert_eq!(written.len(), 2, "B's new set is added, A's is not lost");
        assert_eq!(written[0].id, "b", "newest first");
        assert_eq!(
            written[1].items[1].state,
            sent("r2"),
            "A's progress is not overwritten by B's older copy"
        );
        // Not sent yet either way: the writer's word stands (the sender keeps its own copy).
        assert_eq!(written[1].items[2].state, ItemState::NotSent);
        // A reads what B wrote: it takes B's set in, and keeps its own progress.
        let read = merge_sets(
            written.clone(),
            std::slice::from_ref(&a_in_a),
            knew_a,
            knew_a,
        );
        assert_eq!(
            read.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        // A set B dismissed (B knew it, lacks it now) stays dismissed when A writes.
        let stored_after_dismiss = vec![b_in_b.clone()];
        let a_writes = merge_sets(read, &stored_after_dismiss, |_| true, |_| true);
        assert_eq!(a_writes, vec![b_in_b], "a deletion on either side holds");
    }

    #[test]
    fn merged_sets_keep_the_newest_twenty() {
        let mine: Vec<JobSet> = (0..15)
            .map(|i| set_of(&format!("m{i}"), i as f64, vec![]))
            .collect();
        let theirs: Vec<JobSet> = (0..15)
            .map(|i| set_of(&format!("t{i}"), 100.0 + i as f64, vec![]))
            .collect();
        let merged = merge_sets(mine, &theirs, |_| false, |_| false);
        assert_eq!(merged.len(), KEPT_SETS);
        assert_eq!(merged[0].id, "t14");
        assert!(
            merged.iter().all(|s| s.created_at_ms >= 5.0),
            "the oldest five went"
        );
    }
}
