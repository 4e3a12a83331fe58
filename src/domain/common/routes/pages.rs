//! The problem pages: one pre-rendered page per problem and language, `masalah/<id>/` (Indonesian)
//! and `masalah/<id>/en/` (English), each the flow bundle's page for that problem. A later step is
//! the same page with the trail in the fragment (`masalah/<id>/#/0ny`), so the whole flow of a
//! problem is one document and every answer is a same-page link.

use super::{is_problem_id, is_trail};
use crate::domain::common::language::Lang;

/// A problem's own page in one language: `masalah/otp-not-received/`, `…/en/`.
pub fn problem_href(root: &str, id: &str, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{root}/masalah/{id}/"),
        Lang::En => format!("{root}/masalah/{id}/en/"),
    }
}

/// A step of a problem's flow on that problem's page: `page` is the page's own address
/// ([`problem_href`]), `trail` the answers so far (empty: the first step).
pub fn step_href(page: &str, trail: &str) -> String {
    format!("{page}#/{trail}")
}

/// The folder of a problem's page below the dist folder (`masalah/otp/`, `masalah/otp/en/`).
pub fn problem_dir(id: &str, lang: Lang) -> String {
    problem_href("", id, lang)[1..].to_owned()
}

/// Which problem page a path (without the site root) is, and in which language:
/// `/masalah/otp/` -> (otp, Id), `/masalah/otp/en/index.html` -> (otp, En).
pub fn parse_problem_page(path: &str) -> Option<(String, Lang)> {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    if parts.last() == Some(&"index.html") {
        parts.pop();
    }
    match parts.as_slice() {
        ["masalah", id] if is_problem_id(id) => Some(((*id).to_owned(), Lang::Id)),
        ["masalah", id, "en"] if is_problem_id(id) => Some(((*id).to_owned(), Lang::En)),
        _ => None,
    }
}

/// The trail in a problem page's fragment: "" and "#/" are the first step, `#/0ny` a later
/// one; anything else is not a trail.
pub fn parse_step_fragment(hash: &str) -> Option<String> {
    let t = hash.trim_start_matches('#').trim_start_matches('/');
    let t = t.trim_end_matches('/');
    is_trail(t).then(|| t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_page_reads_back_as_its_problem_and_language() {
        for lang in [Lang::Id, Lang::En] {
            let href = problem_href("/layanan/prakerja", "otp-not-received", lang);
            let path = href.strip_prefix("/layanan/prakerja").unwrap();
            assert_eq!(
                parse_problem_page(path),
                Some(("otp-not-received".into(), lang)),
                "{href}"
            );
            assert_eq!(
                parse_problem_page(&format!("{path}index.html")),
                Some(("otp-not-received".into(), lang))
            );
        }
        assert_eq!(problem_href("", "otp", Lang::En), "/masalah/otp/en/");
        assert_eq!(problem_dir("otp", Lang::Id), "masalah/otp/");
        for odd in [
            "/masalah/",
            "/masalah/OTP/",
            "/masalah/otp/fr/",
            "/masalah/../x/",
            "/x/otp/",
        ] {
            assert_eq!(parse_problem_page(odd), None, "{odd}");
        }
    }

    #[test]
    fn a_step_link_keeps_the_page_and_carries_the_trail() {
        let s = step_href("/masalah/otp/en/", "0ny");
        assert_eq!(s, "/masalah/otp/en/#/0ny");
        assert_eq!(
            parse_step_fragment(&s[s.find('#').unwrap()..]),
            Some("0ny".into())
        );
        assert_eq!(parse_step_fragment(""), Some(String::new()));
        assert_eq!(parse_step_fragment("#/"), Some(String::new()));
        assert_eq!(parse_step_fragment("#/<x>"), None);
    }
}
