use leptos::prelude::*;

use super::text::text;
use crate::api::site_proxy_base;
use crate::state::AppState;

/// Where the browser cannot reach RunComfy itself (CORS): "Use this site's /runcomfy proxy"
/// (titled with its address, where this site has one) and the link to the README's recipe
/// for one, with `children` (more buttons) at the end of the row.
#[component]
pub fn ProxyOffer(
    /// Once the proxy is the API base its button is left out; otherwise it is disabled.
    #[prop(optional)]
    hide_when_used: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let state = AppState::get();
    let button = site_proxy_base().map(|base| {
        // A memo: the button is built again only when the proxy becomes (or stops being) the
        // base, not at every change of another setting.
        let used = Memo::new({
            let base = base.clone();
            move |_| state.settings.with(|s| s.api_base == base)
        });
        move || {
            (!(hide_when_used && used.get())).then(|| {
                let base = base.clone();
                view! {
                    <button type="button" class="secondary" title=base.clone()
                        disabled=used
                        on:click=move |_| state.settings.update(|s| s.api_base = base.clone())>
                        {text(|t| t.use_site_proxy())}
                    </button>
                }
            })
        }
    });
    view! {
        <p class="input-row">
            {button}
            <a href="./README.md" target="_blank" rel="noopener">{text(|t| t.proxy_recipe())}</a>
            {children.map(|children| children())}
        </p>
    }
}
