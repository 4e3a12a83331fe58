//! The booking bundle (`jadwal/index.html`): booking in-person help after self-help failed,
//! and managing a booking.

/// The start bundle's small free-list allocator (see `src/main.rs`): ~6 KB less code than the
/// default in a bundle that allocates little (a few short lists and one form).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: this wasm module runs on one thread only (no threads, no atomics target feature).
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    // No console_error_panic_hook: its message formatting costs wasm bytes every visitor loads.
    pendamping::ui::booking::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the booking page of the web app: build it with scripts/build.sh (Trunk, wasm32).");
    std::process::exit(2);
}
