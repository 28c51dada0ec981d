//! The words for a passphrase that is easy to guess.

use crate::catalogue::Text;

use super::Weakness;

impl Weakness {
    pub fn text(self) -> Text {
        match self {
            Weakness::Common => Text::ErrPassphraseCommon,
            Weakness::Pattern => Text::ErrPassphrasePattern,
            Weakness::AppName => Text::ErrPassphraseAppName,
            Weakness::WordAndDigits => Text::ErrPassphraseWordDigits,
            Weakness::OnlyDigits => Text::ErrPassphraseDigits,
        }
    }
}
