//! The text pipeline of triage, shared by `build.rs` (which analyses the problem texts once and
//! writes the search index as static tables) and by [`crate::domain::flow::triage`] (which analyses
//! queries in the browser). Keeping one copy guarantees that a query word and an indexed word
//! go through exactly the same steps.
//!
//! Self-contained on purpose (std only, no `crate::` paths): `build.rs` includes this file with
//! `#[path = "src/domain/triage_text.rs"] mod triage_text;`.
//!
//! The lookups (spelling, synonyms, stop words, known words, typo targets) are behind the
//! [`Lexicon`] trait: `build.rs` answers them from hash maps built from `content/triage/*.txt`,
//! the app from sorted static tables.

/// Field weights: how much one occurrence of a word counts in each part of a problem.
/// All are multiples of 0.5, so weighted term frequencies and field lengths are exact in `f32`
/// and are stored as integers counting halves.
pub const W_TITLE_ID: f32 = 3.0;
pub const W_TITLE_EN: f32 = 1.5;
pub const W_PHRASE: f32 = 1.0;
pub const W_MESSAGE_ID: f32 = 2.0;
pub const W_MESSAGE_EN: f32 = 1.0;
pub const W_SUMMARY_ID: f32 = 1.0;
pub const W_SUMMARY_EN: f32 = 0.5;
pub const BM25_K1: f32 = 1.2;
pub const BM25_B: f32 = 0.5;
/// Bonus for a pair of neighbouring query words that also stand together in a problem.
pub const BIGRAM_BONUS: f32 = 0.6;
/// Weight of a general word (listed in `common.txt`) that also occurs in the catalogue
/// (tried 0.3 and 0.5 on the dev set: no gain).
pub const GENERAL_WEIGHT: f32 = 1.0;
/// Weight of a word recognised only as a typo of a known word.
pub const TYPO_WEIGHT: f32 = 0.75;

/// Inverse document frequency of a term found in `df` of `n` problems.
pub fn idf(n: usize, df: usize) -> f32 {
    let (nf, df) = (n as f32, df as f32);
    (1.0 + (nf - df + 0.5) / (df + 0.5)).ln()
}

// ---------------------------------------------------------------------------------------
// Lexicon files

pub const SPELLING: &str = include_str!("../../../content/triage/spelling.txt");
pub const SYNONYMS: &str = include_str!("../../../content/triage/synonyms.txt");
pub const STOPWORDS: &str = include_str!("../../../content/triage/stopwords.txt");
pub const ROOTS: &str = include_str!("../../../content/triage/roots.txt");
pub const COMMON: &str = include_str!("../../../content/triage/common.txt");
pub const ELSEWHERE: &str = include_str!("../../../content/triage/elsewhere.txt");

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
/// its anchors. `tokens` are the words of [`normalise_tokens`].
pub fn is_elsewhere(tokens: &[String]) -> bool {
    if tokens.len() > ELSEWHERE_MAX_WORDS {
        return false;
    }
    let joined = format!(" {} ", tokens.join(" "));
    let has = |w: &str| joined.contains(&format!(" {w} "));
    elsewhere_list("markers").any(has) && !elsewhere_list("anchors").any(has)
}

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
    /// The closest typo target within [`typo_limit`] (queries only).
    fn correct(&self, word: &str) -> Option<String>;
}

// ---------------------------------------------------------------------------------------
// Normalisation

/// Lower case, punctuation out, hyphen and reduplication rules, repeated letters, informal
/// spellings to standard ones; see `triage::normalise`.
pub fn normalise_tokens(text: &str, lex: &impl Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    for word in raw_words(text) {
        for piece in split_word(&word) {
            let piece = collapse_repeats(&piece);
            match lex.spelling(piece.as_str()) {
                Some(rep) => out.extend(rep.split_whitespace().map(str::to_string)),
                None => out.push(piece),
            }
        }
    }
    out
}

/// Lower case without Unicode tables (they cost ~10 KB of wasm): ASCII and Latin-1 letters,
/// which covers Indonesian and English as typed on phones.
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if ('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}' {
        char::from_u32(c as u32 + 32).unwrap_or(c)
    } else {
        c
    }
}

/// A letter or digit: ASCII, Latin-1 letters, or any other non-punctuation character.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c as u32 >= 0xC0
            && c != '\u{D7}'
            && c != '\u{F7}'
            && !('\u{2000}'..='\u{2BFF}').contains(&c))
}

/// Lower-cased words; a hyphen inside a word is kept for [`split_word`], apostrophes vanish.
fn raw_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().map(lower).collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_word_char(c) {
            cur.push(c);
        } else if matches!(c, '\'' | '’' | '`' | '‘') {
            // can't -> cant
        } else if c == '-' && !cur.is_empty() && chars.get(i + 1).is_some_and(|n| is_word_char(*n))
        {
            cur.push('-');
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// One raw word into normalised pieces: hyphen rules, `2` reduplication, letters/digits apart.
fn split_word(word: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for part in word.split('-').filter(|p| !p.is_empty()) {
        match parts.last_mut() {
            // e-ktp, e-mail, e-wallet
            Some(prev)
                if prev.chars().count() == 1 && prev.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                prev.push_str(part)
            }
            // tiba-tiba, muter-muter, ngapa-ngapain
            Some(prev) if part.starts_with(prev.as_str()) => *prev = part.to_string(),
            _ => parts.push(part.to_string()),
        }
    }
    let mut out = Vec::new();
    for part in parts {
        out.extend(split_digits(&part));
    }
    out
}

/// `nyampe2` -> `nyampe`, `ngapa2in` -> `ngapain`, `5x` -> `5 x`, `502` stays.
fn split_digits(part: &str) -> Vec<String> {
    let chars: Vec<char> = part.chars().collect();
    let mut runs: Vec<(bool, String)> = Vec::new(); // (is_digit, text)
    for &c in &chars {
        let d = c.is_ascii_digit();
        match runs.last_mut() {
            Some((kind, s)) if *kind == d => s.push(c),
            _ => runs.push((d, c.to_string())),
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let (is_digit, ref s) = runs[i];
        // reduplication: a word of 3+ letters followed by "2"
        if is_digit && s == "2" && i > 0 && !runs[i - 1].0 && runs[i - 1].1.chars().count() >= 3 {
            if let Some((false, next)) = runs.get(i + 1) {
                if let Some(last) = out.last_mut() {
                    last.push_str(next);
                }
                i += 2;
            } else {
                i += 1;
            }
            continue;
        }
        out.push(s.clone());
        i += 1;
    }
    out
}

/// Runs of 3 or more equal letters become one letter (`bangettt` -> `banget`).
fn collapse_repeats(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let run = j - i;
        if run >= 3 && c.is_ascii_alphabetic() {
            out.push(c);
        } else {
            for _ in 0..run {
                out.push(c);
            }
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Typos

/// Optimal string alignment distance (Levenshtein plus swaps of neighbours), stopping early
/// above `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// How many typos a word of this length may carry.
pub fn typo_limit(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Which of the letters a-z a word contains (a cheap filter before [`edit_distance`]).
pub fn letter_mask(s: &str) -> u32 {
    s.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |m, b| m | 1 << (b - b'a'))
}

/// Flags of a word in the static word list (`build.rs` -> `triage.rs`).
pub const F_KNOWN: u8 = 1;
pub const F_ROOT: u8 = 2;
pub const F_STOP: u8 = 4;
pub const F_COMMON: u8 = 8;
/// A typo target.
pub const F_FUZZY: u8 = 16;
/// A term: the word occurs in some problem. Terms are numbered in the order of the list.
pub const F_TERM: u8 = 32;

/// Typo targets need at least this many characters.
pub const MIN_TYPO_TARGET: usize = 4;

/// The closest of `pool` (in order; the first of equally close ones wins) within the typo
/// limit for the word's length.
pub fn closest<'a>(w: &str, pool: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let len = w.chars().count();
    let limit = typo_limit(len);
    if limit == 0 {
        return None;
    }
    let mask = letter_mask(w);
    let mut best: Option<(&str, usize)> = None;
    for cand in pool {
        let l = cand.chars().count();
        if l.abs_diff(len) > limit || (mask ^ letter_mask(cand)).count_ones() as usize > 2 * limit {
            continue;
        }
        let max = best.map_or(limit, |(_, d)| d.saturating_sub(1));
        if let Some(d) = edit_distance(w, cand, max) {
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((cand, d));
            }
        }
    }
    best.map(|(c, _)| c)
}

// ---------------------------------------------------------------------------------------
// Stemming

const PREFIXES: &[(&str, &[&str])] = &[
    ("diper", &[""]),
    ("meng", &["", "k"]),
    ("peng", &["", "k"]),
    ("meny", &["s"]),
    ("peny", &["s"]),
    ("mem", &["", "p"]),
    ("pem", &["", "p"]),
    ("men", &["", "t"]),
    ("pen", &["", "t"]),
    ("per", &[""]),
    ("ter", &[""]),
    ("ber", &[""]),
    ("nge", &[""]),
    ("me", &[""]),
    ("pe", &[""]),
    ("be", &[""]),
    ("di", &[""]),
    ("ke", &[""]),
    ("se", &[""]),
    ("ng", &["", "k"]),
    ("ny", &["s"]),
    ("n", &["t"]),
    ("m", &["p"]),
];

/// Possible roots of a word, most likely last (the caller keeps the shortest known one).
fn stem_candidates(w: &str) -> Vec<String> {
    let mut bases = vec![w.to_string()];
    for suf in ["nya", "lah", "kah", "pun", "ku", "mu"] {
        if let Some(b) = w.strip_suffix(suf) {
            if b.chars().count() >= 3 {
                bases.push(b.to_string());
            }
        }
    }
    let mut stems = Vec::new();
    for b in &bases {
        stems.push(b.clone());
        for suf in ["kan", "an", "in", "i"] {
            if let Some(s) = b.strip_suffix(suf) {
                if s.chars().count() >= 3 {
                    stems.push(s.to_string());
                }
            }
        }
    }
    let mut out = Vec::new();
    for s in stems {
        strip_prefixes(&s, 2, &mut out);
        out.push(s);
    }
    out
}

fn strip_prefixes(s: &str, depth: usize, out: &mut Vec<String>) {
    if depth == 0 {
        return;
    }
    for (prefix, recodes) in PREFIXES {
        if let Some(rest) = s.strip_prefix(prefix) {
            for r in *recodes {
                let cand = format!("{r}{rest}");
                if cand.chars().count() >= 3 {
                    strip_prefixes(&cand, depth - 1, out);
                    out.push(cand);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Analysis

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

// ---------------------------------------------------------------------------------------
// Building the index (native only: `build.rs` and the drift test `tests/triage_index.rs`)

/// The index as plain hash maps, built from the lexicon files and the problem texts. `build.rs`
/// encodes it into the static tables the app searches; the drift test scores queries with it
/// directly and checks the static tables give the same.
#[cfg(not(target_arch = "wasm32"))]
pub mod build {
    use super::*;
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
}
