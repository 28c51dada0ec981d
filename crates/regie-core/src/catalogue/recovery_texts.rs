//! The texts of herstelhelpers (settings, the cards, recovering), in a table of their own:
//! only the dossier's own code (the second part) shows them, so the first screen's wasm does
//! not carry them. Dutch (B1) first, English second, as in `texts.rs`.

use super::{fill_in, Lang};

text_part! {
    /// A text of herstelhelpers: settings, the cards, recovering.
    RecoveryText {
        HelpersTitle => "Herstelhelpers";
        HelpersIntro =>
            "Vergeet je je wachtzin? Dan kunnen mensen die je vertrouwt je helpen. Elke helper krijgt een herstelkaart op papier. Met een paar kaarten samen open je je dossier weer. Dan kies je een nieuwe wachtzin. Eén kaart alleen opent niets.";
        HelpersWarning =>
            "Kies mensen die niet samen tegen je kunnen werken. Dus niet je partner en ook zijn of haar familie. En niet twee mensen van dezelfde organisatie. Genoeg helpers samen kunnen je dossier openen. Maar alleen als ze ook je telefoon of een back-up hebben.";
        HelpersSetup => "Herstelhelpers kiezen";
        HelpersCountLabel => "Hoeveel helpers?";
        HelperNameLabel => "Voornaam van helper {}";
        HelperNameHint =>
            "Kies iemand uit je netwerk of typ een voornaam. De naam komt op de kaart van die helper. Andere helpers zien hem niet.";
        HelpersThresholdLabel => "Hoeveel kaarten zijn nodig om je dossier te openen?";
        HelpersOf => "{} van de {}";
        HelpersCreate => "Herstelkaarten maken";
        HelpersMaking => "Regie maakt de kaarten…";
        ErrHelperNameMissing => "Vul bij elke helper een voornaam in.";
        ErrHelperNameTwice =>
            "Twee helpers hebben dezelfde naam. Maak de namen verschillend, bijvoorbeeld met de eerste letter van de achternaam.";
        HelpersCardsReady =>
            "Print de kaarten en geef elke helper zijn eigen kaart. Je ziet de kaarten maar één keer. Raakt er een kwijt? Maak dan nieuwe kaarten.";
        HelpersPrint => "Kaarten printen";
        HelpersDone => "Klaar, ik heb ze geprint";
        HelpersHolds => "{} heeft een kaart sinds {}.";
        HelpersNeeded => "Er zijn {} van de {} kaarten nodig.";
        HelpersCheckDue =>
            "Het is een jaar geleden. Vraag je helpers of ze hun kaart nog hebben.";
        HelpersCheckNow =>
            "Vraag je helpers binnenkort of ze hun kaart goed hebben bewaard.";
        HelpersNeedNew =>
            "De kaarten van je helpers openen dit dossier niet meer. Dat gebeurt bijvoorbeeld na het terugzetten van een back-up. Maak nieuwe kaarten.";
        HelpersChecked => "Ze hebben hun kaart nog";
        HelpersRenew => "Nieuwe kaarten maken";
        HelpersRenewNote =>
            "Maak je nieuwe kaarten? Dan werken de oude kaarten niet meer. Vraag je helpers de oude kaart weg te gooien.";
        HelpersStop => "Stoppen met herstelhelpers";
        HelpersStopped =>
            "Er zijn geen herstelhelpers meer. De kaarten werken niet meer.";
        CardTitle => "Herstelkaart van Regie";
        CardFor => "Voor {}, van {}";
        CardNeeded =>
            "Er zijn {} kaarten samen nodig. Deze kaart alleen opent niets.";
        CardWhatToDo =>
            "Vraagt iemand om deze kaart? Kijk eerst of het echt {} is: zie elkaar, of bel zelf. Laat dan de QR-code scannen of lees de woorden voor. Geef de kaart nooit aan iemand anders.";
        CardWords => "De woorden van deze kaart";
        CardFallbackName => "de eigenaar van het dossier";
        CardFileButton =>
            "Kaart delen of bewaren";
        CardFileHint =>
            "Je krijgt de kaart als plaatje. Stuur het alleen aan deze helper zelf. Wie het plaatje heeft, heeft de kaart.";
        CardFileName =>
            "herstelkaart-{}.png";
        CardFileSaved =>
            "De kaart staat als plaatje in je downloads.";
        CardFileFailed =>
            "Dit lukte niet. Probeer het nog een keer, of print de kaart.";
        RecoverIntro =>
            "Vraag je helpers om hun kaart. Typ de woorden van één kaart en kies Kaart toevoegen. Of scan de QR-code. Doe dat voor elke kaart.";
        RecoverWordsLabel => "De woorden van één kaart";
        RecoverAdd => "Kaart toevoegen";
        RecoverScan => "QR-code scannen";
        ScanHint => "Houd de QR-code van de kaart voor de camera.";
        ScanStop => "Stoppen met scannen";
        ErrCameraUnavailable =>
            "Regie kan de camera nu niet gebruiken. Geef Regie toestemming voor de camera, of typ de woorden van de kaart.";
        RecoverHave =>
            "{} van de {} kaarten zijn erin. Eén kaart alleen opent niets: vraag nog een helper.";
        RecoverEnough =>
            "Genoeg kaarten. Kies nu een nieuwe wachtzin.";
        RecoverFinish => "Nieuwe wachtzin opslaan";
        RecoverDone =>
            "Je dossier is weer open, met je nieuwe wachtzin. De oude kaarten werken niet meer. Hieronder staan de nieuwe kaarten: print ze en geef ze aan je helpers.";
        RecoverToDossier => "Naar mijn dossier";
        ErrRecoverNoHelpers =>
            "Voor dit dossier zijn geen herstelhelpers gekozen. Met kaarten kun je het niet openen.";
        ErrCardEmpty => "Typ eerst de woorden van een kaart.";
        ErrCardUnknownWord =>
            "Woord {} (\"{}\") staat niet op een herstelkaart. Kijk of het goed getypt is.";
        ErrCardWrongCount =>
            "Een kaart heeft 20 woorden. Hier staan er {}.";
        ErrCardMistyped =>
            "Deze woorden passen niet bij elkaar. Misschien is een woord verkeerd getypt, of staan er twee om. Kijk ze nog eens na.";
        ErrCardNewer =>
            "Deze kaart is gemaakt met een nieuwere Regie. Werk de app eerst bij.";
        ErrCardNotThis =>
            "Deze kaart hoort niet bij dit dossier. Of het is een oude kaart: die werkt niet meer sinds er nieuwe kaarten zijn.";
        ErrCardAlreadyIn =>
            "Deze kaart is er al in. Je hebt de kaart van een andere helper nodig.";
        ErrRecoverFailed =>
            "Regie kon je dossier niet openen. Er is niets veranderd. Probeer het nog een keer.";
        ErrCardsDoNotOpen => "Deze kaarten openen dit dossier niet.";
        CopyDownloaded =>
            "Ook gedownload: {}. Dat is de herstelkopie. Ben je je telefoon én je wachtzin kwijt? Dan zet je je dossier daarmee terug, met de kaarten van je helpers. Bewaar hem bij je back-up.";
        CopyDownloadAgain => "Herstelkopie nog een keer downloaden";
        CopyRestoreIntro =>
            "Kies de herstelkopie. Die staat bij je back-up. De naam begint met regie-herstelkopie. Typ of scan daarna de kaarten van je helpers. Kies dan een nieuwe wachtzin.";
        CopyFileLabel => "Herstelkopie";
        CopyFinish => "Dossier terugzetten";
        CopyRestored =>
            "Je dossier is terug, met je documenten en je nieuwe wachtzin. De kaarten van je helpers werken nog. Je hoeft geen nieuwe kaarten te maken.";
        ErrCopyIsBackup =>
            "Dit is een gewone back-up, geen herstelkopie. Zet hem terug met je wachtzin. Er is niets veranderd.";
        ErrCopyNotACopy =>
            "Dit bestand is geen herstelkopie van Regie. Een herstelkopie heet regie-herstelkopie met een datum. Er is niets veranderd.";
        HelpersNeedNewStart =>
            "Je hebt een back-up teruggezet. De kaarten van je helpers openen dit dossier nu niet meer. Maak nieuwe kaarten bij Instellingen.";
        ToSettings => "Naar Instellingen";
    }
}
