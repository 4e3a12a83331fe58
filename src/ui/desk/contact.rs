//! Reaching a person about their booking: a call link and a WhatsApp link with the message
//! written (`crate::domain::desk::contact`). Only ever rendered inside the signed-in desk of the
//! person's own help point (the officer sees the number there already); nothing is sent by
//! itself, and the links are never logged.

use crate::domain::desk::contact::{tel_href, whatsapp_href};
use crate::text::DeskStrings;
use leptos::prelude::*;

/// The two links for `name`'s `phone`, or nothing when the number cannot be called.
pub fn links(s: &'static DeskStrings, name: &str, phone: &str, message: &str) -> impl IntoView {
    let (Some(tel), Some(wa)) = (tel_href(phone), whatsapp_href(phone, message)) else {
        return None;
    };
    let (n1, n2) = (format!(" {name}"), format!(" {name}"));
    Some(view! {
        <p class="desk-contact no-print">
            <a class="button small secondary" href=tel>{s.call}<span class="visually-hidden">{n1}</span></a>
            <a class="button small secondary" href=wa target="_blank" rel="noopener noreferrer">{s.whatsapp}<span class="visually-hidden">{n2}</span></a>
        </p>
    })
}
