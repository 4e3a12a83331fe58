//! The text pipeline of triage, shared by the app's `build.rs` (which analyses the problem texts
//! once and writes the search index as static tables) and by `domain::flow::triage` (which
//! analyses queries in the browser). Keeping one copy guarantees that a query word and an
//! indexed word go through exactly the same steps.
//!
//! A text becomes terms in this order: [`normalise`] (lower case, punctuation, hyphens,
//! reduplication, repeated letters, informal spellings), then [`pipeline`] (synonyms, stop
//! words, [`stem`] to a known word, [`typo`] correction for queries). [`elsewhere`] sets aside
//! complaints about other services, [`tuning`] holds the scoring weights, and [`index`] builds
//! the index from the problem texts.
//!
//! The lookups (spelling, synonyms, stop words, known words, typo targets) are behind the
//! [`lexicon::Lexicon`] trait: [`index::HashLexicon`] answers them from hash maps built from
//! `content/triage/*.txt`, the app from sorted static tables.
//!
//! Plain Rust, std only, no dependencies: it builds for wasm32 and natively.

pub mod elsewhere;
pub mod index;
pub mod lexicon;
pub mod normalise;
pub mod pipeline;
pub mod stem;
pub mod tuning;
pub mod typo;
