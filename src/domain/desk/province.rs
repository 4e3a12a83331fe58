//! The province's view: every help point on one table (`GET /api/province/overview`), the
//! programme notices (records API `notices`), and "which fixes work" per problem and step over
//! the last 7 or 30 days (`GET /api/province/funnel`), as a table, a small bar chart drawn by
//! the app, and CSV.

use super::csv;
use crate::domain::common::json::{self, parse, Json, Val};
use crate::domain::common::language::Lang;
use crate::domain::flow::content::Problem;
use crate::domain::flow::walk::truncate_chars;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PointRow {
    pub name: String,
    pub region: String,
    pub active: bool,
    pub address_confirmed: bool,
    /// Today and the 6 days after.
    pub bookings_per_day: Vec<u32>,
    pub free_next_7_days: u32,
    /// `None` when nobody finished in the last 30 days.
    pub no_show_rate: Option<f64>,
}

pub fn decode_overview(text: &str) -> Option<(Vec<String>, Vec<PointRow>)> {
    let j = parse(text).ok()?;
    let days: Vec<String> = j.list("days")?;
    let Some(Json::Arr(list)) = j.get("offices") else {
        return None;
    };
    let rows = list
        .iter()
        .map(|o| {
            let per_day = match o.get("bookings_per_day") {
                Some(Json::Arr(a)) => a
                    .iter()
                    .map(|n| match n {
                        Json::Int(v) => u32::try_from(*v).ok(),
                        _ => None,
                    })
                    .collect::<Option<Vec<u32>>>()?,
                _ => Vec::new(),
            };
            Some(PointRow {
                name: o.str_field("name")?,
                region: o.str_or_default("region")?,
                active: o.bool_or_default("active")?,
                address_confirmed: o.bool_or_default("address_confirmed")?,
                bookings_per_day: per_day,
                free_next_7_days: o.u32_or_default("free_next_7_days")?,
                no_show_rate: o.opt_f64("no_show_rate_30_days")?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some((days, rows))
}

/// "12 %" (rounded), or "–" when there is no figure.
pub fn percent(rate: Option<f64>) -> String {
    match rate {
        Some(r) if r.is_finite() => format!("{} %", (r * 100.0).round() as i64),
        _ => "–".into(),
    }
}

/// One node's figures.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeFigures {
    pub node: String,
    pub kind: String,
    pub reached: u32,
    pub fixed: u32,
    pub gave_up: u32,
    pub booked: u32,
    /// Cases served at a help point with this step as the fix: (channel, count), by channel.
    pub fixed_at_desk: Vec<(String, u32)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProblemFigures {
    pub problem: String,
    pub started: u32,
    pub fixed: u32,
    pub gave_up: u32,
    pub booked: u32,
    pub nodes: Vec<NodeFigures>,
    /// Cases served at a help point with another way than the steps: (channel, count).
    pub other_fix_at_desk: Vec<(String, u32)>,
}

/// `{"online": 2, "desk": 1}` as (channel, count) pairs in the channels' order; an absent field
/// is none.
fn per_channel(j: &Json, field: &str) -> Option<Vec<(String, u32)>> {
    let mut out = match j.get(field) {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Obj(pairs)) => pairs
            .iter()
            .map(|(k, v)| match v {
                Json::Int(n) => u32::try_from(*n).ok().map(|n| (k.clone(), n)),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?,
        Some(_) => return None,
    };
    out.sort();
    Some(out)
}

fn node(j: &Json) -> Option<NodeFigures> {
    Some(NodeFigures {
        node: j.str_field("node")?,
        kind: j.str_or_default("kind")?,
        reached: j.u32_or_default("reached")?,
        fixed: j.u32_or_default("fixed")?,
        gave_up: j.u32_or_default("gave_up")?,
        booked: j.u32_or_default("booked")?,
        fixed_at_desk: per_channel(j, "fixed_at_desk")?,
    })
}

pub fn decode_funnel(text: &str) -> Option<Vec<ProblemFigures>> {
    let j = parse(text).ok()?;
    let Some(Json::Arr(list)) = j.get("problems") else {
        return None;
    };
    list.iter()
        .map(|p| {
            let nodes = match p.get("nodes") {
                Some(Json::Arr(a)) => a.iter().map(node).collect::<Option<Vec<_>>>()?,
                _ => Vec::new(),
            };
            Some(ProblemFigures {
                problem: p.str_field("problem")?,
                started: p.u32_or_default("started")?,
                fixed: p.u32_or_default("fixed")?,
                gave_up: p.u32_or_default("gave_up")?,
                booked: p.u32_or_default("booked")?,
                nodes,
                other_fix_at_desk: per_channel(p, "other_fix_at_desk")?,
            })
        })
        .collect()
}

/// Where people came from: the flow on their own phone, booked at the help point's desk, or
/// walked through the flow by a call-centre agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Online,
    WalkIn,
    Phone,
}

/// "Which fixes work" for one channel: flows started and fixed on the way (usage events),
/// bookings made, served, and served with one of the problem's steps as the fix.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelFigures {
    pub channel: Channel,
    pub started: u32,
    pub fixed_self: u32,
    pub booked: u32,
    pub served: u32,
    pub fixed_at_help_point: u32,
}

/// The funnel's `channels` (none in an answer of a store without them).
pub fn decode_channels(text: &str) -> Vec<ChannelFigures> {
    let Some(Json::Arr(list)) = parse(text).ok().and_then(|j| j.get("channels").cloned()) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|c| {
            let channel = match c.str_field("channel")?.as_str() {
                "online" => Channel::Online,
                "walk_in" => Channel::WalkIn,
                "phone" => Channel::Phone,
                _ => return None,
            };
            Some(ChannelFigures {
                channel,
                started: c.u32_or_default("started")?,
                fixed_self: c.u32_or_default("fixed_self")?,
                booked: c.u32_or_default("booked")?,
                served: c.u32_or_default("served")?,
                fixed_at_help_point: c.u32_or_default("fixed_at_help_point")?,
            })
        })
        .collect()
}

/// The funnel as CSV, one row per node: the problem and the step in words (`label` gives the
/// problem's title for (problem, None) and a node's text for (problem, Some(node))), then the
/// figures, under a header in the desk's language.
pub fn funnel_csv(
    problems: &[ProblemFigures],
    header: &[&str; 6],
    label: &dyn Fn(&str, Option<&str>) -> String,
) -> String {
    let rows: Vec<Vec<String>> = problems
        .iter()
        .flat_map(|p| {
            p.nodes.iter().map(move |n| {
                vec![
                    label(&p.problem, None),
                    label(&p.problem, Some(&n.node)),
                    n.reached.to_string(),
                    n.fixed.to_string(),
                    n.gave_up.to_string(),
                    n.booked.to_string(),
                ]
            })
        })
        .collect();
    csv::write(header, &rows)
}

/// One bar of the chart: its label, and its length as a share of the longest (0–1).
pub fn bars(nodes: &[NodeFigures]) -> Vec<(String, u32, f64)> {
    let max = nodes.iter().map(|n| n.reached).max().unwrap_or(0).max(1) as f64;
    nodes
        .iter()
        .map(|n| (n.node.clone(), n.reached, n.reached as f64 / max))
        .collect()
}

/// What the content team reads for a step of the funnel: the step's own words in `lang` (cut
/// to `max` characters), or its id while the flow is not loaded or no longer has that step.
pub fn node_label(problem: Option<&Problem>, node: &str, lang: Lang, max: usize) -> String {
    problem
        .and_then(|p| p.node(node))
        .map(|n| {
            truncate_chars(
                &crate::domain::flow::mention::plain(n.text.get(lang), lang),
                max,
            )
        })
        .unwrap_or_else(|| node.to_owned())
}

/// The problem's title in `lang`, or its id while the flow is not loaded.
pub fn problem_label(problem: Option<&Problem>, id: &str, lang: Lang) -> String {
    problem.map_or_else(|| id.to_owned(), |p| p.title.get(lang).to_owned())
}

/// A programme notice as the province edits it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notice {
    pub id: String,
    pub text_id: String,
    pub text_en: String,
    pub ends_on: String,
}

pub fn decode_notices(text: &str) -> Option<Vec<Notice>> {
    let j = parse(text).ok()?;
    let Some(Json::Arr(items)) = j.get("items") else {
        return None;
    };
    items
        .iter()
        .map(|n| {
            Some(Notice {
                id: n.str_field("id")?,
                text_id: n.str_or_default("text_id")?,
                text_en: n.str_or_default("text_en")?,
                ends_on: n.str_or_default("ends_on")?,
            })
        })
        .collect()
}

/// A field of the notice form, named beside it when it breaks a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeField {
    TextId,
    TextEn,
    EndsOn,
}

/// The most characters of a notice's text, in each language (the store's `notices` fields).
pub const NOTICE_MAX: usize = 300;
const NOTICE_MIN: usize = 5;

impl Notice {
    /// The fields that break a rule, in the form's order: both texts 5–300 characters, a real
    /// end date.
    pub fn problems(&self) -> Vec<NoticeField> {
        let ok = |t: &str| (NOTICE_MIN..=NOTICE_MAX).contains(&t.trim().chars().count());
        let mut v = Vec::new();
        if !ok(&self.text_id) {
            v.push(NoticeField::TextId);
        }
        if !ok(&self.text_en) {
            v.push(NoticeField::TextEn);
        }
        if crate::domain::booking::calendar::add_days(&self.ends_on, 0).is_none() {
            v.push(NoticeField::EndsOn);
        }
        v
    }

    pub fn valid(&self) -> bool {
        self.problems().is_empty()
    }

    pub fn body(&self) -> String {
        json::object(&[
            ("text_id", Val::S(self.text_id.trim())),
            ("text_en", Val::S(self.text_en.trim())),
            ("ends_on", Val::S(&self.ends_on)),
        ])
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_phone_channel_is_read_from_the_funnel_and_unknown_channels_are_left_out() {
        let c = super::decode_channels(
            r#"{"problems":[],"channels":[
            {"channel":"online","started":9,"fixed_self":4,"booked":1,"served":1,"fixed_at_help_point":0},
            {"channel":"walk_in","started":0,"fixed_self":0,"booked":2,"served":2,"fixed_at_help_point":1},
            {"channel":"phone","started":3,"fixed_self":1,"booked":1,"served":1,"fixed_at_help_point":1},
            {"channel":"fax","started":1}]}"#,
        );
        assert_eq!(c.len(), 3);
        assert_eq!(c[2].channel, super::Channel::Phone);
        assert_eq!((c[2].started, c[2].fixed_at_help_point), (3, 1));
        assert!(super::decode_channels(r#"{"problems":[]}"#).is_empty());
    }

    #[test]
    fn the_funnel_names_steps_in_words_once_the_flow_is_loaded() {
        let text = include_str!("../../../content/problems/otp-not-received.json");
        let p: Problem = crate::domain::common::json::decode(text).unwrap();
        let start = p.node(&p.start).unwrap();
        let label = node_label(Some(&p), &p.start, Lang::Id, 200);
        assert_eq!(label, start.text.id);
        assert_ne!(label, p.start, "words, not the id");
        assert!(node_label(Some(&p), &p.start, Lang::En, 10).chars().count() <= 10);
        assert_eq!(node_label(None, "email-inbox", Lang::Id, 60), "email-inbox");
        assert_eq!(node_label(Some(&p), "gone-step", Lang::Id, 60), "gone-step");
        assert_eq!(
            problem_label(Some(&p), "otp-not-received", Lang::En),
            p.title.en
        );
        assert_eq!(
            problem_label(None, "otp-not-received", Lang::En),
            "otp-not-received"
        );
    }

    use super::*;

    #[test]
    fn the_overview_gives_one_row_per_help_point() {
        let (days, rows) = decode_overview(r#"{"today":"2026-12-03","days":["2026-12-03","2026-12-04"],
            "offices":[{"id":"a","name":"Disnaker Kota Surabaya","region":"Kota Surabaya","active":true,"bookable":true,
              "address_confirmed":true,"bookings_per_day":[3,0],"free_next_7_days":240,"no_show_rate_30_days":0.125,"finished_30_days":8},
             {"id":"b","name":"UPT BLK","region":"","active":false,"address_confirmed":false,"bookings_per_day":[0,0],
              "free_next_7_days":0,"no_show_rate_30_days":null}]}"#).unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(rows[0].bookings_per_day, [3, 0]);
        assert_eq!(percent(rows[0].no_show_rate), "13 %");
        assert_eq!(percent(rows[1].no_show_rate), "–");
        assert!(!rows[1].address_confirmed);
    }

    #[test]
    fn the_funnel_reads_into_a_table_a_chart_and_csv() {
        let f = decode_funnel(r#"{"days":7,"events":12,"problems":[{"problem":"otp-not-received","started":10,"fixed":4,"gave_up":3,"booked":1,
            "nodes":[{"node":"channel","kind":"question","reached":10,"fixed":0,"gave_up":2,"booked":0,"answers":{"0":8}},
                     {"node":"email-inbox","kind":"step","reached":5,"fixed":4,"gave_up":1,"booked":0}]}]}"#).unwrap();
        assert_eq!(f[0].nodes.len(), 2);
        let b = bars(&f[0].nodes);
        assert_eq!((b[0].2, b[1].2), (1.0, 0.5));
        assert_eq!(
            funnel_csv(
                &f,
                &["masalah", "langkah", "sampai", "berhasil", "berhenti", "memesan"],
                &|p, n| match n {
                    None => format!("Judul {p}"),
                    Some(n) => format!("Langkah {n}"),
                }
            ),
            "masalah,langkah,sampai,berhasil,berhenti,memesan\r\nJudul otp-not-received,Langkah channel,10,0,2,0\r\nJudul otp-not-received,Langkah email-inbox,5,4,1,0\r\n"
        );
        assert!(bars(&[]).is_empty());
    }

    #[test]
    fn a_notice_needs_both_texts_and_an_end_date() {
        let mut n = Notice {
            text_id: "Gelombang 80 dibuka".into(),
            text_en: "Wave 80 is open".into(),
            ends_on: "2026-12-31".into(),
            ..Notice::default()
        };
        assert!(n.valid());
        assert_eq!(
            n.body(),
            r#"{"text_id":"Gelombang 80 dibuka","text_en":"Wave 80 is open","ends_on":"2026-12-31"}"#
        );
        n.ends_on = "2026-12-32".into();
        assert!(!n.valid());
        assert_eq!(n.problems(), [NoticeField::EndsOn]);
        let list = decode_notices(
            r#"{"items":[{"id":"n1","text_id":"abcde","text_en":"fghij","ends_on":"2026-12-31"}]}"#,
        )
        .unwrap();
        assert_eq!(list[0].id, "n1");
    }

    #[test]
    fn each_notice_text_is_named_when_too_short_or_too_long_and_300_characters_fit() {
        let long = "é".repeat(NOTICE_MAX);
        let n = Notice {
            text_id: format!("  {long}  "),
            text_en: "abcd ".into(),
            ends_on: "2026-12-31".into(),
            ..Notice::default()
        };
        assert_eq!(n.problems(), [NoticeField::TextEn]);
        let n = Notice {
            text_id: format!("{long}x"),
            ..n
        };
        assert_eq!(n.problems(), [NoticeField::TextId, NoticeField::TextEn]);
        assert_eq!(
            Notice::default().problems(),
            [
                NoticeField::TextId,
                NoticeField::TextEn,
                NoticeField::EndsOn
            ]
        );
    }
}
