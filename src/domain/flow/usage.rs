//! Anonymous usage events: which steps fix which problems, for the content team.
//!
//! One event per answered node and per outcome shown: the problem id, the node id, the answer
//! (`fixed` / `not_fixed` at a step, the option's index at a question, `end` when an outcome is
//! shown, `booked` when a booking was made from an in-person outcome), and the hour it happened
//! in. Nothing identifies a person or links two events of one person: no id, no exact time.
//! The app adds its version and language when it sends a batch (`POST /api/events`,
//! `docs/booking-api.md`). Events wait on the device until they are sent, at most a week.

use crate::domain::booking::calendar::Moment;
use crate::domain::common::json::{quote, FromJson, Json};
use crate::domain::common::language::Lang;
use crate::domain::flow::content::{NodeKind, OutcomeKind, Problem};
use crate::domain::flow::walk::{walk, Answer};

/// One anonymous event, as kept on the device until it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub problem: String,
    pub node: String,
    pub answer: String,
    /// Seconds since 1970 at the start of the hour (UTC).
    pub hour: i64,
}

/// Events older than this are dropped unsent (a week; the store refuses them after 8 days).
pub const KEEP_SECS: i64 = 7 * 86_400;
/// At most this many events wait on the device; the oldest go first.
pub const MAX_QUEUED: usize = 200;
/// At most this many events per request (the store's limit is 50).
pub const BATCH: usize = 50;

/// The start of the hour `now` falls in.
pub fn hour_of(now: Moment) -> i64 {
    now.0.div_euclid(3600) * 3600
}

/// The events of moving from trail `before` to trail `now` in one flow: only a single new
/// answer counts (`now` is `before` plus one character). Going back, following a link or
/// reloading the page sends nothing.
pub fn answered(problem: &Problem, before: &str, now: &str, at: Moment) -> Vec<Event> {
    let one_more = now.len() == before.len() + 1 && now.starts_with(before);
    if !one_more {
        return Vec::new();
    }
    let Some(w) = walk(problem, now) else {
        return Vec::new();
    };
    if w.trail != now {
        return Vec::new();
    }
    let Some(visit) = w.visits.last() else {
        return Vec::new();
    };
    let answer = match visit.answer {
        Answer::Yes => "fixed".to_owned(),
        Answer::No => "not_fixed".to_owned(),
        Answer::Option(i) => i.to_string(),
    };
    let event = |node: &str, answer: String| Event {
        problem: problem.id.clone(),
        node: node.to_owned(),
        answer,
        hour: hour_of(at),
    };
    let mut out = vec![event(&visit.node.id, answer)];
    if w.current.kind == NodeKind::Outcome {
        out.push(event(&w.current.id, "end".to_owned()));
    }
    out
}

/// The event of a booking made from the in-person outcome this trail ends at.
pub fn booked(problem: &Problem, trail: &str, at: Moment) -> Option<Event> {
    let w = walk(problem, trail)?;
    (w.trail == trail && w.current.outcome.as_ref()?.kind == OutcomeKind::InPerson).then(|| Event {
        problem: problem.id.clone(),
        node: w.current.id.clone(),
        answer: "booked".to_owned(),
        hour: hour_of(at),
    })
}

/// The queue after adding `new` at `now`: events older than a week dropped, at most
/// [`MAX_QUEUED`] kept (the newest).
pub fn queue_with(mut queue: Vec<Event>, new: Vec<Event>, now: Moment) -> Vec<Event> {
    queue.extend(new);
    queue.retain(|e| e.hour > now.0 - KEEP_SECS && e.hour <= now.0);
    let extra = queue.len().saturating_sub(MAX_QUEUED);
    queue.drain(..extra);
    queue
}

/// Whether the store's answer ends a batch: taken (202) or refused for good (400, 413, 415 …).
/// "Too many requests" (429) and server trouble (5xx) keep it for the next try.
pub fn batch_done(status: u16) -> bool {
    (200..500).contains(&status) && status != 429
}

/// "2026-12-03T03:00:00Z": the hour as the store wants it.
pub fn hour_text(hour: i64) -> String {
    Moment(hour).iso_utc()
}

fn event_json(e: &Event, tail: &str) -> String {
    format!(
        "{{\"problem\":{},\"node\":{},\"answer\":{},{tail}}}",
        quote(&e.problem),
        quote(&e.node),
        quote(&e.answer)
    )
}

/// The request body for `POST /api/events`: `{"events": [...]}` with the app's version and
/// the language added to each event.
pub fn request_body(events: &[Event], version: &str, lang: Lang) -> String {
    let tail_of = |e: &Event| {
        format!(
            "\"v\":{},\"lang\":\"{}\",\"hour\":\"{}\"",
            quote(version),
            lang.code(),
            hour_text(e.hour)
        )
    };
    let items: Vec<String> = events.iter().map(|e| event_json(e, &tail_of(e))).collect();
    format!("{{\"events\":[{}]}}", items.join(","))
}

/// The queue as kept in browser storage.
pub fn store_text(queue: &[Event]) -> String {
    let items: Vec<String> = queue
        .iter()
        .map(|e| event_json(e, &format!("\"hour\":{}", e.hour)))
        .collect();
    format!("[{}]", items.join(","))
}

impl FromJson for Event {
    fn from_json(j: &Json) -> Option<Self> {
        let hour = match j.get("hour")? {
            Json::Int(n) => *n,
            _ => return None,
        };
        Some(Event {
            problem: j.str_field("problem")?,
            node: j.str_field("node")?,
            answer: j.str_field("answer")?,
            hour,
        })
    }
}

/// The queue read back from browser storage; anything unreadable is an empty queue.
pub fn from_store_text(text: &str) -> Vec<Event> {
    let Ok(Json::Arr(items)) = crate::domain::common::json::parse(text) else {
        return Vec::new();
    };
    items.iter().filter_map(Event::from_json).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;

    fn otp_not_received() -> Problem {
        decode(include_str!(
            "../../../content/problems/otp-not-received.json"
        ))
        .unwrap()
    }

    fn at(s: &str) -> Moment {
        Moment::parse(s).unwrap()
    }

    /// A trail of `n` "not fixed" answers through the steps of `p` from its start, then the
    /// first option wherever a question comes.
    fn first_answers(p: &Problem, n: usize) -> String {
        let mut trail = String::new();
        for _ in 0..n {
            let w = walk(p, &trail).unwrap();
            let c = match w.current.kind {
                NodeKind::Step => 'n',
                NodeKind::Question => '0',
                NodeKind::Outcome => break,
            };
            trail.push(c);
        }
        trail
    }

    #[test]
    fn one_new_answer_is_one_event_on_the_node_that_was_answered() {
        let p = otp_not_received();
        let first = first_answers(&p, 1);
        let e = answered(&p, "", &first, at("2026-12-03T10:47:12+07:00"));
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].problem, "otp-not-received");
        assert_eq!(e[0].node, p.start);
        let expected = if first == "n" { "not_fixed" } else { "0" };
        assert_eq!(e[0].answer, expected);
        // rounded down to the hour: 10:47 WIB is 03:47 UTC
        assert_eq!(hour_text(e[0].hour), "2026-12-03T03:00:00Z");
    }

    #[test]
    fn going_back_reloading_or_jumping_sends_nothing() {
        let p = otp_not_received();
        let two = first_answers(&p, 2);
        let t = at("2026-12-03T10:00");
        assert!(answered(&p, &two, &two[..1], t).is_empty(), "back");
        assert!(
            answered(&p, &two, &two, t).is_empty(),
            "reload / language switch"
        );
        assert!(
            answered(&p, "", &two, t).is_empty(),
            "a link two answers deep"
        );
        assert!(answered(&p, "", "x", t).is_empty(), "not an answer");
    }

    #[test]
    fn reaching_an_outcome_adds_an_end_event_and_a_booking_a_booked_one() {
        // every flow: follow "fixed" on the first step that has one, then read the events
        // (the tests read the whole catalogue through the native loader; the domain reads no file)
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let (problems, _) = crate::native::catalogue::load(&dir).unwrap();
        for (name, p) in problems {
            let mut trail = String::new();
            loop {
                let w = walk(&p, &trail).unwrap();
                if w.current.kind == NodeKind::Outcome {
                    break;
                }
                let before = trail.clone();
                trail.push(if w.current.kind == NodeKind::Step {
                    'n'
                } else {
                    '0'
                });
                let e = answered(&p, &before, &trail, at("2026-12-03T10:00"));
                let now_at = walk(&p, &trail).unwrap().current;
                if now_at.kind == NodeKind::Outcome {
                    assert_eq!(e.len(), 2, "{name}: answer + end");
                    assert_eq!(
                        (e[1].node.as_str(), e[1].answer.as_str()),
                        (now_at.id.as_str(), "end")
                    );
                    let in_person = now_at.outcome.as_ref().unwrap().kind == OutcomeKind::InPerson;
                    assert_eq!(
                        booked(&p, &trail, at("2026-12-03T10:00")).is_some(),
                        in_person,
                        "{name}"
                    );
                } else {
                    assert_eq!(e.len(), 1, "{name}");
                    assert!(booked(&p, &trail, at("2026-12-03T10:00")).is_none());
                }
            }
        }
    }

    #[test]
    fn a_batch_is_kept_while_the_store_is_busy_or_down() {
        assert!(batch_done(202));
        assert!(
            batch_done(400),
            "a batch the store will never take is dropped"
        );
        assert!(!batch_done(429));
        assert!(!batch_done(503));
    }

    #[test]
    fn the_queue_forgets_what_is_a_week_old_and_keeps_at_most_200() {
        let now = at("2026-12-10T10:00Z");
        let ev = |h: i64| Event {
            problem: "p".into(),
            node: "n".into(),
            answer: "end".into(),
            hour: h,
        };
        let q = queue_with(
            vec![ev(now.0 - KEEP_SECS - 3600), ev(now.0 - KEEP_SECS + 3600)],
            vec![ev(hour_of(now))],
            now,
        );
        assert_eq!(q.len(), 2, "the 8-day-old event is dropped");
        let many: Vec<Event> = (0..250).map(|i| ev(hour_of(now) - i % 5 * 3600)).collect();
        let q = queue_with(Vec::new(), many.clone(), now);
        assert_eq!(q.len(), MAX_QUEUED);
        assert_eq!(q[..], many[50..], "the newest are kept");
    }

    #[test]
    fn the_stored_queue_reads_back_and_the_body_has_what_the_store_accepts() {
        let q = vec![Event {
            problem: "otp-not-received".into(),
            node: "wait-2-hours".into(),
            answer: "not_fixed".into(),
            hour: hour_of(at("2026-12-03T10:30Z")),
        }];
        assert_eq!(from_store_text(&store_text(&q)), q);
        assert!(from_store_text("not json").is_empty());
        assert!(from_store_text("{\"a\":1}").is_empty());
        let body = request_body(&q, "0.4.0", Lang::En);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let e = &v["events"][0];
        assert_eq!(e["problem"], "otp-not-received");
        assert_eq!(e["answer"], "not_fixed");
        assert_eq!(e["v"], "0.4.0");
        assert_eq!(e["lang"], "en");
        assert_eq!(e["hour"], "2026-12-03T10:00:00Z");
        assert_eq!(
            e.as_object().unwrap().len(),
            6,
            "six fields and nothing else"
        );
    }
}
