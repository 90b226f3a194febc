//! Services: the app's long-running work (submitting and watching jobs, checking
//! input files, the catalog, the language files), off the components.

use crate::split::split;
use crate::state::AppState;

pub mod balance;
pub mod budget;
pub mod catalog;
pub mod extend;
pub mod film_drop;
pub mod image_queue;
pub mod jobs;
pub mod kept_results;
pub mod language;
pub mod media_check;
pub mod onward;
pub mod tabs;

split! {
    /// Once the app has mounted, in the second module: the jobs and sets kept on this
    /// device, the jobs still running watched again, a restored queue of images checked
    /// again, the prices learnt, the finished results kept.
    pub fn resume(state: AppState) -> () {
        // Where `make bench` starts the clock of "200 jobs restored".
        crate::browser::page::mark("wan-restore");
        state.restore_kept();
        tabs::start(state);
        jobs::resume_all(state);
        jobs::recheck_on_base_change(state);
        image_queue::check_restored(state);
        catalog::learn_prices(state);
        kept_results::start(state);
        film_drop::start(state);
        balance::start(state);
        budget::start(state);
        Ok(())
    }
}
