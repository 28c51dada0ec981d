//! The texts of the share viewer (its preview, the shared view, a share's purpose), in a table
//! of their own so the viewer's preview carries them without the client's screens' texts.
//! Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of the share viewer.
    ViewerText {
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
        ViewGoneHint => "Vraag de persoon die deelde om een nieuwe link of QR-code.", "Ask the person who shared for a new link or QR code.";
        ViewEmpty => "Nog niets ingevuld.", "Nothing filled in yet.";
        ViewStoryUpdated => "Laatst aangepast op {}.", "Last changed on {}.";
        ViewColDomain => "Leefgebied", "Life domain";
        ViewScoreValue => "{} van 5: {}", "{} of 5: {}";
        ViewScoredOn => "Op {}", "On {}";
        ViewScoredOnBy => "Op {}, door {}", "On {}, by {}";
        ViewNoScore => "Geen score", "No score";
        ViewGoalSince => "Doel sinds {}", "Goal since {}";
        ViewAgreements => "Afspraken", "Agreements";
        ViewLabelWho => "Wie doet het", "Who does it";
        ViewLabelDueBy => "Uiterlijk klaar op", "Due by";
        ViewOwnerMe => "De cliënt zelf", "The client";
        ViewOwnerNetwork => "{} (uit het netwerk)", "{} (from the network)";
        ViewOwnerProfessional => "{} (hulpverlener)", "{} (professional)";
        ViewOwnerProfessionalAt => "{} (hulpverlener, {})", "{} (professional, {})";
        ViewOverdue => "Te laat: de datum is voorbij.", "Overdue: the date has passed.";
        ViewFirstContact => "Eerste contactpersoon", "First contact";
        ViewObjectionDefault =>
            "{} (berekend: zes weken na de datum van de beschikking)",
            "{} (calculated: six weeks after the date of the decision)";
        ViewDateAtTime => "{} om {}", "{} at {}";
        ViewTypePdf => "PDF-document", "PDF document";
        ViewTypeImage => "Foto of afbeelding", "Photo or image";
        ViewFileNotIncluded =>
            "Het bestand zelf zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.",
            "The file itself is not included in this shared view. You see only its description.";
        ViewDocOpenPdf => "Open de PDF: {}", "Open the PDF: {}";
        ViewDocMissing =>
            "Dit bestand zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.",
            "This file is not included in this shared view. You see only its description.";
        ViewAsOfBy => "Stand van {} · gedeeld door {}", "As of {} · shared by {}";
        ViewSummaryTitle => "In het kort", "At a glance";
        ViewSummaryAgreements => "Open afspraken", "Open agreements";
        ViewSummaryDue => "uiterlijk {}", "by {}";
        ViewSummaryLate => "te laat", "overdue";
        ViewSummaryDecisions => "Beschikkingen die binnenkort aflopen", "Decisions that end soon";
        ViewSummaryEnds => "loopt af op {}", "ends on {}";
        ViewSummaryScores => "Laatste scores per leefgebied", "Latest score per life domain";
        ViewPrint => "Afdrukken of opslaan als pdf", "Print or save as PDF";
        ViewCodeLabel => "Spreekcode van de cliënt", "The client's spoken code";
        ViewCodeExplain =>
            "Vraag de cliënt om de spreekcode van 4 tot 6 cijfers. Na 5 foute spreekcodes is wat de cliënt deelt weg.",
            "Ask the client for the spoken code of 4 to 6 digits. After 5 wrong spoken codes what the client shares is gone.";
        ViewNotYetHint => "Deze pagina kan open blijven. Op het afgesproken moment verschijnt de knop om te openen.", "You can keep this page open. At the agreed moment the button to open appears.";
        ViewEnding =>
            "Let op: over {} is deze gedeelde informatie weg. Druk nu af of schrijf op wat je nodig hebt.",
            "Please note: in {} this shared information is gone. Print or write down what you need now.";
        ViewTypedByClient => "ingevuld door de cliënt", "filled in by the client";
        ViewWrittenBy => "Geschreven door {}", "Written by {}";
        ViewWhoTitle => "Wie ben je?", "Who are you?";
        ViewWhoIntro =>
            "De cliënt ziet wat je hier typt, met het moment waarop je opent, opnieuw opent, print of antwoordt. Je mag het leeg laten.",
            "The client sees what you type here, with the moment you open, open again, print or reply. You may leave it empty.";
        PurposeLabel => "Waarvoor?", "What for?";
        PurposeHint => "Kies of typ zelf. Bijvoorbeeld: intake schuldhulp.", "Choose or type. For example: debt help intake.";
        PurposeIs => "Waarvoor: {}", "What for: {}";
    }
}
