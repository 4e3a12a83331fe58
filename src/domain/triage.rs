//! Triage: from what a citizen types to the problems of the catalogue that fit.
//!
//! The problem headers (`content/problems/*.json`) are compiled into a static table by
//! `build.rs`; the web app uses the same table for its start screen. The lexicon (informal
//! spellings, synonyms, stop words, root words) is data in `content/triage/*.txt`.
//!
//! Pipeline for a query: [`normalise`] (lower case, punctuation, repeated letters,
//! reduplication `nyampe2`, informal spellings `gak` -> `tidak`), then synonyms (also
//! multi-word and English) to one canonical form, stop words out, a light Indonesian stemmer
//! that only accepts known words, typo correction by Damerau-Levenshtein distance, and finally
//! BM25 over the weighted fields of every problem plus a bonus for matching word pairs.
//! Text with too little evidence gives no result at all.
//!
//! Plain Rust, std only: it runs in the browser on every keystroke.

use crate::domain::content::Stage;
use crate::domain::i18n::Lang;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The header of one problem, as compiled from `content/problems/<id>.json`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProblemEntry {
    pub id: &'static str,
    pub stage: Stage,
    pub title_id: &'static str,
    pub title_en: &'static str,
    pub summary_id: &'static str,
    pub summary_en: &'static str,
    /// Words people use for this problem.
    pub phrases: &'static [&'static str],
    /// Error messages as shown on the site: (Indonesian, English).
    pub messages: &'static [(&'static str, &'static str)],
}

impl ProblemEntry {
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.title_id,
            Lang::En => self.title_en,
        }
    }
    pub fn summary(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.summary_id,
            Lang::En => self.summary_en,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/problem_index.rs"));

/// Every problem of the catalogue, ordered by registration stage, then id.
pub fn problems() -> &'static [ProblemEntry] {
    PROBLEMS
}

/// The problem with this id.
pub fn problem(id: &str) -> Option<&'static ProblemEntry> {
    PROBLEMS.iter().find(|p| p.id == id)
}

/// The problems of one stage, for browsing.
pub fn problems_in(stage: Stage) -> impl Iterator<Item = &'static ProblemEntry> {
    PROBLEMS.iter().filter(move |p| p.stage == stage)
}

/// Build the search index now rather than on the first query. The browser calls this once the
/// start screen is up, so that the first word typed is not the one that waits for it
/// (about 130 ms on a low-end phone).
pub fn prepare() {
    index();
}

/// Below this score nothing fits (off-topic text, a single vague word).
pub const MIN_SCORE: f32 = 2.2;

/// The `n` problems that fit `query` best, best first, with their scores.
/// Empty when nothing fits (text unrelated to Prakerja registration, or too vague).
pub fn rank(query: &str, n: usize) -> Vec<(&'static str, f32)> {
    let idx = index();
    let mut scored = idx.score(query);
    scored.retain(|&(_, s)| s >= MIN_SCORE);
    scored.truncate(n);
    scored
        .into_iter()
        .map(|(d, s)| (PROBLEMS[d].id, s))
        .collect()
}

/// Every problem with a score above zero, best first, without the off-topic threshold;
/// for debugging and tuning (`triage --explain`).
pub fn scores(query: &str) -> Vec<(&'static str, f32)> {
    index()
        .score(query)
        .into_iter()
        .map(|(d, s)| (PROBLEMS[d].id, s))
        .collect()
}

/// The canonical terms triage sees for `query` (after synonyms, stemming, typo correction);
/// for debugging and tests.
pub fn terms(query: &str) -> Vec<String> {
    index()
        .analyse(query, true)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

// ---------------------------------------------------------------------------------------
// Lexicon

const SPELLING: &str = include_str!("../../content/triage/spelling.txt");
const SYNONYMS: &str = include_str!("../../content/triage/synonyms.txt");
const STOPWORDS: &str = include_str!("../../content/triage/stopwords.txt");
const ROOTS: &str = include_str!("../../content/triage/roots.txt");
const COMMON: &str = include_str!("../../content/triage/common.txt");

/// Lines of a lexicon file without comments and blank lines.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// `head: a, b c, d` -> (head, [a, "b c", d]).
fn mapping_lines(text: &'static str) -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
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

fn spelling() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (head, variants) in mapping_lines(SPELLING) {
            let replacement: Vec<&'static str> = head.split_whitespace().collect();
            for v in variants {
                map.entry(v).or_insert_with(|| replacement.clone());
            }
        }
        map
    })
}

fn words(text: &'static str) -> HashSet<&'static str> {
    data_lines(text).flat_map(str::split_whitespace).collect()
}

// ---------------------------------------------------------------------------------------
// Normalisation

/// Lower case, punctuation out, `e-ktp` -> `ektp`, `tiba-tiba`/`nyampe2` -> one word, letters
/// repeated 3+ times once (`bangettt`), informal spellings to standard ones (`gak` -> `tidak`,
/// `udh` -> `sudah`, `yg` -> `yang`, `bgt` -> `banget`). Words are joined by single spaces.
pub fn normalise(text: &str) -> String {
    normalise_tokens(text).join(" ")
}

fn normalise_tokens(text: &str) -> Vec<String> {
    let spelling = spelling();
    let mut out = Vec::new();
    for word in raw_words(text) {
        for piece in split_word(&word) {
            let piece = collapse_repeats(&piece);
            match spelling.get(piece.as_str()) {
                Some(rep) => out.extend(rep.iter().map(|s| s.to_string())),
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

fn letter_mask(s: &str) -> u32 {
    s.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |m, b| m | 1 << (b - b'a'))
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
// Index

/// Field weights: how much one occurrence of a word counts in each part of a problem.
const W_TITLE_ID: f32 = 3.0;
const W_TITLE_EN: f32 = 1.5;
const W_PHRASE: f32 = 1.0;
const W_MESSAGE_ID: f32 = 2.0;
const W_MESSAGE_EN: f32 = 1.0;
const W_SUMMARY_ID: f32 = 1.0;
const W_SUMMARY_EN: f32 = 0.5;
const BM25_K1: f32 = 1.2;
const BM25_B: f32 = 0.5;
/// Bonus for a pair of neighbouring query words that also stand together in a problem.
const BIGRAM_BONUS: f32 = 0.6;
/// Weight of a general word (listed in `common.txt`) that also occurs in the catalogue
/// (tried 0.3 and 0.5 on the dev set: no gain).
const GENERAL_WEIGHT: f32 = 1.0;
/// Weight of a word recognised only as a typo of a known word.
const TYPO_WEIGHT: f32 = 0.75;

#[derive(Debug, Clone)]
struct Term {
    text: String,
    weight: f32,
}

struct Index {
    /// Normalised variant (one or more words) -> canonical words.
    synonyms: HashMap<String, Vec<String>>,
    /// First words of multi-word variants, with the longest variant length.
    multi_first: HashMap<String, usize>,
    stopwords: HashSet<&'static str>,
    roots: HashSet<&'static str>,
    common: HashSet<&'static str>,
    /// Words a stem may become: roots, synonym words, words of the problem texts.
    known: HashSet<String>,
    /// Typo targets: (word, letter mask, length in chars).
    fuzzy_pool: Vec<(String, u32, usize)>,
    term_ids: HashMap<String, usize>,
    term_text: Vec<String>,
    idf: Vec<f32>,
    /// Per term: (problem index, weighted term frequency).
    postings: Vec<Vec<(usize, f32)>>,
    doc_len: Vec<f32>,
    avg_len: f32,
    /// Per problem: neighbouring term pairs.
    bigrams: Vec<HashSet<(usize, usize)>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

fn fields(p: &ProblemEntry) -> Vec<(&'static str, f32)> {
    let mut f = vec![
        (p.title_id, W_TITLE_ID),
        (p.title_en, W_TITLE_EN),
        (p.summary_id, W_SUMMARY_ID),
        (p.summary_en, W_SUMMARY_EN),
    ];
    f.extend(p.phrases.iter().map(|s| (*s, W_PHRASE)));
    for (id, en) in p.messages {
        f.push((id, W_MESSAGE_ID));
        f.push((en, W_MESSAGE_EN));
    }
    f
}

impl Index {
    fn build() -> Index {
        let mut synonyms: HashMap<String, Vec<String>> = HashMap::new();
        let mut multi_first: HashMap<String, usize> = HashMap::new();
        for (head, variants) in mapping_lines(SYNONYMS) {
            let canonical: Vec<String> = head.split_whitespace().map(str::to_owned).collect();
            for v in std::iter::once(head).chain(variants) {
                let key = normalise_tokens(v);
                if key.is_empty() {
                    continue;
                }
                if key.len() > 1 {
                    let e = multi_first.entry(key[0].clone()).or_insert(0);
                    *e = (*e).max(key.len());
                }
                synonyms
                    .entry(key.join(" "))
                    .or_insert_with(|| canonical.clone());
            }
        }
        let mut idx = Index {
            synonyms,
            multi_first,
            stopwords: words(STOPWORDS),
            roots: words(ROOTS),
            common: words(COMMON),
            known: HashSet::new(),
            fuzzy_pool: Vec::new(),
            term_ids: HashMap::new(),
            term_text: Vec::new(),
            idf: Vec::new(),
            postings: Vec::new(),
            doc_len: Vec::new(),
            avg_len: 1.0,
            bigrams: Vec::new(),
        };
        // Pass 1: every word the problems use (before stemming) is a known word.
        let mut known: HashSet<String> = idx.roots.iter().map(|s| s.to_string()).collect();
        for (k, canon) in &idx.synonyms {
            if !k.contains(' ') {
                known.insert(k.clone());
            }
            known.extend(canon.iter().cloned());
        }
        for p in PROBLEMS {
            for (text, _) in fields(p) {
                for t in idx.surface(text) {
                    known.insert(t.text);
                }
            }
        }
        idx.known = known;
        // Pass 2: analyse every field, count weighted term frequencies and word pairs.
        let n = PROBLEMS.len();
        let mut tf: Vec<HashMap<usize, f32>> = vec![HashMap::new(); n];
        idx.doc_len = vec![0.0; n];
        idx.bigrams = vec![HashSet::new(); n];
        for (d, p) in PROBLEMS.iter().enumerate() {
            for (text, w) in fields(p) {
                let terms = idx.analyse(text, false);
                let mut prev: Option<usize> = None;
                for t in terms {
                    let next_id = idx.term_ids.len();
                    let id = *idx.term_ids.entry(t.text).or_insert(next_id);
                    *tf[d].entry(id).or_insert(0.0) += w;
                    idx.doc_len[d] += w;
                    if let Some(a) = prev {
                        idx.bigrams[d].insert((a, id));
                    }
                    prev = Some(id);
                }
            }
        }
        let nt = idx.term_ids.len();
        idx.term_text = vec![String::new(); nt];
        for (t, &id) in &idx.term_ids {
            idx.term_text[id] = t.clone();
        }
        idx.postings = vec![Vec::new(); nt];
        for (d, m) in tf.iter().enumerate() {
            for (&t, &f) in m {
                idx.postings[t].push((d, f));
            }
        }
        let nf = n as f32;
        idx.idf = idx
            .postings
            .iter()
            .map(|p| {
                let df = p.len() as f32;
                (1.0 + (nf - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        idx.avg_len = (idx.doc_len.iter().sum::<f32>() / nf.max(1.0)).max(1.0);
        // Typo targets: every indexed term and every one-word synonym variant.
        let mut pool: HashSet<String> = idx
            .term_ids
            .keys()
            .filter(|t| !t.contains(' '))
            .cloned()
            .collect();
        pool.extend(idx.synonyms.keys().filter(|k| !k.contains(' ')).cloned());
        let mut pool: Vec<String> = pool
            .into_iter()
            .filter(|w| w.chars().count() >= 4)
            .collect();
        pool.sort_unstable();
        idx.fuzzy_pool = pool
            .into_iter()
            .map(|w| {
                let m = letter_mask(&w);
                let l = w.chars().count();
                (w, m, l)
            })
            .collect();
        idx
    }

    /// Normalised words with synonyms applied (multi-word first) and stop words removed.
    /// Words from a synonym are marked final (weight < 0 is never used; `final` is via known).
    fn surface(&self, text: &str) -> Vec<Term> {
        self.synonym_pass(&normalise_tokens(text))
            .into_iter()
            .map(|(text, _)| Term { text, weight: 1.0 })
            .collect()
    }

    /// (word, is_canonical) after synonyms and stop words.
    fn synonym_pass(&self, toks: &[String]) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut matched = false;
            if let Some(&max) = self.multi_first.get(&toks[i]) {
                let top = max.min(toks.len() - i);
                for len in (2..=top).rev() {
                    let key = toks[i..i + len].join(" ");
                    if let Some(canon) = self.synonyms.get(&key) {
                        out.extend(canon.iter().map(|c| (c.clone(), true)));
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
            if let Some(canon) = self.synonyms.get(t) {
                out.extend(canon.iter().map(|c| (c.clone(), true)));
            } else if !self.stopwords.contains(t.as_str()) {
                out.push((t.clone(), false));
            }
            i += 1;
        }
        out
    }

    /// Canonical terms of a text; `typos` enables correction of unknown words (queries only).
    fn analyse(&self, text: &str, typos: bool) -> Vec<Term> {
        let mut out = Vec::new();
        for (w, canonical) in self.synonym_pass(&normalise_tokens(text)) {
            if canonical || self.roots.contains(w.as_str()) || w.bytes().all(|b| b.is_ascii_digit())
            {
                out.push(Term {
                    text: w,
                    weight: 1.0,
                });
                continue;
            }
            // Shortest known stem.
            let stem = stem_candidates(&w)
                .into_iter()
                .map(|c| match spelling().get(c.as_str()) {
                    Some(rep) if rep.len() == 1 => rep[0].to_string(),
                    _ => c,
                })
                .filter(|c| c != &w && self.known.contains(c))
                .min_by_key(|c| c.chars().count());
            if let Some(s) = stem {
                self.push_mapped(s, 1.0, &mut out);
                continue;
            }
            if self.known.contains(&w) || !typos || self.common.contains(w.as_str()) {
                out.push(Term {
                    text: w,
                    weight: 1.0,
                });
                continue;
            }
            match self.correct(&w) {
                Some((c, _)) => self.push_mapped(c, TYPO_WEIGHT, &mut out),
                None => out.push(Term {
                    text: w,
                    weight: 1.0,
                }),
            }
        }
        out
    }

    /// Push a word, mapped through the synonyms; stop words vanish.
    fn push_mapped(&self, w: String, weight: f32, out: &mut Vec<Term>) {
        if let Some(canon) = self.synonyms.get(&w) {
            out.extend(canon.iter().map(|c| Term {
                text: c.clone(),
                weight,
            }));
        } else if !self.stopwords.contains(w.as_str()) {
            out.push(Term { text: w, weight });
        }
    }

    /// The closest known word within the typo limit for the word's length.
    fn correct(&self, w: &str) -> Option<(String, usize)> {
        let len = w.chars().count();
        let limit = typo_limit(len);
        if limit == 0 {
            return None;
        }
        let mask = letter_mask(w);
        let mut best: Option<(&str, usize)> = None;
        for (cand, m, l) in &self.fuzzy_pool {
            if l.abs_diff(len) > limit || (mask ^ m).count_ones() as usize > 2 * limit {
                continue;
            }
            let max = best.map_or(limit, |(_, d)| d.saturating_sub(1));
            if let Some(d) = edit_distance(w, cand, max) {
                if best.is_none_or(|(_, bd)| d < bd) {
                    best = Some((cand, d));
                }
            }
        }
        best.map(|(c, d)| (c.to_string(), d))
    }

    /// Every problem with a score above zero, best first: (problem index, score).
    fn score(&self, query: &str) -> Vec<(usize, f32)> {
        let terms = self.analyse(query, true);
        let n = PROBLEMS.len();
        let mut scores = vec![0.0f32; n];
        let mut seen: HashMap<usize, f32> = HashMap::new();
        let mut ids: Vec<Option<usize>> = Vec::with_capacity(terms.len());
        for t in &terms {
            let id = self.term_ids.get(&t.text).copied();
            ids.push(id);
            if let Some(id) = id {
                let e = seen.entry(id).or_insert(0.0);
                *e = e.max(t.weight);
            }
        }
        // General words ("cara", "ganti", "hasil") count, but alone they are no evidence.
        // Numbers ("2 jam", "502") count too, but are no evidence either.
        let mut evidence = false;
        for (&id, qw) in seen.iter_mut() {
            let text = self.term_text[id].as_str();
            if self.common.contains(text) {
                *qw *= GENERAL_WEIGHT;
            } else if !text.bytes().all(|b| b.is_ascii_digit()) {
                evidence = true;
            }
        }
        if !evidence {
            return Vec::new();
        }
        for (&id, &qw) in &seen {
            let idf = self.idf[id];
            for &(d, f) in &self.postings[id] {
                let norm = 1.0 - BM25_B + BM25_B * self.doc_len[d] / self.avg_len;
                scores[d] += qw * idf * f * (BM25_K1 + 1.0) / (f + BM25_K1 * norm);
            }
        }
        let mut pairs_seen = HashSet::new();
        for win in ids.windows(2) {
            if let [Some(a), Some(b)] = *win {
                if a == b || !pairs_seen.insert((a, b)) {
                    continue;
                }
                let bonus = BIGRAM_BONUS * (self.idf[a] + self.idf[b]);
                for (d, s) in scores.iter_mut().enumerate() {
                    if self.bigrams[d].contains(&(a, b)) {
                        *s += bonus;
                    }
                }
            }
        }
        let mut out: Vec<(usize, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|&(_, s)| s > 0.0)
            .collect();
        out.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn informal_negations_become_tidak() {
        for w in ["gak", "ga", "nggak", "ngga", "gk", "tdk", "tak", "enggak"] {
            assert_eq!(
                normalise(&format!("otp {w} masuk")),
                "otp tidak masuk",
                "{w}"
            );
        }
        assert_eq!(normalise("udh blm yg"), "sudah belum yang");
    }

    #[test]
    fn punctuation_case_repeats_and_reduplication() {
        assert_eq!(
            normalise("Email VERIF nggak nyampe2!!!"),
            "email verif tidak sampai"
        );
        assert_eq!(normalise("susah bangettt..."), "susah banget");
        assert_eq!(normalise("tiba-tiba akun ke-blokir"), "tiba akun ke blokir");
        assert_eq!(normalise("upload e-KTP"), "upload ektp");
        assert_eq!(normalise("can't login"), "tidak bisa login");
        assert_eq!(normalise("udah 5x minta"), "sudah 5 kali minta");
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("pasword", "password", 2), Some(1));
        assert_eq!(edit_distance("gelmobang", "gelombang", 2), Some(1));
        assert_eq!(edit_distance("resep", "reset", 1), Some(1));
        assert_eq!(edit_distance("bola", "blokir", 1), None);
    }

    #[test]
    fn typos_are_corrected_to_known_words() {
        assert!(
            terms("verifkasi wajha gagal").contains(&"wajah".to_string()),
            "{:?}",
            terms("verifkasi wajha gagal")
        );
        assert!(terms("gelombnag tidak ditemukan").contains(&"gelombang".to_string()));
        assert!(terms("lupa pasword").contains(&"password".to_string()));
        // short words are not guessed: "bolu" (a cake) is not a typo of "bole"
        assert!(!terms("kue bolu").contains(&"boleh".to_string()));
    }

    #[test]
    fn synonyms_and_english_map_to_one_word() {
        assert_eq!(terms("lupa kata sandi"), terms("forgot password"));
        assert!(terms("muka").contains(&"wajah".to_string()));
        assert!(terms("nomer hape").contains(&"hp".to_string()));
    }

    #[test]
    fn stems_only_to_known_words() {
        assert!(terms("akun saya diblokir").contains(&"blokir".to_string()));
        assert!(terms("hasil tes keluar").contains(&"keluar".to_string()));
        assert!(terms("menunggu").contains(&"tunggu".to_string()));
    }

    #[test]
    fn lexicon_variants_do_not_contradict_each_other() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        let mut clashes = Vec::new();
        for (head, variants) in mapping_lines(SYNONYMS) {
            for v in variants {
                let key = normalise(v);
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
    fn off_topic_gives_nothing() {
        assert!(rank("resep nasi goreng", 3).is_empty());
        assert!(rank("jadwal bola malam ini", 3).is_empty());
        assert!(rank("", 3).is_empty());
    }

    #[test]
    fn table_lookup() {
        if let Some(p) = problems().first() {
            assert_eq!(problem(p.id).map(|q| q.id), Some(p.id));
        }
        assert!(problem("no-such-problem").is_none());
    }
}
