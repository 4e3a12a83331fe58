//! What the desk sends: a status change (with the served note and what fixed it), and a
//! walk-in booking with its checks (the same NIK, phone and name rules as the citizen's form).

use super::status::Status;
use crate::domain::booking::staff_booking::Person;
use crate::domain::common::json::{self, Val};

/// The longest served note the desk sends.
pub const NOTE_MAX: usize = 500;

/// What fixed a served case: one of the problem's steps (its node id), or something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    Step(String),
    Other,
}

impl Fix {
    pub fn key(&self) -> &str {
        match self {
            Fix::Step(id) => id,
            Fix::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Fix> {
        match s {
            "" => None,
            "other" => Some(Fix::Other),
            id => Some(Fix::Step(id.to_owned())),
        }
    }
}

/// `POST /api/staff/status`: served carries the note and what fixed it.
pub fn status_body(id: &str, to: Status, served: Option<(&str, &Fix)>) -> String {
    match served {
        Some((note, fix)) if to == Status::Served => {
            let note: String = note.trim().chars().take(NOTE_MAX).collect();
            json::object(&[
                ("id", Val::S(id)),
                ("status", Val::S(to.key())),
                ("note", Val::S(&note)),
                ("fixed_by", Val::S(fix.key())),
            ])
        }
        _ => json::object(&[("id", Val::S(id)), ("status", Val::S(to.key()))]),
    }
}

/// `POST /api/staff/undo`.
pub fn undo_body(id: &str) -> String {
    json::object(&[("id", Val::S(id))])
}

/// `POST /api/staff/checkin`: the code as typed or read from the QR code, already normalised.
/// `look`: only find the booking and run the checks (the desk shows the person first); the
/// officer's confirming press sends the same code without it.
pub fn checkin_body(code: &str, look: bool) -> String {
    if look {
        json::object(&[("code", Val::S(code)), ("look", Val::B(true))])
    } else {
        json::object(&[("code", Val::S(code))])
    }
}

/// A walk-in as the officer types it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WalkIn {
    pub slot: String,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub region_code: String,
    pub ektp_checked: bool,
    pub note: String,
    /// The problem's id from the catalogue, or empty when it is not clear yet.
    pub problem: String,
}

/// The walk-in form's fields and what can be wrong with them: the caller's booking's, with the
/// e-KTP seen as the officer's confirmation.
pub use crate::domain::booking::staff_booking::{
    StaffField as WalkInField, StaffProblem as WalkInProblem,
};

/// A field's input id on the walk-in screen (the error summary links to it).
pub fn walk_in_input_id(f: WalkInField) -> String {
    f.input_id("walkin", "ektp")
}

impl WalkIn {
    fn person(&self) -> Person<'_> {
        Person {
            slot: &self.slot,
            name: &self.name,
            nik: &self.nik,
            phone: &self.phone,
            region_code: &self.region_code,
        }
    }

    /// Every problem, in the order of the fields on screen.
    pub fn problems(&self) -> Vec<(WalkInField, WalkInProblem)> {
        self.person().problems(self.ektp_checked)
    }

    /// `POST /api/staff/booking`: `None` while anything is wrong.
    pub fn body(&self) -> Option<String> {
        if !self.ektp_checked {
            return None;
        }
        self.person().body(
            &self.note,
            vec![
                ("ektp_checked", Val::B(true)),
                ("problem", Val::S(&self.problem)),
            ],
        )
    }

    /// After a booking: ready for the next person (the slot stays chosen).
    pub fn clear_person(&mut self) {
        *self = WalkIn {
            slot: std::mem::take(&mut self.slot),
            ..WalkIn::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_carries_a_trimmed_note_and_what_fixed_it() {
        assert_eq!(
            status_body(
                "r1",
                Status::Served,
                Some(("  HP baru  ", &Fix::Step("resend".into())))
            ),
            r#"{"id":"r1","status":"served","note":"HP baru","fixed_by":"resend"}"#
        );
        assert_eq!(
            status_body("r1", Status::Arrived, Some(("x", &Fix::Other))),
            r#"{"id":"r1","status":"arrived"}"#
        );
        let long = "a".repeat(900);
        assert!(status_body("r1", Status::Served, Some((&long, &Fix::Other))).len() < 600);
        assert_eq!(undo_body("r\"1"), r#"{"id":"r\"1"}"#);
        assert_eq!(checkin_body("K7QM3XPA", false), r#"{"code":"K7QM3XPA"}"#);
        assert_eq!(
            checkin_body("K7QM3XPA", true),
            r#"{"code":"K7QM3XPA","look":true}"#
        );
        assert_eq!(Fix::parse("other"), Some(Fix::Other));
        assert_eq!(Fix::parse(""), None);
    }

    #[test]
    fn a_walk_in_needs_every_field_and_the_ektp_checked() {
        let mut w = WalkIn::default();
        let fields: Vec<_> = w.problems().into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                WalkInField::Slot,
                WalkInField::Name,
                WalkInField::Nik,
                WalkInField::Phone,
                WalkInField::Region,
                WalkInField::Confirmed
            ]
        );
        assert_eq!(w.body(), None);
        w = WalkIn {
            slot: "s1".into(),
            name: "  Siti   Aminah ".into(),
            nik: "3578 0145 0690 0001".into(),
            phone: "0812-3456-7890".into(),
            region_code: "3578".into(),
            ektp_checked: false,
            note: String::new(),
            problem: String::new(),
        };
        assert_eq!(
            w.problems(),
            [(WalkInField::Confirmed, WalkInProblem::NotConfirmed)]
        );
        w.ektp_checked = true;
        assert_eq!(
            w.body().unwrap(),
            r#"{"slot":"s1","name":"Siti Aminah","nik":"3578014506900001","phone":"+6281234567890","region":"Kota Surabaya","summary":"","ektp_checked":true,"problem":""}"#
        );
        // the problem chosen at the desk goes with it (the store then offers its steps as "what fixed it")
        w.problem = "otp-not-received".into();
        assert!(w
            .body()
            .unwrap()
            .ends_with(r#""problem":"otp-not-received"}"#));
        w.clear_person();
        assert_eq!(w.slot, "s1");
        assert!(w.nik.is_empty() && !w.ektp_checked);
    }
}
