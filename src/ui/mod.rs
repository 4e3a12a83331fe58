//! Everything that runs in the browser. `start` renders natively too (the pre-rendered start
//! screen); the rest is wasm32 only.

pub mod shell;
pub mod start;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod booking;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod call;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod desk;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod flow;
