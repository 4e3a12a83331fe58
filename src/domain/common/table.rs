//! The small tab-separated files the build writes for the start bundle to fetch only when
//! needed (`content/other-services-start.tsv`, `content/summaries-en.tsv`): one record per
//! line, fields separated by tabs, read in place. The start screen's first load carries no
//! parser for them beyond this.

/// True when every line of `text` has `fields` fields: a page served in place of a missing
/// file is not one of these tables.
pub fn is_table(text: &str, fields: usize) -> bool {
    text.lines().all(|l| l.split('\t').count() == fields)
}

/// The second field of the first line whose first field is `key`.
pub fn value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .find_map(|l| l.split_once('\t').filter(|(k, _)| *k == key))
        .map(|(_, v)| v)
}

/// One line of a table; tabs and line breaks inside a field become spaces.
pub fn line(fields: &[&str]) -> String {
    let flat: Vec<String> = fields
        .iter()
        .map(|f| f.replace(['\t', '\n', '\r'], " "))
        .collect();
    format!("{}\n", flat.join("\t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_reads_back_what_was_written() {
        let t = [line(&["a", "one\ttwo"]), line(&["b", "three\nfour"])].concat();
        assert_eq!(t, "a\tone two\nb\tthree four\n");
        assert!(is_table(&t, 2));
        assert!(!is_table(&t, 3));
        assert_eq!(value(&t, "b"), Some("three four"));
        assert_eq!(value(&t, "c"), None);
        assert!(
            !is_table("<!doctype html>\n<html>", 2),
            "a page, not a table"
        );
    }
}
