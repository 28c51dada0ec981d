//! The start screen's first sentence: what to fill in next, following what is already there.
//! A new dossier is told to begin with "Over mij" and "Mijn verhaal"; once one of them is
//! written the sentence names the other; once both are, it points on to the life domains and
//! the goals; a dossier with all four says only what the app is for.

use crate::catalogue::Text;
use crate::model::{Dossier, SectionKey};

/// The sections the start screen suggests, in the order it suggests them.
const STEPS: [SectionKey; 4] = [
    SectionKey::About,
    SectionKey::Story,
    SectionKey::Domains,
    SectionKey::Goals,
];

/// The start screen's hint for `dossier` as it is now.
pub fn home_hint(dossier: &Dossier) -> Text {
    let empty = |key: SectionKey| dossier.is_section_empty(key);
    match (empty(SectionKey::About), empty(SectionKey::Story)) {
        (true, true) => return Text::HomeIntro,
        (false, true) => return Text::HomeNextStory,
        (true, false) => return Text::HomeNextAbout,
        (false, false) => {}
    }
    match STEPS.into_iter().find(|key| empty(*key)) {
        Some(SectionKey::Domains) => Text::HomeNextDomains,
        Some(SectionKey::Goals) => Text::HomeNextGoals,
        _ => Text::HomeIntroDone,
    }
}

/// The section the hint points to, if it points to one; the start screen offers a button
/// there.
pub fn home_hint_section(dossier: &Dossier) -> Option<SectionKey> {
    match home_hint(dossier) {
        Text::HomeNextStory => Some(SectionKey::Story),
        Text::HomeNextAbout => Some(SectionKey::About),
        Text::HomeNextDomains => Some(SectionKey::Domains),
        Text::HomeNextGoals => Some(SectionKey::Goals),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;
    use crate::model::{DomainScore, Goal};

    fn about(d: &mut Dossier) {
        d.about.name = "Sanne".into();
    }
    fn story(d: &mut Dossier) {
        d.story.text = "Ik woon sinds kort in Utrecht.".into();
    }

    #[test]
    fn a_new_dossier_begins_with_about_me_and_my_story() {
        let d = Dossier::new();
        assert_eq!(home_hint(&d), Text::HomeIntro);
        assert!(Text::HomeIntro
            .get(Lang::Nl)
            .contains("Begin met ‘Over mij’"));
        assert_eq!(home_hint_section(&d), None);
    }

    #[test]
    fn once_one_is_written_the_hint_names_the_other() {
        let mut d = Dossier::new();
        about(&mut d);
        assert_eq!(home_hint(&d), Text::HomeNextStory);
        assert_eq!(home_hint_section(&d), Some(SectionKey::Story));
        let mut d = Dossier::new();
        story(&mut d);
        assert_eq!(home_hint(&d), Text::HomeNextAbout);
        assert_eq!(home_hint_section(&d), Some(SectionKey::About));
        // A story of only spaces is not written yet.
        let mut d = Dossier::new();
        about(&mut d);
        d.story.text = "   ".into();
        assert_eq!(home_hint(&d), Text::HomeNextStory);
    }

    #[test]
    fn after_both_it_points_on_and_never_back_to_the_start() {
        let mut d = Dossier::new();
        about(&mut d);
        story(&mut d);
        assert_eq!(home_hint(&d), Text::HomeNextDomains);
        d.domains
            .scores
            .push(serde_json::from_str::<DomainScore>(SCORE).unwrap());
        assert_eq!(home_hint(&d), Text::HomeNextGoals);
        d.goals
            .goals
            .push(serde_json::from_str::<Goal>(GOAL).unwrap());
        assert_eq!(home_hint(&d), Text::HomeIntroDone);
        assert_eq!(home_hint_section(&d), None);
        // Goals without scores: the domains are still suggested.
        d.domains.scores.clear();
        assert_eq!(home_hint(&d), Text::HomeNextDomains);
    }

    #[test]
    fn no_hint_after_both_says_to_begin_with_them() {
        let mut d = Dossier::new();
        about(&mut d);
        story(&mut d);
        for lang in [Lang::Nl, Lang::En] {
            for text in [
                Text::HomeNextDomains,
                Text::HomeNextGoals,
                Text::HomeIntroDone,
            ] {
                let words = text.get(lang);
                assert!(!words.contains("Begin met"), "{words}");
                assert!(!words.contains("Start with"), "{words}");
            }
        }
    }

    const SCORE: &str = r#"{"id":"s1","domain":"finances","score":3,"date":"2026-01-05"}"#;
    const GOAL: &str = r#"{"id":"g1","title":"Mijn schulden op een rij"}"#;
}
