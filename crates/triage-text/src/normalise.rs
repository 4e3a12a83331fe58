//! Normalising: from typed text to standard lower-case words. Lower case, punctuation out,
//! `e-ktp` -> `ektp`, `tiba-tiba`/`nyampe2` -> one word, letters repeated 3+ times once
//! (`bangettt`), informal spellings to standard ones through the [`Lexicon`].

use crate::lexicon::Lexicon;

/// Lower case, punctuation out, hyphen and reduplication rules, repeated letters, informal
/// spellings to standard ones (`gak` -> `tidak`, `udh` -> `sudah`, `bgt` -> `banget`).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::HashLexicon;

    fn normalise(text: &str) -> String {
        normalise_tokens(text, &HashLexicon::new(&[])).join(" ")
    }

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
    fn latin_1_capitals_are_lowered_and_numbers_kept() {
        assert_eq!(normalise("ÉKTP ditolak"), "éktp ditolak");
        assert_eq!(normalise("error 502, ngapa2in"), "error 502 ngapain");
        assert_eq!(normalise("aaa... 2"), "a 2");
    }
}
