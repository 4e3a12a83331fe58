//! The Leptos interface of the flow bundle (`masalah/`): walking a flow, browsing by stage or
//! by message. Components stay thin: every rule lives in `crate::domain`, every string in
//! `crate::text`, the frame in `crate::ui::shell`.
//!
//! Screens are rendered as one reactive closure per screen over plain strings, instead of one
//! closure per text, which keeps the wasm small.

mod browse;
mod nav;
mod outcome;
mod page;
mod rich;
mod services;
mod sources;

use crate::domain::common::language::Lang;
use crate::domain::common::routes::{parse_fragment, Screen};
use crate::text::Strings;
pub(crate) use crate::ui::shell::browser;
pub use crate::ui::shell::page::use_lang;
use crate::ui::shell::page::{provide_shell, Frame, NotFound};
use leptos::prelude::*;

/// Mount the flow bundle (`masalah/index.html`).
pub fn mount_flow() {
    browser::remove_boot_note();
    leptos::mount::mount_to_body(FlowApp);
}

fn tagline(l: Lang) -> &'static str {
    Strings::get(l).app_tagline
}

/// The flow bundle: the screen is the URL fragment, `#/<problem-id>/<trail>` for a flow,
/// `#/tahap/<stage>` and `#/pilih-pesan` for browsing.
#[component]
pub fn FlowApp() -> impl IntoView {
    let (_, settings) = provide_shell();
    // What an earlier visit left unsent goes out once the settings say events are on.
    Effect::new(move |_| {
        if settings.settings.get().is_some() {
            crate::ui::shell::usage::send_waiting();
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
    view! {
        <Frame tagline>
            {move || match parse_fragment(&hash.get()) {
                Some(Screen::Flow { id, trail }) => view! { <page::FlowPage id trail/> }.into_any(),
                Some(Screen::Stage(stage)) => view! { <browse::StagePage stage/> }.into_any(),
                Some(Screen::Messages) => view! { <browse::MessagesPage/> }.into_any(),
                Some(Screen::OtherServices) => view! { <services::OtherServicesPage/> }.into_any(),
                None => view! { <NotFound/> }.into_any(),
            }}
        </Frame>
    }
}
