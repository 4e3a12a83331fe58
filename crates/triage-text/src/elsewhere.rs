//! Off-topic detection: a short complaint about another service (another app's OTP, another
//! agency, other aid programmes) that never names Prakerja gets no problem at all
//! (`content/triage/elsewhere.txt`).

use crate::lexicon::{mapping_lines, ELSEWHERE};

/// The `markers` and `anchors` lists of `elsewhere.txt`.
pub fn elsewhere_list(kind: &str) -> impl Iterator<Item = &'static str> + use<'_> {
    mapping_lines(ELSEWHERE)
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
    if tokens.len() > ELSEWHERE_MAX_WORDS {
        return false;
    }
    let joined = format!(" {} ", tokens.join(" "));
    let has = |w: &str| joined.contains(&format!(" {w} "));
    elsewhere_list("markers").any(has) && !elsewhere_list("anchors").any(has)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
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
