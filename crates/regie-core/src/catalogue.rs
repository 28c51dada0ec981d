//! Every text the app shows, in Dutch (B1 plain language) first and English second.
//!
//! One table, checked by the compiler: a key without both languages does not build. Texts
//! with a value to fill in use `{}` for each value, in order (see [`Text::fill`]).

use std::str::FromStr;

/// The languages Regie speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Picks a language from the browser's list of preferred languages (BCP 47 tags, most
    /// preferred first). Dutch unless English comes before any Dutch.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            match tag.parse::<Lang>() {
                Ok(lang) => return lang,
                Err(()) => continue,
            }
        }
        Lang::Nl
    }
}

impl FromStr for Lang {
    type Err = ();

    /// Reads "nl", "nl-BE", "en-GB" and the like; other languages are not ours.
    fn from_str(tag: &str) -> Result<Lang, ()> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(()),
        }
    }
}

macro_rules! catalogue {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        /// A text of the app, in any language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Text::$key, Lang::Nl) => $nl, (Text::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

impl Text {
    /// The text with each `{}` replaced by the next value.
    pub fn fill(self, lang: Lang, values: &[&str]) -> String {
        let mut out = String::new();
        let mut values = values.iter();
        let mut parts = self.get(lang).split("{}");
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        for part in parts {
            out.push_str(values.next().copied().unwrap_or(""));
            out.push_str(part);
        }
        out
    }
}

catalogue! {
    AppName => "Regie", "Regie";
    Tagline => "Jouw dossier. Jij houdt de regie.", "Your file. You are in charge.";
    SwitchLanguage => "English", "Nederlands";
    SwitchLanguageLabel => "Switch to English", "Schakel naar Nederlands";
    Loading => "Regie wordt geladen…", "Regie is loading…";

    // First run
    FirstRunTitle => "Maak je dossier", "Create your file";
    FirstRunIntro =>
        "Je dossier blijft op deze telefoon. Het wordt versleuteld met een wachtzin die alleen jij kent. Niemand anders kan het lezen, ook wij niet.",
        "Your file stays on this phone. It is encrypted with a passphrase that only you know. Nobody else can read it, not even us.";
    NewPassphrase => "Kies een wachtzin", "Choose a passphrase";
    ConfirmPassphrase => "Typ de wachtzin nog een keer", "Type the passphrase again";
    PassphraseRule =>
        "Gebruik minstens 10 tekens. Een paar gewone woorden achter elkaar is makkelijk te onthouden en moeilijk te raden. Bijvoorbeeld: fiets regen koffie tuin.",
        "Use at least 10 characters. A few ordinary words in a row are easy to remember and hard to guess. For example: bicycle rain coffee garden.";
    ForgetWarningTitle => "Let op", "Please note";
    ForgetWarning =>
        "Als je de wachtzin vergeet, kan niemand je dossier nog openen. Ook wij niet. Schrijf de wachtzin op en bewaar hem op een veilige plek.",
        "If you forget the passphrase, nobody can open your file any more. Not even us. Write the passphrase down and keep it in a safe place.";
    CreateDossier => "Dossier maken", "Create file";
    Creating => "Je dossier wordt beveiligd…", "Securing your file…";
    ShowPassphrase => "Wachtzin laten zien", "Show passphrase";

    // Unlock
    UnlockTitle => "Dossier openen", "Open your file";
    UnlockIntro => "Typ je wachtzin om je dossier te openen.", "Type your passphrase to open your file.";
    Passphrase => "Wachtzin", "Passphrase";
    Unlock => "Openen", "Open";
    Unlocking => "Je dossier wordt geopend…", "Opening your file…";
    Lock => "Vergrendelen", "Lock";
    LockedIdle =>
        "Je dossier is vergrendeld, omdat je een tijdje niets hebt gedaan.",
        "Your file was locked because you did nothing for a while.";
    IdleWarning =>
        "Je dossier wordt zo vergrendeld, omdat je een tijdje niets hebt gedaan.",
        "Your file will be locked soon because you did nothing for a while.";
    StayUnlocked => "Ik ben er nog", "I am still here";

    // Errors: a plain sentence, and what happened to the data.
    ErrPassphraseEmpty => "Vul een wachtzin in.", "Please enter a passphrase.";
    ErrPassphraseShort =>
        "Deze wachtzin is te kort. Gebruik minstens 10 tekens.",
        "This passphrase is too short. Use at least 10 characters.";
    ErrPassphraseMismatch =>
        "De twee wachtzinnen zijn niet hetzelfde. Typ ze allebei nog een keer.",
        "The two passphrases are not the same. Please type both again.";
    ErrWrongPassphrase =>
        "Deze wachtzin klopt niet. Probeer het nog een keer. Let op hoofdletters en spaties.",
        "This passphrase is not right. Please try again. Mind capital letters and spaces.";
    ErrCorrupt =>
        "Het opgeslagen dossier is beschadigd en kan niet worden geopend. Er is niets gewist.",
        "The stored file is damaged and cannot be opened. Nothing has been deleted.";
    ErrUnsupported =>
        "Dit dossier is gemaakt met een nieuwere versie van Regie. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is niets gewist.",
        "This file was made with a newer version of Regie. Reload the page to get the newest version. Nothing has been deleted.";
    ErrTooMuchWork =>
        "Dit dossier vraagt te veel rekenwerk om te openen op dit apparaat. Er is niets gewist.",
        "This file asks for too much computing to open on this device. Nothing has been deleted.";
    ErrQuota =>
        "Opslaan is niet gelukt: de opslag van deze browser is vol. Je wijzigingen staan nog op het scherm. Maak ruimte vrij en probeer het opnieuw.",
        "Saving failed: this browser's storage is full. Your changes are still on the screen. Free up space and try again.";
    ErrNoStorage =>
        "Deze browser laat Regie niets bewaren, bijvoorbeeld in een privévenster. Open Regie in een gewoon venster.",
        "This browser does not let Regie keep anything, for example in a private window. Open Regie in a normal window.";
    ErrSaveFailed =>
        "Opslaan is niet gelukt. Je wijzigingen staan nog op het scherm. Probeer het opnieuw.",
        "Saving failed. Your changes are still on the screen. Please try again.";
    ErrInvalidDate =>
        "Deze datum klopt niet. Kies een bestaande datum.",
        "This date is not valid. Please choose a date that exists.";
    TryAgain => "Opnieuw proberen", "Try again";

    // Saving
    Saved => "Opgeslagen", "Saved";
    Saving => "Opslaan…", "Saving…";
    NotSaved => "Niet opgeslagen", "Not saved";
    SavedAutomatically =>
        "Wat je typt, wordt vanzelf opgeslagen.",
        "What you type is saved automatically.";

    // Navigation and sections
    Home => "Start", "Home";
    Menu => "Menu", "Menu";
    SectionAbout => "Over mij", "About me";
    SectionStory => "Mijn verhaal", "My story";
    Settings => "Instellingen", "Settings";
    HomeWelcome => "Welkom, {}", "Welcome, {}";
    HomeWelcomeNoName => "Welkom", "Welcome";
    HomeIntro =>
        "Hier houd je je eigen dossier bij. Begin met ‘Over mij’ en ‘Mijn verhaal’.",
        "Here you keep your own file. Start with ‘About me’ and ‘My story’.";
    HomeAboutHint => "Wie je bent en hoe je benaderd wilt worden.", "Who you are and how you like to be approached.";
    HomeStoryHint => "Je verhaal in je eigen woorden.", "Your story in your own words.";

    // Over mij
    AboutIntro =>
        "Wat hulpverleners over jou moeten weten. Vul in wat je wilt; niets is verplicht.",
        "What helpers need to know about you. Fill in what you like; nothing is required.";
    FieldName => "Naam", "Name";
    FieldDateOfBirth => "Geboortedatum", "Date of birth";
    FieldPhone => "Telefoonnummer", "Phone number";
    FieldEmail => "E-mailadres", "Email address";
    FieldAddress => "Adres", "Address";
    FieldLanguages => "Talen die ik spreek", "Languages I speak";
    FieldApproach => "Zo wil ik benaderd worden", "How I like to be approached";
    FieldWhatMatters => "Dit is belangrijk voor mij", "What matters to me";

    // Mijn verhaal
    StoryIntro =>
        "Schrijf je verhaal één keer op, in je eigen woorden. Dan hoef je het niet steeds opnieuw te vertellen.",
        "Write your story once, in your own words. Then you do not have to tell it again and again.";
    StoryLabel => "Mijn verhaal", "My story";

    // Settings
    AutoLockLabel => "Automatisch vergrendelen na (minuten)", "Lock automatically after (minutes)";
    AutoLockHint =>
        "Als je zo lang niets doet, gaat je dossier op slot.",
        "If you do nothing for this long, your file locks itself.";
    StorageTitle => "Opslag op dit apparaat", "Storage on this device";
    StoragePersistent =>
        "Deze browser bewaart je dossier blijvend.",
        "This browser keeps your file permanently.";
    StorageNotPersistent =>
        "Deze browser kan je dossier wissen als er weinig ruimte is of als je Regie lang niet gebruikt. Maak daarom regelmatig een back-up.",
        "This browser may delete your file when space runs low or when you do not use Regie for a long time. So make a backup regularly.";
    StorageUnknown =>
        "Het is niet bekend of deze browser je dossier blijvend bewaart. Maak regelmatig een back-up.",
        "It is not known whether this browser keeps your file permanently. Make a backup regularly.";
    PromisesTitle => "Wat Regie wel en niet belooft", "What Regie does and does not promise";
    PromisesText =>
        "Je dossier staat alleen versleuteld op dit apparaat. Regie kan niet voorkomen dat iemand die je telefoon ontgrendeld in handen heeft, meekijkt. Een browser kan opgeslagen gegevens wissen: alleen een back-up beschermt daartegen.",
        "Your file is stored only in encrypted form on this device. Regie cannot stop someone who holds your unlocked phone from looking. A browser can delete stored data: only a backup protects against that.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_text_is_filled_in_both_languages() {
        for text in Text::ALL {
            for lang in Lang::ALL {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "{text:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for text in Text::ALL {
            let count = |lang| text.get(lang).matches("{}").count();
            assert_eq!(count(Lang::Nl), count(Lang::En), "{text:?}");
        }
    }

    #[test]
    fn dutch_and_english_differ_where_they_should() {
        // A copy-paste slip leaves English in the Dutch column; names and brands may match.
        let same: HashSet<_> = [Text::AppName, Text::Menu].into_iter().collect();
        for text in Text::ALL {
            if !same.contains(text) {
                assert_ne!(text.get(Lang::Nl), text.get(Lang::En), "{text:?}");
            }
        }
    }

    #[test]
    fn fill_puts_values_in_order() {
        assert_eq!(
            Text::HomeWelcome.fill(Lang::Nl, &["Samira"]),
            "Welkom, Samira"
        );
        assert_eq!(Text::HomeWelcome.fill(Lang::En, &[]), "Welcome, ");
    }

    #[test]
    fn language_comes_from_the_browser_preferences() {
        assert_eq!(Lang::from_preferences(["nl-NL", "en"]), Lang::Nl);
        assert_eq!(Lang::from_preferences(["en-GB", "nl"]), Lang::En);
        assert_eq!(Lang::from_preferences(["de-DE", "en-US"]), Lang::En);
        assert_eq!(Lang::from_preferences(["fr", "de"]), Lang::Nl);
        assert_eq!(Lang::from_preferences([]), Lang::Nl);
        assert_eq!(Lang::from_preferences(["NL_be"]), Lang::Nl);
    }
}
