//! A help point's opening hours as the store sends them (`"hours": {"mon": ["08:00-12:00", …],
//! …}`, WIB), and the runs of weekdays that share the same hours, to say them in one line.

use crate::domain::common::json::Json;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Monday to Sunday, each day's spans ("08:00-12:00"); empty when the hours are not known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "Option<Week>", into = "Option<Week>")
)]
pub struct OpeningHours(pub Vec<Vec<String>>);

/// The store's shape, for serde (native code and tests).
#[cfg(not(target_arch = "wasm32"))]
type Week = std::collections::BTreeMap<String, Vec<String>>;

#[cfg(not(target_arch = "wasm32"))]
impl From<Option<Week>> for OpeningHours {
    fn from(w: Option<Week>) -> OpeningHours {
        match w {
            None => OpeningHours::default(),
            Some(w) => OpeningHours(
                DAYS.iter()
                    .map(|d| w.get(*d).cloned().unwrap_or_default())
                    .collect(),
            ),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<OpeningHours> for Option<Week> {
    fn from(h: OpeningHours) -> Option<Week> {
        (!h.0.is_empty()).then(|| DAYS.iter().map(|d| d.to_string()).zip(h.0).collect())
    }
}

impl OpeningHours {
    /// The store's `hours` field; missing, null or of another shape reads as not known.
    pub fn read(j: Option<&Json>) -> OpeningHours {
        let Some(obj @ Json::Obj(_)) = j else {
            return OpeningHours::default();
        };
        let days: Option<Vec<Vec<String>>> = DAYS
            .iter()
            .map(|d| match obj.get(d) {
                None | Some(Json::Null) => Some(Vec::new()),
                Some(Json::Arr(spans)) => spans
                    .iter()
                    .map(|s| s.as_str().map(str::to_owned))
                    .collect(),
                Some(_) => None,
            })
            .collect();
        OpeningHours(days.unwrap_or_default())
    }

    /// Kept on the device in one string: days by `|`, spans by `,` (the confirmation).
    pub fn packed(&self) -> String {
        self.0
            .iter()
            .map(|d| d.join(","))
            .collect::<Vec<_>>()
            .join("|")
    }

    pub fn unpack(s: &str) -> OpeningHours {
        let days: Vec<Vec<String>> = s
            .split('|')
            .map(|d| {
                d.split(',')
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .collect();
        if days.len() == 7 {
            OpeningHours(days)
        } else {
            OpeningHours::default()
        }
    }

    /// Runs of consecutive open days with the same spans: (first weekday, last weekday, spans),
    /// 0 = Monday. Closed days are left out; empty when nothing is known.
    pub fn runs(&self) -> Vec<(usize, usize, &[String])> {
        let mut out: Vec<(usize, usize, &[String])> = Vec::new();
        for (i, spans) in self.0.iter().enumerate() {
            if spans.is_empty() {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 + 1 == i && last.2 == spans.as_slice() => last.1 = i,
                _ => out.push((i, i, spans)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::parse;

    #[test]
    fn weekdays_with_the_same_hours_are_said_together() {
        let j = parse(
            r#"{"hours":{"mon":["08:00-12:00","13:00-15:00"],"tue":["08:00-12:00","13:00-15:00"],
            "wed":["08:00-12:00","13:00-15:00"],"thu":["08:00-12:00","13:00-15:00"],
            "fri":["08:00-11:00","13:30-15:00"],"sat":[],"sun":[]}}"#,
        )
        .unwrap();
        let h = OpeningHours::read(j.get("hours"));
        let runs: Vec<(usize, usize, usize)> =
            h.runs().iter().map(|r| (r.0, r.1, r.2.len())).collect();
        assert_eq!(runs, [(0, 3, 2), (4, 4, 2)]);
        assert_eq!(OpeningHours::unpack(&h.packed()), h);
        assert!(OpeningHours::read(None).runs().is_empty());
        assert!(OpeningHours::read(j.get("nope")).0.is_empty());
        assert_eq!(OpeningHours::unpack("garbage"), OpeningHours::default());
    }
}
