//! The catalogue in `content/` is complete and every flow is safe to walk.
#![cfg(not(target_arch = "wasm32"))]

use pendamping::domain::common::language::Lang;
use pendamping::domain::flow::catalogue::{Catalogue, FACT_IDS};
use pendamping::domain::flow::content::{Node, NodeKind, OutcomeKind, Problem, Stage, Text, Wait};
use pendamping::domain::flow::validate::{
    glossary_misuse, stale_nodes, validate_channels, validate_problem, validate_sources,
    validate_truth, Refs,
};
use pendamping::native::catalogue::{load, load_all};
use std::collections::BTreeSet;
use std::path::Path;

mod content {
    mod publishers;
}

fn catalogue() -> (
    Vec<(String, pendamping::domain::flow::content::Problem)>,
    pendamping::domain::flow::content::Channels,
) {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_flow_is_valid() {
    let (problems, channels) = catalogue();
    let mut findings: Vec<String> = validate_channels(&channels)
        .iter()
        .map(|f| f.to_string())
        .collect();
    for (file, p) in &problems {
        if file != &p.id {
            findings.push(format!(
                "{file}.json: id is '{}', must equal the file name",
                p.id
            ));
        }
        findings.extend(validate_problem(p, &channels).iter().map(|f| f.to_string()));
    }
    assert!(
        findings.is_empty(),
        "{} finding(s):\n{}",
        findings.len(),
        findings.join("\n")
    );
}

#[test]
fn catalogue_keeps_every_problem_id_of_the_facts() {
    let (problems, _) = catalogue();
    let have: BTreeSet<&str> = problems.iter().map(|(_, p)| p.id.as_str()).collect();
    let missing: Vec<_> = FACT_IDS.iter().filter(|id| !have.contains(*id)).collect();
    assert!(missing.is_empty(), "missing problems: {missing:?}");
    let extra: Vec<_> = have.iter().filter(|id| !FACT_IDS.contains(id)).collect();
    assert!(extra.is_empty(), "problems not in the facts: {extra:?}");
}

#[test]
fn every_stage_of_registration_has_problems_to_browse() {
    let (problems, _) = catalogue();
    for st in Stage::ALL {
        assert!(
            problems.iter().any(|(_, p)| p.stage == st),
            "no problem in stage {st:?}"
        );
    }
}

#[test]
fn every_problem_offers_a_fix_and_a_way_out() {
    let (problems, _) = catalogue();
    for (_, p) in &problems {
        let kinds: BTreeSet<_> = p.nodes.iter().map(|n| n.kind as u8).collect();
        assert!(
            kinds.contains(&(NodeKind::Step as u8)) || kinds.contains(&(NodeKind::Question as u8)),
            "{}: no step or question",
            p.id
        );
        // A path where nothing worked must not end in "solved".
        let ends: Vec<_> = p.nodes.iter().filter_map(|n| n.outcome.as_ref()).collect();
        assert!(
            ends.iter().any(|o| o.kind != OutcomeKind::Solved),
            "{}: every ending says solved; where does someone go when nothing works?",
            p.id
        );
    }
}

#[test]
fn in_person_help_is_offered_somewhere_but_only_with_a_reason() {
    let (problems, _) = catalogue();
    let n = problems
        .iter()
        .flat_map(|(_, p)| &p.nodes)
        .filter(|n| {
            n.outcome
                .as_ref()
                .is_some_and(|o| o.kind == OutcomeKind::InPerson)
        })
        .count();
    assert!(n >= 5, "only {n} in-person outcomes in the whole catalogue");
    // Dukcapil data cannot be changed at a labour office: those flows send people to Dukcapil.
    for id in [
        "nik-not-registered-dukcapil",
        "data-mismatch-dukcapil",
        "kk-number-invalid",
    ] {
        let p = &problems.iter().find(|(_, p)| p.id == id).unwrap().1;
        assert!(
            p.nodes
                .iter()
                .any(|n| n.outcome.as_ref().and_then(|o| o.channel.as_deref()) == Some("dukcapil")),
            "{id}: must point to Dukcapil"
        );
    }
}

#[test]
fn the_browser_reads_every_file_exactly_as_the_validator_does() {
    use pendamping::domain::common::json::decode;
    use pendamping::domain::flow::content::{Channels, Problem};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for entry in std::fs::read_dir(dir.join("problems")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let by_serde: Problem = serde_json::from_str(&text).unwrap();
        assert_eq!(
            decode::<Problem>(&text),
            Some(by_serde),
            "{}",
            path.display()
        );
    }
    let text = std::fs::read_to_string(dir.join("channels.json")).unwrap();
    let by_serde: Channels = serde_json::from_str(&text).unwrap();
    assert_eq!(decode::<Channels>(&text), Some(by_serde));
}

// ---------------------------------------------------------------------------------------
// The truth rules (sources and their dates, a reason for in-person help, the glossary): each
// one is shown failing on a bad flow.

fn full() -> Catalogue {
    load_all(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn problem(c: &Catalogue, id: &str) -> Problem {
    c.problems
        .iter()
        .find(|(_, p)| p.id == id)
        .unwrap_or_else(|| panic!("{id}"))
        .1
        .clone()
}

fn messages(p: &Problem, c: &Catalogue) -> Vec<String> {
    validate_truth(p, &c.refs())
        .iter()
        .map(|f| f.to_string())
        .collect()
}

fn node<'a>(p: &'a mut Problem, id: &str) -> &'a mut Node {
    p.nodes
        .iter_mut()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("node {id}"))
}

#[test]
fn the_whole_catalogue_passes_every_truth_rule() {
    let c = full();
    let f: Vec<String> = c.validate().iter().map(|f| f.to_string()).collect();
    assert!(f.is_empty(), "{} finding(s):\n{}", f.len(), f.join("\n"));
}

#[test]
fn a_help_point_reached_without_a_recorded_reason_fails() {
    let c = full();
    let mut p = problem(&c, "face-verification-failed");
    assert_eq!(messages(&p, &c), Vec::<String>::new());
    // "Tidak" (no camera) no longer records why self-help cannot work
    for o in &mut node(&mut p, "has-camera").options {
        o.records = None;
    }
    let m = messages(&p, &c);
    assert!(
        m.iter()
            .any(|m| m.contains("no-camera") && m.contains("without recording why")),
        "{m:?}"
    );

    // the old shape: "tried everything" -> help point, with no reason at all
    let mut p = problem(&c, "face-verification-failed");
    let o = node(&mut p, "no-camera").outcome.as_mut().unwrap();
    o.reason = None;
    let m = messages(&p, &c);
    assert!(
        m.iter()
            .any(|m| m.contains("needs exactly one of 'reason'")),
        "{m:?}"
    );

    // a reason that is not in the fixed list
    let mut p = problem(&c, "face-verification-failed");
    node(&mut p, "no-camera").outcome.as_mut().unwrap().reason = Some("all-fixes-failed".into());
    let m = messages(&p, &c);
    assert!(
        m.iter()
            .any(|m| m.contains("'all-fixes-failed' is not in reasons.json")),
        "{m:?}"
    );
}

#[test]
fn a_help_point_after_the_complaint_form_needs_a_published_answer_time() {
    let c = full();
    let mut p = problem(&c, "otp-not-received");
    // turn "Sudah, tapi belum ada jawaban" into a way to the help point after a wait
    let q = node(&mut p, "q-form-sent");
    q.options[1].next = "o-help-point".into();
    q.options[1].waited = Some("login-otp-limit".into());
    q.options[2].next = "o-form".into();
    let o = node(&mut p, "o-help-point").outcome.as_mut().unwrap();
    o.reason = None;
    o.wait = Some("login-otp-limit".into());
    let m = messages(&p, &c);
    // the OTP limit is a published wait, but not an answer time of the complaint form
    assert!(
        m.iter()
            .any(|m| m.contains("not a published answer time of the complaint form")),
        "{m:?}"
    );

    // with a sourced answer time (none is published today) the same flow passes
    let mut reasons = c.reasons.clone();
    reasons.waits.push(Wait {
        id: "login-otp-limit".into(),
        after: Text {
            id: "uji".into(),
            en: "test".into(),
        },
        hours: 72,
        answer_of: Some("complaint-form".into()),
        sources: vec!["prakerja-faq-akun".into()],
    });
    reasons.waits.retain(|w| w.answer_of.is_some());
    let r = Refs {
        channels: &c.channels,
        sources: &c.sources,
        reasons: &reasons,
        glossary: &c.glossary,
        publishers: &c.publishers,
        phrases: &c.phrases,
    };
    let m: Vec<String> = validate_truth(&p, &r)
        .iter()
        .map(|f| f.to_string())
        .collect();
    assert_eq!(m, Vec::<String>::new());
}

#[test]
fn an_unsourced_node_and_a_blog_alone_fail() {
    let c = full();
    let mut p = problem(&c, "forgot-password");
    node(&mut p, "request").sources.clear();
    node(&mut p, "solved").sources = vec!["no-such-source".into()];
    node(&mut p, "check-mail").sources = vec!["gtrust-2024-05-29-blokir".into()];
    let m = messages(&p, &c);
    assert!(
        m.iter().any(|m| m.contains("/ request: cites no source")),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|m| m.contains("'no-such-source' is not in sources.json")),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|m| m.contains("/ check-mail: only BLOG sources")),
        "{m:?}"
    );
    // a blog beside a press or official source is fine
    node(&mut p, "check-mail")
        .sources
        .push("prakerja-faq-akun".into());
    assert!(!messages(&p, &c).iter().any(|m| m.contains("check-mail")));
}

#[test]
fn a_node_without_the_date_of_its_last_comparison_fails() {
    let c = full();
    let mut p = problem(&c, "forgot-password");
    node(&mut p, "request").compared = "kemarin".into();
    let m = messages(&p, &c);
    assert!(
        m.iter().any(|m| m.contains("/ request: 'compared'")),
        "{m:?}"
    );
}

#[test]
fn a_source_without_a_full_address_date_or_purpose_fails() {
    let c = full();
    let mut s = c.sources.clone();
    let good = s.sources[0].clone();
    let bad = |id: &str, url: &str, published: &str, supports: &str| {
        let mut x = good.clone();
        x.id = id.into();
        x.url = url.into();
        x.published = published.into();
        x.supports = supports.into();
        x
    };
    s.sources = vec![
        good.clone(),
        bad(
            "bare-date",
            "https://poskota.co.id/2024/08/03",
            "2024-08-03",
            "x",
        ),
        bad(
            "plain-http",
            "http://www.infokerja-jatim.com/berita/850",
            "2018-02",
            "x",
        ),
        bad("home-page", "https://bantuan.prakerja.go.id", "2023", "x"),
        bad(
            "undated",
            "https://dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik",
            "",
            "x",
        ),
        bad(
            "no-purpose",
            "https://www.kompas.com/tren/read/2021/02/22/113500765/e-mail-bermasalah",
            "2021-02-22",
            " ",
        ),
        bad(
            "bare-date",
            "https://www.kompas.com/tren/read/2021/02/22/113500765/x",
            "2021-13-01",
            "x",
        ),
    ];
    let f: Vec<String> = validate_sources(&s).iter().map(|f| f.to_string()).collect();
    for (id, what) in [
        ("bare-date", "not a full https address"),
        ("plain-http", "not a full https address"),
        ("home-page", "not a full https address"),
        ("undated", "publication date"),
        ("no-purpose", "what it is cited for"),
        ("bare-date", "duplicate source id"),
        ("bare-date", "publication date '2021-13-01'"),
    ] {
        assert!(
            f.iter().any(|m| m.contains(id) && m.contains(what)),
            "{id}: {what}\n{f:#?}"
        );
    }
    assert!(!f.iter().any(|m| m.contains(&good.id)), "{f:#?}");
}

#[test]
fn a_glossary_term_used_wrongly_fails_but_a_quote_does_not() {
    let c = full();
    let mut p = problem(&c, "account-blocked");
    node(&mut p, "rules-info").detail = Some(Text {
        id: "Datang ke posko, lalu isi form pengaduan.".into(),
        en: "Go to the help desk and fill in the report form.".into(),
    });
    let m = messages(&p, &c);
    for want in [
        "\"titik layanan\", not \"posko\"",
        "\"Formulir Pengaduan\", not \"form pengaduan\"",
        "\"help point\", not \"help desk\"",
        "\"complaint form\", not \"report form\"",
    ] {
        assert!(m.iter().any(|m| m.contains(want)), "{want}\n{m:#?}");
    }
    // words the site itself shows, in quotes, are not ours to change
    node(&mut p, "rules-info").detail = Some(Text {
        id: "Kalau muncul \"Email error\", buat e-mail baru.".into(),
        en: "If \"Email error\" appears, make a new e-mail address.".into(),
    });
    assert!(!messages(&p, &c).iter().any(|m| m.contains("glossary")));
}

#[test]
fn the_interface_strings_use_the_glossary_words() {
    let c = full();
    let mut bad = Vec::new();
    for (l, texts) in [
        (Lang::Id, interface_strings(Lang::Id)),
        (Lang::En, interface_strings(Lang::En)),
    ] {
        for t in texts {
            for (w, good) in glossary_misuse(&c.glossary, t, l) {
                bad.push(format!("{:?}: {t:?} uses \"{w}\", write \"{good}\"", l));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_in_person_outcome_names_its_reason_and_what_to_bring() {
    let c = full();
    let mut n = 0;
    for (_, p) in &c.problems {
        for node in &p.nodes {
            let Some(o) = node
                .outcome
                .as_ref()
                .filter(|o| o.kind == OutcomeKind::InPerson)
            else {
                continue;
            };
            n += 1;
            let r = o
                .reason
                .as_deref()
                .and_then(|r| c.reasons.reason(r))
                .unwrap_or_else(|| panic!("{} / {}", p.id, node.id));
            assert!(!r.bring.is_empty());
        }
    }
    assert!(n >= 5, "only {n} in-person outcomes");
    // each reason has its own list of what to bring
    let lists: BTreeSet<Vec<&str>> = c
        .reasons
        .reasons
        .iter()
        .map(|r| r.bring.iter().map(|b| b.id.as_str()).collect())
        .collect();
    assert_eq!(lists.len(), c.reasons.reasons.len());
}

#[test]
fn old_sources_are_flagged_as_stale() {
    let c = full();
    let p = problem(&c, "laid-off-worker");
    let stale = stale_nodes(&p, &c.sources, "2026-12-03");
    // q-listed cites only April 2020 reports
    assert!(
        stale
            .iter()
            .any(|(n, d)| *n == "q-listed" && d.starts_with("2020")),
        "{stale:?}"
    );
    // the same node was not stale while its sources were fresh
    assert!(stale_nodes(&p, &c.sources, "2021-01-01").is_empty());
}

/// Every interface string a citizen reads (start screen, flow screens, booking screens).
fn interface_strings(l: Lang) -> Vec<&'static str> {
    use pendamping::text::booking::BookingStrings;
    use pendamping::text::schema::{FlowStrings, Strings};
    let mut v = Strings::get(l).all();
    v.extend(FlowStrings::get(l).all());
    v.extend(BookingStrings::get(l).all());
    v.into_iter().map(|(_, t)| t).collect()
}

// ---------------------------------------------------------------------------------------
// Rules run by the validator's entry points (`Catalogue::validate`), each shown failing on
// content made bad on purpose.

/// Every finding of the whole catalogue check, as text.
fn catalogue_findings(c: &Catalogue) -> Vec<String> {
    c.validate().iter().map(|f| f.to_string()).collect()
}

/// Replace the problem `id` of the catalogue with `p`.
fn with_problem(mut c: Catalogue, p: Problem) -> Catalogue {
    let slot = c.problems.iter_mut().find(|(_, q)| q.id == p.id).unwrap();
    slot.1 = p;
    c
}

#[test]
fn another_problem_named_in_quotes_without_its_link_fails() {
    let c = full();
    let mut p = problem(&c, "otp-not-received");
    // the tester's sentence: the problem is named, but the citizen has to go and find it
    node(&mut p, "dead-number").detail = Some(Text {
        id: "Buka masalah \"Ganti nomor HP\" untuk langkahnya.".into(),
        en: "Open the problem \"Change phone number\" for the steps.".into(),
    });
    let f = catalogue_findings(&with_problem(full(), p.clone()));
    for want in [
        "otp-not-received / dead-number: names the problem \"Ganti nomor HP\" without a link: write [[phone-number-change]]",
        "otp-not-received / dead-number: names the problem \"Change phone number\" without a link",
    ] {
        assert!(f.iter().any(|m| m.contains(want)), "{want}\n{f:#?}");
    }
    // a link to a problem that does not exist, and a link inside an answer's button
    node(&mut p, "dead-number").detail = Some(Text {
        id: "Buka masalah [[ganti-hp]].".into(),
        en: "Open the problem [[phone-number-change]].".into(),
    });
    node(&mut p, "q-form-sent").options[0].label.en = "See [[forgot-email]]".into();
    let f = catalogue_findings(&with_problem(full(), p));
    assert!(
        f.iter()
            .any(|m| m.contains("links [[ganti-hp]], which is not a problem")),
        "{f:#?}"
    );
    assert!(
        f.iter()
            .any(|m| m.contains("q-form-sent: links [[forgot-email]] in an answer")),
        "{f:#?}"
    );
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn a_node_that_says_register_now_without_closed_words_fails() {
    use pendamping::domain::flow::content::{StateKind, Variant};
    let c = full();
    let mut p = problem(&c, "forgot-password");
    let n = node(&mut p, "solved");
    n.detail = Some(Text {
        id: "Sekarang daftar sekarang di www.prakerja.go.id.".into(),
        en: "Now sign in at www.prakerja.go.id.".into(),
    });
    n.variants = vec![Variant {
        state: StateKind::Unknown,
        text: n.text.clone(),
        detail: None,
        sources: vec![],
    }];
    let f = catalogue_findings(&with_problem(full(), p));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].contains(
            "forgot-password / solved: says \"daftar sekarang\" but has no \"closed\" variant"
        ),
        "{f:#?}"
    );
}

#[test]
fn a_source_on_a_mirror_of_its_publisher_fails() {
    let mut c = full();
    let s = c
        .sources
        .sources
        .iter_mut()
        .find(|s| s.publisher == "Kompas.com")
        .expect("a Kompas.com source");
    let id = s.id.clone();
    s.url = s.url.replace("www.kompas.com", "kompas.news-mirror.net");
    let f = catalogue_findings(&c);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].contains(&format!("sources.json / {id}"))
            && f[0].contains("'kompas.news-mirror.net' is not Kompas.com's own"),
        "{f:#?}"
    );
}

#[test]
fn a_reason_that_claims_more_than_the_answer_said_fails() {
    // The old label: the person said they find reading or writing hard, never that nobody they
    // trust could sit with them.
    let mut c = full();
    let r = c
        .reasons
        .reasons
        .iter_mut()
        .find(|r| r.id == "needs-someone-beside")
        .unwrap();
    r.label = Text {
        id: "Kamu sulit membaca atau menulis sendiri, dan tidak ada orang yang kamu percaya untuk mendampingi".into(),
        en: "You find it hard to read or write on your own, and there is no one you trust to sit with you".into(),
    };
    let f = catalogue_findings(&c);
    let on_report = f
        .iter()
        .find(|m| {
            m.starts_with("forgot-password / q-form-sent")
                && m.contains("\"Saya sulit membaca atau menulis laporannya sendiri\"")
        })
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert!(
        on_report.contains("did not: ada, mendampingi, orang, percaya, tidak"),
        "{on_report}"
    );
    // today's label says only what every answer recording it says
    assert!(catalogue_findings(&full()).is_empty());
}

#[test]
fn the_call_centre_is_offered_only_where_a_phone_call_can_do_the_job() {
    use pendamping::domain::flow::labels::phone_can_help;
    let c = full();
    // the face scan needs a camera the person does not have: no phone call can do that
    let p = problem(&c, "face-verification-failed");
    let o = p.node("no-camera").unwrap().outcome.as_ref().unwrap();
    assert!(
        !phone_can_help(o),
        "the face-scan outcome offers the call centre"
    );
    let mut offered = 0;
    for (_, p) in &c.problems {
        for n in &p.nodes {
            let Some(o) = n
                .outcome
                .as_ref()
                .filter(|o| o.kind == OutcomeKind::InPerson)
            else {
                continue;
            };
            let r = c.reasons.reason(o.reason.as_deref().unwrap()).unwrap();
            assert_eq!(phone_can_help(o), r.by_phone, "{} / {}", p.id, n.id);
            offered += usize::from(r.by_phone);
        }
    }
    assert!(offered > 0, "no outcome offers the call centre at all");
    // every reason says whether a phone call can do it: a reason without it does not load
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/reasons.json"))
            .unwrap()
            .replacen("\"by_phone\": false,", "", 1);
    let err =
        serde_json::from_str::<pendamping::domain::flow::content::Reasons>(&text).unwrap_err();
    assert!(err.to_string().contains("by_phone"), "{err}");
}

#[test]
fn telling_people_to_use_the_complaint_form_without_its_link_fails() {
    let c = full();
    let mut p = problem(&c, "basic-test-problem");
    // "ask through the complaint form", with nothing to tap (the tester's o-too-old finding)
    node(&mut p, "o-retake").detail = Some(Text {
        id: "Kalau ingin kepastian, tanyakan lewat Formulir Pengaduan.".into(),
        en: "For certainty, ask through the [[complaint-form]].".into(),
    });
    let f = catalogue_findings(&with_problem(full(), p.clone()));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].contains("basic-test-problem / o-retake: says \"lewat formulir pengaduan\" without its link: write [[complaint-form]]"),
        "{f:#?}"
    );
    // on the complaint form's own outcome its card shows the addresses: no link needed there
    let mut p = problem(&c, "basic-test-problem");
    let own = p
        .nodes
        .iter()
        .find(|n| n.outcome.as_ref().and_then(|o| o.channel.as_deref()) == Some("complaint-form"))
        .map(|n| n.id.clone())
        .expect("a complaint-form outcome");
    node(&mut p, &own).detail = Some(Text {
        id: "Kirim Formulir Pengaduan sekarang.".into(),
        en: "Send the complaint form now.".into(),
    });
    assert!(catalogue_findings(&with_problem(full(), p)).is_empty());
}
