//! Booking codes: 8 characters from one alphabet that the app and the booking store share
//! (`backend/data/code_alphabet.txt`, read by the store's hooks and built in here), shown as
//! `K7QM-3XPA`. Characters that are easily misread (0/O, 1/I/L, 2/Z, 5/S, 8/B) never appear.

/// The alphabet file exactly as the store reads it.
const ALPHABET_FILE: &str = include_str!("../../../backend/data/code_alphabet.txt");

/// The characters a code is made of.
pub const CODE_ALPHABET: &[u8] = ALPHABET_FILE.as_bytes().trim_ascii();
pub const CODE_LEN: usize = 8;

/// What is wrong with a typed code; `crate::text::errors::code` says it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// Number of characters typed, separators not counted.
    WrongLength(usize),
    /// A letter or digit that no code ever contains (O, 0, I, 1, L, …): said with its own
    /// message rather than guessed (an O could be a 0 or a Q).
    NeverUsed(char),
    /// Anything that is neither a letter nor a digit.
    InvalidChar(char),
}

fn in_alphabet(c: char) -> bool {
    c.is_ascii() && CODE_ALPHABET.contains(&(c as u8))
}

/// The letters and digits that never appear in a code, in order: "0, 1, 2, 5, 8, B, …".
pub fn never_used() -> Vec<String> {
    ('0'..='9')
        .chain('A'..='Z')
        .filter(|&c| !in_alphabet(c))
        .map(String::from)
        .collect()
}

/// Upper-cases, drops spaces and dashes, and checks every character.
pub fn normalise_code(input: &str) -> Result<String, CodeError> {
    let mut out = String::with_capacity(CODE_LEN);
    let mut count = 0usize;
    let mut first_bad: Option<CodeError> = None;
    for c in input.chars() {
        if matches!(c, ' ' | '-' | '\t' | '\u{a0}') {
            continue;
        }
        count += 1;
        let u = c.to_ascii_uppercase();
        if in_alphabet(u) {
            out.push(u);
        } else if first_bad.is_none() {
            first_bad = Some(if u.is_ascii_alphanumeric() {
                CodeError::NeverUsed(c)
            } else {
                CodeError::InvalidChar(c)
            });
        }
    }
    if let Some(e) = first_bad {
        return Err(e);
    }
    match count {
        0 => Err(CodeError::Empty),
        CODE_LEN => Ok(out),
        n => Err(CodeError::WrongLength(n)),
    }
}

/// "K7QM3XPA" -> "K7QM-3XPA". Anything that is not 8 characters is returned unchanged.
pub fn format_code(code: &str) -> String {
    if code.len() == CODE_LEN && code.is_ascii() {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_is_the_stores_and_has_no_look_alikes() {
        assert_eq!(CODE_ALPHABET, b"ACDEFGHJKMNPQRTUVWXY34679");
        for c in b"0O1IL2Z5S8B" {
            assert!(!CODE_ALPHABET.contains(c), "{}", *c as char);
        }
        assert_eq!(never_used()[..4], ["0", "1", "2", "5"]);
    }

    #[test]
    fn typed_codes_are_normalised_or_explained() {
        assert_eq!(normalise_code(" k7qm-3xpa ").as_deref(), Ok("K7QM3XPA"));
        assert_eq!(normalise_code("K7QM-3XP0"), Err(CodeError::NeverUsed('0')));
        assert_eq!(normalise_code("K7QS-3XPA"), Err(CodeError::NeverUsed('S')));
        assert_eq!(
            normalise_code("K7QM-3XP?"),
            Err(CodeError::InvalidChar('?'))
        );
        assert_eq!(normalise_code("K7QM"), Err(CodeError::WrongLength(4)));
        assert_eq!(normalise_code(" - "), Err(CodeError::Empty));
        assert_eq!(format_code("K7QM3XPA"), "K7QM-3XPA");
    }
}
