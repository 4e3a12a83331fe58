//! Component tests in headless chromium (wasm-bindgen-test): the real start screen and the real
//! Leptos flow components are mounted into a fresh `<div>` and driven like a user would (click,
//! type), then the DOM is checked. The data files the app fetches (settings, one flow) are served from this crate's
//! own content by a small `fetch` stub, so no server is needed.
//!
//!   CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SETTINGS: &str = include_str!("../settings.json");
const OTP: &str = include_str!("../content/problems/otp-not-received.json");
const CHANNELS: &str = include_str!("../content/channels.json");

fn js(args: &str, body: &str) -> js_sys::Function {
    js_sys::Function::new_with_args(args, body)
}

/// Answer the app's data requests (`…/settings.json`, `…/content/…`) from the files above.
fn stub_fetch() {
    let files = js_sys::Object::new();
    for (name, body) in [
        ("settings.json", SETTINGS),
        ("content/problems/otp-not-received.json", OTP),
        ("content/channels.json", CHANNELS),
    ] {
        js_sys::Reflect::set(&files, &name.into(), &body.into()).unwrap();
    }
    js(
        "files",
        r#"
        const real = window.__realFetch || (window.__realFetch = window.fetch.bind(window));
        window.fetch = (input, init) => {
          const url = typeof input === 'string' ? input : (input && input.url) || String(input);
          const path = new URL(url, location.href).pathname;
          for (const name of Object.keys(files)) {
            if (path === '/' + name || path.endsWith('/' + name)) {
              return Promise.resolve(new Response(files[name],
                { status: 200, headers: { 'Content-Type': 'application/json' } }));
            }
          }
          if (/\/(content\/|settings\.json)/.test(path)) {
            return Promise.resolve(new Response('not found', { status: 404 }));
          }
          return real(input, init);
        };
        "#,
    )
    .call1(&JsValue::NULL, &files)
    .unwrap();
}

/// A fresh page state: address, no remembered language or position, a new mount point.
fn fresh(path: &str) -> web_sys::HtmlElement {
    stub_fetch();
    let w = window();
    w.history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(path))
        .unwrap();
    if let Ok(Some(storage)) = w.local_storage() {
        storage.clear().unwrap();
    }
    let doc = document();
    doc.document_element()
        .unwrap()
        .set_attribute("lang", "id")
        .unwrap();
    let div: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn h1_text(root: &web_sys::HtmlElement) -> String {
    root.query_selector("h1")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The first link or button under `root` whose text starts with `text`.
fn control(root: &web_sys::HtmlElement, text: &str) -> Option<web_sys::HtmlElement> {
    let found = js(
        "root, text",
        "return [...root.querySelectorAll('a, button')].find(e => e.textContent.trim().startsWith(text)) || null;",
    )
    .call2(&JsValue::NULL, root, &text.into())
    .unwrap();
    found.dyn_into::<web_sys::HtmlElement>().ok()
}

fn click(root: &web_sys::HtmlElement, text: &str) {
    control(root, text)
        .unwrap_or_else(|| panic!("no link or button {text:?} in {}", root.inner_html()))
        .click();
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Wait (up to 5 s) until `ok` holds, letting the app's effects and fetches run.
async fn until(what: &str, root: &web_sys::HtmlElement, ok: impl Fn() -> bool) {
    for _ in 0..250 {
        if ok() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for: {what}\nDOM: {}", root.inner_html());
}

fn html_lang() -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

/// The start screen (no framework, `start_web`) rendered into a fresh element.
fn start_screen() -> web_sys::HtmlElement {
    let root = fresh("/");
    pendamping::ui::start::web::mount_into(
        root.clone().into(),
        pendamping::ui::start::page::Screen::Start,
    );
    root
}

#[wasm_bindgen_test]
async fn start_screen_asks_the_question_and_the_language_button_switches_everything() {
    let root = start_screen();
    assert_eq!(h1_text(&root), "Apa kendalamu?");
    assert!(root.text_content().unwrap().contains("Tulis kendalamu"));
    assert_eq!(html_lang(), "id");

    click(&root, "English");
    assert_eq!(h1_text(&root), "What is the problem?");
    assert_eq!(html_lang(), "en");
    assert!(root
        .text_content()
        .unwrap()
        .contains("Describe your problem"));
    assert!(!root.text_content().unwrap().contains("Tulis kendalamu"));
    assert!(document().title().starts_with("What is the problem?"));

    // A keyboard user who switches keeps the focus on the (new) language button.
    let button = control(&root, "Bahasa Indonesia").expect("language button");
    button.focus().unwrap();
    button.click();
    assert_eq!(h1_text(&root), "Apa kendalamu?");
    assert_eq!(html_lang(), "id");
    let focused = document()
        .active_element()
        .expect("something has the focus");
    assert_eq!(focused.text_content().unwrap_or_default().trim(), "English");
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_a_complaint_lists_the_matching_problem_and_a_switch_keeps_it() {
    let root = start_screen();
    assert!(
        control(&root, "Kode OTP tidak masuk").is_none(),
        "no suggestions before typing"
    );

    let input: web_sys::HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .expect("search box")
        .unchecked_into();
    input.set_value("kode otp gak masuk2");
    // Typed by a person, the input event bubbles up to the start screen's listener.
    js(
        "el",
        "el.dispatchEvent(new Event('input', { bubbles: true }))",
    )
    .call1(&JsValue::NULL, &input)
    .unwrap();
    let link = control(&root, "Kode OTP tidak masuk").expect("OTP suggestion");
    let href = link.get_attribute("href").unwrap_or_default();
    assert!(
        href.contains("otp-not-received"),
        "suggestion leads to the OTP flow: {href}"
    );

    // Switching the language keeps what was typed and shows the suggestions in English.
    click(&root, "English");
    let input: web_sys::HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .expect("search box")
        .unchecked_into();
    assert_eq!(input.value(), "kode otp gak masuk2");
    assert!(control(&root, "OTP code not received").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_flow_moves_on_with_each_answer_and_ends_solved() {
    let p: pendamping::domain::flow::content::Problem = serde_json::from_str(OTP).unwrap();
    let text = |id: &str| p.node(id).unwrap().text.id.clone();
    let start = p.node(&p.start).unwrap();
    let first_option = &start.options[0];
    let step = p.node(&first_option.next).unwrap();
    assert_eq!(step.kind, pendamping::domain::flow::content::NodeKind::Step);

    // Each problem has its own page (/masalah/<id>/) with the answers so far in the fragment.
    let root = fresh("/masalah/otp-not-received/");
    let page = Some((
        "otp-not-received".to_owned(),
        pendamping::domain::common::language::Lang::Id,
    ));
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <pendamping::ui::flow::FlowApp page=page.clone()/> },
    );
    until("first question", &root, || h1_text(&root) == start.text.id).await;

    click(&root, &first_option.label.id);
    until("first step", &root, || h1_text(&root) == step.text.id).await;
    let location = window().location();
    assert_eq!(location.pathname().unwrap(), "/masalah/otp-not-received/");
    assert_eq!(location.hash().unwrap(), "#/0");
    assert!(control(&root, "Belum berhasil").is_some());

    click(&root, "Ya, berhasil");
    let solved = text(step.yes.as_deref().unwrap());
    until("solved outcome", &root, || h1_text(&root) == solved).await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Selesai, masalahmu teratasi"));
    drop(handle);
    root.remove();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some("/"))
        .unwrap();
}
