//! The whole catalogue as the native tools and tests hold it (the browser fetches one problem
//! file at a time). Reading it from `content/` is `crate::native::catalogue`, outside `domain`.

use crate::domain::flow::content::{Channels, Glossary, Problem, Reasons, Sources};
use crate::domain::flow::validate::{
    validate_catalogue, Finding, ProgrammePhrases, Publishers, Refs,
};

/// The 27 problem ids of the project's research notes on Prakerja registration (kept outside this
/// repository), in their order, then the problems added in their id style for gaps the notes cover
/// only in part (a phone number refused at sign-up, changing the account's e-mail, a lost or
/// damaged e-KTP), then the problems the notes on 2024-2026 found without a flow. The catalogue
/// must keep them.
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
    // The problems reported in 2024-2026 that had no flow.
    "registration-status",
    "fake-registration-link",
    "blocked-face-app",
    "kemenag-student-record",
];

/// Everything in `content/` that the validator and the tools read.
pub struct Catalogue {
    /// (file stem, problem), sorted by file name.
    pub problems: Vec<(String, Problem)>,
    pub channels: Channels,
    pub sources: Sources,
    pub reasons: Reasons,
    pub glossary: Glossary,
    pub publishers: Publishers,
    pub phrases: ProgrammePhrases,
}

impl Catalogue {
    pub fn refs(&self) -> Refs<'_> {
        Refs {
            channels: &self.channels,
            sources: &self.sources,
            reasons: &self.reasons,
            glossary: &self.glossary,
            publishers: &self.publishers,
            phrases: &self.phrases,
        }
    }

    /// Every finding of every rule over the whole catalogue; empty when it is fit to publish.
    pub fn validate(&self) -> Vec<Finding> {
        validate_catalogue(&self.problems, &self.refs())
    }
}
