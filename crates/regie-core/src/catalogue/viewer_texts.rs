//! The texts of the share viewer (its preview, the shared view, a share's purpose), in a table
//! of their own so the viewer's preview carries them without the client's screens' texts.
//! Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of the share viewer.
    ViewerText {
        ViewTitle => "Gedeeld dossier";
        ViewSharedBy => "{} deelt een deel van het dossier met {}.";
        ViewSharedByUnnamed => "Iemand deelt een deel van het dossier met {}.";
        ViewSections => "Je kunt lezen: {}";
        ViewValidUntil => "Geldig tot {}";
        ViewOpenExplain =>
            "Druk op de knop om het te openen. Dit wordt gemeld aan degene die deelt.";
        ViewOpen => "Openen en lezen";
        ViewOpening => "Bezig met openen…";
        ViewReadOnly => "Alleen lezen · voor {} · geldig tot {}";
        ViewWipeNote =>
            "Deze pagina wist zichzelf als de tijd om is of als het delen wordt gestopt. Er wordt niets op dit apparaat bewaard.";
        ViewGoneHint => "Vraag de persoon die deelde om een nieuwe link of QR-code.";
        ViewEmpty => "Nog niets ingevuld.";
        ViewStoryUpdated => "Laatst aangepast op {}.";
        ViewColDomain => "Leefgebied";
        ViewScoreValue => "{} van 5: {}";
        ViewScoredOn => "Op {}";
        ViewScoredOnBy => "Op {}, door {}";
        ViewNoScore => "Geen score";
        ViewGoalSince => "Doel sinds {}";
        ViewAgreements => "Afspraken";
        ViewLabelWho => "Wie doet het";
        ViewLabelDueBy => "Uiterlijk klaar op";
        ViewOwnerMe => "De cliënt zelf";
        ViewOwnerNetwork => "{} (uit het netwerk)";
        ViewOwnerProfessional => "{} (hulpverlener)";
        ViewOwnerProfessionalAt => "{} (hulpverlener, {})";
        ViewOverdue => "Te laat: de datum is voorbij.";
        ViewFirstContact => "Eerste contactpersoon";
        ViewObjectionDefault =>
            "{} (berekend: zes weken na de datum van de beschikking)";
        ViewDateAtTime => "{} om {}";
        ViewTypePdf => "PDF-document";
        ViewTypeImage => "Foto of afbeelding";
        ViewFileNotIncluded =>
            "Het bestand zelf zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.";
        ViewDocOpenPdf => "Open de PDF: {}";
        ViewDocMissing =>
            "Dit bestand zit niet in deze gedeelde weergave. Je ziet alleen de beschrijving.";
        ViewAsOfBy => "Stand van {} · gedeeld door {}";
        ViewSummaryTitle => "In het kort";
        ViewSummaryAgreements => "Open afspraken";
        ViewSummaryDue => "uiterlijk {}";
        ViewSummaryLate => "te laat";
        ViewSummaryDecisions => "Beschikkingen die binnenkort aflopen";
        ViewSummaryEnds => "loopt af op {}";
        ViewSummaryScores => "Laatste scores per leefgebied";
        ViewPrint => "Afdrukken of opslaan als pdf";
        ViewCodeLabel => "Spreekcode van de cliënt";
        ViewCodeExplain =>
            "Vraag de cliënt om de spreekcode van 4 tot 6 cijfers. Na 5 foute spreekcodes is wat de cliënt deelt weg.";
        ViewNotYetHint => "Deze pagina kan open blijven. Op het afgesproken moment verschijnt de knop om te openen.";
        ViewEnding =>
            "Let op: over {} is deze gedeelde informatie weg. Druk nu af of schrijf op wat je nodig hebt.";
        ViewTypedByClient => "ingevuld door de cliënt";
        ViewWrittenBy => "Geschreven door {}";
        ViewWhoTitle => "Wie ben je?";
        ViewWhoIntro =>
            "De cliënt ziet wat je hier typt. En ook wanneer je opent, opnieuw opent, print of antwoordt. Je mag het leeg laten.";
        PurposeLabel => "Waarvoor?";
        PurposeHint => "Kies of typ zelf. Bijvoorbeeld: intake schuldhulp.";
        PurposeIs => "Waarvoor: {}";
    }
}
