//! The app's addresses. Paths are relative to the base the app is served under
//! (`<base href>`), e.g. `/masalah/otp-not-received/nn`.

use super::content::Stage;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: "Apa kendalamu?"
    Start,
    /// `/tahap/<stage>`: the problems of one registration stage.
    Stage(Stage),
    /// `/pilih-pesan`: pick the message you see on screen.
    Messages,
    /// `/masalah/<id>` and `/masalah/<id>/<trail>`: walking a flow.
    Flow {
        id: String,
        trail: String,
    },
    NotFound,
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_trail(s: &str) -> bool {
    s.len() <= 64
        && s.bytes()
            .all(|b| b == b'y' || b == b'n' || b.is_ascii_digit())
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
            ["masalah", id] if is_slug(id) => Route::Flow {
                id: (*id).into(),
                trail: String::new(),
            },
            ["masalah", id, t] if is_slug(id) && is_trail(t) => Route::Flow {
                id: (*id).into(),
                trail: (*t).into(),
            },
            _ => Route::NotFound,
        }
    }

    /// The path of this route (without the base).
    pub fn path(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "/".into(),
            Route::Stage(s) => format!("/tahap/{}", s.slug()),
            Route::Messages => "/pilih-pesan".into(),
            Route::Flow { id, trail } if trail.is_empty() => format!("/masalah/{id}"),
            Route::Flow { id, trail } => format!("/masalah/{id}/{trail}"),
        }
    }
}

/// The address of a flow step inside the flow bundle (`masalah/`), as a URL fragment:
/// `#/otp-not-received/nn`. Fragments never reach a server or its logs.
pub fn flow_fragment(id: &str, trail: &str) -> String {
    if trail.is_empty() {
        format!("#/{id}")
    } else {
        format!("#/{id}/{trail}")
    }
}

/// A screen of the flow bundle (`masalah/`), read from its URL fragment. Fragments never
/// reach a server or its logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// `#/<id>` or `#/<id>/<trail>`: walking a flow.
    Flow { id: String, trail: String },
    /// `#/tahap/<stage>`: the problems of one registration stage.
    Stage(Stage),
    /// `#/pilih-pesan`: pick the message you see on screen.
    Messages,
}

/// Read a screen of the flow bundle from a URL fragment.
pub fn parse_fragment(hash: &str) -> Option<Screen> {
    let path = format!("/{}", hash.trim_start_matches('#').trim_start_matches('/'));
    match Route::parse(&path) {
        Route::Stage(s) => return Some(Screen::Stage(s)),
        Route::Messages => return Some(Screen::Messages),
        _ => {}
    }
    match Route::parse(&format!("/masalah{path}")) {
        Route::Flow { id, trail } => Some(Screen::Flow { id, trail }),
        _ => None,
    }
}

/// Where an address of the start bundle's old path style now lives in the flow bundle:
/// `/tahap/akun` -> `#/tahap/akun`, `/masalah/otp/n` -> `#/otp/n`.
pub fn fragment_of(route: &Route) -> Option<String> {
    match route {
        Route::Start | Route::NotFound => None,
        Route::Flow { id, trail } => Some(flow_fragment(id, trail)),
        Route::Stage(_) | Route::Messages => Some(format!("#{}", route.path())),
    }
}

/// Read a flow position from a URL fragment (`#/<id>` or `#/<id>/<trail>`).
pub fn parse_flow_fragment(hash: &str) -> Option<(String, String)> {
    match parse_fragment(hash) {
        Some(Screen::Flow { id, trail }) => Some((id, trail)),
        _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        for r in [
            Route::Start,
            Route::Stage(Stage::Identity),
            Route::Messages,
            Route::Flow {
                id: "otp-not-received".into(),
                trail: String::new(),
            },
            Route::Flow {
                id: "otp-not-received".into(),
                trail: "0ny".into(),
            },
        ] {
            assert_eq!(Route::parse(&r.path()), r);
        }
    }

    #[test]
    fn odd_addresses_are_not_found_rather_than_guessed() {
        assert_eq!(Route::parse("/masalah/OTP"), Route::NotFound);
        assert_eq!(Route::parse("/masalah/otp/abc"), Route::NotFound);
        assert_eq!(Route::parse("/tahap/nope"), Route::NotFound);
        assert_eq!(Route::parse("/masalah/../../etc"), Route::NotFound);
        assert_eq!(Route::parse("/masalah/x/y/z"), Route::NotFound);
        assert_eq!(
            Route::parse("/masalah/otp/ny?utm=1"),
            Route::Flow {
                id: "otp".into(),
                trail: "ny".into()
            }
        );
    }

    #[test]
    fn flow_positions_round_trip_through_the_fragment() {
        assert_eq!(flow_fragment("otp", ""), "#/otp");
        assert_eq!(
            parse_flow_fragment(&flow_fragment("otp", "0ny")),
            Some(("otp".into(), "0ny".into()))
        );
        assert_eq!(
            parse_flow_fragment("#/otp"),
            Some(("otp".into(), String::new()))
        );
        assert_eq!(parse_flow_fragment(""), None);
        assert_eq!(parse_flow_fragment("#/otp/zz"), None);
    }

    #[test]
    fn browse_screens_live_in_the_fragment_and_old_paths_map_to_them() {
        assert_eq!(
            parse_fragment("#/tahap/verification"),
            Some(Screen::Stage(Stage::Verification))
        );
        assert_eq!(parse_fragment("#/pilih-pesan"), Some(Screen::Messages));
        assert_eq!(parse_fragment("#/tahap/nope"), None);
        for r in [
            Route::Stage(Stage::Identity),
            Route::Messages,
            Route::Flow {
                id: "otp".into(),
                trail: "ny".into(),
            },
        ] {
            let f = fragment_of(&r).expect("has a fragment");
            let back = match parse_fragment(&f) {
                Some(Screen::Flow { id, trail }) => Route::Flow { id, trail },
                Some(Screen::Stage(s)) => Route::Stage(s),
                Some(Screen::Messages) => Route::Messages,
                None => Route::NotFound,
            };
            assert_eq!(back, r, "{f}");
        }
        assert_eq!(fragment_of(&Route::Start), None);
        assert_eq!(fragment_of(&Route::NotFound), None);
    }

    #[test]
    fn no_problem_id_is_taken_by_a_browse_screen() {
        for p in crate::domain::triage::problems() {
            assert!(
                !matches!(p.id, "tahap" | "pilih-pesan"),
                "problem id {} clashes with a browse screen",
                p.id
            );
        }
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
