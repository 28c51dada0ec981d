//! The table of every text the app shows: Dutch (B1 plain language) first, English second.
//!
//! A key without both languages does not build. `{}` marks a value to fill in, in order.

use super::Lang;

catalogue! {
    AppName => "Regie", "Regie";
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
        "Gebruik minstens 10 tekens. Vier woorden die niets met elkaar te maken hebben, zijn makkelijk te onthouden en moeilijk te raden. Bijvoorbeeld: fiets wolk pannenkoek vijver (kies je eigen woorden).",
        "Use at least 10 characters. Four words that have nothing to do with each other are easy to remember and hard to guess. For example: bicycle cloud pancake pond (choose your own words).";
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
        "Deze datum bestaat niet. Kies een bestaande datum.",
        "This date does not exist. Please choose a date that exists.";
    TryAgain => "Opnieuw proberen", "Try again";
    ErrAppLoad =>
        "Regie is nog niet helemaal geladen. Controleer je internetverbinding en probeer het opnieuw. Er is niets gewist.",
        "Regie has not fully loaded yet. Check your internet connection and try again. Nothing has been deleted.";

    // Saving
    Saved => "Opgeslagen", "Saved";
    Saving => "Opslaan…", "Saving…";
    NotSaved => "Niet opgeslagen", "Not saved";
    // Words many screens share
    Save => "Opslaan", "Save";
    Cancel => "Annuleren", "Cancel";
    Edit => "Aanpassen", "Change";
    Delete => "Verwijderen", "Delete";
    DeleteYes => "Ja, verwijderen", "Yes, delete";
    Keep => "Nee, bewaren", "No, keep it";
    Myself => "Ik zelf", "Myself";
    AProfessional => "Een hulpverlener", "A professional";
    DateLabel => "Datum", "Date";
    NoteOptional => "Toelichting (mag leeg blijven)", "Note (may stay empty)";
    SavedAutomatically =>
        "Wat je typt, wordt vanzelf opgeslagen.",
        "What you type is saved automatically.";

    // Navigation and sections
    Home => "Start", "Home";
    Menu => "Menu", "Menu";
    SectionAbout => "Over mij", "About me";
    SectionStory => "Mijn verhaal", "My story";
    Settings => "Instellingen", "Settings";
    HomeIntro =>
        "Hier houd je je eigen dossier bij. Begin met ‘Over mij’ en ‘Mijn verhaal’.",
        "Here you keep your own file. Start with ‘About me’ and ‘My story’.";
    HomeNextStory =>
        "Hier houd je je eigen dossier bij. ‘Over mij’ staat erin. Schrijf nu ‘Mijn verhaal’: je verhaal in je eigen woorden.",
        "Here you keep your own file. ‘About me’ is in it. Now write ‘My story’: your story in your own words.";
    HomeNextAbout =>
        "Hier houd je je eigen dossier bij. ‘Mijn verhaal’ staat erin. Vul nu ‘Over mij’ in: wie je bent en hoe je benaderd wilt worden.",
        "Here you keep your own file. ‘My story’ is in it. Now fill in ‘About me’: who you are and how you like to be approached.";
    HomeNextDomains =>
        "‘Over mij’ en ‘Mijn verhaal’ staan erin. Een goede volgende stap: geef bij ‘Leefgebieden’ een cijfer van 1 tot 5 voor hoe het gaat.",
        "‘About me’ and ‘My story’ are in it. A good next step: at ‘Life domains’, give a score from 1 to 5 for how things are going.";
    HomeNextGoals =>
        "Je dossier krijgt vorm. Een goede volgende stap: schrijf bij ‘Doelen en afspraken’ op wat je wilt bereiken.",
        "Your file is taking shape. A good next step: at ‘Goals and agreements’, write down what you want to achieve.";
    HomeIntroDone =>
        "Hier houd je je eigen dossier bij. Vul het aan wanneer er iets verandert.",
        "Here you keep your own file. Add to it whenever something changes.";
    GoToSection => "Ga naar {}", "Go to {}";
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

    // -- sharing (client side) --
    SectionShares => "Delen", "Sharing";
    ShareEmptySection => "(nog leeg)", "(still empty)";
    DurationHalfHour => "30 minuten", "30 minutes";
    DurationHour => "1 uur", "1 hour";
    DurationFourHours => "4 uur", "4 hours";
    DurationRestOfToday => "De rest van vandaag", "The rest of today";
    DurationWeek => "7 dagen", "7 days";
    DurationMonth => "30 dagen", "30 days";
    ShareCreate => "Maak de QR-code", "Make the QR code";
    ShareCreating => "De QR-code wordt gemaakt…", "Making the QR code…";
    Back => "Terug", "Back";
    ShareStatusActive => "Kan worden gelezen", "Can be read";
    ShareStatusExpired => "Verlopen", "Expired";
    ShareStatusRevoked => "Gestopt", "Stopped";
    ShareStatusExhausted => "Geopend, kan niet meer worden geopend", "Opened, cannot be opened again";
    ShareLogOpened => "{} geopend", "{} opened";
    ShareLogWrongCode => "{} foute spreekcode", "{} wrong spoken code";
    ShareLogBlocked => "{} geblokkeerd: niemand kan dit nog openen", "{} blocked: no one can open this any more";
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
    ViewGone =>
        "Deze gedeelde informatie is niet meer beschikbaar. De tijd is om, het delen is gestopt, of de link is al gebruikt.",
        "This shared information is no longer available. The time is up, sharing was stopped, or the link was already used.";
    ViewStopped =>
        "Het delen is gestopt. Deze gedeelde informatie is niet meer te zien.",
        "Sharing has been stopped. This shared information can no longer be seen.";
    ViewExpired =>
        "De tijd is om. Deze gedeelde informatie is niet meer te zien.",
        "The time is up. This shared information can no longer be seen.";
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
    DomainWorkEducation => "Werk & opleiding", "Work and education";
    DomainTimeUse => "Tijdsbesteding", "Use of time";
    DomainInstrumentalAdl => "Instrumentele ADL", "Instrumental activities of daily living";
    // The same domains in everyday words, for the client's own screens.
    DomainPlainDomesticRelations => "Relaties thuis", "Relationships at home";
    DomainPlainAddiction => "Alcohol, drugs en gokken", "Alcohol, drugs and gambling";
    DomainPlainAdlActivities => "Voor jezelf zorgen (wassen, aankleden, eten)", "Looking after yourself (washing, dressing, eating)";
    DomainPlainInstrumentalAdl => "Huishouden en regelen (boodschappen, post, vervoer)", "Running your home (shopping, post, getting around)";
    DomainPlainTimeUse => "Hoe je je dagen vult", "How you fill your days";
    DomainPlainCommunityParticipation => "Meedoen in de buurt en de samenleving", "Taking part in your neighbourhood and society";
    ViewScore1 => "acute problematiek", "acute problems";
    ViewScore2 => "niet zelfredzaam", "not self-reliant";
    ViewScore3 => "beperkt zelfredzaam", "limited self-reliance";
    ViewScore4 => "voldoende zelfredzaam", "adequately self-reliant";
    ViewScore5 => "volledig zelfredzaam", "fully self-reliant";
    PreviewDomainsCaption =>
        "Laatste score per leefgebied, van 1 (het gaat heel slecht) tot 5 (het gaat heel goed).",
        "Latest score per life domain, from 1 (things are very bad) to 5 (things are very good).";
    ViewDomainsCaption =>
        "Laatste score per leefgebied, van 1 (acute problematiek) tot 5 (volledig zelfredzaam).",
        "Latest score per life domain, from 1 (acute problems) to 5 (fully self-reliant).";
    ViewColOwnScore => "Score van de cliënt", "Client's own score";
    ViewColProScore => "Score van een hulpverlener", "A professional's score";
    ViewLabelStatus => "Stand van zaken", "Status";
    OwnerNameAt => "{} ({})", "{} ({})";
    ViewAgreementOpen => "Nog te doen", "To do";
    ViewAgreementDone => "Gedaan", "Done";
    ViewAgreementDropped => "Gestopt", "Dropped";
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
    ViewDecisions => "Beschikkingen", "Decisions";
    ViewLabelIssuer => "Besloten door", "Decided by";
    ViewLabelDecisionDate => "Datum van de beschikking", "Date of the decision";
    ViewLabelValidFrom => "Geldig vanaf", "Valid from";
    ViewLabelValidUntil => "Geldig tot en met", "Valid until";
    ViewLabelObjectionDeadline => "Bezwaar maken kan tot en met", "Objection possible until";
    ViewConditions => "Ziektes en aandoeningen", "Conditions";
    ViewMedication => "Medicijnen", "Medication";
    ViewLabelDose => "Dosis", "Dose";
    ViewLabelWhen => "Wanneer", "When";
    ViewAllergies => "Allergieën", "Allergies";
    ViewLabelReaction => "Reactie", "Reaction";
    ViewCareProviders => "Zorgverleners", "Care providers";
    ViewJournalNote => "Notitie", "Note";
    ViewJournalAppointment => "Afspraak", "Appointment";
    ViewLabelWithWhom => "Met wie", "With whom";
    ViewLabelPlace => "Waar", "Where";
    ViewLabelFileType => "Soort bestand", "File type";
    ViewLabelFileSize => "Grootte", "Size";
    ViewLabelAdded => "Toegevoegd op", "Added on";

    // -- domains: Leefgebieden editor and chart --
    DomScorePlain1 => "Het gaat heel slecht. Ik heb nu meteen hulp nodig.", "Things are very bad. I need help right now.";
    DomScorePlain2 => "Het gaat slecht. Zonder hulp lukt het niet.", "Things are bad. I cannot manage without help.";
    DomScorePlain3 => "Het gaat een beetje. Met wat hulp lukt het.", "Things are so-so. I manage with some help.";
    DomScorePlain4 => "Het gaat goed. Meestal lukt het mij zelf.", "Things are fine. I mostly manage on my own.";
    DomScorePlain5 => "Het gaat heel goed. Het lukt mij helemaal zelf.", "Things are very good. I manage fully on my own.";
    DomChartHint =>
        "De bovenste balk is jouw laatste score. De onderste balk, met een stippelrand, is die van een hulpverlener. Een langere balk is beter.",
        "The upper bar is your latest score. The lower bar, with a dotted border, is a professional's. A longer bar is better.";
    DomChartHintViewer =>
        "De bovenste balk is de laatste score van de cliënt zelf. De onderste balk, met een stippelrand, is die van een hulpverlener. Een langere balk is beter.",
        "The upper bar is the client's own latest score. The lower bar, with a dotted border, is a professional's. A longer bar is better.";
    DomMyScore => "Mijn score", "My score";
    DomFormNew => "Nieuwe score voor {}", "New score for {}";
    DomFormEdit => "Score aanpassen voor {}", "Change the score for {}";
    DomSave => "Score opslaan", "Save score";
    DomEditLabel => "Aanpassen: score van {}", "Change: score of {}";
    DomDeleteLabel => "Verwijderen: score van {}", "Delete: score of {}";
    DomDeleteConfirm => "Weet je zeker dat je deze score wilt verwijderen?", "Are you sure you want to delete this score?";
    DomErrScoreMissing => "Kies een cijfer van 1 tot 5.", "Choose a number from 1 to 5.";
    DomErrScoreRange =>
        "Een score is 1, 2, 3, 4 of 5. Kies een van die cijfers.",
        "A score is 1, 2, 3, 4 or 5. Choose one of those numbers.";
    DomErrDateFuture =>
        "Deze datum ligt in de toekomst. Een score gaat over nu of over vroeger. Kies vandaag of een eerdere dag.",
        "This date is in the future. A score is about now or the past. Choose today or an earlier day.";
    DomErrProMissing => "Vul de naam van de hulpverlener in.", "Please fill in the name of the professional.";
    // -- end domains --

    // -- goals: Doelen en afspraken editor --
    GoalShowAll => "Alle doelen", "All goals";
    GoalShowPromised => "Wat anderen mij beloofden", "What others promised me";
    GoalFormNew => "Nieuw doel", "New goal";
    GoalFormEdit => "Doel aanpassen", "Change the goal";
    GoalSave => "Doel opslaan", "Save goal";
    GoalEditLabel => "Doel aanpassen: {}", "Change goal: {}";
    GoalDelete => "Doel verwijderen", "Delete goal";
    GoalDeleteLabel => "Doel verwijderen: {}", "Delete goal: {}";
    GoalDeleteConfirm =>
        "Weet je zeker dat je dit doel wilt verwijderen? De afspraken erbij gaan ook weg.",
        "Are you sure you want to delete this goal? Its agreements will be deleted too.";
    GoalAgreementNew => "Nieuwe afspraak", "New agreement";
    GoalAgreementEditTitle => "Afspraak aanpassen", "Change the agreement";
    GoalOwnerNetwork => "Iemand uit mijn netwerk (familie, vriend, buur)", "Someone from my network (family, friend, neighbour)";
    GoalAgreementSave => "Afspraak opslaan", "Save agreement";
    GoalAgreementEditLabel => "Afspraak aanpassen: {}", "Change agreement: {}";
    GoalAgreementDeleteLabel => "Afspraak verwijderen: {}", "Delete agreement: {}";
    GoalAgreementDeleteConfirm => "Weet je zeker dat je deze afspraak wilt verwijderen?", "Are you sure you want to delete this agreement?";
    GoalErrTitle => "Schrijf op wat je wilt bereiken.", "Please write down what you want to achieve.";
    GoalErrCreatedFuture =>
        "Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag.",
        "This date is in the future. Choose today or an earlier day.";
    GoalErrWhat => "Schrijf op wat er is afgesproken.", "Please write down what was agreed.";
    GoalErrOwnerName => "Vul de naam in van wie het doet.", "Please fill in the name of who does it.";
    GoalErrDueInvalid =>
        "Deze datum bestaat niet. Kies een bestaande datum, of laat het leeg.",
        "This date does not exist. Choose a date that exists, or leave it empty.";
    GoalErrDueBeforeGoal =>
        "Deze datum ligt vóór de start van het doel. Kies een latere datum.",
        "This date is before the goal started. Please choose a later date.";
    // -- end goals --

    // -- network: Netwerk editor --
    // Editing lists (network, support, health, journal)
    EntryDeleteConfirm => "Weet je zeker dat je dit wilt verwijderen?", "Are you sure you want to delete this?";
    EntryEditing => "Aanpassen: {}", "Change: {}";
    EntryRequired => "(moet je invullen)", "(required)";
    EntryShowing => "{} van de {} te zien", "Showing {} of {}";
    EntryShowMore => "Meer laten zien", "Show more";
    ErrNeedName => "Vul een naam in.", "Please fill in a name.";
    ErrNeedWhat => "Vul in waar het over gaat.", "Please fill in what it is about.";
    ErrNeedWhere => "Vul in waar je het hebt aangevraagd.", "Please fill in where you applied.";
    ErrNeedDecisionDate =>
        "Vul de datum van de beschikking in. Die staat in de brief.",
        "Please fill in the date of the decision. It is in the letter.";
    ErrNeedDate => "Vul een datum in.", "Please fill in a date.";
    ErrNeedTitleOrText => "Schrijf een titel of een tekst.", "Please write a title or a text.";
    ErrNeedField => "Vul alle velden in die verplicht zijn.", "Please fill in all required fields.";
    ErrEndBeforeStart =>
        "De einddatum ligt vóór de begindatum. Kies een latere einddatum.",
        "The end date is before the start date. Please choose a later end date.";
    ErrObjectionBeforeDecision =>
        "De laatste dag voor bezwaar ligt vóór de datum van de beschikking. Kijk nog eens in de brief.",
        "The last day to object is before the date of the decision. Please check the letter.";
    ErrExpectedBeforeApplied =>
        "De verwachte datum ligt vóór de datum van de aanvraag. Kies een latere datum.",
        "The expected date is before the date you applied. Please choose a later date.";
    ErrBadTime => "Deze tijd klopt niet. Schrijf de tijd zo: 14:30.", "This time is not valid. Write the time like this: 14:30.";
    ErrEntryRule =>
        "Dit kan zo niet worden opgeslagen. Kijk de velden nog eens na.",
        "This cannot be saved like this. Please check the fields.";
    // Netwerk
    NetworkIntro =>
        "De mensen en organisaties om je heen. Wie moet een hulpverlener als eerste bellen?",
        "The people and organisations around you. Who should a professional call first?";
    NetworkEmpty =>
        "Je hebt nog niemand toegevoegd. Begin met de persoon die je het meest helpt.",
        "You have not added anyone yet. Start with the person who helps you most.";
    NetworkListTitle => "Mensen en organisaties", "People and organisations";
    NetworkAdd => "Persoon of organisatie toevoegen", "Add a person or organisation";
    ContactKindLabel => "Is dit een persoon of een organisatie?", "Is this a person or an organisation?";
    ContactPerson => "Persoon", "Person";
    ContactOrganisation => "Organisatie", "Organisation";
    ContactRole => "Rol: wat doet deze persoon voor je?", "Role: what do they do for you?";
    ContactRelation => "Relatie: bijvoorbeeld zus, buurman, vriendin", "Relation: for example sister, neighbour, friend";
    ContactSince => "Sinds wanneer?", "Since when?";
    ContactFirst => "Dit is mijn eerste contactpersoon", "This is my first contact";
    ContactFirstHint =>
        "Een hulpverlener belt deze persoon als eerste. Je kunt maar één eerste contactpersoon hebben.",
        "A professional calls this person first. You can have only one first contact.";
    // -- end network --

    // -- money: Geld (see docs/money.md) --
    SectionMoney => "Geld", "Money";
    HomeMoneyHint => "Je inkomen, vaste lasten, schulden en betalingsregelingen.", "Your income, fixed costs, debts and payment arrangements.";
    MoneyCsvFailed => "Het bestand kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw.", "The file could not be made. Nothing has been changed. Please try again.";
    ErrBadAmount => "Dit bedrag kan Regie niet lezen. Typ alleen cijfers, zoals 1.234,56 of 40.", "Regie cannot read this amount. Type only numbers, such as 1,234.56 or 40.";
    ErrNeedAmount => "Vul een bedrag in.", "Please fill in an amount.";
    ErrNeedCreditor => "Vul in aan wie je het moet betalen.", "Please fill in whom you have to pay.";
    ErrLastPaymentBeforeNext => "De laatste betaling is voor de volgende betaling. Kijk de datums na.", "The last payment is before the next payment. Please check the dates.";

    // -- support: Hulp en aanvragen editor --
    SupportHelpEmpty =>
        "Schrijf hier op welke hulp je nu krijgt, en van wie.",
        "Write down here what help you get now, and from whom.";
    SupportHelpAdd => "Hulp toevoegen", "Add help";
    SupportApplicationsEmpty =>
        "Heb je iets aangevraagd, of sta je op een wachtlijst? Schrijf het hier op.",
        "Did you apply for something, or are you on a waiting list? Write it down here.";
    SupportApplicationAdd => "Aanvraag toevoegen", "Add an application";
    SupportDecisionsEmpty =>
        "Een beschikking is een brief met een besluit, bijvoorbeeld van de gemeente. Schrijf hier op wat er is besloten en tot wanneer het geldt.",
        "A beschikking is a letter with a decision, for example from the municipality. Write down here what was decided and until when it applies.";
    SupportDecisionAdd => "Beschikking toevoegen", "Add a decision";
    HelpWhat => "Welke hulp krijg je?", "What help do you get?";
    ApplicationWhere => "Waar heb je het aangevraagd?", "Where did you apply?";
    ApplicationWhat => "Wat heb je aangevraagd?", "What did you apply for?";
    DecisionWhat => "Waarover gaat de beschikking?", "What is the decision about?";
    DecisionObjectionHint =>
        "Staat er geen datum in de brief? Dan kun je tot zes weken na de datum van de beschikking bezwaar maken. Die datum vullen we voor je in.",
        "Is there no date in the letter? Then you can object until six weeks after the date of the decision. We fill in that date for you.";
    // -- end support --

    // -- health: Gezondheid editor --
    HealthConditionsEmpty =>
        "Heb je een ziekte of aandoening? Schrijf op wat het is en sinds wanneer.",
        "Do you have an illness or condition? Write down what it is and since when.";
    HealthConditionAdd => "Ziekte of aandoening toevoegen", "Add an illness or condition";
    HealthMedicationEmpty =>
        "Gebruik je medicijnen? Schrijf de naam en de dosis op, zoals op het doosje staat.",
        "Do you take medication? Write down the name and the dose, as on the box.";
    HealthMedicationAdd => "Medicijn toevoegen", "Add medication";
    HealthAllergiesEmpty => "Ben je ergens allergisch voor? Schrijf het hier op.", "Are you allergic to anything? Write it down here.";
    HealthAllergyAdd => "Allergie toevoegen", "Add an allergy";
    HealthProvidersEmpty =>
        "Wie zijn je huisarts, je apotheek en je andere zorgverleners?",
        "Who are your GP, your pharmacy and your other care providers?";
    HealthProviderAdd => "Zorgverlener toevoegen", "Add a care provider";
    ConditionName => "Ziekte of aandoening", "Illness or condition";
    MedicationName => "Naam van het medicijn", "Name of the medication";
    MedicationDose => "Dosis, zoals op het doosje (bijvoorbeeld 500 mg)", "Dose, as on the box (for example 500 mg)";
    MedicationWhen => "Wanneer neem je het?", "When do you take it?";
    AllergyName => "Waar ben je allergisch voor?", "What are you allergic to?";
    AllergyReaction => "Wat gebeurt er dan?", "What happens then?";
    ProviderRole => "Rol: bijvoorbeeld huisarts of apotheek", "Role: for example GP or pharmacy";
    // -- end health --

    // -- journal: Dagboek editor --
    JournalEmpty =>
        "Je dagboek is nog leeg. Schrijf een notitie of zet een afspraak erin.",
        "Your journal is still empty. Write a note or add an appointment.";
    JournalTimeline => "Tijdlijn", "Timeline";
    JournalAddNote => "Notitie schrijven", "Write a note";
    JournalAddAppointment => "Afspraak in je dagboek zetten", "Put an appointment in your journal";
    JournalKindLabel => "Is het een notitie of een afspraak?", "Is it a note or an appointment?";
    JournalTime => "Tijd (mag leeg blijven)", "Time (may stay empty)";
    JournalTitle => "Titel", "Title";
    JournalText => "Wat wil je opschrijven?", "What do you want to write down?";
    JournalUpcoming => "Komt nog", "Coming up";
    JournalToday => "Vandaag", "Today";
    // -- end journal --

    // -- documents: Documenten: files, IndexedDB --
    DocsSave => "Bewaar het document", "Save the document";
    DocsSaving => "Bezig met versleutelen en bewaren…", "Encrypting and saving…";
    DocsSaved => "Het document is bewaard.", "The document has been saved.";
    DocsView => "Bekijken", "View";
    DocsViewLabel => "Bekijken: {}", "View: {}";
    DocsDeleteLabel => "Verwijderen: {}", "Delete: {}";
    DocsDeleteConfirm =>
        "Weet je het zeker? Het document wordt van deze telefoon gewist.",
        "Are you sure? The document will be erased from this phone.";
    DocsDeleteYes => "Ja, verwijder het", "Yes, delete it";
    DocsDeleteNo => "Nee, bewaar het", "No, keep it";
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
    ViewLabelDocumentDate => "Datum op de brief", "Date on the letter";
    // -- end documents --

    // -- home: home attention list and search --
    Search => "Zoeken", "Search";
    AttentionAppointment => "Afspraak", "Appointment";
    AttentionTaskOverdueMine => "Jouw taak is te laat", "Your task is overdue";
    AttentionTaskOverdueOf => "Taak van {} is te laat", "Task for {} is overdue";
    AttentionTaskDueMine => "Jouw taak moet bijna klaar zijn", "Your task is due soon";
    AttentionTaskDueOf => "Taak van {} moet bijna klaar zijn", "Task for {} is due soon";
    AttentionDecisionEnding => "Beschikking loopt bijna af", "Decision ends soon";
    AttentionObjection => "Laatste dag voor bezwaar", "Last day to object";
    WhenToday => "vandaag", "today";
    WhenTomorrow => "morgen", "tomorrow";
    WhenYesterday => "gisteren", "yesterday";
    SearchIntro => "Zoek in je hele dossier.", "Search your whole file.";
    SearchLabel => "Waar zoek je naar?", "What are you looking for?";
    SearchNone => "Niets gevonden. Probeer een ander woord.", "Nothing found. Try another word.";
    SearchCount => "{} gevonden", "{} found";
    SearchMore =>
        "Alleen de eerste {} worden getoond. Typ meer woorden om beter te zoeken.",
        "Only the first {} are shown. Type more words to narrow the search.";
    // -- end home --

    // -- backup: backup, import, passphrase change, storage health, two tabs --
    BackupPassphraseLabel => "Typ je wachtzin", "Type your passphrase";
    BackupExport => "Back-up maken", "Make a backup";
    BackupExporting => "Back-up wordt gemaakt…", "Making the backup…";
    ImportTitle => "Back-up terugzetten", "Restore a backup";
    ImportIntro =>
        "Kies een back-up die je eerder hebt gemaakt (een bestand dat eindigt op .age). Na het terugzetten open je je dossier met de wachtzin van die back-up.",
        "Choose a backup you made before (a file ending in .age). After restoring, you open your file with the passphrase of that backup.";
    ImportFileLabel => "Back-upbestand", "Backup file";
    ImportPassphraseLabel => "Wachtzin van de back-up", "Passphrase of the backup";
    ImportButton => "Terugzetten", "Restore";
    Importing => "Back-up wordt gelezen…", "Reading the backup…";
    ImportConfirm =>
        "Je huidige dossier wordt vervangen door deze back-up. Wat je na die back-up hebt veranderd, ben je dan kwijt. Wil je dat?",
        "Your current file will be replaced by this backup. Anything you changed after that backup will be lost. Do you want that?";
    ImportConfirmYes => "Ja, vervang mijn dossier", "Yes, replace my file";
    ImportConfirmNo => "Nee, niets veranderen", "No, change nothing";
    ImportDone => "De back-up is teruggezet.", "The backup has been restored.";
    ImportCancelled => "Er is niets veranderd.", "Nothing has been changed.";
    ErrImportNoFile => "Kies eerst een back-upbestand.", "Please choose a backup file first.";
    ErrImportNotAge =>
        "Dit bestand is geen back-up van Regie, of het is beschadigd. Er is niets veranderd.",
        "This file is not a Regie backup, or it is damaged. Nothing has been changed.";
    ErrImportWrongPassphrase =>
        "Deze wachtzin past niet bij deze back-up. Probeer het nog een keer. Er is niets veranderd.",
        "This passphrase does not fit this backup. Please try again. Nothing has been changed.";
    ErrImportNotDossier =>
        "Dit bestand kan worden geopend, maar er staat geen dossier van Regie in. Er is niets veranderd.",
        "This file can be opened, but it does not hold a Regie file. Nothing has been changed.";
    ErrImportNewer =>
        "Deze back-up is gemaakt met een nieuwere versie van Regie. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is niets veranderd.",
        "This backup was made with a newer version of Regie. Reload the page to get the newest version. Nothing has been changed.";
    ErrImportDamaged =>
        "Deze back-up is beschadigd en kan niet worden teruggezet. Er is niets veranderd.",
        "This backup is damaged and cannot be restored. Nothing has been changed.";
    ErrImportTooMuchWork =>
        "Deze back-up vraagt te veel rekenwerk om te openen op dit apparaat. Er is niets veranderd.",
        "This backup asks for too much computing to open on this device. Nothing has been changed.";
    ErrImportStore =>
        "De back-up kon niet worden bewaard in deze browser, misschien is de opslag vol. Je vorige dossier is er nog.",
        "The backup could not be stored in this browser; maybe the storage is full. Your previous file is still there.";
    ErrImportDocuments =>
        "De documenten uit deze back-up kunnen in deze browser niet worden bewaard. Er is niets veranderd.",
        "The documents in this backup cannot be stored in this browser. Nothing has been changed.";
    ErrExportFailed =>
        "De back-up kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw.",
        "The backup could not be made. Nothing has been changed. Please try again.";
    CurrentPassphrase => "Huidige wachtzin", "Current passphrase";
    NewPassphraseChange => "Nieuwe wachtzin", "New passphrase";
    ChangePassphrase => "Wachtzin veranderen", "Change passphrase";
    ChangingPassphrase => "Wachtzin wordt veranderd…", "Changing the passphrase…";
    PassphraseChanged =>
        "Je wachtzin is veranderd. Gebruik vanaf nu de nieuwe wachtzin. Een back-up die je eerder maakte, open je nog met de oude wachtzin.",
        "Your passphrase has been changed. From now on use the new passphrase. A backup you made before still opens with the old passphrase.";
    ErrCurrentPassphraseWrong =>
        "De huidige wachtzin klopt niet. Er is niets veranderd.",
        "The current passphrase is not right. Nothing has been changed.";
    StorageUsed =>
        "Regie gebruikt {}. In deze browser is nog ongeveer {} vrij.",
        "Regie uses {}. About {} is still free in this browser.";
    StorageUsageUnknown =>
        "Deze browser zegt niet hoeveel ruimte er nog is.",
        "This browser does not say how much space is left.";
    LockedOtherTab =>
        "Je dossier is nu open in een ander tabblad of venster. Hier is het vergrendeld, zodat er niets verloren gaat. Je wijzigingen zijn opgeslagen.",
        "Your file is now open in another tab or window. It was locked here so that nothing gets lost. Your changes have been saved.";
    AutoLockTitle => "Vergrendelen", "Locking";
    FirstRunRestoreTitle => "Heb je al een back-up?", "Do you already have a backup?";
    // -- end backup --

    // -- Streaming backups and sending them away --
    ErrImportTooLarge =>
        "Dit bestand is te groot voor een back-up van Regie. Er is niets gelezen en niets veranderd.",
        "This file is too large to be a Regie backup. Nothing was read and nothing has been changed.";
    BackupShared =>
        "Verstuurd. Kijk even of het bestand is aangekomen. Het is versleuteld: alleen met je wachtzin kan iemand het openen.",
        "Sent. Check that the file has arrived. It is encrypted: only with your passphrase can anyone open it.";
    BackupShareFailed =>
        "Versturen lukte niet. Het bestand staat wel in Downloads op deze telefoon; stuur het van daaruit naar jezelf.",
        "Sending did not work. The file is in Downloads on this phone; send it to yourself from there.";
    // -- end streaming backups --

    // -- transfer: moving to a new phone --
    MoveExpired =>
        "De 10 minuten zijn om. Het overzetten is gestopt. Begin opnieuw als je het nog wilt.",
        "The 10 minutes are up. Moving has stopped. Start again if you still want to.";
    MoveCancelled =>
        "Het overzetten is gestopt. Je dossier staat niet meer op de server.",
        "Moving has stopped. Your file is no longer on the server.";
    ErrMoveOffline =>
        "Overzetten lukt nu niet: er is geen verbinding met de server. Je dossier is niet veranderd. Probeer het opnieuw als je internet hebt.",
        "Moving does not work right now: there is no connection to the server. Your file has not changed. Try again when you are online.";
    ErrMoveUnsaved =>
        "Je laatste wijzigingen zijn nog niet opgeslagen. Los dat eerst op. Daarna kun je je dossier overzetten.",
        "Your latest changes have not been saved yet. Solve that first. Then you can move your file.";
    ErrMoveTooLarge =>
        "Je dossier is te groot om zo over te zetten. Er is niets verstuurd.",
        "Your file is too large to move this way. Nothing was sent.";
    ErrMoveDocuments =>
        "De documenten op deze telefoon konden niet worden gelezen. Er is niets verstuurd.",
        "The documents on this phone could not be read. Nothing was sent.";
    ErrMoveCancelOffline =>
        "Stoppen lukt nu niet: er is geen verbinding. Het overzetten stopt vanzelf na 10 minuten.",
        "Stopping does not work right now: there is no connection. Moving stops by itself after 10 minutes.";
    ReceiveTitle => "Dossier ontvangen", "Receive a file";
    ReceiveIntro =>
        "Je oude telefoon laat een code van 6 cijfers zien. Typ die code hieronder.",
        "Your old phone shows a 6-digit code. Type that code below.";
    ReceiveCodeLabel => "Code van 6 cijfers", "6-digit code";
    ReceiveButton => "Ontvang mijn dossier", "Receive my file";
    Receiving => "Je dossier wordt ontvangen…", "Receiving your file…";
    ReceiveNotNow => "Niet ontvangen, ga terug", "Do not receive, go back";
    ReceivedNotice =>
        "Je dossier is ontvangen. Typ de wachtzin van je dossier om het te openen.",
        "Your file has been received. Type the passphrase of your file to open it.";
    ErrCodeEmpty => "Typ de code van 6 cijfers.", "Type the 6-digit code.";
    ErrCodeShape =>
        "Een code heeft precies 6 cijfers. Kijk nog eens op je oude telefoon.",
        "A code has exactly 6 digits. Look at your old phone again.";
    ErrMoveVoid =>
        "De code was te vaak fout. Het overzetten is gestopt. Begin opnieuw op je oude telefoon. Op deze telefoon is niets veranderd.",
        "The code was wrong too many times. Moving has stopped. Start again on your old phone. Nothing has changed on this phone.";
    ErrMoveGone =>
        "Dit overzetten bestaat niet meer. De 10 minuten zijn om, het dossier is al ontvangen, of het overzetten is gestopt. Begin opnieuw op je oude telefoon. Op deze telefoon is niets veranderd.",
        "This move no longer exists. The 10 minutes are up, the file was already received, or moving was stopped. Start again on your old phone. Nothing has changed on this phone.";
    ErrMoveDamaged =>
        "Wat er binnenkwam is beschadigd of past niet bij de link. Er is niets opgeslagen. Begin opnieuw op je oude telefoon.",
        "What arrived is damaged or does not fit the link. Nothing was saved. Start again on your old phone.";
    ErrMoveNewer =>
        "Dit dossier komt van een nieuwere versie van Regie. Laad de pagina opnieuw. Er is niets opgeslagen.",
        "This file comes from a newer version of Regie. Reload the page. Nothing was saved.";
    ErrReceiveOffline =>
        "Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw. Er is niets veranderd.",
        "There is no connection to the server. Check your internet and try again. Nothing has changed.";
    ErrReceiveStore =>
        "Opslaan op deze telefoon is niet gelukt: de opslag is vol of niet beschikbaar. Het oude dossier is niet veranderd. Maak ruimte vrij en druk nog eens op de knop.",
        "Saving on this phone failed: storage is full or not available. The old file has not changed. Free up space and press the button again.";
    // -- end transfer --

    // -- pwa: install, offline, updates, accessibility statement --
    UpdateReady =>
        "Er is een nieuwe versie van Regie klaar.",
        "A new version of Regie is ready.";
    UpdateNow => "Nu bijwerken", "Update now";
    UpdateWorking => "Bezig met bijwerken…", "Updating…";
    ErrUpdateNotSaved =>
        "Bijwerken kan nu niet: je laatste wijzigingen zijn nog niet opgeslagen. Los dat eerst op, dan raak je niets kwijt.",
        "Cannot update now: your latest changes are not saved yet. Solve that first, so you lose nothing.";
    A11yLink => "Toegankelijkheid", "Accessibility";
    A11yTitle => "Toegankelijkheid van Regie", "Accessibility of Regie";
    A11yIntro =>
        "Iedereen moet Regie kunnen gebruiken, ook met een schermlezer, alleen met een toetsenbord of met grote letters. Hier lees je wat we daarvoor doen, wat nog niet goed is en hoe je een probleem meldt.",
        "Everyone should be able to use Regie, also with a screen reader, with a keyboard only or with large text. Here you read what we do for that, what is not good yet, and how to report a problem.";
    A11yMeetTitle => "Waar Regie aan voldoet", "What Regie meets";
    A11yMeetText =>
        "Regie wil voldoen aan de WCAG 2.1, niveau AA. Dat is de norm voor websites en apps van de overheid.",
        "Regie aims to meet WCAG 2.1, level AA. That is the standard for government websites and apps.";
    A11yMeetKeyboard =>
        "Je kunt alles doen met alleen een toetsenbord. Je ziet altijd waar je bent.",
        "You can do everything with a keyboard only. You always see where you are.";
    A11yMeetNames =>
        "Elke knop en elk veld heeft een naam die een schermlezer voorleest.",
        "Every button and every field has a name that a screen reader reads out.";
    A11yMeetZoom =>
        "Je kunt de tekst twee keer zo groot maken. De tekst past zich aan het scherm aan, ook op een smalle telefoon.",
        "You can make the text twice as large. The text adapts to the screen, also on a narrow phone.";
    A11yMeetTime =>
        "Voordat Regie je dossier vergrendelt, krijg je een waarschuwing. Je kunt dan kiezen om door te gaan.",
        "Before Regie locks your file, you get a warning. You can then choose to carry on.";
    A11yMeetLanguage =>
        "Regie gebruikt eenvoudig Nederlands (taalniveau B1). Je kunt ook Engels kiezen.",
        "Regie uses plain Dutch (language level B1). You can also choose English.";
    A11yHowTitle => "Hoe we dit controleren", "How we check this";
    A11yHowText =>
        "Bij elke nieuwe versie testen we elk scherm automatisch met een testprogramma (axe-core), op een telefoonscherm en op een groot scherm. We testen ook of alles met alleen een toetsenbord werkt.",
        "With every new version we test every screen automatically with a test program (axe-core), on a phone screen and on a large screen. We also test that everything works with a keyboard only.";
    A11yLimitsTitle => "Wat nog niet goed is", "What is not good yet";
    A11yLimitQr =>
        "Een schermlezer kan de QR-code niet lezen. Gebruik dan de link onder de QR-code: die kun je kopiëren of versturen.",
        "A screen reader cannot read the QR code. Use the link below the QR code instead: you can copy it or send it.";
    A11yLimitTesting =>
        "We hebben Regie nog niet getest met mensen die een schermlezer of ander hulpmiddel gebruiken. Dat gaan we doen.",
        "We have not yet tested Regie with people who use a screen reader or another aid. We will do that.";
    A11yLimitNew =>
        "Nieuwe onderdelen kunnen fouten hebben die de automatische test niet vindt.",
        "New parts may have problems that the automatic test does not find.";
    A11yReportTitle => "Een probleem melden", "Report a problem";
    A11yReportText =>
        "Lukt iets niet, of is iets moeilijk te gebruiken? Vertel het aan de organisatie die jou Regie heeft aangeraden. Zeg op welk scherm het was, wat je wilde doen en welk hulpmiddel je gebruikt. Zet nooit je wachtwoordzin of gegevens uit je dossier in je melding.",
        "Does something not work, or is something hard to use? Tell the organisation that recommended Regie to you. Say which screen it was, what you wanted to do and which aid you use. Never put your passphrase or details from your file in your report.";
    A11yDate =>
        "Deze verklaring is gemaakt op 22 november 2026.",
        "This statement was made on 22 November 2026.";
    // -- end pwa --

    // -- worker: key derivation off the main thread --
    // -- end worker --

    // -- navigation: the bottom bar, the section lists, the skip link --
    NavDossier => "Mijn dossier", "My dossier";
    NavMore => "Meer", "More";
    NavMain => "Hoofdmenu", "Main menu";
    SkipToContent => "Naar de inhoud", "Skip to content";
    SectionsIntro =>
        "Alles wat je over jezelf bijhoudt, in tien onderdelen. Kies een onderdeel om het te lezen of aan te vullen.",
        "Everything you keep about yourself, in ten parts. Choose a part to read it or add to it.";
    OtherSections => "Naar een ander onderdeel", "Go to another part";
    MoreSettingsHint =>
        "Back-up, wachtzin, naar een nieuwe telefoon, automatisch vergrendelen.",
        "Backup, passphrase, moving to a new phone, locking automatically.";
    HomeDomainsHint => "Hoe het gaat op elk leefgebied, met cijfers van 1 tot 5.", "How each area of your life is going, scored 1 to 5.";
    HomeGoalsHint => "Wat je wilt bereiken, en wie wat heeft beloofd.", "What you want to achieve, and who promised what.";
    HomeNetworkHint => "De mensen en organisaties om je heen.", "The people and organisations around you.";
    HomeSupportHint => "Je hulp, aanvragen, wachtlijsten en beschikkingen.", "Your help, applications, waiting lists and decisions.";
    HomeHealthHint => "Aandoeningen, medicijnen, allergieën en zorgverleners.", "Conditions, medication, allergies and care providers.";
    HomeJournalHint => "Notities en afspraken op een tijdlijn.", "Notes and appointments on a timeline.";
    HomeDocumentsHint => "Foto's en pdf's van brieven en beschikkingen.", "Photos and PDFs of letters and decisions.";
    // -- end navigation --

    // -- the relay's answers --
    ErrRelayFull =>
        "De server is vol. Probeer het later, of deel minder documenten.",
        "The server is full. Try again later, or share fewer documents.";
    // -- end the relay's answers --

    // -- Personal plan --
    PlanTitle => "Persoonlijk plan", "Personal plan";
    PlanPrintFailed =>
        "Afdrukken lukt niet in deze browser. Probeer het menu van de browser: Afdrukken of Delen.",
        "Printing does not work in this browser. Try the browser's menu: Print or Share.";
    PlanNothingChosen =>
        "Je hebt nog niets gekozen. Kies hierboven wat in je plan komt.",
        "You have not chosen anything yet. Choose above what goes into your plan.";
    PlanNothingYet =>
        "Er staat nog niets in je dossier voor een plan. Vul eerst iets in, bijvoorbeeld Mijn verhaal of Doelen.",
        "There is nothing in your file for a plan yet. Fill in something first, for example My story or Goals.";
    PlanPartAbout => "Wie ben ik", "Who I am";
    PlanPartSituation => "Mijn situatie per leefgebied", "My situation in each area of life";
    PlanPartGoals => "Wat wil ik bereiken", "What I want to achieve";
    PlanPartOwn => "Wat doe ik zelf", "What I do myself";
    PlanPartNetwork => "Wat doet mijn netwerk", "What my network does";
    PlanPartSupport => "Welke hulp heb ik nodig", "What help I need";
    PlanPartApplications => "Lopende aanvragen en beschikkingen", "Applications and decisions in progress";
    PlanPartStory => "Mijn verhaal in mijn eigen woorden", "My story in my own words";
    // -- end personal plan --
    // Herstelhelpers on the unlock screen (the rest: catalogue/recovery_texts.rs)
    RecoverOffer =>
        "Heb je herstelhelpers gekozen? Dan open je je dossier met hun herstelkaarten.",
        "Did you choose recovery helpers? Then open your file with their recovery cards.";
    RecoverStart => "Openen met herstelkaarten", "Open with recovery cards";
    RestoreWithCards => "Terugzetten met herstelkaarten", "Restore with recovery cards";
    ErrImportIsCopy =>
        "Dit is een herstelkopie. Die zet je terug met de kaarten van je helpers: kies Terugzetten met herstelkaarten. Er is niets veranderd.",
        "This is a recovery copy. You restore it with your helpers' cards: choose Restore with recovery cards. Nothing has changed.";
    // -- Unlock help and passphrase strength --
    ForgotTitle => "Wachtzin vergeten?", "Forgot your passphrase?";
    ForgotNobody =>
        "Je dossier is versleuteld met je wachtzin. Zonder die wachtzin kan niemand het openen: wij niet, en de server ook niet. Er is geen knop om de wachtzin terug te halen.",
        "Your file is encrypted with your passphrase. Without it, nobody can open it: not us, and not the server. There is no button to get the passphrase back.";
    ForgotTryAgain =>
        "Probeer het eerst rustig nog een keer. Let op hoofdletters, spaties en de taal van je toetsenbord. Met de knop Wachtzin laten zien zie je wat je typt.",
        "First try again calmly. Mind capital letters, spaces and the language of your keyboard. With the Show passphrase button you can see what you type.";
    ForgotBackup =>
        "Heb je een back-up gemaakt met een wachtzin die je nog wel weet? Dan kun je die back-up hier terugzetten. Daarna open je je dossier met de wachtzin van de back-up.",
        "Did you make a backup with a passphrase that you do remember? Then you can restore that backup here. After that, you open your file with the passphrase of the backup.";
    ForgotNoBackup =>
        "Heb je geen back-up, of weet je ook die wachtzin niet meer? Dan kan niemand dit dossier nog openen. Laat het gerust staan: misschien schiet de wachtzin je later nog te binnen.",
        "No backup, or you do not remember that passphrase either? Then nobody can open this file any more. You can leave it in place: perhaps you will remember the passphrase later.";
    ForgotRestoreStart => "Een back-up terugzetten", "Restore a backup";
    ForgotRestoreReplaces =>
        "Let op: de back-up komt in de plaats van het dossier op deze telefoon. Je huidige dossier blijft staan tot de back-up helemaal goed is teruggezet. Gaat er iets mis, dan verandert er niets.",
        "Please note: the backup takes the place of the file on this phone. Your current file stays until the backup has been restored completely. If something goes wrong, nothing changes.";
    ErrPassphraseCommon =>
        "Deze wachtzin gebruiken heel veel mensen, en daarom is hij snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).",
        "Very many people use this passphrase, so it is quickly guessed. Choose four words that have nothing to do with each other instead, for example: bicycle cloud pancake pond (but your own words).";
    ErrPassphrasePattern =>
        "Deze wachtzin is een reeks of een herhaling, zoals 12345, abcde, qwerty of hahaha. Dat is snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).",
        "This passphrase is a sequence or a repeat, like 12345, abcde, qwerty or hahaha. That is quickly guessed. Choose four words that have nothing to do with each other instead, for example: bicycle cloud pancake pond (but your own words).";
    ErrPassphraseAppName =>
        "Gebruik de naam van de app liever niet in je wachtzin: die probeert iemand als eerste. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).",
        "Better not use the name of the app in your passphrase: it is the first thing someone tries. Choose four words that have nothing to do with each other instead, for example: bicycle cloud pancake pond (but your own words).";
    ErrPassphraseWordDigits =>
        "Een bekend woord met cijfers ervoor of erachter, zoals welkom2026, is snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).",
        "A well-known word with digits before or after it, like welcome2026, is quickly guessed. Choose four words that have nothing to do with each other instead, for example: bicycle cloud pancake pond (but your own words).";
    ErrPassphraseDigits =>
        "Alleen cijfers, zoals een datum of een telefoonnummer, zijn snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).",
        "Only digits, like a date or a phone number, are quickly guessed. Choose four words that have nothing to do with each other instead, for example: bicycle cloud pancake pond (but your own words).";
    // -- end Unlock help and passphrase strength --
    // -- The professional's half hour: summary, contents, print (viewer) --
    ViewContents => "Inhoud", "Contents";
    // -- end The professional's half hour --
    // -- What exactly is shared: presets, life domains, documents, private entries, preview --
    PresetCustom => "Zelf kiezen", "Choose myself";
    PresetWijkteam => "Wijkteam", "Neighbourhood team";
    PresetSchuldhulp => "Schuldhulp", "Debt counselling";
    PresetGgz => "GGZ (geestelijke gezondheidszorg)", "Mental health care (GGZ)";
    PresetHuisarts => "Huisarts", "GP (family doctor)";
    PresetClientondersteuner => "Cliëntondersteuner", "Client supporter";
    ShareDomainNoScore => "(geen score)", "(no score)";
    ShareStepWhoTitle => "Voor wie is het?", "Who is it for?";
    ShareStepWhatTitle => "Wat deel je?", "What do you share?";
    ShareStepHowLongTitle => "Hoe lang, en voor wie?", "For how long, and for whom?";
    JournalPrivate => "Alleen voor mij", "Only for me";
    // -- Appointments to the calendar --
    CalendarAdd => "Zet in je agenda", "Add to your calendar";
    CalendarAddLabel => "Zet in je agenda: {}", "Add to your calendar: {}";
    CalendarWith => "Afspraak met {}", "Appointment with {}";
    CalendarFileName => "afspraak", "appointment";
    CalendarSaved =>
        "De afspraak staat in je downloads. Open het bestand om hem in je agenda te zetten.",
        "The appointment is in your downloads. Open the file to put it in your calendar.";
    CalendarFailed =>
        "Het lukte niet om de afspraak door te geven. Probeer het nog een keer.",
        "The appointment could not be handed over. Please try again.";
    // -- end Appointments to the calendar --
    JournalPrivateHint =>
        "Deze notitie gaat nooit mee als je iets deelt, en staat niet in je plan.",
        "This note never goes along when you share something, and is not in your plan.";
    // -- end What exactly is shared --

    // -- Signed shares and check words --
    CheckWordsTitle => "Controlewoorden", "Check words";
    CheckWordsClient =>
        "Deze woorden horen bij jouw dossier. Wie je iets laat zien, ziet dezelfde woorden. Zo weet die persoon dat het echt uit jouw dossier komt.",
        "These words belong to your file. Whoever you share with sees the same words. That is how they know it really comes from your file.";
    CheckWordsViewer =>
        "Vraag de cliënt welke woorden haar telefoon laat zien. Zijn het dezelfde woorden, dan komt dit echt uit haar dossier.",
        "Ask the client which words her phone shows. If they are the same words, this really comes from her file.";
    ErrShareNotSigned =>
        "Dit gedeelde dossier heeft geen geldige handtekening van het dossier van de cliënt. Misschien is er iets aan veranderd, of komt de link uit een oudere versie van Regie. Daarom laten we niets zien. Vraag de cliënt om opnieuw te delen.",
        "This share has no valid signature from the client's file. Something may have been changed, or the link comes from an older version of Regie. That is why nothing is shown. Ask the client to share again.";
    ErrShareNotAsChosen =>
        "Dit gedeelde dossier staat niet klaar zoals de cliënt het heeft gedeeld: de link, de begintijd, het aantal keer openen, de code of de eindtijd is anders. Daarom laten we niets zien. Vraag de cliënt om opnieuw te delen.",
        "This share is not set up the way the client shared it: its link, start, number of openings, code or end is different. That is why nothing is shown. Ask the client to share again.";
    // -- end Signed shares and check words --
    // -- Control over every share, and safe links --
    ShareStatusBlocked => "Geblokkeerd na 5 foute spreekcodes", "Blocked after 5 wrong spoken codes";
    ShareStandingOffline => "{} (status onbekend: geen verbinding)", "{} (status unknown: no connection)";
    ErrShareShowGone =>
        "Deze QR-code kan Regie niet meer laten zien. Maak een nieuwe met Nieuw delen.",
        "Regie can no longer show this QR code. Make a new one with Share something new.";
    ViewLinkRead =>
        "Deze pagina haalt de sleutel meteen uit de adresbalk, zodat hij niet in de geschiedenis van de browser blijft. Na opnieuw laden is hij dus weg. Open de link of scan de QR-code opnieuw.",
        "This page takes the key out of the address bar at once, so that it does not stay in the browser's history. After a reload it is gone. Open the link or scan the QR code again.";
    ReceiveKeepsOld =>
        "Op deze telefoon staat al een dossier. Het ontvangen dossier komt daar alleen in de plaats van als je de wachtzin van dat huidige dossier typt. Zo kan niemand met een link jouw dossier weghalen. Je huidige dossier en documenten blijven bewaard tot je het ontvangen dossier één keer hebt geopend.",
        "There is already a file on this phone. The file you receive only takes its place if you type the passphrase of that current file. That way nobody can remove your file with a link. Your current file and documents are kept until you have opened the received file once.";
    ReceiveCurrentPassphrase => "Wachtzin van het dossier dat nu op deze telefoon staat", "Passphrase of the file that is on this phone now";
    ErrReceivePassphraseNeeded =>
        "Typ eerst de wachtzin van het dossier dat nu op deze telefoon staat. Zonder die wachtzin verandert er niets.",
        "First type the passphrase of the file that is on this phone now. Without it, nothing changes.";
    ErrReceivePassphraseWrong =>
        "Dit is niet de wachtzin van het dossier op deze telefoon. Er is niets veranderd.",
        "This is not the passphrase of the file on this phone. Nothing has changed.";
    ReceivedKeptOld =>
        "Je dossier is ontvangen. Typ de wachtzin van het ontvangen dossier om het te openen. Je vorige dossier blijft bewaard tot dat gelukt is.",
        "Your file has been received. Type the passphrase of the received file to open it. Your previous file is kept until that has worked.";
    ReceiveGoBack => "Terug naar mijn vorige dossier", "Back to my previous file";
    ReceiveWentBack =>
        "Je vorige dossier staat weer op deze telefoon. Open het met zijn eigen wachtzin.",
        "Your previous file is back on this phone. Open it with its own passphrase.";
    // -- end Control over every share, and safe links --

    // -- Spoken code, appointment window, stopping open viewers --
    ErrShareCode => "De spreekcode moet uit 4 tot 6 cijfers bestaan. Of laat het vak leeg.", "The spoken code must be 4 to 6 digits. Or leave the box empty.";
    ErrShareStartsBad => "Deze datum of tijd bestaat niet. Kies een ander moment.", "This date or time does not exist. Choose another moment.";
    ErrShareStartsPast => "Dit begin is al voorbij. Kies een later moment, of laat het vak leeg.", "This start has already passed. Choose a later moment, or leave the box empty.";
    ErrShareStartsFar => "Het delen kan hoogstens 30 dagen van tevoren klaargezet worden.", "Sharing can be set up at most 30 days in advance.";
    ShareMadeCode => "Spreekcode: {}. Zeg deze spreekcode hardop tegen de hulpverlener.", "Spoken code: {}. Say this spoken code aloud to the professional.";
    ErrViewCodeShape => "Typ de spreekcode van 4 tot 6 cijfers die de cliënt je zegt.", "Type the spoken code of 4 to 6 digits that the client tells you.";
    ErrViewCodeWrong => "Deze spreekcode klopt niet.", "This spoken code is not right.";
    ViewNotYet => "Deze gegevens zijn te bekijken vanaf {}.", "This information can be viewed from {}.";
    // -- end Spoken code, appointment window, stopping open viewers --
    // -- The end of a share, in sight --
    // -- end The end of a share, in sight --
    // -- The professional writes back --
    ReplyKindNote => "Een notitie voor het dagboek", "A note for the journal";
    ReplyKindAgreement => "Een afspraak die ik nakom", "An agreement I will keep";
    ReplyKindScore => "Een score voor een leefgebied", "A score for a life domain";
    ReplyKindAppointment => "Een afspraak op een datum", "An appointment on a date";
    ReplyTextNote => "Wat wil je doorgeven?", "What do you want to pass on?";
    ReplyTextAgreement => "Wat ga je doen?", "What will you do?";
    ReplyTextScore => "Toelichting (mag leeg)", "Explanation (may be empty)";
    ReplyTextAppointment => "Waar gaat de afspraak over?", "What is the appointment about?";
    ReplySend => "Versturen", "Send";
    ReplySending => "Wordt verstuurd…", "Sending…";
    ErrReplyAuthor => "Vul je naam en organisatie in.", "Please fill in your name and organisation.";
    ErrReplyText => "Schrijf op wat je wilt doorgeven.", "Please write what you want to pass on.";
    ErrReplyTooLong => "Dit is te lang. Maak de tekst korter.", "This is too long. Please make the text shorter.";
    ErrReplyDomain => "Kies een leefgebied.", "Please choose a life domain.";
    ErrReplyScore => "Kies een score van 1 tot 5.", "Please choose a score from 1 to 5.";
    ErrReplyWhen => "Kies een datum en een tijd.", "Please choose a date and a time.";
    ErrReplyOffline =>
        "Versturen lukt nu niet: er is geen verbinding. Je tekst staat er nog. Probeer het opnieuw.",
        "Sending does not work now: there is no connection. Your text is still here. Please try again.";
    ErrReplyEnded =>
        "Wat de cliënt deelde, is niet meer te zien. Je bericht is niet verstuurd.",
        "What the client shared can no longer be seen. Your message was not sent.";
    ErrRepliesFull =>
        "Er kunnen geen berichten meer bij wat de cliënt deelde. Neem contact op met de cliënt.",
        "No more messages fit with what the client shared. Please contact the client.";
    ErrReplyRefused =>
        "Versturen is niet gelukt. Je tekst staat er nog. Probeer het opnieuw.",
        "Sending failed. Your text is still here. Please try again.";
    RepliesTitle => "Voorstellen van hulpverleners", "Proposals from professionals";
    RepliesIntro =>
        "Dit schreven hulpverleners terug via wat je deelde. Jij kiest wat in je dossier komt.",
        "Professionals wrote this back through what you shared. You choose what goes into your file.";
    // -- end The professional writes back --
    // Purpose of a share ("waarvoor"), and requests for a share ("vraag")
    PurposeIntake => "Intake schuldhulp", "Debt help intake";
    PurposeKitchen => "Keukentafelgesprek", "Kitchen table talk";
    PurposeGp => "Huisartsconsult", "GP appointment";
    ErrPurposeLong => "Deze tekst is te lang. Gebruik hoogstens 80 tekens.", "This text is too long. Use at most 80 characters.";
    RequestApprove => "Ja, delen", "Yes, share";
    RequestApproved => "Gedeeld. Het staat nu op het scherm van {}.", "Shared. It is now on the screen of {}.";
    RequestRefusedDone => "Je hebt niets gedeeld.", "You shared nothing.";
    ErrRequestAltered => "Deze vraag is onderweg veranderd. Deel niets. Vraag om een nieuwe QR-code.", "This request was changed on the way. Do not share. Ask for a new QR code.";
    ErrRequestGone => "Deze vraag bestaat niet meer. De tijd is om of er is al geantwoord.", "This request no longer exists. Its time is up or it was answered.";
    RequestName => "Je naam", "Your name";
    RequestOrg => "Organisatie", "Organisation";
    RequestRole => "Functie", "Role";
    RequestCreate => "Vraag maken", "Make request";
    ErrRequestName => "Vul je naam in.", "Fill in your name.";
}

counted! {
    ShareOpened =>
        ["1 keer geopend: {}", "{n} keer geopend: {}"],
        ["Opened once: {}", "Opened {n} times: {}"];
    CodeTriesLeft =>
        ["Deze code klopt niet. Je kunt het nog maar 1 keer proberen.", "Deze code klopt niet. Je kunt het nog {n} keer proberen."],
        ["This code is not right. You can try only 1 more time.", "This code is not right. You can try {n} more times."];
    ViewCodeTriesLeft =>
        ["Deze spreekcode klopt niet. Je kunt het nog maar 1 keer proberen.", "Deze spreekcode klopt niet. Je kunt het nog {n} keer proberen."],
        ["This spoken code is not right. You can try only 1 more time.", "This spoken code is not right. You can try {n} more times."];
    AgreementsOverdue =>
        ["1 afspraak is te laat.", "{n} afspraken zijn te laat."],
        ["1 agreement is overdue.", "{n} agreements are overdue."];
    MinutesLeft => ["nog 1 min", "nog {n} min"], ["1 min left", "{n} min left"];
    HoursLeft => ["nog 1 uur", "nog {n} uur"], ["1 h left", "{n} h left"];
    DaysLeft => ["nog 1 dag", "nog {n} dagen"], ["1 day left", "{n} days left"];
    InDays => ["over 1 dag", "over {n} dagen"], ["in 1 day", "in {n} days"];
    DaysAgo => ["1 dag geleden", "{n} dagen geleden"], ["1 day ago", "{n} days ago"];
    DocumentsNotInBackup =>
        ["Let op: 1 document kon Regie niet lezen. Dat zit niet in de back-up.", "Let op: {n} documenten kon Regie niet lezen. Die zitten niet in de back-up."],
        ["Please note: Regie could not read 1 document. It is not in the backup.", "Please note: Regie could not read {n} documents. They are not in the backup."];
    // -- What exactly is shared --
    ShareSummaryDocuments => ["{} (1 van {})", "{} ({n} van {})"], ["{} (1 of {})", "{} ({n} of {})"];
    ShareSummaryPrivate =>
        ["{} (zonder 1 notitie alleen voor mij)", "{} (zonder {n} notities alleen voor mij)"],
        ["{} (without 1 note only for me)", "{} (without {n} notes only for me)"];
    // -- end What exactly is shared --
    // -- Control over every share --
    ShareMinutesLeft => ["Nog 1 minuut", "Nog {n} minuten"], ["1 minute left", "{n} minutes left"];
    // -- end Control over every share --
    // -- The end of a share, in sight --
    ViewSecondsLeft => ["nog 1 seconde", "nog {n} seconden"], ["1 more second", "{n} more seconds"];
    ViewEndingIn => ["1 minuut", "{n} minuten"], ["1 minute", "{n} minutes"];
    // -- end The end of a share, in sight --
}
