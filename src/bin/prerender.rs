//! `cargo run --bin prerender -- dist/index.html [/sub/path/]`: write the start screen as
//! static HTML into the page Trunk built (see `src/ui/start/page.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: prerender <dist/index.html> [public-url]");
        std::process::exit(2);
    };
    let root = args.get(1).map_or("", |u| u.trim_end_matches('/'));
    let page = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1)
    });
    // The state line of the settings.json built beside the page (the served one may differ:
    // the start bundle shows the live line once it has read it).
    let settings = std::path::Path::new(path).with_file_name("settings.json");
    let line = std::fs::read_to_string(&settings)
        .ok()
        .and_then(|t| pendamping::domain::common::settings::Settings::parse(&t).ok())
        .and_then(|s| s.programme_line)
        .map(|t| t.id);
    match pendamping::ui::start::page::into_page(&page, root, line.as_deref()) {
        Ok(out) => {
            if let Err(e) = std::fs::write(path, out) {
                eprintln!("prerender: cannot write {path}: {e}");
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
