//! The app's own sentences (labels of the controls it adds, status lines, notes, help),
//! one table per language. A sentence missing from one table does not compile; one that
//! takes values is a function, so its values cannot be left out either.
//!
//! Schema titles and descriptions are not here: they stay as the schema gives them.

use super::Lang;
use crate::media_kind::MediaType;

/// Every sentence of the UI that is not the message of a core type.
pub struct Texts {
    // The page.
    /// The language switch's label.
    pub language: &'static str,
    /// The form's heading.
    pub inputs_heading: &'static str,
    /// The history's heading (every job but the current one).
    pub jobs_heading: &'static str,
    /// The heading over the newest job and its result.
    pub current_heading: &'static str,
    /// What the current-job area says before the first job.
    pub result_placeholder: &'static str,
    /// Opens the settings dialog.
    pub open_settings: &'static str,
    /// Closes a dialog.
    pub close: &'static str,
    /// Opens the settings from an error that they can fix (token, API base).
    pub fix_in_settings: &'static str,
    /// The header chip once a token is set: "Token ✓ …abcd".
    pub token_chip: fn(&str) -> String,
    /// The form came from a share link.
    pub filled_from_link: &'static str,

    // Settings.
    /// The settings' heading.
    pub settings_heading: &'static str,
    /// The token field's label.
    pub api_token: &'static str,
    /// The token field's placeholder.
    pub token_placeholder: &'static str,
    /// Shows the token.
    pub show: &'static str,
    /// Hides the token.
    pub hide: &'static str,
    /// Where the token comes from and where it goes.
    pub token_help: &'static str,
    /// The opt-in to keep the token.
    pub remember_token: &'static str,
    /// Forgets the token.
    pub forget_token: &'static str,
    /// The API base field's label.
    pub api_base: &'static str,
    /// Resets the API base.
    pub reset: &'static str,
    /// What to do when the browser blocks calls to RunComfy (CORS).
    pub api_base_help: &'static str,
    /// The link to the hosting recipe (a same-origin proxy).
    pub proxy_recipe: &'static str,
    /// Points the API base at this site's own `/runcomfy` proxy.
    pub use_site_proxy: &'static str,
    /// The first visit's invitation, and the label of its token field.
    pub welcome_token: &'static str,
    /// Where a token comes from.
    pub welcome_where: &'static str,
    /// Where the token goes (and where it does not).
    pub welcome_stays: &'static str,
    /// Folds the first visit's token field into the header chip.
    pub use_token: &'static str,
    /// Asks for notifications.
    pub notify_ask: &'static str,
    /// Notifications are allowed.
    pub notify_on: &'static str,
    /// What the notification button does.
    pub notify_help: &'static str,
    /// Saved data could not be read.
    pub storage_damaged: &'static str,
    /// A local file does not fit in storage.
    pub storage_file_too_large: &'static str,
    /// Nothing can be saved.
    pub storage_unavailable: &'static str,

    // Model.
    /// The model section's heading.
    pub model_heading: &'static str,
    /// The model picker's label.
    pub model_picker: &'static str,
    /// Before the current model id.
    pub form_is_for: &'static str,
    /// The group of models used (for screen readers).
    pub models_used: &'static str,
    /// After the built-in model's id.
    pub built_in: &'static str,
    /// Opens the form for another model.
    pub other_model: &'static str,
    /// The model id field's label.
    pub model_id: &'static str,
    /// The schema field's label.
    pub input_schema: &'static str,
    /// Where the schema comes from.
    pub input_schema_help: &'static str,
    /// The catalog search's placeholder.
    pub search_models: &'static str,
    /// The category filter's label.
    pub category: &'static str,
    /// The category filter's "no filter" choice.
    pub all_categories: &'static str,
    /// Loads the next page of models: how many are shown, of how many.
    pub more_models: fn(u64, u64) -> String,
    /// The search found nothing.
    pub no_models_found: &'static str,
    /// The catalog is being asked.
    pub loading_models: &'static str,
    /// Browsing the catalog needs a token.
    pub catalog_needs_token: &'static str,
    /// The catalog could not be read (the reason follows).
    pub catalog_failed: fn(&str) -> String,
    /// A model's price in the list: per second.
    pub per_second: fn(&str) -> String,
    /// A model's price in the list: per run.
    pub per_run: fn(&str) -> String,
    /// What one job cost (after the run).
    pub job_cost: fn(&str) -> String,
    /// What the listed jobs cost together.
    pub total_cost: fn(&str) -> String,
    /// The variations field's label.
    pub variations: &'static str,
    /// What the variations field does.
    pub variations_help: &'static str,
    /// A set of variations: how many, sent, waiting, not sent.
    pub set_summary: fn(u64, u64, u64, u64) -> String,
    /// Cancels every queued job of a set and sends no more of it.
    pub cancel_all_queued: &'static str,
    /// Sends the items of a set that were not sent.
    pub send_not_sent: fn(u64) -> String,
    /// Asked before sending again what may have started already.
    pub resend_question: &'static str,
    /// RunComfy's rate limit holds the rest of a set for this many seconds.
    pub set_waits: fn(u64) -> String,
    /// Puts a job's seed into the form.
    pub keep_seed: &'static str,
    /// Opens a card's other actions, side by side in a set.
    pub more_actions: &'static str,
    /// Loads the schema from a file.
    pub load_schema: &'static str,
    /// Switches to the model given.
    pub use_model: &'static str,

    // Fields.
    /// The seed's placeholder and button.
    pub random: &'static str,
    /// The seed button, for screen readers.
    pub random_seed: &'static str,
    /// The seed button's tooltip.
    pub random_seed_hint: &'static str,
    /// Help for a seed the schema leaves undescribed.
    pub seed_help: &'static str,
    /// Help for a long text the schema leaves undescribed (its character limit).
    pub up_to_characters: fn(u64) -> String,
    /// The slider beside a number box, for screen readers.
    pub slider_of: fn(&str) -> String,

    // Images, videos, audio files.
    /// How to give an image.
    pub image_help: &'static str,
    /// How to give a video or audio file.
    pub media_help: &'static str,
    /// Opens the file picker.
    pub choose_file: &'static str,
    /// The label of a pasted file without a name.
    pub pasted_file: &'static str,
    /// Marks a copy made by "Fit to limits".
    pub fitted: &'static str,
    /// The file passes every check.
    pub within_limits: &'static str,
    /// Why a too-small image is not fixed.
    pub too_small_note: &'static str,
    /// Scales down / flattens the image.
    pub fit_to_limits: &'static str,
    /// The sentences of an image field.
    pub image: KindTexts,
    /// The sentences of a video field.
    pub video: KindTexts,
    /// The sentences of an audio field.
    pub audio: KindTexts,
    /// Removes one entry of a list, visibly.
    pub remove_entry: &'static str,
    /// Removes one entry of a list, for screen readers (the entry's label).
    pub remove_entry_named: fn(&str) -> String,

    // Generate.
    /// Submits the form.
    pub generate: &'static str,
    /// While the submit is under way.
    pub submitting: &'static str,
    /// Generate waits for a token.
    pub needs_token: &'static str,
    /// Generate waits for an image check (the field's title).
    pub still_checking: fn(&str) -> String,

    // Share.
    /// Copies the share link.
    pub copy_share_link: &'static str,
    /// Copies the cURL command.
    pub copy_curl: &'static str,
    /// Shows the cURL command.
    pub show_curl: &'static str,
    /// The link was copied.
    pub link_copied_note: &'static str,
    /// The clipboard refused; the link to copy by hand.
    pub copy_this_link: fn(&str) -> String,
    /// The share link leaves out a local image.
    pub link_leaves_out_image: &'static str,
    /// The cURL command was copied.
    pub curl_copied: &'static str,
    /// The clipboard refused the cURL command.
    pub select_curl: &'static str,

    // History.
    /// Saves the history as a file.
    pub export_history: &'static str,
    /// Loads a history file.
    pub import_history: &'static str,
    /// Deletes the history.
    pub clear_history: &'static str,
    /// Asks before clearing the history.
    pub clear_history_question: &'static str,
    /// The history was cleared.
    pub history_cleared: &'static str,
    /// The browser would not save the export.
    pub save_refused: &'static str,
    /// The file picked is no history.
    pub not_a_history: &'static str,
    /// How many jobs an import added.
    pub imported_jobs: fn(u64) -> String,
    /// How many entries an import skipped.
    pub skipped_entries: fn(u64) -> String,
    /// The empty job list.
    pub no_jobs: &'static str,

    // Jobs.
    /// Before a job's short id.
    pub job: &'static str,
    /// A job was accepted (its id).
    pub job_submitted: fn(&str) -> String,
    /// Cancels a queued job.
    pub cancel: &'static str,
    /// Fills the form with a job's inputs.
    pub use_settings: &'static str,
    /// The form has the job's inputs except a local image.
    pub settings_without_image: &'static str,
    /// Copies a job's seed.
    pub copy_seed: &'static str,
    /// Sends a job again with its seed.
    pub run_same_seed: &'static str,
    /// Sends a job again with a new seed.
    pub run_new_seed: &'static str,
    /// Asks before sending a job again with its seed.
    pub run_same_seed_question: &'static str,
    /// Asks before sending a job again with a new seed.
    pub run_new_seed_question: &'static str,
    /// What "run again" does.
    pub rerun_hint: &'static str,
    /// "Run again" waits for a token.
    pub rerun_needs_token: &'static str,
    /// Removes a finished job.
    pub delete: &'static str,
    /// Polling waits for a token.
    pub watch_needs_token: &'static str,
    /// Polling waits for a valid token.
    pub watch_token_rejected: &'static str,
    /// Polling retries after a transient error.
    pub reconnecting: &'static str,
    /// A background job ended well (title mark).
    pub done_mark: &'static str,
    /// A background job ended otherwise (title mark).
    pub ended_mark: &'static str,

    // Outputs.
    /// An output image's alt text.
    pub generated_image: &'static str,
    /// An output URL no longer loads.
    pub output_expired: &'static str,
    /// Downloads an output.
    pub download: &'static str,
    /// Opens an output in a new tab.
    pub open_in_tab: &'static str,
    /// Copies an output's URL.
    pub copy_link: &'static str,
    /// The output's URL was copied.
    pub link_copied: &'static str,

    // One job per image.
    /// Over a queue of images: how many, one job each.
    pub queue_heading: fn(u64) -> String,
    /// Adds more images to a queue.
    pub add_images: &'static str,
    /// Empties a queue of images.
    pub remove_all_images: &'static str,
    /// How to get one job per image (after the image field's help).
    pub several_images_help: &'static str,
    /// No image of a queue can be sent (the field's title).
    pub no_valid_image: fn(&str) -> String,
    /// Over the invalid images listed before Generate leaves them out.
    pub invalid_images: &'static str,
    /// Leaves out the invalid images and sends the rest.
    pub skip_and_send: &'static str,
    /// Keeps the queue as it is and sends nothing.
    pub keep_images: &'static str,
    /// A batch of images: how many images and jobs, sent, waiting, not sent.
    pub batch_summary: fn(u64, u64, u64, u64, u64) -> String,
    /// A job card's image, in a batch.
    pub job_image: &'static str,
    /// Jobs of a set not sent whose local images storage could not keep (how many).
    pub files_not_kept: fn(u64) -> String,
    // Extend from a frame.
    /// The frame picker's group name.
    pub frame_picker: &'static str,
    /// Steps one frame back.
    pub frame_back: &'static str,
    /// Steps one frame forward.
    pub frame_forward: &'static str,
    /// Shows the last frame.
    pub last_frame: &'static str,
    /// Takes the frame shown as the image of the next job.
    pub use_this_frame: &'static str,
    /// Which frame is shown: its number (from 1) and its time.
    pub frame_position: fn(u64, &str) -> String,
    /// What "Use this frame" does.
    pub frame_help: &'static str,
    /// While the frame is taken.
    pub taking_frame: &'static str,
    /// The frame is in the form: the time and the job it came from.
    pub frame_taken: fn(&str, &str) -> String,
    /// The label of the taken frame in the image field: the time and the job.
    pub frame_label: fn(&str, &str) -> String,
    /// The video's host refuses CORS: what works instead.
    pub frame_cors_refused: &'static str,
    /// Downloads the video (the first step of the way around CORS).
    pub download_video: &'static str,
    /// Chooses the downloaded video (the second step).
    pub choose_downloaded_video: &'static str,
    /// The video could not be downloaded (its HTTP status).
    pub frame_fetch_failed: fn(u16) -> String,
    /// The browser could not read a frame of the video (or the chosen file is no video).
    pub frame_unreadable: &'static str,
    /// The job's card: which job it continues, from which moment.
    pub continues_job: fn(&str, &str) -> String,
    /// Where a clip stands in its chain.
    pub chain_part: fn(u64, u64) -> String,
    /// Plays the clips of the chain back to back.
    pub play_chain: &'static str,
    /// Downloads the clips of the chain in order.
    pub download_chain: &'static str,
    /// The chain player's name, and which clip plays.
    pub chain_clip: fn(u64, u64) -> String,
    /// While the clips are fetched (before any is saved).
    pub chain_fetching: fn(u64, u64) -> String,
    /// Every clip was saved.
    pub chain_saved: fn(u64) -> String,
    /// The clips' host refuses CORS: the links to open in order.
    pub chain_cors_refused: &'static str,
}

/// The sentences of a field taking one kind of file.
pub struct KindTexts {
    /// The URL field's placeholder.
    pub placeholder: &'static str,
    /// The file picker, for screen readers.
    pub choose_local: &'static str,
    /// The label of a local file restored from the form.
    pub local: &'static str,
    /// While the file is measured.
    pub checking: &'static str,
    /// The preview's accessible name.
    pub preview: &'static str,
    /// Clears the field.
    pub remove: &'static str,
    /// Adds an entry to a list of them.
    pub add: &'static str,
}

impl Texts {
    /// The sentences of a field taking `kind` files.
    pub fn of(&self, kind: MediaType) -> &KindTexts {
        match kind {
            MediaType::Image => &self.image,
            MediaType::Video => &self.video,
            MediaType::Audio => &self.audio,
        }
    }
}

/// English.
pub static EN: Texts = Texts {
    language: "Language",
    inputs_heading: "Inputs",
    jobs_heading: "History",
    current_heading: "Result",
    result_placeholder: "Your job and its result appear here: fill in the inputs and press \
                         Generate.",
    open_settings: "Settings",
    close: "Close",
    fix_in_settings: "Open settings",
    token_chip: |end| format!("Token ✓ …{end}"),
    filled_from_link: "The form was filled from a shared link. Check it, then press Generate.",

    settings_heading: "Settings",
    api_token: "API token",
    token_placeholder: "Paste your RunComfy API token",
    show: "Show",
    hide: "Hide",
    token_help: "From your RunComfy profile. Sent only to the API base below, in the \
                 Authorization header.",
    remember_token: "Remember on this device",
    forget_token: "Forget token",
    api_base: "API base URL",
    reset: "Reset",
    api_base_help: "If the browser blocks calls to RunComfy (CORS), nothing was sent or \
                    billed: point this at a proxy on the same site that serves this page, \
                    which passes calls on to RunComfy.",
    proxy_recipe: "How to host a proxy (README, Hosting)",
    use_site_proxy: "Use this site's /runcomfy proxy",
    welcome_token: "Paste your RunComfy API token",
    welcome_where: "You find it in your RunComfy account, under Profile.",
    welcome_stays: "It stays in this browser and goes only to the RunComfy API, in the \
                    Authorization header: never into a link, a log or the history.",
    use_token: "Use this token",
    notify_ask: "Notify me when a job finishes",
    notify_on: "Notifications on",
    notify_help: "When a job ends while this tab is in the background, the tab title changes; \
                  with notifications on, the system tells you too.",
    storage_damaged: "Some saved data on this device could not be read (damaged or from \
                      another version) and was skipped.",
    storage_file_too_large: "A local file is too large to keep across reloads; it stays \
                             while this tab is open.",
    storage_unavailable: "This browser does not let the app save anything (storage full or \
                          disabled): it works, but forgets everything when the tab closes.",

    model_heading: "Model",
    model_picker: "Model",
    form_is_for: "The form below is for ",
    models_used: "Models used",
    built_in: " (built in)",
    other_model: "Use another RunComfy model",
    model_id: "Model id",
    input_schema: "Input schema (JSON)",
    input_schema_help: "The model's input schema from its RunComfy API page, in the same \
                        format: properties, required, validations.",
    variations: "Variations",
    variations_help: "Each variation is a job of its own, with a seed of its own.",
    set_summary: |n, sent, waiting, not_sent| {
        let c = |x| Lang::En.count(x);
        let mut line = format!("{} variations: {} sent", c(n), c(sent));
        if waiting > 0 {
            line.push_str(&format!(", {} waiting", c(waiting)));
        }
        if not_sent > 0 {
            line.push_str(&format!(", {} not sent", c(not_sent)));
        }
        line
    },
    cancel_all_queued: "Cancel all queued",
    send_not_sent: |k| match k {
        1 => "Send the one not sent".to_owned(),
        k => format!("Send the {} not sent", Lang::En.count(k)),
    },
    resend_question: "The page closed while a job of this set was being sent: RunComfy may \
                      have started it. Check your RunComfy requests. Send the jobs not sent \
                      anyway?",
    set_waits: |secs| {
        format!(
            "RunComfy asked to slow down: the rest of the set waits {} s.",
            Lang::En.count(secs)
        )
    },
    keep_seed: "Keep this seed",
    more_actions: "More",
    search_models: "Search RunComfy's models by name",
    category: "Category",
    all_categories: "All categories",
    more_models: |shown, total| {
        format!(
            "More models ({} of {} shown)",
            Lang::En.count(shown),
            Lang::En.count(total)
        )
    },
    no_models_found: "No RunComfy model matches this search.",
    loading_models: "Loading models…",
    catalog_needs_token: "Paste your API token to browse RunComfy's models. The built-in \
                          Wan 2.2 always works.",
    catalog_failed: |why| format!("RunComfy's models could not be loaded. {why}"),
    per_second: |usd| format!("{usd}/s"),
    per_run: |usd| format!("{usd}/run"),
    job_cost: |usd| format!("Cost {usd}"),
    total_cost: |usd| format!("Cost of the jobs listed: {usd}"),
    load_schema: "Load schema from file",
    use_model: "Use this model",

    random: "Random",
    random_seed: "Random seed",
    random_seed_hint: "Fill in a random seed",
    seed_help: "Leave empty for a random seed chosen by RunComfy; the same seed with the same \
                inputs repeats a result.",
    up_to_characters: |max| format!("Up to {} characters.", Lang::En.count(max)),
    slider_of: |title| format!("{title} slider"),

    image_help: "Paste an HTTPS URL, or choose, drop or paste a local file. A public URL is \
                 preferred for large images; a local file is sent inside the request as a \
                 data: URI.",
    media_help: "Paste an HTTPS URL, or choose, drop or paste a local file. A public URL is \
                 preferred for large files; a local file is sent inside the request as a \
                 data: URI.",
    choose_file: "Choose file",
    pasted_file: "Pasted file",
    fitted: "fitted",
    within_limits: "✓ Within the model's limits",
    too_small_note: "A too-small image cannot be fixed here: enlarging it would only blur it. \
                     Use a larger image.",
    fit_to_limits: "Fit to limits",
    image: KindTexts {
        placeholder: "https://… or drop / paste an image here",
        choose_local: "Choose a local image",
        local: "Local image",
        checking: "Checking the image…",
        preview: "Preview of the input image",
        remove: "Remove image",
        add: "Add image",
    },
    video: KindTexts {
        placeholder: "https://… or drop / paste a video here",
        choose_local: "Choose a local video",
        local: "Local video",
        checking: "Checking the video…",
        preview: "Preview of the input video",
        remove: "Remove video",
        add: "Add video",
    },
    audio: KindTexts {
        placeholder: "https://… or drop / paste an audio file here",
        choose_local: "Choose a local audio file",
        local: "Local audio file",
        checking: "Checking the audio file…",
        preview: "Preview of the input audio",
        remove: "Remove audio file",
        add: "Add audio file",
    },
    remove_entry: "Remove",
    remove_entry_named: |label| format!("Remove {label}"),

    generate: "Generate",
    submitting: "Submitting…",
    needs_token: "Paste your RunComfy API token at the top of the page.",
    still_checking: |title| format!("{title}: still being checked."),

    copy_share_link: "Copy share link",
    copy_curl: "Copy as cURL",
    show_curl: "Show the request as cURL",
    link_copied_note: "Share link copied.",
    copy_this_link: |link| format!("Copy this link: {link}"),
    link_leaves_out_image: "The local image is not in the link (too large): share a public \
                            image URL instead.",
    curl_copied: "cURL command copied.",
    select_curl: "Select the command below to copy it.",

    export_history: "Export history",
    import_history: "Import history",
    clear_history: "Clear history",
    clear_history_question: "Clear the whole history on this device? Results stay on RunComfy \
                             only as long as RunComfy keeps them.",
    history_cleared: "History cleared.",
    save_refused: "The browser refused to save the file.",
    not_a_history: "This file is not a Wan 2.2 history export.",
    imported_jobs: |n| match n {
        1 => "Imported 1 job.".to_owned(),
        _ => format!("Imported {} jobs.", Lang::En.count(n)),
    },
    skipped_entries: |n| match n {
        1 => "1 damaged entry skipped.".to_owned(),
        _ => format!("{} damaged entries skipped.", Lang::En.count(n)),
    },
    no_jobs: "Earlier jobs are listed here.",

    job: "Job ",
    job_submitted: |id| format!("Job {id} submitted."),
    cancel: "Cancel",
    use_settings: "Use these settings",
    settings_without_image: "The form has this job's settings, but its local image was not \
                             kept: choose it again.",
    copy_seed: "Copy seed",
    run_same_seed: "Run again with same seed",
    run_new_seed: "Run again with new seed",
    run_same_seed_question: "Run this job again with the same seed? RunComfy bills every run.",
    run_new_seed_question: "Run this job again with a new seed? RunComfy bills every run.",
    rerun_hint: "Sends these inputs again; RunComfy bills every run.",
    rerun_needs_token: "Paste your API token at the top of the page first.",
    delete: "Delete",
    watch_needs_token: "paste your API token to keep watching",
    watch_token_rejected: "RunComfy rejected the token: paste a valid one to keep watching",
    reconnecting: "reconnecting…",
    done_mark: "✓ Done",
    ended_mark: "✗ Ended",

    generated_image: "Generated image",
    output_expired: "This result no longer loads: RunComfy keeps outputs for a limited time, \
                     and this one has probably expired.",
    download: "Download",
    open_in_tab: "Open in new tab",
    copy_link: "Copy link",
    link_copied: "Link copied",

    // One job per image.
    queue_heading: |n| format!("{} images, one job each", Lang::En.count(n)),
    add_images: "Add images",
    remove_all_images: "Remove all images",
    several_images_help: "Several images at once (choose, drop or paste them) give one job \
                          each.",
    no_valid_image: |title| format!("{title}: none of the images can be sent."),
    invalid_images: "These images cannot be sent:",
    skip_and_send: "Skip them and send",
    keep_images: "Keep all images",
    batch_summary: |images, n, sent, waiting, not_sent| {
        let c = |x| Lang::En.count(x);
        let (i, j) = (
            if images == 1 { "image" } else { "images" },
            if n == 1 { "job" } else { "jobs" },
        );
        let mut line = format!("{} {i}, {} {j}: {} sent", c(images), c(n), c(sent));
        if waiting > 0 {
            line.push_str(&format!(", {} waiting", c(waiting)));
        }
        if not_sent > 0 {
            line.push_str(&format!(", {} not sent", c(not_sent)));
        }
        line
    },
    job_image: "The image of this job",
    files_not_kept: |n| match n {
        1 => "1 job was not sent, and its local image was too large to keep across the \
              reload: give the image again and press Generate."
            .to_owned(),
        n => format!(
            "{} jobs were not sent, and their local images were too large to keep across the \
             reload: give the images again and press Generate.",
            Lang::En.count(n)
        ),
    },
    // Extend from a frame.
    frame_picker: "Continue from a frame",
    frame_back: "Frame back",
    frame_forward: "Frame forward",
    last_frame: "Last frame",
    use_this_frame: "Use this frame",
    frame_position: |frame, secs| format!("Frame {frame} · {secs} s"),
    frame_help: "Pause or step to the frame to continue from: it becomes the image of the \
                 next job, with the same settings.",
    taking_frame: "Taking the frame…",
    frame_taken: |secs, job| {
        format!(
            "The frame at {secs} s of job {job} is the image of the next job: edit the \
             prompt, then Generate."
        )
    },
    frame_label: |secs, job| format!("Frame at {secs} s of job {job}"),
    frame_cors_refused: "The server that stores this video does not let the browser read it \
                         (no CORS), so its frames cannot be taken here. Download the video, \
                         then choose the downloaded file: its frames work the same way.",
    download_video: "Download the video",
    choose_downloaded_video: "Choose the downloaded video",
    frame_fetch_failed: |status| {
        format!("The video could not be downloaded (HTTP {status}): its frames cannot be taken.")
    },
    frame_unreadable: "The browser could not read a frame of this video.",
    continues_job: |job, secs| format!("Continues job {job} from its frame at {secs} s"),
    chain_part: |part, of| format!("Clip {part} of {of} of a chain"),
    play_chain: "Play chain",
    download_chain: "Download in order",
    chain_clip: |part, of| format!("Chain, clip {part} of {of}"),
    chain_fetching: |part, of| format!("Fetching clip {part} of {of}…"),
    chain_saved: |count| format!("{count} clips saved in order."),
    chain_cors_refused: "The server that stores these clips does not let the browser read \
                         them (no CORS), so they cannot be saved from here. Open them in this \
                         order and save each:",
};

/// German.
pub static DE: Texts = Texts {
    language: "Sprache",
    inputs_heading: "Eingaben",
    jobs_heading: "Verlauf",
    current_heading: "Ergebnis",
    result_placeholder: "Hier erscheinen Ihr Job und sein Ergebnis: Eingaben ausfüllen und \
                         auf „Erzeugen“ klicken.",
    open_settings: "Einstellungen",
    close: "Schließen",
    fix_in_settings: "Einstellungen öffnen",
    token_chip: |end| format!("Token ✓ …{end}"),
    filled_from_link: "Das Formular wurde aus einem geteilten Link gefüllt. Prüfen Sie es, \
                       dann klicken Sie auf „Erzeugen“.",

    settings_heading: "Einstellungen",
    api_token: "API-Token",
    token_placeholder: "RunComfy-API-Token einfügen",
    show: "Zeigen",
    hide: "Verbergen",
    token_help: "Aus Ihrem RunComfy-Profil. Wird nur an die API-Basis unten gesendet, im \
                 Authorization-Header.",
    remember_token: "Auf diesem Gerät merken",
    forget_token: "Token vergessen",
    api_base: "API-Basis-URL",
    reset: "Zurücksetzen",
    api_base_help: "Blockiert der Browser Aufrufe an RunComfy (CORS), wurde nichts gesendet \
                    oder berechnet: Tragen Sie hier einen Proxy auf derselben Website ein, die \
                    diese Seite ausliefert; er reicht die Aufrufe an RunComfy weiter.",
    proxy_recipe: "Wie man einen Proxy einrichtet (README, Hosting)",
    use_site_proxy: "Den /runcomfy-Proxy dieser Website verwenden",
    welcome_token: "Fügen Sie Ihr RunComfy-API-Token ein",
    welcome_where: "Sie finden es in Ihrem RunComfy-Konto, unter „Profile“.",
    welcome_stays: "Es bleibt in diesem Browser und geht nur an die RunComfy-API, im \
                    Authorization-Header: nie in einen Link, ein Protokoll oder den Verlauf.",
    use_token: "Dieses Token verwenden",
    notify_ask: "Benachrichtigen, wenn ein Job fertig ist",
    notify_on: "Benachrichtigungen an",
    notify_help: "Endet ein Job, während dieser Tab im Hintergrund ist, ändert sich der \
                  Tab-Titel; mit Benachrichtigungen meldet es auch das System.",
    storage_damaged: "Einige auf diesem Gerät gespeicherte Daten waren nicht lesbar \
                      (beschädigt oder von einer anderen Version) und wurden übersprungen.",
    storage_file_too_large: "Eine lokale Datei ist zu groß, um ein Neuladen zu überstehen; \
                             sie bleibt, solange dieser Tab offen ist.",
    storage_unavailable: "Dieser Browser lässt die App nichts speichern (Speicher voll oder \
                          deaktiviert): Sie funktioniert, vergisst aber alles, wenn der Tab \
                          geschlossen wird.",

    model_heading: "Modell",
    model_picker: "Modell",
    form_is_for: "Das Formular unten ist für ",
    models_used: "Verwendete Modelle",
    built_in: " (eingebaut)",
    other_model: "Ein anderes RunComfy-Modell verwenden",
    model_id: "Modell-ID",
    input_schema: "Eingabeschema (JSON)",
    input_schema_help: "Das Eingabeschema des Modells von seiner RunComfy-API-Seite, im selben \
                        Format: properties, required, validations.",
    variations: "Varianten",
    variations_help: "Jede Variante ist ein eigener Job, mit eigenem Seed.",
    set_summary: |n, sent, waiting, not_sent| {
        let c = |x| Lang::De.count(x);
        let mut line = format!("{} Varianten: {} gesendet", c(n), c(sent));
        if waiting > 0 {
            line.push_str(&format!(", {} wartend", c(waiting)));
        }
        if not_sent > 0 {
            line.push_str(&format!(", {} nicht gesendet", c(not_sent)));
        }
        line
    },
    cancel_all_queued: "Alle wartenden abbrechen",
    send_not_sent: |k| match k {
        1 => "Den nicht gesendeten senden".to_owned(),
        k => format!("Die {} nicht gesendeten senden", Lang::De.count(k)),
    },
    resend_question: "Die Seite wurde geschlossen, während ein Job dieser Reihe gesendet \
                      wurde: RunComfy hat ihn vielleicht gestartet. Prüfen Sie Ihre \
                      RunComfy-Anfragen. Die nicht gesendeten Jobs trotzdem senden?",
    set_waits: |secs| {
        format!(
            "RunComfy bittet um eine Pause: Der Rest der Reihe wartet {} s.",
            Lang::De.count(secs)
        )
    },
    keep_seed: "Diesen Seed behalten",
    more_actions: "Mehr",
    search_models: "RunComfy-Modelle nach Namen suchen",
    category: "Kategorie",
    all_categories: "Alle Kategorien",
    more_models: |shown, total| {
        format!(
            "Weitere Modelle ({} von {} angezeigt)",
            Lang::De.count(shown),
            Lang::De.count(total)
        )
    },
    no_models_found: "Kein RunComfy-Modell passt zu dieser Suche.",
    loading_models: "Modelle werden geladen…",
    catalog_needs_token: "Fügen Sie Ihr API-Token ein, um die Modelle von RunComfy zu \
                          durchsuchen. Das eingebaute Wan 2.2 funktioniert immer.",
    catalog_failed: |why| format!("Die Modelle von RunComfy konnten nicht geladen werden. {why}"),
    per_second: |usd| format!("{usd}/s"),
    per_run: |usd| format!("{usd}/Lauf"),
    job_cost: |usd| format!("Kosten {usd}"),
    total_cost: |usd| format!("Kosten der aufgeführten Jobs: {usd}"),
    load_schema: "Schema aus Datei laden",
    use_model: "Dieses Modell verwenden",

    random: "Zufällig",
    random_seed: "Zufällig: neuer Seed",
    random_seed_hint: "Einen zufälligen Seed eintragen",
    seed_help: "Leer lassen für einen zufälligen Seed von RunComfy; derselbe Seed mit denselben \
                Eingaben wiederholt ein Ergebnis.",
    up_to_characters: |max| format!("Bis zu {} Zeichen.", Lang::De.count(max)),
    slider_of: |title| format!("{title} (Schieberegler)"),

    image_help: "Fügen Sie eine HTTPS-URL ein, oder wählen, ziehen oder fügen Sie eine lokale \
                 Datei ein. Für große Bilder ist eine öffentliche URL besser; eine lokale Datei \
                 wird als data:-URI in der Anfrage mitgesendet.",
    media_help: "Fügen Sie eine HTTPS-URL ein, oder wählen, ziehen oder fügen Sie eine lokale \
                 Datei ein. Für große Dateien ist eine öffentliche URL besser; eine lokale Datei \
                 wird als data:-URI in der Anfrage mitgesendet.",
    choose_file: "Datei wählen",
    pasted_file: "Eingefügte Datei",
    fitted: "angepasst",
    within_limits: "✓ Innerhalb der Grenzen des Modells",
    too_small_note: "Ein zu kleines Bild lässt sich hier nicht beheben: Vergrößern würde es nur \
                     unscharf machen. Verwenden Sie ein größeres Bild.",
    fit_to_limits: "An Grenzen anpassen",
    image: KindTexts {
        placeholder: "https://… oder ein Bild hier ablegen / einfügen",
        choose_local: "Ein lokales Bild wählen",
        local: "Lokales Bild",
        checking: "Das Bild wird geprüft…",
        preview: "Vorschau des Eingabebildes",
        remove: "Bild entfernen",
        add: "Bild hinzufügen",
    },
    video: KindTexts {
        placeholder: "https://… oder ein Video hier ablegen / einfügen",
        choose_local: "Ein lokales Video wählen",
        local: "Lokales Video",
        checking: "Das Video wird geprüft…",
        preview: "Vorschau des Eingabevideos",
        remove: "Video entfernen",
        add: "Video hinzufügen",
    },
    audio: KindTexts {
        placeholder: "https://… oder eine Audiodatei hier ablegen / einfügen",
        choose_local: "Eine lokale Audiodatei wählen",
        local: "Lokale Audiodatei",
        checking: "Die Audiodatei wird geprüft…",
        preview: "Vorschau der Eingabe-Audiodatei",
        remove: "Audiodatei entfernen",
        add: "Audiodatei hinzufügen",
    },
    remove_entry: "Entfernen",
    remove_entry_named: |label| format!("{label} entfernen"),

    generate: "Erzeugen",
    submitting: "Wird gesendet…",
    needs_token: "Fügen Sie oben auf der Seite Ihr RunComfy-API-Token ein.",
    still_checking: |title| format!("{title}: wird noch geprüft."),

    copy_share_link: "Link zum Teilen kopieren",
    copy_curl: "Als cURL kopieren",
    show_curl: "Die Anfrage als cURL zeigen",
    link_copied_note: "Link zum Teilen kopiert.",
    copy_this_link: |link| format!("Kopieren Sie diesen Link: {link}"),
    link_leaves_out_image: "Das lokale Bild ist nicht im Link (zu groß): Teilen Sie stattdessen \
                            eine öffentliche Bild-URL.",
    curl_copied: "cURL-Befehl kopiert.",
    select_curl: "Markieren Sie den Befehl unten, um ihn zu kopieren.",

    export_history: "Verlauf exportieren",
    import_history: "Verlauf importieren",
    clear_history: "Verlauf löschen",
    clear_history_question: "Den ganzen Verlauf auf diesem Gerät löschen? Ergebnisse bleiben \
                             nur so lange auf RunComfy, wie RunComfy sie aufbewahrt.",
    history_cleared: "Verlauf gelöscht.",
    save_refused: "Der Browser hat das Speichern der Datei verweigert.",
    not_a_history: "Diese Datei ist kein Wan-2.2-Verlaufsexport.",
    imported_jobs: |n| match n {
        1 => "1 Job importiert.".to_owned(),
        _ => format!("{} Jobs importiert.", Lang::De.count(n)),
    },
    skipped_entries: |n| match n {
        1 => "1 beschädigter Eintrag übersprungen.".to_owned(),
        _ => format!("{} beschädigte Einträge übersprungen.", Lang::De.count(n)),
    },
    no_jobs: "Hier stehen frühere Jobs.",

    job: "Job ",
    job_submitted: |id| format!("Job {id} gesendet."),
    cancel: "Abbrechen",
    use_settings: "Diese Einstellungen übernehmen",
    settings_without_image: "Das Formular hat die Einstellungen dieses Jobs, aber sein lokales \
                             Bild wurde nicht aufbewahrt: Wählen Sie es erneut.",
    copy_seed: "Seed kopieren",
    run_same_seed: "Mit demselben Seed erneut starten",
    run_new_seed: "Mit neuem Seed erneut starten",
    run_same_seed_question: "Diesen Job mit demselben Seed erneut starten? RunComfy berechnet \
                             jeden Lauf.",
    run_new_seed_question: "Diesen Job mit einem neuen Seed erneut starten? RunComfy berechnet \
                            jeden Lauf.",
    rerun_hint: "Sendet diese Eingaben erneut; RunComfy berechnet jeden Lauf.",
    rerun_needs_token: "Fügen Sie zuerst oben auf der Seite Ihr API-Token ein.",
    delete: "Löschen",
    watch_needs_token: "API-Token einfügen, um weiter zu verfolgen",
    watch_token_rejected: "RunComfy hat das Token abgelehnt: ein gültiges einfügen, um weiter \
                           zu verfolgen",
    reconnecting: "Verbindung wird wiederhergestellt…",
    done_mark: "✓ Fertig",
    ended_mark: "✗ Beendet",

    generated_image: "Erzeugtes Bild",
    output_expired: "Dieses Ergebnis lädt nicht mehr: RunComfy bewahrt Ausgaben nur begrenzte \
                     Zeit auf, und diese ist wahrscheinlich abgelaufen.",
    download: "Herunterladen",
    open_in_tab: "In neuem Tab öffnen",
    copy_link: "Link kopieren",
    link_copied: "Link kopiert",

    // One job per image.
    queue_heading: |n| format!("{} Bilder, je ein Job", Lang::De.count(n)),
    add_images: "Bilder hinzufügen",
    remove_all_images: "Alle Bilder entfernen",
    several_images_help: "Mehrere Bilder auf einmal (wählen, ziehen oder einfügen) ergeben je \
                          einen Job.",
    no_valid_image: |title| format!("{title}: Keines der Bilder kann gesendet werden."),
    invalid_images: "Diese Bilder können nicht gesendet werden:",
    skip_and_send: "Auslassen und senden",
    keep_images: "Alle Bilder behalten",
    batch_summary: |images, n, sent, waiting, not_sent| {
        let c = |x| Lang::De.count(x);
        let (i, j) = (
            if images == 1 { "Bild" } else { "Bilder" },
            if n == 1 { "Job" } else { "Jobs" },
        );
        let mut line = format!("{} {i}, {} {j}: {} gesendet", c(images), c(n), c(sent));
        if waiting > 0 {
            line.push_str(&format!(", {} wartend", c(waiting)));
        }
        if not_sent > 0 {
            line.push_str(&format!(", {} nicht gesendet", c(not_sent)));
        }
        line
    },
    job_image: "Das Bild dieses Jobs",
    files_not_kept: |n| match n {
        1 => "1 Job wurde nicht gesendet, und sein lokales Bild war zu groß, um das Neuladen \
              zu überstehen: Geben Sie das Bild erneut an und klicken Sie auf „Erzeugen“."
            .to_owned(),
        n => format!(
            "{} Jobs wurden nicht gesendet, und ihre lokalen Bilder waren zu groß, um das \
             Neuladen zu überstehen: Geben Sie die Bilder erneut an und klicken Sie auf \
             „Erzeugen“.",
            Lang::De.count(n)
        ),
    },
    // Extend from a frame.
    frame_picker: "Ab einem Bild fortsetzen",
    frame_back: "Bild zurück",
    frame_forward: "Bild vor",
    last_frame: "Letztes Bild",
    use_this_frame: "Dieses Bild verwenden",
    frame_position: |frame, secs| format!("Bild {frame} · {secs} s"),
    frame_help: "Anhalten oder zum Bild springen, ab dem es weitergehen soll: Es wird das \
                 Bild des nächsten Jobs, mit denselben Einstellungen.",
    taking_frame: "Bild wird übernommen…",
    frame_taken: |secs, job| {
        format!(
            "Das Bild bei {secs} s aus Job {job} ist das Bild des nächsten Jobs: Prompt \
             anpassen, dann „Erzeugen“."
        )
    },
    frame_label: |secs, job| format!("Bild bei {secs} s aus Job {job}"),
    frame_cors_refused: "Der Server, der dieses Video speichert, lässt den Browser es nicht \
                         lesen (kein CORS), daher können seine Bilder hier nicht übernommen \
                         werden. Laden Sie das Video herunter und wählen Sie dann die \
                         heruntergeladene Datei: Ihre Bilder funktionieren genauso.",
    download_video: "Video herunterladen",
    choose_downloaded_video: "Heruntergeladenes Video wählen",
    frame_fetch_failed: |status| {
        format!(
            "Das Video konnte nicht heruntergeladen werden (HTTP {status}): Seine Bilder \
             können nicht übernommen werden."
        )
    },
    frame_unreadable: "Der Browser konnte kein Bild aus diesem Video lesen.",
    continues_job: |job, secs| format!("Setzt Job {job} ab seinem Bild bei {secs} s fort"),
    chain_part: |part, of| format!("Clip {part} von {of} einer Kette"),
    play_chain: "Kette abspielen",
    download_chain: "Der Reihe nach herunterladen",
    chain_clip: |part, of| format!("Kette, Clip {part} von {of}"),
    chain_fetching: |part, of| format!("Clip {part} von {of} wird geladen…"),
    chain_saved: |count| format!("{count} Clips der Reihe nach gespeichert."),
    chain_cors_refused: "Der Server, der diese Clips speichert, lässt den Browser sie nicht \
                         lesen (kein CORS), daher können sie hier nicht gespeichert werden. \
                         Öffnen Sie sie in dieser Reihenfolge und speichern Sie jeden:",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every plain sentence of a table, for the checks below.
    fn plain(t: &Texts) -> Vec<&'static str> {
        vec![
            t.language,
            t.inputs_heading,
            t.current_heading,
            t.result_placeholder,
            t.open_settings,
            t.close,
            t.fix_in_settings,
            t.filled_from_link,
            t.settings_heading,
            t.token_placeholder,
            t.show,
            t.hide,
            t.token_help,
            t.remember_token,
            t.forget_token,
            t.reset,
            t.api_base_help,
            t.proxy_recipe,
            t.use_site_proxy,
            t.welcome_token,
            t.welcome_where,
            t.welcome_stays,
            t.use_token,
            t.notify_ask,
            t.notify_on,
            t.notify_help,
            t.storage_damaged,
            t.storage_file_too_large,
            t.storage_unavailable,
            t.form_is_for,
            t.models_used,
            t.built_in,
            t.other_model,
            t.input_schema,
            t.input_schema_help,
            t.variations,
            t.variations_help,
            t.cancel_all_queued,
            t.resend_question,
            t.keep_seed,
            t.search_models,
            t.category,
            t.all_categories,
            t.no_models_found,
            t.loading_models,
            t.catalog_needs_token,
            t.load_schema,
            t.use_model,
            t.random,
            t.random_seed_hint,
            t.seed_help,
            t.image_help,
            t.media_help,
            t.choose_file,
            t.pasted_file,
            t.fitted,
            t.within_limits,
            t.too_small_note,
            t.fit_to_limits,
            t.remove_entry,
            t.generate,
            t.submitting,
            t.needs_token,
            t.copy_share_link,
            t.copy_curl,
            t.show_curl,
            t.link_copied_note,
            t.link_leaves_out_image,
            t.curl_copied,
            t.select_curl,
            t.export_history,
            t.import_history,
            t.clear_history,
            t.clear_history_question,
            t.history_cleared,
            t.save_refused,
            t.not_a_history,
            t.no_jobs,
            t.cancel,
            t.use_settings,
            t.settings_without_image,
            t.copy_seed,
            t.run_same_seed,
            t.run_new_seed,
            t.run_same_seed_question,
            t.run_new_seed_question,
            t.rerun_hint,
            t.rerun_needs_token,
            t.delete,
            t.watch_needs_token,
            t.watch_token_rejected,
            t.reconnecting,
            t.done_mark,
            t.ended_mark,
            t.generated_image,
            t.output_expired,
            t.download,
            t.open_in_tab,
            t.copy_link,
            t.link_copied,
            t.add_images,
            t.remove_all_images,
            t.several_images_help,
            t.invalid_images,
            t.skip_and_send,
            t.keep_images,
            t.job_image,
            t.frame_picker,
            t.frame_back,
            t.frame_forward,
            t.last_frame,
            t.use_this_frame,
            t.frame_help,
            t.taking_frame,
            t.frame_cors_refused,
            t.download_video,
            t.choose_downloaded_video,
            t.frame_unreadable,
            t.play_chain,
            t.download_chain,
            t.chain_cors_refused,
        ]
        .into_iter()
        .chain(
            MediaType::ALL
                .iter()
                .flat_map(|kind| kind_plain(t.of(*kind))),
        )
        .collect()
    }

    /// Every sentence of one kind's field.
    fn kind_plain(k: &KindTexts) -> [&'static str; 7] {
        [
            k.placeholder,
            k.choose_local,
            k.local,
            k.checking,
            k.preview,
            k.remove,
            k.add,
        ]
    }

    #[test]
    fn the_sentences_of_media_fields_read_as_german() {
        for kind in MediaType::ALL {
            let (en, de) = (kind_plain(EN.of(kind)), kind_plain(DE.of(kind)));
            for (en, de) in en.into_iter().zip(de) {
                crate::i18n::german::assert_german(de, en);
            }
        }
        for (en, de) in [
            (EN.media_help, DE.media_help),
            (EN.pasted_file, DE.pasted_file),
            (EN.storage_file_too_large, DE.storage_file_too_large),
            (EN.remove_entry, DE.remove_entry),
        ] {
            crate::i18n::german::assert_german(de, en);
        }
        assert_eq!((EN.remove_entry_named)("Clips 2"), "Remove Clips 2");
        assert_eq!((DE.remove_entry_named)("Clips 2"), "Clips 2 entfernen");
        assert_eq!(EN.of(MediaType::Audio).add, "Add audio file");
        assert_eq!(DE.of(MediaType::Video).add, "Video hinzufügen");
    }

    #[test]
    fn german_translates_every_sentence_that_is_not_a_shared_word() {
        let (en, de) = (plain(&EN), plain(&DE));
        assert_eq!(en.len(), de.len());
        for (en, de) in en.into_iter().zip(de) {
            assert_ne!(en, de, "untranslated: {en}");
            assert!(!de.trim().is_empty());
        }
        // Words German shares with English stay shared, on purpose.
        assert_eq!((DE.token_chip)("abcd"), (EN.token_chip)("abcd"));
        assert_eq!(DE.job, EN.job);
    }

    #[test]
    fn set_sentences() {
        assert_eq!(
            (EN.set_summary)(4, 2, 1, 1),
            "4 variations: 2 sent, 1 waiting, 1 not sent"
        );
        assert_eq!((EN.set_summary)(3, 3, 0, 0), "3 variations: 3 sent");
        assert_eq!(
            (DE.set_summary)(3, 1, 2, 0),
            "3 Varianten: 1 gesendet, 2 wartend"
        );
        assert_eq!((EN.send_not_sent)(1), "Send the one not sent");
        assert_eq!((DE.send_not_sent)(2), "Die 2 nicht gesendeten senden");
        assert_eq!(
            (EN.set_waits)(7),
            "RunComfy asked to slow down: the rest of the set waits 7 s."
        );
    }

    #[test]
    fn one_job_per_image_sentences() {
        // After skipping all but one image.
        assert_eq!((EN.batch_summary)(1, 1, 1, 0, 0), "1 image, 1 job: 1 sent");
        assert_eq!(
            (DE.batch_summary)(1, 2, 0, 2, 0),
            "1 Bild, 2 Jobs: 0 gesendet, 2 wartend"
        );
        assert_eq!((EN.queue_heading)(3), "3 images, one job each");
        assert_eq!((DE.queue_heading)(3), "3 Bilder, je ein Job");
        assert_eq!(
            (EN.batch_summary)(3, 6, 4, 1, 1),
            "3 images, 6 jobs: 4 sent, 1 waiting, 1 not sent"
        );
        assert_eq!(
            (DE.batch_summary)(2, 2, 2, 0, 0),
            "2 Bilder, 2 Jobs: 2 gesendet"
        );
        assert_eq!(
            (EN.no_valid_image)("Image"),
            "Image: none of the images can be sent."
        );
        for (en, de) in [
            (EN.several_images_help, DE.several_images_help),
            (EN.invalid_images, DE.invalid_images),
            (EN.skip_and_send, DE.skip_and_send),
            (EN.keep_images, DE.keep_images),
            (EN.job_image, DE.job_image),
        ] {
            crate::i18n::german::assert_german(de, en);
        }
        crate::i18n::german::assert_german(
            &(DE.no_valid_image)("Bild"),
            &(EN.no_valid_image)("Image"),
        );
    }

    #[test]
    fn frame_and_chain_sentences() {
        assert_eq!((EN.frame_position)(48, "1.98"), "Frame 48 · 1.98 s");
        assert_eq!((DE.frame_position)(48, "1,98"), "Bild 48 · 1,98 s");
        assert_eq!(
            (EN.continues_job)("1a2b3c4d", "4.99"),
            "Continues job 1a2b3c4d from its frame at 4.99 s"
        );
        assert_eq!((DE.chain_part)(2, 3), "Clip 2 von 3 einer Kette");
        assert_eq!((EN.chain_clip)(1, 2), "Chain, clip 1 of 2");
        assert!((DE.frame_fetch_failed)(404).contains("HTTP 404"));
        assert_eq!(
            (EN.frame_label)("1.98", "1a2b3c4d"),
            "Frame at 1.98 s of job 1a2b3c4d"
        );
        for (en, de) in [
            (EN.frame_cors_refused, DE.frame_cors_refused),
            (EN.frame_help, DE.frame_help),
            (EN.chain_cors_refused, DE.chain_cors_refused),
        ] {
            crate::i18n::german::assert_german(de, en);
        }
    }

    #[test]
    fn catalog_and_cost_sentences() {
        assert_eq!((EN.more_models)(8, 1200), "More models (8 of 1,200 shown)");
        assert_eq!(
            (DE.more_models)(8, 1200),
            "Weitere Modelle (8 von 1.200 angezeigt)"
        );
        assert_eq!((EN.per_run)("$0.04"), "$0.04/run");
        assert_eq!((DE.per_run)("0,04 $"), "0,04 $/Lauf");
        assert_eq!((EN.job_cost)("$0.40"), "Cost $0.40");
        assert!((DE.total_cost)("1,20 $").ends_with("1,20 $"));
        assert!((DE.catalog_failed)("x").starts_with("Die Modelle von RunComfy"));
    }

    #[test]
    fn sentences_with_values_put_them_in() {
        assert_eq!((DE.still_checking)("Bild"), "Bild: wird noch geprüft.");
        assert_eq!((EN.still_checking)("Image"), "Image: still being checked.");
        assert_eq!((DE.imported_jobs)(1), "1 Job importiert.");
        assert_eq!((DE.imported_jobs)(1200), "1.200 Jobs importiert.");
        assert_eq!((EN.imported_jobs)(2), "Imported 2 jobs.");
        assert_eq!((EN.skipped_entries)(1), "1 damaged entry skipped.");
        assert_eq!(
            (DE.skipped_entries)(3),
            "3 beschädigte Einträge übersprungen."
        );
        assert_eq!((DE.job_submitted)("abc"), "Job abc gesendet.");
        assert_eq!((DE.up_to_characters)(2000), "Bis zu 2.000 Zeichen.");
        assert_eq!((EN.up_to_characters)(2000), "Up to 2,000 characters.");
        assert!((DE.copy_this_link)("https://x/#i").ends_with("https://x/#i"));
        assert_eq!((DE.slider_of)("CFG"), "CFG (Schieberegler)");
        assert_eq!((EN.slider_of)("CFG"), "CFG slider");
    }
}
