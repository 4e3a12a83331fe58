//! What every part of the service shares: languages, dates, the JSON reader, the start
//! bundle's tab-separated tables, runtime settings, and every address of every bundle.

pub mod address;
pub mod answer;
pub mod date;
pub mod json;
pub mod language;
pub mod programme;
pub mod routes;
pub mod settings;
pub mod sort;
pub mod stage;
pub mod table;
