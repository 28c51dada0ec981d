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
    HomeSharesHint =>
        "Laat een hulpverlener iets lezen, voor korte tijd.",
        "Let a professional read something, for a short time.";

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

    // -- sharing (client side) --
    SectionShares => "Delen", "Sharing";
    SharesIntro =>
        "Laat een hulpverlener een deel van je dossier lezen, voor korte tijd. Jij kiest wat, met wie en hoe lang. Je ziet wanneer het is geopend en je kunt het altijd stoppen.",
        "Let a professional read part of your file, for a short time. You choose what, with whom and for how long. You see when it was opened and you can stop it at any time.";
    ShareNew => "Nieuw delen", "Share something new";
    ShareWhat => "Wat wil je laten zien?", "What do you want to show?";
    ShareEmptySection => "(nog leeg)", "(still empty)";
    ShareRecipient => "Met wie deel je dit?", "Who are you sharing this with?";
    ShareRecipientHint => "Bijvoorbeeld: Anna, wijkteam", "For example: Anna, neighbourhood team";
    ShareDurationLabel => "Hoe lang mag het gelezen worden?", "For how long may it be read?";
    DurationHalfHour => "30 minuten", "30 minutes";
    DurationHour => "1 uur", "1 hour";
    DurationFourHours => "4 uur", "4 hours";
    DurationRestOfToday => "De rest van vandaag", "The rest of today";
    DurationWeek => "7 dagen", "7 days";
    DurationMonth => "30 dagen", "30 days";
    ShareMaxOpens => "Hoe vaak mag het worden geopend? (leeg laten: zo vaak als nodig)", "How many times may it be opened? (leave empty: as often as needed)";
    ShareCreate => "Maak de deel-code", "Make the share code";
    ShareCreating => "De deel-code wordt gemaakt…", "Making the share code…";
    ShareOfflineNote => "Delen werkt alleen met internet.", "Sharing only works with an internet connection.";
    ShareReady => "Laat deze code scannen", "Let them scan this code";
    ShareReadyHint =>
        "{} kan de code scannen met de camera van een telefoon. Of stuur de link hieronder. Wie de link heeft, kan meelezen tot {}.",
        "{} can scan the code with a phone camera. Or send the link below. Anyone with the link can read along until {}.";
    ShareQrLabel => "QR-code met de link naar wat je deelt", "QR code with the link to what you share";
    ShareLinkLabel => "De link", "The link";
    ShareCopy => "Kopieer de link", "Copy the link";
    ShareCopied => "De link is gekopieerd.", "The link has been copied.";
    ShareSend => "Stuur de link…", "Send the link…";
    ShareDone => "Klaar", "Done";
    Back => "Terug", "Back";
    SharesNone => "Je hebt nog niets gedeeld.", "You have not shared anything yet.";
    SharesListTitle => "Wat je hebt gedeeld", "What you have shared";
    ShareWith => "Met {}", "With {}";
    ShareStatusActive => "Kan worden gelezen", "Can be read";
    ShareStatusExpired => "Verlopen", "Expired";
    ShareStatusRevoked => "Gestopt", "Stopped";
    ShareStatusExhausted => "Geopend, kan niet meer worden geopend", "Opened, cannot be opened again";
    ShareStatusUnknown => "Status onbekend (geen verbinding)", "Status unknown (no connection)";
    ShareUntil => "Tot {}", "Until {}";
    ShareOpenedNever => "Nog niet geopend", "Not opened yet";
    ShareOpenedTimes => "{} keer geopend: {}", "Opened {} times: {}";
    ShareOpenedOnce => "1 keer geopend: {}", "Opened once: {}";
    ShareRevoke => "Stop met delen", "Stop sharing";
    ShareRevokeAll => "Stop alles wat je deelt", "Stop all sharing";
    ShareRevokeConfirm => "Weet je het zeker? Deze link werkt daarna niet meer.", "Are you sure? This link will stop working.";
    ShareRevokeAllConfirm => "Weet je het zeker? Geen enkele link werkt daarna nog.", "Are you sure? None of the links will work after this.";
    TimeLeftMinutes => "nog {} min", "{} min left";
    TimeLeftHours => "nog {} uur", "{} h left";
    TimeLeftDays => "nog {} dagen", "{} days left";
    ErrShareNoSections => "Kies minstens één onderdeel om te delen.", "Choose at least one part to share.";
    ErrShareNoRecipient =>
        "Schrijf op met wie je deelt. Dat zie je later terug in je lijst.",
        "Write down who you share with. You will see it later in your list.";
    ErrShareMaxOpens => "Vul een aantal in tussen 1 en 1000, of laat het leeg.", "Enter a number from 1 to 1000, or leave it empty.";
    ErrShareOffline =>
        "Delen lukt nu niet: er is geen verbinding met de server. Je dossier is niet veranderd. Probeer het straks opnieuw.",
        "Sharing does not work right now: there is no connection to the server. Your file has not changed. Please try again later.";
    ErrShareTooLarge =>
        "Wat je wilt delen is te groot. Kies minder onderdelen.",
        "What you want to share is too large. Choose fewer parts.";
    ErrShareBusy =>
        "Het is nu te druk. Wacht een minuut en probeer het opnieuw.",
        "It is too busy right now. Wait a minute and try again.";
    ErrShareRefused =>
        "De server weigerde dit. Je dossier is niet veranderd. Probeer het opnieuw.",
        "The server refused this. Your file has not changed. Please try again.";
    ErrRevokeOffline =>
        "Stoppen lukt nu niet: er is geen verbinding. Probeer het opnieuw zodra je internet hebt.",
        "Stopping does not work right now: there is no connection. Try again as soon as you are online.";

    // -- viewer --
    ViewTitle => "Gedeeld dossier", "Shared file";
    ViewSharedBy => "{} deelt een deel van het dossier met {}.", "{} shares part of their file with {}.";
    ViewSharedByUnnamed => "Iemand deelt een deel van het dossier met {}.", "Someone shares part of their file with {}.";
    ViewSections => "Je kunt lezen: {}", "You can read: {}";
    ViewValidUntil => "Geldig tot {}", "Valid until {}";
    ViewOpenExplain =>
        "Druk op de knop om het te openen. Dit wordt gemeld aan degene die deelt.",
        "Press the button to open it. The person who shares it will see that it was opened.";
    ViewOpen => "Openen en lezen", "Open and read";
    ViewOpening => "Bezig met openen…", "Opening…";
    ViewReadOnly => "Alleen lezen · voor {} · geldig tot {}", "Read only · for {} · valid until {}";
    ViewWipeNote =>
        "Deze pagina wist zichzelf als de tijd om is of als het delen wordt gestopt. Er wordt niets op dit apparaat bewaard.",
        "This page wipes itself when the time is up or when sharing is stopped. Nothing is kept on this device.";
    ViewGone =>
        "Deze gedeelde informatie is niet meer beschikbaar. De tijd is om, het delen is gestopt, of de link is al gebruikt.",
        "This shared information is no longer available. The time is up, sharing was stopped, or the link was already used.";
    ViewGoneHint => "Vraag de persoon die deelde om een nieuwe code.", "Ask the person who shared for a new code.";
    ErrLinkEmpty =>
        "Deze link bevat geen gedeelde informatie. Scan de QR-code opnieuw of vraag om een nieuwe link.",
        "This link contains no shared information. Scan the QR code again or ask for a new link.";
    ErrLinkBroken =>
        "Deze link is niet compleet of niet goed overgenomen. Scan de QR-code opnieuw of vraag om een nieuwe link.",
        "This link is incomplete or was not copied correctly. Scan the QR code again or ask for a new link.";
    ErrLinkNewer =>
        "Deze link is gemaakt met een nieuwere versie van Regie. Laad de pagina opnieuw.",
        "This link was made with a newer version of Regie. Reload the page.";
    ErrLinkWrongKey =>
        "De sleutel in deze link past niet bij de gedeelde informatie. De link is waarschijnlijk niet goed overgenomen.",
        "The key in this link does not fit the shared information. The link was probably not copied correctly.";
    ErrViewOffline =>
        "Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.",
        "There is no connection to the server. Check your internet and try again.";

    // -- read-only section views (viewer) --
    SectionDomains => "Leefgebieden", "Life domains";
    SectionGoals => "Doelen en afspraken", "Goals and agreements";
    SectionNetwork => "Netwerk", "Network";
    SectionSupport => "Hulp en aanvragen", "Help and applications";
    SectionHealth => "Gezondheid", "Health";
    SectionJournal => "Dagboek", "Journal";
    SectionDocuments => "Documenten", "Documents";
    ViewEmpty => "Nog niets ingevuld.", "Nothing filled in yet.";
    ViewStoryUpdated => "Laatst aangepast op {}.", "Last changed on {}.";
    DomainFinances => "Financiën", "Finances";
    DomainDailyActivity => "Dagbesteding", "Daily activities";
    DomainHousing => "Huisvesting", "Housing";
    DomainDomesticRelations => "Huiselijke relaties", "Domestic relations";
    DomainMentalHealth => "Geestelijke gezondheid", "Mental health";
    DomainPhysicalHealth => "Lichamelijke gezondheid", "Physical health";
    DomainAddiction => "Middelengebruik", "Substance use";
    DomainAdlActivities => "Basale ADL", "Basic activities of daily living";
    DomainSocialNetwork => "Sociaal netwerk", "Social network";
    DomainCommunityParticipation => "Maatschappelijke participatie", "Community participation";
    DomainJustice => "Justitie", "Justice";
    ViewScore1 => "acute problematiek", "acute problems";
    ViewScore2 => "niet zelfredzaam", "not self-reliant";
    ViewScore3 => "beperkt zelfredzaam", "limited self-reliance";
    ViewScore4 => "voldoende zelfredzaam", "adequately self-reliant";
    ViewScore5 => "volledig zelfredzaam", "fully self-reliant";
    ViewDomainsCaption =>
        "Laatste score per leefgebied, van 1 (acute problematiek) tot 5 (volledig zelfredzaam).",
        "Latest score per life domain, from 1 (acute problems) to 5 (fully self-reliant).";
    ViewColDomain => "Leefgebied", "Life domain";
    ViewColOwnScore => "Score van de cliënt", "Client's own score";
    ViewColProScore => "Score van een hulpverlener", "A professional's score";
    ViewScoreValue => "{} van 5: {}", "{} of 5: {}";
    ViewScoredOn => "Op {}", "On {}";
    ViewScoredOnBy => "Op {}, door {}", "On {}, by {}";
    ViewNoScore => "Geen score", "No score";
    ViewGoalSince => "Doel sinds {}", "Goal since {}";
    ViewAgreements => "Afspraken", "Agreements";
    ViewLabelWho => "Wie doet het", "Who does it";
    ViewLabelDueBy => "Uiterlijk klaar op", "Due by";
    ViewLabelStatus => "Stand van zaken", "Status";
    ViewOwnerMe => "De cliënt zelf", "The client";
    ViewOwnerNetwork => "{} (uit het netwerk)", "{} (from the network)";
    ViewOwnerProfessional => "{} (hulpverlener)", "{} (professional)";
    ViewOwnerProfessionalAt => "{} (hulpverlener, {})", "{} (professional, {})";
    ViewAgreementOpen => "Nog te doen", "To do";
    ViewAgreementDone => "Gedaan", "Done";
    ViewAgreementDropped => "Gestopt", "Dropped";
    ViewOverdue => "Te laat: de datum is voorbij.", "Overdue: the date has passed.";
    ViewFirstContact => "Eerste contactpersoon", "First contact";
    ViewLabelRole => "Rol", "Role";
    ViewLabelRelation => "Relatie", "Relation";
    ViewLabelOrganisation => "Organisatie", "Organisation";
    ViewLabelSince => "Sinds", "Since";
    ViewCurrentHelp => "Hulp op dit moment", "Current help";
    ViewLabelProvider => "Door wie", "Provided by";
    ViewLabelNote => "Toelichting", "Note";
    ViewApplications => "Aanvragen en wachtlijsten", "Applications and waiting lists";
    ViewLabelWhat => "Wat", "What";
    ViewLabelAppliedOn => "Aangevraagd op", "Applied on";
    ViewLabelExpected => "Antwoord of plek verwacht op", "Answer or place expected on";
    ViewApplicationApplied => "Aangevraagd", "Applied";
    ViewApplicationWaitingList => "Op de wachtlijst", "On the waiting list";
    ViewApplicationGranted => "Toegekend", "Granted";
    ViewApplicationRefused => "Afgewezen", "Refused";
    ViewApplicationWithdrawn => "Ingetrokken", "Withdrawn";
    ViewDecisions => "Beschikkingen (besluiten)", "Decisions (beschikkingen)";
    ViewLabelIssuer => "Besloten door", "Decided by";
    ViewLabelDecisionDate => "Datum van het besluit", "Date of the decision";
    ViewLabelValidFrom => "Geldig vanaf", "Valid from";
    ViewLabelValidUntil => "Geldig tot en met", "Valid until";
    ViewLabelObjectionDeadline => "Bezwaar maken kan tot en met", "Objection possible until";
    ViewObjectionDefault =>
        "{} (berekend: zes weken na de datum van het besluit)",
        "{} (calculated: six weeks after the date of the decision)";
    ViewConditions => "Ziektes en aandoeningen", "Conditions";
    ViewMedication => "Medicijnen", "Medication";
    ViewLabelDose => "Dosis", "Dose";
    ViewLabelWhen => "Wanneer", "When";
    ViewAllergies => "Allergieën", "Allergies";
    ViewLabelReaction => "Reactie", "Reaction";
    ViewCareProviders => "Zorgverleners", "Care providers";
    ViewJournalNote => "Notitie", "Note";
    ViewJournalAppointment => "Afspraak", "Appointment";
    ViewDateAtTime => "{} om {}", "{} at {}";
    ViewLabelWithWhom => "Met wie", "With whom";
    ViewLabelPlace => "Waar", "Where";
    ViewLabelFileType => "Soort bestand", "File type";
    ViewLabelFileSize => "Grootte", "Size";
    ViewLabelAdded => "Toegevoegd op", "Added on";
    ViewTypePdf => "PDF-document", "PDF document";
    ViewTypeImage => "Foto of afbeelding", "Photo or image";
    ViewFileNotIncluded =>
        "Het bestand zelf zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.",
        "The file itself is not included in this shared view. You see only its description.";

    // -- domains: Leefgebieden editor and chart --
    // -- end domains --

    // -- goals: Doelen en afspraken editor --
    // -- end goals --

    // -- network: Netwerk editor --
    // -- end network --

    // -- support: Hulp en aanvragen editor --
    // -- end support --

    // -- health: Gezondheid editor --
    // -- end health --

    // -- journal: Dagboek editor --
    // -- end journal --

    // -- documents: Documenten: files, IndexedDB --
    DocsIntro =>
        "Bewaar hier foto's en PDF's van brieven en besluiten. Ze staan versleuteld op deze telefoon. Alleen jij kunt ze openen.",
        "Keep photos and PDFs of letters and decisions here. They are stored encrypted on this phone. Only you can open them.";
    DocsAddTitle => "Document toevoegen", "Add a document";
    DocsTakePhoto => "Maak een foto", "Take a photo";
    DocsChooseFile => "Kies een bestand", "Choose a file";
    DocsChooseHint =>
        "Een foto (JPG, PNG of WebP) of een PDF. Hoogstens 20 MB per bestand en 100 MB samen.",
        "A photo (JPG, PNG or WebP) or a PDF. At most 20 MB per file and 100 MB in total.";
    DocsChosen => "Gekozen bestand: {}", "Chosen file: {}";
    DocsName => "Naam van het document", "Name of the document";
    DocsNameHint => "Bijvoorbeeld: Brief van de gemeente", "For example: Letter from the council";
    DocsDate => "Datum op de brief (als die er is)", "Date on the letter (if there is one)";
    DocsNote => "Toelichting (mag leeg blijven)", "Note (may be left empty)";
    DocsSave => "Bewaar het document", "Save the document";
    DocsSaving => "Bezig met versleutelen en bewaren…", "Encrypting and saving…";
    DocsCancel => "Annuleren", "Cancel";
    DocsSaved => "Het document is bewaard.", "The document has been saved.";
    DocsListTitle => "Jouw documenten", "Your documents";
    DocsNone => "Je hebt nog geen documenten bewaard.", "You have not saved any documents yet.";
    DocsUsage => "{} van de 100 MB gebruikt", "{} of the 100 MB used";
    DocsDateOn => "Datum op de brief: {}", "Date on the letter: {}";
    DocsAddedOn => "Bewaard op {} · {}", "Saved on {} · {}";
    DocsView => "Bekijken", "View";
    DocsViewLabel => "Bekijken: {}", "View: {}";
    DocsDelete => "Verwijderen", "Delete";
    DocsDeleteLabel => "Verwijderen: {}", "Delete: {}";
    DocsDeleteConfirm =>
        "Weet je het zeker? Het document wordt van deze telefoon gewist.",
        "Are you sure? The document will be erased from this phone.";
    DocsDeleteYes => "Ja, verwijder het", "Yes, delete it";
    DocsDeleteNo => "Nee, bewaar het", "No, keep it";
    DocsOpening => "Bezig met openen…", "Opening…";
    DocsClose => "Sluiten", "Close";
    DocsOpenPdf => "Open de PDF", "Open the PDF";
    DocsOpenPdfHint =>
        "De PDF gaat open in een nieuw tabblad. Sluit dat tabblad als je klaar bent.",
        "The PDF opens in a new tab. Close that tab when you are done.";
    DocsDownload => "Bewaar een kopie op je telefoon (niet versleuteld)", "Save a copy on your phone (not encrypted)";
    DocsPdf => "PDF-bestand", "PDF file";
    ErrDocNoFile => "Kies eerst een foto of een bestand.", "First choose a photo or a file.";
    ErrDocNoTitle => "Geef het document een naam.", "Please give the document a name.";
    ErrDocType =>
        "Dit soort bestand kan Regie niet bewaren. Kies een foto (JPG, PNG of WebP) of een PDF.",
        "Regie cannot keep this kind of file. Choose a photo (JPG, PNG or WebP) or a PDF.";
    ErrDocTooLarge =>
        "Dit bestand is groter dan 20 MB. Dat past niet. Maak een foto met minder pixels, of kies een kleiner bestand.",
        "This file is larger than 20 MB. That does not fit. Take a photo with fewer pixels, or choose a smaller file.";
    ErrDocsFull =>
        "Samen zijn je documenten dan meer dan 100 MB. Verwijder eerst een document dat je niet meer nodig hebt.",
        "Together your documents would be more than 100 MB. First delete a document you no longer need.";
    ErrDocUnreadable =>
        "Dit bestand kan niet worden gelezen. Misschien is het beschadigd. Probeer het opnieuw of kies een ander bestand.",
        "This file cannot be read. It may be damaged. Try again or choose another file.";
    ErrDocDiskFull =>
        "De opslag van deze telefoon is vol. Het document is niet bewaard. De rest van je dossier is veilig. Maak ruimte vrij en probeer het opnieuw.",
        "This phone's storage is full. The document was not saved. The rest of your file is safe. Free up some space and try again.";
    ErrDocNoStorage =>
        "Deze browser laat Regie geen documenten bewaren. Misschien staat privé-browsen aan.",
        "This browser does not let Regie keep documents. Private browsing may be switched on.";
    ErrDocSaveFailed =>
        "Het document kon niet worden bewaard. Je dossier is niet veranderd. Probeer het opnieuw.",
        "The document could not be saved. Your file has not changed. Please try again.";
    ErrDocMissing =>
        "Dit document staat niet meer op deze telefoon. Misschien heeft de browser het gewist.",
        "This document is no longer on this phone. The browser may have erased it.";
    ErrDocDamaged =>
        "Dit document is beschadigd en kan niet worden geopend.",
        "This document is damaged and cannot be opened.";
    ErrDocDeleteFailed =>
        "Verwijderen lukte niet, omdat je dossier niet kon worden bewaard. Het document is er nog.",
        "Deleting did not work because your file could not be saved. The document is still there.";
    ViewDocOpenPdf => "Open de PDF: {}", "Open the PDF: {}";
    ViewLabelDocumentDate => "Datum op de brief", "Date on the letter";
    ViewDocMissing =>
        "Dit bestand zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.",
        "This file is not included in this shared view. You see only its description.";
    // -- end documents --

    // -- home: home attention list and search --
    Search => "Zoeken", "Search";
    // -- end home --

    // -- backup: backup, import, passphrase change, storage health, two tabs --
    // -- end backup --

    // -- transfer: moving to a new phone --
    // -- end transfer --

    // -- pwa: install, offline, updates, accessibility statement --
    // -- end pwa --

    // -- worker: key derivation off the main thread --
    // -- end worker --
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
