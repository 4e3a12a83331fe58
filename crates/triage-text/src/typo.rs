//! Typos: how far two words are apart, how many typos a word may carry, and the closest typo
//! target a misspelt query word may stand for.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("pasword", "password", 2), Some(1));
        assert_eq!(edit_distance("gelmobang", "gelombang", 2), Some(1));
        assert_eq!(edit_distance("resep", "reset", 1), Some(1));
        assert_eq!(edit_distance("bola", "blokir", 1), None);
    }

    #[test]
    fn short_words_are_never_guessed() {
        assert_eq!(typo_limit(4), 0);
        assert_eq!(closest("bolu", ["bole", "bola"].into_iter()), None);
    }

    #[test]
    fn closest_takes_the_nearest_then_the_first() {
        let pool = ["password", "passwort", "pasword"];
        assert_eq!(closest("paswrod", pool.into_iter()), Some("pasword"));
        assert_eq!(closest("passwodr", pool.into_iter()), Some("password"));
        assert_eq!(closest("kucing", pool.into_iter()), None);
        // equally close: the first of the pool wins
        let tie = ["passwort", "password"];
        assert_eq!(closest("passwore", tie.into_iter()), Some("passwort"));
        assert_eq!(closest("passwore", tie.into_iter().rev()), Some("password"));
    }
}
