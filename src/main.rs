//! The start bundle (`index.html`): "Apa kendalamu?". See `src/start_web.rs`.
#[cfg(target_arch = "wasm32")]
fn main() {
    // No console_error_panic_hook here: its message formatting costs ~1 KB of the start
    // screen's first load. The flow and booking bundles keep it.
    pendamping::start_web::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app: build it with `make run` (Trunk, wasm32).");
    std::process::exit(2);
}
