//! The booking form as a citizen walks it (`jadwal/`): steps, per-field checks with an error
//! summary, the booking store's answers, the offline/retry state with its idempotency key, and
//! what stays on the device after confirmation.
//!
//! Nothing here touches the browser; `crate::booking_app` stores and sends what these types hold.

use super::booking::{self, Moment};
use super::booking_strings::BookingStrings;
use super::i18n::{format_date, Lang};
use super::nik::check_nik;
use super::phone::check_phone;
use super::regions;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------------
// Steps and the address bar

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Region,
    Point,
    Time,
    Details,
    Consent,
    Check,
    Done,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Region,
        Step::Point,
        Step::Time,
        Step::Details,
        Step::Consent,
        Step::Check,
        Step::Done,
    ];
    /// Steps before the confirmation, for "Langkah n dari 6".
    pub const INPUT_STEPS: usize = 6;

    pub fn slug(self) -> &'static str {
        match self {
            Step::Region => "wilayah",
            Step::Point => "titik",
            Step::Time => "waktu",
            Step::Details => "data",
            Step::Consent => "izin",
            Step::Check => "periksa",
            Step::Done => "selesai",
        }
    }
    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.slug() == s)
    }
    /// 1-based position.
    pub fn number(self) -> usize {
        self as usize + 1
    }
    pub fn prev(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }
}

/// What the booking page's query string says. Never holds personal data: only the problem id,
/// the troubleshooter trail, the step and whether the manage screen is wanted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BookingQuery {
    pub problem: Option<String>,
    pub trail: String,
    pub step: Option<Step>,
    pub manage: bool,
    /// Came from "Ubah" on the check screen: "Lanjut" returns there.
    pub from_check: bool,
}

/// Problem ids are file names: lower-case letters, digits and dashes only.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_safe_trail(t: &str) -> bool {
    t.len() <= 64
        && t.bytes()
            .all(|b| b == b'y' || b == b'n' || b.is_ascii_digit())
}

impl BookingQuery {
    /// Reads `?masalah=<id>&jejak=<trail>&langkah=<step>&kelola=1&ubah=1`; anything unsafe is
    /// dropped rather than guessed.
    pub fn parse(search: &str) -> BookingQuery {
        let mut q = BookingQuery::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "masalah" if is_safe_id(v) => q.problem = Some(v.to_owned()),
                "jejak" if is_safe_trail(v) => q.trail = v.to_owned(),
                "langkah" => q.step = Step::from_slug(v),
                "kelola" => q.manage = v == "1",
                "ubah" => q.from_check = v == "1",
                _ => {}
            }
        }
        q
    }

    pub fn to_search(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.manage {
            parts.push("kelola=1".into());
        }
        if let Some(p) = &self.problem {
            parts.push(format!("masalah={p}"));
            if !self.trail.is_empty() {
                parts.push(format!("jejak={}", self.trail));
            }
        }
        if let Some(s) = self.step {
            parts.push(format!("langkah={}", s.slug()));
        }
        if self.from_check {
            parts.push("ubah=1".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn with_step(&self, step: Step, from_check: bool) -> BookingQuery {
        BookingQuery {
            step: Some(step),
            from_check,
            manage: false,
            ..self.clone()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The form

/// Everything the citizen has entered. Kept in session storage while they type (nothing typed
/// is lost on a reload); the NIK and phone leave the device only in the booking request body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BookingForm {
    pub region_code: String,
    pub office_id: String,
    pub office_name: String,
    pub office_kind: String,
    pub slot_id: String,
    /// ISO 8601 UTC, as the store sends it.
    pub slot_start: String,
    pub slot_end: String,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub consent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Region,
    Office,
    Slot,
    Name,
    Nik,
    Phone,
    Consent,
    /// The booking code on the manage screen.
    Code,
}

impl Field {
    /// The id of the input (or the first control) the error summary links to.
    pub fn input_id(self) -> &'static str {
        match self {
            Field::Region => "region",
            Field::Office => "points",
            Field::Slot => "days",
            Field::Name => "name",
            Field::Nik => "nik",
            Field::Phone => "phone",
            Field::Consent => "consent",
            Field::Code => "code",
        }
    }
    pub fn step(self) -> Step {
        match self {
            Field::Region => Step::Region,
            Field::Office => Step::Point,
            Field::Slot => Step::Time,
            Field::Name | Field::Nik | Field::Phone | Field::Code => Step::Details,
            Field::Consent => Step::Consent,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

pub const NAME_MAX: usize = 100;

pub fn check_name(name: &str, lang: Lang) -> Result<String, String> {
    let s = BookingStrings::get(lang);
    let n: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    match n.chars().count() {
        0 => Err(s.name_empty.into()),
        1 => Err(s.name_short.into()),
        c if c > NAME_MAX => Err(s.name_long.into()),
        _ => Ok(n),
    }
}

/// Which fields belong to each step, in the order of the error summary.
fn fields_of(step: Step) -> &'static [Field] {
    match step {
        Step::Region => &[Field::Region],
        Step::Point => &[Field::Office],
        Step::Time => &[Field::Slot],
        Step::Details => &[Field::Name, Field::Nik, Field::Phone],
        Step::Consent => &[Field::Consent],
        Step::Check | Step::Done => &[],
    }
}

impl BookingForm {
    pub fn field_error(&self, f: Field, lang: Lang) -> Option<String> {
        let s = BookingStrings::get(lang);
        match f {
            Field::Region => regions::by_code(&self.region_code)
                .is_none()
                .then(|| s.region_missing.into()),
            Field::Office => self.office_id.is_empty().then(|| s.point_missing.into()),
            Field::Slot => self.slot_id.is_empty().then(|| s.slot_missing.into()),
            Field::Name => check_name(&self.name, lang).err(),
            Field::Nik => check_nik(&self.nik).err().map(|e| e.message(lang)),
            Field::Phone => check_phone(&self.phone).err().map(|e| e.message(lang)),
            Field::Consent => (!self.consent).then(|| s.consent_missing.into()),
            Field::Code => None,
        }
    }

    /// The errors of one step, in summary order (the order of the fields on screen).
    pub fn errors(&self, step: Step, lang: Lang) -> Vec<FieldError> {
        fields_of(step)
            .iter()
            .filter_map(|&field| {
                self.field_error(field, lang)
                    .map(|message| FieldError { field, message })
            })
            .collect()
    }

    /// The first step that still needs an answer; `Step::Check` when everything is filled in.
    pub fn first_incomplete(&self) -> Step {
        Step::ALL[..5]
            .iter()
            .copied()
            .find(|&st| !self.errors(st, Lang::Id).is_empty())
            .unwrap_or(Step::Check)
    }

    /// The step to show for a wanted one: never past the first unanswered step (a link or the
    /// back button cannot skip a question).
    pub fn allowed_step(&self, wanted: Step) -> Step {
        if wanted == Step::Done {
            return Step::Done;
        }
        wanted.min(self.first_incomplete())
    }

    /// Changing the help point drops the time chosen at the old one.
    pub fn choose_office(&mut self, id: &str, name: &str, kind: &str) {
        if self.office_id != id {
            self.slot_id.clear();
            self.slot_start.clear();
            self.slot_end.clear();
        }
        self.office_id = id.into();
        self.office_name = name.into();
        self.office_kind = kind.into();
    }

    pub fn choose_slot(&mut self, slot: &AvailSlot) {
        self.slot_id = slot.id.clone();
        self.slot_start = slot.start.clone();
        self.slot_end = slot.end.clone();
    }

    /// The request body, with the NIK as 16 digits and the phone as +628…; `None` while any
    /// field is wrong.
    pub fn request(&self, summary: &str) -> Option<BookingRequest> {
        if self.first_incomplete() != Step::Check {
            return None;
        }
        Some(BookingRequest {
            slot: self.slot_id.clone(),
            name: check_name(&self.name, Lang::Id).ok()?,
            nik: check_nik(&self.nik).ok()?.as_str().to_owned(),
            phone: check_phone(&self.phone).ok()?.e164(),
            region: regions::by_code(&self.region_code)
                .map(|r| r.name.to_owned())
                .unwrap_or_default(),
            summary: super::flow::truncate_chars(summary, 2000),
        })
    }

    /// Forget the name, NIK and phone (after confirmation, or "hapus data saya").
    pub fn clear_personal(&mut self) {
        self.name.clear();
        self.nik.clear();
        self.phone.clear();
        self.consent = false;
    }

    /// A note when the NIK points to another Jawa Timur region than the one chosen: the
    /// region is a suggestion, never forced.
    pub fn nik_region_note(&self) -> Option<&'static regions::Region> {
        let nik = check_nik(&self.nik).ok()?;
        let r = regions::suggest_from_nik(&nik)?;
        (r.code != self.region_code).then_some(r)
    }
}

// ---------------------------------------------------------------------------------------------
// The booking store's answers

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRequest {
    pub slot: String,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub region: String,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiCode {
    InvalidRequest,
    InvalidNik,
    InvalidPhone,
    NotFound,
    SlotFull,
    AlreadyBooked,
    SlotClosed,
    IdempotencyConflict,
    RateLimited,
    Internal,
    Unknown,
}

impl ApiCode {
    pub fn parse(code: &str) -> ApiCode {
        match code {
            "invalid_request" => ApiCode::InvalidRequest,
            "invalid_nik" => ApiCode::InvalidNik,
            "invalid_phone" => ApiCode::InvalidPhone,
            "not_found" => ApiCode::NotFound,
            "slot_full" => ApiCode::SlotFull,
            "already_booked" => ApiCode::AlreadyBooked,
            "slot_closed" => ApiCode::SlotClosed,
            "idempotency_conflict" => ApiCode::IdempotencyConflict,
            "rate_limited" => ApiCode::RateLimited,
            "internal" => ApiCode::Internal,
            _ => ApiCode::Unknown,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewSlot {
    pub id: String,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpPoint {
    pub id: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub address: String,
}

/// The owner's view of a booking (create, lookup, cancel, reschedule).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OwnerView {
    pub code: String,
    pub queue_number: u32,
    pub status: String,
    #[serde(default)]
    pub priority: bool,
    #[serde(default)]
    pub region: String,
    pub slot: ViewSlot,
    pub help_point: HelpPoint,
}

/// One answer of the store, as the app needs to tell them apart.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Ok(OwnerView),
    Error {
        code: ApiCode,
        field: Option<String>,
    },
    /// No answer at all (offline, DNS, store down behind a proxy) or one we cannot read.
    Unreachable,
}

/// Turn an HTTP status and body into a [`Reply`]. `status` 0 means the request never got an
/// answer.
pub fn classify(status: u16, body: &str) -> Reply {
    match status {
        200 | 201 => super::booking_json::decode::<OwnerView>(body)
            .map(Reply::Ok)
            .unwrap_or(Reply::Unreachable),
        400..=499 | 500 => match super::booking_json::error_body(body) {
            Some((code, field)) if !code.is_empty() => Reply::Error {
                code: ApiCode::parse(&code),
                field,
            },
            _ if status == 500 => Reply::Unreachable,
            _ => Reply::Error {
                code: ApiCode::Unknown,
                field: None,
            },
        },
        _ => Reply::Unreachable,
    }
}

// ---------------------------------------------------------------------------------------------
// Sending a booking: the pending request and what to do with each answer

/// A booking attempt not yet confirmed. Kept in local storage with its Idempotency-Key, so a
/// retry after a lost connection (even after closing the browser) reuses the same key and the
/// store never writes two bookings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingBooking {
    pub key: String,
    pub request: BookingRequest,
    /// Shown on the confirmation; the request itself is deleted then.
    pub summary: String,
    pub attempts: u32,
}

/// Idempotency keys: 8–100 of `A–Z a–z 0–9 _ . : -`. Built from random bytes (e.g. 16 from
/// `crypto.getRandomValues`).
pub fn idempotency_key(random: &[u8]) -> String {
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("pp-{hex}")
}

pub fn is_valid_key(k: &str) -> bool {
    (8..=100).contains(&k.len())
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
}

/// Why a retry is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    Offline,
    Busy,
}

/// What the app does after an answer to a booking attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Booked: show and keep the confirmation, delete the pending request and personal data.
    Confirmed(Confirmation),
    /// Keep the pending request (same key) and send it again later.
    Retry(WaitReason),
    /// The slot is gone: offer other times, keep the form, drop the pending request (a retry
    /// after an error is a new attempt with a new key).
    SlotTaken,
    /// The NIK already has an active booking: look it up with its code instead of failing.
    AlreadyBooked,
    /// The store refused a field: show it beside the field.
    FixField(Field, ApiCode),
    /// The key was used for another NIK/slot: send again with a new key.
    NewKey,
    /// Anything else: say what happened; the form is kept.
    Failed(ApiCode),
}

pub fn after_reply(reply: Reply, pending: &PendingBooking) -> Next {
    match reply {
        Reply::Ok(view) => Next::Confirmed(Confirmation::from_view(&view, &pending.summary)),
        Reply::Unreachable => Next::Retry(WaitReason::Offline),
        Reply::Error { code, field } => match code {
            ApiCode::Internal => Next::Retry(WaitReason::Busy),
            ApiCode::RateLimited => Next::Retry(WaitReason::Busy),
            ApiCode::SlotFull | ApiCode::SlotClosed | ApiCode::NotFound => Next::SlotTaken,
            ApiCode::AlreadyBooked => Next::AlreadyBooked,
            ApiCode::InvalidNik => Next::FixField(Field::Nik, code),
            ApiCode::InvalidPhone => Next::FixField(Field::Phone, code),
            ApiCode::InvalidRequest if field.as_deref() == Some("name") => {
                Next::FixField(Field::Name, code)
            }
            ApiCode::InvalidRequest if field.as_deref() == Some("slot") => Next::SlotTaken,
            ApiCode::IdempotencyConflict => Next::NewKey,
            other => Next::Failed(other),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// The confirmation: the only thing kept after booking

/// What the confirmation screen shows, and everything that stays on the device after booking:
/// no name, NIK or phone (family phones are shared).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Confirmation {
    pub code: String,
    pub queue_number: u32,
    pub status: String,
    pub priority: bool,
    pub office_name: String,
    pub office_kind: String,
    pub address: String,
    pub region: String,
    pub start: String,
    pub end: String,
    pub summary: String,
}

impl Confirmation {
    pub fn from_view(v: &OwnerView, summary: &str) -> Confirmation {
        Confirmation {
            code: v.code.clone(),
            queue_number: v.queue_number,
            status: v.status.clone(),
            priority: v.priority,
            office_name: v.help_point.name.clone(),
            office_kind: v.help_point.kind.clone(),
            address: v.help_point.address.clone(),
            region: v.help_point.region.clone(),
            start: v.slot.start.clone(),
            end: v.slot.end.clone(),
            summary: summary.to_owned(),
        }
    }

    /// "Senin, 30 Nov 2026"
    pub fn date_label(&self, lang: Lang) -> String {
        Moment::parse(&self.start)
            .map(|m| long_date(&m.wib_day(), lang))
            .unwrap_or_default()
    }

    /// "08:00–08:30 WIB"
    pub fn time_label(&self, lang: Lang) -> String {
        time_range(&self.start, &self.end, lang)
    }

    /// The calendar file. `now` is the DTSTAMP.
    pub fn ics(&self, lang: Lang, now: Moment) -> Option<String> {
        let s = BookingStrings::get(lang);
        let start = Moment::parse(&self.start)?;
        let end = Moment::parse(&self.end).unwrap_or(start);
        let location = if self.address.is_empty() {
            self.office_name.clone()
        } else {
            format!("{}, {}", self.office_name, self.address)
        };
        let mut desc = format!(
            "{}: {}\n{}: {}\n{}: {}",
            s.code_label,
            booking::format_code(&self.code),
            s.row_queue,
            self.queue_number,
            s.bring_title,
            s.bring.join(", ")
        );
        if !self.summary.is_empty() {
            desc.push_str(&format!("\n\n{}", self.summary));
        }
        Some(booking::ics(
            &self.code,
            s.calendar_title,
            start,
            end,
            &location,
            &desc,
            now,
        ))
    }

    /// The text lines of the "save as image" card, top to bottom.
    pub fn card_lines(&self, lang: Lang) -> Vec<(String, String)> {
        let s = BookingStrings::get(lang);
        let mut v = vec![
            (s.code_label.to_owned(), booking::format_code(&self.code)),
            (s.row_point.to_owned(), self.office_name.clone()),
        ];
        if !self.address.is_empty() {
            v.push((s.row_address.to_owned(), self.address.clone()));
        }
        v.push((s.row_date.to_owned(), self.date_label(lang)));
        v.push((s.row_time.to_owned(), self.time_label(lang)));
        v.push((s.row_queue.to_owned(), self.queue_number.to_string()));
        v.push((s.bring_title.to_owned(), s.bring.join(", ")));
        v
    }
}

/// "Senin, 30 Nov 2026" from "2026-11-30".
pub fn long_date(day: &str, lang: Lang) -> String {
    let s = BookingStrings::get(lang);
    match weekday(day) {
        Some(w) => format!("{}, {}", s.weekdays[w], format_date(day, lang)),
        None => format_date(day, lang),
    }
}

/// 0 = Monday … 6 = Sunday, for a "YYYY-MM-DD" day.
pub fn weekday(day: &str) -> Option<usize> {
    let m = Moment::parse(day)?; // midnight WIB
    let days = (m.0 + booking::WIB_OFFSET_SECS).div_euclid(86_400);
    // 1970-01-01 was a Thursday (3).
    Some((days + 3).rem_euclid(7) as usize)
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

// ---------------------------------------------------------------------------------------------
// Availability

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AvailOffice {
    pub id: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub region_code: String,
    #[serde(default)]
    pub active: bool,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lng: Option<f64>,
    #[serde(default)]
    pub remaining: u32,
    #[serde(default)]
    pub next_free_slot: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Availability {
    pub offices: Vec<AvailOffice>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AvailSlot {
    pub id: String,
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub seats: u32,
    #[serde(default)]
    pub remaining: u32,
    #[serde(default)]
    pub closed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct OfficeSlots {
    pub office: AvailOffice,
    pub slots: Vec<AvailSlot>,
}

impl AvailSlot {
    pub fn open(&self) -> bool {
        !self.closed && self.remaining > 0
    }
    fn info(&self) -> booking::SlotInfo {
        booking::SlotInfo {
            id: self.id.clone(),
            office_id: String::new(),
            start: self.start.clone(),
            end: self.end.clone(),
            remaining: if self.closed { 0 } else { self.remaining },
            capacity: self.seats,
        }
    }
}

/// One day of the time picker.
#[derive(Debug, Clone, PartialEq)]
pub struct DayChoice {
    pub day: String,
    pub remaining: u32,
    pub slots: Vec<AvailSlot>,
}

/// Slots grouped by WIB day (days and times ascending).
pub fn days(slots: &[AvailSlot]) -> Vec<DayChoice> {
    let infos: Vec<booking::SlotInfo> = slots.iter().map(AvailSlot::info).collect();
    booking::group_by_day(&infos)
        .into_iter()
        .map(|d| DayChoice {
            remaining: d.remaining(),
            slots: d
                .slots
                .iter()
                .filter_map(|i| slots.iter().find(|s| s.id == i.id).cloned())
                .collect(),
            day: d.day,
        })
        .collect()
}

/// The next day on or after `day` with a free seat (what to offer when a day is full).
pub fn next_free_day(slots: &[AvailSlot], day: &str) -> Option<String> {
    let infos: Vec<booking::SlotInfo> = slots.iter().map(AvailSlot::info).collect();
    booking::next_free_day(&infos, day)
}

/// Up to `n` open slots nearest in time to the one that was wanted (the slot itself excluded),
/// returned in time order: what to offer when the chosen slot filled up meanwhile.
pub fn alternatives(slots: &[AvailSlot], wanted: &str, exclude: &str, n: usize) -> Vec<AvailSlot> {
    let w = Moment::parse(wanted).map(|m| m.0).unwrap_or(0);
    let mut open: Vec<(i64, i64, &AvailSlot)> = slots
        .iter()
        .filter(|s| s.open() && s.id != exclude)
        .filter_map(|s| Moment::parse(&s.start).map(|m| ((m.0 - w).abs(), m.0, s)))
        .collect();
    open.sort_by_key(|&(d, t, _)| (d, t));
    open.truncate(n);
    open.sort_by_key(|&(_, t, _)| t);
    open.into_iter().map(|(_, _, s)| s.clone()).collect()
}

/// A help point in the list, with its distance when known.
#[derive(Debug, Clone, PartialEq)]
pub struct PointChoice {
    pub office: AvailOffice,
    pub distance_km: Option<f64>,
    pub in_region: bool,
}

/// How many of the nearest help points count as "near you" for the least-crowded badge.
pub const NEARBY: usize = 4;

/// Active help points, nearest first when the position is known, otherwise the chosen
/// region's first, then by name (see [`booking::order_offices`]).
pub fn order_points(
    offices: &[AvailOffice],
    pos: Option<(f64, f64)>,
    region_code: &str,
) -> Vec<PointChoice> {
    let active: Vec<&AvailOffice> = offices.iter().filter(|o| o.active).collect();
    let infos: Vec<booking::OfficeInfo> = active
        .iter()
        .map(|o| booking::OfficeInfo {
            id: o.id.clone(),
            kind: o.kind.clone(),
            name: o.name.clone(),
            region_code: o.region_code.clone(),
            lat: o.lat,
            lon: o.lng,
        })
        .collect();
    booking::order_offices(&infos, pos, Some(region_code))
        .into_iter()
        .filter_map(|r| {
            let o = active.iter().find(|o| o.id == r.office.id)?;
            Some(PointChoice {
                office: (*o).clone(),
                distance_km: r.distance_km,
                in_region: o.region_code == region_code,
            })
        })
        .collect()
}

/// The id of the help point to highlight: among the nearby ones (the user's region's, or the
/// [`NEARBY`] nearest), the one with the most free seats; ties go to the nearer one. `None`
/// when none of them has a free seat, or there is nothing to compare.
pub fn least_crowded_nearby(points: &[PointChoice]) -> Option<String> {
    let in_region: Vec<&PointChoice> = points.iter().filter(|p| p.in_region).collect();
    let nearby: Vec<&PointChoice> =
        if points.iter().any(|p| p.distance_km.is_some()) || in_region.len() < 2 {
            points.iter().take(NEARBY).collect()
        } else {
            in_region
        };
    if nearby.len() < 2 {
        return None;
    }
    let mut best: Option<&PointChoice> = None;
    for p in nearby {
        if p.office.remaining > 0 && best.is_none_or(|b| p.office.remaining > b.office.remaining) {
            best = Some(p);
        }
    }
    best.map(|b| b.office.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip_and_unsafe_values_are_dropped() {
        let q = BookingQuery::parse("?masalah=otp-not-received&jejak=0nn&langkah=periksa");
        assert_eq!(q.problem.as_deref(), Some("otp-not-received"));
        assert_eq!(q.trail, "0nn");
        assert_eq!(q.step, Some(Step::Check));
        assert_eq!(
            q.to_search(),
            "?masalah=otp-not-received&jejak=0nn&langkah=periksa"
        );
        let bad = BookingQuery::parse("?masalah=../settings&jejak=<x>&langkah=nope");
        assert_eq!(bad, BookingQuery::default());
        assert!(BookingQuery::parse("kelola=1").manage);
    }

    #[test]
    fn weekdays_are_right() {
        assert_eq!(weekday("2026-11-30"), Some(0)); // a Monday
        assert_eq!(long_date("2026-12-06", Lang::Id), "Minggu, 6 Des 2026");
    }
}
