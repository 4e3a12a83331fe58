//! `backend/data/flow_ids.json` is the booking store's list of the problem and node ids (and the answers
//! each node takes) that anonymous usage events may name (`POST /api/events`, docs/booking-api.md). It is
//! generated from `content/problems/*.json`; this test fails when the file is stale.
//! `UPDATE_FLOW_IDS=1 cargo test --test flow_ids` rewrites it.
//!
//! The content files are read as plain JSON (not through the catalogue types) so the list follows the files
//! whatever the app's schema looks like.

use serde_json::Value;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const TARGET: &str = "backend/data/flow_ids.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn quoted(s: &str) -> String {
    Value::String(s.to_owned()).to_string()
}

/// One node: its kind and, per answer, the node it leads to ("" for an outcome's own answers).
fn node_line(node: &Value) -> String {
    let id = node["id"].as_str().expect("node without id");
    let kind = node["kind"].as_str().expect("node without kind");
    let mut next: Vec<(String, String)> = Vec::new();
    let mut extra = String::new();
    match kind {
        "step" => {
            for (answer, key) in [("fixed", "yes"), ("not_fixed", "no")] {
                let to = node[key].as_str().expect("step without yes/no");
                next.push((answer.to_owned(), to.to_owned()));
            }
        }
        "question" => {
            let options = node["options"]
                .as_array()
                .expect("question without options");
            for (i, o) in options.iter().enumerate() {
                let to = o["next"].as_str().expect("option without next");
                next.push((i.to_string(), to.to_owned()));
            }
        }
        "outcome" => {
            let outcome = node["outcome"]["kind"].as_str().unwrap_or("");
            write!(extra, ", \"outcome\": {}", quoted(outcome)).unwrap();
        }
        other => panic!("unknown node kind {other} at {id}"),
    }
    let next = next
        .iter()
        .map(|(a, to)| format!("{}: {}", quoted(a), quoted(to)))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "{{\"id\": {}, \"kind\": {}, \"next\": {{{next}}}{extra}}}",
        quoted(id),
        quoted(kind)
    )
}

fn generate(content: &Path) -> String {
    let mut files: Vec<PathBuf> = fs::read_dir(content.join("problems"))
        .expect("content/problems")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = String::from(
        "{\n \"_about\": \"Generated from content/problems/*.json: the problem and node ids, and the answers each node takes, \
         that anonymous usage events may name (POST /api/events). Do not edit: UPDATE_FLOW_IDS=1 cargo test --test flow_ids\",\n \"problems\": {\n",
    );
    let mut first = true;
    for f in files {
        let p: Value = serde_json::from_str(&fs::read_to_string(&f).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let id = p["id"].as_str().expect("problem without id");
        let start = p["start"].as_str().expect("problem without start");
        let nodes = p["nodes"].as_array().expect("problem without nodes");
        if !first {
            out.push_str(",\n");
        }
        first = false;
        writeln!(
            out,
            "  {}: {{\"start\": {}, \"nodes\": [",
            quoted(id),
            quoted(start)
        )
        .unwrap();
        let lines: Vec<String> = nodes
            .iter()
            .map(|n| format!("   {}", node_line(n)))
            .collect();
        out.push_str(&lines.join(",\n"));
        out.push_str("\n  ]}");
    }
    out.push_str("\n }\n}\n");
    out
}

#[test]
fn the_stores_list_of_flow_ids_is_generated_from_the_content() {
    let want = generate(&root().join("content"));
    // the generated text is valid JSON with every problem of the catalogue
    let parsed: Value = serde_json::from_str(&want).expect("generated flow_ids.json is JSON");
    let count = fs::read_dir(root().join("content/problems"))
        .unwrap()
        .count();
    assert_eq!(parsed["problems"].as_object().unwrap().len(), count);
    let path = root().join(TARGET);
    if std::env::var("UPDATE_FLOW_IDS").is_ok_and(|v| !v.is_empty()) {
        fs::write(&path, &want).unwrap();
        return;
    }
    let have = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{TARGET} is stale (content/ changed): run `UPDATE_FLOW_IDS=1 cargo test --test flow_ids` and commit it"
    );
}

#[test]
fn a_changed_node_id_makes_the_list_stale() {
    // the check above really compares node ids: a copy of one problem with a renamed node differs
    let dir = std::env::temp_dir().join(format!("flow-ids-{}", std::process::id()));
    fs::create_dir_all(dir.join("problems")).unwrap();
    let src = root().join("content/problems/otp-not-received.json");
    let text = fs::read_to_string(src).unwrap();
    fs::write(dir.join("problems/otp-not-received.json"), &text).unwrap();
    let before = generate(&dir);
    let mut p: Value = serde_json::from_str(&text).unwrap();
    let n = p["nodes"].as_array_mut().unwrap();
    let old = n[1]["id"].as_str().unwrap().to_owned();
    n[1]["id"] = Value::String(format!("{old}-renamed"));
    fs::write(dir.join("problems/otp-not-received.json"), p.to_string()).unwrap();
    let after = generate(&dir);
    fs::remove_dir_all(&dir).ok();
    assert_ne!(before, after);
    assert!(after.contains(&format!("\"{old}-renamed\"")));
}
