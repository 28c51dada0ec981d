//! The words for a dossier that does not open, a passphrase that is not taken and cards
//! that do not open the dossier.

use crate::catalogue::{FirstText, RecoveryText};

use super::{PassphraseProblem, RecoverError, UnlockError};

impl UnlockError {
    /// Opening the dossier on this device.
    pub fn text(&self) -> FirstText {
        match self {
            UnlockError::WrongPassphrase => FirstText::ErrWrongPassphrase,
            UnlockError::Corrupt => FirstText::ErrCorrupt,
            UnlockError::UnsupportedVersion(_) => FirstText::ErrUnsupported,
            UnlockError::TooMuchWork => FirstText::ErrTooMuchWork,
        }
    }

    /// Opening a backup file to restore it.
    pub fn backup_text(&self) -> FirstText {
        match self {
            UnlockError::WrongPassphrase => FirstText::ErrImportWrongPassphrase,
            UnlockError::TooMuchWork => FirstText::ErrImportTooMuchWork,
            UnlockError::Corrupt | UnlockError::UnsupportedVersion(_) => FirstText::ErrImportNotAge,
        }
    }
}

impl PassphraseProblem {
    pub fn text(self) -> FirstText {
        match self {
            PassphraseProblem::Empty => FirstText::ErrPassphraseEmpty,
            PassphraseProblem::TooShort => FirstText::ErrPassphraseShort,
            PassphraseProblem::Guessable(weakness) => weakness.text(),
            PassphraseProblem::Mismatch => FirstText::ErrPassphraseMismatch,
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
