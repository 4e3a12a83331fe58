//! The Leptos interface of the flow bundle (`masalah/`): walking a flow, browsing by stage or
//! by message. Components stay thin: every rule lives in `crate::domain`. (The start screen is
//! `crate::ui::start::page` + `crate::ui::start::web`, without a framework, for the first-load budget.)
//!
//! Screens are rendered as one reactive closure per screen over plain strings, instead of one
//! closure per text, which keeps the wasm small.

mod browse;
mod page;
pub(crate) mod load;
mod nav;
mod outcome;

use crate::domain::common::language::Lang;
use crate::domain::common::routes::{parse_fragment, Screen};
use crate::text::schema::Strings;
pub(crate) use crate::ui::shell::{browser, embed};
use leptos::prelude::*;

pub use browser::base_path;
pub use nav::href;

/// The language chosen by the user, shared by every component.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangCtx>().0
}

/// Mount the flow bundle (`masalah/index.html`): walking one flow.
pub fn mount_flow() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(FlowApp);
}

/// Language, settings and the page frame of the flow bundle; `main` shows `screen`.
fn shell(screen: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let lang = RwSignal::new(browser::stored_lang().unwrap_or_default());
    provide_context(LangCtx(lang));
    Effect::new(move |_| browser::apply_lang(lang.get()));
    let settings = load::provide_settings();
    embed::start(move || {
        settings
            .settings
            .get_untracked()
            .map(|s| s.embed_origins.clone())
    });
    let embedded = browser::is_embedded();
    view! {
        <a class="skip" href="#main">{move || Strings::get(lang.get()).skip_to_content}</a>
        {move || {
            let s = Strings::get(lang.get());
            if embedded {
                view! { <div class="embed-bar"><LangSwitch/></div> }.into_any()
            } else {
                view! {
                    <header class="site-header">
                        <a class="brand" href=href("/")>
                            <span class="brand-name">{s.app_name}</span>
                            <span class="brand-tag">{s.app_tagline}</span>
                        </a>
                        <LangSwitch/>
                    </header>
                }.into_any()
            }
        }}
        <main id="main" tabindex="-1">
            {move || {
                if settings.broken.get() {
                    let s = Strings::get(lang.get());
                    return view! {
                        <section class="card error-screen" role="alert">
                            <h1>{s.settings_error_title}</h1>
                            <p>{s.settings_error_body}</p>
                        </section>
                    }.into_any();
                }
                screen()
            }}
        </main>
        <footer class="site-footer">
            <p>{move || Strings::get(lang.get()).footer}</p>
        </footer>
    }
}

/// The flow bundle: the screen is the URL fragment, `#/<problem-id>/<trail>` for a flow,
/// `#/tahap/<stage>` and `#/pilih-pesan` for browsing.
#[component]
pub fn FlowApp() -> impl IntoView {
    let hash = RwSignal::new(window().location().hash().unwrap_or_default());
    window_event_listener(leptos::ev::hashchange, move |_| {
        hash.set(window().location().hash().unwrap_or_default());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    Effect::new(move |prev: Option<String>| {
        let h = hash.get();
        if prev.is_some() {
            browser::focus_heading();
        }
        h
    });
    shell(move || match parse_fragment(&hash.get()) {
        Some(Screen::Flow { id, trail }) => view! { <page::FlowPage id trail/> }.into_any(),
        Some(Screen::Stage(stage)) => view! { <browse::StagePage stage/> }.into_any(),
        Some(Screen::Messages) => view! { <browse::MessagesPage/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    })
}

/// Switches between Indonesian and English; remembered on the device.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let s = Strings::get(l);
        view! {
            <button
                type="button"
                class="lang"
                lang=if l == Lang::Id { "en" } else { "id" }
                aria-label=s.other_language_aria
                on:click=move |_| {
                    let next = if l == Lang::Id { Lang::En } else { Lang::Id };
                    lang.set(next);
                    browser::store_lang(next);
                }
            >
                {s.other_language}
            </button>
        }
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let lang = use_lang();
    move || {
        let s = Strings::get(lang.get());
        browser::set_title(s.not_found_title);
        view! {
            <section class="card">
                <h1 tabindex="-1" class="focus-target">{s.not_found_title}</h1>
                <p>{s.not_found_body}</p>
                <p><a class="button" href=href("/")>{s.home}</a></p>
            </section>
        }
    }
}
