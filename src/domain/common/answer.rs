//! What came back from a request, for every request any bundle makes.

/// What came back from a request: the status and body, or why nothing did. One type for
/// every request the bundles make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Status(u16, String),
    NoAnswer(NoAnswer),
}

/// Why a request got no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAnswer {
    /// The network failed (offline, DNS, refused).
    Network,
    /// No answer within the time allowed.
    Timeout,
}
