//! Writing JSON: request bodies and what the booking page keeps in browser storage.
/// `text` as a JSON string literal, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON value already written out.
pub enum Val<'a> {
    S(&'a str),
    N(u32),
    B(bool),
    Raw(String),
}

/// `{"k":v,...}` in the order given.
pub fn object(fields: &[(&str, Val)]) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(k));
        out.push(':');
        match v {
            Val::S(t) => out.push_str(&quote(t)),
            Val::N(n) => out.push_str(&n.to_string()),
            Val::B(b) => out.push_str(if *b { "true" } else { "false" }),
            Val::Raw(r) => out.push_str(r),
        }
    }
    out.push('}');
    out
}

/// Serialising to JSON text (field names as serde writes them).
pub trait ToJson {
    fn to_json(&self) -> String;
}
