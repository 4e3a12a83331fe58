//! Taking over the pre-rendered step 1 (`ui::shell::booking_page`): the bundle draws its own
//! screens only when the person asks for more than the HTML can do. "Lanjut" (pressed before or
//! after the bundle arrived) carries the regency chosen in the HTML into the form and goes on,
//! in the language the page shows (its own script switches the two copies and stores the
//! choice, which the bundle reads). Until then the HTML question stays in place,
//! so a list the person is choosing from is never swapped under their finger. Meanwhile the case
//! is read: an address that is no ticket to a booking (a trail that does not end in in-person
//! help, an old link) shows why at once instead of the question.

use super::{read_case, App, CaseInfo, Gate};
use crate::domain::common::language::Lang;
use crate::domain::common::routes::BookingQuery;
use crate::ui::shell::booking_page::{select_id, APP_NOW_CLASS, BLOCK_ID, EN_CLASS, WAIT_ATTR};
use crate::ui::shell::browser;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const APP_ID: &str = "booking-app";

/// Set on the block once the bundle has taken over (or is taking over) from it.
const TAKEN_ATTR: &str = "data-taken";

/// The case read while the HTML page is in use: none yet, or its result.
type Read = Rc<RefCell<Option<Result<CaseInfo, Gate>>>>;

/// Mount the booking bundle on its page, pre-rendered or not.
pub fn mount() {
    let doc = browser::document();
    let block = doc.get_element_by_id(BLOCK_ID);
    let now = doc
        .document_element()
        .is_some_and(|h| h.class_list().contains(APP_NOW_CLASS));
    match block {
        None => mount_plain(),
        Some(b) if now => {
            b.remove();
            mount_plain();
        }
        Some(b) if b.has_attribute(WAIT_ATTR) => go_on(&b, None),
        Some(b) => wait_for_person(b),
    }
}

fn mount_plain() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(|| view! { <App chosen=None case=None/> });
}

/// "Lanjut" on the pre-rendered page.
fn wait_for_person(block: web_sys::Element) {
    let read: Read = Rc::default();
    {
        let (block, read) = (block.clone(), read.clone());
        // Leptos' executor starts with the first mount: before that, wasm-bindgen's own.
        wasm_bindgen_futures::spawn_local(async move {
            let case = read_case(&BookingQuery::parse(&browser::search())).await;
            if case.is_err() && block.get_attribute(TAKEN_ATTR).is_none() {
                // No ticket to a booking (or the flow could not be read): say so now.
                block.remove();
                browser::remove_boot_note();
                leptos::mount::mount_to_body(
                    move || view! { <App chosen=None case=Some(case.clone())/> },
                );
            } else {
                *read.borrow_mut() = Some(case);
            }
        });
    }
    let on_submit = {
        let block = block.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            go_on(&block, read.borrow().clone());
        })
    };
    let _ = block.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_submit.forget();
}

/// "Lanjut" was pressed: draw the bundle's screens out of sight with the chosen regency; they
/// replace the HTML once the case is read (`take_over`).
fn go_on(block: &web_sys::Element, case: Option<Result<CaseInfo, Gate>>) {
    if block.get_attribute(TAKEN_ATTR).is_some() {
        return;
    }
    let _ = block.set_attribute(TAKEN_ATTR, "");
    // The copy the page shows (its script keeps the class and the stored choice in step).
    let english = browser::document()
        .document_element()
        .is_some_and(|h| h.class_list().contains(EN_CLASS));
    let lang = if english { Lang::En } else { Lang::Id };
    browser::store_lang(lang);
    let list = block
        .query_selector(&format!("#{}", select_id(lang)))
        .ok()
        .flatten();
    let chosen = list
        .as_ref()
        .and_then(|el| el.dyn_ref::<web_sys::HtmlSelectElement>())
        .map(|s| s.value());
    // The HTML list leaves before the bundle's list (the same id in Indonesian) is drawn.
    if let (Lang::Id, Some(select)) = (lang, list) {
        select.remove_attribute("id").ok();
    }
    let Some(body) = browser::document().body() else {
        return;
    };
    let Ok(el) = browser::document().create_element("div") else {
        return;
    };
    el.set_id(APP_ID);
    let _ = el.set_attribute("hidden", "");
    let _ = body.append_child(&el);
    let el: web_sys::HtmlElement = el.unchecked_into();
    leptos::mount::mount_to(el, move || {
        view! { <App chosen=Some(chosen.clone().unwrap_or_default()) case=case.clone()/> }
    })
    .forget();
}

/// The bundle's screen is ready: the HTML page leaves and the bundle's shows, in one frame;
/// then `then` runs (it may move the focus, which needs the screen shown).
pub fn take_over(then: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let doc = browser::document();
        if let Some(pre) = doc.get_element_by_id(BLOCK_ID) {
            pre.remove();
        }
        browser::remove_boot_note();
        if let Some(app) = doc.get_element_by_id(APP_ID) {
            let _ = app.remove_attribute("hidden");
        }
        then();
    });
}
