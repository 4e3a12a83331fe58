//! Help points and their slots, as the booking store describes them (`GET /api/availability`,
//! `GET /api/availability/<id>`): one model of each, used by every screen, plus the rules that
//! turn them into choices: days with free seats, nearest help points first, the least crowded
//! one nearby, and other times when a slot filled up meanwhile.

use crate::domain::booking::calendar::Moment;
use crate::domain::booking::regions;
use crate::domain::common::json::{FromJson, Json};
use crate::domain::common::sort::sort_small;
use std::cmp::Ordering;

/// A help point (titik layanan). Replies that describe a booking carry only some fields; the
/// others keep their defaults.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct HelpPoint {
    pub id: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub code: String,
    /// "province_office", "ltsa", "blk", "disnaker", …
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub kind: String,
    pub name: String,
    /// The regency or city, as a name ("Kota Surabaya").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub region: String,
    /// Its Kemendagri code ("3578").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub region_code: String,
    /// Listed (the province has not switched it off). Whether it takes bookings:
    /// [`HelpPoint::bookable`].
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub active: bool,
    /// Why it takes no booking (the store's `bookable: false`); `None` when it does.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub not_bookable_reason: Option<NotBookable>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub lat: Option<f64>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub lng: Option<f64>,
    /// Free seats in the days the store was asked about.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub remaining: u32,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub next_free_slot: Option<String>,
    /// Street address: shown only in a citizen's own booking.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub address: String,
}

/// Why a listed help point takes no booking: its street address is not in a source that can
/// be checked (`backend/data/offices.json`, `not_bookable_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum NotBookable {
    /// No street address found in a source that can be checked.
    NoAddress,
    /// Only an unconfirmed lead so far.
    AddressUnconfirmed,
    /// The address is old; the office may have moved.
    AddressOutdated,
}

impl NotBookable {
    /// The store's code; an unknown code reads as the most general reason.
    pub fn parse(code: &str) -> NotBookable {
        match code {
            "address_unconfirmed" => NotBookable::AddressUnconfirmed,
            "address_outdated" => NotBookable::AddressOutdated,
            _ => NotBookable::NoAddress,
        }
    }
}

/// A time slot at one help point.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct Slot {
    pub id: String,
    /// ISO 8601, WIB unless an offset is given.
    pub start: String,
    pub end: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub seats: u32,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub remaining: u32,
    /// The help point is closed then (holiday, training).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub closed: bool,
}

/// `GET /api/availability`: every help point with its free seats.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct Availability {
    pub offices: Vec<HelpPoint>,
}

/// `GET /api/availability/<id>`: one help point and its slots.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub struct PointSlots {
    pub office: HelpPoint,
    pub slots: Vec<Slot>,
}

impl Slot {
    pub fn open(&self) -> bool {
        !self.closed && self.remaining > 0
    }
    fn free(&self) -> u32 {
        if self.closed {
            0
        } else {
            self.remaining
        }
    }
    fn moment(&self) -> Option<Moment> {
        Moment::parse(&self.start)
    }
    /// The WIB day of the start, `None` if the start cannot be read.
    pub fn day(&self) -> Option<String> {
        self.moment().map(Moment::wib_day)
    }
}

/// One day of the time picker.
#[derive(Debug, Clone, PartialEq)]
pub struct DayChoice {
    /// "YYYY-MM-DD" (WIB).
    pub day: String,
    pub remaining: u32,
    /// Sorted by start.
    pub slots: Vec<Slot>,
}

/// Slots grouped by WIB day, days and times ascending. Slots whose start cannot be read are
/// left out.
pub fn days(slots: &[Slot]) -> Vec<DayChoice> {
    let mut keyed: Vec<(Moment, &Slot)> = slots
        .iter()
        .filter_map(|s| s.moment().map(|m| (m, s)))
        .collect();
    sort_small(&mut keyed, |a, b| {
        a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id))
    });
    let mut out: Vec<DayChoice> = Vec::new();
    for (m, s) in keyed {
        let day = m.wib_day();
        match out.last_mut() {
            Some(last) if last.day == day => {
                last.remaining += s.free();
                last.slots.push(s.clone());
            }
            _ => out.push(DayChoice {
                day,
                remaining: s.free(),
                slots: vec![s.clone()],
            }),
        }
    }
    out
}

/// The first day on or after `day` ("YYYY-MM-DD") with a free seat: what to offer when the
/// chosen day is full.
pub fn next_free_day(slots: &[Slot], day: &str) -> Option<String> {
    days(slots)
        .into_iter()
        .find(|d| d.day.as_str() >= day && d.remaining > 0)
        .map(|d| d.day)
}

/// Up to `n` open slots nearest in time to the one that was wanted (the slot itself excluded),
/// returned in time order: what to offer when the chosen slot filled up meanwhile.
pub fn alternatives(slots: &[Slot], wanted: &str, exclude: &str, n: usize) -> Vec<Slot> {
    let w = Moment::parse(wanted).map(|m| m.0).unwrap_or(0);
    let mut open: Vec<(i64, i64, &Slot)> = slots
        .iter()
        .filter(|s| s.open() && s.id != exclude)
        .filter_map(|s| s.moment().map(|m| ((m.0 - w).abs(), m.0, s)))
        .collect();
    sort_small(&mut open, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    open.truncate(n);
    sort_small(&mut open, |a, b| a.1.cmp(&b.1));
    open.into_iter().map(|(_, _, s)| s.clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// Distance and the order of help points

/// Great-circle distance in km (haversine, mean Earth radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * R * h.clamp(0.0, 1.0).sqrt().asin()
}

fn valid_pos(p: (f64, f64)) -> bool {
    p.0.is_finite() && p.1.is_finite() && p.0.abs() <= 90.0 && p.1.abs() <= 180.0
}

impl HelpPoint {
    pub fn position(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lng).filter(|&p| valid_pos(p))
    }
    /// Listed and takes bookings.
    pub fn bookable(&self) -> bool {
        self.active && self.not_bookable_reason.is_none()
    }
    /// Its own position, else its region's seat town.
    fn rough_position(&self) -> Option<(f64, f64)> {
        self.position()
            .or_else(|| regions::by_code(&self.region_code).map(|r| r.seat))
    }
}

/// The bookable help point nearest to `of` (one that takes no booking): in the same region if
/// there is one there, else the nearest by position (the help points' own, else their regions'
/// seat towns); ties go to the one with more free seats, then by name. `None` when `of`'s place
/// is unknown or nothing is bookable.
pub fn nearest_bookable<'a>(points: &'a [HelpPoint], of: &HelpPoint) -> Option<&'a HelpPoint> {
    let here = of.rough_position();
    let mut best: Option<(bool, f64, &HelpPoint)> = None;
    for p in points.iter().filter(|p| p.bookable() && p.id != of.id) {
        let same = !of.region_code.is_empty() && p.region_code == of.region_code;
        let d = match (here, p.rough_position()) {
            (Some(a), Some(b)) => distance_km(a, b),
            _ if same => 0.0,
            _ => continue,
        };
        let better = match best {
            None => true,
            Some((bs, bd, bp)) => {
                (!same, d, std::cmp::Reverse(p.remaining), &p.name).partial_cmp(&(
                    !bs,
                    bd,
                    std::cmp::Reverse(bp.remaining),
                    &bp.name,
                )) == Some(Ordering::Less)
            }
        };
        if better {
            best = Some((same, d, p));
        }
    }
    best.map(|(_, _, p)| p)
}

/// A help point in the list, with its distance when known.
#[derive(Debug, Clone, PartialEq)]
pub struct PointChoice {
    pub office: HelpPoint,
    /// Only when both the user's position and the help point's are known.
    pub distance_km: Option<f64>,
    pub in_region: bool,
}

/// How many of the nearest help points count as "near you" for the least-crowded badge.
pub const NEARBY: usize = 4;

/// Active help points that take bookings, plus those in the chosen region that do not (the
/// citizen may know them: they are shown with the reason and the nearest bookable one), those
/// that take bookings first. Then, with a position: nearest first, those without coordinates
/// last. Without one: the chosen region's first. Remaining ties: the region's first, then by name.
pub fn order_points(
    points: &[HelpPoint],
    pos: Option<(f64, f64)>,
    region_code: &str,
) -> Vec<PointChoice> {
    let pos = pos.filter(|&p| valid_pos(p));
    let mut out: Vec<PointChoice> = points
        .iter()
        .filter(|o| o.bookable() || (o.active && o.region_code == region_code))
        .map(|o| PointChoice {
            distance_km: pos.zip(o.position()).map(|(u, p)| distance_km(u, p)),
            in_region: o.region_code == region_code,
            office: o.clone(),
        })
        .collect();
    sort_small(&mut out, |a, b| {
        let by_distance = match (a.distance_km, b.distance_km) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        (b.office.bookable().cmp(&a.office.bookable()))
            .then(by_distance)
            .then_with(|| b.in_region.cmp(&a.in_region))
            .then_with(|| a.office.name.cmp(&b.office.name))
    });
    out
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
    for p in nearby.into_iter().filter(|p| p.office.bookable()) {
        if p.office.remaining > 0 && best.is_none_or(|b| p.office.remaining > b.office.remaining) {
            best = Some(p);
        }
    }
    best.map(|b| b.office.id.clone())
}

// ---------------------------------------------------------------------------------------------
// Reading the store's replies

impl FromJson for HelpPoint {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(HelpPoint {
            id: j.str_field("id")?,
            code: j.str_or_default("code")?,
            kind: j.str_or_default("kind")?,
            name: j.str_field("name")?,
            region: j.str_or_default("region")?,
            region_code: j.str_or_default("region_code")?,
            active: j.bool_or_default("active")?,
            // a store from before `bookable` sends neither field: every listed point took bookings
            not_bookable_reason: match j.get("bookable") {
                Some(_) if !j.bool_field("bookable")? => Some(NotBookable::parse(
                    &j.str_or_default("not_bookable_reason").unwrap_or_default(),
                )),
                _ => None,
            },
            lat: j.opt_f64("lat")?,
            lng: j.opt_f64("lng")?,
            remaining: j.u32_or_default("remaining")?,
            next_free_slot: j.opt("next_free_slot")?,
            address: j.str_or_default("address")?,
        })
    }
}

impl FromJson for Slot {
    fn from_json(j: &Json) -> Option<Self> {
        j.object()?;
        Some(Slot {
            id: j.str_field("id")?,
            start: j.str_field("start")?,
            end: j.str_field("end")?,
            seats: j.u32_or_default("seats")?,
            remaining: j.u32_or_default("remaining")?,
            closed: j.bool_or_default("closed")?,
        })
    }
}

impl FromJson for Availability {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Availability {
            offices: j.required_list("offices")?,
        })
    }
}

impl FromJson for PointSlots {
    fn from_json(j: &Json) -> Option<Self> {
        Some(PointSlots {
            office: HelpPoint::from_json(j.get("office")?)?,
            slots: j.required_list("slots")?,
        })
    }
}
