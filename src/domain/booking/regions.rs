//! The 38 regencies (kabupaten) and cities (kota) of Jawa Timur with their Kemendagri codes,
//! exactly as in facts section B1. Codes are also NIK digits 1–4 for people whose NIK was
//! first issued there.

use crate::domain::booking::nik::Nik;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Kabupaten,
    Kota,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Four digits, e.g. "3578".
    pub code: &'static str,
    /// "Kab. Pacitan", "Kota Surabaya".
    pub name: &'static str,
    pub kind: RegionKind,
}

const fn r(code: &'static str, name: &'static str) -> Region {
    // Kabupaten use 01–69, kota 71+ (facts B1): digit 3 of the code tells them apart.
    let kind = if code.as_bytes()[2] >= b'7' {
        RegionKind::Kota
    } else {
        RegionKind::Kabupaten
    };
    Region { code, name, kind }
}

/// Sorted by code.
static REGIONS: [Region; 38] = [
    r("3501", "Kab. Pacitan"),
    r("3502", "Kab. Ponorogo"),
    r("3503", "Kab. Trenggalek"),
    r("3504", "Kab. Tulungagung"),
    r("3505", "Kab. Blitar"),
    r("3506", "Kab. Kediri"),
    r("3507", "Kab. Malang"),
    r("3508", "Kab. Lumajang"),
    r("3509", "Kab. Jember"),
    r("3510", "Kab. Banyuwangi"),
    r("3511", "Kab. Bondowoso"),
    r("3512", "Kab. Situbondo"),
    r("3513", "Kab. Probolinggo"),
    r("3514", "Kab. Pasuruan"),
    r("3515", "Kab. Sidoarjo"),
    r("3516", "Kab. Mojokerto"),
    r("3517", "Kab. Jombang"),
    r("3518", "Kab. Nganjuk"),
    r("3519", "Kab. Madiun"),
    r("3520", "Kab. Magetan"),
    r("3521", "Kab. Ngawi"),
    r("3522", "Kab. Bojonegoro"),
    r("3523", "Kab. Tuban"),
    r("3524", "Kab. Lamongan"),
    r("3525", "Kab. Gresik"),
    r("3526", "Kab. Bangkalan"),
    r("3527", "Kab. Sampang"),
    r("3528", "Kab. Pamekasan"),
    r("3529", "Kab. Sumenep"),
    r("3571", "Kota Kediri"),
    r("3572", "Kota Blitar"),
    r("3573", "Kota Malang"),
    r("3574", "Kota Probolinggo"),
    r("3575", "Kota Pasuruan"),
    r("3576", "Kota Mojokerto"),
    r("3577", "Kota Madiun"),
    r("3578", "Kota Surabaya"),
    r("3579", "Kota Batu"),
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
