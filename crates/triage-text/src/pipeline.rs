//! From normalised words to the canonical terms triage scores: synonyms (several words first)
//! to one canonical form, stop words out, a stem only where the lexicon knows it, and for
//! queries the closest known word of an unknown one.

use crate::lexicon::Lexicon;
use crate::normalise::normalise_tokens;
use crate::stem::stem_candidates;
use crate::tuning::TYPO_WEIGHT;

/// One canonical term of a text, with its weight (1, or less for a corrected typo).
#[derive(Debug, Clone)]
pub struct Term {
    pub text: String,
    pub weight: f32,
}

/// (word, is_canonical) after synonyms (multi-word first) and stop words.
pub fn synonym_pass(toks: &[String], lex: &impl Lexicon) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut matched = false;
        let max = lex.multi_len(&toks[i]);
        if max >= 2 {
            let top = max.min(toks.len() - i);
            for len in (2..=top).rev() {
                let key = toks[i..i + len].join(" ");
                if let Some(canon) = lex.synonym(&key) {
                    out.extend(canon.split_whitespace().map(|c| (c.to_string(), true)));
                    i += len;
                    matched = true;
                    break;
                }
            }
        }
        if matched {
            continue;
        }
        let t = &toks[i];
        if let Some(canon) = lex.synonym(t) {
            out.extend(canon.split_whitespace().map(|c| (c.to_string(), true)));
        } else if !lex.is_stopword(t) {
            out.push((t.clone(), false));
        }
        i += 1;
    }
    out
}

/// Normalised words with synonyms applied and stop words removed, not stemmed: the words
/// of the problem texts that count as known words.
pub fn surface(text: &str, lex: &impl Lexicon) -> Vec<String> {
    synonym_pass(&normalise_tokens(text, lex), lex)
        .into_iter()
        .map(|(text, _)| text)
        .collect()
}

/// Canonical terms of a text; `typos` enables correction of unknown words (queries only).
pub fn analyse(text: &str, typos: bool, lex: &impl Lexicon) -> Vec<Term> {
    let mut out = Vec::new();
    for (w, canonical) in synonym_pass(&normalise_tokens(text, lex), lex) {
        if canonical || lex.is_root(&w) || w.bytes().all(|b| b.is_ascii_digit()) {
            out.push(Term {
                text: w,
                weight: 1.0,
            });
            continue;
        }
        // Shortest known stem.
        let stem = stem_candidates(&w)
            .into_iter()
            .map(|c| match lex.spelling(&c) {
                Some(rep) if rep.split_whitespace().count() == 1 => rep.to_string(),
                _ => c,
            })
            .filter(|c| c != &w && lex.is_known(c))
            .min_by_key(|c| c.chars().count());
        if let Some(s) = stem {
            push_mapped(s, 1.0, lex, &mut out);
            continue;
        }
        if lex.is_known(&w) || !typos || lex.is_common(&w) {
            out.push(Term {
                text: w,
                weight: 1.0,
            });
            continue;
        }
        match lex.correct(&w) {
            Some(c) => push_mapped(c, TYPO_WEIGHT, lex, &mut out),
            None => out.push(Term {
                text: w,
                weight: 1.0,
            }),
        }
    }
    out
}

/// Push a word, mapped through the synonyms; stop words vanish.
fn push_mapped(w: String, weight: f32, lex: &impl Lexicon, out: &mut Vec<Term>) {
    if let Some(canon) = lex.synonym(&w) {
        out.extend(canon.split_whitespace().map(|c| Term {
            text: c.to_string(),
            weight,
        }));
    } else if !lex.is_stopword(&w) {
        out.push(Term { text: w, weight });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::HashLexicon;

    fn texts(text: &str, typos: bool, lex: &HashLexicon) -> Vec<String> {
        analyse(text, typos, lex)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn synonyms_and_english_map_to_one_word() {
        let lex = HashLexicon::new(&[]);
        assert_eq!(
            texts("lupa kata sandi", false, &lex),
            texts("forgot password", false, &lex)
        );
        assert!(texts("nomer hape", false, &lex).contains(&"hp".to_string()));
    }

    #[test]
    fn stop_words_vanish_and_stems_need_a_known_word() {
        let lex = HashLexicon::new(&[]);
        // "kunci" is a root; "jemur" is not in the lexicon, so "dijemur" stays whole
        assert_eq!(texts("akun saya terkunci", false, &lex), ["akun", "kunci"]);
        assert_eq!(texts("dijemur", false, &lex), ["dijemur"]);
    }

    #[test]
    fn only_queries_get_typos_corrected_and_at_a_lower_weight() {
        let docs = [vec![("tampil gagal", 1.0)]];
        let mut lex = HashLexicon::new(&docs);
        lex.fuzzy_pool = vec!["gagal".into(), "tampil".into()];
        let terms = analyse("gagla tampil", true, &lex);
        assert_eq!(terms[0].text, "gagal");
        assert_eq!(terms[0].weight, TYPO_WEIGHT);
        assert_eq!((terms[1].text.as_str(), terms[1].weight), ("tampil", 1.0));
        assert_eq!(texts("gagla", false, &lex), ["gagla"]);
    }
}
