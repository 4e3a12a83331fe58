//! The map link of a booking's help point: a plain https address of OpenStreetMap's own site,
//! with the help point's coordinates when known, else a search for its street address. Nothing
//! of the person (no NIK, phone or name) and no tracking parameter is ever in it.

/// The help point's place on the map ("https://www.openstreetmap.org/?mlat=…&mlon=…#map=17/…/…").
pub fn map_href(lat: f64, lng: f64) -> Option<String> {
    let ok = |v: f64, max: f64| v.is_finite() && v.abs() <= max;
    if !ok(lat, 90.0) || !ok(lng, 180.0) {
        return None;
    }
    let (a, b) = (decimal(lat), decimal(lng));
    Some(format!(
        "https://www.openstreetmap.org/?mlat={a}&mlon={b}#map=17/{a}/{b}"
    ))
}

/// A map search for a street address, when the help point has no coordinates.
pub fn map_search_href(address: &str) -> Option<String> {
    let address = address.trim();
    if address.is_empty() {
        return None;
    }
    let mut q = String::new();
    for b in address.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                q.push(b as char)
            }
            b' ' => q.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                q.push('%');
                q.push(HEX[usize::from(b >> 4)] as char);
                q.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    Some(format!("https://www.openstreetmap.org/search?query={q}"))
}

/// Five decimals (about a metre) by hand: formatting an f64 with `{}` pulls the float printer
/// into the booking bundle.
fn decimal(v: f64) -> String {
    let n = (v.abs() * 100_000.0 + 0.5) as u64;
    let sign = if v < 0.0 && n > 0 { "-" } else { "" };
    format!("{sign}{}.{:05}", n / 100_000, n % 100_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_link_holds_the_coordinates_and_nothing_else() {
        assert_eq!(
            map_href(-7.2575, 112.7521).as_deref(),
            Some("https://www.openstreetmap.org/?mlat=-7.25750&mlon=112.75210#map=17/-7.25750/112.75210")
        );
        assert_eq!(map_href(f64::NAN, 112.0), None);
        assert_eq!(map_href(-91.0, 112.0), None);
        assert_eq!(
            map_search_href(" Jl. Dukuh Menanggal No. 124–126, Surabaya ").as_deref(),
            Some("https://www.openstreetmap.org/search?query=Jl.+Dukuh+Menanggal+No.+124%E2%80%93126%2C+Surabaya")
        );
        assert_eq!(map_search_href("  "), None);
    }
}
