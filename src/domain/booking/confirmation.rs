//! The confirmation: the only thing kept on the device after booking, with no name, NIK or
//! phone (family phones are shared). What it says in words (dates, the card, the calendar
//! file) is in `crate::text::booking`.

use crate::domain::booking::api::OwnerView;
use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};

/// What the confirmation screen shows, and everything that stays on the device after booking:
/// no name, NIK or phone (family phones are shared).
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct Confirmation {
    pub code: String,
    pub queue_number: u32,
    pub status: String,
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
            office_name: v.help_point.name.clone(),
            office_kind: v.help_point.kind.clone(),
            address: v.help_point.address.clone(),
            region: v.help_point.region.clone(),
            start: v.slot.start.clone(),
            end: v.slot.end.clone(),
            summary: summary.to_owned(),
        }
    }
}

impl FromJson for Confirmation {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(Confirmation {
            code: j.str_field("code")?,
            queue_number: j.u32_field("queue_number")?,
            status: j.str_field("status")?,
            office_name: j.str_field("office_name")?,
            office_kind: j.str_field("office_kind")?,
            address: j.str_field("address")?,
            region: j.str_field("region")?,
            start: j.str_field("start")?,
            end: j.str_field("end")?,
            summary: j.str_field("summary")?,
        })
    }
}

impl ToJson for Confirmation {
    fn to_json(&self) -> String {
        use Val::*;
        json::object(&[
            ("code", S(&self.code)),
            ("queue_number", N(self.queue_number)),
            ("status", S(&self.status)),
            ("office_name", S(&self.office_name)),
            ("office_kind", S(&self.office_kind)),
            ("address", S(&self.address)),
            ("region", S(&self.region)),
            ("start", S(&self.start)),
            ("end", S(&self.end)),
            ("summary", S(&self.summary)),
        ])
    }
}
