//! The Leptos side of the shell, shared by the flow and booking bundles: the language and the
//! settings as context, the one page frame (the HTML of [`super::frame`], put in place as it
//! is), and the loading and retry cards.

use super::browser;
use super::frame::{self, FrameView, LANG_BUTTON_CLASS};
use crate::domain::common::language::Lang;
use crate::domain::common::routes;
use crate::domain::common::settings::Settings;
use crate::text::Strings;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The language chosen by the user, shared by every component.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangCtx>().0
}

/// Runtime settings, shared through context.
#[derive(Clone, Copy)]
pub struct SettingsCtx {
    pub settings: RwSignal<Option<Arc<Settings>>>,
    /// The settings file is missing or malformed: the page shows a clear error screen.
    pub broken: RwSignal<bool>,
}

pub fn use_settings() -> SettingsCtx {
    expect_context::<SettingsCtx>()
}

/// Language (remembered on the device), settings (loaded once) and embedding, provided as
/// context for a bundle's screens. Call once, at the top of the bundle's component.
pub fn provide_shell() -> (RwSignal<Lang>, SettingsCtx) {
    let lang = RwSignal::new(browser::stored_lang().unwrap_or_default());
    provide_context(LangCtx(lang));
    Effect::new(move |_| browser::apply_lang(lang.get()));
    let settings = SettingsCtx {
        settings: RwSignal::new(None),
        broken: RwSignal::new(false),
    };
    provide_context(settings);
    super::fetch::settings_then(move |parsed| match parsed {
        Some(s) => settings.settings.set(Some(s)),
        None => settings.broken.set(true),
    });
    super::embed::start(move || {
        settings
            .settings
            .get_untracked()
            .map(|s| s.embed_origins.clone())
    });
    (lang, settings)
}

/// The page frame around a bundle's screens: skip link, header with the language button,
/// `<main>`, footer. A broken `settings.json` replaces the screen with its error.
#[component]
pub fn Frame(
    /// The line under the app's name, for this page.
    tagline: fn(Lang) -> &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let lang = use_lang();
    let settings = use_settings();
    let embedded = browser::is_embedded();
    let home = routes::start_href(&browser::site_root());
    let top = move || {
        let l = lang.get();
        frame::top(&FrameView {
            lang: l,
            home: &home,
            tagline: tagline(l),
            embedded,
        })
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(&format!(".{LANG_BUTTON_CLASS}")).ok().flatten())
            .is_some();
        if on_button {
            let next = if lang.get_untracked() == Lang::Id {
                Lang::En
            } else {
                Lang::Id
            };
            lang.set(next);
            browser::store_lang(next);
            // The button was drawn anew in the other language: keep the keyboard on it.
            browser::focus(".frame-top .lang");
        }
    };
    view! {
        <div class="frame-top" inner_html=top on:click=on_click></div>
        <main id="main" tabindex="-1">
            {move || {
                if settings.broken.get() {
                    view! { <div inner_html=frame::settings_broken(lang.get())></div> }.into_any()
                } else {
                    children().into_any()
                }
            }}
        </main>
        <div class="frame-bottom" inner_html=move || frame::bottom(lang.get())></div>
    }
}

/// "An address this page does not know", with a link to the start screen.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        browser::set_title(Strings::get(l).not_found_title, l);
        view! { <div inner_html=frame::not_found(l, &routes::start_href(&browser::site_root()))></div> }
    }
}

/// A card that says something is loading.
pub fn loading(text: &'static str) -> impl IntoView {
    view! { <p class="card loading" role="status">{text}</p> }
}

/// A card that says a load failed, with a button to try again.
pub fn load_failed(
    title: &'static str,
    retry: &'static str,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="card" role="alert">
            <h1 tabindex="-1" class="focus-target">{title}</h1>
            <p><button type="button" class="button" on:click=move |_| on_retry()>{retry}</button></p>
        </section>
    }
}
