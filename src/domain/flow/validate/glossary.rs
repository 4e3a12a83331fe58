//! The glossary's words: no word of a term's `avoid` list in any text a citizen reads (flows,
//! channels, reasons), in either language.

use super::{Finding, Refs, Report};
use crate::domain::common::language::{Lang, Text};
use crate::domain::flow::content::{Channels, Glossary, Problem, Reasons};

/// Every text of a problem a citizen reads (not the search phrases, not on-screen messages
/// quoted from prakerja.go.id), with where it is.
pub fn shown_texts(p: &Problem) -> Vec<(Option<&str>, &Text)> {
    let mut v: Vec<(Option<&str>, &Text)> = vec![(None, &p.title), (None, &p.summary)];
    for n in &p.nodes {
        let at = Some(n.id.as_str());
        v.push((at, &n.text));
        v.extend(n.detail.iter().chain(n.limit.iter()).map(|t| (at, t)));
        v.extend(n.options.iter().map(|o| (at, &o.label)));
        if let Some(o) = &n.outcome {
            v.extend(o.subject.iter().chain(o.attach.iter()).map(|t| (at, t)));
        }
    }
    v
}

/// `text` with every part inside double quotes blanked: it quotes the site or a person.
fn unquoted(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' || c == '“' || c == '”' {
            quoted = !quoted;
            plain.push(' ');
        } else {
            plain.push(if quoted { ' ' } else { c });
        }
    }
    plain
}

/// `w` occurs in `plain` as a whole word (case-sensitive).
fn has_word(plain: &str, w: &str) -> bool {
    let word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '@' || c == '.' || c == '_';
    let mut from = 0;
    while let Some(i) = plain[from..].find(w) {
        let start = from + i;
        let end = start + w.len();
        let before = plain[..start].chars().next_back();
        // a trailing dot ends a sentence, it does not join words
        let after_ok = match plain[end..].chars().next() {
            None => true,
            Some('.') => plain[end + 1..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric()),
            Some(c) => !word_char(c),
        };
        if before.is_none_or(|c| !word_char(c)) && after_ok {
            return true;
        }
        from = end;
    }
    false
}

/// Words of the glossary's `avoid` lists found in `text` (case-sensitive, whole words), with the
/// word to use instead. Text inside double quotes is skipped: it quotes the site or a person.
pub fn glossary_misuse(g: &Glossary, text: &str, lang: Lang) -> Vec<(String, String)> {
    // a mention reads as the quoted title or the channel's name, as on screen
    let plain = unquoted(&crate::domain::flow::mention::plain(text, lang));
    let mut out = Vec::new();
    for t in &g.terms {
        let (avoid, use_) = match lang {
            Lang::Id => (&t.avoid.id, &t.id),
            Lang::En => (&t.avoid.en, &t.en),
        };
        for w in avoid.iter().filter(|w| has_word(&plain, w)) {
            out.push((w.clone(), use_.clone()));
        }
    }
    out
}

/// Glossary findings for a list of texts, added to `out`.
fn words<'a>(
    g: &Glossary,
    texts: impl IntoIterator<Item = (Option<&'a str>, &'a Text)>,
    out: &mut Report,
) {
    for (at, t) in texts {
        for (lang, s) in [(Lang::Id, &t.id), (Lang::En, &t.en)] {
            for (bad, good) in glossary_misuse(g, s, lang) {
                let m = format!(
                    "glossary: write \"{good}\", not \"{bad}\" ({})",
                    lang.code()
                );
                out.add(at, m);
            }
        }
    }
}

/// Glossary findings for a list of texts of `file`.
pub fn glossary_findings<'a>(
    g: &Glossary,
    file: &str,
    texts: impl IntoIterator<Item = (Option<&'a str>, &'a Text)>,
) -> Vec<Finding> {
    let mut out = Report::new(file);
    words(g, texts, &mut out);
    out.into_findings()
}

/// Every text of a problem a citizen reads.
pub(super) fn check(p: &Problem, r: &Refs, out: &mut Report) {
    words(r.glossary, shown_texts(p), out);
}

/// Every text of every channel.
pub(super) fn check_channels(c: &Channels, g: &Glossary, out: &mut Report) {
    for ch in &c.channels {
        let at = Some(ch.id.as_str());
        let texts = std::iter::once(&ch.name)
            .chain(ch.how.iter())
            .chain(ch.note.iter())
            .chain(ch.hours.iter());
        words(g, texts.map(|t| (at, t)), out);
    }
}

/// Every text of every reason: its label, what the officer can do, what to bring.
pub(super) fn check_reasons(r: &Reasons, g: &Glossary, out: &mut Report) {
    for x in &r.reasons {
        let at = Some(x.id.as_str());
        let texts = [&x.label, &x.officer_can].into_iter().chain(x.bring.iter());
        words(g, texts.map(|t| (at, t)), out);
    }
}
