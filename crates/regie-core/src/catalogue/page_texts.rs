//! The texts of the client's screens past the first one (the dossier's sections and start
//! screen, sharing, replies, moving, backups, the personal plan), in a table of their own so
//! the first screen and the viewer's preview, which show none of them, do not carry them. Dutch B1
//! first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of a screen past the first one.
    PageText {
        HomeWelcome => "Welkom, {}";
        HomeWelcomeNoName => "Welkom";
        LanguageHint =>
            "Kies je taal bovenaan het scherm. Regie vertaalt niet wat je zelf typt. Het persoonlijk plan op papier is altijd in het Nederlands, voor de gemeente.";
        LanguageNotReviewed =>
            "Deze vertaling is nog niet nagekeken door een moedertaalspreker.";
        PromisesTitle => "Wat Regie wel en niet belooft";
        PromisesText =>
            "Je dossier staat alleen versleuteld op dit apparaat. Regie kan niet voorkomen dat iemand die je telefoon ontgrendeld in handen heeft, meekijkt. Een browser kan opgeslagen gegevens wissen: alleen een back-up beschermt daartegen.";
        SharesIntro =>
            "Laat een hulpverlener een deel van je dossier lezen, voor korte tijd. Jij kiest wat, met wie en hoe lang. Je ziet wanneer het is geopend en je kunt het altijd stoppen.";
        ShareNew => "Nieuw delen";
        ShareWhat => "Wat wil je laten zien?";
        ShareRecipient => "Met wie deel je dit?";
        ShareRecipientHint => "Bijvoorbeeld: Anna, wijkteam";
        ShareDurationLabel => "Hoe lang mag iemand het lezen?";
        ShareMaxOpens => "Hoe vaak mag iemand het openen? (leeg laten: zo vaak als nodig)";
        ShareOfflineNote => "Delen werkt alleen met internet.";
        ShareReady => "Laat deze QR-code scannen";
        ShareReadyHint =>
            "{} kan de QR-code scannen met de camera van een telefoon. Of stuur de link hieronder. Wie de link heeft, kan meelezen tot {}.";
        ShareQrLabel => "QR-code met de link naar wat je deelt";
        ShareLinkLabel => "De link";
        ShareCopy => "Kopieer de link";
        ShareCopied => "De link is gekopieerd.";
        ShareSend => "Stuur de link…";
        ShareDone => "Klaar";
        SharesNone => "Je hebt nog niets gedeeld.";
        SharesListTitle => "Wat je hebt gedeeld";
        ShareWith => "Met {}";
        ShareUntil => "Tot {}";
        ShareOpenedNever => "Nog niet geopend";
        ShareLogTitle => "Wat er gebeurde";
        ShareRevoke => "Stop met delen";
        ShareRevokeAll => "Stop alles wat je deelt";
        ShareRevokeAllAsk => "Stop alles wat je deelt?";
        ShareRevokeAllConfirm =>
            "Geen enkele link werkt daarna nog. Ook een scherm waarop iets nu open staat, wordt leeg.";
        ShareRevokeAllYes => "Ja, stop alles";
        DomIntro =>
            "Hoe gaat het met jou op elk gebied van je leven? Geef een cijfer van 1 tot 5. Een hulpverlener kan ook een cijfer geven. Zo zie je samen wat goed gaat en waar hulp nodig is.";
        DomEmpty =>
            "Je hebt nog geen scores. Kies hieronder een leefgebied en druk op ‘Score geven’.";
        DomScaleTitle => "Wat betekenen de cijfers?";
        DomChartTitle => "Alle leefgebieden in één oogopslag";
        DomChartTable => "De laatste scores als tabel";
        DomGiveScore => "Score geven";
        DomGiveScoreFor => "Score geven voor {}";
        DomQuestion => "Hoe gaat het nu?";
        DomWho => "Wie geeft de score?";
        DomProName => "Naam van de hulpverlener";
        DomHistory => "Alle scores";
        DomTrendTitle => "Verloop";
        DomTrendOf => "Verloop van {}.";
        DomTrendFromTo => "{}: van {} op {} naar {} op {}.";
        DomTrendOnce => "{}: {} op {}.";
        DomByMe => "Door mij";
        DomByPro => "Door {} (hulpverlener)";
        GoalIntro =>
            "Wat wil je bereiken? Schrijf je doelen op. Schrijf er ook bij wat er is afgesproken: wie doet wat, en wanneer. Ook wat een hulpverlener je belooft.";
        GoalEmpty =>
            "Je hebt nog geen doelen. Begin met één doel, bijvoorbeeld: ‘Mijn schulden op een rij’.";
        GoalShow => "Laat zien";
        GoalPromisedIntro =>
            "Afspraken die iemand anders voor jou doet en die nog open staan. Wat het eerst klaar moet zijn, staat bovenaan.";
        GoalPromisedNone => "Niemand anders heeft nu iets voor jou open staan.";
        GoalForGoal => "Bij doel: {}";
        GoalAdd => "Doel toevoegen";
        GoalTitle => "Wat wil je bereiken?";
        GoalDescription => "Meer uitleg (mag leeg blijven)";
        GoalCreated => "Sinds wanneer? (mag leeg blijven)";
        GoalNoAgreements => "Nog geen afspraken bij dit doel.";
        GoalAgreementAdd => "Afspraak toevoegen";
        GoalAgreementAddLabel => "Afspraak toevoegen bij: {}";
        GoalAgreementWhat => "Wat is er afgesproken?";
        GoalAgreementOwner => "Wie doet het?";
        GoalOwnerName => "Naam van wie het doet";
        GoalOwnerOrganisation => "Organisatie (mag leeg blijven)";
        GoalAgreementDue => "Wanneer moet het klaar zijn? (mag leeg blijven)";
        GoalAgreementStatus => "Hoe staat het ervoor?";
        GoalWhoNetwork => "{} (uit mijn netwerk)";
        SupportIntro =>
            "De hulp die je nu krijgt en wat je hebt aangevraagd. En de beschikkingen die je hebt gekregen: brieven met een besluit.";
        HealthIntro =>
            "Wat een nieuwe hulpverlener moet weten over je gezondheid. Je kiest zelf wat je opschrijft.";
        JournalIntro =>
            "Je notities en afspraken op een rij, de nieuwste bovenaan.";
        DocsIntro =>
            "Bewaar hier foto's en PDF's van brieven en besluiten. Ze staan versleuteld op deze telefoon. Alleen jij kunt ze openen.";
        DocsAddTitle => "Document toevoegen";
        DocsTakePhoto => "Maak een foto";
        DocsChooseFile => "Kies een bestand";
        DocsChooseHint =>
            "Een foto (JPG, PNG of WebP) of een PDF. Hoogstens 20 MB per bestand en 100 MB samen.";
        DocsChosen => "Gekozen bestand: {}";
        DocsName => "Naam van het document";
        DocsNameHint => "Bijvoorbeeld: Brief van de gemeente";
        DocsDate => "Datum op de brief (als die er is)";
        DocsListTitle => "Jouw documenten";
        DocsNone => "Je hebt nog geen documenten bewaard.";
        DocsUsage => "{} van de 100 MB gebruikt";
        DocsDateOn => "Datum op de brief: {}";
        DocsAddedOn => "Bewaard op {} · {}";
        DocsClose => "Sluiten";
        DocsOpenPdf => "Open de PDF";
        DocsOpenPdfHint =>
            "De PDF gaat open in een nieuw tabblad. Sluit dat tabblad als je klaar bent.";
        DocsPdf => "PDF-bestand";
        HomeAttentionTitle => "Hier moet je op letten";
        HomeAttentionNone => "Er is nu niets dat je aandacht vraagt.";
        BackupTitle => "Back-up";
        BackupIntro =>
            "Een back-up is een kopie van je hele dossier, met je documenten. Het bestand is versleuteld met je wachtzin. Bewaar het ergens anders dan op deze telefoon. Bijvoorbeeld op een USB-stick of in je e-mail.";
        ReminderNever => "Je hebt nog geen back-up gemaakt.";
        ReminderToday => "Je laatste back-up is van vandaag.";
        ReminderYesterday => "Je laatste back-up is van gisteren.";
        ReminderDaysAgo => "Je laatste back-up is van {} dagen geleden.";
        ReminderNudge =>
            "Er is veel veranderd sinds je laatste back-up. Maak een nieuwe back-up, dan raak je niets kwijt.";
        ReminderNudgeNever =>
            "Maak een back-up, dan raak je niets kwijt als deze telefoon stuk of weg is.";
        ReminderGoToBackup => "Naar back-up";
        BackupSendTitle => "Zet je back-up buiten deze telefoon";
        BackupDownloadedPhone =>
            "De back-up staat nu in Downloads op deze telefoon, als {}. Gaat de telefoon stuk of kwijt, dan is hij ook weg. Stuur het bestand daarom naar jezelf: mail het, of zet het in je cloud of op een USB-stick.";
        BackupShareIntro =>
            "Gaat de telefoon stuk of kwijt, dan is een back-up op deze telefoon ook weg. Stuur hem naar jezelf: naar je e-mail, je cloud of een chat met jezelf.";
        BackupShareButton => "Stuur naar jezelf";
        BackupShareTitle => "Back-up van mijn Regie-dossier";
        ReminderSentToday =>
            "Je laatste reservekopie ging vandaag van deze telefoon af.";
        ReminderSentYesterday =>
            "Je laatste reservekopie ging gisteren van deze telefoon af.";
        ReminderSentDaysAgo =>
            "Je laatste reservekopie ging {} dagen geleden van deze telefoon af.";
        ReminderNeverSent =>
            "Je hebt nog geen back-up naar jezelf gestuurd. Staat je back-up alleen op deze telefoon? Dan ben je hem kwijt als de telefoon kwijt is.";
        MoveTitle => "Naar een nieuwe telefoon";
        MoveIntro => "Zo zet je je dossier over naar een nieuwe telefoon:";
        MoveStepSend =>
            "Deze telefoon zet je dossier versleuteld op internet. Niemand kan het daar lezen.";
        MoveStepScan =>
            "Scan de QR-code met je nieuwe telefoon. Of open de link op je nieuwe telefoon.";
        MoveStepCode => "Typ op de nieuwe telefoon de code van 6 cijfers.";
        MoveStepOpen => "Open je dossier daar met je eigen wachtzin.";
        MoveNote =>
            "Dit werkt één keer, binnen 10 minuten, en alleen met internet. Je dossier blijft ook op deze telefoon staan.";
        MoveStart => "Start het overzetten";
        MoveStarting => "Regie zet je dossier klaar…";
        MoveReadyTitle => "Scan deze code met je nieuwe telefoon";
        MoveQrLabel => "QR-code met de link om je dossier te ontvangen";
        MoveCodeLabel => "Typ deze code op je nieuwe telefoon:";
        MoveCodeSpoken => "De code is: {}";
        MoveLinkLabel => "Of open deze link op je nieuwe telefoon:";
        MoveTimeLeft => "Nog {} minuten geldig";
        MoveCodeSecret =>
            "Laat de code alleen aan jezelf zien. Wie de link en de code heeft, krijgt je versleutelde dossier. Zonder je wachtzin kan niemand het openen.";
        MoveCancel => "Stop het overzetten";
        MoveAgain => "Opnieuw beginnen";
        ShareNeedsConnection =>
            "Je hebt nu geen internet. Delen werkt alleen met internet. De rest van Regie werkt gewoon, ook zonder internet.";
        HomeSectionsTitle => "Je dossier";
        PlanTitleOf => "Persoonlijk plan van {}";
        PlanAsOf => "Stand van {}";
        PlanOpen => "Persoonlijk plan afdrukken";
        PlanOpenHint =>
            "Voor de gemeente: wat je wilt en wat je zelf kunt. Op papier of als pdf.";
        PlanIntro =>
            "Na het gesprek met de gemeente over hulp (Wmo) krijg je een verslag. Binnen 7 dagen daarna mag je een persoonlijk plan geven. Daarin staat wat jij wilt en wat je zelf kunt. Regie maakt dat plan van wat in je dossier staat.";
        PlanNotEncrypted =>
            "Let op: papier en een pdf zijn niet versleuteld. Iedereen die ze heeft, kan ze lezen. Kies dus goed wat erin komt.";
        PlanChooseTitle => "Wat komt in je plan?";
        PlanPrint => "Afdrukken of opslaan als PDF";
        PlanPrintHint =>
            "Wil je een bestand? Kies dan bij het afdrukken voor 'Opslaan als PDF'.";
        PlanAlsoIn => "Ook in {}";
        PlanAlsoInHint =>
            "Het plan is in het Nederlands, voor de gemeente. Zet hier een vinkje als je het plan ook in je eigen taal wilt.";
        PlanWmo =>
            "Dit is mijn persoonlijk plan bij mijn vraag om hulp (Wmo 2015, artikel 2.3.2).";
        PlanLegend => "Wat de cijfers betekenen";
        PlanPeople => "Mensen om mij heen";
        PlanTheyDo => "Wat zij doen";
        PlanProfessionalsDo => "Wat hulpverleners doen";
        PlanSignature => "Datum en handtekening";
        SharePresetLabel => "Wat voor hulpverlener is het?";
        SharePresetHint =>
            "Dan zetten we de vinkjes voor je. Je kunt ze daarna nog veranderen.";
        ShareDomainsWhich => "Welke leefgebieden?";
        ShareDocumentsWhich => "Welke documenten?";
        ShareStepOf => "Stap {} van {}";
        ShareDetailsIntro =>
            "Haal het vinkje weg bij wat je niet wilt laten zien.";
        ShareNext => "Volgende";
        SharePreviewOpen => "Bekijk wat de hulpverlener ziet";
        SharePreviewTitle => "Dit ziet de hulpverlener";
        SharePreviewIntro =>
            "Precies dit komt in de deellink, en niets anders. Notities die alleen voor jou zijn, gaan nooit mee.";
        SharePreviewNothing =>
            "Je hebt nog niets gekozen. Ga terug naar stap 2 en zet een vinkje bij wat je wilt laten zien.";
        SharePreviewFile => "Het bestand zelf gaat mee.";
        ShareSummaryLine => "{} ziet: {}.";
        ShareSummaryAnyone => "De hulpverlener ziet: {}.";
        ShareSummaryWithout => "{} (zonder {})";
        ShareStandingUsedUp => "Opgebruikt";
        ShareStoppedAt => "Gestopt om {}";
        ShareStoppedOn => "Gestopt op {} om {}";
        ShareUntilTomorrow => "Tot morgen {}";
        ShareShowAgain => "Laat de QR-code weer zien";
        ReplyWhatNote => "een notitie voor je dagboek";
        ReplyWhatAgreement => "een afspraak die de hulpverlener nakomt";
        ReplyWhatScore => "een score voor {}";
        ReplyWhatAppointment => "een afspraak op {}";
        ShareRevokeAsk => "Stop met delen?";
        ShareRevokeMeans =>
            "Wie deze link heeft, kan je gegevens daarna niet meer zien. Ook een scherm waarop het nu open staat, wordt leeg. Wil je later weer iets delen, dan maak je een nieuwe link.";
        ShareRevokeYes => "Ja, stop met delen";
        ShareRevokeNo => "Nee, laat staan";
        ShareLiveNone => "Je deelt nu niets.";
        ShareHistoryTitle => "Geschiedenis";
        ShareHistoryIntro => "Deze links werken niet meer.";
        ShareHistoryClear => "Geschiedenis wissen";
        ShareHistoryClearAsk =>
            "Geschiedenis wissen? De links hieronder verdwijnen uit deze lijst. Ze werken al niet meer, dus verder verandert er niets.";
        ShareHistoryClearYes => "Ja, wis de geschiedenis";
        ShareHistoryClearNo => "Nee, bewaar";
        ShareCodeLabel => "Spreekcode: een code om hardop te zeggen (niet verplicht)";
        ShareCodeHint =>
            "4 tot 6 cijfers. Zonder de spreekcode kan niemand openen wat je deelt, ook niet met de link. Zeg de spreekcode pas als je samen bent. Na 5 foute spreekcodes stopt het delen.";
        ShareCodeSuggest => "Bedenk een spreekcode voor mij";
        ShareStartsLabel => "Begint op (niet verplicht: leeg is meteen)";
        ShareStartsHint =>
            "Bijvoorbeeld voor een afspraak morgen. Vóór dit moment kan niemand de gegevens openen. De duur telt vanaf het begin.";
        ShareMadeStarts => "Te openen vanaf {}.";
        ShareAllowReplies => "De hulpverlener mag iets terugschrijven";
        ShareAllowRepliesHint =>
            "Bijvoorbeeld een afspraak of een score. Dat komt eerst als voorstel bij jou. Jij kiest wat in je dossier komt.";
        ReplyTitle => "Terugschrijven";
        ReplyIntro =>
            "Wat je hier schrijft, gaat versleuteld naar de cliënt. Het komt pas in het dossier als de cliënt het goedkeurt. Alles wordt als gewone tekst getoond.";
        ReplyNew => "Iets terugschrijven";
        ReplyKindLabel => "Wat wil je schrijven?";
        ReplyAuthorLabel => "Je naam en organisatie";
        ReplyAuthorHint => "Bijvoorbeeld: Anna de Boer, wijkteam Oost";
        ReplyGoalLabel => "Bij welk doel?";
        ReplyGoalNew => "Een nieuw doel";
        ReplyGoalTitleLabel => "Naam van het nieuwe doel (mag leeg)";
        ReplyDueLabel => "Wanneer is het klaar? (mag leeg)";
        ReplyScoreLabel => "Score (1 tot 5)";
        ReplyChoose => "Kies…";
        ReplyWhenLabel => "Datum en tijd";
        ReplySent =>
            "Verstuurd om {}: {}. De cliënt ziet het als voorstel en beslist zelf.";
        ReplyGoalUnnamed => "Afspraken met {}";
        ReplyFrom => "{} stelt voor: {}, via wat je op {} deelde.";
        ReplyWritten => "Geschreven op {}";
        ReplyAsNote => "Notitie voor je dagboek";
        ReplyAsAgreement => "Afspraak: de hulpverlener doet dit";
        ReplyAsScore => "Score voor {}: {}";
        ReplyAsAppointment => "Afspraak op {}";
        ReplyNewGoal => "Nieuw doel: {}";
        ReplyDue => "Klaar op: {}";
        ReplyAccept => "In mijn dossier zetten";
        ReplyDecline => "Niet overnemen";
        ReplyThrowAway => "Weggooien";
        ReplyAcceptedIn => "Staat nu bij {}.";
        ReplyDeclinedUndo => "Niet overgenomen.";
        ReplyUndo => "Ongedaan maken";
        ReplyDeclinedFinal =>
            "Niet overgenomen. Het voorstel is weg.";
        ReplyBad =>
            "Via wat je deelde met {} kwam een bericht binnen. Regie kan het niet lezen. Het is apart gezet. Er is niets aan je dossier veranderd.";
        ReplyProvenance => "Voorstel van {}, via wat je op {} deelde";
        ActivitySomeone => "Iemand ({})";
        ActivityNoName => "naam niet opgegeven";
        ActivityOpened => "opende om {}";
        ActivityResumed => "opende opnieuw om {}";
        ActivityPrinted => "printte om {}";
        ActivityReplied => "stuurde een antwoord om {}";
        ActivityAnd => "en";
        ActivityCsv => "Bewaar als CSV";
        ActivityCsvMoment => "moment";
        ActivityCsvName => "naam";
        ActivityCsvOrg => "organisatie";
        ActivityCsvRole => "rol";
        ActivityCsvAction => "actie";
        ActivityCsvSections => "onderdelen";
        RequestReviewTitle => "Iemand vraagt om te delen";
        RequestFrom => "{} vraagt of je iets uit je dossier wilt laten zien.";
        RequestHowLong => "Hoe lang: {} minuten";
        RequestChange => "Zet een vinkje uit als je iets niet wilt delen.";
        RequestRefuse => "Niet delen";
        RequestPageTitle => "Vraag de cliënt om te delen";
        RequestPageIntro => "Vul in wie je bent en wat je wilt zien. De cliënt scant de QR-code en kiest zelf wat je ziet.";
        RequestSections => "Wat wil je zien?";
        RequestDuration => "Hoe lang wil je het lezen?";
        RequestMinutes => "{} minuten";
        RequestScan => "Laat de cliënt deze QR-code scannen. Of stuur de link.";
        RequestWaiting => "Wachten op de cliënt…";
        RequestRefusedPro => "De cliënt wil dit niet delen.";
        RequestExpired => "De tijd is om. De cliënt heeft niet geantwoord. Maak een nieuwe vraag.";
        RequestArrived => "Gedeeld. Het dossier wordt geopend…";
        RequestAgain => "Nieuwe vraag maken";
        MadeOn => "Gemaakt op {}";
    }
}
