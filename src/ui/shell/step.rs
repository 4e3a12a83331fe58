//! A step of a flow as HTML: the card a citizen answers ("Berhasil?" or a choice), written once
//! in plain Rust. The build writes the first step of every problem into that problem's page
//! (`super::problem_page`), so it can be read and answered before the flow bundle arrives; the
//! flow bundle puts the same HTML on screen for every step (`ui::flow::page`), so the hand-over
//! changes nothing a person can see. No browser import: tested natively.

use super::frame::escape;
use crate::domain::common::language::Lang;
use crate::domain::common::programme::StateKind;
use crate::domain::common::routes::{problem_href, step_href};
use crate::domain::flow::content::NodeKind;
use crate::domain::flow::labels;
use crate::domain::flow::mention::{pieces, target, Piece, Target};
use crate::domain::flow::walk::{Answer, Walk};
use crate::text::schema::FlowStrings;
use std::fmt::Write;

/// What the card needs besides the walk.
#[derive(Debug, Clone, Copy)]
pub struct StepView<'a> {
    pub lang: Lang,
    /// The programme's state: which words of a node are shown (`Node::shown`).
    pub state: StateKind,
    /// This problem page's own address; every answer is a link to it with a longer trail.
    pub page: &'a str,
    /// The start screen, for "another problem".
    pub home: &'a str,
    /// The answer given here on an earlier visit, marked "previous answer".
    pub earlier: Option<Answer>,
    /// `settings.json` lets the app count answers: the first step says so.
    pub usage_note: bool,
}

/// "According to prakerja.go.id, 6 Nov 2023; Kompas.com, 22 Feb 2021": each source with its own
/// date, newest first. `None` without a known source.
pub fn source_line(ids: &[String], l: Lang) -> Option<String> {
    let list = labels::sources_newest_first(ids);
    if list.is_empty() {
        return None;
    }
    let mut h = format!(
        r#"<p class="source">{} "#,
        escape(FlowStrings::get(l).according_to)
    );
    for (i, src) in list.iter().enumerate() {
        if i > 0 {
            h.push_str("; ");
        }
        let _ = write!(
            h,
            r#"<a href="{}" target="_blank" rel="noopener noreferrer external">{}</a>"#,
            escape(src.url),
            escape(&src.cite(l))
        );
    }
    h.push_str("</p>");
    Some(h)
}

/// Content text as HTML, each mention (`[[id]]`, `domain::flow::mention`) a link: another
/// problem to its page in this language, named by its title; an official channel to its web
/// address, by its name.
pub fn rich(text: &str, l: Lang, root: &str) -> String {
    let mut h = String::new();
    for piece in pieces(text) {
        match piece {
            Piece::Words(w) => h.push_str(&escape(w)),
            Piece::Problem(id) => match target(id, l) {
                Some(Target::Problem { title }) => {
                    let _ = write!(
                        h,
                        r#"<a href="{}" class="mention">{}</a>"#,
                        escape(&problem_href(root, id, l)),
                        escape(title)
                    );
                }
                Some(Target::Channel { name, url }) => {
                    let _ = write!(
                        h,
                        r#"<a href="{}" class="mention" target="_blank" rel="noopener noreferrer external">{}</a>"#,
                        escape(url),
                        escape(name)
                    );
                }
                None => {}
            },
        }
    }
    h
}

/// The card of a step or a question (not an outcome): progress, the problem's name (and its
/// summary on the first step), what to do, its sources, the answers as links, the way back.
pub fn step_card(w: &Walk, v: &StepView) -> String {
    let l = v.lang;
    let s = FlowStrings::get(l);
    let e = escape;
    let p = w.problem;
    let n = w.current;
    let shown = n.shown(v.state);
    let first = w.visits.is_empty();
    let earlier = |a: Answer| {
        if v.earlier == Some(a) {
            format!(r#"<span class="earlier">{}</span>"#, e(s.previous_answer))
        } else {
            String::new()
        }
    };
    let mut h = String::from(r#"<section class="card step">"#);
    if let Some(pr) = w.progress() {
        // the bar only grows: this step of at most this many
        let _ = write!(
            h,
            r#"<p class="progress"><span>{}</span><progress class="bar" value="{}" max="{}" aria-hidden="true"></progress></p>"#,
            e(&s.progress(pr)),
            pr.step,
            pr.step + pr.at_most_left
        );
    }
    let _ = write!(h, r#"<p class="problem-name">{}</p>"#, e(p.title.get(l)));
    if first {
        let _ = write!(
            h,
            r#"<p class="problem-summary">{}</p>"#,
            e(p.summary.get(l))
        );
    }
    let root = v.home.trim_end_matches('/');
    let _ = write!(
        h,
        r#"<h1 tabindex="-1" class="focus-target">{}</h1>"#,
        rich(shown.text.get(l), l, root)
    );
    if let Some(d) = shown.detail {
        let _ = write!(h, r#"<p class="detail">{}</p>"#, rich(d.get(l), l, root));
    }
    if let Some(lim) = &n.limit {
        let _ = write!(
            h,
            r#"<p class="limit"><strong>{}: </strong>{}</p>"#,
            e(s.limit),
            rich(lim.get(l), l, root)
        );
    }
    if let Some(src) = source_line(shown.sources, l) {
        h.push_str(&src);
    }
    if n.kind == NodeKind::Step {
        let _ = write!(
            h,
            r#"<h2 class="did-it-work">{}</h2><div class="answers">"#,
            e(s.did_it_work)
        );
        for (a, class, label) in [
            (Answer::Yes, "button primary answer", s.yes_worked),
            (Answer::No, "button answer", s.no_not_yet),
        ] {
            if let Some(t) = w.trail_with(a) {
                let _ = write!(
                    h,
                    r#"<a href="{}" class="{class}">{}{}</a>"#,
                    e(&step_href(v.page, &t)),
                    e(label),
                    earlier(a)
                );
            }
        }
        h.push_str("</div>");
    } else {
        let _ = write!(
            h,
            r#"<p class="hint">{}</p><ul class="choices answers">"#,
            e(s.choose_one)
        );
        for (i, o) in n.options.iter().enumerate() {
            let a = Answer::Option(i as u8);
            if let Some(t) = w.trail_with(a) {
                let _ = write!(
                    h,
                    r#"<li><a href="{}" class="choice answer"><span class="choice-title">{}</span>{}</a></li>"#,
                    e(&step_href(v.page, &t)),
                    e(o.label.get(l)),
                    earlier(a)
                );
            }
        }
        h.push_str("</ul>");
    }
    let _ = write!(h, r#"<nav class="flow-nav" aria-label="{}">"#, e(s.back));
    if let Some(b) = w.back_trail() {
        let _ = write!(
            h,
            r#"<a href="{}" class="back">{}</a>"#,
            e(&step_href(v.page, &b)),
            e(s.back)
        );
    }
    if !first {
        let _ = write!(
            h,
            r#"<a href="{}" class="restart">{}</a>"#,
            e(&step_href(v.page, "")),
            e(s.start_again)
        );
    }
    let _ = write!(
        h,
        r#"<a href="{}" class="other">{}</a></nav>"#,
        e(v.home),
        e(s.other_problem)
    );
    if first && v.usage_note {
        let _ = write!(h, r#"<p class="usage-note">{}</p>"#, e(s.usage_note));
    }
    h.push_str("</section>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;
    use crate::domain::flow::content::Problem;
    use crate::domain::flow::walk::walk;

    const FLOW: &str = r#"{"id":"otp","stage":"account",
      "title":{"id":"OTP tidak masuk","en":"OTP not received"},
      "summary":{"id":"Kode <OTP> belum datang","en":"The code has not come"},"start":"s1",
      "nodes":[
        {"id":"s1","kind":"step","text":{"id":"Tunggu 5 menit","en":"Wait 5 minutes"},
         "sources":["x"],"yes":"o-ok","no":"q"},
        {"id":"q","kind":"question","text":{"id":"Nomor apa?","en":"Which number?"},
         "sources":["x"],"options":[{"label":{"id":"Nomor lama","en":"Old number"},"next":"o-ok"}]},
        {"id":"o-ok","kind":"outcome","outcome":{"kind":"solved"},
         "text":{"id":"Selesai","en":"Done"}}]}"#;

    fn view(lang: Lang) -> StepView<'static> {
        StepView {
            lang,
            state: StateKind::Unknown,
            page: "/r/masalah/otp/",
            home: "/r/",
            earlier: None,
            usage_note: true,
        }
    }

    #[test]
    fn the_first_step_holds_the_problem_the_step_and_its_answers_as_links() {
        let p = decode::<Problem>(FLOW).expect("decodes");
        let w = walk(&p, "").expect("walks");
        let s = FlowStrings::get(Lang::Id);
        let h = step_card(&w, &view(Lang::Id));
        assert!(h.contains("OTP tidak masuk") && h.contains("Kode &lt;OTP&gt; belum datang"));
        assert!(h.contains(">Tunggu 5 menit</h1>"));
        assert!(h.contains(&format!(
            r#"<a href="/r/masalah/otp/#/y" class="button primary answer">{}"#,
            s.yes_worked
        )));
        assert!(h.contains(r#"href="/r/masalah/otp/#/n""#));
        assert!(h.contains(s.usage_note));
        assert!(
            !h.contains("class=\"restart\""),
            "nothing to start again yet"
        );
        assert!(
            !h.contains(" style="),
            "no inline style: the page's policy allows none"
        );
        let en = step_card(&w, &view(Lang::En));
        assert!(en.contains(">Wait 5 minutes</h1>") && !en.contains("Tunggu"));
    }

    #[test]
    fn a_later_question_lists_its_choices_and_marks_the_earlier_answer() {
        let p = decode::<Problem>(FLOW).expect("decodes");
        let w = walk(&p, "n").expect("walks");
        let v = StepView {
            earlier: Some(Answer::Option(0)),
            ..view(Lang::Id)
        };
        let h = step_card(&w, &v);
        let s = FlowStrings::get(Lang::Id);
        assert!(h.contains(r#"<a href="/r/masalah/otp/#/n0" class="choice answer"><span class="choice-title">Nomor lama</span><span class="earlier">"#));
        assert!(h.contains(s.previous_answer));
        assert!(h.contains(r#"<a href="/r/masalah/otp/#/" class="back">"#));
        assert!(h.contains("class=\"restart\""));
        assert!(!h.contains("problem-summary") && !h.contains(s.usage_note));
    }
}
