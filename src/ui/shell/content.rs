//! The content files next to `index.html`, for every bundle that reads them (the flow bundle,
//! the booking bundle re-walking a trail, the desk naming steps): one problem flow at a time,
//! and the channel list. Each file is fetched once per page and kept in memory.

use super::fetch::{fetch_text, LoadError};
use crate::domain::common::json::{decode, FromJson};
use crate::domain::common::routes;
use crate::domain::flow::content::{Channels, Problem};
use crate::domain::flow::services::{self, Service};
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// The flows fetched so far: a page needs a few, so a list is enough.
    static PROBLEMS: RefCell<Vec<Arc<Problem>>> = const { RefCell::new(Vec::new()) };
    static CHANNELS: RefCell<Option<Arc<Channels>>> = const { RefCell::new(None) };
}

/// A flow already fetched during this visit, if any.
pub fn cached_problem(id: &str) -> Option<Arc<Problem>> {
    PROBLEMS.with(|m| m.borrow().iter().find(|p| p.id == id).cloned())
}

pub fn cached_channels() -> Option<Arc<Channels>> {
    CHANNELS.with(|c| c.borrow().clone())
}

/// Fetch a content file and decode it.
async fn content<T: FromJson>(url: &str) -> Result<T, LoadError> {
    let text = fetch_text(url).await?;
    decode(&text).ok_or(LoadError::Malformed)
}

/// Load one problem's flow (`content/problems/<id>.json`). Ids come from addresses and the
/// store: anything that is not a safe file name is not found, without a request.
pub async fn problem(id: &str) -> Result<Arc<Problem>, LoadError> {
    if let Some(p) = cached_problem(id) {
        return Ok(p);
    }
    if !routes::is_problem_id(id) {
        return Err(LoadError::NotFound);
    }
    let url = routes::problem_file(&super::browser::site_root(), id);
    let p: Arc<Problem> = Arc::new(content(&url).await?);
    // A file that names another problem is not this one.
    if p.id != id {
        return Err(LoadError::Malformed);
    }
    PROBLEMS.with(|m| m.borrow_mut().push(p.clone()));
    Ok(p)
}

/// Load the services people confuse with Prakerja (`content/other-services.json`).
pub async fn other_services() -> Result<Vec<Service>, LoadError> {
    let url = routes::other_services_file(&super::browser::site_root());
    let text = fetch_text(&url).await?;
    services::parse(&text).ok_or(LoadError::Malformed)
}

/// Load the official channels (`content/channels.json`).
pub async fn channels() -> Result<Arc<Channels>, LoadError> {
    if let Some(c) = cached_channels() {
        return Ok(c);
    }
    let url = routes::channels_file(&super::browser::site_root());
    let c: Arc<Channels> = Arc::new(content(&url).await?);
    CHANNELS.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}
