//! The help point's map at the desk: East Java's bounding box (`office::LAT_MIN` …) as an SVG,
//! and a click on it as a position; its units are whole numbers (no float formatter, which
//! costs the desk bundle several KB; coordinates as text are in `super::coordinate`).

use super::office::{LAT_MAX, LAT_MIN, LNG_MAX, LNG_MIN};

/// The map: East Java's bounding box as an SVG of `W`×`H` units, north up. Longitude and
/// latitude map linearly (the box is small enough near the equator).
pub const MAP_W: f64 = 550.0;
pub const MAP_H: f64 = 220.0;

pub fn to_map(lat: f64, lng: f64) -> (f64, f64) {
    (
        (lng - LNG_MIN) / (LNG_MAX - LNG_MIN) * MAP_W,
        (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * MAP_H,
    )
}

/// A map position (a point of the SVG) in whole units, for its attributes: integers, so the desk
/// bundle carries no float-to-text code (about 5 KB).
pub fn map_unit(v: f64) -> i32 {
    v.round() as i32
}

/// A click on the map (in map units) as a position, rounded to 5 decimals (about a metre).
pub fn from_map(x: f64, y: f64) -> (f64, f64) {
    let round = |v: f64| (v * 100_000.0).round() / 100_000.0;
    let lng = LNG_MIN + x.clamp(0.0, MAP_W) / MAP_W * (LNG_MAX - LNG_MIN);
    let lat = LAT_MAX - y.clamp(0.0, MAP_H) / MAP_H * (LAT_MAX - LAT_MIN);
    (round(lat), round(lng))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_on_the_map_and_back() {
        let (x, y) = to_map(-7.2575, 112.7521);
        assert!((0.0..MAP_W).contains(&x) && (0.0..MAP_H).contains(&y));
        let (lat, lng) = from_map(x, y);
        assert!((lat - -7.2575).abs() < 1e-4 && (lng - 112.7521).abs() < 1e-4);
        assert_eq!(from_map(-50.0, 999.0), (LAT_MIN, LNG_MIN));
        assert_eq!(map_unit(12.5), 13);
        assert_eq!(map_unit(-0.4), 0);
    }
}
