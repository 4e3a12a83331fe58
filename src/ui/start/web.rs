//! The start bundle (`index.html`) in the browser: "Apa kendalamu?" without a UI framework.
//!
//! The screen is already in the page (pre-rendered at build time, see [`crate::ui::start::page`]),
//! so people read it and type while this loads. Once running, this module renders the same
//! markup again whenever the language, the settings or the address call for it, and the
//! suggestions on every keystroke. What was typed, the focus and the caret survive every
//! re-render. Events are handled once, on the start screen's element.
//!
//! Old addresses of the start bundle (`/tahap/<stage>`, `/pilih-pesan`, `/masalah/<id>`) are
//! sent on to the flow bundle, where those screens live.

use crate::domain::common::language::Lang;
use crate::domain::common::routes::{self, moved_to, strip_base, Route};
use crate::domain::common::settings::Settings;
use crate::domain::common::table;
use crate::domain::flow::services::Brief;
use crate::domain::flow::triage;
use crate::ui::shell::browser::{self, document, window};
use crate::ui::shell::embed;
use crate::ui::shell::fetch::{fetch_text_then, settings_then};
use crate::ui::start::page::{self, Reply, Screen, View};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct State {
    block: web_sys::Element,
    lang: Lang,
    /// Start or not found; the settings error screen once `settings.json` proves broken.
    screen: Screen,
    settings: Option<std::sync::Arc<Settings>>,
    /// The files fetched only when needed ([`Later`], `page::Fetched`): `None` until asked
    /// for, then `Some(None)` until they arrive (or for good, when they cannot: the screen
    /// shows its answer without them).
    later: [Option<Option<String>>; 2],
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> Option<R> {
    STATE.with(|s| s.borrow_mut().as_mut().map(f))
}

/// Start the start bundle on `index.html`'s pre-rendered screen (or a fresh element at the
/// end of `<body>` if the page has none).
pub fn mount() {
    let pathname = window().location().pathname().unwrap_or_default();
    let route = match Route::parse(strip_base(&pathname, &browser::base_path())) {
        // A problem the catalogue does not have has no page to send anyone to.
        Route::Flow { id, .. } if crate::domain::flow::triage::problem(&id).is_none() => {
            Route::NotFound
        }
        r => r,
    };
    let lang = browser::stored_lang().unwrap_or_default();
    if let Some(to) = moved_to(&browser::site_root(), &route, lang) {
        let _ = window().location().replace(&to);
        return;
    }
    let block = document()
        .get_element_by_id(page::BLOCK_ID)
        .unwrap_or_else(|| {
            let el = document().create_element("div").expect("a div");
            el.set_id(page::BLOCK_ID);
            if let Some(body) = document().body() {
                let _ = body.append_child(&el);
            }
            el
        });
    let screen = if route == Route::Start {
        Screen::Start
    } else {
        Screen::NotFound
    };
    mount_into(block, screen);
    load_settings();
    embed::start(|| {
        with_state(|s| s.settings.as_ref().map(|st| st.embed_origins.clone())).flatten()
    });
}

/// Render the start screen into `block` and handle its events. Also used by the component
/// tests, with a fresh element.
pub fn mount_into(block: web_sys::Element, screen: Screen) {
    let state = State {
        block: block.clone(),
        lang: browser::stored_lang().unwrap_or_default(),
        screen,
        settings: None,
        later: [None, None],
    };
    STATE.with(|s| *s.borrow_mut() = Some(state));
    listen(&block, "input", |ev| {
        if target_is_search_box(&ev) {
            show_suggestions();
        }
    });
    listen(&block, "submit", |ev| {
        ev.prevent_default();
        go_to_best_match();
    });
    listen(&block, "click", |ev| {
        let on_lang_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button.lang").ok().flatten())
            .is_some();
        if on_lang_button {
            switch_language();
        }
    });
    render();
    browser::remove_boot_note();
}

fn listen(el: &web_sys::Element, kind: &str, f: impl Fn(web_sys::Event) + 'static) {
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(f);
    let _ = el.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    cb.forget();
}

fn search_box() -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id("q")?.dyn_into().ok()
}

fn target_is_search_box(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.id() == "q")
}

/// Render the whole screen again, keeping what was typed and where the focus was.
fn render() {
    let typed = search_box().map(|q| (q.value(), q.selection_start().ok().flatten()));
    // The controls that keep the focus across a render: the search box and the language button.
    let focused = document().active_element().and_then(|el| {
        if el.id() == "q" {
            Some("#q")
        } else if el.class_list().contains("lang") {
            Some("button.lang")
        } else {
            None
        }
    });
    let root = browser::site_root();
    let _ = with_state(|s| {
        let resume = browser::last_position();
        let view = View {
            lang: s.lang,
            root: &root,
            embedded: browser::is_embedded(),
            screen: s.screen,
            programme_line: s
                .settings
                .as_ref()
                .and_then(|st| st.programme_line.as_ref())
                .map(|t| t.get(s.lang)),
            notices: s
                .settings
                .iter()
                .flat_map(|st| st.notices.iter())
                .map(|n| n.get(s.lang))
                .collect(),
            resume: resume
                .as_ref()
                .and_then(|(id, trail)| triage::problem(id).map(|p| (p, trail.as_str()))),
        };
        s.block.set_inner_html(&page::page(&view));
        document().set_title(&page::title(&view));
        browser::apply_lang(s.lang);
    });
    // The pre-rendered screen is Indonesian; people who chose English saw the loading note.
    if let Some(html) = document().document_element() {
        let _ = html.class_list().remove_1("pre-en");
    }
    if let Some(el) = focused
        .and_then(|sel| document().query_selector(sel).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
    if let (Some(q), Some((value, caret))) = (search_box(), typed) {
        q.set_value(&value);
        if let (Some("#q"), Some(c)) = (focused, caret) {
            let _ = q.set_selection_range(c, c);
        }
        if !value.is_empty() {
            show_suggestions();
        }
    }
}

fn show_suggestions() {
    let Some(q) = search_box() else {
        return;
    };
    let (query, root) = (q.value(), browser::site_root());
    let reply = page::reply(&query);
    let shown = with_state(|s| {
        // text about something else asks for the other services' answers, English
        // suggestions for their summaries; each once
        let want = match reply {
            Reply::Elsewhere => Some(Later::Services),
            Reply::Problems(_) if s.lang == Lang::En => Some(Later::SummariesEn),
            _ => None,
        };
        let ask = want.filter(|w| s.later[*w as usize].is_none());
        if let Some(w) = ask {
            s.later[w as usize] = Some(None);
        }
        let file = |w: Later| s.later[w as usize].as_ref().and_then(|f| f.as_deref());
        let fetched = page::Fetched {
            services: file(Later::Services),
            summaries_en: file(Later::SummariesEn),
        };
        (
            page::suggestions(s.lang, &root, &query, reply, fetched),
            ask,
        )
    });
    let Some((html, ask)) = shown else {
        return;
    };
    if let Some(list) = document().get_element_by_id("suggestions") {
        list.set_inner_html(&html);
    }
    if let Some(w) = ask {
        load(w);
    }
}

/// The files the start screen fetches only when it needs them (not in its first load).
#[derive(Debug, Clone, Copy)]
enum Later {
    /// `content/other-services-start.tsv`: asked for when text first fits no problem of ours.
    Services,
    /// `content/summaries-en.tsv`: asked for when problems are first suggested in English.
    SummariesEn,
}

/// Fetch one of the [`Later`] files; the suggestions are shown again once it is here. If it
/// cannot come, the screen keeps its answer without it.
fn load(which: Later) {
    let root = browser::site_root();
    let (url, fields) = match which {
        Later::Services => (routes::other_services_start_file(&root), Brief::FIELDS),
        Later::SummariesEn => (routes::summaries_en_file(&root), 2),
    };
    fetch_text_then(&url, move |text| {
        let text = text.ok().filter(|t| table::is_table(t, fields));
        if text.is_some() {
            let _ = with_state(|s| s.later[which as usize] = Some(text));
            show_suggestions();
        }
    });
}

/// Enter in the search box: straight to the best match, if there is one.
fn go_to_best_match() {
    let Some(q) = search_box() else {
        return;
    };
    let best = page::ranked(&q.value()).and_then(|list| list.first().copied());
    if let Some(p) = best {
        let lang = with_state(|s| s.lang).unwrap_or_default();
        let _ = window()
            .location()
            .assign(&crate::domain::common::routes::flow_href(
                &browser::site_root(),
                p.id,
                "",
                lang,
            ));
    }
}

fn switch_language() {
    let _ = with_state(|s| {
        s.lang = if s.lang == Lang::Id {
            Lang::En
        } else {
            Lang::Id
        };
        browser::store_lang(s.lang);
    });
    render();
}

/// `settings.json`: notices for the start screen, origins for embedding.
fn load_settings() {
    settings_then(|parsed| {
        let _ = with_state(|s| match parsed {
            Some(st) => s.settings = Some(st),
            None => s.screen = Screen::SettingsBroken,
        });
        render();
    });
}
