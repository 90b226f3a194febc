# English, built into the app. Every other language file has exactly these messages and
# arguments (the host tests check it). A comment above a message says what it is for.


## The page

# The language switch's label.
language = Language
# The form's heading.
inputs_heading = Inputs
# The history's heading (every job but the current one).
jobs_heading = History
# The heading over the newest job and its result.
current_heading = Result
# What the current-job area says before the first job.
result_placeholder = Your job and its result appear here: fill in the inputs and press Generate.
# Opens the settings dialog.
open_settings = Settings
# Closes a dialog.
close = Close
# Opens the settings from an error that they can fix (token, API base).
fix_in_settings = Open settings
# The header chip once a token is set: "Token ✓ …abcd" (the token's last characters).
token_chip = Token ✓ …{ $end }
# The header chip for a token with a character no request can carry (its last characters).
token_chip_unsendable = Token ⚠ …{ $end }
# The form came from a share link.
filled_from_link = The form was filled from a shared link. Check it, then press Generate.

## Settings

# The settings' heading.
settings_heading = Settings
# The token field's label.
api_token = API token
# The token field's placeholder.
token_placeholder = Paste your RunComfy API token
# Shows the token.
show = Show
# Hides the token.
hide = Hide
# Where the token comes from and where it goes.
token_help = From your RunComfy profile. Sent only to the API base below, in the Authorization header.
# The opt-in to keep the token.
remember_token = Remember on this device
# Forgets the token.
forget_token = Forget token
# The API base field's label.
api_base = API base URL
# Resets the API base.
reset = Reset
# What to do when the browser blocks calls to RunComfy (CORS).
api_base_help = If the browser blocks calls to RunComfy (CORS), nothing was sent or billed: point this at a proxy on the same site that serves this page, which passes calls on to RunComfy.
# The link to the hosting recipe (a same-origin proxy).
proxy_recipe = How to host a proxy (README, Hosting)
# Points the API base at this site's own `/runcomfy` proxy.
use_site_proxy = Use this site's /runcomfy proxy
# The first visit's invitation, and the label of its token field.
welcome_token = Paste your RunComfy API token
# Where a token comes from.
welcome_where = You find it in your RunComfy account, under Profile.
# Where the token goes (and where it does not).
welcome_stays = It stays in this browser and goes only to the RunComfy API, in the Authorization header: never into a link, a log or the history.
# Folds the first visit's token field into the header chip.
use_token = Use this token
# Asks for notifications.
notify_ask = Notify me when a job finishes
# Notifications are allowed.
notify_on = Notifications on
# What the notification button does.
notify_help = When a job ends while this tab is in the background, the tab title changes; with notifications on, the system tells you too.
# Saved data could not be read.
storage_damaged = Some saved data on this device could not be read (damaged or from another version) and was skipped.
part_not_loaded = A part of the app could not be loaded. Check your connection, then reload the page: your inputs and jobs are kept.
# A local file does not fit in storage.
storage_file_too_large = A local file is too large to keep across reloads; it stays while this tab is open.
# Nothing can be saved.
storage_unavailable = This browser does not let the app save anything (storage full or disabled): it works, but forgets everything when the tab closes.
# The site's storage is full: what could not be saved (a list of the parts below).
storage_full = This site's storage on this device is full: { $what } could not be saved and would be lost when this tab closes.
# Frees space (how much) by deleting what is set aside and other models' remembered forms.
storage_free = Free { $size } (data set aside as unreadable, forms remembered for other models) and save again
storage_part_history = the job history
storage_part_sets = the sets
storage_part_models = the added models
storage_part_form = the form
storage_part_queue = the queue of images
storage_part_settings = the settings
# A local file could not be kept in the device's store: the space is full.
file_not_kept = This file is not kept on this device: the browser's space for this site is full. It stays while this tab is open.
# Deletes the oldest kept results to make room for this local file (how many, their size).
make_room_file = { $count ->
    [one] Delete the oldest kept result ({ $size }) and keep this file
   *[other] Delete the { $count } oldest kept results ({ $size }) and keep this file
}

## Model

# The model section's heading.
model_heading = Model
# The model picker's label.
model_picker = Model
# Before the current model id.
form_is_for = The form below is for{ " " }
# The group of models used (for screen readers).
models_used = Models used
# After the built-in model's id.
built_in = { " " }(built in)
# Opens the form for another model.
other_model = Use another RunComfy model
# The model id field's label.
model_id = Model id
# The schema field's label.
input_schema = Input schema (JSON)
# Where the schema comes from.
input_schema_help = The model's input schema from its RunComfy API page, in the same format: properties, required, validations.
# The catalog search's placeholder.
search_models = Search RunComfy's models by name
# The category filter's label.
category = Category
# The category filter's "no filter" choice.
all_categories = All categories
# Loads the next page of models: how many are shown, of how many.
more_models = More models ({ $shown } of { $total } shown)
# The search found nothing.
no_models_found = No RunComfy model matches this search.
# The catalog is being asked.
loading_models = Loading models…
# Browsing the catalog needs a token.
catalog_needs_token = Paste your API token to browse RunComfy's models. The built-in Wan 2.2 always works.
# The catalog could not be read (the reason follows).
catalog_failed = RunComfy's models could not be loaded. { $reason }
# A model's price in the list: per second.
per_second = { $usd }/s
# A model's price in the list: per run.
per_run = { $usd }/run
# What one job cost (after the run).
job_cost = Cost { $usd }
# What the listed jobs cost together.
total_cost = Cost of the jobs listed: { $usd }
# The variations field's label.
variations = Variations
# What the variations field does.
variations_help = Each variation is a job of its own, with a seed of its own.
# A set of variations: how many, sent, waiting, not sent.
set_summary = { $count } variations: { $sent } sent{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } waiting
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } not sent
}
# Cancels every queued job of a set and sends no more of it.
cancel_all_queued = Cancel all queued
# Sends the items of a set that were not sent.
send_not_sent = { $count ->
    [one] Send the one not sent
   *[other] Send the { $count } not sent
}
# Asked before sending again what may have started already.
resend_question = The page closed while a job of this set was being sent: RunComfy may have started it. Check your RunComfy requests. Send the jobs not sent anyway?
# RunComfy's rate limit holds the rest of a set for this many seconds.
set_waits = RunComfy asked to slow down: the rest of the set waits { $secs } s.
# Another tab of the site is sending this set: this tab sent nothing.
set_sent_elsewhere = Another tab of this site is sending this set: nothing of it was sent from here.
# Puts a job's seed into the form.
keep_seed = Keep this seed
# Loads the schema from a file.
load_schema = Load schema from file
# Switches to the model given.
use_model = Use this model

## Fields

# The seed's placeholder and button.
random = Random
# The seed button, for screen readers.
random_seed = Random seed
# The seed button's tooltip.
random_seed_hint = Fill in a random seed
# Help for a seed the schema leaves undescribed.
seed_help = Leave empty for a random seed chosen by RunComfy; the same seed with the same inputs repeats a result.
# Help for a long text the schema leaves undescribed (its character limit).
up_to_characters = Up to { $max } characters.
# The slider beside a number box, for screen readers (the field's title).
slider_of = { $title } slider

## Images, videos, audio files

# How to give an image.
image_help = Paste an HTTPS URL, or choose, drop or paste a local file. A public URL is preferred for large images; a local file is sent inside the request as a data: URI.
# How to give a video or audio file.
media_help = Paste an HTTPS URL, or choose, drop or paste a local file. A public URL is preferred for large files; a local file is sent inside the request as a data: URI.
# Opens the file picker.
choose_file = Choose file
# The label of a pasted file without a name.
pasted_file = Pasted file
# Marks a copy made by "Fit to limits".
fitted = fitted
# The file passes every check.
within_limits = ✓ Within the model's limits
# Why a too-small image is not fixed.
too_small_note = A too-small image cannot be fixed here: enlarging it would only blur it. Use a larger image.
# Scales down / flattens the image.
fit_to_limits = Fit to limits
fit_entry_named = Fit { $label } to the limits
# Image field: The sentences of a field taking one kind of file. The URL field's placeholder.
image_placeholder = https://… or drop / paste an image here
# Image field: The file picker, for screen readers.
image_choose_local = Choose a local image
# Image field: The label of a local file restored from the form.
image_local = Local image
# Image field: While the file is measured.
image_checking = Checking the image…
# Image field: The preview's accessible name.
image_preview = Preview of the input image
# Image field: Clears the field.
image_remove = Remove image
# Image field: Adds an entry to a list of them.
image_add = Add image
# Video field: The sentences of a field taking one kind of file. The URL field's placeholder.
video_placeholder = https://… or drop / paste a video here
# Video field: The file picker, for screen readers.
video_choose_local = Choose a local video
# Video field: The label of a local file restored from the form.
video_local = Local video
# Video field: While the file is measured.
video_checking = Checking the video…
# Video field: The preview's accessible name.
video_preview = Preview of the input video
# Video field: Clears the field.
video_remove = Remove video
# Video field: Adds an entry to a list of them.
video_add = Add video
# Audio field: The sentences of a field taking one kind of file. The URL field's placeholder.
audio_placeholder = https://… or drop / paste an audio file here
# Audio field: The file picker, for screen readers.
audio_choose_local = Choose a local audio file
# Audio field: The label of a local file restored from the form.
audio_local = Local audio file
# Audio field: While the file is measured.
audio_checking = Checking the audio file…
# Audio field: The preview's accessible name.
audio_preview = Preview of the input audio
# Audio field: Clears the field.
audio_remove = Remove audio file
# Audio field: Adds an entry to a list of them.
audio_add = Add audio file
# Removes one entry of a list, visibly.
remove_entry = Remove
# Removes one entry of a list, for screen readers (the entry's label).
remove_entry_named = Remove { $label }

## Generate

# Submits the form.
generate = Generate
# While the submit is under way.
submitting = Submitting…
# Generate waits for a token.
needs_token = Paste your RunComfy API token at the top of the page.
# Generate waits for a file check (the field's title).
still_checking = { $title }: still being checked.

## Share

# Copies the share link.
copy_share_link = Copy share link
# Copies the cURL command.
copy_curl = Copy as cURL
# Shows the cURL command.
show_curl = Show the request as cURL
# The link was copied.
link_copied_note = Share link copied.
# The clipboard refused; the link to copy by hand.
copy_this_link = Copy this link: { $link }
# The share link leaves out a local image.
link_leaves_out_image = The local image is not in the link (too large): share a public image URL instead.
# The cURL command was copied.
curl_copied = cURL command copied.
# The clipboard refused the cURL command.
select_curl = Select the command below to copy it.

## History

# Saves the history as a file.
export_history = Export history
# Loads a history file.
import_history = Import history
# Deletes the history.
clear_history = Clear history
# Asks before clearing the history.
clear_history_question = Clear the whole history on this device? Results stay on RunComfy only as long as RunComfy keeps them.
# The history was cleared.
history_cleared = History cleared.
# The browser would not save the export.
save_refused = The browser refused to save the file.
# The file picked is no history.
not_a_history = This file is not a Wan 2.2 history export.
# How many jobs an import added.
imported_jobs = { $count ->
    [one] Imported { $count } job.
   *[other] Imported { $count } jobs.
}
# How many entries an import skipped.
skipped_entries = { $count ->
    [one] { $count } damaged entry skipped.
   *[other] { $count } damaged entries skipped.
}
# The empty job list.
no_jobs = Earlier jobs are listed here.

## Jobs

# Before a job's short id.
job = Job{ " " }
# A job was accepted (its id).
job_submitted = Job { $id } submitted.
# Cancels a queued job.
cancel = Cancel
# Fills the form with a job's inputs.
use_settings = Use these settings
# The form has the job's inputs except a local image.
settings_without_image = The form has this job's settings, but its local image was not kept: choose it again.
# Copies a job's seed.
copy_seed = Copy seed
# Sends a job again with its seed.
run_same_seed = Run again with same seed
# Sends a job again with a new seed.
run_new_seed = Run again with new seed
# Asks before sending a job again with its seed.
run_same_seed_question = Run this job again with the same seed? RunComfy bills every run.
# Asks before sending a job again with a new seed.
run_new_seed_question = Run this job again with a new seed? RunComfy bills every run.
# What "run again" does.
rerun_hint = Sends these inputs again; RunComfy bills every run.
# "Run again" waits for a token.
rerun_needs_token = Paste your API token at the top of the page first.
# Removes a finished job.
delete = Delete
# Polling waits for a token.
watch_needs_token = paste your API token to keep watching
# Polling waits for a valid token.
watch_token_rejected = RunComfy rejected the token: paste a valid one to keep watching
# Polling retries after a transient error.
reconnecting = reconnecting…
# A background job ended well (title mark).
done_mark = ✓ Done
# A background job ended otherwise (title mark).
ended_mark = ✗ Ended

## Outputs

# An output image's alt text.
generated_image = Generated image
# An output URL no longer loads.
output_expired = This result no longer loads: RunComfy keeps outputs for a limited time, and this one has probably expired.
# An output is being downloaded into this device's store.
keeping_result = Keeping on this device…
# An output is kept on this device (its size).
kept_on_device = Kept on this device ({ $size }): plays offline and after RunComfy's copy expires.
# An output could not be kept: its host refused the page or did not answer.
not_kept_refused = Not kept on this device: its host does not let this page download it (or did not answer). Use Download to save it.
# An output could not be kept: its host no longer has it.
not_kept_gone = Not kept on this device: RunComfy no longer has this file.
# An output could not be kept: larger than the cap.
not_kept_too_large = Not kept on this device: it is larger than { $size }. Use Download to save it.
# An output could not be kept: the browser's space for this site is full.
not_kept_full = Not kept on this device: the browser's space for this site is full. Use Download to save it.
# Deletes the oldest kept results to make room for this one (how many, their size).
make_room = { $count ->
    [one] Delete the oldest kept result ({ $size }) and keep this one
   *[other] Delete the { $count } oldest kept results ({ $size }) and keep this one
}
# An output could not be kept: this browser keeps nothing for the page.
not_kept_no_store = Not kept: this browser does not let the page keep files (a private window, or storage blocked for this site).
# An output the user deleted from this device.
deleted_from_device = Deleted from this device; RunComfy's copy plays while it has one.
# The heading of the gallery of everything kept on this device.
gallery_heading = On this device
# The gallery when nothing is kept.
gallery_empty = Nothing is kept on this device yet: finished results appear here.
# How many results are kept and their size (where the browser does not tell its space).
kept_count = { $count ->
    [one] { $count } result kept, { $size }.
   *[other] { $count } results kept, { $size }.
}
# Saves every kept result as one ZIP file.
download_all_zip = Download all (ZIP)
# While the ZIP is being made.
zipping = Making the ZIP…
# The kept results do not fit one ZIP file.
zip_too_large = Too much for one ZIP (over 4 GB, or more than 65,535 files): download the results one by one.
# A kept file could not be read for the ZIP.
zip_failed = The ZIP could not be made: a kept file could not be read.
# A kept result whose job is no longer in the history.
not_in_history = Not in the history
# Shows more of a long history (how many more, how many are not shown).
show_more_jobs = Show { $count } more ({ $hidden } not shown)
# The setting that keeps finished results on this device.
keep_results = Keep finished results on this device
# What keeping results does.
keep_results_help = Each finished video, image and audio is downloaded once into this browser's storage, so your history plays it offline and after RunComfy deletes its copy (after about 7 days).
# How much the kept results take, and the browser's space for the site.
kept_space = { $count ->
    [one] { $count } result kept, { $size }. This site uses { $used } of { $quota } the browser allows.
   *[other] { $count } results kept, { $size }. This site uses { $used } of { $quota } the browser allows.
}
# Downloads an output.
download = Download
# Opens an output in a new tab.
open_in_tab = Open in new tab
# Copies an output's URL.
copy_link = Copy link
# The output's URL was copied.
link_copied = Link copied

## API errors

# 401: the token was refused.
api_unauthorized = RunComfy did not accept the API token: it is missing, wrong or expired. Paste a valid token from your RunComfy profile.
# 403: the token may not use this model.
api_forbidden = This token is not allowed to use this model (permission denied).
# 402: the balance is too low.
api_insufficient_balance = Your RunComfy balance is too low to run this job. Top up your account, then try again.
# 404: unknown model or request.
api_not_found = RunComfy does not know this model or request. It may have expired (results are kept for a limited time).
# 429 with Retry-After (seconds).
api_rate_limited_for = Too many requests: RunComfy is rate limiting. Wait { $secs } s and try again.
# 429 without Retry-After.
api_rate_limited = Too many requests: RunComfy is rate limiting. Wait a moment and try again.
# 5xx (the HTTP status, as digits).
api_unavailable = RunComfy is unavailable right now (HTTP { $status }). Nothing is lost: try again in a moment.
# HTTP 200 with error_code (the code) and a message (as given).
api_error_in_body_said = RunComfy reported an error (code { $code }): { $message }
# HTTP 200 with error_code (the code), without a message.
api_error_in_body = RunComfy reported an error (code { $code }).
# An answer that is not the expected JSON (the HTTP status).
api_malformed = RunComfy answered with something that is not the expected JSON (HTTP { $status }).
# Network failure or CORS.
api_network = Could not reach the API. Either you are offline, or the browser blocked the request (CORS): the API base URL must allow this page's origin. Try the same-origin proxy in Settings → API base URL.
# No answer in time.
api_timeout = The API did not answer in time. If this was a submit, the job may still have started: check your RunComfy requests before you try again.
# Any other status (as digits).
api_unexpected = Unexpected answer from RunComfy (HTTP { $status }).
# An API error, then what the server said (quoted as given).
api_with_server = { $base } (RunComfy: { $message })
# 422: the start of the rejection; the complaints follow.
api_invalid = RunComfy rejected the inputs:
# 422 without details.
api_invalid_schema = they do not match the model's schema.

## Kinds of files

# The word for images, by how many (the number is written before it).
image_noun = { $count ->
    [one] image
   *[other] images
}
# The word for videos, by how many.
video_noun = { $count ->
    [one] video
   *[other] videos
}
# The word for audio files, by how many.
audio_noun = { $count ->
    [one] audio file
   *[other] audio files
}
# The word for entries of a list that is not of files, by how many.
entry_noun = { $count ->
    [one] entry
   *[other] entries
}
# An image, as the object of a sentence.
image_with_article = an image
# A video, as the object of a sentence.
video_with_article = a video
# An audio file, as the object of a sentence.
audio_with_article = an audio file

## Fields

# A required field is empty (the field's title).
field_required = { $title } is required.
# A text is longer than its limit (title, its length, the limit).
field_too_long = { $title } is { $len } characters long; the limit is { $max }.
# A field takes whole numbers only.
field_not_integer = { $title } must be a whole number.
# A field takes numbers only.
field_not_number = { $title } must be a number.
# A number out of its range.
field_between = { $title } must be between { $min } and { $max }.
# A number below its minimum.
field_at_least = { $title } must be at least { $min }.
# A number above its maximum.
field_at_most = { $title } must be at most { $max }.
# A number out of a range the schema does not say.
field_out_of_range = { $title } is out of range.
# A value that is not one of the choices.
field_not_in_enum = { $title } must be one of the offered choices.
# A list written as JSON that cannot be read (its title).
field_not_a_list = { $title } is written as a JSON list that cannot be read (broken, or nested too deep). Write one entry per line, or a valid JSON list.
# A list with too few entries (title, the minimum, the word for that many entries).
field_too_few_items = { $title }: add at least { $min } { $noun }.
# A list with too many entries (title, the maximum, the word for that many, how many to remove).
field_too_many_items = { $title }: at most { $max } { $noun }; remove { $extra }.

## Images, videos, audio files: problems

# An image format the model does not take (its name, e.g. GIF).
image_unsupported_format = { $format } images are not supported. Use JPEG, PNG (no alpha), BMP or WEBP.
# A transparent PNG.
image_alpha_png = This PNG has transparency (an alpha channel), which the model does not accept. Use “Fit to limits” to flatten it on white, or save it without transparency.
# A local audio file over what one upload can carry (its size, the cap in MiB).
audio_too_large_to_upload = This local audio file is { $size }; one sent from this device can be at most { $cap } MiB. Put it at a public https:// URL and paste that instead.
# A local video over what one upload can carry (its size, the cap in MiB).
video_too_large_to_upload = This local video is { $size }; one sent from this device can be at most { $cap } MiB. Put it at a public https:// URL and paste that instead.
# The local files of a request over what one request can carry (their size, the cap in MiB).
request_too_large = The local files of this request come to { $size }; one request can carry at most { $cap } MiB. Put some of them at public https:// URLs and paste those instead.

## Images: what is wrong, what to know

# The image field is empty.
image_empty = Enter an image URL or choose a file.
# The file is no image the browser can decode.
image_not_an_image = This is not an image (or the browser cannot decode it). Use a JPEG, PNG, BMP or WEBP file.
# An http address on this machine.
note_local_http = A local http address works for testing only: RunComfy cannot fetch it.
# The host does not let the browser read the file.
note_bytes_hidden = This host does not let the browser read the file, so its size and format could not be checked here; RunComfy checks them when the job starts.
# The browser cannot play the file.
note_unplayable = This browser cannot play the file, so its length and picture size could not be checked here; RunComfy reads it when the job starts.

## Images, videos, audio files: addresses

# Not a web address (the kind of file: image, video or audio).
media_invalid_url = This is not a valid web address. It should look like https://example.com/{ $kind ->
        [video] clip.mp4
        [audio] sound.mp3
       *[image] picture.jpg
    }.
# An address that is not https:// (the kind of file).
media_not_https = The { $kind ->
        [video] video
        [audio] audio
       *[image] image
    } URL must start with https:// — RunComfy only fetches public HTTPS addresses.
# The address could not be loaded (the kind of file).
media_unreachable = The { $kind ->
        [video] video
        [audio] audio file
       *[image] image
    } could not be loaded from this URL: the host is unreachable, too slow, or the address is wrong.
# The address answered with an HTTP error (the kind of file, the status).
media_http_status = { $kind ->
    [video] The video URL answered with HTTP { $status }, so there is no video to use. Check that the address is public and still valid.
    [audio] The audio URL answered with HTTP { $status }, so there is no audio file to use. Check that the address is public and still valid.
   *[image] The image URL answered with HTTP { $status }, so there is no image to use. Check that the address is public and still valid.
}
# The browser could not read a local file.
media_unreadable = The browser could not read this file.
# A local file chosen before is no longer on this device (the kind of file).
media_local_file_gone = { $kind ->
        [video] The local video
        [audio] The local audio file
       *[image] The local image
    } chosen before is no longer on this device (the browser may have cleared its storage): choose it again.

## Images, videos, audio files: formats

# A file format as the object of a sentence (the kind of file, the format's name such as WAV).
described_format = { $kind ->
    [video] a { $name } video
    [audio] a { $name } audio file
   *[image] a { $name } image
}
# The same, for a name read with a vowel sound first (English says "an MP4"); languages without such a rule repeat described_format.
described_format_vowel = { $kind ->
    [video] an { $name } video
    [audio] an { $name } audio file
   *[image] an { $name } image
}
# A file of another kind than the field takes (what it is, what the field takes, both from the messages above).
kind_mismatch = This file is { $found }, but this field takes { $expected }.
# A file whose first bytes are no format the app knows (the kind the field takes).
unrecognised_file = This file is not { $kind ->
        [video] a video this app recognises (MP4, MOV, WebM, MKV, AVI or OGV)
        [audio] an audio file this app recognises (WAV, MP3, OGG, FLAC, M4A or AAC)
       *[image] an image this app recognises (JPEG, PNG, BMP or WEBP)
    }.

## Sets of jobs and models

# Generate pressed again with the same inputs within two seconds.
repeat_refused = Not sent again: these exact inputs were sent a moment ago. Press Generate once more to run them a second time.
# A model id that is not owner/model/task.
model_bad_id = A model id looks like owner/model/task (letters, digits, '.', '_' and '-', separated by '/').
# A schema that cannot be used (why, from the schema messages).
model_bad_schema = This input schema cannot be used: { $reason }. The current model stays selected.
# A catalog model without an input schema.
model_no_schema = RunComfy lists this model without an input schema, so no form can be made for it. The current model stays selected; paste the schema below to use it.

## Prices

# The price of one run (an amount of dollars).
price_per_run = { $rate } per run
# The price of a run of the form's duration (the amount, the seconds).
price_for_seconds = ≈ { $price } for { $seconds } s
# A price per second when the duration is a word such as "auto".
price_per_second_duration = { $rate }/s (duration { $duration })
# A price without a unit.
price_base = Base price { $rate }
# A price per a unit RunComfy names (as given, e.g. "frame").
price_per_unit = { $rate } per { $unit }
# The price of one job, times the jobs of a set, and the total.
price_times_jobs = { $one } × { $jobs } jobs = { $total }
# What the estimate rests on.
price_note = RunComfy's base rate; options such as the resolution may change the price.

## Schemas

# A schema without properties.
schema_no_properties = The schema has no properties.
# A reason below, as a sentence of its own.
schema_sentence = { $reason }.
# The schema is no JSON (serde_json's description, in English, with its position).
schema_not_json = The schema is not valid JSON: { $detail }
# The schema has the wrong shape (the same kind of description).
schema_wrong_shape = The schema has the wrong shape: { $detail }
# The schema lacks "properties" (a clause, no final period).
schema_no_properties_object = The schema has no "properties" object
# The schema has no properties (a clause, no final period).
schema_no_properties_clause = it has no properties
# A property that is not an object (its name; a clause).
schema_property_not_object = Property "{ $name }" is not an object
# Where serde_json found a problem (its text, the line, the column).
json_at = { $text } at line { $line } column { $column }
# An image wider than a schema limit without a message of its own (pixels).
rule_width_at_most = The image width must not exceed { $px } pixels.
# An image taller than the limit.
rule_height_at_most = The image height must not exceed { $px } pixels.
# An image narrower than the limit.
rule_width_at_least = The image width must be at least { $px } pixels.
# An image less tall than the limit.
rule_height_at_least = The image height must be at least { $px } pixels.
# A file over the size limit (megabytes).
rule_file_size_below = File size must be less than { $mb } MB.
# An image too tall for the ratio limit.
rule_aspect_at_least = The image is too tall: its width must be at least { $ratio } times its height.
# An image too wide for the ratio limit.
rule_aspect_at_most = The image is too wide: its width must be at most { $ratio } times its height.
# A limit the app does not know (its rule and value as the schema gives them).
rule_unknown = The input must satisfy “{ $rule } { $px }”.

## Job phases

# How long a job has been running (whole seconds).
seconds = { $secs } s
# A job waits in the queue (its place).
phase_queued_at = Queued — position { $position }
# A job waits in the queue (place unknown).
phase_queued = Queued
# A job runs.
phase_running = Running
# A job has ended well.
phase_done = Done
# A job has failed (why).
phase_failed = Failed: { $reason }
# A job was cancelled.
phase_cancelled = Cancelled
# A status the app does not know (as RunComfy gave it).
phase_unknown = Status: { $status }
# RunComfy said the job failed, without a reason.
failure_no_reason = The job failed.
# RunComfy said the job succeeded, without an output.
failure_no_output = The job finished but returned no output.
# A cancel is on its way.
cancel_sending = Cancelling…
# RunComfy accepted a cancel.
cancel_requested = Cancellation requested…
# A cancel came too late.
cancel_too_late = Already running: it can no longer be cancelled.
# A cancel failed (why).
cancel_refused = Could not cancel: { $reason }

## Languages

# A language's file could not be loaded, so the app is in English (the language's own name).
language_failed = { $language } could not be loaded, so the app is shown in English.

## One job per image

# Over a queue of images: how many, one job each.
queue_heading = { $count ->
    [one] { $count } image, one job
   *[other] { $count } images, one job each
}
# Adds more images to a queue.
add_images = Add images
# Empties a queue of images.
remove_all_images = Remove all images
# How to get one job per image (after the image field's help).
several_images_help = Several images at once (choose, drop or paste them) give one job each.
# No image of a queue can be sent (the field's title).
no_valid_image = { $title }: none of the images can be sent.
# Over the invalid images listed before Generate leaves them out.
invalid_images = These images cannot be sent:
# Leaves out the invalid images and sends the rest.
skip_and_send = Skip them and send
# Keeps the queue as it is and sends nothing.
keep_images = Keep all images
# A batch of images: how many images and jobs, sent, waiting, not sent.
batch_summary = { $images ->
    [one] { $images } image
   *[other] { $images } images
}, { $count ->
    [one] { $count } job
   *[other] { $count } jobs
}: { $sent } sent{ $waiting ->
    [0] { "" }
   *[other] , { $waiting } waiting
}{ $not_sent ->
    [0] { "" }
   *[other] , { $not_sent } not sent
}
# A job card's image, in a batch.
job_image = The image of this job
# Jobs of a set not sent whose local images storage could not keep (how many).
files_not_kept = { $count ->
    [one] { $count } job was not sent, and its local image was too large to keep across the reload: give the image again and press Generate.
   *[other] { $count } jobs were not sent, and their local images were too large to keep across the reload: give the images again and press Generate.
}
# Before sending a batch with invalid images: how many are left out, how many jobs go.
skip_question = Skip { $invalid } invalid { $invalid ->
        [one] image
       *[other] images
    } and send { $jobs } { $jobs ->
        [one] job
       *[other] jobs
    }?

## Extend from a frame

# Opens a card's other actions, side by side in a set.
more_actions = More
# The frame picker's group name.
frame_picker = Continue from a frame
# Steps one frame back.
frame_back = Frame back
# Steps one frame forward.
frame_forward = Frame forward
# Shows the last frame.
last_frame = Last frame
# Takes the frame shown as the image of the next job.
use_this_frame = Use this frame
# With a model that takes an end frame: this frame as both the start and the end (a loop).
use_frame_as_loop = Loop: start and end with this frame
# Which frame is shown: its number (from 1) and its time (seconds, written already).
frame_position = Frame { $frame } · { $secs } s
# What "Use this frame" does.
frame_help = Pause or step to the frame to continue from: it becomes the image of the next job, with the same settings.
# While the frame is taken.
taking_frame = Taking the frame…
# The frame is in the form: its time (seconds) and the job it came from.
frame_taken = The frame at { $secs } s of job { $job } is the image of the next job: edit the prompt, then Generate.
# The label of the taken frame in the image field: its time and the job.
frame_label = Frame at { $secs } s of job { $job }
# The video's host refuses CORS: what works instead.
frame_cors_refused = The server that stores this video does not let the browser read it (no CORS), so its frames cannot be taken here. Download the video, then choose the downloaded file: its frames work the same way.
# Downloads the video (the first step of the way around CORS).
download_video = Download the video
# Chooses the downloaded video (the second step).
choose_downloaded_video = Choose the downloaded video
# The video could not be downloaded (its HTTP status).
frame_fetch_failed = The video could not be downloaded (HTTP { $status }): its frames cannot be taken.
# The browser could not read a frame of the video (or the chosen file is no video).
frame_unreadable = The browser could not read a frame of this video.
# The job's card: which job it continues, from which moment (seconds).
continues_job = Continues job { $job } from its frame at { $secs } s
# Where a clip stands in its chain.
chain_part = Clip { $part } of { $of } of a chain
# Plays the clips of the chain back to back.
play_chain = Play chain
# Downloads the clips of the chain in order.
download_chain = Download in order
# Joins the chain's clips into one MP4 without re-encoding.
film_download = Download as one video
# The joined video was saved (how many clips, its length).
film_saved = Saved { $count } clips as one video ({ $secs } s), joined without re-encoding.
# A clip (its place in the chain) is not an MP4 the app can join.
film_unreadable = Clip { $n } is not an MP4 that can be joined here (another format, or damaged). Use Download in order instead.
film_other_tracks = Clip { $n } has other tracks than the first clip (sound where it has none, or none where it has): it cannot join without re-encoding.
film_other_settings = Clip { $n } was made with other video or sound settings than the first clip (picture size, profile, sample rate): it cannot join without re-encoding.
film_too_few = At least two clips are needed to make one video.
# Joins the others, without this clip.
film_leave_out = Leave clip { $n } out and join the rest
# A video dropped on the page carried the settings of its clips; the form took the last one's.
film_restored = { $count ->
    [one] { $name } carries the settings it was made with: they are in the form.
   *[other] { $name } carries the settings of its { $count } clips: the form holds the last one's.
}
# The dropped video was made with a model (its id) that could not be opened.
film_other_model = { $name } was made with { $model }, which could not be opened here (a model from the catalog needs your token): choose it, then drop the file again.
film_no_settings = { $name } carries no settings of this app. To use it as an input, drop it onto a video field.
# Variations side by side: one button plays (or pauses) every video at once, in step.
compare_play = Play all together
compare_pause = Pause all
# The slider that moves every video of the set to the same moment.
compare_position = Position of every video
# The chain player's name, and which clip plays.
chain_clip = Chain, clip { $part } of { $of }
# While the clips are fetched (before any is saved).
chain_fetching = Fetching clip { $part } of { $of }…
# Every clip was saved (how many).
chain_saved = { $count ->
    [one] { $count } clip saved in order.
   *[other] { $count } clips saved in order.
}
# The clips' host refuses CORS: the links to open in order.
chain_cors_refused = The server that stores these clips does not let the browser read them (no CORS), so they cannot be saved from here. Open them in this order and save each:

## Hostile and clumsy input

# Under the token field: a character no request can carry (the character, its position from 1).
token_bad_character = The token has a character that cannot be sent: { $found } at position { $position }. Copy the token again from your RunComfy profile.
# A request was not sent: the token holds such a character (its position from 1).
api_token_unsendable = Nothing was sent: character { $position } of the API token cannot travel in a request. Paste the token again in Settings.
# A local file of the form is gone from the device: nothing was sent.
api_local_file_missing = Nothing was sent: a local file of this request is no longer on this device (the browser may have cleared its storage). Choose the file again.
# Under Generate while a large request is on its way (its size, the seconds it is given).
sending_upload = Sending { $size }: on a slow connection this may take up to { $secs } s. Keep this tab open.
# A job whose last check got an answer that says nothing sure (the answer, as a sentence).
phase_unconfirmed = Not confirmed: { $reason } Check again to see where it stands.
# Checks an unconfirmed job again.
check_again = Check again
# Settings, in a browser without system notifications.
notify_unsupported = This browser has no system notifications here (on an iPhone, add the page to the home screen first). When a job ends in the background, the tab title still changes.
# A frame could not be taken: the video is larger than the app reads (the size).
frame_too_large = This video is larger than { $size }: it is not loaded to take a frame from it.
# An image on the web is larger than the model's (or the app's) limit (the size): reading stopped.
image_too_large_to_read = This image is larger than { $size }, so it was not loaded to the end. Use a smaller file, or one the model's limit allows.

## Bridges and sending onward

# Beside the list of image inputs a frame can go into.
frame_into = Put the frame into
# Beside the list of other clips a bridge can lead into.
bridge_to = Bridge to
# Starts a bridge from this clip's last frame to the chosen clip's first.
bridge_button = Bridge: this clip's last frame to that clip's first
# Under the bridge.
bridge_help = The new clip starts on this clip's last frame and ends on the chosen clip's first; in the chain it plays between the two.
# A bridge is ready in the form (the two jobs).
bridge_taken = From the last frame of job { $from } to the first of job { $to }: edit the prompt, then Generate.
# On a bridge's card (the two jobs).
bridges_jobs = Bridges job { $from } to job { $to }
# A job in a list (its short id).
job_named = Job { $job }
# Under an output: send it to another model.
use_as_input = Use as input of…
# While the catalog is asked.
onward_finding = Finding the models that take this…
# No model takes this kind of file (the kind, with its article).
onward_none = No model of the catalog takes { $kind }.
# Beside the list of models.
onward_model = Model
# Uses the chosen model.
onward_use = Use
# The output is in another model's form (the job, the model).
onward_done = The output of job { $job } is now an input of { $model }: check the form, then Generate.
# On a job's card: the job whose output it was given.
made_from_job = Made from the output of job { $job }
# In the gallery: joins the videos ticked, in the order shown (how many are ticked).
join_selected = { $count ->
    [one] Join the selected videos as one ({ $count } selected)
   *[other] Join the selected videos as one ({ $count } selected)
}
# In the gallery, beside a video: ticks it for one video.
select_for_film = Select for one video
# Side by side: shows the first two videos over each other, a line between them.
compare_wipe = Wipe between the first two
# The wipe's slider.
wipe_position = Where the wipe divides the two videos
# Beside "Download as one video": a continuing clip starts on the frame the one before ends on.
film_drop_seams = Show the repeated frame at each seam once
# The bar while the clips are fetched.
film_progress = Clips fetched

## Money

# The spend view's heading.
spend_heading = Spend
# Its totals.
spend_today = Today
spend_week = This week
spend_month = This month
# A total with jobs whose cost is not known (the known sum, how many are not known).
spend_with_unknown = { $usd } + { $count ->
    [one] { $count } job of unknown cost
   *[other] { $count } jobs of unknown cost
}
# The chart's name for screen readers.
spend_chart = Spent per day, the last two weeks
# The table's name for screen readers.
spend_by_model = This month by model
# Saves every counted job as a CSV file.
spend_export = Export as CSV

# The token chip's balance, for screen readers and as a tooltip.
balance_label = Balance
# Asks RunComfy for the balance again.
balance_refresh = Refresh
# Before the balance was asked (or without a token).
balance_unknown = Not known yet
# The balance could not be read from this page: the browser blocked it (no CORS).
balance_blocked = This page cannot read your RunComfy balance: the browser blocked the call (CORS). Jobs are not affected. The hosting recipe's proxy carries the balance too.
# Under Generate: the press costs more than what is left in the account.
balance_over = This press (≈ { $press }) costs more than your balance ({ $balance }): RunComfy refuses what the account cannot cover.
# Settings: the spending limit's field, its period and help.
budget_label = Spending limit (US dollars)
budget_per_day = per day
budget_per_month = per month
budget_help = Generate asks before a press that would pass it, and a set of jobs stops sending at it. It counts the costs RunComfy reported and, until they are known, the price estimates. Empty: no limit.
# Generate asks: spent in the period + this press = total, against the limit.
budget_passes_day = Spent today { $spent } + this press { $press } = { $total }: over your limit of { $limit } a day.
budget_passes_month = Spent this month { $spent } + this press { $press } = { $total }: over your limit of { $limit } a month.
# The answers.
budget_send_all = Send anyway
budget_send_fitting = { $count ->
    [one] Send { $count } job, within the limit
   *[other] Send { $count } jobs, within the limit
}
budget_dont_send = Don't send
# A set stopped at the limit (spent, limit, jobs left unsent).
set_budget_reached = Stopped at your spending limit ({ $spent } of { $limit }): { $left ->
    [one] { $left } job not sent.
   *[other] { $left } jobs not sent.
}
# Said to screen readers when a set stops at the limit.
budget_stopped = Stopped at your spending limit.
