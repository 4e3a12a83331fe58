//! The scoring weights of triage (BM25 over weighted fields, word pairs, general words, typos).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rarer_word_weighs_more() {
        assert!(idf(80, 1) > idf(80, 10));
        assert!(
            idf(80, 80) > 0.0,
            "a word in every problem still counts a little"
        );
    }

    #[test]
    fn field_weights_are_whole_halves() {
        let weights = [
            W_TITLE_ID,
            W_TITLE_EN,
            W_PHRASE,
            W_MESSAGE_ID,
            W_MESSAGE_EN,
            W_SUMMARY_ID,
            W_SUMMARY_EN,
        ];
        for w in weights {
            assert_eq!((w * 2.0).fract(), 0.0, "{w} is not a multiple of 0.5");
        }
    }
}
