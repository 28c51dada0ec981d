//! The words for a move code that cannot be used.

use crate::catalogue::{Counted, Lang, Text};

use super::CodeError;

impl CodeError {
    pub fn text(self) -> Text {
        match self {
            CodeError::Empty => Text::ErrCodeEmpty,
            CodeError::NotDigits | CodeError::WrongLength => Text::ErrCodeShape,
        }
    }
}

/// A wrong move code: how many tries are left, or that the move is void.
pub fn code_tries_left_words(tries_left: u32, lang: Lang) -> String {
    match tries_left {
        0 => Text::ErrMoveVoid.get(lang).to_owned(),
        n => Counted::CodeTriesLeft.count(lang, u64::from(n)),
    }
}
