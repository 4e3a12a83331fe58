//! Loading the whole catalogue from `content/` (native tools and tests only; the browser
//! fetches one problem file at a time).

use crate::domain::flow::content::{Channels, Glossary, Problem, Reasons, Sources, Text};
use crate::domain::flow::validate::{
    glossary_findings, validate_channel_sources, validate_channels, validate_problem,
    validate_reasons, validate_sources, validate_truth, Finding, Refs,
};
use std::path::Path;

/// The 27 problem ids of `shared/prakerja-facts.md`, in its order, then the problems added in
/// its id style for gaps the facts file covers only in part (a phone number refused at sign-up,
/// changing the account's e-mail, a lost or damaged e-KTP). The catalogue must keep them.
pub const FACT_IDS: [&str; 34] = [
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
    "phone-number-refused",
    "email-change",
    "ektp-lost-damaged",
    // The problems of section 4 of `shared/prakerja-facts-2024-2026.md`.
    "registration-status",
    "fake-registration-link",
    "blocked-face-app",
    "kemenag-student-record",
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

/// Everything in `content/` that the validator and the tools read.
pub struct Catalogue {
    pub problems: Vec<(String, Problem)>,
    pub channels: Channels,
    pub sources: Sources,
    pub reasons: Reasons,
    pub glossary: Glossary,
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Read the whole catalogue: problems, channels, sources, reasons and glossary.
pub fn load_all(dir: &Path) -> Result<Catalogue, String> {
    let (problems, channels) = load(dir)?;
    Ok(Catalogue {
        problems,
        channels,
        sources: read_json(&dir.join("sources.json"))?,
        reasons: read_json(&dir.join("reasons.json"))?,
        glossary: read_json(&dir.join("glossary.json"))?,
    })
}

impl Catalogue {
    pub fn refs(&self) -> Refs<'_> {
        Refs {
            channels: &self.channels,
            sources: &self.sources,
            reasons: &self.reasons,
            glossary: &self.glossary,
        }
    }

    /// Every finding of every rule over the whole catalogue; empty when it is fit to publish.
    pub fn validate(&self) -> Vec<Finding> {
        let r = self.refs();
        let mut f = validate_channels(&self.channels);
        f.extend(validate_sources(&self.sources));
        f.extend(validate_reasons(&self.reasons, &self.sources));
        f.extend(validate_channel_sources(&self.channels, &r));
        let reason_texts: Vec<(Option<&str>, &Text)> = self
            .reasons
            .reasons
            .iter()
            .flat_map(|x| {
                std::iter::once(&x.label)
                    .chain(std::iter::once(&x.officer_can))
                    .chain(x.bring.iter())
                    .map(move |t| (Some(x.id.as_str()), t))
            })
            .collect();
        f.extend(glossary_findings(
            &self.glossary,
            "reasons.json",
            reason_texts,
        ));
        for (file, p) in &self.problems {
            if file != &p.id {
                f.push(Finding {
                    problem: format!("{file}.json"),
                    node: None,
                    message: format!("id is '{}', must equal the file name", p.id),
                });
            }
            f.extend(validate_problem(p, &self.channels));
            f.extend(validate_truth(p, &r));
        }
        f
    }
}
