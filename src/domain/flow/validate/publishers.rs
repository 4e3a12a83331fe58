//! A citation must be the publisher's own page: the host of every source's address belongs to
//! its publisher, as `content/publishers.json` lists them. This refuses mirrors and copies (a
//! Pikiran Rakyat article on some other site), caches, and addresses whose end is not an article
//! (`…/082300165/twitter.com`).
//!
//! A source's `publisher` is the publisher's name, optionally followed by the sub-brand in
//! parentheses: "Pikiran Rakyat (Portal Sulut)" belongs to "Pikiran Rakyat". A host entry
//! `kompas.com` allows `kompas.com` and `www.kompas.com`; `*.kompas.com` allows every sub-domain
//! of it (the publisher's own regional, mobile and AMP sites).

use super::Finding;
use crate::domain::flow::content::Sources;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// `content/publishers.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publishers {
    pub publishers: Vec<Publisher>,
}

/// One publisher and the hosts its own pages live on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publisher {
    pub name: String,
    pub hosts: Vec<String>,
}

/// The publisher's name in a source's `publisher` label: the part before " (".
pub fn publisher_name(label: &str) -> &str {
    label
        .split_once(" (")
        .map_or(label, |(name, _)| name)
        .trim()
}

/// The host of an `https://` address, or `None` when there is none.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    (!host.is_empty()).then_some(host)
}

/// Whether `host` is one the entry `pattern` allows.
pub fn host_matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(domain) => host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.len() > 1 && sub.ends_with('.')),
        None => host == pattern || host.strip_prefix("www.") == Some(pattern),
    }
}

/// A plain lower-case domain name: letters, digits and hyphens in at least two labels.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        })
}

/// Endings of a last path segment that name a page, not a site.
const PAGE_ENDINGS: [&str; 7] = ["html", "htm", "php", "asp", "aspx", "jsp", "pdf"];

/// What is wrong with the shape of an address, if anything.
fn shape_problem(url: &str, host: &str) -> Option<String> {
    if !is_domain(host) {
        return Some(format!(
            "host '{host}' is not a plain lower-case domain (no port, user or upper case)"
        ));
    }
    let path = url
        .split_once(host)
        .map_or("", |(_, p)| p)
        .split(['?', '#'])
        .next()
        .unwrap_or("");
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let ending = last.rsplit('.').next().unwrap_or("");
    if is_domain(last) && !PAGE_ENDINGS.contains(&ending) {
        return Some(format!(
            "the address ends in '{last}', a site's name, not an article: the link is broken"
        ));
    }
    None
}

fn finding(node: &str, message: String) -> Finding {
    Finding {
        problem: "publishers".into(),
        node: Some(node.into()),
        message,
    }
}

/// Findings of `publishers.json` itself: every host entry is a domain or `*.` + domain, no host
/// belongs to two publishers, no name twice, and every publisher is one a source names.
fn publisher_list_findings(sources: &Sources, publishers: &Publishers) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut names = BTreeSet::new();
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    let used: BTreeSet<&str> = sources
        .sources
        .iter()
        .map(|s| publisher_name(&s.publisher))
        .collect();
    for p in &publishers.publishers {
        if !names.insert(p.name.as_str()) {
            out.push(finding(&p.name, "publisher listed twice".into()));
        }
        if p.hosts.is_empty() {
            out.push(finding(&p.name, "publisher has no host".into()));
        }
        if !used.contains(p.name.as_str()) {
            out.push(finding(
                &p.name,
                "no source names this publisher; remove it".into(),
            ));
        }
        for h in &p.hosts {
            if !is_domain(h.strip_prefix("*.").unwrap_or(h)) {
                out.push(finding(
                    &p.name,
                    format!("host '{h}' is not a domain or '*.' and a domain"),
                ));
            }
            if let Some(other) = owner.insert(h.as_str(), p.name.as_str()) {
                out.push(finding(
                    &p.name,
                    format!("host '{h}' is also listed for '{other}'"),
                ));
            }
        }
    }
    out
}

/// Every source's address is on one of its publisher's hosts and is shaped like an article.
pub fn publisher_findings(sources: &Sources, publishers: &Publishers) -> Vec<Finding> {
    let mut out = publisher_list_findings(sources, publishers);
    for s in &sources.sources {
        let mut push = |m: String| {
            out.push(Finding {
                problem: "sources.json".into(),
                node: Some(s.id.clone()),
                message: m,
            })
        };
        let Some(host) = host_of(&s.url) else {
            push(format!("'{}' is not an https address with a host", s.url));
            continue;
        };
        if let Some(problem) = shape_problem(&s.url, host) {
            push(problem);
        }
        let name = publisher_name(&s.publisher);
        match publishers.publishers.iter().find(|p| p.name == name) {
            None => push(format!(
                "publisher '{name}' is not in publishers.json: list it with its own hosts"
            )),
            Some(p) if !p.hosts.iter().any(|h| host_matches(h, host)) => push(format!(
                "host '{host}' is not {name}'s own ({}): a mirror or copy is not the publisher's page",
                p.hosts.join(", ")
            )),
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flow::content::{Grade, SourceRef};

    fn source(id: &str, publisher: &str, url: &str) -> SourceRef {
        SourceRef {
            id: id.into(),
            url: url.into(),
            title: "t".into(),
            publisher: publisher.into(),
            published: "2024-04".into(),
            grade: Grade::Press,
            supports: "x".into(),
            note: None,
        }
    }

    fn publishers() -> Publishers {
        Publishers {
            publishers: vec![
                Publisher {
                    name: "Pikiran Rakyat".into(),
                    hosts: vec!["pikiran-rakyat.com".into(), "*.pikiran-rakyat.com".into()],
                },
                Publisher {
                    name: "Kompas.com".into(),
                    hosts: vec!["kompas.com".into(), "*.kompas.com".into()],
                },
            ],
        }
    }

    /// Every finding, of the sources and of the publisher list.
    fn all_messages(sources: Vec<SourceRef>, p: &Publishers) -> Vec<String> {
        publisher_findings(&Sources { sources }, p)
            .iter()
            .map(|f| f.to_string())
            .collect()
    }

    /// The findings of the sources only (a test's few sources leave publishers unused).
    fn messages(sources: Vec<SourceRef>, p: &Publishers) -> Vec<String> {
        all_messages(sources, p)
            .into_iter()
            .filter(|m| m.starts_with("sources.json"))
            .collect()
    }

    #[test]
    fn a_mirror_of_the_publisher_is_refused() {
        let m = messages(
            vec![
                source(
                    "pr-mirror",
                    "Pikiran Rakyat (mirror at kievskiy.org)",
                    "https://kievskiy.org/nasional/pr-017987187/kode-otp",
                ),
                source(
                    "kompas",
                    "Kompas.com",
                    "https://www.kompas.com/tren/read/1/x",
                ),
            ],
            &publishers(),
        );
        assert_eq!(m.len(), 1, "{m:#?}");
        assert!(
            m[0].contains("pr-mirror")
                && m[0].contains("'kievskiy.org' is not Pikiran Rakyat's own")
        );
    }

    #[test]
    fn the_publishers_own_sub_domains_and_www_are_its_pages() {
        let m = messages(
            vec![
                source(
                    "regional",
                    "Pikiran Rakyat (Portal Sulut)",
                    "https://portalsulut.pikiran-rakyat.com/ekonomi/pr-857758290/solusi",
                ),
                source(
                    "main",
                    "Pikiran Rakyat",
                    "https://www.pikiran-rakyat.com/nasional/pr-1/x",
                ),
                source(
                    "amp",
                    "Kompas.com",
                    "https://amp.kompas.com/tren/read/2021/08/29/1/x",
                ),
                source(
                    "bare",
                    "Kompas.com",
                    "https://kompas.com/tren/read/2021/08/29/1/x?page=all",
                ),
            ],
            &publishers(),
        );
        assert!(m.is_empty(), "{m:#?}");
    }

    #[test]
    fn a_look_alike_host_is_not_a_sub_domain() {
        assert!(!host_matches("*.kompas.com", "fakekompas.com"));
        assert!(!host_matches("*.kompas.com", "kompas.com"));
        assert!(!host_matches("kompas.com", "kompas.com.evil.id"));
        assert!(host_matches("*.kompas.com", "money.kompas.com"));
        let m = messages(
            vec![source(
                "fake",
                "Kompas.com",
                "https://kompas.com.evil.id/read/1/x",
            )],
            &publishers(),
        );
        assert!(
            m.iter()
                .any(|m| m.contains("fake") && m.contains("not Kompas.com's own")),
            "{m:#?}"
        );
    }

    #[test]
    fn an_address_that_ends_in_a_site_name_is_broken() {
        let m = messages(
            vec![
                source(
                    "broken",
                    "Kompas.com",
                    "https://www.kompas.com/tren/read/2020/04/29/082300165/twitter.com",
                ),
                source(
                    "page",
                    "Kompas.com",
                    "https://www.kompas.com/tren/read/2020/1/a-b.html",
                ),
            ],
            &publishers(),
        );
        assert_eq!(m.len(), 1, "{m:#?}");
        assert!(m[0].contains("broken") && m[0].contains("ends in 'twitter.com'"));
    }

    #[test]
    fn an_odd_host_or_an_unlisted_publisher_is_a_finding() {
        let m = messages(
            vec![
                source("port", "Kompas.com", "https://www.kompas.com:8080/read/1/x"),
                source("upper", "Kompas.com", "https://WWW.KOMPAS.COM/read/1/x"),
                source("plain", "Kompas.com", "http://www.kompas.com/read/1/x"),
                source("who", "Some Blog", "https://someblog.net/2024/x"),
            ],
            &publishers(),
        );
        for (id, what) in [
            ("port", "not a plain lower-case domain"),
            ("upper", "not a plain lower-case domain"),
            ("plain", "not an https address"),
            ("who", "'Some Blog' is not in publishers.json"),
        ] {
            assert!(
                m.iter().any(|m| m.contains(id) && m.contains(what)),
                "{id}: {what}\n{m:#?}"
            );
        }
    }

    #[test]
    fn the_publisher_list_itself_is_checked() {
        let mut p = publishers();
        p.publishers.push(Publisher {
            name: "Copycat".into(),
            hosts: vec!["*.kompas.com".into(), "not a host".into()],
        });
        p.publishers.push(p.publishers[0].clone());
        let m = all_messages(
            vec![source(
                "main",
                "Pikiran Rakyat",
                "https://www.pikiran-rakyat.com/nasional/pr-1/x",
            )],
            &p,
        );
        for what in [
            "Copycat: host '*.kompas.com' is also listed for 'Kompas.com'",
            "Copycat: host 'not a host' is not a domain",
            "Copycat: no source names this publisher",
            "Kompas.com: no source names this publisher",
            "Pikiran Rakyat: publisher listed twice",
        ] {
            assert!(m.iter().any(|m| m.contains(what)), "{what}\n{m:#?}");
        }
    }
}
