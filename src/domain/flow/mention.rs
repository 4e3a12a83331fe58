//! A mention of another problem or of an official channel in content text: `[[problem-id]]` or
//! `[[channel-id]]` (ids of `content/problems/` and `content/channels.json` never clash). The
//! flow screens turn a problem into a link to its flow, named by its title, and a channel into a
//! link to its web address, named by its name; where no link can be (the case summary, a page
//! title) a problem reads as its title in quotes and a channel as its name. Titles and names are
//! written once, in their own files. The validator refuses a mention of nothing it knows, a
//! problem title quoted without the link and a channel to use named without its link
//! (`validate::mentions`).

use crate::domain::common::language::Lang;
use crate::domain::flow::labels;

const OPEN: &str = "[[";
const CLOSE: &str = "]]";

/// A piece of a text: words, or a mention of a problem (its id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Words(&'a str),
    Problem(&'a str),
}

/// `s` cut into words and mentions, in order. A `[[` without its `]]` stays words.
pub fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(OPEN) {
        let after = &rest[i + OPEN.len()..];
        let Some(j) = after.find(CLOSE) else {
            break;
        };
        if i > 0 {
            out.push(Piece::Words(&rest[..i]));
        }
        out.push(Piece::Problem(after[..j].trim()));
        rest = &after[j + CLOSE.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Words(rest));
    }
    out
}

/// The ids of the problems `s` mentions.
pub fn mentioned(s: &str) -> impl Iterator<Item = &str> {
    pieces(s).into_iter().filter_map(|p| match p {
        Piece::Problem(id) => Some(id),
        Piece::Words(_) => None,
    })
}

/// What a mention points to, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A problem's flow, by its title.
    Problem { title: &'static str },
    /// An official channel's web address, by its name.
    Channel {
        name: &'static str,
        url: &'static str,
    },
}

/// What the mention `id` points to in `lang`, or `None` for an id nobody has.
pub fn target(id: &str, lang: Lang) -> Option<Target> {
    if let Some(t) = labels::title(id) {
        return Some(Target::Problem {
            title: labels::pick(t, lang),
        });
    }
    labels::channel_link(id).map(|(name, url)| Target::Channel {
        name: labels::pick(name, lang),
        url,
    })
}

/// `s` as plain words: each mention becomes its title in double quotes.
pub fn plain(s: &str, lang: Lang) -> String {
    if !s.contains(OPEN) {
        return s.to_owned();
    }
    pieces(s)
        .into_iter()
        .map(|p| match p {
            Piece::Words(w) => w.to_owned(),
            Piece::Problem(id) => match target(id, lang) {
                Some(Target::Problem { title }) => format!("\"{title}\""),
                Some(Target::Channel { name, .. }) => name.to_owned(),
                None => String::new(),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_cut_out_of_the_words_around_it() {
        assert_eq!(
            pieces("Buka masalah [[forgot-email]] untuk langkahnya."),
            [
                Piece::Words("Buka masalah "),
                Piece::Problem("forgot-email"),
                Piece::Words(" untuk langkahnya.")
            ]
        );
        assert_eq!(
            pieces("[[a]][[b]]"),
            [Piece::Problem("a"), Piece::Problem("b")]
        );
        assert_eq!(pieces("no [[ end"), [Piece::Words("no [[ end")]);
        assert_eq!(mentioned("x [[a]] y [[b]]").collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn where_no_link_can_be_a_mention_reads_as_the_quoted_title() {
        assert_eq!(
            plain("Buka masalah [[forgot-email]] untuk langkahnya.", Lang::Id),
            "Buka masalah \"Lupa e-mail yang dipakai daftar\" untuk langkahnya."
        );
        assert_eq!(
            plain("Open the problem [[forgot-email]].", Lang::En),
            "Open the problem \"Forgot which e-mail I used\"."
        );
        assert!(!plain("[[forgot-email]]", Lang::Id).contains("forgot-email"));
        assert_eq!(plain("Tanpa tautan.", Lang::Id), "Tanpa tautan.");
        assert_eq!(
            plain("Kirim [[complaint-form]].", Lang::Id),
            "Kirim Formulir Pengaduan Prakerja."
        );
        assert_eq!(
            target("complaint-form", Lang::En),
            Some(Target::Channel {
                name: "Prakerja complaint form",
                url: "https://bantuan.prakerja.go.id"
            })
        );
        assert_eq!(target("no-such-thing", Lang::Id), None);
    }
}
