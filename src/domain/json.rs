//! A small JSON reader for the browser bundle.
//!
//! serde_json and the serde derive code cost about 45 KB of wasm, over half of what the
//! whole first load may weigh. Content and settings are small, trusted-format files, so the
//! app reads them with this parser and the hand-written decoders below. Native tools and tests
//! keep using serde; a test checks that both readers agree on every content file.

use super::content::*;
use super::settings::{CallCentre, Settings};

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Integers only: none of our files need fractions.
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Where parsing stopped, as a byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError(pub usize);

struct P<'a> {
    b: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }
    fn err<T>(&self) -> Result<T, JsonError> {
        Err(JsonError(self.i))
    }
    fn lit(&mut self, word: &[u8], v: Json) -> Result<Json, JsonError> {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            self.err()
        }
    }
    fn value(&mut self, depth: u32) -> Result<Json, JsonError> {
        self.ws();
        if depth > 64 {
            return self.err();
        }
        match self.b.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return self.err();
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    fields.push((k, v));
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return self.err(),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return self.err(),
                    }
                }
            }
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.lit(b"true", Json::Bool(true)),
            Some(b'f') => self.lit(b"false", Json::Bool(false)),
            Some(b'n') => self.lit(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => {
                let neg = self.b[self.i] == b'-';
                if neg {
                    self.i += 1;
                }
                let start = self.i;
                let mut n: i64 = 0;
                while let Some(d @ b'0'..=b'9') = self.b.get(self.i) {
                    n = n
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as i64))
                        .ok_or(JsonError(self.i))?;
                    self.i += 1;
                }
                if self.i == start || matches!(self.b.get(self.i), Some(b'.' | b'e' | b'E')) {
                    return self.err();
                }
                Ok(Json::Int(if neg { -n } else { n }))
            }
            _ => self.err(),
        }
    }
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let s = self.b.get(self.i..self.i + 4).ok_or(JsonError(self.i))?;
        let mut v = 0;
        for &c in s {
            v = v * 16 + (c as char).to_digit(16).ok_or(JsonError(self.i))?;
        }
        self.i += 4;
        Ok(v)
    }
    fn string(&mut self) -> Result<String, JsonError> {
        if self.b.get(self.i) != Some(&b'"') {
            return self.err();
        }
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.b.len() && self.b[self.i] != b'"' && self.b[self.i] != b'\\' {
                if self.b[self.i] < 0x20 {
                    return self.err();
                }
                self.i += 1;
            }
            // The input is a &str, and we only stop at ASCII bytes: always a char boundary.
            out.push_str(
                std::str::from_utf8(&self.b[start..self.i]).map_err(|_| JsonError(start))?,
            );
            match self.b.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = *self.b.get(self.i).ok_or(JsonError(self.i))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xD800..0xDC00).contains(&cp)
                                && self.b[self.i..].starts_with(b"\\u")
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                cp = 0x10000
                                    + ((cp - 0xD800) << 10)
                                    + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(JsonError(self.i - 1)),
                    }
                }
                _ => return self.err(),
            }
        }
    }
}

/// Parse a whole JSON document.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = P {
        b: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.b.len() {
        return p.err();
    }
    Ok(v)
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(f) => f.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    fn str_field(&self, key: &str) -> Option<String> {
        self.get(key)?.as_str().map(str::to_owned)
    }
    /// A field that may be missing or null.
    fn opt<T: FromJson>(&self, key: &str) -> Option<Option<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => T::from_json(v).map(Some),
        }
    }
    /// A list that may be missing.
    fn list<T: FromJson>(&self, key: &str) -> Option<Vec<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(Vec::new()),
            Some(Json::Arr(items)) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// Decoding from a parsed document; `None` when the shape is wrong.
pub trait FromJson: Sized {
    fn from_json(j: &Json) -> Option<Self>;
}

impl FromJson for String {
    fn from_json(j: &Json) -> Option<Self> {
        j.as_str().map(str::to_owned)
    }
}

impl FromJson for Text {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Text {
            id: j.str_field("id")?,
            en: j.str_field("en")?,
        })
    }
}

impl FromJson for Source {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Source {
            url: j.str_field("url")?,
            checked: j.str_field("checked")?,
        })
    }
}

impl FromJson for Stage {
    fn from_json(j: &Json) -> Option<Self> {
        Stage::from_slug(j.as_str()?)
    }
}

impl FromJson for NodeKind {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "step" => Some(NodeKind::Step),
            "question" => Some(NodeKind::Question),
            "outcome" => Some(NodeKind::Outcome),
            _ => None,
        }
    }
}

impl FromJson for OutcomeKind {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "solved" => Some(OutcomeKind::Solved),
            "info" => Some(OutcomeKind::Info),
            "channel" => Some(OutcomeKind::Channel),
            "in_person" => Some(OutcomeKind::InPerson),
            _ => None,
        }
    }
}

impl FromJson for InPersonReason {
    fn from_json(j: &Json) -> Option<Self> {
        match j.as_str()? {
            "no_email_or_phone" => Some(InPersonReason::NoEmailOrPhone),
            "cannot_take_photos" => Some(InPersonReason::CannotTakePhotos),
            "all_fixes_failed" => Some(InPersonReason::AllFixesFailed),
            _ => None,
        }
    }
}

impl FromJson for Choice {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Choice {
            label: Text::from_json(j.get("label")?)?,
            next: j.str_field("next")?,
        })
    }
}

impl FromJson for Outcome {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Outcome {
            kind: OutcomeKind::from_json(j.get("kind")?)?,
            channel: j.opt("channel")?,
            subject: j.opt("subject")?,
            attach: j.list("attach")?,
            reason: j.opt("reason")?,
        })
    }
}

impl FromJson for Node {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Node {
            id: j.str_field("id")?,
            kind: NodeKind::from_json(j.get("kind")?)?,
            text: Text::from_json(j.get("text")?)?,
            detail: j.opt("detail")?,
            limit: j.opt("limit")?,
            source: j.opt("source")?,
            yes: j.opt("yes")?,
            no: j.opt("no")?,
            options: j.list("options")?,
            outcome: j.opt("outcome")?,
        })
    }
}

impl FromJson for Problem {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Problem {
            id: j.str_field("id")?,
            stage: Stage::from_json(j.get("stage")?)?,
            title: Text::from_json(j.get("title")?)?,
            summary: Text::from_json(j.get("summary")?)?,
            phrases: j.list("phrases")?,
            messages: j.list("messages")?,
            start: j.str_field("start")?,
            nodes: j.list("nodes")?,
        })
    }
}

impl FromJson for Contact {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Contact {
            kind: j.str_field("kind")?,
            value: j.str_field("value")?,
            label: j.opt("label")?,
        })
    }
}

impl FromJson for Channel {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Channel {
            id: j.str_field("id")?,
            name: Text::from_json(j.get("name")?)?,
            how: j.list("how")?,
            contacts: j.list("contacts")?,
            hours: j.opt("hours")?,
            note: j.opt("note")?,
            source: Source::from_json(j.get("source")?)?,
        })
    }
}

impl FromJson for Channels {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Channels {
            channels: j.list("channels")?,
        })
    }
}

impl FromJson for CallCentre {
    fn from_json(j: &Json) -> Option<Self> {
        Some(CallCentre {
            label: Text::from_json(j.get("label")?)?,
            number: j.str_field("number")?,
            hours: j.opt("hours")?,
        })
    }
}

impl FromJson for Settings {
    fn from_json(j: &Json) -> Option<Self> {
        Some(Settings {
            booking_api: j.opt::<String>("booking_api")?.unwrap_or_default(),
            call_centres: j.list("call_centres")?,
            complaint_form_url: j.str_field("complaint_form_url")?,
            notices: j.list("notices")?,
            embed_origins: j.list("embed_origins")?,
        })
    }
}

/// Parse and decode a document in one go.
pub fn decode<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&parse(text).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_documents_with_escapes() {
        let j = parse(r#" {"a": [1, -2, true, null, "x\"y\\z\n\u00e9\ud83d\ude00"], "b": {}} "#)
            .unwrap();
        let a = match j.get("a") {
            Some(Json::Arr(a)) => a.clone(),
            _ => panic!(),
        };
        assert_eq!(a[0], Json::Int(1));
        assert_eq!(a[1], Json::Int(-2));
        assert_eq!(a[4], Json::Str("x\"y\\z\né😀".into()));
        assert_eq!(j.get("b"), Some(&Json::Obj(vec![])));
    }

    #[test]
    fn rejects_broken_documents() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "\"open",
            "{} x",
            "01.5",
            "tru",
            "{\"a\":\"\u{1}\"}",
        ] {
            assert!(parse(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn a_wrong_shape_decodes_to_nothing() {
        assert_eq!(decode::<Text>(r#"{"id":"a"}"#), None);
        assert_eq!(
            decode::<Text>(r#"{"id":"a","en":"b"}"#),
            Some(Text {
                id: "a".into(),
                en: "b".into()
            })
        );
        assert_eq!(decode::<Stage>(r#""nowhere""#), None);
    }
}
