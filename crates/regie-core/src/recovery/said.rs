//! What the app says when a card is not taken in or the cards do not open the dossier: one
//! catalogue sentence each, with the values it fills in.

use super::{CardProblem, GatherProblem, CARD_WORDS};
use crate::catalogue::RecoveryText;

impl CardProblem {
    /// The sentence and its values (a word's place and the word as typed, or a count).
    pub fn said(&self) -> (RecoveryText, Vec<String>) {
        match self {
            CardProblem::Empty => (RecoveryText::ErrCardEmpty, vec![]),
            CardProblem::UnknownWord { position, word } => (
                RecoveryText::ErrCardUnknownWord,
                vec![position.to_string(), word.clone()],
            ),
            CardProblem::WrongCount { found } => {
                debug_assert_ne!(*found, CARD_WORDS);
                (RecoveryText::ErrCardWrongCount, vec![found.to_string()])
            }
            CardProblem::Mistyped => (RecoveryText::ErrCardMistyped, vec![]),
            CardProblem::NewerFormat => (RecoveryText::ErrCardNewer, vec![]),
        }
    }
}

impl GatherProblem {
    pub fn text(self) -> RecoveryText {
        match self {
            GatherProblem::NotThisDossier => RecoveryText::ErrCardNotThis,
            GatherProblem::AlreadyIn => RecoveryText::ErrCardAlreadyIn,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Lang;
    use crate::recovery::Card;
    use crate::vault::RecoverError;

    #[test]
    fn every_recovery_text_is_filled_in_with_the_same_values_in_both_languages() {
        for text in RecoveryText::ALL {
            let (nl, en) = (text.get(Lang::Nl), text.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{text:?}");
            assert_eq!(
                nl.matches("{}").count(),
                en.matches("{}").count(),
                "{text:?}"
            );
            assert_ne!(nl, en, "{text:?}");
        }
    }

    #[test]
    fn each_refusal_has_its_own_sentence_with_its_values() {
        let (text, values) = Card::read("appel peer").unwrap_err().said();
        assert!(matches!(
            text,
            RecoveryText::ErrCardUnknownWord | RecoveryText::ErrCardWrongCount
        ));
        let filled = text.fill(
            Lang::Nl,
            &values.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        assert!(!filled.contains("{}"), "{filled}");
        let all = [
            CardProblem::Empty.said().0,
            CardProblem::Mistyped.said().0,
            CardProblem::NewerFormat.said().0,
            CardProblem::WrongCount { found: 3 }.said().0,
            GatherProblem::NotThisDossier.text(),
            GatherProblem::AlreadyIn.text(),
            RecoverError::CardsDoNotOpen.text(),
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
