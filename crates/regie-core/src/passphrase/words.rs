//! The words for a passphrase that is easy to guess.

use crate::catalogue::FirstText;

use super::Weakness;

impl Weakness {
    pub fn text(self) -> FirstText {
        match self {
            Weakness::Common => FirstText::ErrPassphraseCommon,
            Weakness::Pattern => FirstText::ErrPassphrasePattern,
            Weakness::AppName => FirstText::ErrPassphraseAppName,
            Weakness::WordAndDigits => FirstText::ErrPassphraseWordDigits,
            Weakness::OnlyDigits => FirstText::ErrPassphraseDigits,
        }
    }
}
