//! A light Indonesian stemmer: particles (`-nya`, `-lah`, ...), suffixes (`-kan`, `-an`, `-i`)
//! and up to two prefixes (`me-`, `di-`, `ber-`, ... with their sound changes) come off. It only
//! proposes candidates; the pipeline keeps the shortest one the lexicon knows.

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
pub fn stem_candidates(w: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, stem: &str) -> bool {
        stem_candidates(word).iter().any(|c| c == stem)
    }

    #[test]
    fn prefixes_suffixes_and_sound_changes_come_off() {
        assert!(has("diblokir", "blokir"));
        assert!(has("menunggu", "tunggu"));
        assert!(has("mengirimkan", "kirim"));
        assert!(has("penyimpanan", "simpan"));
        assert!(has("dikirimnya", "kirim"));
    }

    #[test]
    fn stems_keep_at_least_three_letters() {
        assert!(stem_candidates("diam")
            .iter()
            .all(|c| c.chars().count() >= 3));
        assert!(stem_candidates("makanan")
            .iter()
            .all(|c| c.chars().count() >= 3));
    }
}
