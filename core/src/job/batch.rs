//! One job per image: several images given at once become a queue, each checked on its
//! own; Generate plans one job per valid image (times the variations), and asks before
//! leaving out the invalid ones. The queue is kept on the device like the form's images.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::job::set::{plan_variations, ItemState, SetItem, MAX_VARIATIONS};
use crate::media::data_uri::is_data_uri;

/// Where the images of a queue stand, as Generate needs to know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Checked and within the model's limits.
    pub valid: usize,
    /// Checked and not sendable (unreadable, or beyond a limit).
    pub invalid: usize,
    /// Still being checked.
    pub checking: usize,
}

/// What a press of Generate does with a queue of images.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchDecision {
    /// Every image is valid: send this many jobs.
    Send {
        /// Images × variations.
        jobs: u32,
    },
    /// Some images are invalid: ask first whether to leave them out.
    AskToSkip(SkipQuestion),
    /// An image is still being checked: nothing can be decided yet.
    Wait,
    /// No image of the queue can be sent.
    NothingValid,
}

/// "Skip N invalid images and send M jobs?": asked before invalid images are left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkipQuestion {
    /// How many images are left out.
    pub invalid: usize,
    /// How many jobs are sent (valid images × variations).
    pub jobs: u32,
}

/// What Generate does with a queue holding `counts`, starting `variations` jobs per image.
/// Invalid images are never left out silently: the user is asked.
pub fn decide(counts: QueueCounts, variations: u32) -> BatchDecision {
    if counts.checking > 0 {
        return BatchDecision::Wait;
    }
    if counts.valid == 0 {
        return BatchDecision::NothingValid;
    }
    let jobs = batch_jobs(counts.valid, variations);
    if counts.invalid > 0 {
        BatchDecision::AskToSkip(SkipQuestion {
            invalid: counts.invalid,
            jobs,
        })
    } else {
        BatchDecision::Send { jobs }
    }
}

/// How many jobs `images` images start with `variations` each (clamped to
/// 1..=[`MAX_VARIATIONS`]): the count the price beside Generate multiplies by. At least one.
pub fn batch_jobs(images: usize, variations: u32) -> u32 {
    let images = u32::try_from(images.max(1)).unwrap_or(u32::MAX);
    images.saturating_mul(variations.clamp(1, MAX_VARIATIONS))
}

/// The images the price counts: every image not known to be invalid (the ones still being
/// checked are expected to go).
pub fn priced_images(counts: QueueCounts) -> usize {
    counts.valid + counts.checking
}

/// The items of a batch, in order: for each of `images` (the values for `property`, a URL
/// or `data:` URI each), `variations` jobs of `body` with that image. With a `seed`
/// property and more than one variation, every job of the batch gets a seed of its own, all
/// different.
pub fn plan_batch(
    body: &Map<String, Value>,
    property: &str,
    images: &[String],
    has_seed: bool,
    variations: u32,
    mut next_seed: impl FnMut() -> u32,
) -> Vec<SetItem> {
    let mut seen: Vec<u64> = Vec::new();
    let mut items = Vec::new();
    for image in images {
        let mut body = body.clone();
        body.insert(property.to_owned(), Value::String(image.clone()));
        // Seeds are drawn afresh until they differ from every seed of the batch so far.
        let mut distinct = || loop {
            let seed = next_seed();
            if !seen.contains(&u64::from(seed)) {
                seen.push(u64::from(seed));
                return seed;
            }
        };
        items.extend(plan_variations(&body, has_seed, variations, &mut distinct));
    }
    debug_assert!(items.iter().all(|i| i.state == ItemState::Waiting));
    items
}

impl SkipQuestion {
    /// The question, in `lang`.
    pub fn message_in(self, lang: Lang) -> String {
        lang.texts().skip_question(self.invalid, self.jobs)
    }
}

/// One image of a queue as kept on the device: what the user called it and the file
/// itself (a `data:` URI, or a URL).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredImage {
    /// The file name shown.
    pub label: String,
    /// The file.
    pub value: String,
}

/// A queue of images as kept on the device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredQueue {
    /// The property the images go into (`img_url`).
    pub property: String,
    /// The images, in order.
    pub images: Vec<StoredImage>,
}

impl StoredQueue {
    /// For a store that refused the queue: leaves out its largest local file, so the rest
    /// can be kept. `false` when no local file is left to leave out.
    pub fn drop_largest_file(&mut self) -> bool {
        let largest = self
            .images
            .iter()
            .enumerate()
            .filter(|(_, i)| is_data_uri(&i.value))
            .max_by_key(|(_, i)| i.value.len())
            .map(|(at, _)| at);
        match largest {
            Some(at) => {
                self.images.remove(at);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn body() -> Map<String, Value> {
        json!({"prompt": "A fox", "img_url": "", "seed": 7})
            .as_object()
            .unwrap()
            .clone()
    }

    fn images() -> Vec<String> {
        vec![
            "data:image/png;base64,AA".into(),
            "https://x/b.png".into(),
            "data:image/png;base64,CC".into(),
        ]
    }

    #[test]
    fn one_job_per_image_in_order_each_with_its_own_image_and_the_rest_of_the_form() {
        let items = plan_batch(&body(), "img_url", &images(), true, 1, || unreachable!());
        let sent: Vec<&Value> = items.iter().map(|i| &i.body["img_url"]).collect();
        assert_eq!(
            sent,
            vec![
                &json!(images()[0]),
                &json!(images()[1]),
                &json!(images()[2])
            ]
        );
        for item in &items {
            assert_eq!(item.body["prompt"], json!("A fox"));
            // One variation keeps the form's own seed.
            assert_eq!(item.body["seed"], json!(7));
            assert_eq!(item.seed, None);
            assert_eq!(item.state, ItemState::Waiting);
        }
    }

    #[test]
    fn images_times_variations_with_every_seed_of_the_batch_different() {
        // A generator that repeats itself across images: every seed still differs.
        let mut next = [1u32, 2, 1, 2, 3, 4, 4, 5, 6].into_iter();
        let items = plan_batch(&body(), "img_url", &images(), true, 2, || {
            next.next().unwrap()
        });
        assert_eq!(items.len(), 6);
        let seeds: Vec<u64> = items.iter().map(|i| i.seed.unwrap()).collect();
        assert_eq!(seeds, vec![1, 2, 3, 4, 5, 6]);
        let order: Vec<&Value> = items.iter().map(|i| &i.body["img_url"]).collect();
        assert_eq!(order[0], order[1]);
        assert_eq!(order[2], order[3]);
        assert_ne!(order[1], order[2]);
        for item in &items {
            assert_eq!(item.body["seed"], json!(item.seed.unwrap()));
        }
        // Without a seed property the bodies of an image are alike and RunComfy varies them.
        let plain = plan_batch(&body(), "img_url", &images(), false, 2, || unreachable!());
        assert_eq!(plain.len(), 6);
        assert!(plain.iter().all(|i| i.seed.is_none()));
    }

    #[test]
    fn generate_asks_before_leaving_out_invalid_images_and_waits_for_checks() {
        let counts = |valid, invalid, checking| QueueCounts {
            valid,
            invalid,
            checking,
        };
        assert_eq!(decide(counts(3, 0, 0), 1), BatchDecision::Send { jobs: 3 });
        assert_eq!(decide(counts(3, 0, 0), 2), BatchDecision::Send { jobs: 6 });
        assert_eq!(
            decide(counts(2, 1, 0), 1),
            BatchDecision::AskToSkip(SkipQuestion {
                invalid: 1,
                jobs: 2
            })
        );
        assert_eq!(decide(counts(2, 1, 1), 1), BatchDecision::Wait);
        assert_eq!(decide(counts(0, 2, 0), 3), BatchDecision::NothingValid);
        assert_eq!(decide(counts(0, 0, 0), 1), BatchDecision::NothingValid);
    }

    #[test]
    fn the_price_counts_images_times_variations_of_what_may_go() {
        assert_eq!(batch_jobs(3, 2), 6);
        assert_eq!(batch_jobs(3, 99), 3 * MAX_VARIATIONS);
        assert_eq!(batch_jobs(0, 0), 1);
        let counts = QueueCounts {
            valid: 2,
            invalid: 1,
            checking: 1,
        };
        assert_eq!(priced_images(counts), 3);
        assert_eq!(batch_jobs(priced_images(counts), 2), 6);
    }

    #[test]
    fn the_skip_question_reads_in_both_languages() {
        let one = SkipQuestion {
            invalid: 1,
            jobs: 2,
        };
        assert_eq!(
            one.message_in(Lang::En),
            "Skip 1 invalid image and send 2 jobs?"
        );
        assert_eq!(
            one.message_in(Lang::De),
            "1 ungültiges Bild auslassen und 2 Jobs senden?"
        );
        let many = SkipQuestion {
            invalid: 2,
            jobs: 1,
        };
        assert_eq!(
            many.message_in(Lang::En),
            "Skip 2 invalid images and send 1 job?"
        );
        assert_german(&many.message_in(Lang::De), &many.message_in(Lang::En));
    }

    #[test]
    fn a_set_of_a_batch_knows_each_job_s_image_and_how_many_images() {
        use crate::job::set::JobSet;
        let mut set = JobSet {
            id: "s".into(),
            model_id: "a/b".into(),
            created_at_ms: 0.0,
            items: plan_batch(&body(), "img_url", &images(), false, 2, || 0),
            image_property: Some("img_url".into()),
        };
        assert_eq!(set.image_count(), 3);
        set.items[3].state = ItemState::Sent {
            request_id: "r4".into(),
        };
        assert_eq!(set.image_of("r4"), Some(images()[1].as_str()));
        assert_eq!(set.image_of("r1"), None);
        set.image_property = None;
        assert_eq!(set.image_count(), 0);
        assert_eq!(set.image_of("r4"), None);
    }

    #[test]
    fn a_queue_too_large_for_storage_leaves_out_its_largest_local_files_first() {
        let queue = StoredQueue {
            property: "img_url".into(),
            images: images()
                .into_iter()
                .enumerate()
                .map(|(i, value)| StoredImage {
                    label: format!("{i}.png"),
                    value,
                })
                .collect(),
        };
        let mut fitting = queue.clone();
        assert!(fitting.drop_largest_file());
        assert_eq!(fitting.images.len(), 2);
        assert_eq!(fitting.images[0].label, "0.png");
        assert!(fitting.drop_largest_file());
        assert!(!fitting.drop_largest_file());
        assert_eq!(fitting.images.len(), 1);
        let back: StoredQueue =
            serde_json::from_str(&serde_json::to_string(&queue).unwrap()).unwrap();
        assert_eq!(back, queue);
    }
}
