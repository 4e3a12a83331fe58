//! The desk map's coast (`src/ui/desk/coast.path`, derived once from Natural Earth by
//! `tools/map-outline.mjs`) is drawn in the map's own units: every point inside the box, and the
//! coast passes where the desk's projection puts coastal towns.

use pendamping::domain::desk::map::{to_map, MAP_H, MAP_W};

fn points() -> Vec<(f64, f64)> {
    let path = include_str!("../src/ui/desk/coast.path").trim();
    assert!(path.starts_with('M'), "an SVG path of moves and lines");
    path.split(['M', 'L'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (x, y) = p.split_once(',').expect("x,y");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect()
}

fn nearest(lat: f64, lng: f64) -> f64 {
    let (x, y) = to_map(lat, lng);
    points()
        .iter()
        .map(|(a, b)| ((a - x).powi(2) + (b - y).powi(2)).sqrt())
        .fold(f64::MAX, f64::min)
}

#[test]
fn every_point_of_the_coast_is_inside_the_map() {
    let p = points();
    assert!(p.len() > 100, "a coastline, not a box: {} points", p.len());
    for (x, y) in p {
        assert!(
            (0.0..=MAP_W).contains(&x) && (0.0..=MAP_H).contains(&y),
            "{x},{y}"
        );
    }
}

#[test]
fn the_coast_runs_past_coastal_towns_and_not_through_inland_ones() {
    // (lat, lng): Surabaya, Banyuwangi, Pacitan, Sumenep (Madura) are on the sea
    for (lat, lng) in [
        (-7.2, 112.74),
        (-8.22, 114.37),
        (-8.2, 111.1),
        (-7.02, 113.87),
    ] {
        assert!(
            nearest(lat, lng) < 12.0,
            "coast near {lat},{lng}: {}",
            nearest(lat, lng)
        );
    }
    // Malang and Kediri are far inland
    for (lat, lng) in [(-7.98, 112.63), (-7.82, 112.01)] {
        assert!(nearest(lat, lng) > 25.0, "no coast at {lat},{lng}");
    }
}
