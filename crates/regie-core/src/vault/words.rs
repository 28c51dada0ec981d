//! The words for a dossier that does not open, a passphrase that is not taken and cards
//! that do not open the dossier.

use crate::catalogue::{RecoveryText, Text};

use super::{PassphraseProblem, RecoverError, UnlockError};

impl UnlockError {
    /// Opening the dossier on this device.
    pub fn text(&self) -> Text {
        match self {
            UnlockError::WrongPassphrase => Text::ErrWrongPassphrase,
            UnlockError::Corrupt => Text::ErrCorrupt,
            UnlockError::UnsupportedVersion(_) => Text::ErrUnsupported,
            UnlockError::TooMuchWork => Text::ErrTooMuchWork,
        }
    }

    /// Opening a backup file to restore it.
    pub fn backup_text(&self) -> Text {
        match self {
            UnlockError::WrongPassphrase => Text::ErrImportWrongPassphrase,
            UnlockError::TooMuchWork => Text::ErrImportTooMuchWork,
            UnlockError::Corrupt | UnlockError::UnsupportedVersion(_) => Text::ErrImportNotAge,
        }
    }
}

impl PassphraseProblem {
    pub fn text(self) -> Text {
        match self {
            PassphraseProblem::Empty => Text::ErrPassphraseEmpty,
            PassphraseProblem::TooShort => Text::ErrPassphraseShort,
            PassphraseProblem::Guessable(weakness) => weakness.text(),
            PassphraseProblem::Mismatch => Text::ErrPassphraseMismatch,
        }
    }
}

impl RecoverError {
    pub fn text(self) -> RecoveryText {
        match self {
            RecoverError::NoHelpers => RecoveryText::ErrRecoverNoHelpers,
            RecoverError::NotEnoughCards { .. } => RecoveryText::RecoverHave,
            RecoverError::CardsDoNotOpen => RecoveryText::ErrCardsDoNotOpen,
            RecoverError::Corrupt | RecoverError::SealFailed => RecoveryText::ErrRecoverFailed,
        }
    }
}
