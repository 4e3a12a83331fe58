//! Off-topic detection: a short complaint about another service (another app's OTP, another
//! agency, other aid programmes) that never names Prakerja gets no problem at all
//! (`content/triage/elsewhere.txt`).

use crate::lexicon::{mapping_lines, ELSEWHERE};

/// The `markers`, `anchors` or `greetings` list of `elsewhere.txt`.
pub fn elsewhere_list(kind: &str) -> impl Iterator<Item = &'static str> + use<'_> {
    list_in(ELSEWHERE, kind)
}

/// A list of a text in the shape of `elsewhere.txt` (the browser bundles read a copy without
/// its comments, written by the app's build script).
fn list_in<'t, 'k>(text: &'t str, kind: &'k str) -> impl Iterator<Item = &'t str> + use<'t, 'k> {
    mapping_lines(text)
        .filter(move |(head, _)| *head == kind)
        .flat_map(|(_, v)| v)
}

/// Longest complaint (in words) that [`is_elsewhere`] may set aside. A longer one is a story
/// in which another service can be background ("my KTP worked at BPJS last week, but ...").
pub const ELSEWHERE_MAX_WORDS: usize = 12;

/// True for a short complaint about another service that never names Prakerja: it names one of
/// the markers of `elsewhere.txt` (another app, agency, aid programme, office hours) and none of
/// its anchors. `tokens` are the words of [`crate::normalise::normalise_tokens`].
pub fn is_elsewhere(tokens: &[String]) -> bool {
    is_elsewhere_in(ELSEWHERE, tokens)
}

/// [`is_elsewhere`] against `text`, a file in the shape of `elsewhere.txt`.
pub fn is_elsewhere_in(text: &str, tokens: &[String]) -> bool {
    if tokens.len() > ELSEWHERE_MAX_WORDS {
        return false;
    }
    let joined = padded(tokens);
    let has = |w: &str| has_phrase(&joined, w);
    list_in(text, "markers").any(has) && !list_in(text, "anchors").any(has)
}

/// `tokens` as one string with a space between words and at each end, for [`has_phrase`].
pub fn padded(tokens: &[String]) -> String {
    format!(" {} ", tokens.join(" "))
}

/// True when `phrase` (words with single spaces) stands in `padded` ([`padded`]) as whole
/// words: "kis" in " kartu kis mati ", not in " kisah sedih ".
pub fn has_phrase(padded: &str, phrase: &str) -> bool {
    padded.contains(&format!(" {phrase} "))
}

/// True when every word of `tokens` belongs to a greeting of the `greetings` list of `text`
/// ("halo min", "permisi kak", "tes tes 123"): the person has not said what went wrong yet.
/// A greeting before a complaint ("halo min kode otp tidak masuk") is not a greeting.
pub fn is_greeting_in(text: &str, tokens: &[String]) -> bool {
    is_greeting_among(&greeting_words(text), tokens)
}

/// Every word of the `greetings` of `text`, sorted, once.
pub fn greeting_words(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = list_in(text, "greetings")
        .flat_map(|g| g.split(' '))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// [`is_greeting_in`] with the words of the `greetings` list already read, sorted (the
/// browser bundles get them from the app's build script): every word is one of a greeting's.
/// ("wr wb" alone reads as a greeting too: harmless, it names no problem either.)
pub fn is_greeting_among(words: &[&str], tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| words.binary_search(&t.as_str()).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn greetings_alone_are_greetings_and_a_greeting_before_a_complaint_is_not() {
        let g = |t: &str| is_greeting_in(ELSEWHERE, &words(t));
        assert!(g("halo min"));
        assert!(g("assalamualaikum wr wb"));
        assert!(g("tes tes 123"));
        assert!(!g("halo min kode otp tidak masuk"));
        assert!(
            !g("assalamualaikum kode"),
            "a greeting, then a word of a complaint"
        );
        assert!(!g(""));
    }

    #[test]
    fn another_service_without_prakerja_is_elsewhere() {
        assert!(is_elsewhere(&words("otp shopee tidak masuk")));
        assert!(is_elsewhere(&words("jam buka kantor samsat")));
        assert!(!is_elsewhere(&words("otp tidak masuk")));
    }

    #[test]
    fn naming_prakerja_or_telling_a_long_story_keeps_it() {
        assert!(!is_elsewhere(&words(
            "otp bpjs masuk tapi otp prakerja tidak"
        )));
        let story = "kemarin saya bisa login bpjs dengan ktp yang sama tapi di sini akun saya ditolak terus";
        assert!(!is_elsewhere(&words(story)));
    }
}
