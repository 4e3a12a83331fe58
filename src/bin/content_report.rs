//! `cargo run --bin content-report [-- --today YYYY-MM-DD]`: how well the catalogue is sourced.
//!
//! Per flow: how many nodes, the sources it cites by grade, its oldest and newest source date,
//! and every node whose newest source is more than two years old on `today` (default: the
//! system date), so a content editor knows what to compare with its source again. Ends with the
//! counts of `content/sources.json` by grade. Exits with status 1 when the content does not
//! load or does not validate.

// A native tool (it reads content/ and the clock): nothing to build for the browser.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use pendamping::domain::common::date::{day_number, parse_day};
use pendamping::domain::flow::content::Grade;
use pendamping::domain::flow::validate::{stale_nodes, STALE_AFTER_DAYS};
use pendamping::native::catalogue::load_all;
use pendamping::native::clock::today_utc;
use std::collections::BTreeSet;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = match args.as_slice() {
        [] => today_utc(),
        [flag, d] if flag == "--today" && parse_day(d).is_some() => d.clone(),
        _ => {
            eprintln!("usage: content-report [--today YYYY-MM-DD]");
            std::process::exit(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let cat = load_all(&root).unwrap_or_else(|e| {
        eprintln!("cannot read content: {e}");
        std::process::exit(1)
    });
    println!("# Content report ({today})\n");
    println!(
        "A node is stale when its newest source is more than {} days old.\n",
        STALE_AFTER_DAYS
    );
    println!("| flow | nodes | sources (official/press/blog) | oldest source | newest source | stale nodes |");
    println!("|---|---|---|---|---|---|");
    let mut stale_total = 0;
    let mut stale_lines = Vec::new();
    for (_, p) in &cat.problems {
        let ids: BTreeSet<&str> = p
            .nodes
            .iter()
            .flat_map(|n| n.sources.iter().map(String::as_str))
            .collect();
        let refs: Vec<_> = ids.iter().filter_map(|i| cat.sources.get(i)).collect();
        let count = |g| refs.iter().filter(|s| s.grade == g).count();
        let oldest = refs
            .iter()
            .min_by_key(|s| day_number(&s.published))
            .map_or("-", |s| s.published.as_str());
        let newest = refs
            .iter()
            .max_by_key(|s| day_number(&s.published))
            .map_or("-", |s| s.published.as_str());
        let stale = stale_nodes(p, &cat.sources, &today);
        stale_total += stale.len();
        println!(
            "| {} | {} | {}/{}/{} | {} | {} | {} |",
            p.id,
            p.nodes.len(),
            count(Grade::Official),
            count(Grade::Press),
            count(Grade::Blog),
            oldest,
            newest,
            stale.len()
        );
        for (node, date) in stale {
            stale_lines.push(format!("- `{}` / `{}`: newest source {}", p.id, node, date));
        }
    }
    let all = &cat.sources.sources;
    let n = |g| all.iter().filter(|s| s.grade == g).count();
    println!(
        "\nSources in sources.json: {} (OFFICIAL {}, PRESS {}, BLOG {}).",
        all.len(),
        n(Grade::Official),
        n(Grade::Press),
        n(Grade::Blog)
    );
    println!("\n## Stale nodes ({stale_total})\n");
    for l in &stale_lines {
        println!("{l}");
    }
    let findings = cat.validate();
    if !findings.is_empty() {
        eprintln!("{} validation finding(s):", findings.len());
        for f in &findings {
            eprintln!("  {f}");
        }
        std::process::exit(1);
    }
}
