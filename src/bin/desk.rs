//! The help point desk (`petugas/index.html`): officers sign in, see their queue with each case,
//! check people in, book walk-ins. Nothing of it is in the citizen's bundles.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    pendamping::ui::desk::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the help point desk of the web app: build it with scripts/build.sh (Trunk, wasm32).");
    std::process::exit(2);
}
