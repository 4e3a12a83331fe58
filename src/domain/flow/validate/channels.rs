//! `content/channels.json`: the official help channels a flow may send people to.

use super::{text_ok, Report};
use crate::domain::flow::content::{Channel, Channels};
use std::collections::BTreeSet;

/// Unique ids, names and steps in both languages, a source, and contacts of a known kind.
pub(super) fn check(c: &Channels, out: &mut Report) {
    let mut seen = BTreeSet::new();
    for ch in &c.channels {
        if !seen.insert(ch.id.as_str()) {
            out.at(&ch.id, "duplicate channel id");
        }
        channel(ch, out);
    }
}

fn channel(ch: &Channel, out: &mut Report) {
    if !text_ok(&ch.name) {
        out.at(&ch.id, "name must have Indonesian and English");
    }
    if ch.how.is_empty() || !ch.how.iter().all(text_ok) {
        out.at(
            &ch.id,
            "'how' needs at least one step, in Indonesian and English",
        );
    }
    if ch.sources.is_empty() {
        out.at(&ch.id, "channel cites no source");
    }
    for t in ch.hours.iter().chain(ch.note.iter()) {
        if !text_ok(t) {
            out.at(&ch.id, "hours/note must have Indonesian and English");
        }
    }
    for k in &ch.contacts {
        if !matches!(k.kind.as_str(), "url" | "email" | "phone" | "whatsapp") || k.value.is_empty()
        {
            out.at(
                &ch.id,
                "contact kind must be url, email, phone or whatsapp, with a value",
            );
        }
    }
}
