//! Another problem is named only as a link. A citizen told to "open the problem \"Ganti nomor
//! HP\"" has to go back to the start and search for it; `[[phone-number-change]]` is a link
//! there, named by that problem's own title (`domain::flow::mention`). So a title of another
//! problem in double quotes is refused, and so is a link to a problem the catalogue lacks, or a
//! link where the screen cannot show one (an answer's button, an e-mail subject, a list of
//! attachments).

use super::Finding;
use crate::domain::common::language::Text;
use crate::domain::flow::content::{Node, Problem};
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

/// Every finding of the rule over the whole catalogue (titles are the other problems').
pub(super) fn check(problems: &[(String, Problem)]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (_, p) in problems {
        let mut report = super::Report::new(&p.id);
        for n in &p.nodes {
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
                        } else if !problems.iter().any(|(_, q)| q.id == id) {
                            report.at(
                                &n.id,
                                format!("links [[{id}]], which is not a problem of the catalogue"),
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
            }
        }
        out.extend(report.into_findings());
    }
    out
}
