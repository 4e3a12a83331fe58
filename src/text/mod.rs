//! Every string a person reads, one folder per language: `id/` (Indonesian, first) and
//! `en/`, each `mod.rs` plus `staff.rs` (the desk, the call centres). A third language is one more folder of the same tables plus one arm in each lookup
//! below. Content texts (flows, channels) carry their languages themselves, in `content/`.
//!
//! `schema.rs`, `booking.rs`, `desk.rs`, `call.rs`, `idle.rs`, `programme.rs` and `errors.rs` give the tables their shape (each
//! declared once with `string_table!`); the lookups by language live here, so the tables never
//! import the code that picks them. `shown.rs` checks that some code reads every string.

/// Declares a string table once: the struct (each field one string, or a fixed list of
/// strings) and its `all()`, every string with its field's name, in field order. `all()` is for
/// the tests (both languages filled, glossary words, every string shown on some screen); no
/// screen calls it, so it never reaches a bundle. An optional first field `base` (not listed)
/// points to a shared table. The body is written unindented so that each field stays one line
/// of the table's file.
macro_rules! string_table {
    (@all $name:ident $($field:ident)*) => {
        impl $name {
            /// Every string with its field's name (a list repeats the name), for the tests.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                let mut v = Vec::new();
                $( crate::text::Texts::list(&self.$field, stringify!($field), &mut v); )*
                v
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            pub base: $base:ty,
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            pub base: $base,
            $( $(#[$field_meta])* pub $field: $ty, )*
        }
        string_table!(@all $name $($field)*);
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }
        string_table!(@all $name $($field)*);
    };
}

/// What a table's field holds: one string or a fixed list of them.
pub(crate) trait Texts {
    fn list(&self, name: &'static str, out: &mut Vec<(&'static str, &'static str)>);
}

impl Texts for &'static str {
    fn list(&self, name: &'static str, out: &mut Vec<(&'static str, &'static str)>) {
        out.push((name, *self));
    }
}

impl<const N: usize> Texts for [&'static str; N] {
    fn list(&self, name: &'static str, out: &mut Vec<(&'static str, &'static str)>) {
        out.extend(self.iter().map(|t| (name, *t)));
    }
}

pub mod booking;
pub mod call;
pub mod desk;
pub mod en;
pub mod errors;
pub mod id;
pub mod idle;
pub mod programme;
pub mod schema;
#[cfg(test)]
mod shown;

pub use booking::BookingStrings;
pub use call::CallStrings;
pub use desk::DeskStrings;
pub use errors::ErrorStrings;
pub use idle::IdleStrings;
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

impl CallStrings {
    pub fn get(lang: Lang) -> &'static CallStrings {
        match lang {
            Lang::Id => &id::CALL,
            Lang::En => &en::CALL,
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

impl IdleStrings {
    pub fn get(lang: Lang) -> &'static IdleStrings {
        match lang {
            Lang::Id => &id::IDLE,
            Lang::En => &en::IDLE,
        }
    }
}

impl ProgrammeStrings {
    pub fn get(lang: Lang) -> &'static ProgrammeStrings {
        match lang {
            Lang::Id => &id::PROGRAMME,
            Lang::En => &en::PROGRAMME,
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

/// For the tables' tests: both languages fill every string (same fields, none blank), and the
/// names of the strings that read the same in both (a copy-paste slip leaves Indonesian in the
/// English set).
#[cfg(test)]
pub(crate) fn identical_in_both(
    id: &[(&'static str, &'static str)],
    en: &[(&'static str, &'static str)],
) -> Vec<&'static str> {
    let names = |t: &[(&'static str, &str)]| t.iter().map(|p| p.0).collect::<Vec<_>>();
    assert_eq!(names(id), names(en), "both languages have every string");
    let blank: Vec<_> = id
        .iter()
        .chain(en)
        .filter(|p| p.1.trim().is_empty())
        .collect();
    assert!(blank.is_empty(), "blank strings: {blank:?}");
    id.iter()
        .zip(en)
        .filter(|(a, b)| a.1 == b.1)
        .map(|(a, _)| a.0)
        .collect()
}
