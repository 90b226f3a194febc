//! Entry point: mount the app on `<body>`, in place of the static shell of `index.html`.

fn main() {
    leptos::mount::mount_to_body(wan_i2v::components::App);
    // The shell was painted before the wasm arrived; the app, just mounted, replaces it in
    // the same task, so no frame shows both.
    if let Some(shell) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("shell"))
    {
        shell.remove();
    }
}
