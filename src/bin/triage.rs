//! `cargo run --release --bin triage`: one complaint per line on stdin; per line the (up to) 3
//! best problem ids, tab separated, or `none` when nothing fits.
//!
//! `--explain`: per stdin line, the terms triage sees and the five best scores (for tuning).
//! `--bench <file>`: runs every line of the file many times and prints
//! `triage_us_per_query: <float>`. A tab-separated label after the complaint is ignored, so the
//! dev set (`tests/data/triage-devset.tsv`) can be used directly.

use pendamping::domain::flow::triage::{rank, scores, terms};
use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => classify_stdin(),
        [flag, file] if flag == "--bench" => bench(file),
        [flag] if flag == "--explain" => explain_stdin(),
        _ => {
            eprintln!("usage: triage < complaints.txt\n       triage --bench <file>");
            std::process::exit(2);
        }
    }
}

fn classify_stdin() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("triage: {e}");
                std::process::exit(1);
            }
        };
        let ids: Vec<&str> = rank(&line, 3).into_iter().map(|(id, _)| id).collect();
        let text = if ids.is_empty() {
            "none".to_string()
        } else {
            ids.join("\t")
        };
        if writeln!(out, "{text}").is_err() {
            return;
        }
    }
}

/// For tuning: the terms triage sees and the five best scores, per line.
fn explain_stdin() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let q = line.split('\t').next().unwrap_or("");
        let top: Vec<String> = scores(q)
            .into_iter()
            .take(5)
            .map(|(id, s)| format!("{id}={s:.2}"))
            .collect();
        println!("{q}\n  terms: {:?}\n  {}", terms(q), top.join("  "));
    }
}

fn bench(file: &str) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("triage: cannot read {file}: {e}");
        std::process::exit(1);
    });
    let queries: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .collect();
    if queries.is_empty() {
        eprintln!("triage: {file} has no lines");
        std::process::exit(1);
    }
    // Warm up caches before timing (the index itself is built at compile time).
    let mut sink = 0usize;
    for q in &queries {
        sink += rank(q, 3).len();
    }
    let start = Instant::now();
    let mut runs = 0usize;
    while runs < 20 || start.elapsed() < Duration::from_secs(2) {
        for q in &queries {
            sink += std::hint::black_box(rank(std::hint::black_box(q), 3)).len();
        }
        runs += 1;
    }
    let us = start.elapsed().as_secs_f64() * 1e6 / (runs * queries.len()) as f64;
    std::hint::black_box(sink);
    println!("triage_us_per_query: {us:.2}");
}
