//! What every bundle shares in the browser, without a UI framework: the page frame, storage and
//! document helpers, the address bar, embedding in the provincial site, fetching, and the staff pages' idle clock.

pub mod booking_page;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod frame;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod idle;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod page;
pub mod problem_page;
pub mod step;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod usage;
