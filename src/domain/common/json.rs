//! A small JSON reader for the browser bundle.
//!
//! serde_json and the serde derive code cost about 45 KB of wasm, over half of what the
//! whole first load may weigh. Content and settings are small, trusted-format files, so the
//! app reads them with this parser and the hand-written decoders below. Native tools and tests
//! keep using serde; a test checks that both readers agree on every content file.

use crate::domain::common::language::Text;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number without fraction or exponent that fits in an i64.
    Int(i64),
    /// Any other number (the store's `lat`/`lng`).
    Num(f64),
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
                let first = self.i;
                let neg = self.b[self.i] == b'-';
                if neg {
                    self.i += 1;
                }
                let start = self.i;
                let mut n: Option<i64> = Some(0);
                while let Some(d @ b'0'..=b'9') = self.b.get(self.i) {
                    n = n
                        .and_then(|n| n.checked_mul(10))
                        .and_then(|n| n.checked_add((d - b'0') as i64));
                    self.i += 1;
                }
                // JSON: at least one digit, and no leading zero before more digits.
                if self.i == start || (self.b[start] == b'0' && self.i - start > 1) {
                    return self.err();
                }
                let mut fraction = false;
                if self.b.get(self.i) == Some(&b'.') {
                    self.i += 1;
                    fraction = true;
                    self.digits()?;
                }
                if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
                    self.i += 1;
                    fraction = true;
                    if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                        self.i += 1;
                    }
                    self.digits()?;
                }
                match n {
                    Some(n) if !fraction => Ok(Json::Int(if neg { -n } else { n })),
                    _ => std::str::from_utf8(&self.b[first..self.i])
                        .ok()
                        .and_then(parse_decimal)
                        .filter(|f| f.is_finite())
                        .map(Json::Num)
                        .ok_or(JsonError(first)),
                }
            }
            _ => self.err(),
        }
    }
    /// One or more digits.
    fn digits(&mut self) -> Result<(), JsonError> {
        let start = self.i;
        while matches!(self.b.get(self.i), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        if self.i == start {
            return self.err();
        }
        Ok(())
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
                            let at = self.i - 2;
                            let mut cp = self.hex4()?;
                            // A high surrogate must be followed by an escaped low one; a lone
                            // surrogate is an error (as serde_json has it), never a guess that
                            // swallows the next escape.
                            if (0xD800..0xDC00).contains(&cp) {
                                if !self.b[self.i..].starts_with(b"\\u") {
                                    return Err(JsonError(at));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(JsonError(at));
                                }
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            }
                            out.push(char::from_u32(cp).ok_or(JsonError(at))?);
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

/// A JSON number with a fraction or exponent, without core's float parser (`str::parse::<f64>`
/// costs about 10 KB brotli of wasm, a sixth of the start screen's budget). Correctly rounded
/// for up to 15 significant digits and |exponent| <= 22, which covers coordinates; within an
/// ulp or two beyond (checked against `str::parse` in the tests).
fn parse_decimal(t: &str) -> Option<f64> {
    let (neg, rest) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t),
    };
    let (mant, exp) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], parse_exponent(&rest[i + 1..])?),
        None => (rest, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut m: u64 = 0;
    let mut e = exp;
    for b in int.bytes().chain(frac.bytes()) {
        if m < 100_000_000_000_000_000 {
            m = m * 10 + (b - b'0') as u64;
        } else {
            e += 1;
        }
    }
    e -= frac.len() as i32;
    let mut v = m as f64;
    let mut k = e.unsigned_abs();
    while k > 0 && v != 0.0 && v.is_finite() {
        let step = k.min(22);
        let p = 10f64.powi(step as i32);
        v = if e < 0 { v / p } else { v * p };
        k -= step;
    }
    Some(if neg { -v } else { v })
}

/// The exponent of a number: optional sign, then digits (capped, so it cannot overflow).
fn parse_exponent(t: &str) -> Option<i32> {
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0i32, |n, b| (n * 10 + (b - b'0') as i32).min(10_000));
    Some(if neg { -n } else { n })
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
    pub fn str_field(&self, key: &str) -> Option<String> {
        self.get(key)?.as_str().map(str::to_owned)
    }
    /// A field that may be missing or null.
    pub fn opt<T: FromJson>(&self, key: &str) -> Option<Option<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => T::from_json(v).map(Some),
        }
    }
    /// A list that may be missing.
    pub fn list<T: FromJson>(&self, key: &str) -> Option<Vec<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(Vec::new()),
            Some(Json::Arr(items)) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

impl Json {
    /// `Some(())` for an object: only objects decode into structs.
    pub fn object(&self) -> Option<()> {
        matches!(self, Json::Obj(_)).then_some(())
    }
    /// A string field that may be missing (then empty).
    pub fn str_or_default(&self, key: &str) -> Option<String> {
        self.get(key)
            .map_or(Some(String::new()), |v| v.as_str().map(str::to_owned))
    }
    pub fn u32_field(&self, key: &str) -> Option<u32> {
        match self.get(key)? {
            Json::Int(n) => u32::try_from(*n).ok(),
            _ => None,
        }
    }
    /// A count that may be missing (then 0).
    pub fn u32_or_default(&self, key: &str) -> Option<u32> {
        self.get(key).map_or(Some(0), |_| self.u32_field(key))
    }
    pub fn bool_field(&self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// A flag that may be missing (then false).
    pub fn bool_or_default(&self, key: &str) -> Option<bool> {
        self.get(key).map_or(Some(false), |_| self.bool_field(key))
    }
    /// A number that may be missing or null.
    pub fn opt_f64(&self, key: &str) -> Option<Option<f64>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(Json::Int(n)) => Some(Some(*n as f64)),
            Some(Json::Num(f)) => Some(Some(*f)),
            _ => None,
        }
    }
    /// A list that must be there.
    pub fn required_list<T: FromJson>(&self, key: &str) -> Option<Vec<T>> {
        match self.get(key)? {
            Json::Arr(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
    /// A nested object that must be there.
    pub fn field<T: FromJson>(&self, key: &str) -> Option<T> {
        T::from_json(self.get(key)?)
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

/// Parse and decode a document in one go.
pub fn decode<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&parse(text).ok()?)
}

// ---------------------------------------------------------------------------------------------
// Writing: request bodies and what the booking page keeps in browser storage

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

#[cfg(test)]
mod tests;
