//! Loading the whole catalogue from `content/` (native tools and tests only; the browser
//! fetches one problem file at a time).

use crate::domain::flow::content::{Channels, Problem};
use std::path::Path;

/// The 27 problem ids of `shared/prakerja-facts.md`, in its order. The catalogue must keep them.
pub const FACT_IDS: [&str; 27] = [
    "account-creation-failed",
    "verification-email-not-received",
    "otp-not-received",
    "otp-limit-reached",
    "forgot-password",
    "forgot-email",
    "phone-number-change",
    "nik-not-registered-dukcapil",
    "nik-already-used",
    "data-mismatch-dukcapil",
    "kk-number-invalid",
    "ktp-photo-upload-failed",
    "face-verification-failed",
    "account-blocked",
    "basic-test-problem",
    "join-wave-problem",
    "not-selected",
    "registered-as-student",
    "nik-registered-other-program",
    "eligibility-check",
    "bank-ewallet-linking",
    "site-busy-down",
    "browser-captcha-location",
    "pmi-migrant-worker",
    "laid-off-worker",
    "scam-or-account-misuse",
    "contact-complaint-channel",
];

/// Read `dir/problems/*.json` (sorted by file name) and `dir/channels.json`.
pub fn load(dir: &Path) -> Result<(Vec<(String, Problem)>, Channels), String> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("problems"))
        .map_err(|e| format!("{}: {e}", dir.join("problems").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let p: Problem =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        problems.push((stem, p));
    }
    let ch = dir.join("channels.json");
    let text = std::fs::read_to_string(&ch).map_err(|e| format!("{}: {e}", ch.display()))?;
    let channels: Channels =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", ch.display()))?;
    Ok((problems, channels))
}
