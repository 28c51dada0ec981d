//! The table of every text the app shows: Dutch (B1 plain language) first, English second.
//!
//! A key without both languages does not build. `{}` marks a value to fill in, in order.

use super::{fill_in, Lang};

catalogue! {
    AppName => "Regie";
    Language => "Taal";
    LanguageFailed =>
        "Regie kon deze taal niet laden. Kijk of je internet hebt en probeer het nog een keer.";
    Loading => "Regie wordt geladen…";

    // Reading aloud (the browser's own voice)
    ReadAloud => "Voorlezen";
    ReadAloudPause => "Pauze";
    ReadAloudResume => "Verder";
    ReadAloudStop => "Stop met voorlezen";
    ReadAloudSlower => "Langzamer voorlezen";
    ReadAloudSentences => "De zinnen die Regie voorleest";
    ReadAloudNoVoice =>
        "Je telefoon heeft geen stem om deze taal voor te lezen. Voeg een stem toe in de instellingen van je telefoon, bij Spraak. Op een computer vind je dit bij de instellingen voor taal of spraak.";
    ReadAloudNoSpeech =>
        "Deze browser kan niet voorlezen. Probeer een andere browser, zoals Chrome, Edge, Firefox of Safari.";

    // First run
    FirstRunTitle => "Maak je dossier";
    FirstRunIntro =>
        "Je dossier blijft op deze telefoon. Het wordt versleuteld met een wachtzin die alleen jij kent. Niemand anders kan het lezen, ook wij niet.";
    NewPassphrase => "Kies een wachtzin";
    ConfirmPassphrase => "Typ de wachtzin nog een keer";
    PassphraseRule =>
        "Gebruik minstens 10 tekens. Kies vier woorden die niets met elkaar te maken hebben. Die zijn makkelijk te onthouden en moeilijk te raden. Bijvoorbeeld: fiets wolk pannenkoek vijver (kies je eigen woorden).";
    ForgetWarningTitle => "Let op";
    ForgetWarning =>
        "Als je de wachtzin vergeet, kan niemand je dossier nog openen. Ook wij niet. Schrijf de wachtzin op en bewaar hem op een veilige plek.";
    CreateDossier => "Dossier maken";
    Creating => "Regie beveiligt je dossier…";
    ShowPassphrase => "Wachtzin laten zien";

    // Unlock
    UnlockTitle => "Dossier openen";
    UnlockIntro => "Typ je wachtzin om je dossier te openen.";
    Passphrase => "Wachtzin";
    Unlock => "Openen";
    Unlocking => "Regie opent je dossier…";
    Lock => "Vergrendelen";
    LockedIdle =>
        "Je dossier is vergrendeld, omdat je een tijdje niets hebt gedaan.";
    IdleWarning =>
        "Regie vergrendelt je dossier zo, omdat je een tijdje niets hebt gedaan.";
    StayUnlocked => "Ik ben er nog";

    // Errors: a plain sentence, and what happened to the data.
    ErrPassphraseEmpty => "Vul een wachtzin in.";
    ErrPassphraseShort =>
        "Deze wachtzin is te kort. Gebruik minstens 10 tekens.";
    ErrPassphraseMismatch =>
        "De twee wachtzinnen zijn niet hetzelfde. Typ ze allebei nog een keer.";
    ErrWrongPassphrase =>
        "Deze wachtzin klopt niet. Probeer het nog een keer. Let op hoofdletters en spaties.";
    ErrCorrupt =>
        "Het opgeslagen dossier is beschadigd. Regie kan het niet openen, en heeft niets gewist.";
    ErrUnsupported =>
        "Dit dossier komt uit een nieuwere versie van Regie. Laad de pagina opnieuw om de nieuwste versie te krijgen. Regie heeft niets gewist.";
    ErrTooMuchWork =>
        "Dit dossier vraagt te veel rekenwerk om te openen op dit apparaat. Regie heeft niets gewist.";
    ErrQuota =>
        "Opslaan is niet gelukt: de opslag van deze browser is vol. Wat je hebt veranderd, staat nog op het scherm. Maak ruimte vrij en probeer het opnieuw.";
    ErrNoStorage =>
        "Deze browser laat Regie niets bewaren, bijvoorbeeld in een privévenster. Open Regie in een gewoon venster.";
    ErrSaveFailed =>
        "Opslaan is niet gelukt. Wat je hebt veranderd, staat nog op het scherm. Probeer het opnieuw.";
    ErrInvalidDate =>
        "Deze datum bestaat niet. Kies een bestaande datum.";
    TryAgain => "Opnieuw proberen";
    ErrAppLoad =>
        "Regie is nog niet helemaal geladen. Kijk of je internet hebt en probeer het opnieuw. Regie heeft niets gewist.";

    // Saving
    Saved => "Opgeslagen";
    Saving => "Opslaan…";
    NotSaved => "Niet opgeslagen";
    // Words many screens share
    Save => "Opslaan";
    Cancel => "Annuleren";
    Edit => "Aanpassen";
    Delete => "Verwijderen";
    DeleteYes => "Ja, verwijderen";
    Keep => "Nee, bewaren";
    Myself => "Ik zelf";
    AProfessional => "Een hulpverlener";
    DateLabel => "Datum";
    NoteOptional => "Toelichting (mag leeg blijven)";
    SavedAutomatically =>
        "Regie slaat vanzelf op wat je typt.";

    // Navigation and sections
    Home => "Start";
    Menu => "Menu";
    SectionAbout => "Over mij";
    SectionStory => "Mijn verhaal";
    Settings => "Instellingen";
    HomeIntro =>
        "Hier houd je je eigen dossier bij. Begin met ‘Over mij’ en ‘Mijn verhaal’.";
    HomeNextStory =>
        "Hier houd je je eigen dossier bij. ‘Over mij’ staat erin. Schrijf nu ‘Mijn verhaal’: je verhaal in je eigen woorden.";
    HomeNextAbout =>
        "Hier houd je je eigen dossier bij. ‘Mijn verhaal’ staat erin. Vul nu ‘Over mij’ in: wie je bent en hoe je benaderd wilt worden.";
    HomeNextDomains =>
        "‘Over mij’ en ‘Mijn verhaal’ staan erin. Een goede volgende stap: geef bij ‘Leefgebieden’ een cijfer van 1 tot 5 voor hoe het gaat.";
    HomeNextGoals =>
        "Je dossier krijgt vorm. Een goede volgende stap: schrijf bij ‘Doelen en afspraken’ op wat je wilt bereiken.";
    HomeIntroDone =>
        "Hier houd je je eigen dossier bij. Vul het aan wanneer er iets verandert.";
    GoToSection => "Ga naar {}";
    HomeAboutHint => "Wie je bent en hoe je benaderd wilt worden.";
    HomeStoryHint => "Je verhaal in je eigen woorden.";

    // Over mij
    AboutIntro =>
        "Wat hulpverleners over jou moeten weten. Vul in wat je wilt; niets is verplicht.";
    FieldName => "Naam";
    FieldDateOfBirth => "Geboortedatum";
    FieldPhone => "Telefoonnummer";
    FieldEmail => "E-mailadres";
    FieldAddress => "Adres";
    FieldLanguages => "Talen die ik spreek";
    FieldApproach => "Zo wil ik benaderd worden";
    FieldWhatMatters => "Dit is belangrijk voor mij";

    // Mijn verhaal
    StoryIntro =>
        "Schrijf je verhaal één keer op, in je eigen woorden. Dan hoef je het niet steeds opnieuw te vertellen.";
    StoryLabel => "Mijn verhaal";

    // Settings
    AutoLockLabel => "Automatisch vergrendelen na (minuten)";
    AutoLockHint =>
        "Als je zo lang niets doet, gaat je dossier op slot.";
    StorageTitle => "Opslag op dit apparaat";
    StoragePersistent =>
        "Deze browser bewaart je dossier blijvend.";
    StorageNotPersistent =>
        "Deze browser kan je dossier wissen. Dat kan gebeuren als er weinig ruimte is, of als je Regie lang niet gebruikt. Maak daarom regelmatig een back-up.";
    StorageUnknown =>
        "Het is niet bekend of deze browser je dossier blijvend bewaart. Maak regelmatig een back-up.";

    // -- sharing (client side) --
    SectionShares => "Delen";
    ShareEmptySection => "(nog leeg)";
    DurationHalfHour => "30 minuten";
    DurationHour => "1 uur";
    DurationFourHours => "4 uur";
    DurationRestOfToday => "De rest van vandaag";
    DurationWeek => "7 dagen";
    DurationMonth => "30 dagen";
    ShareCreate => "Maak de QR-code";
    ShareCreating => "Regie maakt de QR-code…";
    Back => "Terug";
    ShareStatusActive => "Te lezen";
    ShareStatusExpired => "Verlopen";
    ShareStatusRevoked => "Gestopt";
    ShareStatusExhausted => "Geopend, niet meer te openen";
    ShareLogOpened => "{} geopend";
    ShareLogWrongCode => "{} foute spreekcode";
    ShareLogBlocked => "{} geblokkeerd: niemand kan dit nog openen";
    ErrShareNoSections => "Kies minstens één onderdeel om te delen.";
    ErrShareNoRecipient =>
        "Schrijf op met wie je deelt. Dat zie je later terug in je lijst.";
    ErrShareMaxOpens => "Vul een aantal in tussen 1 en 1000, of laat het leeg.";
    ErrShareOffline =>
        "Delen lukt nu niet: er is geen verbinding met internet. Je dossier is niet veranderd. Probeer het straks opnieuw.";
    ErrShareTooLarge =>
        "Wat je wilt delen is te groot. Kies minder onderdelen.";
    ErrShareBusy =>
        "Het is nu te druk. Wacht een minuut en probeer het opnieuw.";
    ErrShareRefused =>
        "Dit lukte niet. Je dossier is niet veranderd. Probeer het opnieuw.";
    ErrRevokeOffline =>
        "Stoppen lukt nu niet: er is geen verbinding. Probeer het opnieuw zodra je internet hebt.";

    // -- viewer --
    ViewGone =>
        "Deze gedeelde informatie is niet meer beschikbaar. De tijd is om, het delen is gestopt, of de link is al gebruikt.";
    ViewStopped =>
        "Het delen is gestopt. Deze gedeelde informatie is niet meer te zien.";
    ViewExpired =>
        "De tijd is om. Deze gedeelde informatie is niet meer te zien.";
    ErrLinkEmpty =>
        "Deze link bevat geen gedeelde informatie. Scan de QR-code opnieuw of vraag om een nieuwe link.";
    ErrLinkBroken =>
        "Deze link is niet compleet of niet goed overgenomen. Scan de QR-code opnieuw of vraag om een nieuwe link.";
    ErrLinkNewer =>
        "Deze link is gemaakt met een nieuwere versie van Regie. Laad de pagina opnieuw.";
    ErrLinkWrongKey =>
        "De sleutel in deze link past niet bij de gedeelde informatie. De link is waarschijnlijk niet goed overgenomen.";
    ErrViewOffline =>
        "Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.";

    // -- read-only section views (viewer) --
    SectionDomains => "Leefgebieden";
    SectionGoals => "Doelen en afspraken";
    SectionNetwork => "Netwerk";
    SectionSupport => "Hulp en aanvragen";
    SectionHealth => "Gezondheid";
    SectionJournal => "Dagboek";
    SectionDocuments => "Documenten";
    DomainFinances => "Financiën";
    DomainDailyActivity => "Dagbesteding";
    DomainHousing => "Huisvesting";
    DomainDomesticRelations => "Huiselijke relaties";
    DomainMentalHealth => "Geestelijke gezondheid";
    DomainPhysicalHealth => "Lichamelijke gezondheid";
    DomainAddiction => "Middelengebruik";
    DomainAdlActivities => "Basale ADL";
    DomainSocialNetwork => "Sociaal netwerk";
    DomainCommunityParticipation => "Maatschappelijke participatie";
    DomainJustice => "Justitie";
    DomainWorkEducation => "Werk & opleiding";
    DomainTimeUse => "Tijdsbesteding";
    DomainInstrumentalAdl => "Instrumentele ADL";
    // The same domains in everyday words, for the client's own screens.
    DomainPlainDomesticRelations => "Relaties thuis";
    DomainPlainAddiction => "Alcohol, drugs en gokken";
    DomainPlainAdlActivities => "Voor jezelf zorgen (wassen, aankleden, eten)";
    DomainPlainInstrumentalAdl => "Huishouden en regelen (boodschappen, post, vervoer)";
    DomainPlainTimeUse => "Hoe je je dagen vult";
    DomainPlainCommunityParticipation => "Meedoen in de buurt en de samenleving";
    ViewScore1 => "acute problematiek";
    ViewScore2 => "niet zelfredzaam";
    ViewScore3 => "beperkt zelfredzaam";
    ViewScore4 => "voldoende zelfredzaam";
    ViewScore5 => "volledig zelfredzaam";
    PreviewDomainsCaption =>
        "Laatste score per leefgebied: van 1 (het gaat heel slecht) tot 5 (het gaat heel goed).";
    ViewDomainsCaption =>
        "Laatste score per leefgebied, van 1 (acute problematiek) tot 5 (volledig zelfredzaam).";
    ViewColOwnScore => "Score van de cliënt";
    ViewColProScore => "Score van een hulpverlener";
    ViewLabelStatus => "Stand van zaken";
    OwnerNameAt => "{} ({})";
    ViewAgreementOpen => "Nog te doen";
    ViewAgreementDone => "Gedaan";
    ViewAgreementDropped => "Gestopt";
    ViewLabelRole => "Rol";
    ViewLabelRelation => "Relatie";
    ViewLabelOrganisation => "Organisatie";
    ViewLabelSince => "Sinds";
    ViewCurrentHelp => "Hulp op dit moment";
    ViewLabelProvider => "Door wie";
    ViewLabelNote => "Toelichting";
    ViewApplications => "Aanvragen en wachtlijsten";
    ViewLabelWhat => "Wat";
    ViewLabelAppliedOn => "Aangevraagd op";
    ViewLabelExpected => "Antwoord of plek verwacht op";
    ViewApplicationApplied => "Aangevraagd";
    ViewApplicationWaitingList => "Op de wachtlijst";
    ViewApplicationGranted => "Toegekend";
    ViewApplicationRefused => "Afgewezen";
    ViewApplicationWithdrawn => "Ingetrokken";
    ViewDecisions => "Beschikkingen";
    ViewLabelIssuer => "Besloten door";
    ViewLabelDecisionDate => "Datum van de beschikking";
    ViewLabelValidFrom => "Geldig vanaf";
    ViewLabelValidUntil => "Geldig tot en met";
    ViewLabelObjectionDeadline => "Bezwaar maken kan tot en met";
    ViewConditions => "Ziektes en aandoeningen";
    ViewMedication => "Medicijnen";
    ViewLabelDose => "Dosis";
    ViewLabelWhen => "Wanneer";
    ViewAllergies => "Allergieën";
    ViewLabelReaction => "Reactie";
    ViewCareProviders => "Zorgverleners";
    ViewJournalNote => "Notitie";
    ViewJournalAppointment => "Afspraak";
    ViewLabelWithWhom => "Met wie";
    ViewLabelPlace => "Waar";
    ViewLabelFileType => "Soort bestand";
    ViewLabelFileSize => "Grootte";
    ViewLabelAdded => "Toegevoegd op";

    // -- domains: Leefgebieden editor and chart --
    DomScorePlain1 => "Het gaat heel slecht. Ik heb nu meteen hulp nodig.";
    DomScorePlain2 => "Het gaat slecht. Zonder hulp lukt het niet.";
    DomScorePlain3 => "Het gaat een beetje. Met wat hulp lukt het.";
    DomScorePlain4 => "Het gaat goed. Meestal lukt het mij zelf.";
    DomScorePlain5 => "Het gaat heel goed. Het lukt mij helemaal zelf.";
    DomChartHint =>
        "De bovenste balk is jouw laatste score. De onderste balk, met een stippelrand, is die van een hulpverlener. Een langere balk is beter.";
    DomChartHintViewer =>
        "De bovenste balk is de laatste score van de cliënt zelf. De onderste balk, met een stippelrand, is die van een hulpverlener. Een langere balk is beter.";
    DomMyScore => "Mijn score";
    DomFormNew => "Nieuwe score voor {}";
    DomFormEdit => "Score aanpassen voor {}";
    DomSave => "Score opslaan";
    DomEditLabel => "Aanpassen: score van {}";
    DomDeleteLabel => "Verwijderen: score van {}";
    DomDeleteConfirm => "Weet je zeker dat je deze score wilt verwijderen?";
    DomErrScoreMissing => "Kies een cijfer van 1 tot 5.";
    DomErrScoreRange =>
        "Een score is 1, 2, 3, 4 of 5. Kies een van die cijfers.";
    DomErrDateFuture =>
        "Deze datum ligt in de toekomst. Een score gaat over nu of over vroeger. Kies vandaag of een eerdere dag.";
    DomErrProMissing => "Vul de naam van de hulpverlener in.";
    // -- end domains --

    // -- goals: Doelen en afspraken editor --
    GoalShowAll => "Alle doelen";
    GoalShowPromised => "Wat anderen mij beloofden";
    GoalFormNew => "Nieuw doel";
    GoalFormEdit => "Doel aanpassen";
    GoalSave => "Doel opslaan";
    GoalEditLabel => "Doel aanpassen: {}";
    GoalDelete => "Doel verwijderen";
    GoalDeleteLabel => "Doel verwijderen: {}";
    GoalDeleteConfirm =>
        "Weet je zeker dat je dit doel wilt verwijderen? De afspraken erbij gaan ook weg.";
    GoalAgreementNew => "Nieuwe afspraak";
    GoalAgreementEditTitle => "Afspraak aanpassen";
    GoalOwnerNetwork => "Iemand uit mijn netwerk (familie, vriend, buur)";
    GoalAgreementSave => "Afspraak opslaan";
    GoalAgreementEditLabel => "Afspraak aanpassen: {}";
    GoalAgreementDeleteLabel => "Afspraak verwijderen: {}";
    GoalAgreementDeleteConfirm => "Weet je zeker dat je deze afspraak wilt verwijderen?";
    GoalErrTitle => "Schrijf op wat je wilt bereiken.";
    GoalErrCreatedFuture =>
        "Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag.";
    GoalErrWhat => "Schrijf op wat er is afgesproken.";
    GoalErrOwnerName => "Vul de naam in van wie het doet.";
    GoalErrDueInvalid =>
        "Deze datum bestaat niet. Kies een bestaande datum, of laat het leeg.";
    GoalErrDueBeforeGoal =>
        "Deze datum ligt vóór de start van het doel. Kies een latere datum.";
    // -- end goals --

    // -- network: Netwerk editor --
    // Editing lists (network, support, health, journal)
    EntryDeleteConfirm => "Weet je zeker dat je dit wilt verwijderen?";
    EntryEditing => "Aanpassen: {}";
    EntryRequired => "(moet je invullen)";
    EntryShowing => "{} van de {} te zien";
    EntryShowMore => "Meer laten zien";
    ErrNeedName => "Vul een naam in.";
    ErrNeedWhat => "Vul in waar het over gaat.";
    ErrNeedWhere => "Vul in waar je het hebt aangevraagd.";
    ErrNeedDecisionDate =>
        "Vul de datum van de beschikking in. Die staat in de brief.";
    ErrNeedDate => "Vul een datum in.";
    ErrNeedTitleOrText => "Schrijf een titel of een tekst.";
    ErrNeedField => "Vul alle velden in die verplicht zijn.";
    ErrEndBeforeStart =>
        "De einddatum ligt vóór de begindatum. Kies een latere einddatum.";
    ErrObjectionBeforeDecision =>
        "De laatste dag voor bezwaar ligt vóór de datum van de beschikking. Kijk nog eens in de brief.";
    ErrExpectedBeforeApplied =>
        "De verwachte datum ligt vóór de datum van de aanvraag. Kies een latere datum.";
    ErrBadTime => "Deze tijd klopt niet. Schrijf de tijd zo: 14:30.";
    ErrEntryRule =>
        "Regie kan dit zo niet opslaan. Kijk de velden nog eens na.";
    // Netwerk
    NetworkIntro =>
        "De mensen en organisaties om je heen. Wie moet een hulpverlener als eerste bellen?";
    NetworkEmpty =>
        "Je hebt nog niemand toegevoegd. Begin met de persoon die je het meest helpt.";
    NetworkListTitle => "Mensen en organisaties";
    NetworkAdd => "Persoon of organisatie toevoegen";
    ContactKindLabel => "Is dit een persoon of een organisatie?";
    ContactPerson => "Persoon";
    ContactOrganisation => "Organisatie";
    ContactRole => "Rol: wat doet deze persoon voor je?";
    ContactRelation => "Relatie: bijvoorbeeld zus, buurman, vriendin";
    ContactSince => "Sinds wanneer?";
    ContactFirst => "Dit is mijn eerste contactpersoon";
    ContactFirstHint =>
        "Een hulpverlener belt deze persoon als eerste. Je kunt maar één eerste contactpersoon hebben.";
    // -- end network --

    // -- money: Geld (see docs/money.md) --
    SectionMoney => "Geld";
    HomeMoneyHint => "Je inkomen, vaste lasten, schulden en betalingsregelingen.";
    MoneyCsvFailed => "Regie kon het bestand niet maken. Er is niets veranderd. Probeer het opnieuw.";
    ErrBadAmount => "Dit bedrag kan Regie niet lezen. Typ alleen cijfers, zoals 1.234,56 of 40.";
    ErrNeedAmount => "Vul een bedrag in.";
    ErrNeedCreditor => "Vul in aan wie je het moet betalen.";
    ErrLastPaymentBeforeNext => "De laatste betaling is voor de volgende betaling. Kijk de datums na.";

    // -- support: Hulp en aanvragen editor --
    SupportHelpEmpty =>
        "Schrijf hier op welke hulp je nu krijgt, en van wie.";
    SupportHelpAdd => "Hulp toevoegen";
    SupportApplicationsEmpty =>
        "Heb je iets aangevraagd, of sta je op een wachtlijst? Schrijf het hier op.";
    SupportApplicationAdd => "Aanvraag toevoegen";
    SupportDecisionsEmpty =>
        "Een beschikking is een brief met een besluit, bijvoorbeeld van de gemeente. Schrijf hier op wat er is besloten en tot wanneer het geldt.";
    SupportDecisionAdd => "Beschikking toevoegen";
    HelpWhat => "Welke hulp krijg je?";
    ApplicationWhere => "Waar heb je het aangevraagd?";
    ApplicationWhat => "Wat heb je aangevraagd?";
    DecisionWhat => "Waarover gaat de beschikking?";
    DecisionObjectionHint =>
        "Staat er geen datum in de brief? Dan kun je tot zes weken na de datum van de beschikking bezwaar maken. Die datum vullen we voor je in.";
    // -- end support --

    // -- health: Gezondheid editor --
    HealthConditionsEmpty =>
        "Heb je een ziekte of aandoening? Schrijf op wat het is en sinds wanneer.";
    HealthConditionAdd => "Ziekte of aandoening toevoegen";
    HealthMedicationEmpty =>
        "Gebruik je medicijnen? Schrijf de naam en de dosis op, zoals op het doosje staat.";
    HealthMedicationAdd => "Medicijn toevoegen";
    HealthAllergiesEmpty => "Ben je ergens allergisch voor? Schrijf het hier op.";
    HealthAllergyAdd => "Allergie toevoegen";
    HealthProvidersEmpty =>
        "Wie zijn je huisarts, je apotheek en je andere zorgverleners?";
    HealthProviderAdd => "Zorgverlener toevoegen";
    ConditionName => "Ziekte of aandoening";
    MedicationName => "Naam van het medicijn";
    MedicationDose => "Dosis, zoals op het doosje (bijvoorbeeld 500 mg)";
    MedicationWhen => "Wanneer neem je het?";
    AllergyName => "Waar ben je allergisch voor?";
    AllergyReaction => "Wat gebeurt er dan?";
    ProviderRole => "Rol: bijvoorbeeld huisarts of apotheek";
    // -- end health --

    // -- journal: Dagboek editor --
    JournalEmpty =>
        "Je dagboek is nog leeg. Schrijf een notitie of zet een afspraak erin.";
    JournalTimeline => "Tijdlijn";
    JournalAddNote => "Notitie schrijven";
    JournalAddAppointment => "Afspraak in je dagboek zetten";
    JournalKindLabel => "Is het een notitie of een afspraak?";
    JournalTime => "Tijd (mag leeg blijven)";
    JournalTitle => "Titel";
    JournalText => "Wat wil je opschrijven?";
    JournalUpcoming => "Komt nog";
    JournalToday => "Vandaag";
    // -- end journal --

    // -- documents: Documenten: files, IndexedDB --
    DocsSave => "Bewaar het document";
    DocsSaving => "Bezig met versleutelen en bewaren…";
    DocsSaved => "Het document is bewaard.";
    DocsView => "Bekijken";
    DocsViewLabel => "Bekijken: {}";
    DocsDeleteLabel => "Verwijderen: {}";
    DocsDeleteConfirm =>
        "Weet je het zeker? Regie wist het document van deze telefoon.";
    DocsDeleteYes => "Ja, verwijder het";
    DocsDeleteNo => "Nee, bewaar het";
    ErrDocNoFile => "Kies eerst een foto of een bestand.";
    ErrDocNoTitle => "Geef het document een naam.";
    ErrDocType =>
        "Dit soort bestand kan Regie niet bewaren. Kies een foto (JPG, PNG of WebP) of een PDF.";
    ErrDocTooLarge =>
        "Dit bestand is groter dan 20 MB. Dat past niet. Maak een foto met minder pixels, of kies een kleiner bestand.";
    ErrDocsFull =>
        "Samen zijn je documenten dan meer dan 100 MB. Verwijder eerst een document dat je niet meer nodig hebt.";
    ErrDocUnreadable =>
        "Regie kan dit bestand niet lezen. Misschien is het beschadigd. Probeer het opnieuw of kies een ander bestand.";
    ErrDocDiskFull =>
        "De opslag van deze telefoon is vol. Het document is niet bewaard. De rest van je dossier is veilig. Maak ruimte vrij en probeer het opnieuw.";
    ErrDocNoStorage =>
        "Deze browser laat Regie geen documenten bewaren. Misschien staat privé-browsen aan.";
    ErrDocSaveFailed =>
        "Regie kon het document niet bewaren. Je dossier is niet veranderd. Probeer het opnieuw.";
    ErrDocMissing =>
        "Dit document staat niet meer op deze telefoon. Misschien heeft de browser het gewist.";
    ErrDocDamaged =>
        "Dit document is beschadigd. Regie kan het niet openen.";
    ErrDocDeleteFailed =>
        "Verwijderen lukte niet, omdat Regie je dossier niet kon bewaren. Het document is er nog.";
    ViewLabelDocumentDate => "Datum op de brief";
    // -- end documents --

    // -- home: home attention list and search --
    Search => "Zoeken";
    AttentionAppointment => "Afspraak";
    AttentionTaskOverdueMine => "Jouw taak is te laat";
    AttentionTaskOverdueOf => "Taak van {} is te laat";
    AttentionTaskDueMine => "Jouw taak moet bijna klaar zijn";
    AttentionTaskDueOf => "Taak van {} moet bijna klaar zijn";
    AttentionDecisionEnding => "Beschikking loopt bijna af";
    AttentionObjection => "Laatste dag voor bezwaar";
    WhenToday => "vandaag";
    WhenTomorrow => "morgen";
    WhenYesterday => "gisteren";
    SearchIntro => "Zoek in je hele dossier.";
    SearchLabel => "Waar zoek je naar?";
    SearchNone => "Niets gevonden. Probeer een ander woord.";
    SearchCount => "{} gevonden";
    SearchMore =>
        "Je ziet alleen de eerste {}. Typ meer woorden om beter te zoeken.";
    // -- end home --

    // -- backup: backup, import, passphrase change, storage health, two tabs --
    BackupPassphraseLabel => "Typ je wachtzin";
    BackupExport => "Back-up maken";
    BackupExporting => "Regie maakt de back-up…";
    ImportTitle => "Back-up terugzetten";
    ImportIntro =>
        "Kies een back-up die je eerder hebt gemaakt (een bestand dat eindigt op .age). Na het terugzetten open je je dossier met de wachtzin van die back-up.";
    ImportFileLabel => "Back-upbestand";
    ImportPassphraseLabel => "Wachtzin van de back-up";
    ImportButton => "Terugzetten";
    Importing => "Regie leest de back-up…";
    ImportConfirm =>
        "Je huidige dossier wordt vervangen door deze back-up. Wat je na die back-up hebt veranderd, ben je dan kwijt. Wil je dat?";
    ImportConfirmYes => "Ja, vervang mijn dossier";
    ImportConfirmNo => "Nee, niets veranderen";
    ImportDone => "De back-up is teruggezet.";
    ImportCancelled => "Er is niets veranderd.";
    ErrImportNoFile => "Kies eerst een back-upbestand.";
    ErrImportNotAge =>
        "Dit bestand is geen back-up van Regie, of het is beschadigd. Er is niets veranderd.";
    ErrImportWrongPassphrase =>
        "Deze wachtzin past niet bij deze back-up. Probeer het nog een keer. Er is niets veranderd.";
    ErrImportNotDossier =>
        "Dit bestand kan worden geopend, maar er staat geen dossier van Regie in. Er is niets veranderd.";
    ErrImportNewer =>
        "Deze back-up is gemaakt met een nieuwere versie van Regie. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is niets veranderd.";
    ErrImportDamaged =>
        "Deze back-up is beschadigd. Regie kan hem niet terugzetten. Er is niets veranderd.";
    ErrImportTooMuchWork =>
        "Deze back-up vraagt te veel rekenwerk om te openen op dit apparaat. Er is niets veranderd.";
    ErrImportStore =>
        "Regie kon de back-up niet bewaren in deze browser. Misschien is de opslag vol. Je vorige dossier is er nog.";
    ErrImportDocuments =>
        "Regie kan de documenten uit deze back-up niet bewaren in deze browser. Er is niets veranderd.";
    ErrExportFailed =>
        "Regie kon de back-up niet maken. Er is niets veranderd. Probeer het opnieuw.";
    CurrentPassphrase => "Huidige wachtzin";
    NewPassphraseChange => "Nieuwe wachtzin";
    ChangePassphrase => "Wachtzin veranderen";
    ChangingPassphrase => "Wachtzin wordt veranderd…";
    PassphraseChanged =>
        "Je wachtzin is veranderd. Gebruik vanaf nu de nieuwe wachtzin. Een back-up die je eerder maakte, open je nog met de oude wachtzin.";
    ErrCurrentPassphraseWrong =>
        "De huidige wachtzin klopt niet. Er is niets veranderd.";
    StorageUsed =>
        "Regie gebruikt {}. In deze browser is nog ongeveer {} vrij.";
    StorageUsageUnknown =>
        "Deze browser zegt niet hoeveel ruimte er nog is.";
    LockedOtherTab =>
        "Je dossier is nu open in een ander tabblad of venster. Hier is het vergrendeld, zodat er niets verloren gaat. Regie heeft opgeslagen wat je hebt veranderd.";
    AutoLockTitle => "Vergrendelen";
    FirstRunRestoreTitle => "Heb je al een back-up?";
    // -- end backup --

    // -- Streaming backups and sending them away --
    ErrImportTooLarge =>
        "Dit bestand is te groot voor een back-up van Regie. Er is niets gelezen en niets veranderd.";
    BackupShared =>
        "Verstuurd. Kijk even of het bestand is aangekomen. Het is versleuteld: alleen met je wachtzin kan iemand het openen.";
    BackupShareFailed =>
        "Versturen lukte niet. Het bestand staat wel in Downloads op deze telefoon; stuur het van daaruit naar jezelf.";
    // -- end streaming backups --

    // -- transfer: moving to a new phone --
    MoveExpired =>
        "De 10 minuten zijn om. Het overzetten is gestopt. Begin opnieuw als je het nog wilt.";
    MoveCancelled =>
        "Het overzetten is gestopt. Je dossier staat niet meer op internet.";
    ErrMoveOffline =>
        "Overzetten lukt nu niet: er is geen verbinding met internet. Je dossier is niet veranderd. Probeer het opnieuw als je internet hebt.";
    ErrMoveUnsaved =>
        "Regie heeft nog niet alles opgeslagen wat je hebt veranderd. Los dat eerst op. Daarna kun je je dossier overzetten.";
    ErrMoveTooLarge =>
        "Je dossier is te groot om zo over te zetten. Er is niets verstuurd.";
    ErrMoveDocuments =>
        "Regie kon de documenten op deze telefoon niet lezen. Er is niets verstuurd.";
    ErrMoveCancelOffline =>
        "Stoppen lukt nu niet: er is geen verbinding. Het overzetten stopt vanzelf na 10 minuten.";
    ReceiveTitle => "Dossier ontvangen";
    ReceiveIntro =>
        "Je oude telefoon laat een code van 6 cijfers zien. Typ die code hieronder.";
    ReceiveCodeLabel => "Code van 6 cijfers";
    ReceiveButton => "Ontvang mijn dossier";
    Receiving => "Regie haalt je dossier op…";
    ReceiveNotNow => "Niet ontvangen, ga terug";
    ReceivedNotice =>
        "Je dossier is ontvangen. Typ de wachtzin van je dossier om het te openen.";
    ErrCodeEmpty => "Typ de code van 6 cijfers.";
    ErrCodeShape =>
        "Een code heeft precies 6 cijfers. Kijk nog eens op je oude telefoon.";
    ErrMoveVoid =>
        "De code was te vaak fout. Het overzetten is gestopt. Begin opnieuw op je oude telefoon. Op deze telefoon is niets veranderd.";
    ErrMoveGone =>
        "Dit overzetten bestaat niet meer. De 10 minuten zijn om, het dossier is al ontvangen, of het overzetten is gestopt. Begin opnieuw op je oude telefoon. Op deze telefoon is niets veranderd.";
    ErrMoveDamaged =>
        "Wat er binnenkwam is beschadigd of past niet bij de link. Regie heeft niets opgeslagen. Begin opnieuw op je oude telefoon.";
    ErrMoveNewer =>
        "Dit dossier komt van een nieuwere versie van Regie. Laad de pagina opnieuw. Er is niets opgeslagen.";
    ErrReceiveOffline =>
        "Er is geen verbinding met internet. Kijk of je internet hebt en probeer het opnieuw. Er is niets veranderd.";
    ErrReceiveStore =>
        "Opslaan op deze telefoon is niet gelukt: de opslag is vol of niet beschikbaar. Het oude dossier is niet veranderd. Maak ruimte vrij en druk nog eens op de knop.";
    // -- end transfer --

    // -- pwa: install, offline, updates, accessibility statement --
    UpdateReady =>
        "Er is een nieuwe versie van Regie klaar.";
    UpdateNow => "Nu bijwerken";
    UpdateWorking => "Bezig met bijwerken…";
    ErrUpdateNotSaved =>
        "Bijwerken kan nu niet: Regie heeft nog niet alles opgeslagen wat je hebt veranderd. Los dat eerst op, dan raak je niets kwijt.";
    A11yLink => "Toegankelijkheid";
    A11yTitle => "Toegankelijkheid van Regie";
    A11yIntro =>
        "Iedereen moet Regie kunnen gebruiken. Ook met een schermlezer, alleen met een toetsenbord of met grote letters. Hier lees je wat we daarvoor doen en wat nog niet goed is. En hoe je een probleem meldt.";
    A11yMeetTitle => "Waar Regie aan voldoet";
    A11yMeetText =>
        "Regie wil voldoen aan de WCAG 2.1, niveau AA. Dat is de norm voor websites en apps van de overheid.";
    A11yMeetKeyboard =>
        "Je kunt alles doen met alleen een toetsenbord. Je ziet altijd waar je bent.";
    A11yMeetNames =>
        "Elke knop en elk veld heeft een naam die een schermlezer voorleest.";
    A11yMeetZoom =>
        "Je kunt de tekst twee keer zo groot maken. De tekst past zich aan het scherm aan, ook op een smalle telefoon.";
    A11yMeetTime =>
        "Voordat Regie je dossier vergrendelt, krijg je een waarschuwing. Je kunt dan kiezen om door te gaan.";
    A11yMeetLanguage =>
        "Regie gebruikt eenvoudig Nederlands (taalniveau B1). Je kunt ook Engels kiezen.";
    A11yHowTitle => "Hoe we dit controleren";
    A11yHowText =>
        "Bij elke nieuwe versie testen we elk scherm met een testprogramma (axe-core). Dat doen we op een telefoonscherm en op een groot scherm. We testen ook of alles met alleen een toetsenbord werkt.";
    A11yLimitsTitle => "Wat nog niet goed is";
    A11yLimitQr =>
        "Een schermlezer kan de QR-code niet lezen. Gebruik dan de link onder de QR-code: die kun je kopiëren of versturen.";
    A11yLimitTesting =>
        "We hebben Regie nog niet getest met mensen die een schermlezer of ander hulpmiddel gebruiken. Dat gaan we doen.";
    A11yLimitNew =>
        "Nieuwe onderdelen kunnen fouten hebben die de automatische test niet vindt.";
    A11yReportTitle => "Een probleem melden";
    A11yReportText =>
        "Lukt iets niet, of is iets moeilijk te gebruiken? Vertel het aan de organisatie die jou Regie heeft aangeraden. Zeg op welk scherm het was, wat je wilde doen en welk hulpmiddel je gebruikt. Zet nooit je wachtzin of gegevens uit je dossier in je melding.";
    A11yDate =>
        "Deze verklaring is gemaakt op 22 november 2026.";
    // -- end pwa --

    // -- worker: key derivation off the main thread --
    // -- end worker --

    // -- navigation: the bottom bar, the section lists, the skip link --
    NavDossier => "Mijn dossier";
    NavMore => "Meer";
    NavMain => "Hoofdmenu";
    SkipToContent => "Naar de inhoud";
    SectionsIntro =>
        "Alles wat je over jezelf bijhoudt, in tien onderdelen. Kies een onderdeel om het te lezen of aan te vullen.";
    OtherSections => "Naar een ander onderdeel";
    MoreSettingsHint =>
        "Back-up, wachtzin, naar een nieuwe telefoon, automatisch vergrendelen.";
    HomeDomainsHint => "Hoe het gaat op elk leefgebied, met cijfers van 1 tot 5.";
    HomeGoalsHint => "Wat je wilt bereiken, en wie wat heeft beloofd.";
    HomeNetworkHint => "De mensen en organisaties om je heen.";
    HomeSupportHint => "Je hulp, aanvragen, wachtlijsten en beschikkingen.";
    HomeHealthHint => "Aandoeningen, medicijnen, allergieën en zorgverleners.";
    HomeJournalHint => "Notities en afspraken op een tijdlijn.";
    HomeDocumentsHint => "Foto's en pdf's van brieven en beschikkingen.";
    // -- end navigation --

    // -- the relay's answers --
    ErrRelayFull =>
        "De opslag op internet is vol. Probeer het later, of deel minder documenten.";
    // -- end the relay's answers --

    // -- Personal plan --
    PlanTitle => "Persoonlijk plan";
    PlanPrintFailed =>
        "Afdrukken lukt niet in deze browser. Probeer het menu van de browser: Afdrukken of Delen.";
    PlanNothingChosen =>
        "Je hebt nog niets gekozen. Kies hierboven wat in je plan komt.";
    PlanNothingYet =>
        "Er staat nog niets in je dossier voor een plan. Vul eerst iets in, bijvoorbeeld Mijn verhaal of Doelen.";
    PlanPartAbout => "Wie ben ik";
    PlanPartSituation => "Mijn situatie per leefgebied";
    PlanPartGoals => "Wat wil ik bereiken";
    PlanPartOwn => "Wat doe ik zelf";
    PlanPartNetwork => "Wat doet mijn netwerk";
    PlanPartSupport => "Welke hulp heb ik nodig";
    PlanPartApplications => "Lopende aanvragen en beschikkingen";
    PlanPartStory => "Mijn verhaal in mijn eigen woorden";
    // -- end personal plan --
    // Herstelhelpers on the unlock screen (the rest: catalogue/recovery_texts.rs)
    RecoverOffer =>
        "Heb je herstelhelpers gekozen? Dan open je je dossier met hun herstelkaarten.";
    RecoverStart => "Openen met herstelkaarten";
    RestoreWithCards => "Terugzetten met herstelkaarten";
    ErrImportIsCopy =>
        "Dit is een herstelkopie. Die zet je terug met de kaarten van je helpers: kies Terugzetten met herstelkaarten. Er is niets veranderd.";
    // -- Unlock help and passphrase strength --
    ForgotTitle => "Wachtzin vergeten?";
    ForgotNobody =>
        "Je dossier is versleuteld met je wachtzin. Zonder die wachtzin kan niemand het openen, ook wij niet. Er is geen knop om de wachtzin terug te halen.";
    ForgotTryAgain =>
        "Probeer het eerst rustig nog een keer. Let op hoofdletters, spaties en de taal van je toetsenbord. Met de knop Wachtzin laten zien zie je wat je typt.";
    ForgotBackup =>
        "Heb je een back-up gemaakt met een wachtzin die je nog wel weet? Dan kun je die back-up hier terugzetten. Daarna open je je dossier met de wachtzin van de back-up.";
    ForgotNoBackup =>
        "Heb je geen back-up, of weet je ook die wachtzin niet meer? Dan kan niemand dit dossier nog openen. Laat het gerust staan: misschien schiet de wachtzin je later nog te binnen.";
    ForgotRestoreStart => "Een back-up terugzetten";
    ForgotRestoreReplaces =>
        "Let op: de back-up komt in de plaats van het dossier op deze telefoon. Je huidige dossier blijft staan tot de back-up helemaal goed is teruggezet. Gaat er iets mis, dan verandert er niets.";
    ErrPassphraseCommon =>
        "Deze wachtzin gebruiken heel veel mensen, en daarom is hij snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).";
    ErrPassphrasePattern =>
        "Deze wachtzin is een reeks of een herhaling, zoals 12345, abcde, qwerty of hahaha. Dat is snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).";
    ErrPassphraseAppName =>
        "Gebruik de naam van de app liever niet in je wachtzin: die probeert iemand als eerste. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).";
    ErrPassphraseWordDigits =>
        "Een bekend woord met cijfers ervoor of erachter, zoals welkom2026, is snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).";
    ErrPassphraseDigits =>
        "Alleen cijfers, zoals een datum of een telefoonnummer, zijn snel te raden. Kies liever vier woorden die niets met elkaar te maken hebben, bijvoorbeeld: fiets wolk pannenkoek vijver (maar dan je eigen woorden).";
    // -- end Unlock help and passphrase strength --
    // -- The professional's half hour: summary, contents, print (viewer) --
    ViewContents => "Inhoud";
    // -- end The professional's half hour --
    // -- What exactly is shared: presets, life domains, documents, private entries, preview --
    PresetCustom => "Zelf kiezen";
    PresetWijkteam => "Wijkteam";
    PresetSchuldhulp => "Schuldhulp";
    PresetGgz => "GGZ (geestelijke gezondheidszorg)";
    PresetHuisarts => "Huisarts";
    PresetClientondersteuner => "Cliëntondersteuner";
    ShareDomainNoScore => "(geen score)";
    ShareStepWhoTitle => "Voor wie is het?";
    ShareStepWhatTitle => "Wat deel je?";
    ShareStepHowLongTitle => "Hoe lang, en voor wie?";
    JournalPrivate => "Alleen voor mij";
    // -- Appointments to the calendar --
    CalendarAdd => "Zet in je agenda";
    CalendarAddLabel => "Zet in je agenda: {}";
    CalendarWith => "Afspraak met {}";
    CalendarFileName => "afspraak";
    CalendarSaved =>
        "De afspraak staat in je downloads. Open het bestand om hem in je agenda te zetten.";
    CalendarFailed =>
        "Het lukte niet om de afspraak door te geven. Probeer het nog een keer.";
    // -- end Appointments to the calendar --
    JournalPrivateHint =>
        "Deze notitie gaat nooit mee als je iets deelt, en staat niet in je plan.";
    // -- end What exactly is shared --

    // -- Signed shares and check words --
    CheckWordsTitle => "Controlewoorden";
    CheckWordsClient =>
        "Deze woorden horen bij jouw dossier. Wie je iets laat zien, ziet dezelfde woorden. Zo weet die persoon dat het echt uit jouw dossier komt.";
    CheckWordsViewer =>
        "Vraag de cliënt welke woorden haar telefoon laat zien. Zijn het dezelfde woorden, dan komt dit echt uit haar dossier.";
    ErrShareNotSigned =>
        "Dit gedeelde dossier heeft geen geldige handtekening van het dossier van de cliënt. Misschien is er iets aan veranderd. Of de link komt uit een oudere versie van Regie. Daarom laten we niets zien. Vraag de cliënt om opnieuw te delen.";
    ErrShareNotAsChosen =>
        "Dit gedeelde dossier staat niet klaar zoals de cliënt het heeft gedeeld: de link, de begintijd, het aantal keer openen, de code of de eindtijd is anders. Daarom laten we niets zien. Vraag de cliënt om opnieuw te delen.";
    // -- end Signed shares and check words --
    // -- Control over every share, and safe links --
    ShareStatusBlocked => "Geblokkeerd na 5 foute spreekcodes";
    ShareStandingOffline => "{} (status onbekend: geen verbinding)";
    ErrShareShowGone =>
        "Deze QR-code kan Regie niet meer laten zien. Maak een nieuwe met Nieuw delen.";
    ViewLinkRead =>
        "Deze pagina haalt de sleutel meteen uit de adresbalk. Zo blijft hij niet in de geschiedenis van de browser. Na opnieuw laden is hij dus weg. Open de link of scan de QR-code opnieuw.";
    ReceiveKeepsOld =>
        "Op deze telefoon staat al een dossier. Alleen met de wachtzin van dat dossier komt het ontvangen dossier ervoor in de plaats. Zo kan niemand met een link jouw dossier weghalen. Regie bewaart je huidige dossier en documenten. Dat blijft zo tot je het ontvangen dossier één keer hebt geopend.";
    ReceiveCurrentPassphrase => "Wachtzin van het dossier dat nu op deze telefoon staat";
    ErrReceivePassphraseNeeded =>
        "Typ eerst de wachtzin van het dossier dat nu op deze telefoon staat. Zonder die wachtzin verandert er niets.";
    ErrReceivePassphraseWrong =>
        "Dit is niet de wachtzin van het dossier op deze telefoon. Er is niets veranderd.";
    ReceivedKeptOld =>
        "Je dossier is ontvangen. Typ de wachtzin van het ontvangen dossier om het te openen. Je vorige dossier blijft bewaard tot dat gelukt is.";
    ReceiveGoBack => "Terug naar mijn vorige dossier";
    ReceiveWentBack =>
        "Je vorige dossier staat weer op deze telefoon. Open het met zijn eigen wachtzin.";
    // -- end Control over every share, and safe links --

    // -- Spoken code, appointment window, stopping open viewers --
    ErrShareCode => "De spreekcode moet uit 4 tot 6 cijfers bestaan. Of laat het vak leeg.";
    ErrShareStartsBad => "Deze datum of tijd bestaat niet. Kies een ander moment.";
    ErrShareStartsPast => "Dit begin is al voorbij. Kies een later moment, of laat het vak leeg.";
    ErrShareStartsFar => "Je kunt het delen hoogstens 30 dagen van tevoren klaarzetten.";
    ShareMadeCode => "Spreekcode: {}. Zeg deze spreekcode hardop tegen de hulpverlener.";
    ErrViewCodeShape => "Typ de spreekcode van 4 tot 6 cijfers die de cliënt je zegt.";
    ErrViewCodeWrong => "Deze spreekcode klopt niet.";
    ViewNotYet => "Deze gegevens zijn te bekijken vanaf {}.";
    // -- end Spoken code, appointment window, stopping open viewers --
    // -- The end of a share, in sight --
    // -- end The end of a share, in sight --
    // -- The professional writes back --
    ReplyKindNote => "Een notitie voor het dagboek";
    ReplyKindAgreement => "Een afspraak die ik nakom";
    ReplyKindScore => "Een score voor een leefgebied";
    ReplyKindAppointment => "Een afspraak op een datum";
    ReplyTextNote => "Wat wil je doorgeven?";
    ReplyTextAgreement => "Wat ga je doen?";
    ReplyTextScore => "Toelichting (mag leeg)";
    ReplyTextAppointment => "Waar gaat de afspraak over?";
    ReplySend => "Versturen";
    ReplySending => "Wordt verstuurd…";
    ErrReplyAuthor => "Vul je naam en organisatie in.";
    ErrReplyText => "Schrijf op wat je wilt doorgeven.";
    ErrReplyTooLong => "Dit is te lang. Maak de tekst korter.";
    ErrReplyDomain => "Kies een leefgebied.";
    ErrReplyScore => "Kies een score van 1 tot 5.";
    ErrReplyWhen => "Kies een datum en een tijd.";
    ErrReplyOffline =>
        "Versturen lukt nu niet: er is geen verbinding. Je tekst staat er nog. Probeer het opnieuw.";
    ErrReplyEnded =>
        "Wat de cliënt deelde, is niet meer te zien. Je bericht is niet verstuurd.";
    ErrRepliesFull =>
        "Er kunnen geen berichten meer bij wat de cliënt deelde. Neem contact op met de cliënt.";
    ErrReplyRefused =>
        "Versturen is niet gelukt. Je tekst staat er nog. Probeer het opnieuw.";
    RepliesTitle => "Voorstellen van hulpverleners";
    RepliesIntro =>
        "Dit schreven hulpverleners terug via wat je deelde. Jij kiest wat in je dossier komt.";
    // -- end The professional writes back --
    // Purpose of a share ("waarvoor"), and requests for a share ("vraag")
    PurposeIntake => "Intake schuldhulp";
    PurposeKitchen => "Keukentafelgesprek";
    PurposeGp => "Huisartsconsult";
    ErrPurposeLong => "Deze tekst is te lang. Gebruik hoogstens 80 tekens.";
    RequestApprove => "Ja, delen";
    RequestApproved => "Gedeeld. Het staat nu op het scherm van {}.";
    RequestRefusedDone => "Je hebt niets gedeeld.";
    ErrRequestAltered => "Deze vraag is onderweg veranderd. Deel niets. Vraag om een nieuwe QR-code.";
    ErrRequestGone => "Deze vraag bestaat niet meer. De tijd is om of er is al geantwoord.";
    RequestName => "Je naam";
    RequestOrg => "Organisatie";
    RequestRole => "Functie";
    RequestCreate => "Vraag maken";
    ErrRequestName => "Vul je naam in.";
}

counted! {
    ShareOpened =>
        ["1 keer geopend: {}", "{n} keer geopend: {}"];
    CodeTriesLeft =>
        ["Deze code klopt niet. Je kunt het nog maar 1 keer proberen.", "Deze code klopt niet. Je kunt het nog {n} keer proberen."];
    ViewCodeTriesLeft =>
        ["Deze spreekcode klopt niet. Je kunt het nog maar 1 keer proberen.", "Deze spreekcode klopt niet. Je kunt het nog {n} keer proberen."];
    AgreementsOverdue =>
        ["1 afspraak is te laat.", "{n} afspraken zijn te laat."];
    MinutesLeft => ["nog 1 min", "nog {n} min"];
    HoursLeft => ["nog 1 uur", "nog {n} uur"];
    DaysLeft => ["nog 1 dag", "nog {n} dagen"];
    InDays => ["over 1 dag", "over {n} dagen"];
    DaysAgo => ["1 dag geleden", "{n} dagen geleden"];
    DocumentsNotInBackup =>
        ["Let op: 1 document kon Regie niet lezen. Dat zit niet in de back-up.", "Let op: {n} documenten kon Regie niet lezen. Die zitten niet in de back-up."];
    // -- What exactly is shared --
    ShareSummaryDocuments => ["{} (1 van {})", "{} ({n} van {})"];
    ShareSummaryPrivate =>
        ["{} (zonder 1 notitie alleen voor mij)", "{} (zonder {n} notities alleen voor mij)"];
    // -- end What exactly is shared --
    // -- Control over every share --
    ShareMinutesLeft => ["Nog 1 minuut", "Nog {n} minuten"];
    // -- end Control over every share --
    // -- The end of a share, in sight --
    ViewSecondsLeft => ["nog 1 seconde", "nog {n} seconden"];
    ViewEndingIn => ["1 minuut", "{n} minuten"];
    // -- end The end of a share, in sight --
}
