//! Every string in the tables is read by some code: its field's name appears as `.name` in a
//! file under `src/` or in `build.rs`, not counting the values (`id/`, `en/`) and the test
//! modules. A string that is only declared and translated is shown on no screen: remove it from
//! its table and from both languages.

use crate::domain::common::language::Lang;
use crate::text::{
    BookingStrings, CallStrings, DeskStrings, ErrorStrings, FlowStrings, IdleStrings,
    ProgrammeStrings, Strings,
};
use std::collections::BTreeSet;
use std::path::Path;

/// The field names of every table.
fn names() -> BTreeSet<&'static str> {
    let l = Lang::Id;
    [
        Strings::get(l).all(),
        FlowStrings::get(l).all(),
        BookingStrings::get(l).all(),
        DeskStrings::get(l).all(),
        CallStrings::get(l).all(),
        IdleStrings::get(l).all(),
        ErrorStrings::get(l).all(),
        ProgrammeStrings::get(l).all(),
    ]
    .into_iter()
    .flatten()
    .map(|(name, _)| name)
    .collect()
}

/// The code that may read a string: `build.rs` and each `.rs` file under `src/` but the values
/// and this check, each without its test module.
fn code() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    // the values (one folder per language) and this check
    let skip = ["src/text/id", "src/text/en", "src/text/shown.rs"].map(|p| root.join(p));
    let mut code = String::new();
    for path in files
        .iter()
        .filter(|p| !skip.iter().any(|s| p.starts_with(s)))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let end = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
        code.push_str(&text[..end]);
        code.push('\n');
    }
    code
}

/// `.name` followed by neither a letter, digit or `_` (a longer name) nor `(` (a method).
fn reads(code: &str, name: &str) -> bool {
    let field = format!(".{name}");
    code.match_indices(&field).any(|(i, _)| {
        !code[i + field.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '(')
    })
}

#[test]
fn every_string_is_read_outside_the_tables() {
    let code = code();
    let unused: Vec<_> = names().into_iter().filter(|n| !reads(&code, n)).collect();
    assert!(
        unused.is_empty(),
        "strings no code reads; remove them from their table, id/ and en/: {unused:?}"
    );
}

#[test]
fn a_declaration_a_longer_name_or_a_method_is_not_a_read() {
    assert!(reads("let t = s.home;", "home"));
    assert!(reads("s.weekdays[w]", "weekdays"));
    assert!(!reads("pub home: &'static str,", "home"));
    assert!(!reads("home: \"Beranda\",", "home"));
    assert!(!reads("s.home_link", "home"));
    assert!(!reads("it.find(|x| x > 1)", "find"));
}
