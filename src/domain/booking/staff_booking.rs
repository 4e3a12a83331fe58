//! A booking staff make for someone in front of them or on the phone: a walk-in at the desk
//! (`domain::desk::request::WalkIn`) and a caller's booking at the call centre
//! (`domain::call::CallBooking`). Both check the same person fields with the citizen's rules and
//! send them the same way; each adds what its staff confirm (the e-KTP seen, the consent read).

use super::form::{check_name, NameError};
use super::nik::{check_nik, NikError};
use super::phone::{check_phone, PhoneError};
use super::regions;
use crate::domain::common::json::{self, Val};

/// The fields both screens ask for, as typed.
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub slot: &'a str,
    pub name: &'a str,
    pub nik: &'a str,
    pub phone: &'a str,
    pub region_code: &'a str,
}

/// A field of the form: the person's, then what the staff member confirms (the e-KTP seen at
/// the desk, the consent read out on the phone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StaffField {
    Slot,
    Name,
    Nik,
    Phone,
    Region,
    Confirmed,
}

impl StaffField {
    /// The input's id on a screen whose ids start with `screen` ("walkin", "call"); `confirmed`
    /// names the confirmation's input there ("ektp", "consent"). The error summary links to it.
    pub fn input_id(self, screen: &str, confirmed: &str) -> String {
        let name = match self {
            StaffField::Slot => "slot",
            StaffField::Name => "name",
            StaffField::Nik => "nik",
            StaffField::Phone => "phone",
            StaffField::Region => "region",
            StaffField::Confirmed => confirmed,
        };
        format!("{screen}-{name}")
    }
}

/// What is wrong with one of those fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffProblem {
    SlotMissing,
    Name(NameError),
    Nik(NikError),
    Phone(PhoneError),
    RegionMissing,
    NotConfirmed,
}

impl Person<'_> {
    /// Every problem with its field, in the order of the fields on screen (slot, name, NIK,
    /// phone, region, the confirmation).
    pub fn problems(&self, confirmed: bool) -> Vec<(StaffField, StaffProblem)> {
        let mut v = Vec::new();
        if self.slot.is_empty() {
            v.push((StaffField::Slot, StaffProblem::SlotMissing));
        }
        if let Err(e) = check_name(self.name) {
            v.push((StaffField::Name, StaffProblem::Name(e)));
        }
        if let Err(e) = check_nik(self.nik) {
            v.push((StaffField::Nik, StaffProblem::Nik(e)));
        }
        if let Err(e) = check_phone(self.phone) {
            v.push((StaffField::Phone, StaffProblem::Phone(e)));
        }
        if regions::by_code(self.region_code).is_none() {
            v.push((StaffField::Region, StaffProblem::RegionMissing));
        }
        if !confirmed {
            v.push((StaffField::Confirmed, StaffProblem::NotConfirmed));
        }
        v
    }

    /// The request body: the person as the store takes them (name and NIK as checked, the phone
    /// in E.164, the region's name) and the summary cut to 2,000 characters, then `rest` (the
    /// problem id and what the staff member confirmed). `None` while a field is wrong.
    pub fn body<'v>(&self, summary: &str, rest: Vec<(&'v str, Val<'v>)>) -> Option<String> {
        if self.slot.is_empty() {
            return None;
        }
        let name = check_name(self.name).ok()?;
        let nik = check_nik(self.nik).ok()?;
        let phone = check_phone(self.phone).ok()?.e164();
        let region = regions::by_code(self.region_code)?.name;
        let summary: String = summary.trim().chars().take(2000).collect();
        let mut fields = vec![
            ("slot", Val::S(self.slot)),
            ("name", Val::S(&name)),
            ("nik", Val::S(nik.as_str())),
            ("phone", Val::S(&phone)),
            ("region", Val::S(region)),
            ("summary", Val::S(&summary)),
        ];
        fields.extend(rest);
        Some(json::object(&fields))
    }
}
