//! The start bundle (`index.html`): "Apa kendalamu?". See `src/ui/start/web.rs`.
/// A small free-list allocator (sorted, coalescing; single-threaded, as wasm here is). The start
/// screen allocates little: the search index once, then a few strings per keystroke.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: this wasm module runs on one thread only (no threads, no atomics target feature).
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    // No console_error_panic_hook here: its message formatting costs ~1 KB of the start
    // screen's first load. Only the desk keeps it.
    pendamping::ui::start::web::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app: build it with `make run` (Trunk, wasm32).");
    std::process::exit(2);
}
