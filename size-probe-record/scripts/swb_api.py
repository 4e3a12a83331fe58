# exp/swb-api: API replies through JSON.parse + serde-wasm-bindgen
import re
def sub(p, old, new, count=1):
    s = open(p).read()
    assert old in s, (p, old[:60])
    s = s.replace(old, new, count); open(p, 'w').write(s)
sub('Cargo.toml', 'js-sys = "0.3"\n', 'js-sys = "0.3"\nserde-wasm-bindgen = "0.6"\n')
# a generic reader in the browser layer of the domain json module (experiment only)
sub('src/domain/booking_json.rs', '/// Parse and decode one reply or stored value;', '''/// The browser's JSON.parse + serde: the store's replies.
#[cfg(target_arch = "wasm32")]
pub fn decode_js<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?).ok()
}
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_js<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

#[derive(serde::Deserialize)]
struct ErrorBody {
    #[serde(default)]
    code: String,
    #[serde(default)]
    field: Option<String>,
}

/// Parse and decode one reply or stored value;''')
sub('src/domain/booking_json.rs', '''    let j = json::parse(&quote_fractions(text)).ok()?;
    is_obj(&j)?;
    Some((sd(&j, "code")?, opt_s(&j, "field")?))''', '''    let e: ErrorBody = decode_js(text)?;
    Some((e.code, e.field))''')
sub('src/domain/booking_form.rs', 'super::booking_json::decode::<OwnerView>(body)', 'super::booking_json::decode_js::<OwnerView>(body)')
sub('src/booking_app/steps.rs', 'crate::domain::booking_json::decode::<Availability>(&t)', 'crate::domain::booking_json::decode_js::<Availability>(&t)')
sub('src/booking_app/steps.rs', 'crate::domain::booking_json::decode::<OfficeSlots>(&t)', 'crate::domain::booking_json::decode_js::<OfficeSlots>(&t)')
