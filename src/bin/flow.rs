//! The flow bundle (`masalah/index.html`): walking one troubleshooting flow.
#[cfg(target_arch = "wasm32")]
fn main() {
    // No console_error_panic_hook: its message formatting costs wasm bytes every visitor loads.
    pendamping::ui::flow::mount_flow();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This binary is the flow page of the web app: build it with `make run` (Trunk, wasm32)."
    );
    std::process::exit(2);
}
