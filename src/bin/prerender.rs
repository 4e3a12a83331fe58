//! The build's pre-rendering step (see `scripts/build.sh`):
//!
//! * `prerender dist/index.html [/sub/path/]`: the start screen as static HTML in the page Trunk
//!   built (`src/ui/start/page.rs`);
//! * `prerender --booking dist/jadwal/index.html [/sub/path/]`: the booking page's step 1 as
//!   static HTML, and its bundle loaded when the person starts (`src/ui/shell/booking_page.rs`);
//! * `prerender --on-demand dist`: the files the start screen fetches only when it needs them:
//!   its answers for the services people confuse with Prakerja,
//!   `dist/content/other-services-start.tsv`, from `content/other-services.json`
//!   (`src/ui/start/services.rs`), for text about them; and the problems' English summaries,
//!   `dist/content/summaries-en.tsv` (`page::summaries_en_file`), for suggestions in English;
//! * `prerender --problems dist [/sub/path/]`: one page per problem and language from
//!   `dist/masalah/index.html` (`masalah/<id>/index.html`, `masalah/<id>/en/index.html`, see
//!   `src/ui/shell/problem_page.rs`), plus `dist/sitemap.xml` and `dist/robots.txt`. The content
//!   is read from `content/`, the programme's state from `settings.json`, the address search
//!   engines keep from `SITE_ORIGIN` (`https://host`, default the local server).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--booking") => match args.get(1) {
            Some(page) => booking(page, root_of(args.get(2))),
            None => Err("usage: prerender --booking <dist/jadwal/index.html> [public-url]".into()),
        },
        Some("--problems") => match args.get(1) {
            Some(dist) => problems(dist, root_of(args.get(2))),
            None => Err("usage: prerender --problems <dist> [public-url]".into()),
        },
        Some("--on-demand") => match args.get(1) {
            Some(dist) => on_demand(dist),
            None => Err("usage: prerender --on-demand <dist>".into()),
        },
        Some(path) => start(path, root_of(args.get(1))),
        None => Err("usage: prerender <dist/index.html> [public-url]".into()),
    };
    if let Err(e) = result {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn root_of(arg: Option<&String>) -> &str {
    arg.map_or("", |u| u.trim_end_matches('/'))
}

#[cfg(not(target_arch = "wasm32"))]
fn read(path: &std::path::Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(not(target_arch = "wasm32"))]
fn write(path: &std::path::Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(not(target_arch = "wasm32"))]
fn start(path: &str, root: &str) -> Result<(), String> {
    let path = std::path::Path::new(path);
    // The state line of the settings.json built beside the page (the served one may differ:
    // the start bundle shows the live line once it has read it).
    let line = read(&path.with_file_name("settings.json"))
        .ok()
        .and_then(|t| pendamping::domain::common::settings::Settings::parse(&t).ok())
        .and_then(|s| s.programme_line)
        .map(|t| t.id);
    let out = pendamping::ui::start::page::into_page(&read(path)?, root, line.as_deref())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    write(path, &out)
}

#[cfg(not(target_arch = "wasm32"))]
fn booking(path: &str, root: &str) -> Result<(), String> {
    let path = std::path::Path::new(path);
    let out = pendamping::ui::shell::booking_page::into_page(&read(path)?, root)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    write(path, &out)
}

#[cfg(not(target_arch = "wasm32"))]
fn on_demand(dist: &str) -> Result<(), String> {
    use pendamping::domain::common::routes::{OTHER_SERVICES_START, SUMMARIES_EN};
    use std::path::Path;
    let list =
        pendamping::domain::flow::services::parse(&read(Path::new("content/other-services.json"))?)
            .ok_or("content/other-services.json is not a list of services")?;
    write(
        &Path::new(dist).join(OTHER_SERVICES_START),
        &pendamping::ui::start::services::briefs_file(&list),
    )?;
    write(
        &Path::new(dist).join(SUMMARIES_EN),
        &pendamping::ui::start::page::summaries_en_file(),
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn problems(dist: &str, root: &str) -> Result<(), String> {
    use pendamping::domain::common::language::Lang;
    use pendamping::domain::common::routes::pages::problem_dir;
    use pendamping::domain::common::settings::Settings;
    use pendamping::ui::shell::problem_page::{into_page, robots, sitemap, PageSite};
    use std::path::Path;

    let dist = Path::new(dist);
    let template = read(&dist.join("masalah/index.html"))?;
    let settings = Settings::parse(&read(Path::new("settings.json"))?)
        .map_err(|e| format!("settings.json: {e:?}"))?;
    let (problems, _) = pendamping::native::catalogue::load(Path::new("content"))?;
    let origin = std::env::var("SITE_ORIGIN").unwrap_or_else(|_| "http://127.0.0.1:8090".into());
    let site = PageSite {
        root,
        origin: origin.trim_end_matches('/'),
        state: settings.programme().kind(),
        usage_events: settings.usage_events,
    };
    let mut ids = Vec::new();
    for (_, p) in &problems {
        for lang in [Lang::Id, Lang::En] {
            let html =
                into_page(&template, p, lang, &site).map_err(|e| format!("{}: {e}", p.id))?;
            write(
                &dist.join(problem_dir(&p.id, lang)).join("index.html"),
                &html,
            )?;
        }
        ids.push(p.id.as_str());
    }
    write(&dist.join("sitemap.xml"), &sitemap(&ids, &site))?;
    write(&dist.join("robots.txt"), &robots(&site))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
