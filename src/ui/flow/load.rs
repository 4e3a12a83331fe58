//! Fetching the content files next to `index.html`: one problem flow at a time, and the
//! channel list. Each file is fetched once per page load and kept in memory.

use crate::domain::flow::content::{Channels, Problem};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

thread_local! {
    static PROBLEMS: RefCell<HashMap<String, Arc<Problem>>> = RefCell::new(HashMap::new());
    static CHANNELS: RefCell<Option<Arc<Channels>>> = const { RefCell::new(None) };
}

pub use crate::ui::shell::fetch::{fetch_text, LoadError};

/// A flow already fetched during this visit, if any.
pub fn cached_problem(id: &str) -> Option<Arc<Problem>> {
    PROBLEMS.with(|m| m.borrow().get(id).cloned())
}

pub fn cached_channels() -> Option<Arc<Channels>> {
    CHANNELS.with(|c| c.borrow().clone())
}

/// Fetch a content file below the site root and decode it.
async fn content<T: crate::domain::common::json::FromJson>(path: &str) -> Result<T, LoadError> {
    let text = fetch_text(&format!(
        "{}/{path}",
        crate::ui::shell::browser::site_root()
    ))
    .await?;
    crate::domain::common::json::decode(&text).ok_or(LoadError::Malformed)
}

/// Load one problem's flow (`content/problems/<id>.json`).
pub async fn problem(id: String) -> Result<Arc<Problem>, LoadError> {
    if let Some(p) = cached_problem(&id) {
        return Ok(p);
    }
    // Ids come from the URL: only ever ask for a known, safe file name.
    if crate::domain::flow::triage::problem(&id).is_none() {
        return Err(LoadError::NotFound);
    }
    let p: Arc<Problem> = Arc::new(content(&format!("content/problems/{id}.json")).await?);
    PROBLEMS.with(|m| m.borrow_mut().insert(id, p.clone()));
    Ok(p)
}

/// Load the official channels (`content/channels.json`).
pub async fn channels() -> Result<Arc<Channels>, LoadError> {
    if let Some(c) = cached_channels() {
        return Ok(c);
    }
    let c: Arc<Channels> = Arc::new(content("content/channels.json").await?);
    CHANNELS.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}
