//! The Leptos interface of the flow bundle (`masalah/`): walking a flow, browsing by stage or
//! by message. Components stay thin: every rule lives in `crate::domain`, every string in
//! `crate::text`, the frame in `crate::ui::shell`.
//!
//! Each problem has its own page (`masalah/<id>/`, `masalah/<id>/en/`), built with its first step
//! already in the HTML (`crate::ui::shell::problem_page`). The bundle then draws into a hidden
//! element and, once its own screen is ready (content and settings read), swaps it for the
//! pre-rendered one in a single frame: the same HTML, so nothing moves. The answers so far are in
//! the fragment (`#/<trail>`). Browsing is `masalah/#/tahap/<stage>` and `#/pilih-pesan`; older
//! `masalah/#/<id>/<trail>` links are sent on to the problem's page.

mod browse;
mod nav;
mod outcome;
mod page;
mod rich;
mod services;
mod sources;

use crate::domain::common::language::Lang;
use crate::domain::common::routes::{
    flow_href, parse_fragment, parse_problem_page, parse_step_fragment, problem_href, strip_base,
    Screen,
};
use crate::text::Strings;
pub(crate) use crate::ui::shell::browser;
pub use crate::ui::shell::page::use_lang;
use crate::ui::shell::page::{provide_shell, Frame, NotFound};
use crate::ui::shell::problem_page::BLOCK_ID;
use leptos::prelude::*;

/// The id of the element the bundle draws into while a pre-rendered page is still showing.
const APP_ID: &str = "flow-app";

/// The problem page this document is, if it is one: its problem and language.
fn this_problem_page() -> Option<(String, Lang)> {
    let path = browser::window().location().pathname().unwrap_or_default();
    parse_problem_page(strip_base(&path, &browser::site_root()))
}

/// Mount the flow bundle (`masalah/index.html` or a problem page).
pub fn mount_flow() {
    let page = this_problem_page();
    match &page {
        // The page's language is the one its address names (a shared or searched link).
        Some((_, lang)) => browser::store_lang(*lang),
        None => {
            // An older link to a step (`masalah/#/<id>/<trail>`): on to the problem's page.
            let hash = browser::window().location().hash().unwrap_or_default();
            if let Some(Screen::Flow { id, trail }) = parse_fragment(&hash) {
                if crate::domain::flow::triage::problem(&id).is_some() {
                    let lang = browser::stored_lang().unwrap_or_default();
                    let to = flow_href(&browser::site_root(), &id, &trail, lang);
                    let _ = browser::window().location().replace(&to);
                    return;
                }
            }
        }
    }
    browser::remove_boot_note();
    let pre = browser::document().get_element_by_id(BLOCK_ID);
    let Some(body) = browser::document().body() else {
        return;
    };
    match pre {
        Some(_) => {
            let el = browser::document().create_element("div").expect("a div");
            el.set_id(APP_ID);
            let _ = el.set_attribute("hidden", "");
            let _ = body.append_child(&el);
            let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
            leptos::mount::mount_to(el, move || view! { <FlowApp page/> }).forget();
        }
        None => leptos::mount::mount_to_body(move || view! { <FlowApp page/> }),
    }
}

/// The bundle's screen is ready: take away the pre-rendered page and show the bundle's own, in
/// the same frame. Does nothing on a page that was not pre-rendered, or the second time.
pub(crate) fn take_over() {
    request_animation_frame(|| {
        let doc = browser::document();
        if let Some(pre) = doc.get_element_by_id(BLOCK_ID) {
            pre.remove();
            if let Some(app) = doc.get_element_by_id(APP_ID) {
                let _ = app.remove_attribute("hidden");
            }
        }
    });
}

fn tagline(l: Lang) -> &'static str {
    Strings::get(l).app_tagline
}

/// The flow bundle: on a problem page the screen is the trail in the fragment; on `masalah/` the
/// fragment names a stage (`#/tahap/<stage>`) or the list of messages (`#/pilih-pesan`).
#[component]
pub fn FlowApp(page: Option<(String, Lang)>) -> impl IntoView {
    let (lang, settings) = provide_shell();
    // What an earlier visit left unsent goes out once the settings say events are on.
    Effect::new(move |_| {
        if settings.settings.get().is_some() {
            crate::ui::shell::usage::send_waiting();
        }
    });
    // A broken settings file replaces every screen with its error: shown at once.
    Effect::new(move |_| {
        if settings.broken.get() {
            take_over();
        }
    });
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
    let problem = page.map(|(id, _)| id);
    // The language button on a problem page: the address becomes the other language's page.
    if let Some(id) = problem.clone() {
        Effect::new(move |_| {
            let to = problem_href(&browser::site_root(), &id, lang.get());
            let here = window().location().pathname().unwrap_or_default();
            if here != to {
                let h = hash.get_untracked();
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("{to}{h}")),
                    );
                }
            }
        });
    }
    let problem = StoredValue::new(problem);
    view! {
        <Frame tagline>
            {move || {
                let h = hash.get();
                let screen = match problem.get_value() {
                    Some(id) => parse_step_fragment(&h).map(|trail| Screen::Flow { id, trail }),
                    None => parse_fragment(&h),
                };
                match screen {
                    Some(Screen::Flow { id, trail }) => view! { <page::FlowPage id trail/> }.into_any(),
                    Some(Screen::Stage(stage)) => view! { <browse::StagePage stage/> }.into_any(),
                    Some(Screen::Messages) => view! { <browse::MessagesPage/> }.into_any(),
                    Some(Screen::OtherServices) => view! { <services::OtherServicesPage/> }.into_any(),
                    None => {
                        take_over();
                        view! { <NotFound/> }.into_any()
                    }
                }
            }}
        </Frame>
    }
}
