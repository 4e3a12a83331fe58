//! Building the search index from the problem texts, as plain hash maps: the app's `build.rs`
//! encodes it into the static tables the app searches, and the drift test
//! (`tests/triage_index.rs`) scores queries with it directly and checks the static tables give
//! the same.

use crate::lexicon::{
    mapping_lines, word_list, Lexicon, COMMON, ROOTS, SPELLING, STOPWORDS, SYNONYMS,
};
use crate::normalise::normalise_tokens;
use crate::pipeline::{analyse, surface};
use crate::tuning::{
    W_MESSAGE_EN, W_MESSAGE_ID, W_PHRASE, W_SUMMARY_EN, W_SUMMARY_ID, W_TITLE_EN, W_TITLE_ID,
};
use crate::typo::{closest, MIN_TYPO_TARGET};
use std::collections::{HashMap, HashSet};

/// The lexicon of `content/triage/*.txt` and the known words, in hash maps.
#[derive(Default)]
pub struct HashLexicon {
    pub spelling: HashMap<String, String>,
    pub synonyms: HashMap<String, String>,
    pub multi_first: HashMap<String, usize>,
    pub stopwords: HashSet<String>,
    pub roots: HashSet<String>,
    pub common: HashSet<String>,
    pub known: HashSet<String>,
    /// Typo targets, sorted; empty while the problem texts are analysed (no correction).
    pub fuzzy_pool: Vec<String>,
}

impl Lexicon for HashLexicon {
    fn spelling(&self, word: &str) -> Option<&str> {
        self.spelling.get(word).map(String::as_str)
    }
    fn synonym(&self, key: &str) -> Option<&str> {
        self.synonyms.get(key).map(String::as_str)
    }
    fn multi_len(&self, first: &str) -> usize {
        self.multi_first.get(first).copied().unwrap_or(0)
    }
    fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word)
    }
    fn is_root(&self, word: &str) -> bool {
        self.roots.contains(word)
    }
    fn is_common(&self, word: &str) -> bool {
        self.common.contains(word)
    }
    fn is_known(&self, word: &str) -> bool {
        self.known.contains(word)
    }
    fn correct(&self, word: &str) -> Option<String> {
        closest(word, self.fuzzy_pool.iter().map(String::as_str)).map(str::to_string)
    }
}

/// The texts of one problem with their field weights.
pub fn fields<'a>(
    title: (&'a str, &'a str),
    summary: (&'a str, &'a str),
    phrases: impl Iterator<Item = &'a str>,
    messages: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<(&'a str, f32)> {
    let mut f = vec![
        (title.0, W_TITLE_ID),
        (title.1, W_TITLE_EN),
        (summary.0, W_SUMMARY_ID),
        (summary.1, W_SUMMARY_EN),
    ];
    f.extend(phrases.map(|s| (s, W_PHRASE)));
    for (id, en) in messages {
        f.push((id, W_MESSAGE_ID));
        f.push((en, W_MESSAGE_EN));
    }
    f
}

/// Weighted term frequencies, text lengths and neighbouring term pairs of every problem.
pub struct Counts {
    pub tf: Vec<HashMap<String, f32>>,
    pub doc_len: Vec<f32>,
    pub pairs: Vec<HashSet<(String, String)>>,
}

impl HashLexicon {
    /// The lexicon files, then the known words: roots, synonym words, and every word the
    /// problems use (before stemming). `docs` are the problems' [`fields`].
    pub fn new(docs: &[Vec<(&str, f32)>]) -> HashLexicon {
        let mut lex = HashLexicon::default();
        for (head, variants) in mapping_lines(SPELLING) {
            let replacement = head.split_whitespace().collect::<Vec<_>>().join(" ");
            for v in variants {
                lex.spelling
                    .entry(v.to_string())
                    .or_insert_with(|| replacement.clone());
            }
        }
        let mut synonyms = HashMap::new();
        for (head, variants) in mapping_lines(SYNONYMS) {
            let canonical = head.split_whitespace().collect::<Vec<_>>().join(" ");
            for v in std::iter::once(head).chain(variants) {
                let key = normalise_tokens(v, &lex);
                if key.is_empty() {
                    continue;
                }
                if key.len() > 1 {
                    let e = lex.multi_first.entry(key[0].clone()).or_insert(0);
                    *e = (*e).max(key.len());
                }
                synonyms
                    .entry(key.join(" "))
                    .or_insert_with(|| canonical.clone());
            }
        }
        lex.synonyms = synonyms;
        let words = |text| word_list(text).map(str::to_string).collect();
        lex.stopwords = words(STOPWORDS);
        lex.roots = words(ROOTS);
        lex.common = words(COMMON);
        let mut known: HashSet<String> = lex.roots.clone();
        for (k, canon) in &lex.synonyms {
            if !k.contains(' ') {
                known.insert(k.clone());
            }
            known.extend(canon.split_whitespace().map(str::to_string));
        }
        for doc in docs {
            for (text, _) in doc {
                known.extend(surface(text, &lex));
            }
        }
        lex.known = known;
        lex
    }

    /// Analyse every field of every problem into terms (no typo correction).
    pub fn count(&self, docs: &[Vec<(&str, f32)>]) -> Counts {
        let n = docs.len();
        let mut c = Counts {
            tf: vec![HashMap::new(); n],
            doc_len: vec![0.0; n],
            pairs: vec![HashSet::new(); n],
        };
        for (d, doc) in docs.iter().enumerate() {
            for &(text, w) in doc {
                let mut prev: Option<String> = None;
                for t in analyse(text, false, self) {
                    *c.tf[d].entry(t.text.clone()).or_insert(0.0) += w;
                    c.doc_len[d] += w;
                    if let Some(a) = prev {
                        c.pairs[d].insert((a, t.text.clone()));
                    }
                    prev = Some(t.text);
                }
            }
        }
        c
    }

    /// Typo targets: every indexed term and every one-word synonym variant, long enough.
    pub fn typo_targets<'a>(&'a self, terms: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
        let mut pool: Vec<&str> = terms
            .chain(self.synonyms.keys().map(String::as_str))
            .filter(|w| !w.contains(' ') && w.chars().count() >= MIN_TYPO_TARGET)
            .collect();
        pool.sort_unstable();
        pool.dedup();
        pool
    }
}
