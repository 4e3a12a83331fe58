//! The lexicon: the files of `content/triage/`, their line formats, the lookups the pipeline
//! asks of them ([`Lexicon`]), and the flags that record a word's answers in the app's static
//! word list.

pub const SPELLING: &str = include_str!("../../../content/triage/spelling.txt");
pub const SYNONYMS: &str = include_str!("../../../content/triage/synonyms.txt");
pub const STOPWORDS: &str = include_str!("../../../content/triage/stopwords.txt");
pub const ROOTS: &str = include_str!("../../../content/triage/roots.txt");
pub const COMMON: &str = include_str!("../../../content/triage/common.txt");
pub const ELSEWHERE: &str = include_str!("../../../content/triage/elsewhere.txt");

/// Lines of a lexicon file without comments and blank lines.
pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// `head: a, b c, d` -> (head, [a, "b c", d]).
pub fn mapping_lines(text: &str) -> impl Iterator<Item = (&str, Vec<&str>)> {
    data_lines(text).filter_map(|l| {
        let (head, rest) = l.split_once(':')?;
        let variants = rest
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        Some((head.trim(), variants))
    })
}

/// The words of a word-list file (stop words, roots, common words).
pub fn word_list(text: &str) -> impl Iterator<Item = &str> {
    data_lines(text).flat_map(str::split_whitespace)
}

/// The lookups the pipeline needs. Multi-word values (`tidak bisa`) are words separated by
/// single spaces; an empty value maps a word to nothing.
pub trait Lexicon {
    /// Informal spelling -> standard word(s).
    fn spelling(&self, word: &str) -> Option<&str>;
    /// Normalised variant (one or more words) -> canonical word(s).
    fn synonym(&self, key: &str) -> Option<&str>;
    /// The most words a multi-word variant starting with `first` has (0 or 1: none).
    fn multi_len(&self, first: &str) -> usize;
    fn is_stopword(&self, word: &str) -> bool;
    fn is_root(&self, word: &str) -> bool;
    fn is_common(&self, word: &str) -> bool;
    /// Words a stem may become: roots, synonym words, words of the problem texts.
    fn is_known(&self, word: &str) -> bool;
    /// The closest typo target within [`crate::typo::typo_limit`] (queries only).
    fn correct(&self, word: &str) -> Option<String>;
}

/// Flags of a word in the static word list (`build.rs` writes them, `triage.rs` reads them).
pub const F_KNOWN: u8 = 1;
pub const F_ROOT: u8 = 2;
pub const F_STOP: u8 = 4;
pub const F_COMMON: u8 = 8;
/// A typo target.
pub const F_FUZZY: u8 = 16;
/// A term: the word occurs in some problem. Terms are numbered in the order of the list.
pub const F_TERM: u8 = 32;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::HashLexicon;
    use crate::normalise::normalise_tokens;
    use std::collections::HashMap;

    #[test]
    fn comments_blank_lines_and_empty_variants_are_skipped() {
        let text = "# a comment\n\ntidak: gak, ga ,, nggak # trailing\nno colon here\n";
        let lines: Vec<(&str, Vec<&str>)> = mapping_lines(text).collect();
        assert_eq!(lines, vec![("tidak", vec!["gak", "ga", "nggak"])]);
        let words: Vec<&str> = word_list("yang  dan # not\n\nitu\n").collect();
        assert_eq!(words, vec!["yang", "dan", "itu"]);
    }

    #[test]
    fn lexicon_variants_do_not_contradict_each_other() {
        let lex = HashLexicon::new(&[]);
        let mut seen: HashMap<String, &str> = HashMap::new();
        let mut clashes = Vec::new();
        for (head, variants) in mapping_lines(SYNONYMS) {
            for v in variants {
                let key = normalise_tokens(v, &lex).join(" ");
                if let Some(other) = seen.insert(key.clone(), head) {
                    if other != head {
                        clashes.push(format!("'{key}': {other} / {head}"));
                    }
                }
            }
        }
        assert!(clashes.is_empty(), "{clashes:?}");
    }

    #[test]
    fn every_flag_is_its_own_bit() {
        let flags = [F_KNOWN, F_ROOT, F_STOP, F_COMMON, F_FUZZY, F_TERM];
        let all = flags.iter().fold(0u8, |m, f| m | f);
        assert_eq!(all.count_ones() as usize, flags.len());
        // the static word list writes a word's flags as the one ASCII character '@' + flags
        assert!(u32::from(b'@') + u32::from(all) < 128);
    }
}
