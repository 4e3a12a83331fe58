//! `docs/flows/` is what `make diagrams` writes from today's `content/`.
//!
//! The generator marks nodes whose newest source is over two years old and stamps that list
//! with the day it ran (`**Stale (YYYY-MM-DD):**`). So that the check does not fail on a new
//! morning with nothing changed, it regenerates on the day the committed files name; what ages
//! with the calendar is `content-report`'s business, not this check's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// A fresh folder under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("flow-diagrams-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The day the committed diagrams were generated, when they name one.
fn generated_on(dir: &Path, names: &BTreeSet<String>) -> Option<String> {
    let days: BTreeSet<String> = names
        .iter()
        .filter_map(|f| std::fs::read_to_string(dir.join(f)).ok())
        .flat_map(|text| {
            text.lines()
                .filter_map(|l| l.strip_prefix("**Stale ("))
                .filter_map(|l| l.split_once("):**"))
                .map(|(day, _)| day.to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        days.len() <= 1,
        "docs/flows/ mixes diagrams generated on {days:?}: run `make diagrams` and commit docs/flows/"
    );
    days.into_iter().next()
}

#[test]
fn committed_flow_diagrams_are_what_make_diagrams_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = root.join("docs/flows");
    let have = files(&committed);
    let fresh = TempDir::new();
    let mut generator = Command::new(env!("CARGO_BIN_EXE_flow-diagram"));
    generator.arg(&fresh.0).current_dir(root);
    if let Some(day) = generated_on(&committed, &have) {
        generator.args(["--today", &day]);
    }
    let run = generator.output().expect("run flow-diagram");
    assert!(
        run.status.success(),
        "flow-diagram failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written = files(&fresh.0);
    let mut stale = Vec::new();
    for f in written.difference(&have) {
        stale.push(format!("missing: docs/flows/{f}"));
    }
    for f in have.difference(&written) {
        stale.push(format!("not written by the generator: docs/flows/{f}"));
    }
    for f in written.intersection(&have) {
        let new = std::fs::read_to_string(fresh.0.join(f)).expect("read generated diagram");
        let old = std::fs::read_to_string(committed.join(f)).expect("read committed diagram");
        if new != old {
            stale.push(format!("differs: docs/flows/{f}"));
        }
    }
    assert!(
        stale.is_empty(),
        "docs/flows/ is not what the diagram generator writes from content/:\n  {}\nRun `make diagrams` (delete any file it no longer writes) and commit docs/flows/.",
        stale.join("\n  ")
    );
}
