//! The call centres' page (`telepon/index.html`): an agent walks a caller through the flows and
//! books for them. Nothing of it is in the citizen's bundles.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    pendamping::ui::call::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the call centres' page of the web app: build it with scripts/build.sh (Trunk, wasm32).");
    std::process::exit(2);
}
