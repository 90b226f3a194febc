//! Entry point: mount the app on `<body>`.

fn main() {
    leptos::mount::mount_to_body(wan_i2v::components::App);
}
