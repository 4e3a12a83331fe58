//! Fetching data files next to `index.html`: runtime settings, one problem flow at a time,
//! and the channel list. Each file is fetched once per page load and kept in memory.

use crate::domain::content::{Channels, Problem};
use crate::domain::settings::Settings;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

thread_local! {
    static PROBLEMS: RefCell<HashMap<String, Arc<Problem>>> = RefCell::new(HashMap::new());
    static CHANNELS: RefCell<Option<Arc<Channels>>> = const { RefCell::new(None) };
}

pub use crate::web::fetch::{fetch_text, LoadError};

/// A flow already fetched during this visit, if any.
pub fn cached_problem(id: &str) -> Option<Arc<Problem>> {
    PROBLEMS.with(|m| m.borrow().get(id).cloned())
}

pub fn cached_channels() -> Option<Arc<Channels>> {
    CHANNELS.with(|c| c.borrow().clone())
}

/// Load one problem's flow (`content/problems/<id>.json`).
pub async fn problem(id: String) -> Result<Arc<Problem>, LoadError> {
    if let Some(p) = PROBLEMS.with(|m| m.borrow().get(&id).cloned()) {
        return Ok(p);
    }
    // Ids come from the URL: only ever ask for a known, safe file name.
    if crate::domain::triage::problem(&id).is_none() {
        return Err(LoadError::NotFound);
    }
    let text = fetch_text(&format!(
        "{}/content/problems/{id}.json",
        crate::web::browser::site_root()
    ))
    .await?;
    let p: Problem = crate::domain::json::decode(&text).ok_or(LoadError::Malformed)?;
    let p = Arc::new(p);
    PROBLEMS.with(|m| m.borrow_mut().insert(id, p.clone()));
    Ok(p)
}

/// Load the official channels (`content/channels.json`).
pub async fn channels() -> Result<Arc<Channels>, LoadError> {
    if let Some(c) = CHANNELS.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let text = fetch_text(&format!(
        "{}/content/channels.json",
        crate::web::browser::site_root()
    ))
    .await?;
    let c: Channels = crate::domain::json::decode(&text).ok_or(LoadError::Malformed)?;
    let c = Arc::new(c);
    CHANNELS.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// Runtime settings, shared through context.
#[derive(Clone, Copy)]
pub struct SettingsCtx {
    pub settings: RwSignal<Option<Arc<Settings>>>,
    /// The settings file is missing or malformed: the app shows a clear error screen.
    pub broken: RwSignal<bool>,
}

pub fn use_settings() -> SettingsCtx {
    expect_context::<SettingsCtx>()
}

/// Start loading `settings.json` and provide it as context. The start screen does not
/// wait for it; only a broken file replaces the screen.
pub fn provide_settings() -> SettingsCtx {
    let ctx = SettingsCtx {
        settings: RwSignal::new(None),
        broken: RwSignal::new(false),
    };
    provide_context(ctx);
    leptos::task::spawn_local(async move {
        let parsed = match fetch_text(&format!(
            "{}/settings.json",
            crate::web::browser::site_root()
        ))
        .await
        {
            Ok(text) => Settings::parse(&text).ok(),
            Err(LoadError::Network) if !crate::web::browser::online() => return,
            Err(_) => None,
        };
        match parsed {
            Some(s) => ctx.settings.set(Some(Arc::new(s))),
            None => ctx.broken.set(true),
        }
    });
    ctx
}
