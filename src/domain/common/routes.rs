//! Every address, in one place: the bundles' pages, the files next to `index.html` and the
//! booking store's routes ([`api`]); what each one looks like and how it is read back.
//!
//! The start bundle is the site root; the flow bundle lives in `masalah/`: each problem has its
//! own pre-rendered page (`masalah/<problem-id>/`, English `masalah/<problem-id>/en/`, see
//! [`pages`]) with the answers so far in the fragment (`#/<trail>`), which never reaches a server
//! log; browsing is `masalah/#/tahap/<stage>` and `#/pilih-pesan`, and the older
//! `masalah/#/<problem-id>/<trail>` is sent on to the problem's page; the booking bundle lives in `jadwal/`, its step in the query
//! string (`jadwal/?masalah=<id>&jejak=<trail>&langkah=<step>`, `jadwal/?kelola=1`); the
//! officers' desk lives in `petugas/`, the call centres' page in `telepon/`. No address ever holds personal data (a NIK or a phone
//! number goes in a request's body, never in its path). `root` is the site root without a
//! trailing slash ("" or "/layanan/prakerja").

use crate::domain::common::language::Lang;
use crate::domain::common::stage::Stage;

/// Problem ids are file names: lower-case letters, digits and dashes only.
pub fn is_problem_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A trail is one character per answer: `y`/`n` or an option's digit.
pub fn is_trail(s: &str) -> bool {
    s.len() <= 64
        && s.bytes()
            .all(|b| b == b'y' || b == b'n' || b.is_ascii_digit())
}

// ---------------------------------------------------------------------------------------------
// Addresses to link to

/// The start screen.
pub fn start_href(root: &str) -> String {
    format!("{root}/")
}

/// A flow step: the problem's own page in `lang`, with the trail in its fragment after the
/// first step.
pub fn flow_href(root: &str, id: &str, trail: &str, lang: Lang) -> String {
    let page = problem_href(root, id, lang);
    if trail.is_empty() {
        page
    } else {
        step_href(&page, trail)
    }
}

/// The problems of one registration stage.
pub fn stage_href(root: &str, stage: Stage) -> String {
    format!("{root}/masalah/#/tahap/{}", stage.slug())
}

/// "Pick the message you see on screen".
pub fn other_services_href(root: &str) -> String {
    format!("{root}/masalah/#/layanan-lain")
}

pub fn messages_href(root: &str) -> String {
    format!("{root}/masalah/#/pilih-pesan")
}

/// Booking a help point for a flow that ended in in-person help.
pub fn booking_href(root: &str, problem: &str, trail: &str) -> String {
    let q = BookingQuery {
        problem: Some(problem.to_owned()),
        trail: trail.to_owned(),
        ..BookingQuery::default()
    };
    format!("{root}/jadwal/{}", q.to_search())
}

/// Looking up, changing or cancelling a booking.
pub fn manage_href(root: &str) -> String {
    format!("{root}/jadwal/{}", manage_search())
}

/// The query string of the manage screen, for links inside the booking bundle.
pub fn manage_search() -> String {
    BookingQuery {
        manage: true,
        ..BookingQuery::default()
    }
    .to_search()
}

/// The booking store's routes (below `settings.json`'s `booking_api`).
pub mod api;
/// The map link of a booking's help point.
pub mod map;

/// The officers' desk (its sign-in is the call centres' too).
pub fn desk_href(root: &str) -> String {
    format!("{root}/petugas/")
}

/// The call centres' page, reached after the desk's sign-in with a call-centre account.
pub fn call_href(root: &str) -> String {
    format!("{root}/telepon/")
}
/// The problem pages (`masalah/<id>/`, `masalah/<id>/en/`).
pub mod pages;
pub use pages::{parse_problem_page, parse_step_fragment, problem_href, step_href};

// ---------------------------------------------------------------------------------------------
// Files next to `index.html`, at the site root

/// The folders of the other bundles below the site root.
const BUNDLE_DIRS: [&str; 4] = ["/masalah", "/jadwal", "/petugas", "/telepon"];

/// The site root of a page served under `base` (its `<base href>` path without a trailing
/// slash): a bundle's folder is taken off, so `settings.json` and `content/` are found from
/// every bundle ("/layanan/prakerja/jadwal" -> "/layanan/prakerja").
pub fn site_root_of(base: &str) -> &str {
    BUNDLE_DIRS
        .iter()
        .find_map(|d| base.strip_suffix(d))
        .unwrap_or(base)
}

/// The runtime settings.
pub fn settings_file(root: &str) -> String {
    format!("{root}/settings.json")
}

/// One problem's flow. `id` must be a problem id ([`is_problem_id`]): a safe file name.
pub fn problem_file(root: &str, id: &str) -> String {
    format!("{root}/content/problems/{id}.json")
}

/// The services people confuse with Prakerja (`domain::flow::services`).
pub fn other_services_file(root: &str) -> String {
    format!("{root}/content/other-services.json")
}

/// Where the build writes the start screen's answers for those services (`services::Brief`),
/// relative to the site root.
pub const OTHER_SERVICES_START: &str = "content/other-services-start.tsv";

/// The start screen's answers for the services people confuse with Prakerja.
pub fn other_services_start_file(root: &str) -> String {
    format!("{root}/{OTHER_SERVICES_START}")
}

/// Where the build writes the problems' English summaries for the start screen (its first load
/// has the Indonesian ones only), relative to the site root: `<id>\t<summary>` per line.
pub const SUMMARIES_EN: &str = "content/summaries-en.tsv";

/// The problems' English summaries for the start screen.
pub fn summaries_en_file(root: &str) -> String {
    format!("{root}/{SUMMARIES_EN}")
}

/// The official channels the outcomes point to.
pub fn channels_file(root: &str) -> String {
    format!("{root}/content/channels.json")
}

// ---------------------------------------------------------------------------------------------
// The start bundle's old path-style addresses, now sent on to the flow bundle

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: "Apa kendalamu?"
    Start,
    /// `/tahap/<stage>`
    Stage(Stage),
    /// `/pilih-pesan`
    Messages,
    /// `/masalah/<id>` and `/masalah/<id>/<trail>`
    Flow {
        id: String,
        trail: String,
    },
    NotFound,
}

impl Route {
    /// Parse a path (without the base). Query strings and fragments are ignored.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] | ["index.html"] => Route::Start,
            ["tahap", s] => Stage::from_slug(s)
                .map(Route::Stage)
                .unwrap_or(Route::NotFound),
            ["pilih-pesan"] => Route::Messages,
            ["masalah", id] if is_problem_id(id) => Route::Flow {
                id: (*id).into(),
                trail: String::new(),
            },
            ["masalah", id, t] if is_problem_id(id) && is_trail(t) => Route::Flow {
                id: (*id).into(),
                trail: (*t).into(),
            },
            _ => Route::NotFound,
        }
    }
}

/// Where an old address now lives: `/tahap/akun` -> `masalah/#/tahap/akun`, `/masalah/otp/n`
/// -> the problem's page `masalah/otp/#/n`.
pub fn moved_to(root: &str, route: &Route, lang: Lang) -> Option<String> {
    match route {
        Route::Start | Route::NotFound => None,
        Route::Flow { id, trail } => Some(flow_href(root, id, trail, lang)),
        Route::Stage(s) => Some(stage_href(root, *s)),
        Route::Messages => Some(messages_href(root)),
    }
}

/// Strip the base path from a location pathname ("/layanan/prakerja/masalah/x" -> "/masalah/x").
pub fn strip_base<'a>(pathname: &'a str, base: &str) -> &'a str {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    if rest.is_empty() {
        "/"
    } else {
        rest
    }
}

// ---------------------------------------------------------------------------------------------
// The flow bundle (`masalah/`): its fragment

/// `#/otp-not-received/nn`.
pub fn flow_fragment(id: &str, trail: &str) -> String {
    if trail.is_empty() {
        format!("#/{id}")
    } else {
        format!("#/{id}/{trail}")
    }
}

/// A screen of the flow bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// `#/<id>` or `#/<id>/<trail>` (older links, sent on to the problem's page): a flow.
    Flow { id: String, trail: String },
    /// `#/tahap/<stage>`: the problems of one registration stage.
    Stage(Stage),
    /// `#/pilih-pesan`: pick the message you see on screen.
    Messages,
    /// `#/layanan-lain`: the services people confuse with Prakerja, each with its agency.
    OtherServices,
}

/// Read a screen of the flow bundle from a URL fragment.
pub fn parse_fragment(hash: &str) -> Option<Screen> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let path = path.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["tahap", s] => Stage::from_slug(s).map(Screen::Stage),
        ["pilih-pesan"] => Some(Screen::Messages),
        ["layanan-lain"] => Some(Screen::OtherServices),
        [id] if is_problem_id(id) => Some(Screen::Flow {
            id: (*id).into(),
            trail: String::new(),
        }),
        [id, t] if is_problem_id(id) && is_trail(t) => Some(Screen::Flow {
            id: (*id).into(),
            trail: (*t).into(),
        }),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The booking page (`jadwal/`): its query string (`routes/booking.rs`)

pub mod booking;
pub use booking::{BookingQuery, Step};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_path_addresses_are_sent_to_the_same_screen() {
        for (path, screen) in [
            ("/tahap/identity", Screen::Stage(Stage::Identity)),
            ("/pilih-pesan", Screen::Messages),
        ] {
            let f = moved_to("", &Route::parse(path), Lang::Id).expect(path);
            assert_eq!(
                parse_fragment(&f[f.find('#').unwrap()..]),
                Some(screen),
                "{path}"
            );
        }
        assert_eq!(
            parse_fragment("#/layanan-lain"),
            Some(Screen::OtherServices),
            "the start screen's link for text about another service"
        );
        assert_eq!(
            moved_to("", &Route::parse("/masalah/otp-not-received"), Lang::Id).as_deref(),
            Some("/masalah/otp-not-received/")
        );
        assert_eq!(
            moved_to("/r", &Route::parse("/masalah/otp/0ny?utm=1"), Lang::En).as_deref(),
            Some("/r/masalah/otp/en/#/0ny")
        );
        assert_eq!(moved_to("", &Route::parse("/"), Lang::Id), None);
        assert_eq!(moved_to("", &Route::parse("/index.html"), Lang::Id), None);
    }

    #[test]
    fn odd_addresses_are_not_found_rather_than_guessed() {
        for p in [
            "/masalah/OTP",
            "/masalah/otp/abc",
            "/tahap/nope",
            "/masalah/../../etc",
            "/masalah/x/y/z",
        ] {
            assert_eq!(Route::parse(p), Route::NotFound, "{p}");
        }
        for f in ["", "#/", "#/tahap/nope", "#/otp/zz", "#/OTP", "#/a/b/c"] {
            assert_eq!(parse_fragment(f), None, "{f}");
        }
    }

    #[test]
    fn links_read_back_as_the_screen_they_name() {
        let root = "/layanan/prakerja";
        let f = flow_href(root, "otp", "0ny", Lang::Id);
        assert_eq!(f, "/layanan/prakerja/masalah/otp/#/0ny");
        assert_eq!(
            parse_problem_page(&f[root.len()..]),
            Some(("otp".into(), Lang::Id))
        );
        assert_eq!(
            parse_step_fragment(&f[f.find('#').unwrap()..]).as_deref(),
            Some("0ny")
        );
        assert_eq!(flow_href("", "otp", "", Lang::Id), "/masalah/otp/");
        assert_eq!(flow_href("", "otp", "", Lang::En), "/masalah/otp/en/");
        let s = stage_href(root, Stage::Wave);
        assert_eq!(
            parse_fragment(&s[s.find('#').unwrap()..]),
            Some(Screen::Stage(Stage::Wave))
        );
        let m = messages_href("");
        assert_eq!(
            parse_fragment(&m[m.find('#').unwrap()..]),
            Some(Screen::Messages)
        );
        let b = booking_href(root, "otp-not-received", "0nn");
        assert_eq!(
            b,
            "/layanan/prakerja/jadwal/?masalah=otp-not-received&jejak=0nn"
        );
        let q = BookingQuery::parse(&b[b.find('?').unwrap()..]);
        assert_eq!(q.problem.as_deref(), Some("otp-not-received"));
        assert_eq!(q.trail, "0nn");
        assert_eq!(manage_href(""), "/jadwal/?kelola=1");
        assert!(BookingQuery::parse(&manage_search()).manage);
        assert_eq!(api::point_slots("abc"), "/api/availability/abc?days=14");
    }

    #[test]
    fn every_bundle_finds_the_files_at_the_site_root() {
        for base in [
            "/layanan/prakerja",
            "/layanan/prakerja/masalah",
            "/layanan/prakerja/jadwal",
            "/layanan/prakerja/petugas",
        ] {
            let root = site_root_of(base);
            assert_eq!(
                settings_file(root),
                "/layanan/prakerja/settings.json",
                "{base}"
            );
        }
        for base in ["", "/masalah", "/jadwal", "/petugas"] {
            assert_eq!(
                settings_file(site_root_of(base)),
                "/settings.json",
                "{base}"
            );
        }
        assert_eq!(
            problem_file("/layanan/prakerja", "otp-not-received"),
            "/layanan/prakerja/content/problems/otp-not-received.json"
        );
        assert_eq!(channels_file(""), "/content/channels.json");
    }

    #[test]
    fn base_is_stripped_for_sub_path_deployments() {
        assert_eq!(
            strip_base("/layanan/prakerja/masalah/x", "/layanan/prakerja"),
            "/masalah/x"
        );
        assert_eq!(strip_base("/layanan/prakerja", "/layanan/prakerja"), "/");
        assert_eq!(strip_base("/masalah/x", ""), "/masalah/x");
    }
}
