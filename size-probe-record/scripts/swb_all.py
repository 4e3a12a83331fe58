# exp/swb-all (on top of swb-store): content (Problem) and settings.json through serde too
def sub(p, old, new, count=1):
    s = open(p).read()
    assert old in s, (p, old[:60])
    s = s.replace(old, new, count); open(p, 'w').write(s)
sub('src/booking_app/mod.rs', 'crate::domain::json::decode::<Problem>(&text)', 'crate::domain::booking_json::decode_js::<Problem>(&text)')
p='src/domain/settings.rs'
sub(p, '''        let doc = super::json::parse(text)
            .map_err(|e| SettingsError::Syntax(format!("not valid JSON near byte {}", e.0)))?;
        let s: Settings = super::json::FromJson::from_json(&doc).ok_or(SettingsError::Invalid(
            "a field is missing or has the wrong type",
        ))?;''', '''        let s: Settings = super::booking_json::decode_js(text).ok_or(SettingsError::Invalid(
            "a field is missing or has the wrong type",
        ))?;''')
