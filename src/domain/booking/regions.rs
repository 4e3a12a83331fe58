//! The 38 regencies (kabupaten) and cities (kota) of Jawa Timur with their Kemendagri codes,
//! exactly as in facts section B1. Codes are also NIK digits 1–4 for people whose NIK was
//! first issued there.

use crate::domain::booking::nik::Nik;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Kabupaten,
    Kota,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    /// Four digits, e.g. "3578".
    pub code: &'static str,
    /// "Kab. Pacitan", "Kota Surabaya".
    pub name: &'static str,
    pub kind: RegionKind,
    /// Where its seat town lies (latitude, longitude), rounded to 0.01° (about 1 km) and only
    /// good to ~10 km: enough to find the nearest help point when neither the citizen nor the help
    /// point has coordinates, never shown.
    pub seat: (f64, f64),
}

const fn r(code: &'static str, name: &'static str, seat: (f64, f64)) -> Region {
    // Kabupaten use 01–69, kota 71+ (facts B1): digit 3 of the code tells them apart.
    let kind = if code.as_bytes()[2] >= b'7' {
        RegionKind::Kota
    } else {
        RegionKind::Kabupaten
    };
    Region {
        code,
        name,
        kind,
        seat,
    }
}

/// Sorted by code.
static REGIONS: [Region; 38] = [
    r("3501", "Kab. Pacitan", (-8.19, 111.11)),
    r("3502", "Kab. Ponorogo", (-7.87, 111.47)),
    r("3503", "Kab. Trenggalek", (-8.05, 111.71)),
    r("3504", "Kab. Tulungagung", (-8.07, 111.90)),
    r("3505", "Kab. Blitar", (-8.13, 112.22)),
    r("3506", "Kab. Kediri", (-7.80, 112.05)),
    r("3507", "Kab. Malang", (-8.13, 112.57)),
    r("3508", "Kab. Lumajang", (-8.13, 113.22)),
    r("3509", "Kab. Jember", (-8.17, 113.70)),
    r("3510", "Kab. Banyuwangi", (-8.22, 114.37)),
    r("3511", "Kab. Bondowoso", (-7.91, 113.82)),
    r("3512", "Kab. Situbondo", (-7.71, 114.01)),
    r("3513", "Kab. Probolinggo", (-7.76, 113.41)),
    r("3514", "Kab. Pasuruan", (-7.60, 112.78)),
    r("3515", "Kab. Sidoarjo", (-7.45, 112.72)),
    r("3516", "Kab. Mojokerto", (-7.52, 112.56)),
    r("3517", "Kab. Jombang", (-7.55, 112.23)),
    r("3518", "Kab. Nganjuk", (-7.60, 111.90)),
    r("3519", "Kab. Madiun", (-7.55, 111.65)),
    r("3520", "Kab. Magetan", (-7.65, 111.33)),
    r("3521", "Kab. Ngawi", (-7.40, 111.45)),
    r("3522", "Kab. Bojonegoro", (-7.15, 111.88)),
    r("3523", "Kab. Tuban", (-6.90, 112.06)),
    r("3524", "Kab. Lamongan", (-7.12, 112.42)),
    r("3525", "Kab. Gresik", (-7.16, 112.65)),
    r("3526", "Kab. Bangkalan", (-7.05, 112.74)),
    r("3527", "Kab. Sampang", (-7.19, 113.24)),
    r("3528", "Kab. Pamekasan", (-7.16, 113.47)),
    r("3529", "Kab. Sumenep", (-7.01, 113.86)),
    r("3571", "Kota Kediri", (-7.82, 112.01)),
    r("3572", "Kota Blitar", (-8.10, 112.17)),
    r("3573", "Kota Malang", (-7.98, 112.63)),
    r("3574", "Kota Probolinggo", (-7.75, 113.22)),
    r("3575", "Kota Pasuruan", (-7.65, 112.91)),
    r("3576", "Kota Mojokerto", (-7.47, 112.43)),
    r("3577", "Kota Madiun", (-7.63, 111.52)),
    r("3578", "Kota Surabaya", (-7.26, 112.75)),
    r("3579", "Kota Batu", (-7.87, 112.53)),
];

/// All 38, sorted by code (29 kabupaten 3501–3529, then 9 kota 3571–3579).
pub fn all() -> &'static [Region] {
    &REGIONS
}

pub fn by_code(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code == code)
}

/// A *suggestion* for the region picker: the NIK's area code is where the NIK was first
/// issued and does not follow moves (PP 40/2019), so the citizen must always be able to
/// pick another region. `None` outside Jawa Timur or for a code not in the table.
pub fn suggest_from_nik(nik: &Nik) -> Option<&'static Region> {
    if nik.province_code() != "35" {
        return None;
    }
    by_code(nik.regency_code())
}
