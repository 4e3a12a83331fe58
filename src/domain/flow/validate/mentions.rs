//! Another problem is named only as a link. A citizen told to "open the problem \"Ganti nomor
//! HP\"" has to go back to the start and search for it; `[[phone-number-change]]` is a link
//! there, named by that problem's own title (`domain::flow::mention`). So a title of another
//! problem in double quotes is refused, and so is a link to a problem the catalogue lacks, or a
//! link where the screen cannot show one (an answer's button, an e-mail subject, a list of
//! attachments). The same for an official channel with a web address: a text that tells people
//! to send, use or go through it ("kirim Formulir Pengaduan") links it (`[[complaint-form]]`),
//! except on that channel's own outcome, whose card shows its addresses.

use super::Finding;
use crate::domain::common::language::Text;
use crate::domain::flow::content::{Channel, Channels, Node, NodeKind, Problem};
use crate::domain::flow::mention::mentioned;

/// The texts of a node where a link can be shown: its text, detail and limit, and its
/// variants' text and detail.
fn linkable(n: &Node) -> Vec<&Text> {
    let mut v: Vec<&Text> = vec![&n.text];
    v.extend(n.detail.as_ref());
    v.extend(n.limit.as_ref());
    for x in &n.variants {
        v.push(&x.text);
        v.extend(x.detail.as_ref());
    }
    v
}

/// The texts of a node that are buttons or copied words: no link there.
fn unlinkable(n: &Node) -> Vec<&Text> {
    let mut v: Vec<&Text> = n.options.iter().map(|o| &o.label).collect();
    if let Some(o) = &n.outcome {
        v.extend(o.subject.as_ref());
        v.extend(o.attach.iter());
    }
    v
}

/// Words that tell people to use a channel, before its short name, per language.
const USE_ID: [&str; 6] = ["kirim", "lewat", "isi", "buka", "pakai", "melalui"];
const USE_EN: [&str; 4] = ["send the", "through the", "open the", "use the"];

/// A channel's name without "Prakerja" ("Formulir Pengaduan Prakerja" -> "formulir pengaduan").
fn short(name: &str) -> String {
    name.replace("Prakerja", "").trim().to_lowercase()
}

/// The first "<verb> <channel's short name>" in `s` as whole words ("mengisi" is not "isi").
fn told_to_use(s: &str, name: &str, verbs: &[&str]) -> Option<String> {
    let s = s.to_lowercase();
    let name = short(name);
    verbs.iter().map(|v| format!("{v} {name}")).find(|phrase| {
        !name.is_empty()
            && s.match_indices(phrase.as_str()).any(|(i, _)| {
                !s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
    })
}

/// Every finding of the rule over the whole catalogue (titles are the other problems').
pub(super) fn check(problems: &[(String, Problem)], channels: &Channels) -> Vec<Finding> {
    let linked: Vec<&Channel> = channels
        .channels
        .iter()
        .filter(|c| c.contacts.iter().any(|k| k.kind == "url"))
        .collect();
    let known =
        |id: &str| problems.iter().any(|(_, q)| q.id == id) || linked.iter().any(|c| c.id == id);
    let mut out = Vec::new();
    for (_, p) in problems {
        let mut report = super::Report::new(&p.id);
        for n in &p.nodes {
            let own_channel = n.outcome.as_ref().and_then(|o| o.channel.as_deref());
            for (t, can_link) in linkable(n)
                .into_iter()
                .map(|t| (t, true))
                .chain(unlinkable(n).into_iter().map(|t| (t, false)))
            {
                for s in [&t.id, &t.en] {
                    for id in mentioned(s) {
                        if !can_link {
                            report.at(
                                &n.id,
                                format!("links [[{id}]] in an answer, a subject or an attachment, where no link can be shown: name it in the detail"),
                            );
                        } else if !known(id) {
                            report.at(
                                &n.id,
                                format!("links [[{id}]], which is not a problem of the catalogue or a channel with a web address"),
                            );
                        }
                    }
                    for (_, q) in problems.iter().filter(|(_, q)| q.id != p.id) {
                        for title in [&q.title.id, &q.title.en] {
                            if s.contains(&format!("\"{title}\"")) {
                                report.at(
                                    &n.id,
                                    format!("names the problem \"{title}\" without a link: write [[{}]]", q.id),
                                );
                            }
                        }
                    }
                }
                // a question asks whether it was sent; a step or an outcome tells to send it
                if !can_link || n.kind == NodeKind::Question {
                    continue;
                }
                for c in linked.iter().filter(|c| own_channel != Some(c.id.as_str())) {
                    let told = told_to_use(&t.id, &c.name.id, &USE_ID)
                        .or_else(|| told_to_use(&t.en, &c.name.en, &USE_EN));
                    if let Some(phrase) = told {
                        report.at(
                            &n.id,
                            format!("says \"{phrase}\" without its link: write [[{}]]", c.id),
                        );
                    }
                }
            }
        }
        out.extend(report.into_findings());
    }
    out
}
