//! The confirmation: the only thing kept on the device after booking, with no name, NIK or
//! phone (family phones are shared). What it says in words (dates, the card, the calendar
//! file) is in `crate::text::booking`.

use crate::domain::booking::api::OwnerView;
use crate::domain::booking::hours::OpeningHours;
use crate::domain::common::json::{self, FromJson, Json, ToJson, Val};
use crate::domain::common::routes::map;

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
    /// The help point's regency or city.
    pub region: String,
    pub start: String,
    pub end: String,
    pub summary: String,
    /// The help point's opening hours, when the store sent them.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub hours: OpeningHours,
    /// A map of the help point: its coordinates when known, else a search for its street
    /// address; empty when neither is known.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub map: String,
}

impl Confirmation {
    pub fn from_view(v: &OwnerView, summary: &str) -> Confirmation {
        let h = &v.help_point;
        let place = match h.region.as_str() {
            "" => h.address.clone(),
            r => format!("{}, {r}", h.address),
        };
        let map = h
            .position()
            .and_then(|(lat, lng)| map::map_href(lat, lng))
            .or_else(|| {
                (!h.address.is_empty())
                    .then(|| map::map_search_href(&place))
                    .flatten()
            })
            .unwrap_or_default();
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
            hours: h.hours.clone(),
            map,
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
            // kept by a version without them: nothing to show
            hours: OpeningHours::unpack(&j.str_or_default("hours")?),
            map: j.str_or_default("map")?,
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
            ("hours", S(&self.hours.packed())),
            ("map", S(&self.map)),
        ])
    }
}
