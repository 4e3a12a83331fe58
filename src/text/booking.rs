//! The shape of the booking screens' strings (`jadwal/`); the values are `BOOKING` in `id/`
//! and `en/`. Plain, short sentences that say
//! what to do next.

use crate::domain::booking::api::ApiCode;
use crate::domain::booking::calendar::{weekday, Moment};
use crate::domain::booking::code::format_code;
use crate::domain::booking::confirmation::Confirmation;
use crate::domain::booking::hours::OpeningHours;
use crate::domain::booking::ics;
use crate::domain::common::language::{format_date, Lang};
use crate::domain::flow::labels::pick;
// ---------------------------------------------------------------------------------------------
// Dates, times and the confirmation in words

/// "Senin, 30 Nov 2026" from "2026-11-30".
pub fn long_date(day: &str, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    match weekday(day) {
        Some(w) => format!("{}, {}", s.weekdays[w], format_date(day, lang)),
        None => format_date(day, lang),
    }
}

/// "Sen 30 Nov": the weekday abbreviated, the year dropped (the day buttons).
pub fn short_date(day: &str, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    let w: String = weekday(day)
        .map(|w| s.weekdays[w])
        .unwrap_or("")
        .chars()
        .take(3)
        .collect();
    let date = format_date(day, lang);
    let no_year = date.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&date);
    format!("{w} {no_year}")
}

/// "08:00–08:30 WIB"
pub fn time_range(start: &str, end: &str, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    match (Moment::parse(start), Moment::parse(end)) {
        (Some(a), Some(b)) => format!("{}–{} {}", a.wib_time(), b.wib_time(), s.wib),
        (Some(a), None) => format!("{} {}", a.wib_time(), s.wib),
        _ => String::new(),
    }
}

/// "Senin–Kamis 08:00–12:00, 13:00–15:00 · Jumat 08:00–11:00, 13:30–15:00 WIB"; empty when the
/// hours are not known.
pub fn opening_hours(h: &OpeningHours, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    let runs: Vec<String> = h
        .runs()
        .into_iter()
        .map(|(a, b, spans)| {
            let days = if a == b {
                s.weekdays[a].to_owned()
            } else {
                format!("{}–{}", s.weekdays[a], s.weekdays[b])
            };
            format!("{days} {}", spans.join(", ").replace('-', "–"))
        })
        .collect();
    if runs.is_empty() {
        String::new()
    } else {
        format!("{} {}", runs.join(" · "), s.wib)
    }
}

/// "Senin, 30 Nov 2026" for a slot's start.
pub fn slot_date(start: &str, lang: Lang) -> String {
    Moment::parse(start)
        .map(|m| long_date(&m.wib_day(), lang))
        .unwrap_or_default()
}

/// What to bring: the list of the reason the flow recorded (the one list the outcome screen
/// showed, from `content/reasons.json`), none when the summary names no reason.
pub fn bring(c: &Confirmation, lang: Lang) -> Vec<&'static str> {
    crate::domain::flow::walk::summary_reason(&c.summary)
        .map(|r| r.bring.iter().map(|b| pick(*b, lang)).collect())
        .unwrap_or_default()
}

/// The calendar file of a confirmation. `now` is the DTSTAMP.
pub fn calendar_file(c: &Confirmation, lang: Lang, now: Moment) -> Option<String> {
    let s = BookingStrings::get(lang);
    let start = Moment::parse(&c.start)?;
    let end = Moment::parse(&c.end).unwrap_or(start);
    let location = if c.address.is_empty() {
        c.office_name.clone()
    } else {
        format!("{}, {}", c.office_name, c.address)
    };
    let mut desc = format!(
        "{}: {}\n{}: {}",
        s.code_label,
        format_code(&c.code),
        s.row_queue,
        c.queue_number,
    );
    let things = bring(c, lang);
    if !things.is_empty() {
        desc.push_str(&format!("\n{}: {}", s.bring_title, things.join(", ")));
    }
    if !c.summary.is_empty() {
        desc.push_str(&format!("\n\n{}", c.summary));
    }
    Some(ics::ics(
        &c.code,
        s.calendar_title,
        start,
        end,
        &location,
        &desc,
        now,
    ))
}

/// The text lines of the "save as image" card, top to bottom: (label, value).
pub fn card_lines(c: &Confirmation, lang: Lang) -> Vec<(&'static str, String)> {
    let s = BookingStrings::get(lang);
    let mut v = vec![
        (s.code_label, format_code(&c.code)),
        (s.row_point, c.office_name.clone()),
    ];
    if !c.address.is_empty() {
        v.push((s.row_address, c.address.clone()));
    }
    v.push((s.row_date, slot_date(&c.start, lang)));
    v.push((s.row_time, time_range(&c.start, &c.end, lang)));
    v.push((s.row_queue, c.queue_number.to_string()));
    let things = bring(c, lang);
    if !things.is_empty() {
        v.push((s.bring_title, things.join(", ")));
    }
    v
}

string_table! {
#[derive(Debug)]
pub struct BookingStrings {
    pub page_title: &'static str,
    /// Under the pre-rendered first question when scripts are off: booking needs them.
    pub noscript_booking: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub gate_title: &'static str,
    pub gate_body: &'static str,
    pub gate_link: &'static str,
    pub manage_link: &'static str,
    pub have_booking: &'static str,
    pub view_booking: &'static str,
    /// Region, help point, day and time, your details, consent, check, done.
    pub step_names: [&'static str; 7],
    pub progress_step: &'static str,
    pub progress_of: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub change: &'static str,
    pub case_title: &'static str,
    pub region_title: &'static str,
    pub region_hint: &'static str,
    pub region_label: &'static str,
    pub region_choose: &'static str,
    pub region_suggest: &'static str,
    pub region_suggest_button: &'static str,
    pub region_suggest_note: &'static str,
    pub region_missing: &'static str,
    pub point_title: &'static str,
    pub point_hint: &'static str,
    pub use_location: &'static str,
    pub location_note: &'static str,
    pub location_failed: &'static str,
    pub location_used: &'static str,
    pub least_crowded: &'static str,
    pub in_region: &'static str,
    pub other_points: &'static str,
    /// "{n} kursi kosong dalam 14 hari": text after the number.
    pub seats_free_14: &'static str,
    pub point_full: &'static str,
    pub km_away: &'static str,
    pub point_missing: &'static str,
    /// province_office, ltsa, blk, disnaker
    pub kind_names: [&'static str; 4],
    /// A listed help point that takes no booking.
    pub not_bookable: &'static str,
    /// Why: no_address, address_unconfirmed, address_outdated.
    pub not_bookable_plain: &'static str,
    pub hours_label: &'static str,
    /// "Terdekat yang menerima jadwal:" before the name of the nearest bookable help point.
    pub nearest_bookable: &'static str,
    /// The button that chooses it: "Pilih" + its name.
    pub choose_nearest: &'static str,
    pub no_nearest_bookable: &'static str,
    pub time_title: &'static str,
    pub time_hint: &'static str,
    pub day_label: &'static str,
    pub time_label: &'static str,
    /// "sisa {n}": text before the number.
    pub seats_left: &'static str,
    pub full: &'static str,
    pub day_full_next: &'static str,
    pub closed: &'static str,
    pub day_closed: &'static str,
    pub next_free_day: &'static str,
    pub no_slots: &'static str,
    pub choose_other_point: &'static str,
    pub slot_missing: &'static str,
    /// Monday first.
    pub weekdays: [&'static str; 7],
    pub wib: &'static str,
    pub details_title: &'static str,
    pub details_hint: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub nik_label: &'static str,
    pub nik_hint: &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    /// "NIK-mu terbit di {region}." + this.
    pub nik_issued_in: &'static str,
    pub nik_other_region: &'static str,
    pub error_summary_title: &'static str,
    pub error_prefix: &'static str,
    pub consent_title: &'static str,
    pub consent_what_h: &'static str,
    pub consent_what: &'static str,
    pub consent_why_h: &'static str,
    pub consent_why: &'static str,
    pub consent_who_h: &'static str,
    pub consent_who: &'static str,
    pub consent_contact_h: &'static str,
    pub consent_contact: &'static str,
    pub consent_how_long_h: &'static str,
    pub consent_how_long: &'static str,
    pub consent_law: &'static str,
    pub consent_label: &'static str,
    pub consent_missing: &'static str,
    pub check_title: &'static str,
    pub check_hint: &'static str,
    pub row_region: &'static str,
    pub row_point: &'static str,
    pub row_date: &'static str,
    pub row_time: &'static str,
    pub row_consent: &'static str,
    pub consent_given: &'static str,
    pub submit: &'static str,
    pub sending: &'static str,
    pub offline_title: &'static str,
    pub offline_body: &'static str,
    pub no_answer_title: &'static str,
    pub no_answer_body: &'static str,
    pub busy_body: &'static str,
    pub retry_now: &'static str,
    pub slot_taken_title: &'static str,
    pub slot_taken_body: &'static str,
    pub alternatives: &'static str,
    pub already_title: &'static str,
    pub already_body: &'static str,
    pub already_show: &'static str,
    pub done_title: &'static str,
    pub code_label: &'static str,
    pub code_hint: &'static str,
    pub qr_label: &'static str,
    pub row_address: &'static str,
    pub row_queue: &'static str,
    pub map_link: &'static str,
    pub bring_title: &'static str,
    pub save_image: &'static str,
    pub print: &'static str,
    pub add_calendar: &'static str,
    pub calendar_title: &'static str,
    pub privacy_done: &'static str,
    pub delete_data: &'static str,
    pub deleted: &'static str,
    pub manage_title: &'static str,
    pub manage_hint: &'static str,
    pub code_field: &'static str,
    pub code_field_hint: &'static str,
    pub lookup: &'static str,
    pub status_label: &'static str,
    /// booked, arrived, served, no_show, cancelled
    pub statuses: [&'static str; 5],
    pub cancel: &'static str,
    pub cancel_confirm: &'static str,
    pub cancel_yes: &'static str,
    pub cancel_no: &'static str,
    pub cancelled_done: &'static str,
    pub reschedule: &'static str,
    pub reschedule_title: &'static str,
    pub rescheduled_done: &'static str,
    pub err_invalid_request: &'static str,
    pub err_invalid_nik: &'static str,
    pub err_invalid_phone: &'static str,
    pub err_not_found: &'static str,
    pub err_lookup_not_found: &'static str,
    pub err_slot_full: &'static str,
    pub err_slot_closed: &'static str,
    pub err_not_bookable: &'static str,
    pub err_rate_limited: &'static str,
    pub err_internal: &'static str,
    pub err_unavailable: &'static str,
    pub err_network: &'static str,
    pub err_idempotency: &'static str,
    pub err_cannot_change: &'static str,
    pub err_already_booked: &'static str,
    pub home: &'static str,
}
}

impl BookingStrings {
    /// "Langkah 2 dari 6"
    pub fn progress(&self, n: usize, total: usize) -> String {
        format!("{} {n} {} {total}", self.progress_step, self.progress_of)
    }

    pub fn kind_name(&self, kind: &str) -> &'static str {
        match kind {
            "province_office" => self.kind_names[0],
            "ltsa" => self.kind_names[1],
            "blk" => self.kind_names[2],
            _ => self.kind_names[3],
        }
    }

    pub fn status(&self, status: &str) -> &'static str {
        match status {
            "booked" => self.statuses[0],
            "arrived" => self.statuses[1],
            "served" => self.statuses[2],
            "no_show" => self.statuses[3],
            _ => self.statuses[4],
        }
    }

    /// The app's own message for an API error code (never the server's text).
    pub fn api_error(&self, code: ApiCode) -> &'static str {
        match code {
            ApiCode::InvalidRequest => self.err_invalid_request,
            ApiCode::InvalidNik => self.err_invalid_nik,
            ApiCode::InvalidPhone => self.err_invalid_phone,
            ApiCode::NotFound => self.err_not_found,
            ApiCode::SlotFull => self.err_slot_full,
            ApiCode::AlreadyBooked => self.err_already_booked,
            ApiCode::SlotClosed => self.err_slot_closed,
            ApiCode::NotBookable => self.err_not_bookable,
            ApiCode::IdempotencyConflict => self.err_idempotency,
            ApiCode::RateLimited => self.err_rate_limited,
            ApiCode::Unavailable => self.err_unavailable,
            ApiCode::Internal | ApiCode::UnsupportedMediaType | ApiCode::Unknown => {
                self.err_internal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_every_booking_string_and_differ() {
        let same = crate::text::identical_in_both(
            &BookingStrings::get(Lang::Id).all(),
            &BookingStrings::get(Lang::En).all(),
        );
        assert!(same.len() <= 4, "identical in both languages: {same:?}");
    }

    #[test]
    fn dates_and_times_read_as_people_write_them() {
        assert_eq!(long_date("2026-12-06", Lang::Id), "Minggu, 6 Des 2026");
        assert_eq!(short_date("2026-11-30", Lang::En), "Mon 30 Nov");
        assert_eq!(
            time_range("2026-12-01T08:00:00", "2026-12-01T08:30:00", Lang::Id),
            "08:00–08:30 WIB"
        );
        assert_eq!(
            slot_date("2026-12-01T01:00:00Z", Lang::Id),
            "Selasa, 1 Des 2026"
        );
    }

    #[test]
    fn the_card_and_calendar_carry_the_code_and_what_to_bring() {
        let c = Confirmation {
            code: "K7QM3XPA".into(),
            queue_number: 5,
            office_name: "UPT BLK Surabaya".into(),
            start: "2026-12-01T08:00:00".into(),
            end: "2026-12-01T08:30:00".into(),
            ..Default::default()
        };
        let lines = card_lines(&c, Lang::Id);
        assert_eq!(lines[0].1, "K7QM-3XPA");
        assert!(lines
            .iter()
            .all(|(l, _)| *l != BookingStrings::get(Lang::Id).row_address));
        let ics = calendar_file(&c, Lang::En, Moment(0)).unwrap();
        assert!(ics.contains("DTSTART:20261201T010000Z"), "{ics}");
        assert!(ics.contains("K7QM-3XPA"));
    }

    /// The store's own texts for its error codes (`backend/data/error_texts.json`, read by its
    /// hooks) say the same as the app's: one wording per code, whoever shows it.
    #[test]
    fn the_stores_error_texts_are_the_apps() {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../../backend/data/error_texts.json")).unwrap();
        let table = table.as_object().unwrap();
        // Codes only staff or a broken client can get: the app shows its generic message.
        let staff_or_client = ["forbidden", "status_conflict", "unsupported_media_type"];
        for (code, entry) in table {
            let api = ApiCode::parse(code);
            if staff_or_client.contains(&code.as_str()) {
                continue;
            }
            assert_ne!(
                api,
                ApiCode::Unknown,
                "the app does not know the store's code {code}"
            );
            for lang in [Lang::Id, Lang::En] {
                let ours = BookingStrings::get(lang).api_error(api);
                let theirs = entry[lang.code()].as_str().unwrap();
                assert_eq!(ours, theirs, "{code} in {}", lang.code());
            }
        }
    }
}
