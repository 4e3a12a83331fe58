# exp/swb-store (on top of swb-api): browser storage through serde too (JSON.stringify / JSON.parse)
def sub(p, old, new, count=1):
    s = open(p).read()
    assert old in s, (p, old[:60])
    s = s.replace(old, new, count); open(p, 'w').write(s)
sub('src/domain/booking_json.rs', '''#[derive(serde::Deserialize)]
struct ErrorBody''', '''#[cfg(target_arch = "wasm32")]
pub fn encode_js<T: serde::Serialize>(v: &T) -> String {
    serde_wasm_bindgen::to_value(v)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_js<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

#[derive(serde::Deserialize)]
struct ErrorBody''')
p='src/booking_app/web.rs'
sub(p, 'use crate::domain::booking_json::{decode, ToJson};', 'use crate::domain::booking_json::{decode_js as decode, encode_js};')
s=open(p).read()
for a,b in [('&f.to_json()','&encode_js(f)'),('&p.to_json()','&encode_js(p)'),('&c.to_json()','&encode_js(c)')]:
    s=s.replace(a,b)
open(p,'w').write(s)
sub('src/booking_app/steps.rs', 'let body = crate::domain::booking_json::ToJson::to_json(&pending.request);', 'let body = crate::domain::booking_json::encode_js(&pending.request);')
# manage.rs request bodies: small serde structs
p='src/booking_app/manage.rs'
sub(p, 'use crate::domain::booking_json::{object, Val};', '''use crate::domain::booking_json::encode_js;

#[derive(serde::Serialize)]
struct Creds<'a> {
    code: &'a str,
    nik: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    slot: Option<&'a str>,
}''')
sub(p, 'let body = object(&[("code", Val::S(&code)), ("nik", Val::S(&nik))]);', 'let body = encode_js(&Creds { code: &code, nik: &nik, slot: None });')
sub(p, '''object(&[
                    ("code", Val::S(&code)),
                    ("nik", Val::S(&nik)),
                    ("slot", Val::S(id)),
                ]),''', 'encode_js(&Creds { code: &code, nik: &nik, slot: Some(id) }),')
sub(p, 'object(&[("code", Val::S(&code)), ("nik", Val::S(&nik))]),', 'encode_js(&Creds { code: &code, nik: &nik, slot: None }),')
