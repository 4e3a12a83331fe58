//! What a node says in the programme's current state: its variant for that state, or its own
//! words when it has none. Only words and sources change; where an answer leads (`walk`) is the
//! same in every state.

use crate::domain::common::language::Text;
use crate::domain::common::programme::StateKind;
use crate::domain::flow::content::{Node, Variant};

/// The words and sources of a node as shown in one state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a Text,
    pub detail: Option<&'a Text>,
    pub sources: &'a [String],
}

impl Node {
    /// The node's variant for `state`, if it has one.
    pub fn variant(&self, state: StateKind) -> Option<&Variant> {
        self.variants.iter().find(|v| v.state == state)
    }

    /// What the citizen reads at this node while the programme is in `state`: a variant
    /// replaces the text and the detail together (so no sentence of the other state is left
    /// over), and the sources when it names its own.
    pub fn shown(&self, state: StateKind) -> Shown<'_> {
        match self.variant(state) {
            Some(v) => Shown {
                text: &v.text,
                detail: v.detail.as_ref(),
                sources: if v.sources.is_empty() {
                    &self.sources
                } else {
                    &v.sources
                },
            },
            None => Shown {
                text: &self.text,
                detail: self.detail.as_ref(),
                sources: &self.sources,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::common::json::decode;
    use crate::domain::common::language::Lang;
    use crate::domain::flow::content::Problem;

    /// A flow whose end says "wait for the next wave", with words for a closed programme.
    const FLOW: &str = r#"{"id":"join-wave-problem","stage":"wave",
      "title":{"id":"Gabung gelombang","en":"Joining a wave"},
      "summary":{"id":"s","en":"s"},"start":"q",
      "nodes":[
        {"id":"q","kind":"question","text":{"id":"Ada gelombang dibuka?","en":"Is a wave open?"},
         "sources":["a"],"options":[{"label":{"id":"Tidak","en":"No"},"next":"o-no-wave"}]},
        {"id":"o-no-wave","kind":"outcome","outcome":{"kind":"info"},
         "text":{"id":"Tunggu pengumuman gelombang berikutnya","en":"Wait for the next wave to be announced"},
         "detail":{"id":"Pantau Instagram resmi.","en":"Follow the official Instagram."},
         "sources":["old-2020"],
         "variants":[
           {"state":"closed",
            "text":{"id":"Belum ada gelombang sejak Agustus 2024","en":"No wave has opened since August 2024"},
            "sources":["tribun-2025-11"]},
           {"state":"unknown",
            "text":{"id":"Belum pasti kapan gelombang dibuka","en":"It is not certain when a wave opens"},
            "detail":{"id":"Cek www.prakerja.go.id.","en":"Check www.prakerja.go.id."}}
         ]}]}"#;

    fn end() -> Node {
        let p = decode::<Problem>(FLOW).expect("the flow decodes");
        p.node("o-no-wave").unwrap().clone()
    }

    #[test]
    fn a_closed_programme_shows_the_closed_words_and_their_own_source() {
        let n = end();
        let s = n.shown(StateKind::Closed);
        assert_eq!(
            s.text.get(Lang::Id),
            "Belum ada gelombang sejak Agustus 2024"
        );
        assert_eq!(s.text.get(Lang::En), "No wave has opened since August 2024");
        assert_eq!(s.detail, None, "the open-state advice is not left under it");
        assert_eq!(s.sources, ["tribun-2025-11".to_string()]);
    }

    #[test]
    fn a_variant_without_sources_keeps_the_nodes_own() {
        let n = end();
        let s = n.shown(StateKind::Unknown);
        assert_eq!(s.text.get(Lang::En), "It is not certain when a wave opens");
        assert_eq!(s.detail.unwrap().get(Lang::Id), "Cek www.prakerja.go.id.");
        assert_eq!(s.sources, ["old-2020".to_string()]);
    }

    #[test]
    fn a_state_without_a_variant_shows_the_nodes_own_words() {
        let n = end();
        let s = n.shown(StateKind::Open);
        assert_eq!(
            s.text.get(Lang::Id),
            "Tunggu pengumuman gelombang berikutnya"
        );
        assert_eq!(
            s.detail.unwrap().get(Lang::En),
            "Follow the official Instagram."
        );
        assert_eq!(s.sources, ["old-2020".to_string()]);
        let q = decode::<Problem>(FLOW).unwrap().node("q").unwrap().clone();
        for state in StateKind::ALL {
            assert_eq!(q.shown(state).text.get(Lang::En), "Is a wave open?");
        }
    }

    #[test]
    fn variants_are_read_and_written_the_same_by_both_readers() {
        let ours = decode::<Problem>(FLOW).unwrap();
        let by_serde: Problem = serde_json::from_str(FLOW).unwrap();
        assert_eq!(ours, by_serde);
        let again: Problem =
            serde_json::from_str(&serde_json::to_string(&by_serde).unwrap()).unwrap();
        assert_eq!(again, ours);
        assert_eq!(ours.node("o-no-wave").unwrap().variants.len(), 2);
        let bad = FLOW.replace("\"state\":\"closed\"", "\"state\":\"paused\"");
        assert_eq!(decode::<Problem>(&bad), None, "an unknown state is refused");
        assert!(serde_json::from_str::<Problem>(&bad).is_err());
    }
}
