//! What the booking page keeps in browser storage, and for how long. The form draft lives in
//! session storage (survives a reload, not a closed tab); a booking attempt that is not yet
//! confirmed lives in local storage WITH its Idempotency-Key (survives a closed browser, so it
//! is sent once the connection is back); after confirmation only the confirmation (no name,
//! NIK or phone) is kept.

use crate::domain::booking::confirmation::Confirmation;
use crate::domain::booking::form::BookingForm;
use crate::domain::booking::retry::PendingBooking;
use crate::domain::common::json::{decode, ToJson};
use crate::ui::shell::browser::{get_in, remove_in, set_in, Store};

use crate::ui::shell::booking_page::{DRAFT_KEY, PENDING_KEY};
const PENDING_FORM_KEY: &str = "pp.booking.pending_form";
const PENDING_SEARCH_KEY: &str = "pp.booking.pending_search";
const DONE_KEY: &str = "pp.booking.done";

pub fn load_draft() -> Option<BookingForm> {
    decode(&get_in(Store::Session, DRAFT_KEY)?)
}
pub fn save_draft(f: &BookingForm) {
    set_in(Store::Session, DRAFT_KEY, &f.to_json());
}

pub fn load_pending() -> Option<(PendingBooking, Option<BookingForm>, String)> {
    let p: PendingBooking = decode(&get_in(Store::Local, PENDING_KEY)?)?;
    let f = get_in(Store::Local, PENDING_FORM_KEY).and_then(|s| decode(&s));
    Some((
        p,
        f,
        get_in(Store::Local, PENDING_SEARCH_KEY).unwrap_or_default(),
    ))
}
pub fn save_pending(p: &PendingBooking, f: &BookingForm, search: &str) {
    set_in(Store::Local, PENDING_KEY, &p.to_json());
    set_in(Store::Local, PENDING_FORM_KEY, &f.to_json());
    set_in(Store::Local, PENDING_SEARCH_KEY, search);
}
pub fn clear_pending() {
    for k in [PENDING_KEY, PENDING_FORM_KEY, PENDING_SEARCH_KEY] {
        remove_in(Store::Local, k);
    }
}

pub fn load_confirmation() -> Option<Confirmation> {
    decode(&get_in(Store::Local, DONE_KEY)?)
}
pub fn save_confirmation(c: &Confirmation) {
    set_in(Store::Local, DONE_KEY, &c.to_json());
}
pub fn remove_confirmation() {
    remove_in(Store::Local, DONE_KEY);
}

/// After confirmation: the draft and the pending attempt (with the NIK and phone) go.
pub fn clear_personal() {
    clear_pending();
    remove_in(Store::Session, DRAFT_KEY);
}

/// "Hapus data saya": everything the booking page ever stored on this device.
pub fn delete_everything() {
    clear_personal();
    remove_confirmation();
}
