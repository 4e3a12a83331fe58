//! Triage: from what a citizen types to the problems of the catalogue that fit.
//!
//! The problem headers (`content/problems/*.json`) are compiled into a static table by
//! `build.rs`; the web app uses the same table for its start screen. The lexicon (informal
//! spellings, synonyms, stop words, root words) is data in `content/triage/*.txt`.
//!
//! Pipeline for a query: normalising (lower case, punctuation, repeated letters,
//! reduplication `nyampe2`, informal spellings `gak` -> `tidak`), then synonyms (also
//! multi-word and English) to one canonical form, stop words out, a light Indonesian stemmer
//! that only accepts known words, typo correction by Damerau-Levenshtein distance, and finally
//! BM25 over the weighted fields of every problem plus a bonus for matching word pairs.
//! Text with too little evidence gives no result at all.
//!
//! The text pipeline is the `triage-text` crate (`crates/triage-text`), shared with `build.rs`,
//! which analyses the problem texts at build time and writes the index as sorted static tables
//! (`$OUT_DIR/triage_index.rs`). At runtime only the query is analysed: no hash maps, no index
//! to build, lookups are binary searches.
//!
//! Plain Rust, std only: it runs in the browser on every keystroke.

use crate::domain::common::language::Lang;
use crate::domain::flow::content::Stage;
use triage_text::elsewhere::{is_elsewhere_in, is_greeting_among};
use triage_text::lexicon::{Lexicon, F_COMMON, F_FUZZY, F_KNOWN, F_ROOT, F_STOP, F_TERM};
use triage_text::normalise::normalise_tokens;
use triage_text::pipeline::analyse;
use triage_text::tuning::{self, BIGRAM_BONUS, BM25_B, BM25_K1, GENERAL_WEIGHT};
use triage_text::typo::closest;

/// The header of one problem, as compiled from `content/problems/<id>.json`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProblemEntry {
    pub id: &'static str,
    pub stage: Stage,
    pub title_id: &'static str,
    pub title_en: &'static str,
    pub summary_id: &'static str,
    /// Not in the start bundle (its 64 KiB first load): there an English summary is empty, and
    /// the start screen fetches the English summaries (`content/summaries-en.tsv`, written by
    /// `ui::start::page::summaries_en_file`) once it suggests problems in English.
    #[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
    pub summary_en: &'static str,
    /// Words people use for this problem. Only the search index needs them, and it is built
    /// by `build.rs`: not in the browser bundle.
    #[cfg(not(target_arch = "wasm32"))]
    pub phrases: &'static [&'static str],
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
            #[cfg(any(not(target_arch = "wasm32"), feature = "app"))]
            Lang::En => self.summary_en,
            #[cfg(not(any(not(target_arch = "wasm32"), feature = "app")))]
            Lang::En => "",
        }
    }
    /// Error messages as shown on the site: (Indonesian, English). Kept in a table of their
    /// own (`MESSAGES`), so that a bundle reading only the headers does not carry them.
    pub fn messages(&self) -> &'static [(&'static str, &'static str)] {
        MESSAGES
            .iter()
            .find(|(id, _)| *id == self.id)
            .map_or(&[], |(_, m)| m)
    }
}

include!(concat!(env!("OUT_DIR"), "/problem_index.rs"));
include!(concat!(env!("OUT_DIR"), "/triage_index.rs"));

/// Every problem of the catalogue, ordered by registration stage, then id.
pub fn problems() -> &'static [ProblemEntry] {
    PROBLEMS
}

/// The problem with this id.
pub fn problem(id: &str) -> Option<&'static ProblemEntry> {
    PROBLEMS.iter().find(|p| p.id == id)
}

/// The words of `text` as triage reads them (lower case, informal spellings made standard),
/// joined by single spaces: what the lists of `content/triage/` are matched against.
pub fn normalise(text: &str) -> String {
    words(text).join(" ")
}

/// The words of `text` as triage reads them, one by one ([`normalise`] joins them).
pub fn words(text: &str) -> Vec<String> {
    normalise_tokens(text, &Tables)
}

/// True when `query` is only a greeting or a test ("halo min", "tes"): the start screen then
/// asks what went wrong with Prakerja instead of saying nothing fits.
pub fn is_greeting(query: &str) -> bool {
    is_greeting_among(GREETINGS, &words(query))
}

/// Below this score nothing fits (off-topic text, a single vague word).
pub const MIN_SCORE: f32 = 2.2;

/// The `n` problems that fit `query` best, best first, with their scores.
/// Empty when nothing fits (text unrelated to Prakerja registration, or too vague), and for
/// text about another service that never names Prakerja (`content/triage/elsewhere.txt`).
pub fn rank(query: &str, n: usize) -> Vec<(&'static str, f32)> {
    if is_elsewhere_in(ELSEWHERE_LINES, &words(query)) {
        return Vec::new();
    }
    let mut scored = score(query);
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
    score(query)
        .into_iter()
        .map(|(d, s)| (PROBLEMS[d].id, s))
        .collect()
}

/// The canonical terms triage sees for `query` (after synonyms, stemming, typo correction);
/// for debugging and tests.
pub fn terms(query: &str) -> Vec<String> {
    analyse(query, true, &Tables)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

// ---------------------------------------------------------------------------------------
// Static index (generated by build.rs)

/// The value of `key` in a sorted table of `key\tvalue\n` lines (binary search on bytes).
fn lookup(table: &'static str, key: &str) -> Option<&'static str> {
    lookup_in(table, 0, table.len(), key).ok().map(|(_, v)| v)
}

/// [`lookup`] between two line starts: (start of the line, value); when `key` is missing, the
/// start of the first line with a greater key (or the end).
fn lookup_in(
    table: &'static str,
    lo: usize,
    hi: usize,
    key: &str,
) -> Result<(usize, &'static str), usize> {
    let (b, key) = (table.as_bytes(), key.as_bytes());
    let line_end = |mut i: usize| {
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
        i
    };
    // lo and hi are always the start of a line (or the end)
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let mut start = lo + (hi - lo) / 2;
        while start > lo && b[start - 1] != b'\n' {
            start -= 1;
        }
        let mut tab = start;
        while tab < hi && b[tab] != b'\t' && b[tab] != b'\n' {
            tab += 1;
        }
        match b[start..tab].cmp(key) {
            std::cmp::Ordering::Equal => {
                let end = line_end(tab);
                return Ok((start, &table[(tab + 1).min(end)..end]));
            }
            std::cmp::Ordering::Less => lo = line_end(tab) + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    Err(lo)
}

/// The typo targets of the word list, in order.
fn fuzzy_pool() -> impl Iterator<Item = &'static str> {
    let b = WORDS.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let start = i;
            while i < b.len() && b[i] != b'\t' {
                i += 1;
            }
            let tab = i;
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            i += 1;
            let flags = b.get(tab + 1).map_or(0, |f| f.wrapping_sub(b'@'));
            if flags & F_FUZZY != 0 {
                return Some(&WORDS[start..tab]);
            }
        }
        None
    })
}

/// A decimal number of the tables; `None` when empty.
fn number(digits: &str) -> Option<usize> {
    (!digits.is_empty()).then(|| {
        digits
            .bytes()
            .fold(0, |n, d| n * 10 + usize::from(d.wrapping_sub(b'0')))
    })
}

/// What the word list says about a word.
#[derive(Clone, Copy, Default)]
struct WordInfo {
    flags: u8,
    /// The canonical form, when the word is a synonym.
    canon: Option<usize>,
}

/// Parses `<flags>[=<canonical id>]`.
fn word_info(info: &str) -> WordInfo {
    let flags = info.as_bytes().first().map_or(0, |b| b.wrapping_sub(b'@'));
    let canon = info
        .get(1..)
        .and_then(|r| r.strip_prefix('='))
        .and_then(number);
    WordInfo { flags, canon }
}

/// The line of `w` in the word list: (start of its letter's lines, number of terms before
/// them, start of its line, its info).
fn word_line(w: &str) -> Option<(usize, usize, usize, &'static str)> {
    // WORD_FROM[i]: the first line starting with the letter `a` + i or later
    let (bucket, lo, hi) = match w.as_bytes().first() {
        Some(&c @ b'a'..=b'z') => {
            let i = usize::from(c - b'a');
            (Some(i), WORD_FROM[i], WORD_FROM[i + 1])
        }
        Some(&c) if c < b'a' => (None, 0, WORD_FROM[0]),
        _ => (Some(26), WORD_FROM[26], WORDS.len() as u16),
    };
    let (start, info) = lookup_in(WORDS, lo.into(), hi.into(), w).ok()?;
    let terms_before = bucket.map_or(0, |i| usize::from(TERM_FROM[i]));
    Some((lo.into(), terms_before, start, info))
}

fn word(w: &str) -> WordInfo {
    word_line(w).map(|l| word_info(l.3)).unwrap_or_default()
}

/// (term id, flags) of a word that occurs in some problem. Terms are numbered in the order of
/// the word list: the terms before it in its letter's lines, plus those of earlier letters.
fn term(w: &str) -> Option<(usize, u8)> {
    let (from, mut id, start, info) = word_line(w)?;
    let flags = word_info(info).flags;
    if flags & F_TERM == 0 {
        return None;
    }
    let b = WORDS.as_bytes();
    let mut i = from;
    while i < start {
        while b[i] != b'\t' {
            i += 1;
        }
        id += usize::from(b[i + 1].wrapping_sub(b'@') & F_TERM != 0);
        while b[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    Some((id, flags))
}

/// Canonical form number `i` of the synonyms.
fn canon(i: usize) -> &'static str {
    let start = if i == 0 { 0 } else { CANON_END[i - 1] as usize };
    &CANON[start..CANON_END[i] as usize]
}

/// The lexicon and the known words, answered from the static tables.
struct Tables;

impl Lexicon for Tables {
    fn spelling(&self, word: &str) -> Option<&str> {
        lookup(SPELLING_MAP, word)
    }
    fn synonym(&self, key: &str) -> Option<&str> {
        if key.contains(' ') {
            lookup(MULTI_SYNONYMS, key).and_then(number).map(canon)
        } else {
            self::word(key).canon.map(canon)
        }
    }
    fn multi_len(&self, first: &str) -> usize {
        // Is there a key `first ...`? Keys longer than those are simply not found.
        let prefix = format!("{first} ");
        match lookup_in(MULTI_SYNONYMS, 0, MULTI_SYNONYMS.len(), &prefix) {
            Err(at) if MULTI_SYNONYMS[at..].starts_with(&prefix) => MULTI_MAX,
            _ => 0,
        }
    }
    fn is_stopword(&self, w: &str) -> bool {
        word(w).flags & F_STOP != 0
    }
    fn is_root(&self, w: &str) -> bool {
        word(w).flags & F_ROOT != 0
    }
    fn is_common(&self, w: &str) -> bool {
        word(w).flags & F_COMMON != 0
    }
    fn is_known(&self, w: &str) -> bool {
        word(w).flags & F_KNOWN != 0
    }
    fn correct(&self, w: &str) -> Option<String> {
        closest(w, fuzzy_pool()).map(str::to_string)
    }
}

fn idf(id: usize) -> f32 {
    let df = usize::from(POST_START[id + 1] - POST_START[id]);
    tuning::idf(PROBLEMS.len(), df)
}

/// Every problem with a score above zero, best first: (problem index, score).
/// BM25 over the weighted fields plus a bonus for neighbouring query words that also stand
/// together in a problem.
fn score(query: &str) -> Vec<(usize, f32)> {
    let terms = analyse(query, true, &Tables);
    let n = PROBLEMS.len();
    let mut scores = vec![0.0f32; n];
    // (term id, query weight, general word, number), in order of first appearance
    let mut seen: Vec<(usize, f32, bool, bool)> = Vec::new();
    let mut ids: Vec<Option<usize>> = Vec::with_capacity(terms.len());
    for t in &terms {
        let found = term(&t.text);
        ids.push(found.map(|(id, _)| id));
        if let Some((id, flags)) = found {
            match seen.iter_mut().find(|s| s.0 == id) {
                Some(s) => s.1 = s.1.max(t.weight),
                None => seen.push((
                    id,
                    t.weight,
                    flags & F_COMMON != 0,
                    t.text.bytes().all(|b| b.is_ascii_digit()),
                )),
            }
        }
    }
    // General words ("cara", "ganti", "hasil") count, but alone they are no evidence.
    // Numbers ("2 jam", "502") count too, but are no evidence either.
    let mut evidence = false;
    for (_, qw, general, digits) in seen.iter_mut() {
        if *general {
            *qw *= GENERAL_WEIGHT;
        } else if !*digits {
            evidence = true;
        }
    }
    if !evidence {
        return Vec::new();
    }
    let nf = n as f32;
    let doc_len = |d: usize| f32::from(DOC_LEN[d]) / 2.0;
    let avg_len = ((0..n).map(doc_len).sum::<f32>() / nf.max(1.0)).max(1.0);
    for &(id, qw, _, _) in &seen {
        let idf = idf(id);
        for k in usize::from(POST_START[id])..usize::from(POST_START[id + 1]) {
            let (d, f) = (usize::from(POST_DOC[k]), f32::from(POST_TF[k]) / 2.0);
            let norm = 1.0 - BM25_B + BM25_B * doc_len(d) / avg_len;
            scores[d] += qw * idf * f * (BM25_K1 + 1.0) / (f + BM25_K1 * norm);
        }
    }
    let mut pairs_seen: Vec<(usize, usize)> = Vec::new();
    for win in ids.windows(2) {
        if let [Some(a), Some(b)] = *win {
            if a == b || pairs_seen.contains(&(a, b)) {
                continue;
            }
            pairs_seen.push((a, b));
            let bonus = BIGRAM_BONUS * (idf(a) + idf(b));
            let (from, to) = (usize::from(PAIR_START[a]), usize::from(PAIR_START[a + 1]));
            let next = &PAIR_NEXT[from..to];
            let first = next.partition_point(|&x| usize::from(x) < b);
            for k in from + first..to {
                if usize::from(PAIR_NEXT[k]) != b {
                    break;
                }
                scores[usize::from(PAIR_DOC[k])] += bonus;
            }
        }
    }
    let mut out: Vec<(usize, f32)> = scores
        .into_iter()
        .enumerate()
        .filter(|&(_, s)| s > 0.0)
        .collect();
    // The order is total (score, then problem index), so the small insertion sort gives exactly
    // what `sort_unstable_by` gave, for a list of at most one entry per problem, without the
    // standard library's quicksort in the start bundle (about 2.5 KB of wasm).
    crate::domain::common::sort::sort_small(&mut out, |a, b| {
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_problem_id_is_taken_by_a_browse_screen() {
        for p in problems() {
            assert!(
                !matches!(p.id, "tahap" | "pilih-pesan"),
                "problem id {} clashes with a browse screen",
                p.id
            );
        }
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
