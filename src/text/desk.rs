//! The shape of the desk's strings (`petugas/`, officers and the province's team); the values
//! are `DESK` in `id/staff.rs` and `en/staff.rs`. Short, plain words for a busy counter.

use crate::domain::common::language::Lang;
use crate::domain::desk::request::WalkInProblem;
use crate::domain::desk::status::{Action, Status};

string_table! {
#[derive(Debug)]
pub struct DeskStrings {
    pub tagline: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub load_failed: &'static str,
    // sign in / out
    pub sign_in_title: &'static str,
    pub sign_in_intro: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub sign_in_wrong: &'static str,
    pub sign_in_missing: &'static str,
    pub network_down: &'static str,
    pub signed_out: &'static str,
    pub signed_in_as: &'static str,
    pub sign_out: &'static str,
    /// queue, check in, walk-in, help point, province
    pub tabs: [&'static str; 5],
    pub nav_label: &'static str,
    // queue
    pub queue_today: &'static str,
    pub queue_of: &'static str,
    pub day_label: &'static str,
    pub today: &'static str,
    pub refresh: &'static str,
    pub counts_label: &'static str,
    /// every booking of the day, not arrived yet, arrived (not served yet), served, no-show,
    /// free seats: each word means one thing, the same on the cards
    pub counts: [&'static str; 6],
    pub empty_day: &'static str,
    pub col_number: &'static str,
    pub number_short: &'static str,
    pub col_status: &'static str,
    pub priority: &'static str,
    pub walk_in_mark: &'static str,
    /// A booking a call-centre agent made for a caller.
    pub phone_mark: &'static str,
    /// booked, arrived, served, no_show, cancelled
    pub statuses: [&'static str; 5],
    pub case_problem: &'static str,
    pub case_tried: &'static str,
    pub case_reason: &'static str,
    pub case_note: &'static str,
    pub case_none: &'static str,
    pub served_fix: &'static str,
    pub served_note: &'static str,
    /// Visible next to a contact link, then the person's name (hidden) for screen readers.
    pub call: &'static str,
    pub whatsapp: &'static str,
    /// The WhatsApp message for a booking: "{day}", "{time}", "{place}", "{code}".
    pub remind_message: &'static str,
    /// The WhatsApp message for a booking on a day being closed.
    pub closed_message: &'static str,
    /// arrive, serve, no-show, undo
    pub actions: [&'static str; 4],
    pub saved: &'static str,
    pub save_failed: &'static str,
    pub status_conflict: &'static str,
    // served
    pub serve_fix: &'static str,
    pub serve_other: &'static str,
    pub serve_note: &'static str,
    pub serve_save: &'static str,
    pub cancel: &'static str,
    pub serve_fix_missing: &'static str,
    // check in
    pub checkin_title: &'static str,
    pub checkin_intro: &'static str,
    pub code_label: &'static str,
    pub code_hint: &'static str,
    pub find: &'static str,
    pub scan: &'static str,
    pub scan_stop: &'static str,
    pub scan_hint: &'static str,
    pub camera_failed: &'static str,
    pub code_not_today: &'static str,
    pub found: &'static str,
    pub confirm_hint: &'static str,
    // walk-in
    pub walkin_title: &'static str,
    pub walkin_intro: &'static str,
    pub slot_label: &'static str,
    pub slot_free: &'static str,
    pub slot_now: &'static str,
    pub no_free_slot: &'static str,
    pub name_label: &'static str,
    pub nik_label: &'static str,
    pub phone_label: &'static str,
    pub region_label: &'static str,
    pub region_choose: &'static str,
    /// Walk-in: the problem, from the catalogue (optional).
    pub problem_label: &'static str,
    pub problem_unknown: &'static str,
    pub ektp_label: &'static str,
    pub note_label: &'static str,
    pub book: &'static str,
    pub booking: &'static str,
    pub errors_title: &'static str,
    pub slot_missing: &'static str,
    pub region_missing: &'static str,
    pub ektp_missing: &'static str,
    pub booked_title: &'static str,
    pub booked_code: &'static str,
    pub booked_number: &'static str,
    pub booked_priority: &'static str,
    pub print: &'static str,
    pub next_person: &'static str,
    pub qr_label: &'static str,
    pub err_already_booked: &'static str,
    pub err_slot_full: &'static str,
    pub err_slot_closed: &'static str,
    pub err_forbidden: &'static str,
    pub err_other: &'static str,
    /// "{date}" is the day of the booking.
    pub err_wrong_day: &'static str,
    /// "{status}" is the booking's status.
    pub err_status_not_allowed: &'static str,
    pub err_too_early: &'static str,
    pub err_undo_not_allowed: &'static str,
    pub wib: &'static str,
    /// Monday first, as `calendar::weekday` counts.
    pub weekdays: [&'static str; 7],
    pub prov_title: &'static str,
    pub prov_points: &'static str,
    pub prov_col_name: &'static str,
    pub prov_col_days: &'static str,
    pub prov_col_free: &'static str,
    pub prov_col_noshow: &'static str,
    pub prov_col_address: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub inactive: &'static str,
    pub notices_title: &'static str,
    pub notices_intro: &'static str,
    pub notice_id: &'static str,
    pub notice_en: &'static str,
    pub notice_ends: &'static str,
    pub notice_add: &'static str,
    pub notice_save: &'static str,
    pub notice_delete: &'static str,
    pub notice_delete_ask: &'static str,
    pub notice_delete_yes: &'static str,
    pub notice_deleted: &'static str,
    pub notice_bad: &'static str,
    pub notice_text_bad: &'static str,
    pub notice_ends_bad: &'static str,
    pub notices_none: &'static str,
    pub funnel_title: &'static str,
    pub funnel_intro: &'static str,
    pub funnel_days: &'static str,
    pub last_7: &'static str,
    pub last_30: &'static str,
    pub export_csv: &'static str,
    pub col_step: &'static str,
    pub col_reached: &'static str,
    pub col_fixed: &'static str,
    pub col_gave_up: &'static str,
    pub col_booked: &'static str,
    pub col_fixed_desk: &'static str,
    /// The fixes CSV's header: problem, step, reached, fixed, gave up, booked.
    pub csv_header: [&'static str; 6],
    pub funnel_none: &'static str,
    pub channels_title: &'static str,
    /// online, walk-in, phone
    pub channel_names: [&'static str; 3],
    /// channel, started, fixed on their own, booked, served, fixed at the help point
    pub channel_cols: [&'static str; 6],
    pub chart_label: &'static str,
    pub point_title: &'static str,
    pub point_intro: &'static str,
    pub not_bookable: &'static str,
    pub address_label: &'static str,
    pub address_hint: &'static str,
    pub landmark_label: &'static str,
    pub hours_label: &'static str,
    pub hours_hint: &'static str,
    pub seats_label: &'static str,
    pub map_legend: &'static str,
    pub map_hint: &'static str,
    pub lat_label: &'static str,
    pub lng_label: &'static str,
    pub map_label: &'static str,
    pub save_details: &'static str,
    pub saving: &'static str,
    pub details_saved: &'static str,
    pub address_bad: &'static str,
    pub landmark_bad: &'static str,
    pub hours_bad: &'static str,
    pub seats_bad: &'static str,
    pub position_bad: &'static str,
    pub closed_title: &'static str,
    pub closed_none: &'static str,
    pub closed_date: &'static str,
    pub closed_reason: &'static str,
    pub close_day: &'static str,
    pub close_anyway: &'static str,
    pub contacts_title: &'static str,
    pub reopen: &'static str,
    pub reason_bad: &'static str,
    pub day_closed: &'static str,
}
}

impl DeskStrings {
    pub fn status(&self, s: Status) -> &'static str {
        self.statuses[s.index()]
    }

    pub fn action(&self, a: Action) -> &'static str {
        self.actions[match a {
            Action::Arrive => 0,
            Action::Serve => 1,
            Action::NoShow => 2,
            Action::Undo => 3,
        }]
    }

    pub fn walk_in_problem(&self, p: &WalkInProblem, lang: Lang) -> String {
        use crate::text::errors;
        match p {
            WalkInProblem::SlotMissing => self.slot_missing.to_owned(),
            WalkInProblem::Name(e) => errors::name(e, lang),
            WalkInProblem::Nik(e) => errors::nik(e, lang),
            WalkInProblem::Phone(e) => errors::phone(e, lang),
            WalkInProblem::RegionMissing => self.region_missing.to_owned(),
            WalkInProblem::NotConfirmed => self.ektp_missing.to_owned(),
        }
    }

    /// "Pesan online 2 · Datang langsung 1", or "–" when no case was served with this fix.
    pub fn fixed_at_desk(&self, per_channel: &[(String, u32)]) -> String {
        let parts: Vec<String> = per_channel
            .iter()
            .filter(|(_, n)| *n > 0)
            .filter_map(|(c, n)| {
                let name = match c.as_str() {
                    "online" => self.channel_names[0],
                    "desk" => self.channel_names[1],
                    "phone" => self.channel_names[2],
                    _ => return None,
                };
                Some(format!("{name} {n}"))
            })
            .collect();
        if parts.is_empty() {
            "–".into()
        } else {
            parts.join(" · ")
        }
    }

    /// The desk's words for a store error code.
    pub fn api_error(&self, code: &str) -> &'static str {
        match code {
            "already_booked" => self.err_already_booked,
            "slot_full" => self.err_slot_full,
            "slot_closed" => self.err_slot_closed,
            "forbidden" => self.err_forbidden,
            "status_conflict" => self.status_conflict,
            "too_early" => self.err_too_early,
            "undo_not_allowed" => self.err_undo_not_allowed,
            "not_found" => self.code_not_today,
            _ => self.err_other,
        }
    }

    /// "Antrean Senin, 30 Nov 2026"
    pub fn day_title(&self, day: &str, today: &str, lang: Lang) -> String {
        if day == today {
            return self.queue_today.to_owned();
        }
        format!("{} {}", self.queue_of, self.long_day(day, lang))
    }

    /// "Senin, 30 Nov 2026"
    pub fn long_day(&self, day: &str, lang: Lang) -> String {
        let date = crate::domain::common::language::format_date(day, lang);
        match crate::domain::booking::calendar::weekday(day) {
            Some(w) => format!("{}, {date}", self.weekdays[w]),
            None => date,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_every_desk_string_and_differ() {
        let same = crate::text::identical_in_both(
            &DeskStrings::get(Lang::Id).all(),
            &DeskStrings::get(Lang::En).all(),
        );
        // Words both languages share: Email, No., Status, NIK, WIB.
        assert!(same.len() <= 5, "identical in both languages: {same:?}");
    }

    #[test]
    fn another_day_is_named_by_its_date() {
        let s = DeskStrings::get(Lang::Id);
        assert_eq!(
            s.day_title("2026-11-30", "2026-11-30", Lang::Id),
            s.queue_today
        );
        assert_eq!(
            s.day_title("2026-12-01", "2026-11-30", Lang::Id),
            "Antrean Selasa, 1 Des 2026"
        );
    }
}
