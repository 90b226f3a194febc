//! Leptos components: the shell that renders what the core decides. A component takes
//! what it shows from [`AppState`](crate::state::AppState) and hands work to `services`.

mod app;
mod chain_view;
mod current_job;
mod fields;
mod frame_picker;
mod generate_bar;
mod image_queue;
mod job_card;
mod job_list;
mod media_input;
mod media_list;
mod media_view;
mod model_panel;
mod model_picker;
mod model_search;
mod schema_form;
mod set_panel;
mod settings_dialog;
mod share_bar;
mod skip_confirm;
mod text;
mod token_welcome;

pub use app::App;
pub use media_input::MediaInput;
pub use schema_form::SchemaForm;
