//! The Leptos interface. Components stay thin: every rule lives in `crate::domain`.

mod browser;
mod flow;
mod load;
mod outcome;
mod start;

use crate::domain::i18n::Lang;
use crate::domain::strings::Strings;
use leptos::prelude::*;
use leptos_router::{components::*, path};

pub use browser::base_path;

/// The language chosen by the user, shared by every component.
#[derive(Clone, Copy)]
pub struct LangCtx(pub RwSignal<Lang>);

/// Interface strings in the current language.
pub fn use_strings() -> impl Fn() -> &'static Strings + Copy {
    let lang = expect_context::<LangCtx>().0;
    move || Strings::get(lang.get())
}

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangCtx>().0
}

/// Mount the app into `<body>`, replacing the static loading note.
pub fn mount() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(browser::stored_lang().unwrap_or_default());
    provide_context(LangCtx(lang));
    Effect::new(move |_| browser::apply_lang(lang.get()));
    let settings = load::provide_settings();
    let s = use_strings();
    let embedded = browser::is_embedded();

    view! {
        <Router base=base_path()>
        <a class="skip" href="#main">{move || s().skip_to_content}</a>
        <Show when=move || !embedded>
            <Header/>
        </Show>
        <Show when=move || embedded>
            <div class="embed-bar"><LangSwitch/></div>
        </Show>
        <main id="main" tabindex="-1">
            <Show
                when=move || !settings.broken.get()
                fallback=move || view! {
                    <section class="card error-screen" role="alert">
                        <h1>{move || s().settings_error_title}</h1>
                        <p>{move || s().settings_error_body}</p>
                    </section>
                }
            >
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=start::StartPage/>
                        <Route path=path!("/tahap/:stage") view=start::StagePage/>
                        <Route path=path!("/pilih-pesan") view=start::MessagesPage/>
                        <Route path=path!("/masalah/:id/:trail?") view=flow::FlowPage/>
                    </Routes>
            </Show>
        </main>
        <footer class="site-footer">
            <p>{move || s().footer}</p>
        </footer>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let s = use_strings();
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-name">{move || s().app_name}</span>
                <span class="brand-tag">{move || s().app_tagline}</span>
            </A>
            <LangSwitch/>
        </header>
    }
}

/// Switches between Indonesian and English; remembered on the device.
#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let s = use_strings();
    view! {
        <button
            type="button"
            class="lang"
            lang=move || if lang.get() == Lang::Id { "en" } else { "id" }
            aria-label=move || s().other_language_aria
            on:click=move |_| {
                let next = if lang.get_untracked() == Lang::Id { Lang::En } else { Lang::Id };
                lang.set(next);
                browser::store_lang(next);
            }
        >
            {move || s().other_language}
        </button>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let s = use_strings();
    browser::set_title(move || s().not_found_title.to_owned());
    view! {
        <section class="card">
            <h1 tabindex="-1" class="focus-target">{move || s().not_found_title}</h1>
            <p>{move || s().not_found_body}</p>
            <p><A href="/" attr:class="button">{move || s().home}</A></p>
        </section>
    }
}
