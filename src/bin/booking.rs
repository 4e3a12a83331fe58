//! The booking bundle (`jadwal/index.html`): booking in-person help after self-help failed,
//! and managing a booking.
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    pendamping::ui::booking::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the booking page of the web app: build it with scripts/build.sh (Trunk, wasm32).");
    std::process::exit(2);
}
