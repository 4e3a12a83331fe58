//! Every string a person reads, one table per language: `id.rs` (Indonesian, first) and
//! `en.rs`. A third language is one more file of the same tables plus one arm in each lookup
//! below. Content texts (flows, channels) carry their languages themselves, in `content/`.
//!
//! `schema.rs`, `booking.rs` and `errors.rs` give the tables their shape; the lookups by
//! language live here, so the tables never import the code that picks them.

pub mod booking;
pub mod desk;
pub mod en;
pub mod errors;
pub mod id;
pub mod programme;
pub mod schema;

pub use booking::BookingStrings;
pub use desk::DeskStrings;
pub use errors::ErrorStrings;
pub use programme::ProgrammeStrings;
pub use schema::{FlowStrings, Strings};

use crate::domain::common::language::Lang;

impl Strings {
    pub fn get(lang: Lang) -> &'static Strings {
        match lang {
            Lang::Id => &id::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

impl FlowStrings {
    pub fn get(lang: Lang) -> &'static FlowStrings {
        match lang {
            Lang::Id => &id::FLOW,
            Lang::En => &en::FLOW,
        }
    }
}

impl BookingStrings {
    pub fn get(lang: Lang) -> &'static BookingStrings {
        match lang {
            Lang::Id => &id::BOOKING,
            Lang::En => &en::BOOKING,
        }
    }
}

impl DeskStrings {
    pub fn get(lang: Lang) -> &'static DeskStrings {
        match lang {
            Lang::Id => &id::DESK,
            Lang::En => &en::DESK,
        }
    }
}

impl ErrorStrings {
    pub fn get(lang: Lang) -> &'static ErrorStrings {
        match lang {
            Lang::Id => &id::ERRORS,
            Lang::En => &en::ERRORS,
        }
    }
}

/// For the tables' tests: both languages fill every string (same count, none blank), and the
/// strings that read the same in both (a copy-paste slip leaves Indonesian in the English set).
#[cfg(test)]
pub(crate) fn identical_in_both<'a>(id: &[&'a str], en: &[&'a str]) -> Vec<&'a str> {
    assert_eq!(id.len(), en.len(), "both languages have every string");
    assert!(
        id.iter().chain(en).all(|s| !s.trim().is_empty()),
        "no string is blank"
    );
    id.iter()
        .zip(en)
        .filter(|(a, b)| a == b)
        .map(|p| *p.0)
        .collect()
}
