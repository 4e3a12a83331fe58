//! The stages of registration, which group the catalogue for browsing (`#/tahap/<stage>`).

use crate::domain::common::json::{FromJson, Json};
use serde::{Deserialize, Serialize};

/// Registration stage a problem belongs to; used to group the browsable catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Making an account, logging in, password, e-mail, phone number.
    Account,
    /// Verification codes and e-mails, face scan, browser permissions.
    Verification,
    /// NIK, KK and personal data checked against Dukcapil, e-KTP photo.
    Identity,
    /// The basic skills test (TKD).
    Test,
    /// Joining a wave (gelombang) and selection results.
    Wave,
    /// Everything else: eligibility, payouts, scams, contacts.
    Other,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Account,
        Stage::Verification,
        Stage::Identity,
        Stage::Test,
        Stage::Wave,
        Stage::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Stage::Account => "account",
            Stage::Verification => "verification",
            Stage::Identity => "identity",
            Stage::Test => "test",
            Stage::Wave => "wave",
            Stage::Other => "other",
        }
    }

    pub fn from_slug(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|st| st.slug() == s)
    }
}

impl FromJson for Stage {
    fn from_json(j: &Json) -> Option<Self> {
        Stage::from_slug(j.as_str()?)
    }
}
