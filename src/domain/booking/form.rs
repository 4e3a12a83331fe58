//! The booking form as a citizen walks it (`jadwal/`): what they entered, which field belongs to
//! which step, and what is wrong with each field (typed; `crate::text::errors` says it in
//! words). Nothing here touches the browser.

use crate::domain::booking::api::{ApiCode, BookingRequest};
use crate::domain::booking::availability::Slot;
use crate::domain::booking::code::CodeError;
use crate::domain::booking::nik::{check_nik, NikError};
use crate::domain::booking::phone::{check_phone, PhoneError};
use crate::domain::booking::regions;
use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};
use crate::domain::common::routes::Step;
use crate::domain::flow::walk::truncate_chars;

/// Everything the citizen has entered. Kept in session storage while they type (nothing typed
/// is lost on a reload); the NIK and phone leave the device only in the booking request body.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
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

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    RegionMissing,
    PointMissing,
    SlotMissing,
    ConsentMissing,
    Name(NameError),
    Nik(NikError),
    Phone(PhoneError),
    Code(CodeError),
    /// The booking store refused the field although it looked right here.
    Refused(ApiCode),
    /// No booking has this code and NIK (the manage screen).
    NoSuchBooking,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: FieldProblem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    /// Fewer than [`NAME_MIN_LETTERS`] letters ("A", "A.", "12").
    Short,
    /// Over [`NAME_MAX`] characters.
    Long,
    /// A bidi control, which turns the text around: staff would read another name than the
    /// one stored. (Zero-width and other invisible characters are just removed.)
    Invisible,
}

/// The name rule's parameters, as in `backend/data/rules/params.json` (`name`), which the
/// store reads; `tests/shared_rules.rs` keeps them equal.
pub const NAME_MAX: usize = 100;
pub const NAME_MIN_LETTERS: usize = 2;
/// Code points that cannot be seen (inclusive ranges): controls other than white space, soft
/// hyphen, fillers, zero-width characters. Removed from a name or an address: a stray one copied
/// with the text changes nothing a person reads.
pub const INVISIBLE: [(u32, u32); 14] = [
    (0x0000, 0x0008),
    (0x000E, 0x001F),
    (0x007F, 0x0084),
    (0x0086, 0x009F),
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180E, 0x180E),
    (0x200B, 0x200D),
    (0x2060, 0x2064),
    (0x3164, 0x3164),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
];
/// Bidi controls: they make the text staff read differ from the text stored, so a name or an
/// address with one is refused.
pub const BIDI: [(u32, u32); 4] = [
    (0x061C, 0x061C),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
];

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// The text without its invisible characters; `None` when it holds a bidi control.
pub fn visible_text(s: &str) -> Option<String> {
    if s.chars().any(|c| in_ranges(&BIDI, c)) {
        return None;
    }
    Some(s.chars().filter(|&c| !in_ranges(&INVISIBLE, c)).collect())
}

/// The name as it will be sent: invisible characters removed, spaces collapsed, at least two
/// letters.
pub fn check_name(name: &str) -> Result<String, NameError> {
    let visible = visible_text(name).ok_or(NameError::Invisible)?;
    let n: String = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    if n.is_empty() {
        return Err(NameError::Empty);
    }
    if n.chars().count() > NAME_MAX {
        return Err(NameError::Long);
    }
    if n.chars().filter(|c| c.is_alphabetic()).count() < NAME_MIN_LETTERS {
        return Err(NameError::Short);
    }
    Ok(n)
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
    pub fn field_problem(&self, f: Field) -> Option<FieldProblem> {
        match f {
            Field::Region => regions::by_code(&self.region_code)
                .is_none()
                .then_some(FieldProblem::RegionMissing),
            Field::Office => self
                .office_id
                .is_empty()
                .then_some(FieldProblem::PointMissing),
            Field::Slot => self.slot_id.is_empty().then_some(FieldProblem::SlotMissing),
            Field::Name => check_name(&self.name).err().map(FieldProblem::Name),
            Field::Nik => check_nik(&self.nik).err().map(FieldProblem::Nik),
            Field::Phone => check_phone(&self.phone).err().map(FieldProblem::Phone),
            Field::Consent => (!self.consent).then_some(FieldProblem::ConsentMissing),
            Field::Code => None,
        }
    }

    /// The errors of one step, in summary order (the order of the fields on screen).
    pub fn errors(&self, step: Step) -> Vec<FieldError> {
        fields_of(step)
            .iter()
            .filter_map(|&field| {
                self.field_problem(field)
                    .map(|problem| FieldError { field, problem })
            })
            .collect()
    }

    /// The first step that still needs an answer; `Step::Check` when everything is filled in.
    pub fn first_incomplete(&self) -> Step {
        Step::ALL[..5]
            .iter()
            .copied()
            .find(|&st| !self.errors(st).is_empty())
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

    pub fn choose_slot(&mut self, slot: &Slot) {
        self.slot_id = slot.id.clone();
        self.slot_start = slot.start.clone();
        self.slot_end = slot.end.clone();
    }

    /// The request body, with the NIK as 16 digits and the phone as +628…, for the case of
    /// `problem` (its content id); `None` while any field is wrong.
    pub fn request(&self, summary: &str, problem: &str) -> Option<BookingRequest> {
        if self.first_incomplete() != Step::Check {
            return None;
        }
        Some(BookingRequest {
            slot: self.slot_id.clone(),
            name: check_name(&self.name).ok()?,
            nik: check_nik(&self.nik).ok()?.as_str().to_owned(),
            phone: check_phone(&self.phone).ok()?.e164(),
            region: regions::by_code(&self.region_code)
                .map(|r| r.name.to_owned())
                .unwrap_or_default(),
            summary: truncate_chars(summary, 2000),
            problem: problem.to_owned(),
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

impl FromJson for BookingForm {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(BookingForm {
            region_code: j.str_field("region_code")?,
            office_id: j.str_field("office_id")?,
            office_name: j.str_field("office_name")?,
            office_kind: j.str_field("office_kind")?,
            slot_id: j.str_field("slot_id")?,
            slot_start: j.str_field("slot_start")?,
            slot_end: j.str_field("slot_end")?,
            name: j.str_field("name")?,
            nik: j.str_field("nik")?,
            phone: j.str_field("phone")?,
            consent: j.bool_field("consent")?,
        })
    }
}

impl ToJson for BookingForm {
    fn to_json(&self) -> String {
        use Val::*;
        json::object(&[
            ("region_code", S(&self.region_code)),
            ("office_id", S(&self.office_id)),
            ("office_name", S(&self.office_name)),
            ("office_kind", S(&self.office_kind)),
            ("slot_id", S(&self.slot_id)),
            ("slot_start", S(&self.slot_start)),
            ("slot_end", S(&self.slot_end)),
            ("name", S(&self.name)),
            ("nik", S(&self.nik)),
            ("phone", S(&self.phone)),
            ("consent", B(self.consent)),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_collapsed_and_hidden_characters_refused() {
        assert_eq!(check_name("  Siti   Aminah "), Ok("Siti Aminah".into()));
        assert_eq!(check_name("  "), Err(NameError::Empty));
        assert_eq!(check_name("A"), Err(NameError::Short));
        assert_eq!(
            check_name("A."),
            Err(NameError::Short),
            "two characters, one letter"
        );
        assert_eq!(check_name(&"a".repeat(101)), Err(NameError::Long));
        assert_eq!(check_name("\u{200b}\u{200b}"), Err(NameError::Empty));
        assert_eq!(check_name("Ni\u{200b} Luh"), Ok("Ni Luh".into()));
        assert_eq!(check_name("Siti\u{202e}hanimA"), Err(NameError::Invisible));
    }

    #[test]
    fn each_step_reports_only_its_own_fields_in_screen_order() {
        let f = BookingForm::default();
        let fields: Vec<Field> = f.errors(Step::Details).iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::Name, Field::Nik, Field::Phone]);
        assert_eq!(f.first_incomplete(), Step::Region);
        assert_eq!(f.allowed_step(Step::Check), Step::Region);
    }
}
