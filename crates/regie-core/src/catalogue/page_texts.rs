//! The texts of the client's screens past the first one (the dossier's sections and start
//! screen, sharing, replies, moving, backups, the personal plan), in a table of their own so
//! the first screen and the viewer's preview, which show none of them, do not carry them. Dutch B1
//! first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of a screen past the first one.
    PageText {
        HomeWelcome => "Welkom, {}", "Welcome, {}";
        HomeWelcomeNoName => "Welkom", "Welcome";
        PromisesTitle => "Wat Regie wel en niet belooft", "What Regie does and does not promise";
        PromisesText =>
            "Je dossier staat alleen versleuteld op dit apparaat. Regie kan niet voorkomen dat iemand die je telefoon ontgrendeld in handen heeft, meekijkt. Een browser kan opgeslagen gegevens wissen: alleen een back-up beschermt daartegen.",
            "Your file is stored only in encrypted form on this device. Regie cannot stop someone who holds your unlocked phone from looking. A browser can delete stored data: only a backup protects against that.";
        SharesIntro =>
            "Laat een hulpverlener een deel van je dossier lezen, voor korte tijd. Jij kiest wat, met wie en hoe lang. Je ziet wanneer het is geopend en je kunt het altijd stoppen.",
            "Let a professional read part of your file, for a short time. You choose what, with whom and for how long. You see when it was opened and you can stop it at any time.";
        ShareNew => "Nieuw delen", "Share something new";
        ShareWhat => "Wat wil je laten zien?", "What do you want to show?";
        ShareRecipient => "Met wie deel je dit?", "Who are you sharing this with?";
        ShareRecipientHint => "Bijvoorbeeld: Anna, wijkteam", "For example: Anna, neighbourhood team";
        ShareDurationLabel => "Hoe lang mag het gelezen worden?", "For how long may it be read?";
        ShareMaxOpens => "Hoe vaak mag het worden geopend? (leeg laten: zo vaak als nodig)", "How many times may it be opened? (leave empty: as often as needed)";
        ShareOfflineNote => "Delen werkt alleen met internet.", "Sharing only works with an internet connection.";
        ShareReady => "Laat deze QR-code scannen", "Let them scan this QR code";
        ShareReadyHint =>
            "{} kan de QR-code scannen met de camera van een telefoon. Of stuur de link hieronder. Wie de link heeft, kan meelezen tot {}.",
            "{} can scan the QR code with a phone camera. Or send the link below. Anyone with the link can read along until {}.";
        ShareQrLabel => "QR-code met de link naar wat je deelt", "QR code with the link to what you share";
        ShareLinkLabel => "De link", "The link";
        ShareCopy => "Kopieer de link", "Copy the link";
        ShareCopied => "De link is gekopieerd.", "The link has been copied.";
        ShareSend => "Stuur de link…", "Send the link…";
        ShareDone => "Klaar", "Done";
        SharesNone => "Je hebt nog niets gedeeld.", "You have not shared anything yet.";
        SharesListTitle => "Wat je hebt gedeeld", "What you have shared";
        ShareWith => "Met {}", "With {}";
        ShareUntil => "Tot {}", "Until {}";
        ShareOpenedNever => "Nog niet geopend", "Not opened yet";
        ShareLogTitle => "Wat er gebeurde", "What happened";
        ShareRevoke => "Stop met delen", "Stop sharing";
        ShareRevokeAll => "Stop alles wat je deelt", "Stop all sharing";
        ShareRevokeAllAsk => "Stop alles wat je deelt?", "Stop all sharing?";
        ShareRevokeAllConfirm =>
            "Geen enkele link werkt daarna nog. Ook een scherm waarop iets nu open staat, wordt leeg.",
            "None of the links will work after this. A screen where something is open now is emptied too.";
        ShareRevokeAllYes => "Ja, stop alles", "Yes, stop everything";
        DomIntro =>
            "Hoe gaat het met jou op elk gebied van je leven? Geef een cijfer van 1 tot 5. Een hulpverlener kan ook een cijfer geven. Zo zie je samen wat goed gaat en waar hulp nodig is.",
            "How are you doing in each area of your life? Give a number from 1 to 5. A professional can give a number too. Together you see what goes well and where help is needed.";
        DomEmpty =>
            "Je hebt nog geen scores. Kies hieronder een leefgebied en druk op ‘Score geven’.",
            "You have no scores yet. Choose a life domain below and press ‘Give a score’.";
        DomScaleTitle => "Wat betekenen de cijfers?", "What do the numbers mean?";
        DomChartTitle => "Alle leefgebieden in één oogopslag", "All life domains at a glance";
        DomChartTable => "De laatste scores als tabel", "The latest scores as a table";
        DomGiveScore => "Score geven", "Give a score";
        DomGiveScoreFor => "Score geven voor {}", "Give a score for {}";
        DomQuestion => "Hoe gaat het nu?", "How are things now?";
        DomWho => "Wie geeft de score?", "Who gives the score?";
        DomProName => "Naam van de hulpverlener", "Name of the professional";
        DomHistory => "Alle scores", "All scores";
        DomTrendTitle => "Verloop", "Over time";
        DomTrendOf => "Verloop van {}.", "{} over time.";
        DomTrendFromTo => "{}: van {} op {} naar {} op {}.", "{}: from {} on {} to {} on {}.";
        DomTrendOnce => "{}: {} op {}.", "{}: {} on {}.";
        DomByMe => "Door mij", "By me";
        DomByPro => "Door {} (hulpverlener)", "By {} (professional)";
        GoalIntro =>
            "Wat wil je bereiken? Schrijf je doelen op. Schrijf er ook bij wat er is afgesproken: wie doet wat, en wanneer. Ook wat een hulpverlener je belooft.",
            "What do you want to achieve? Write down your goals. Also write down what was agreed: who does what, and by when. Including what a professional promises you.";
        GoalEmpty =>
            "Je hebt nog geen doelen. Begin met één doel, bijvoorbeeld: ‘Mijn schulden op een rij’.",
            "You have no goals yet. Start with one goal, for example: ‘Sort out my debts’.";
        GoalShow => "Laat zien", "Show";
        GoalPromisedIntro =>
            "Afspraken die iemand anders voor jou doet en die nog open staan. Wat het eerst klaar moet zijn, staat bovenaan.",
            "Agreements that someone else does for you and that are still open. What is due first is at the top.";
        GoalPromisedNone => "Niemand anders heeft nu iets voor jou open staan.", "Nobody else has anything open for you right now.";
        GoalForGoal => "Bij doel: {}", "For goal: {}";
        GoalAdd => "Doel toevoegen", "Add a goal";
        GoalTitle => "Wat wil je bereiken?", "What do you want to achieve?";
        GoalDescription => "Meer uitleg (mag leeg blijven)", "More detail (may stay empty)";
        GoalCreated => "Sinds wanneer? (mag leeg blijven)", "Since when? (may stay empty)";
        GoalNoAgreements => "Nog geen afspraken bij dit doel.", "No agreements for this goal yet.";
        GoalAgreementAdd => "Afspraak toevoegen", "Add an agreement";
        GoalAgreementAddLabel => "Afspraak toevoegen bij: {}", "Add an agreement to: {}";
        GoalAgreementWhat => "Wat is er afgesproken?", "What was agreed?";
        GoalAgreementOwner => "Wie doet het?", "Who does it?";
        GoalOwnerName => "Naam van wie het doet", "Name of who does it";
        GoalOwnerOrganisation => "Organisatie (mag leeg blijven)", "Organisation (may stay empty)";
        GoalAgreementDue => "Wanneer moet het klaar zijn? (mag leeg blijven)", "When must it be done? (may stay empty)";
        GoalAgreementStatus => "Hoe staat het ervoor?", "How is it going?";
        GoalWhoNetwork => "{} (uit mijn netwerk)", "{} (from my network)";
        SupportIntro =>
            "De hulp die je nu krijgt, wat je hebt aangevraagd, en de beschikkingen (brieven met een besluit) die je hebt gekregen.",
            "The help you get now, what you applied for, and the decisions (letters with a decision) you received.";
        HealthIntro =>
            "Wat een nieuwe hulpverlener moet weten over je gezondheid. Je kiest zelf wat je opschrijft.",
            "What a new professional should know about your health. You choose what you write down.";
        JournalIntro =>
            "Je notities en afspraken op een rij, de nieuwste bovenaan.",
            "Your notes and appointments in one list, the newest at the top.";
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
        DocsListTitle => "Jouw documenten", "Your documents";
        DocsNone => "Je hebt nog geen documenten bewaard.", "You have not saved any documents yet.";
        DocsUsage => "{} van de 100 MB gebruikt", "{} of the 100 MB used";
        DocsDateOn => "Datum op de brief: {}", "Date on the letter: {}";
        DocsAddedOn => "Bewaard op {} · {}", "Saved on {} · {}";
        DocsClose => "Sluiten", "Close";
        DocsOpenPdf => "Open de PDF", "Open the PDF";
        DocsOpenPdfHint =>
            "De PDF gaat open in een nieuw tabblad. Sluit dat tabblad als je klaar bent.",
            "The PDF opens in a new tab. Close that tab when you are done.";
        DocsPdf => "PDF-bestand", "PDF file";
        HomeAttentionTitle => "Hier moet je op letten", "Needs your attention";
        HomeAttentionNone => "Er is nu niets dat je aandacht vraagt.", "Nothing needs your attention right now.";
        BackupTitle => "Back-up", "Backup";
        BackupIntro =>
            "Een back-up is een kopie van je hele dossier, met je documenten. Het bestand is versleuteld met je wachtzin. Bewaar het ergens anders dan op deze telefoon, bijvoorbeeld op een USB-stick of in je e-mail.",
            "A backup is a copy of your whole file, with your documents. The file is encrypted with your passphrase. Keep it somewhere other than this phone, for example on a USB stick or in your email.";
        ReminderNever => "Je hebt nog geen back-up gemaakt.", "You have not made a backup yet.";
        ReminderToday => "Je laatste back-up is van vandaag.", "Your last backup is from today.";
        ReminderYesterday => "Je laatste back-up is van gisteren.", "Your last backup is from yesterday.";
        ReminderDaysAgo => "Je laatste back-up is van {} dagen geleden.", "Your last backup is from {} days ago.";
        ReminderNudge =>
            "Er is veel veranderd sinds je laatste back-up. Maak een nieuwe back-up, dan raak je niets kwijt.",
            "A lot has changed since your last backup. Make a new backup, so you lose nothing.";
        ReminderNudgeNever =>
            "Maak een back-up, dan raak je niets kwijt als deze telefoon stuk of weg is.",
            "Make a backup, so you lose nothing if this phone breaks or gets lost.";
        ReminderGoToBackup => "Naar back-up", "Go to backup";
        BackupSendTitle => "Zet je back-up buiten deze telefoon", "Put your backup outside this phone";
        BackupDownloadedPhone =>
            "De back-up staat nu in Downloads op deze telefoon, als {}. Gaat de telefoon stuk of kwijt, dan is hij ook weg. Stuur het bestand daarom naar jezelf: mail het, of zet het in je cloud of op een USB-stick.",
            "The backup is now in Downloads on this phone, as {}. If the phone breaks or gets lost, the backup is gone too. So send the file to yourself: email it, or put it in your cloud storage or on a USB stick.";
        BackupShareIntro =>
            "Gaat de telefoon stuk of kwijt, dan is een back-up op deze telefoon ook weg. Stuur hem naar jezelf: naar je e-mail, je cloud of een chat met jezelf.",
            "If the phone breaks or gets lost, a backup on this phone is gone too. Send it to yourself: to your email, your cloud storage or a chat with yourself.";
        BackupShareButton => "Stuur naar jezelf", "Send to yourself";
        BackupShareTitle => "Back-up van mijn Regie-dossier", "Backup of my Regie file";
        ReminderSentToday =>
            "Je laatste reservekopie ging vandaag van deze telefoon af.",
            "Your last backup left this phone today.";
        ReminderSentYesterday =>
            "Je laatste reservekopie ging gisteren van deze telefoon af.",
            "Your last backup left this phone yesterday.";
        ReminderSentDaysAgo =>
            "Je laatste reservekopie ging {} dagen geleden van deze telefoon af.",
            "Your last backup left this phone {} days ago.";
        ReminderNeverSent =>
            "Je hebt nog geen back-up naar jezelf gestuurd. Een back-up die alleen op deze telefoon staat, ben je kwijt als de telefoon kwijt is.",
            "You have not sent a backup to yourself yet. A backup that is only on this phone is lost when the phone is lost.";
        MoveTitle => "Naar een nieuwe telefoon", "To a new phone";
        MoveIntro => "Zo zet je je dossier over naar een nieuwe telefoon:", "This is how you move your file to a new phone:";
        MoveStepSend =>
            "Deze telefoon stuurt je dossier versleuteld naar de server. Niemand kan het daar lezen.",
            "This phone sends your file, encrypted, to the server. Nobody can read it there.";
        MoveStepScan =>
            "Scan de QR-code met je nieuwe telefoon. Of open de link op je nieuwe telefoon.",
            "Scan the QR code with your new phone. Or open the link on your new phone.";
        MoveStepCode => "Typ op de nieuwe telefoon de code van 6 cijfers.", "On the new phone, type the 6-digit code.";
        MoveStepOpen => "Open je dossier daar met je eigen wachtzin.", "Open your file there with your own passphrase.";
        MoveNote =>
            "Dit werkt één keer, binnen 10 minuten, en alleen met internet. Je dossier blijft ook op deze telefoon staan.",
            "This works once, within 10 minutes, and only with an internet connection. Your file also stays on this phone.";
        MoveStart => "Start het overzetten", "Start moving";
        MoveStarting => "Je dossier wordt klaargezet…", "Getting your file ready…";
        MoveReadyTitle => "Scan deze code met je nieuwe telefoon", "Scan this code with your new phone";
        MoveQrLabel => "QR-code met de link om je dossier te ontvangen", "QR code with the link to receive your file";
        MoveCodeLabel => "Typ deze code op je nieuwe telefoon:", "Type this code on your new phone:";
        MoveCodeSpoken => "De code is: {}", "The code is: {}";
        MoveLinkLabel => "Of open deze link op je nieuwe telefoon:", "Or open this link on your new phone:";
        MoveTimeLeft => "Nog {} minuten geldig", "Valid for {} more minutes";
        MoveCodeSecret =>
            "Laat de code alleen aan jezelf zien. Wie de link en de code heeft, krijgt je versleutelde dossier. Zonder je wachtzin kan niemand het openen.",
            "Show the code only to yourself. Whoever has the link and the code gets your encrypted file. Without your passphrase nobody can open it.";
        MoveCancel => "Stop het overzetten", "Stop moving";
        MoveAgain => "Opnieuw beginnen", "Start again";
        ShareNeedsConnection =>
            "Je hebt nu geen internet. Delen werkt alleen met internet. De rest van Regie werkt gewoon, ook zonder internet.",
            "You have no internet right now. Sharing only works with an internet connection. The rest of Regie works as usual, also without internet.";
        HomeSectionsTitle => "Je dossier", "Your dossier";
        PlanTitleOf => "Persoonlijk plan van {}", "Personal plan of {}";
        PlanAsOf => "Stand van {}", "As of {}";
        PlanOpen => "Persoonlijk plan afdrukken", "Print your personal plan";
        PlanOpenHint =>
            "Voor de gemeente: wat je wilt en wat je zelf kunt. Op papier of als pdf.",
            "For the municipality: what you want and what you can do yourself. On paper or as a PDF.";
        PlanIntro =>
            "Na het gesprek met de gemeente over hulp (Wmo) krijg je een verslag. Binnen 7 dagen daarna mag je een persoonlijk plan geven. Daarin staat wat jij wilt en wat je zelf kunt. Regie maakt dat plan van wat in je dossier staat.",
            "After the talk with the municipality about support (Wmo) you get a report. Within 7 days after that you may hand in a personal plan. It says what you want and what you can do yourself. Regie makes that plan from what is in your file.";
        PlanNotEncrypted =>
            "Let op: papier en een pdf zijn niet versleuteld. Iedereen die ze heeft, kan ze lezen. Kies dus goed wat erin komt.",
            "Please note: paper and a PDF are not encrypted. Anyone who has them can read them. So choose carefully what goes in.";
        PlanChooseTitle => "Wat komt in je plan?", "What goes into your plan?";
        PlanPrint => "Afdrukken of opslaan als PDF", "Print or save as PDF";
        PlanPrintHint =>
            "Wil je een bestand? Kies dan bij het afdrukken voor 'Opslaan als PDF'.",
            "Do you want a file? Then choose 'Save as PDF' when you print.";
        PlanWmo =>
            "Dit is mijn persoonlijk plan bij mijn vraag om hulp (Wmo 2015, artikel 2.3.2).",
            "This is my personal plan with my request for support (Wmo 2015, article 2.3.2).";
        PlanLegend => "Wat de cijfers betekenen", "What the numbers mean";
        PlanPeople => "Mensen om mij heen", "People around me";
        PlanTheyDo => "Wat zij doen", "What they do";
        PlanProfessionalsDo => "Wat hulpverleners doen", "What professionals do";
        PlanSignature => "Datum en handtekening", "Date and signature";
        SharePresetLabel => "Wat voor hulpverlener is het?", "What kind of professional is it?";
        SharePresetHint =>
            "Dan zetten we de vinkjes voor je. Je kunt ze daarna nog veranderen.",
            "We then tick the boxes for you. You can still change them afterwards.";
        ShareDomainsWhich => "Welke leefgebieden?", "Which life domains?";
        ShareDocumentsWhich => "Welke documenten?", "Which documents?";
        ShareStepOf => "Stap {} van {}", "Step {} of {}";
        ShareDetailsIntro =>
            "Haal het vinkje weg bij wat je niet wilt laten zien.",
            "Untick what you do not want to show.";
        ShareNext => "Volgende", "Next";
        SharePreviewOpen => "Bekijk wat de hulpverlener ziet", "See what the professional sees";
        SharePreviewTitle => "Dit ziet de hulpverlener", "This is what the professional sees";
        SharePreviewIntro =>
            "Precies dit komt in de deellink, en niets anders. Notities die alleen voor jou zijn, gaan nooit mee.",
            "Exactly this goes into the share link, and nothing else. Notes that are only for you never go along.";
        SharePreviewNothing =>
            "Je hebt nog niets gekozen. Ga terug naar stap 2 en zet een vinkje bij wat je wilt laten zien.",
            "You have not chosen anything yet. Go back to step 2 and tick what you want to show.";
        SharePreviewFile => "Het bestand zelf gaat mee.", "The file itself goes along.";
        ShareSummaryLine => "{} ziet: {}.", "{} sees: {}.";
        ShareSummaryAnyone => "De hulpverlener ziet: {}.", "The professional sees: {}.";
        ShareSummaryWithout => "{} (zonder {})", "{} (without {})";
        ShareStandingUsedUp => "Opgebruikt", "Used up";
        ShareStoppedAt => "Gestopt om {}", "Stopped at {}";
        ShareStoppedOn => "Gestopt op {} om {}", "Stopped on {} at {}";
        ShareUntilTomorrow => "Tot morgen {}", "Until tomorrow {}";
        ShareShowAgain => "Laat de QR-code weer zien", "Show the QR code again";
        ReplyWhatNote => "een notitie voor je dagboek", "a note for your journal";
        ReplyWhatAgreement => "een afspraak die de hulpverlener nakomt", "an agreement the professional keeps";
        ReplyWhatScore => "een score voor {}", "a score for {}";
        ReplyWhatAppointment => "een afspraak op {}", "an appointment on {}";
        ShareRevokeAsk => "Stop met delen?", "Stop sharing?";
        ShareRevokeMeans =>
            "Wie deze link heeft, kan je gegevens daarna niet meer zien. Ook een scherm waarop het nu open staat, wordt leeg. Wil je later weer iets delen, dan maak je een nieuwe link.",
            "Whoever has this link can no longer see your information. A screen where it is open now is emptied too. If you want to share again later, you make a new link.";
        ShareRevokeYes => "Ja, stop met delen", "Yes, stop sharing";
        ShareRevokeNo => "Nee, laat staan", "No, keep it";
        ShareLiveNone => "Je deelt nu niets.", "You are not sharing anything now.";
        ShareHistoryTitle => "Geschiedenis", "History";
        ShareHistoryIntro => "Deze links werken niet meer.", "These links no longer work.";
        ShareHistoryClear => "Geschiedenis wissen", "Clear history";
        ShareHistoryClearAsk =>
            "Geschiedenis wissen? De links hieronder verdwijnen uit deze lijst. Ze werken al niet meer, dus verder verandert er niets.",
            "Clear the history? The links below disappear from this list. They no longer work, so nothing else changes.";
        ShareHistoryClearYes => "Ja, wis de geschiedenis", "Yes, clear the history";
        ShareHistoryClearNo => "Nee, bewaar", "No, keep it";
        ShareCodeLabel => "Spreekcode: een code om hardop te zeggen (niet verplicht)", "Spoken code: a code to say aloud (optional)";
        ShareCodeHint =>
            "4 tot 6 cijfers. Zonder de spreekcode kan niemand openen wat je deelt, ook niet met de link. Zeg de spreekcode pas als je samen bent. Na 5 foute spreekcodes stopt het delen.",
            "4 to 6 digits. Without the spoken code nobody can open what you share, not even with the link. Only say the spoken code when you are together. After 5 wrong spoken codes the sharing stops.";
        ShareCodeSuggest => "Bedenk een spreekcode voor mij", "Suggest a spoken code";
        ShareStartsLabel => "Begint op (niet verplicht: leeg is meteen)", "Starts at (optional: empty is now)";
        ShareStartsHint =>
            "Bijvoorbeeld voor een afspraak morgen. Vóór dit moment kan niemand de gegevens openen. De duur telt vanaf het begin.",
            "For example for an appointment tomorrow. Before this moment nobody can open the information. The duration counts from the start.";
        ShareMadeStarts => "Te openen vanaf {}.", "Can be opened from {}.";
        ShareAllowReplies => "De hulpverlener mag iets terugschrijven", "The professional may write back";
        ShareAllowRepliesHint =>
            "Bijvoorbeeld een afspraak of een score. Dat komt eerst als voorstel bij jou. Jij kiest wat in je dossier komt.",
            "For example an agreement or a score. It first comes to you as a proposal. You choose what goes into your file.";
        ReplyTitle => "Terugschrijven", "Write back";
        ReplyIntro =>
            "Wat je hier schrijft, gaat versleuteld naar de cliënt. Het komt pas in het dossier als de cliënt het goedkeurt. Alles wordt als gewone tekst getoond.",
            "What you write here goes to the client, encrypted. It only goes into the file when the client approves it. Everything is shown as plain text.";
        ReplyNew => "Iets terugschrijven", "Write something back";
        ReplyKindLabel => "Wat wil je schrijven?", "What do you want to write?";
        ReplyAuthorLabel => "Je naam en organisatie", "Your name and organisation";
        ReplyAuthorHint => "Bijvoorbeeld: Anna de Boer, wijkteam Oost", "For example: Anna de Boer, wijkteam Oost";
        ReplyGoalLabel => "Bij welk doel?", "Under which goal?";
        ReplyGoalNew => "Een nieuw doel", "A new goal";
        ReplyGoalTitleLabel => "Naam van het nieuwe doel (mag leeg)", "Name of the new goal (may be empty)";
        ReplyDueLabel => "Wanneer is het klaar? (mag leeg)", "When will it be done? (may be empty)";
        ReplyScoreLabel => "Score (1 tot 5)", "Score (1 to 5)";
        ReplyChoose => "Kies…", "Choose…";
        ReplyWhenLabel => "Datum en tijd", "Date and time";
        ReplySent =>
            "Verstuurd om {}: {}. De cliënt ziet het als voorstel en beslist zelf.",
            "Sent at {}: {}. The client sees it as a proposal and decides.";
        ReplyGoalUnnamed => "Afspraken met {}", "Agreements with {}";
        ReplyFrom => "{} stelt voor: {}, via wat je op {} deelde.", "{} proposes: {}, through what you shared on {}.";
        ReplyWritten => "Geschreven op {}", "Written on {}";
        ReplyAsNote => "Notitie voor je dagboek", "Note for your journal";
        ReplyAsAgreement => "Afspraak: de hulpverlener doet dit", "Agreement: the professional does this";
        ReplyAsScore => "Score voor {}: {}", "Score for {}: {}";
        ReplyAsAppointment => "Afspraak op {}", "Appointment on {}";
        ReplyNewGoal => "Nieuw doel: {}", "New goal: {}";
        ReplyDue => "Klaar op: {}", "Done by: {}";
        ReplyAccept => "In mijn dossier zetten", "Add to my file";
        ReplyDecline => "Niet overnemen", "Do not add";
        ReplyThrowAway => "Weggooien", "Throw away";
        ReplyAcceptedIn => "Staat nu bij {}.", "Now in {}.";
        ReplyDeclinedUndo => "Niet overgenomen.", "Not added.";
        ReplyUndo => "Ongedaan maken", "Undo";
        ReplyDeclinedFinal =>
            "Niet overgenomen. Het voorstel is weg.",
            "Not added. The proposal is gone.";
        ReplyBad =>
            "Er kwam via wat je deelde met {} een bericht binnen dat Regie niet kan lezen. Het is apart gezet. Er is niets aan je dossier veranderd.",
            "A message came in through what you shared with {} that Regie cannot read. It was set aside. Nothing in your file changed.";
        ReplyProvenance => "Voorstel van {}, via wat je op {} deelde", "Proposal from {}, through what you shared on {}";
        ActivitySomeone => "Iemand ({})", "Someone ({})";
        ActivityNoName => "naam niet opgegeven", "name not given";
        ActivityOpened => "opende om {}", "opened at {}";
        ActivityResumed => "opende opnieuw om {}", "opened again at {}";
        ActivityPrinted => "printte om {}", "printed at {}";
        ActivityReplied => "stuurde een antwoord om {}", "sent a reply at {}";
        ActivityAnd => "en", "and";
        ActivityCsv => "Bewaar als CSV", "Save as CSV";
        ActivityCsvMoment => "moment", "moment";
        ActivityCsvName => "naam", "name";
        ActivityCsvOrg => "organisatie", "organisation";
        ActivityCsvRole => "rol", "role";
        ActivityCsvAction => "actie", "action";
        ActivityCsvSections => "onderdelen", "sections";
        RequestReviewTitle => "Iemand vraagt om te delen", "Someone asks you to share";
        RequestFrom => "{} vraagt of je iets uit je dossier wilt laten zien.", "{} asks to see part of your file.";
        RequestHowLong => "Hoe lang: {} minuten", "For how long: {} minutes";
        RequestChange => "Zet een vinkje uit als je iets niet wilt delen.", "Untick what you do not want to share.";
        RequestRefuse => "Niet delen", "Do not share";
        RequestPageTitle => "Vraag de cliënt om te delen", "Ask the client to share";
        RequestPageIntro => "Vul in wie je bent en wat je wilt zien. De cliënt scant de QR-code en kiest zelf wat je ziet.", "Fill in who you are and what you want to see. The client scans the QR code and chooses what you see.";
        RequestSections => "Wat wil je zien?", "What do you want to see?";
        RequestDuration => "Hoe lang wil je het lezen?", "For how long do you want to read it?";
        RequestMinutes => "{} minuten", "{} minutes";
        RequestScan => "Laat de cliënt deze QR-code scannen. Of stuur de link.", "Let the client scan this QR code. Or send the link.";
        RequestWaiting => "Wachten op de cliënt…", "Waiting for the client…";
        RequestRefusedPro => "De cliënt wil dit niet delen.", "The client does not want to share this.";
        RequestExpired => "De tijd is om. De cliënt heeft niet geantwoord. Maak een nieuwe vraag.", "Time is up. The client did not answer. Make a new request.";
        RequestArrived => "Gedeeld. Het dossier wordt geopend…", "Shared. The file is opening…";
        RequestAgain => "Nieuwe vraag maken", "Make a new request";
        MadeOn => "Gemaakt op {}", "Made on {}";
    }
}
