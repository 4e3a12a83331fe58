//! The province's call centres (`telepon/`): an agent walks a caller through the same flows and
//! books for them through the citizen's rules (`POST /api/call/booking`, channel phone). Here:
//! what the agent sends, the read-back of the booking, and the code spelled out character by
//! character for reading aloud. The words of the spelling alphabet are strings (`crate::text`);
//! this module only says which character each word stands for.

use crate::domain::booking::code::CODE_ALPHABET;
use crate::domain::booking::staff_booking::Person;
use crate::domain::common::json::{self, parse, Val};

/// A booking for a caller, as the agent types it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallBooking {
    pub slot: String,
    pub name: String,
    pub nik: String,
    pub phone: String,
    pub region_code: String,
    /// The agent read the consent text aloud and the caller agreed.
    pub consent_read: bool,
    /// The problem's id and the case summary rebuilt from the answers of this call.
    pub problem: String,
    pub summary: String,
}

/// The agent's form's fields and what can be wrong with them: the walk-in's, with the consent
/// read out as the staff member's confirmation.
pub use crate::domain::booking::staff_booking::{
    StaffField as CallField, StaffProblem as CallProblem,
};

/// A field's input id on the agent's screen (the error summary links to it).
pub fn input_id(f: CallField) -> String {
    f.input_id("call", "consent")
}

impl CallBooking {
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
    pub fn problems(&self) -> Vec<(CallField, CallProblem)> {
        self.person().problems(self.consent_read)
    }

    /// `POST /api/call/booking`: `None` while anything is wrong.
    pub fn body(&self) -> Option<String> {
        if !self.consent_read {
            return None;
        }
        self.person().body(
            &self.summary,
            vec![
                ("problem", Val::S(&self.problem)),
                ("consent_read", Val::B(true)),
            ],
        )
    }

    /// Some of the caller's personal details are typed: a sign-out would clear them.
    pub fn has_caller(&self) -> bool {
        [&self.name, &self.nik, &self.phone]
            .iter()
            .any(|t| !t.trim().is_empty())
    }

    /// After the call: nothing of the caller is kept.
    pub fn forget_caller(&mut self) {
        *self = CallBooking::default();
    }
}

/// `POST /api/call/readback`.
pub fn readback_body(id: &str) -> String {
    json::object(&[("id", Val::S(id))])
}

/// The booking as read back to the caller: no name, NIK or phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadBack {
    pub code: String,
    pub queue_number: u32,
    /// ISO times of the slot.
    pub start: String,
    pub end: String,
    pub point_name: String,
    pub point_region: String,
    pub address: String,
    pub landmark: String,
}

/// The read-back answer.
pub fn decode_readback(text: &str) -> Option<ReadBack> {
    let j = parse(text).ok()?;
    let slot = j.get("slot")?;
    let p = j.get("help_point")?;
    Some(ReadBack {
        code: j.str_field("code")?,
        queue_number: j.u32_or_default("queue_number")?,
        start: slot.str_field("start")?,
        end: slot.str_field("end")?,
        point_name: p.str_field("name")?,
        point_region: p.str_or_default("region")?,
        address: p.str_or_default("address")?,
        landmark: p.str_or_default("landmark")?,
    })
}

/// The id the store gave the new booking (the create answer), for the read-back.
pub fn created_id(text: &str) -> Option<String> {
    parse(text).ok()?.str_field("id").filter(|s| !s.is_empty())
}

/// Where each character of a booking code sits in the spelling table (`CODE_ALPHABET`'s
/// order); `None` for a character no code has.
pub fn spelling_index(c: char) -> Option<usize> {
    let up = c.to_ascii_uppercase();
    CODE_ALPHABET.iter().position(|&b| b as char == up)
}

/// A code spelled for reading aloud: each character with its word from `words` (one word per
/// character of `CODE_ALPHABET`, in its order), in groups of four as the code is shown.
pub fn spell<'a>(code: &str, words: &[&'a str]) -> Vec<Vec<(char, &'a str)>> {
    let chars: Vec<(char, &'a str)> = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .filter_map(|c| {
            let i = spelling_index(c)?;
            Some((c.to_ascii_uppercase(), *words.get(i)?))
        })
        .collect();
    chars.chunks(4).map(|g| g.to_vec()).collect()
}

#[cfg(test)]
mod tests;
