//! The app's state: reactive signals shared through context, and what of it is kept on
//! this device (settings, the form, the jobs; the token only with the user's opt-in).

use std::sync::Arc;

use leptos::prelude::*;
use serde::Serialize;

use crate::api::RunComfyClient;
use crate::browser::image_probe::ProbedImage;
use crate::browser::media_probe::ProbedMedia;
use crate::browser::storage::{self, keys, Stored};
use crate::core::api::error::ApiError;
use crate::core::catalog::models::{entry_for, CustomModel, BUILTIN_MODEL_ID};
use crate::core::catalog::CatalogEntry;
use crate::core::form::persist::{form_without_local_files, restore_form};
use crate::core::form::FormValues;
use crate::core::i18n::{self, Lang, Texts};
use crate::core::job::batch::{QueueCounts, StoredImage, StoredQueue};
use crate::core::job::budget::Budget;
use crate::core::job::chain::PendingFrame;
use crate::core::job::history::load_history;
use crate::core::job::set::{JobSet, RepeatGuard, RepeatRefusal, MAX_VARIATIONS};
use crate::core::job::{Job, JobPhase};
use crate::core::media::image_rules::ImageProblem;
use crate::core::media::limits::MediaProblem;
use crate::core::media::source::ImageSourceError;
use crate::core::media::source::MediaSourceError;
use crate::core::schema::InputSchema;
use crate::core::text::small_map::SmallMap;
use crate::kept::{self, Settings};

/// What a media field (one image, video or audio file, or one entry of a list) knows
/// about its file.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum MediaField {
    /// No file given yet.
    #[default]
    Empty,
    /// Loading and measuring.
    Checking,
    /// An image, measured; `problems` lists the limits it breaks (empty when it is fine).
    Image {
        /// The measurements and preview.
        image: ProbedImage,
        /// The limits it breaks.
        problems: Vec<ImageProblem>,
    },
    /// A video or audio file, measured; `problems` lists the limits it breaks.
    Media {
        /// The measurements and preview.
        media: ProbedMedia,
        /// The limits it breaks.
        problems: Vec<MediaProblem>,
    },
    /// An image that could not be measured at all.
    ImageFailed(ImageSourceError),
    /// A video or audio file that could not be measured at all.
    MediaFailed(MediaSourceError),
}

impl MediaField {
    /// Whether "Fit to limits" can mend this image: it breaks limits, and a scaled-down,
    /// flattened copy of its pixels would meet every one of them.
    pub fn can_fit(&self) -> bool {
        matches!(self, MediaField::Image { image, problems }
            if !problems.is_empty()
                && image.pixels_readable
                && problems.iter().all(ImageProblem::fixable))
    }

    /// The value the measured file put into the form: its URL or `data:` URI.
    pub fn value(&self) -> Option<&str> {
        match self {
            MediaField::Image { image, .. } => Some(&image.value),
            MediaField::Media { media, .. } => Some(&media.value),
            _ => None,
        }
    }

    /// Whether the file was measured and breaks no limit.
    pub fn is_sendable(&self) -> bool {
        match self {
            MediaField::Image { problems, .. } => problems.is_empty(),
            MediaField::Media { problems, .. } => problems.is_empty(),
            _ => false,
        }
    }

    /// Why the file cannot be sent, in `lang`: why it could not be read, or each limit
    /// it breaks; empty when nothing stands in the way.
    pub fn problems_in(&self, lang: Lang) -> Vec<String> {
        match self {
            MediaField::Empty | MediaField::Checking => Vec::new(),
            MediaField::Image { problems, .. } => {
                problems.iter().map(|p| p.message_in(lang)).collect()
            }
            MediaField::Media { problems, .. } => {
                problems.iter().map(|p| p.message_in(lang)).collect()
            }
            MediaField::ImageFailed(error) => vec![error.message_in(lang)],
            MediaField::MediaFailed(error) => vec![error.message_in(lang)],
        }
    }
}

/// One image of a queue (several images given at once, one job each).
#[derive(Clone, Debug, PartialEq)]
pub struct QueuedImage {
    /// Unique in this session: the key of its thumbnail.
    pub id: u64,
    /// The file name shown.
    pub label: String,
    /// The file as read, a `data:` URI (kept across reloads, even when it is no image, so
    /// its reason comes back too); `None` while it is being read.
    pub file: Option<String>,
    /// What its check found, as a single image field would.
    pub check: MediaField,
}

/// The images of one image property given several at once: each becomes a job. With two
/// or more it stands in for the field's single image.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImageQueue {
    /// The property the images go into (`img_url`).
    pub property: String,
    /// The images, in the order they were given.
    pub images: Vec<QueuedImage>,
}

impl ImageQueue {
    /// Where its images stand.
    pub fn counts(&self) -> QueueCounts {
        let mut counts = QueueCounts::default();
        for image in &self.images {
            match &image.check {
                MediaField::Empty | MediaField::Checking => counts.checking += 1,
                check if check.is_sendable() => counts.valid += 1,
                _ => counts.invalid += 1,
            }
        }
        counts
    }

    /// The values of its valid images, in order: what the jobs send.
    pub fn valid_values(&self) -> Vec<String> {
        self.images
            .iter()
            .filter(|i| i.check.is_sendable())
            .filter_map(|i| i.check.value().map(str::to_owned))
            .collect()
    }

    /// What is kept on the device: the images read so far.
    pub fn stored(&self) -> StoredQueue {
        StoredQueue {
            property: self.property.clone(),
            images: self
                .images
                .iter()
                .filter_map(|i| {
                    Some(StoredImage {
                        label: i.label.clone(),
                        value: i.file.clone()?,
                    })
                })
                .collect(),
        }
    }
}

impl ImageQueue {
    /// A queue as kept on the device, every image to be checked anew.
    fn restored(stored: StoredQueue) -> Self {
        Self {
            property: stored.property,
            images: stored
                .images
                .into_iter()
                .enumerate()
                .map(|(i, image)| QueuedImage {
                    id: i as u64,
                    label: image.label,
                    file: Some(image.value),
                    check: MediaField::Checking,
                })
                .collect(),
        }
    }
}

/// A note about sending: a press that sent nothing, or a set that waits for RunComfy.
#[derive(Clone, Debug, PartialEq)]
pub enum SetNote {
    /// The same inputs were just sent.
    Refused(RepeatRefusal),
    /// RunComfy asked to slow down: the rest of the set waits this many seconds.
    RateLimited(u32),
    /// Another tab of this site is sending this set: this one sent nothing of it.
    OtherTab,
    /// The set stopped at the spending limit: spent so far, and the limit (US dollars).
    BudgetReached {
        /// Spent in the budget's period, estimates of unfinished jobs included.
        spent_usd: f64,
        /// The limit.
        limit_usd: f64,
        /// Jobs of the set left unsent.
        left: u32,
    },
}

/// What RunComfy said is left in the account.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum BalanceState {
    /// Not asked yet (or no token).
    #[default]
    Unknown,
    /// US dollars (may be negative).
    Known(f64),
    /// The question failed: why.
    Refused(ApiError),
}

/// A press of Generate that would pass the spending limit, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetQuestion {
    /// The limit it would pass.
    pub budget: Budget,
    /// Spent so far in the period.
    pub spent_usd: f64,
    /// The press's estimate.
    pub press_usd: f64,
    /// How many jobs the press starts.
    pub jobs: u32,
    /// How many of them fit within the limit.
    pub fitting: u32,
}

/// One of the app's sentences, picked from the current language's table when shown (so a
/// note already on screen follows a language switch).
pub type Sentence = fn(Texts) -> String;

/// Every signal the components share; `Copy`, so closures take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The current model's input schema.
    pub schema: RwSignal<InputSchema>,
    /// The models the user added (id, schema, catalog entry), newest first: empty until
    /// the second module has restored them ([`Self::restore_kept`]).
    pub models: RwSignal<Vec<CustomModel>>,
    /// Preferences.
    pub settings: RwSignal<Settings>,
    /// The UI language shown: the one wanted once its file is here (until then the one
    /// shown before; English when the file cannot be had).
    pub lang: Memo<Lang>,
    /// The language wanted: the one chosen, else the browser's.
    pub wanted_lang: Memo<Lang>,
    /// Flips whenever a language file has been installed or has failed.
    pub lang_files: RwSignal<bool>,
    /// The API token: in memory, and in storage only when `remember_token` is on.
    pub token: RwSignal<String>,
    /// The form's raw values.
    pub form: RwSignal<FormValues>,
    /// The state of each media field, by property name (`name-i` for entry i of a list).
    /// Shared (`Arc`): a field's view takes its state without copying the preview and
    /// facts, and notices a new state by identity, not by comparing it.
    pub media: RwSignal<SmallMap<Arc<MediaField>>>,
    /// Submitted jobs, newest first.
    pub jobs: RwSignal<Vec<Job>>,
    /// A submit in flight (Generate is disabled meanwhile: no double billing).
    pub submitting: RwSignal<bool>,
    /// Why the last submit failed.
    pub submit_error: RwSignal<Option<ApiError>>,
    /// The browser clock, ticking once a second while something shows elapsed time.
    pub now_ms: RwSignal<f64>,
    /// One note about storage problems (quota, disabled), shown once.
    pub storage_note: RwSignal<Option<Sentence>>,
    /// A part of the app (the second wasm module, see `src/split.rs`) could not be loaded.
    pub part_missing: RwSignal<bool>,
    /// Text for the screen-reader live region.
    pub announcement: RwSignal<String>,
    /// A note about the form's origin (a share link) or what could not be restored.
    pub share_note: RwSignal<Option<Sentence>>,
    /// Request ids being polled right now, so no job is ever watched twice.
    pub watching: StoredValue<SmallMap<()>>,
    /// Whether the first visit's token invitation is shown (until a token is used).
    pub welcome: RwSignal<bool>,
    /// Whether the settings dialog is open.
    pub settings_open: RwSignal<bool>,
    /// The sets of jobs Generate started, newest first (what was sent, what is waiting).
    pub sets: RwSignal<Vec<JobSet>>,
    /// The last submit, so a slip (the same inputs again within 2 s) sends nothing.
    pub repeat_guard: StoredValue<RepeatGuard>,
    /// Why the last press of Generate sent nothing, or why the rest of a set waits.
    pub set_note: RwSignal<Option<SetNote>>,
    /// Catalog entries (name and price, without schemas) learnt this session, by model id:
    /// the built-in model's, and any model's whose entry was not remembered.
    pub entries: RwSignal<SmallMap<CatalogEntry>>,
    /// Images given several at once, one job each (the field's single image otherwise).
    pub image_queue: RwSignal<ImageQueue>,
    /// Whether Generate asks, in the page, to leave out the queue's invalid images.
    pub skip_asked: RwSignal<bool>,
    /// The frame of a clip last put into the form ("Use this frame"): a job that sends it
    /// continues that clip.
    pub pending_frame: RwSignal<Option<PendingFrame>>,
    /// The account's balance, as last asked (`services::balance`).
    pub balance: RwSignal<BalanceState>,
    /// A press that would pass the spending limit, asked about in the page.
    pub budget_asked: RwSignal<Option<BudgetQuestion>>,
    /// The spending limit, if the user set one (kept by `services::budget`, in the second
    /// module: none until it is there).
    pub budget: RwSignal<Option<Budget>>,
}

impl AppState {
    /// Loads what this device kept and starts with the rest empty. Anything unreadable is
    /// skipped, and one note says so. `builtin` is the schema of the built-in model; another
    /// remembered model brings its own.
    pub fn load(builtin: InputSchema) -> Self {
        let mut damaged = false;
        let mut settings = kept::settings(&mut damaged);
        let schema = if settings.model_id == BUILTIN_MODEL_ID {
            builtin
        } else {
            match kept::added_model_schema(&settings.model_id) {
                Some(schema) => schema,
                None => {
                    settings.model_id = BUILTIN_MODEL_ID.to_owned();
                    builtin
                }
            }
        };
        let token = if settings.remember_token {
            take(kept::token(), &mut damaged).unwrap_or_default()
        } else {
            String::new()
        };
        let form = take(kept::form(), &mut damaged)
            .map(|saved| restore_form(&schema, saved))
            .unwrap_or_else(|| FormValues::defaults(&schema));
        let note = damaged.then_some::<Sentence>(|t| t.storage_damaged());
        let settings = RwSignal::new(settings);
        let browser_lang = Lang::from_preferences(&crate::browser::page::preferred_languages());
        let wanted_lang = Memo::new(move |_| settings.with(|s| s.lang).unwrap_or(browser_lang));
        let lang_files = RwSignal::new(false);
        Self {
            schema: RwSignal::new(schema),
            models: RwSignal::new(Vec::new()),
            settings,
            lang: Memo::new(move |shown: Option<&Lang>| {
                lang_files.track();
                let wanted = wanted_lang.get();
                if i18n::is_installed(wanted) {
                    wanted
                } else if i18n::has_failed(wanted) {
                    Lang::En
                } else {
                    shown.copied().unwrap_or_default()
                }
            }),
            wanted_lang,
            lang_files,
            token: RwSignal::new(token.clone()),
            form: RwSignal::new(form),
            media: RwSignal::new(SmallMap::new()),
            // The history and the sets come with the second module (`restore_kept`).
            jobs: RwSignal::new(Vec::new()),
            submitting: RwSignal::new(false),
            submit_error: RwSignal::new(None),
            now_ms: RwSignal::new(crate::browser::page::now_ms()),
            storage_note: RwSignal::new(note),
            part_missing: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            share_note: RwSignal::new(None),
            watching: StoredValue::new(SmallMap::new()),
            welcome: RwSignal::new(token.is_empty()),
            settings_open: RwSignal::new(false),
            entries: RwSignal::new(SmallMap::new()),
            sets: RwSignal::new(Vec::new()),
            repeat_guard: StoredValue::new(RepeatGuard::default()),
            set_note: RwSignal::new(None),
            // The queue and the pending frame come with the second module, too.
            image_queue: RwSignal::new(ImageQueue::default()),
            skip_asked: RwSignal::new(false),
            pending_frame: RwSignal::new(None),
            balance: RwSignal::new(BalanceState::Unknown),
            budget_asked: RwSignal::new(None),
            budget: RwSignal::new(None),
        }
    }

    /// The state from context (provided by the root component, `components::App`).
    pub fn get() -> Self {
        expect_context::<AppState>()
    }

    /// The current language's sentences (tracked: a reader re-runs on a switch).
    pub fn texts(&self) -> Texts {
        self.lang.get().texts()
    }

    /// The current language's sentences, untracked (for work done once, in an event).
    pub fn texts_now(&self) -> Texts {
        self.lang.get_untracked().texts()
    }

    /// How many variations Generate starts (1 to MAX_VARIATIONS; tracked).
    pub fn variations(&self) -> u32 {
        self.settings
            .with(|s| s.variations.clamp(1, MAX_VARIATIONS))
    }

    /// The model the form is for.
    pub fn model_id(&self) -> String {
        self.settings.with_untracked(|s| s.model_id.clone())
    }

    /// The catalog entry of the current model (its name and price), if known (tracked).
    pub fn current_entry(&self) -> Option<CatalogEntry> {
        self.settings.with(|s| self.entry_of(&s.model_id))
    }

    /// The catalog entry of `model_id`, if known (tracked).
    pub fn entry_of(&self, model_id: &str) -> Option<CatalogEntry> {
        self.models
            .with(|models| entry_for(model_id, models).cloned())
            .or_else(|| self.entries.with(|e| e.get(model_id).cloned()))
    }

    /// A client for the current API base and token.
    pub fn client(&self) -> RunComfyClient {
        RunComfyClient::new(
            &self.settings.with_untracked(|s| s.api_base.clone()),
            &self.token.get_untracked(),
        )
    }

    /// Keeps settings, token (opt-in) and form in storage as they change, written with the
    /// browser's JSON ([`kept`]; the rest: [`Self::restore_kept`]).
    pub fn persist(self) {
        Effect::new(move |_| {
            let saved = self.settings.with(kept::save_settings);
            self.note_unless(saved);
        });
        // Apart from the settings, so typing the token does not rewrite them at every key.
        Effect::new(move |_| {
            if self.settings.with(|s| s.remember_token) {
                let saved = self.token.with(|token| kept::save_token(token));
                self.note_unless(saved);
            } else {
                storage::remove(keys::TOKEN);
            }
        });
        Effect::new(move |_| {
            let form = self.form.get();
            if !kept::save_form(&form) {
                // A local file as a data: URI can exceed the quota: keep the rest.
                self.note_unless(kept::save_form(&form_without_local_files(&form)));
                self.storage_note.set(Some(|t| t.storage_file_too_large()));
            }
        });
    }

    /// The jobs, sets, queue of images, pending frame and added models kept on this
    /// device, back in the state, and from then on kept there as they change. Called once,
    /// by the second module (`services::resume`): until it is there nothing can add
    /// a job, start a queue, pick a frame or add a model, and what is stored is not
    /// touched. (The first screen reads the current model's schema itself:
    /// [`kept::added_model_schema`].)
    pub fn restore_kept(self) {
        let mut damaged = false;
        let history_text =
            storage::load_text(keys::HISTORY).or_else(|| storage::load_text(keys::JOBS_V1));
        let history = history_text
            .as_deref()
            .map(load_history)
            .unwrap_or_default();
        if history.unreadable || history.skipped > 0 {
            // The next write keeps only the readable jobs: the rest is kept apart first.
            damaged = true;
            storage::set_aside(keys::HISTORY, history_text.as_deref().unwrap_or_default());
        }
        // Nothing of a set is sent on its own after a reload: what waited is listed.
        let (sets, sets_damaged) = storage::load_list::<JobSet>(keys::SETS);
        damaged |= sets_damaged;
        let sets: Vec<JobSet> = sets.into_iter().map(JobSet::interrupted).collect();
        // The queue's images are checked anew (`image_queue::check_restored`).
        let queue = take_kept::<StoredQueue>(keys::IMAGE_QUEUE, &mut damaged);
        let pending_frame = take_kept(keys::PENDING_FRAME, &mut damaged);
        // One unreadable model leaves the others as they are.
        let (models, models_damaged) = storage::load_list::<CustomModel>(keys::MODELS);
        damaged |= models_damaged;
        self.jobs.set(history.jobs);
        self.models.set(models);
        self.sets.set(sets);
        // What was given before, unless images dropped meanwhile have started a queue.
        if let Some(queue) = queue {
            if self.image_queue.with_untracked(|q| q.images.is_empty()) {
                self.image_queue.set(ImageQueue::restored(queue));
            }
        }
        if pending_frame.is_some() {
            self.pending_frame.set(pending_frame);
        }
        if damaged && self.storage_note.get_untracked().is_none() {
            self.storage_note.set(Some(|t| t.storage_damaged()));
        }
        Effect::new(move |_| {
            let mut queue = self.image_queue.with(ImageQueue::stored);
            if queue.images.is_empty() {
                storage::remove(keys::IMAGE_QUEUE);
                return;
            }
            if storage::save(keys::IMAGE_QUEUE, &queue) {
                return;
            }
            while queue.drop_largest_file() {
                if storage::save(keys::IMAGE_QUEUE, &queue) {
                    break;
                }
            }
            self.storage_note.set(Some(|t| t.storage_file_too_large()));
        });
        Effect::new(move |_| self.models.with(|models| self.store(keys::MODELS, models)));
        Effect::new(move |_| {
            self.pending_frame.with(|frame| match frame {
                Some(frame) => self.store(keys::PENDING_FRAME, frame),
                None => storage::remove(keys::PENDING_FRAME),
            })
        });
        // The history and the sets are written by `services::tabs`, in step with the other
        // tabs.
    }

    fn store<T: Serialize>(&self, key: &str, value: &T) {
        self.note_unless(storage::save(key, value));
    }

    /// Says once that the device keeps nothing, unless the write just `saved` (or was
    /// refused by a full store: that says what was not saved, `storage::unsaved`).
    pub fn note_unless(&self, saved: bool) {
        if !saved && !storage::is_full() && self.storage_note.get_untracked().is_none() {
            self.storage_note.set(Some(|t| t.storage_unavailable()));
        }
    }

    /// Writes again everything kept on this device (after space was freed): each list's
    /// writer runs as if it had changed.
    pub fn save_again(&self) {
        self.settings.update(|_| {});
        self.token.update(|_| {});
        self.form.update(|_| {});
        self.jobs.update(|_| {});
        self.sets.update(|_| {});
        self.models.update(|_| {});
        self.image_queue.update(|_| {});
        self.pending_frame.update(|_| {});
    }

    /// Applies `change` to the job with `request_id`; returns its result if the job exists.
    pub fn update_job<R>(&self, request_id: &str, change: impl FnOnce(&mut Job) -> R) -> Option<R> {
        let mut result = None;
        self.jobs.update(|jobs| {
            if let Some(job) = jobs.iter_mut().find(|j| j.request_id == request_id) {
                result = Some(change(job));
            }
        });
        result
    }

    /// Reads the job with `request_id` without copying it (tracked: a reactive reader
    /// re-runs when the job list changes).
    pub fn with_job<R>(&self, request_id: &str, read: impl FnOnce(&Job) -> R) -> Option<R> {
        self.jobs
            .with(|jobs| jobs.iter().find(|j| j.request_id == request_id).map(read))
    }

    /// The phase of the job with `request_id`, if it is still listed (untracked).
    pub fn phase_of(&self, request_id: &str) -> Option<JobPhase> {
        self.jobs.with_untracked(|jobs| {
            jobs.iter()
                .find(|j| j.request_id == request_id)
                .map(|j| j.phase.clone())
        })
    }

    /// A copy of the job with `request_id`, if it is still listed.
    pub fn job(&self, request_id: &str) -> Option<Job> {
        self.jobs
            .with_untracked(|jobs| jobs.iter().find(|j| j.request_id == request_id).cloned())
    }
}

/// The value read, noting a damaged one.
/// The value kept under `key`; one that cannot be read is set aside and noted.
fn take_kept<T: serde::de::DeserializeOwned>(key: &str, damaged: &mut bool) -> Option<T> {
    let stored = storage::load(key);
    if matches!(stored, Stored::Corrupt) {
        if let Some(text) = storage::load_text(key) {
            storage::set_aside(key, &text);
        }
    }
    take(stored, damaged)
}

fn take<T>(stored: Stored<T>, damaged: &mut bool) -> Option<T> {
    match stored {
        Stored::Found(value) => Some(value),
        Stored::Missing => None,
        Stored::Corrupt => {
            *damaged = true;
            None
        }
    }
}
