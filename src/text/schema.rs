//! The shape of the interface string tables; the values are in `id/` and `en/`, one file
//! per language. Content (problems, channels) carries its own two languages.

#[cfg(test)]
use crate::domain::common::language::Lang;
use crate::domain::flow::content::{OutcomeKind, Stage};

string_table! {
/// The interface strings every page needs (frame, start screen) in one language. The flow
/// bundle's own strings are in [`FlowStrings`], so that the start screen does not carry them.
#[derive(Debug)]
pub struct Strings {
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    /// Label of the button that switches to the *other* language, written in that language.
    pub other_language: &'static str,
    pub other_language_aria: &'static str,
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub suggestions_title: &'static str,
    pub no_match: &'static str,
    /// The answer to a greeting or a test ("halo min"): say what went wrong.
    pub greeting_reply: &'static str,
    /// Link to the services people confuse with Prakerja, each with its own agency.
    pub other_services_link: &'static str,
    pub browse_title: &'static str,
    pub messages_link: &'static str,
    pub resume: &'static str,
    pub stage_names: [&'static str; 6],
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub home: &'static str,
    pub safety_note: &'static str,
    pub footer: &'static str,
    pub settings_error_title: &'static str,
    pub settings_error_body: &'static str,
    pub manage_booking: &'static str,
}
}

string_table! {
/// The strings of the flow bundle's screens (steps, outcomes, browsing), in one language.
/// Derefs to the shared [`Strings`] of the same language.
#[derive(Debug)]
pub struct FlowStrings {
    pub base: &'static Strings,
    pub messages_title: &'static str,
    /// Under a problem page's first step when scripts are off: the next steps need them.
    pub noscript_next_steps: &'static str,
    pub messages_intro: &'static str,
    pub other_services_title: &'static str,
    pub other_services_intro: &'static str,
    /// Before the agency that runs a service.
    pub run_by: &'static str,
    /// On the start screen, for text about another service: "Ini urusan {agency}, bukan Prakerja."
    pub not_ours: &'static str,
    pub stage_intro: &'static str,
    pub progress_step: &'static str,
    /// "paling banyak {n} langkah lagi": the most steps that can follow this one.
    pub progress_left: [&'static str; 2],
    /// This is the last step or question before the result.
    pub progress_last: &'static str,
    pub did_it_work: &'static str,
    pub yes_worked: &'static str,
    pub no_not_yet: &'static str,
    pub choose_one: &'static str,
    pub back: &'static str,
    pub your_answers: &'static str,
    pub change: &'static str,
    pub start_again: &'static str,
    pub other_problem: &'static str,
    /// Before the sources and their dates: "Menurut prakerja.go.id, 6 Nov 2023".
    pub according_to: &'static str,
    /// On a flow's first screen: the anonymous usage count, in plain words.
    pub usage_note: &'static str,
    pub limit: &'static str,
    pub previous_answer: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub outcome_titles: [&'static str; 4],
    pub what_helped: &'static str,
    pub helped_thanks: &'static str,
    pub channel_how: &'static str,
    pub channel_subject: &'static str,
    pub channel_attach: &'static str,
    pub channel_hours: &'static str,
    pub in_person_intro: &'static str,
    /// Heading of the list of what to bring to a help point.
    pub bring_title: &'static str,
    pub case_summary_title: &'static str,
    pub steps_tried: &'static str,
    pub not_worked: &'static str,
    pub worked: &'static str,
    pub book_button: &'static str,
    pub call_centre_alt: &'static str,
}
}

impl std::ops::Deref for FlowStrings {
    type Target = Strings;
    fn deref(&self) -> &Strings {
        self.base
    }
}

impl Strings {
    pub fn stage(&self, s: Stage) -> &'static str {
        self.stage_names[Stage::ALL.iter().position(|x| *x == s).unwrap_or(5)]
    }
}

impl FlowStrings {
    pub fn outcome_title(&self, k: OutcomeKind) -> &'static str {
        self.outcome_titles[match k {
            OutcomeKind::Solved => 0,
            OutcomeKind::Info => 1,
            OutcomeKind::Channel => 2,
            OutcomeKind::InPerson => 3,
        }]
    }

    /// "Langkah 2 · paling banyak 3 langkah lagi", "Langkah 4 · langkah terakhir"
    pub fn progress(&self, p: crate::domain::flow::walk::Progress) -> String {
        let left = match p.at_most_left {
            0 => self.progress_last.to_owned(),
            n => format!("{} {n} {}", self.progress_left[0], self.progress_left[1]),
        };
        format!("{} {} · {left}", self.progress_step, p.step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_every_string_and_differ() {
        let all = |l| {
            let mut v = Strings::get(l).all();
            v.extend(FlowStrings::get(l).all());
            v
        };
        let same = crate::text::identical_in_both(&all(Lang::Id), &all(Lang::En));
        assert!(same.len() <= 2, "identical in both languages: {same:?}");
    }

    #[test]
    fn the_call_centre_line_leaves_its_name_to_the_label_after_it() {
        // "Call center: Call center Disnakertrans …" said it twice
        for l in [Lang::Id, Lang::En] {
            let line = FlowStrings::get(l).call_centre_alt.to_lowercase();
            assert!(!line.contains("call cent"), "{line}");
            assert!(line.ends_with(':'), "{line}");
        }
    }

    #[test]
    fn progress_reads_naturally() {
        use crate::domain::flow::walk::Progress;
        let p = |step, at_most_left| Progress { step, at_most_left };
        let (id, en) = (FlowStrings::get(Lang::Id), FlowStrings::get(Lang::En));
        assert_eq!(
            id.progress(p(2, 3)),
            "Langkah 2 · paling banyak 3 langkah lagi"
        );
        assert_eq!(en.progress(p(2, 3)), "Step 2 · at most 3 more");
        assert_eq!(id.progress(p(4, 0)), "Langkah 4 · langkah terakhir");
        assert_eq!(en.progress(p(4, 0)), "Step 4 · the last one");
    }
}
