//! Help points and their slots, as the booking store describes them (`GET /api/availability`,
//! `GET /api/availability/<id>`): one model of each, used by every screen, plus the rules that
//! turn them into choices: days with free seats, nearest help points first, the least crowded
//! one nearby, and other times when a slot filled up meanwhile.

use crate::domain::booking::calendar::Moment;
use crate::domain::booking::hours::OpeningHours;
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
    /// Opening hours (WIB), when the store sends them.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub hours: OpeningHours,
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
    /// Why, when an officer closed the whole day ("Pelatihan petugas"); empty otherwise.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub closed_reason: String,
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
    /// The officer closed the help point that day, for this reason: every slot is closed.
    pub closed_reason: Option<String>,
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
                closed_reason: None,
            }),
        }
    }
    for d in &mut out {
        if d.slots.iter().all(|s| s.closed) {
            d.closed_reason = d
                .slots
                .iter()
                .find(|s| !s.closed_reason.is_empty())
                .map(|s| s.closed_reason.clone());
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

/// Kilometres per degree of latitude (mean Earth radius 6371.0088 km).
const KM_PER_DEGREE: f64 = 111.195_08;
/// The cosine of 7.65° S, the middle of East Java's latitudes (about 6.5° to 8.8° S, islands
/// included): one degree of longitude there is this many degrees of latitude long.
const COS_MIDDLE_LATITUDE: f64 = 0.991_100;

/// Distance in km on a flat map of East Java (equirectangular, one fixed cosine for the
/// province's middle latitude). Between two places in the province it is within 0.5 % of the
/// great-circle distance (`tests/distance.rs` checks every pair of regency seats against a
/// haversine), and it needs no sine or arc sine, which would weigh on the booking bundle.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let dy = b.0 - a.0;
    let dx = (b.1 - a.1) * COS_MIDDLE_LATITUDE;
    KM_PER_DEGREE * (dx * dx + dy * dy).sqrt()
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
    /// Only when both the user's position and the help point's are known (shown on screen).
    pub distance_km: Option<f64>,
    /// How far it is from the user's position, else from their region's seat town (the help
    /// point's own position, else its region's seat town): the order of the list.
    pub order_km: Option<f64>,
    pub in_region: bool,
}

/// How many of the nearest help points count as "near you" for the least-crowded badge.
pub const NEARBY: usize = 4;

/// Active help points that take bookings, plus those in the chosen region that do not (the
/// citizen may know them: they are shown with the reason and the nearest bookable one), those
/// that take bookings first. Then nearest first: from the user's position when they shared it,
/// else from their region's seat town; those without any position last. Remaining ties: the
/// region's first, then by name.
pub fn order_points(
    points: &[HelpPoint],
    pos: Option<(f64, f64)>,
    region_code: &str,
) -> Vec<PointChoice> {
    let pos = pos.filter(|&p| valid_pos(p));
    let origin = pos.or_else(|| regions::by_code(region_code).map(|r| r.seat));
    let mut out: Vec<PointChoice> = points
        .iter()
        .filter(|o| o.bookable() || (o.active && o.region_code == region_code))
        .map(|o| PointChoice {
            distance_km: pos.zip(o.position()).map(|(u, p)| distance_km(u, p)),
            order_km: origin
                .zip(o.rough_position())
                .map(|(u, p)| distance_km(u, p)),
            in_region: o.region_code == region_code,
            office: o.clone(),
        })
        .collect();
    sort_small(&mut out, |a, b| {
        let by_distance = match (a.order_km, b.order_km) {
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

/// The id of the help point to highlight: among the [`NEARBY`] nearest that take bookings (the
/// list as [`order_points`] gives it), the one with strictly the most free seats. `None` when
/// fewer than two are there to compare, when none has a free seat, or when another one nearby
/// has as many (nothing to tell apart: no badge).
pub fn least_crowded_nearby(points: &[PointChoice]) -> Option<String> {
    let nearby: Vec<&HelpPoint> = points
        .iter()
        .filter(|p| p.office.bookable() && p.order_km.is_some())
        .take(NEARBY)
        .map(|p| &p.office)
        .collect();
    if nearby.len() < 2 {
        return None;
    }
    let most = nearby.iter().map(|o| o.remaining).max()?;
    let mut with_most = nearby.iter().filter(|o| o.remaining == most);
    match (with_most.next(), with_most.next()) {
        (Some(o), None) if most > 0 => Some(o.id.clone()),
        _ => None,
    }
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
            hours: OpeningHours::read(j.get("hours")),
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
            closed_reason: j.str_or_default("closed_reason")?,
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
