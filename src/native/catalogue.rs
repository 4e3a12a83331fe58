//! Reading the whole catalogue from `content/` (native tools and tests only; the browser
//! fetches one problem file at a time).

use crate::domain::flow::catalogue::Catalogue;
use crate::domain::flow::content::{Channels, Problem};
use std::path::Path;

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Read `dir/problems/*.json` (sorted by file name, each with its file stem) and
/// `dir/channels.json`.
pub fn load(dir: &Path) -> Result<(Vec<(String, Problem)>, Channels), String> {
    let folder = dir.join("problems");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    for f in files {
        let stem = f
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        problems.push((stem, read_json(&f)?));
    }
    Ok((problems, read_json(&dir.join("channels.json"))?))
}

/// Read the whole catalogue: problems, channels, sources, reasons, glossary, publishers and the
/// programme phrases.
pub fn load_all(dir: &Path) -> Result<Catalogue, String> {
    let (problems, channels) = load(dir)?;
    Ok(Catalogue {
        problems,
        channels,
        sources: read_json(&dir.join("sources.json"))?,
        reasons: read_json(&dir.join("reasons.json"))?,
        glossary: read_json(&dir.join("glossary.json"))?,
        publishers: read_json(&dir.join("publishers.json"))?,
        phrases: read_json(&dir.join("programme-phrases.json"))?,
    })
}
