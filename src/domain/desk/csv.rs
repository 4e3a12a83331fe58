//! CSV for the province's exports (RFC 4180: comma, CRLF, quotes doubled). A cell that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a leading
//! apostrophe, so an exported name can never become a formula.

fn cell(value: &str) -> String {
    let guarded = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A whole table: header row first.
pub fn write(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| cell(h)).collect()));
    for r in rows {
        out.push_str(&line(r.iter().map(|c| cell(c)).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_quotes_and_line_breaks() {
        let t = write(
            &["nama", "catatan"],
            &[vec!["Siti, A.".into(), "kata \"OTP\"\nbaris 2".into()]],
        );
        assert_eq!(
            t,
            "nama,catatan\r\n\"Siti, A.\",\"kata \"\"OTP\"\"\nbaris 2\"\r\n"
        );
    }

    #[test]
    fn a_cell_never_starts_a_formula() {
        let t = write(
            &["x"],
            &[vec!["=HYPERLINK(\"http://x\")".into()], vec!["-5".into()]],
        );
        assert_eq!(t, "x\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'-5\r\n");
    }
}
