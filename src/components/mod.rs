//! Leptos components: the shell that renders what the core decides. A component takes
//! what it shows from [`AppState`](crate::state::AppState) and hands work to `services`.

mod app;
mod balance_view;
pub(crate) mod budget_confirm;
mod budget_field;
mod chain_view;
pub(crate) mod current_job;
mod dropped_film;
mod fields;
mod frame_picker;
mod gallery;
pub(crate) mod generate_bar;
pub(crate) mod image_queue;
mod job_card;
pub(crate) mod job_list;
mod kept_space;
mod language_select;
mod media_input;
pub(crate) mod media_list;
pub(crate) mod media_status;
mod media_view;
pub(crate) mod model_panel;
mod model_picker;
mod model_search;
mod onward_picker;
mod proxy_offer;
mod schema_form;
mod set_panel;
pub(crate) mod settings_dialog;
pub(crate) mod share_bar;
pub(crate) mod skip_confirm;
mod spend_view;
mod storage_full;
mod synced_play;
pub(crate) mod text;
mod token_input;
mod token_welcome;

pub use app::App;
pub use media_input::MediaInput;
pub use schema_form::SchemaForm;
