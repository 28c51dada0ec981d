//! The texts of the client's first screen (first run, unlock, restoring a backup, the
//! accessibility statement, an update), and of the errors that reach it from the rest of the
//! app: a part of [`Text`], key by key.
//!
//! Each is a key of `Text`, with the same Dutch and the same translations (looked up in
//! `Text`'s table of a language file, by the key's place there), so no language file knows
//! this table. It is a table of its own in the program so that the first screen, which shows
//! about a hundred texts, does not carry the other four hundred and fifty: the app's first
//! part only ever calls [`FirstText::get`], never `Text::get` (`tests/e2e/parts.test.mjs`
//! checks that no later screen's text is in it).

use super::{fill_in, loaded, Lang, Text, Words};

macro_rules! first_texts {
    ($($key:ident,)*) => {
        /// A text of the first screen; see the module's comment.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum FirstText { $($key),* }

        impl FirstText {
            pub const ALL: &'static [FirstText] = &[$(FirstText::$key),*];
            /// Each key's place in `Text`.
            const IN_TEXT: &'static [Text] = &[$(Text::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                // The same string constants as `Text`'s Dutch, not copies of them.
                static NL: &[&str] = &[$(Text::NL[Text::$key as usize]),*];
                let at = Self::IN_TEXT[self as usize] as usize;
                loaded::text(lang, "Text", Text::FINGERPRINT, at).unwrap_or(NL[self as usize])
            }
        }
    };
}

first_texts! {
    AppName, Language, LanguageFailed, Loading, TryAgain, Back, ReadAloud,
    // First run
    FirstRunTitle, FirstRunIntro, NewPassphrase, ConfirmPassphrase, PassphraseRule,
    ForgetWarningTitle, ForgetWarning, CreateDossier, Creating, ShowPassphrase,
    // Unlock, and "Wachtzin vergeten?"
    UnlockTitle, UnlockIntro, Passphrase, Unlock, Unlocking,
    ForgotTitle, ForgotNobody, ForgotTryAgain, ForgotBackup, ForgotNoBackup,
    ForgotRestoreStart, ForgotRestoreReplaces, RecoverOffer, RecoverStart,
    // Restoring a backup
    FirstRunRestoreTitle, RestoreWithCards, ImportTitle, ImportIntro, ImportFileLabel,
    ImportPassphraseLabel, ImportButton, Importing,
    // An update
    UpdateReady, UpdateNow, UpdateWorking, ErrUpdateNotSaved,
    // The accessibility statement
    A11yLink, A11yTitle, A11yIntro, A11yMeetTitle, A11yMeetText, A11yMeetKeyboard,
    A11yMeetNames, A11yMeetZoom, A11yMeetTime, A11yMeetLanguage, A11yHowTitle, A11yHowText,
    A11yLimitsTitle, A11yLimitQr, A11yLimitTesting, A11yLimitNew, A11yReportTitle,
    A11yReportText, A11yDate,
    // What creating, opening and restoring can answer
    ErrAppLoad, ErrPassphraseEmpty, ErrPassphraseShort, ErrPassphraseMismatch,
    ErrPassphraseCommon, ErrPassphrasePattern, ErrPassphraseAppName, ErrPassphraseWordDigits,
    ErrPassphraseDigits, ErrWrongPassphrase, ErrCorrupt, ErrUnsupported, ErrTooMuchWork,
    ErrQuota, ErrNoStorage, ErrSaveFailed, ErrImportNoFile, ErrImportNotAge,
    ErrImportWrongPassphrase, ErrImportNotDossier, ErrImportNewer, ErrImportDamaged,
    ErrImportTooMuchWork, ErrImportStore, ErrImportDocuments, ErrImportTooLarge,
    ErrImportIsCopy,
}

impl FirstText {
    /// The text with each `{}` replaced by the next value.
    pub fn fill(self, lang: Lang, values: &[&str]) -> String {
        fill_in(self.get(lang), values)
    }

    /// The first screen's key for a text of `Text`, if it has one.
    pub fn of(text: Text) -> Option<FirstText> {
        let at = FirstText::IN_TEXT.iter().position(|&t| t == text)?;
        FirstText::ALL.get(at).copied()
    }
}

impl From<FirstText> for Text {
    fn from(text: FirstText) -> Text {
        FirstText::IN_TEXT[text as usize]
    }
}

impl Words for FirstText {
    fn get(self, lang: Lang) -> &'static str {
        FirstText::get(self, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_is_the_same_text_in_every_language() {
        for &first in FirstText::ALL {
            let text = Text::from(first);
            assert_eq!(FirstText::of(text), Some(first));
            for lang in Lang::ALL {
                assert_eq!(first.get(lang), text.get(lang), "{first:?} in {lang:?}");
            }
        }
        // Translated, not the Dutch for every language.
        assert_eq!(FirstText::UnlockTitle.get(Lang::En), "Open your file");
    }

    #[test]
    fn a_later_screens_text_is_not_a_first_screen_text() {
        assert_eq!(FirstText::of(Text::Lock), None);
    }
}
