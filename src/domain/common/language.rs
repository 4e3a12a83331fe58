//! Languages. Every citizen-facing UI string lives in `src/text/id/` (Indonesian) and
//! `src/text/en/` (English); content texts carry both languages themselves.

use serde::{Deserialize, Serialize};

/// Where the chosen language is kept (local storage), read by every page.
pub const STORE_KEY: &str = "pp.lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text a citizen reads, Indonesian first, English second.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub id: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

const MONTHS_ID: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "2026-11-27" -> "27 Nov 2026" (Indonesian "Agu", "Okt", "Des" where they differ); a
/// source dated only by month or year reads "Nov 2023" or "2023". Anything else is returned
/// unchanged.
pub fn format_date(iso: &str, lang: Lang) -> String {
    let months = if lang == Lang::Id {
        MONTHS_ID
    } else {
        MONTHS_EN
    };
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().filter(|m| (1..=12).contains(m));
    match parts[..] {
        [y, m, d] => {
            if let (Some(m), Ok(d)) = (month(m), d.parse::<u32>()) {
                return format!("{d} {} {y}", months[m - 1]);
            }
        }
        [y, m] if y.len() == 4 => {
            if let Some(m) = month(m) {
                return format!("{} {y}", months[m - 1]);
            }
        }
        _ => {}
    }
    iso.to_owned()
}

/// The host name of a source address, shown as the link text ("www.prakerja.go.id").
pub fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn dates_and_hosts_read_naturally() {
        assert_eq!(format_date("2026-08-05", Lang::Id), "5 Agu 2026");
        assert_eq!(format_date("2026-08-05", Lang::En), "5 Aug 2026");
        assert_eq!(format_date("soon", Lang::En), "soon");
        assert_eq!(format_date("2022-08", Lang::Id), "Agu 2022");
        assert_eq!(format_date("2023", Lang::Id), "2023");
        assert_eq!(
            host_of("https://www.prakerja.go.id/en/tanya-jawab"),
            "www.prakerja.go.id"
        );
    }
}
