//! The booking page's distance (`availability::distance_km`: a flat map of East Java with one
//! fixed cosine, no sine or arc sine) against the great-circle distance (haversine, f64) between
//! every pair of the regency seat towns, where the help points without coordinates of their own
//! are placed, and the province's corners. Stated tolerance: within 0.5 % of the great-circle
//! distance, and the same order of help points wherever two distances differ by more than 1 %.

use pendamping::domain::booking::availability::distance_km;
use pendamping::domain::booking::regions;

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((b.1 - a.1).to_radians() / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().asin()
}

/// Every seat town, plus the province's far corners (Bawean and the Kangean islands to the
/// north and east, Pacitan's and Banyuwangi's southern coasts).
fn places() -> Vec<(f64, f64)> {
    let mut p: Vec<(f64, f64)> = regions::all().iter().map(|r| r.seat).collect();
    p.extend([(-5.8, 112.65), (-6.9, 115.5), (-8.3, 111.0), (-8.8, 114.4)]);
    p
}

#[test]
fn the_flat_distance_is_within_half_a_percent_of_the_great_circle_one() {
    let p = places();
    let mut worst: f64 = 0.0;
    for &a in &p {
        for &b in &p {
            let (flat, round) = (distance_km(a, b), haversine_km(a, b));
            if round < 1e-9 {
                assert!(flat < 1e-9, "{a:?} to itself: {flat}");
                continue;
            }
            worst = worst.max((flat - round).abs() / round);
        }
    }
    assert!(worst < 0.005, "worst relative difference {worst}");
}

#[test]
fn help_points_come_in_the_same_order_as_by_great_circle() {
    let p = places();
    for &from in &p {
        for &x in &p {
            for &y in &p {
                let (hx, hy) = (haversine_km(from, x), haversine_km(from, y));
                if hx < hy * 0.99 {
                    assert!(
                        distance_km(from, x) < distance_km(from, y),
                        "from {from:?}: {x:?} ({hx} km) before {y:?} ({hy} km)"
                    );
                }
            }
        }
    }
}
