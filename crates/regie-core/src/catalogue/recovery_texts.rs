//! The texts of herstelhelpers (settings, the cards, recovering), in a table of their own:
//! only the dossier's own code (the second part) shows them, so the first screen's wasm does
//! not carry them. Dutch (B1) first, English second, as in `texts.rs`.

use super::{fill_in, Lang};

text_part! {
    /// A text of herstelhelpers: settings, the cards, recovering.
    RecoveryText {
        HelpersTitle => "Herstelhelpers", "Recovery helpers";
        HelpersIntro =>
            "Vergeet je je wachtzin? Dan kunnen mensen die je vertrouwt je helpen. Elke helper krijgt een herstelkaart op papier. Met een paar kaarten samen open je je dossier weer en kies je een nieuwe wachtzin. Eén kaart alleen opent niets.",
            "Forgot your passphrase? Then people you trust can help you. Each helper gets a recovery card on paper. With a few cards together you open your file again and choose a new passphrase. One card alone opens nothing.";
        HelpersWarning =>
            "Kies mensen die niet samen tegen je kunnen werken. Dus niet je partner en ook zijn of haar familie. En niet twee mensen van dezelfde organisatie. Genoeg helpers samen kunnen je dossier openen als ze ook je telefoon of een back-up hebben.",
            "Choose people who cannot work together against you. So not your partner and also their family. And not two people from the same organisation. Enough helpers together can open your file if they also have your phone or a backup.";
        HelpersSetup => "Herstelhelpers kiezen", "Choose recovery helpers";
        HelpersCountLabel => "Hoeveel helpers?", "How many helpers?";
        HelperNameLabel => "Voornaam van helper {}", "First name of helper {}";
        HelperNameHint =>
            "Kies iemand uit je netwerk of typ een voornaam. De naam komt op de kaart van die helper. Andere helpers zien hem niet.",
            "Choose someone from your network or type a first name. The name goes on that helper's card. Other helpers do not see it.";
        HelpersThresholdLabel => "Hoeveel kaarten zijn nodig om je dossier te openen?", "How many cards are needed to open your file?";
        HelpersOf => "{} van de {}", "{} of {}";
        HelpersCreate => "Herstelkaarten maken", "Make recovery cards";
        HelpersMaking => "De kaarten worden gemaakt…", "Making the cards…";
        ErrHelperNameMissing => "Vul bij elke helper een voornaam in.", "Fill in a first name for each helper.";
        ErrHelperNameTwice =>
            "Twee helpers hebben dezelfde naam. Maak de namen verschillend, bijvoorbeeld met de eerste letter van de achternaam.",
            "Two helpers have the same name. Make the names different, for example with the first letter of the last name.";
        HelpersCardsReady =>
            "Print de kaarten en geef elke helper zijn eigen kaart. Je ziet de kaarten maar één keer. Raakt er een kwijt? Maak dan nieuwe kaarten.",
            "Print the cards and give each helper their own card. You see the cards only once. Is one lost? Then make new cards.";
        HelpersPrint => "Kaarten printen", "Print cards";
        HelpersDone => "Klaar, ik heb ze geprint", "Done, I printed them";
        HelpersHolds => "{} heeft een kaart sinds {}.", "{} has had a card since {}.";
        HelpersNeeded => "Er zijn {} van de {} kaarten nodig.", "{} of the {} cards are needed.";
        HelpersCheckDue =>
            "Het is een jaar geleden. Vraag je helpers of ze hun kaart nog hebben.",
            "It has been a year. Ask your helpers whether they still have their card.";
        HelpersCheckNow =>
            "Vraag je helpers binnenkort of ze hun kaart goed hebben bewaard.",
            "Ask your helpers soon whether they have kept their card safe.";
        HelpersNeedNew =>
            "De kaarten van je helpers openen dit dossier niet meer, bijvoorbeeld na het terugzetten van een back-up. Maak nieuwe kaarten.",
            "Your helpers' cards no longer open this file, for example after restoring a backup. Make new cards.";
        HelpersChecked => "Ze hebben hun kaart nog", "They still have their card";
        HelpersRenew => "Nieuwe kaarten maken", "Make new cards";
        HelpersRenewNote =>
            "Maak je nieuwe kaarten? Dan werken de oude kaarten niet meer. Vraag je helpers de oude kaart weg te gooien.",
            "Making new cards? Then the old cards stop working. Ask your helpers to throw the old card away.";
        HelpersStop => "Stoppen met herstelhelpers", "Stop using recovery helpers";
        HelpersStopped =>
            "Er zijn geen herstelhelpers meer. De kaarten werken niet meer.",
            "There are no recovery helpers any more. The cards no longer work.";
        CardTitle => "Herstelkaart van Regie", "Regie recovery card";
        CardFor => "Voor {}, van {}", "For {}, from {}";
        CardNeeded =>
            "Er zijn {} kaarten samen nodig. Deze kaart alleen opent niets.",
            "{} cards are needed together. This card alone opens nothing.";
        CardWhatToDo =>
            "Vraagt iemand om deze kaart? Kijk eerst of het echt {} is: zie elkaar, of bel zelf. Laat dan de QR-code scannen of lees de woorden voor. Geef de kaart nooit aan iemand anders.",
            "Does someone ask for this card? First check that it really is {}: meet, or call yourself. Then let them scan the QR code or read out the words. Never give the card to anyone else.";
        CardWords => "De woorden van deze kaart", "The words of this card";
        CardFallbackName => "je cliënt", "your client";
        CardFileButton => "Kaart delen of bewaren", "Share or save card";
        CardFileHint =>
            "Je krijgt de kaart als plaatje. Stuur het alleen aan deze helper zelf. Wie het plaatje heeft, heeft de kaart.",
            "You get the card as a picture. Send it only to this helper. Whoever has the picture has the card.";
        CardFileName => "herstelkaart-{}.png", "recovery-card-{}.png";
        CardFileSaved =>
            "De kaart staat als plaatje in je downloads.",
            "The card is in your downloads as a picture.";
        CardFileFailed =>
            "Dit lukte niet. Probeer het nog een keer, of print de kaart.",
            "That did not work. Try again, or print the card.";
        RecoverIntro =>
            "Vraag je helpers om hun kaart. Typ de woorden van één kaart en kies Kaart toevoegen. Of scan de QR-code. Doe dat voor elke kaart.",
            "Ask your helpers for their card. Type the words of one card and choose Add card. Or scan the QR code. Do that for each card.";
        RecoverWordsLabel => "De woorden van één kaart", "The words of one card";
        RecoverAdd => "Kaart toevoegen", "Add card";
        RecoverScan => "QR-code scannen", "Scan QR code";
        ScanHint => "Houd de QR-code van de kaart voor de camera.", "Hold the card's QR code in front of the camera.";
        ScanStop => "Stoppen met scannen", "Stop scanning";
        ErrCameraUnavailable =>
            "De camera kan nu niet worden gebruikt. Geef Regie toestemming voor de camera, of typ de woorden van de kaart.",
            "The camera cannot be used now. Allow Regie to use the camera, or type the words of the card.";
        RecoverHave =>
            "{} van de {} kaarten zijn erin. Eén kaart alleen opent niets: vraag nog een helper.",
            "{} of the {} cards are in. One card alone opens nothing: ask another helper.";
        RecoverEnough =>
            "Genoeg kaarten. Kies nu een nieuwe wachtzin.",
            "Enough cards. Now choose a new passphrase.";
        RecoverFinish => "Nieuwe wachtzin opslaan", "Save new passphrase";
        RecoverDone =>
            "Je dossier is weer open, met je nieuwe wachtzin. De oude kaarten werken niet meer. Hieronder staan de nieuwe kaarten: print ze en geef ze aan je helpers.",
            "Your file is open again, with your new passphrase. The old cards no longer work. The new cards are below: print them and give them to your helpers.";
        RecoverToDossier => "Naar mijn dossier", "To my file";
        ErrRecoverNoHelpers =>
            "Voor dit dossier zijn geen herstelhelpers gekozen. Met kaarten kun je het niet openen.",
            "No recovery helpers were chosen for this file. Cards cannot open it.";
        ErrCardEmpty => "Typ eerst de woorden van een kaart.", "First type the words of a card.";
        ErrCardUnknownWord =>
            "Woord {} (\"{}\") staat niet op een herstelkaart. Kijk of het goed getypt is.",
            "Word {} (\"{}\") is not on any recovery card. Check how it was typed.";
        ErrCardWrongCount =>
            "Een kaart heeft 20 woorden. Hier staan er {}.",
            "A card has 20 words. There are {} here.";
        ErrCardMistyped =>
            "Deze woorden passen niet bij elkaar. Misschien is een woord verkeerd getypt, of staan er twee om. Kijk ze nog eens na.",
            "These words do not fit together. Perhaps a word was mistyped, or two were swapped. Check them again.";
        ErrCardNewer =>
            "Deze kaart is gemaakt met een nieuwere Regie. Werk de app eerst bij.",
            "This card was made with a newer Regie. Update the app first.";
        ErrCardNotThis =>
            "Deze kaart hoort niet bij dit dossier. Of het is een oude kaart: die werkt niet meer sinds er nieuwe kaarten zijn.",
            "This card does not belong to this file. Or it is an old card: those stop working once new cards are made.";
        ErrCardAlreadyIn =>
            "Deze kaart is er al in. Je hebt de kaart van een andere helper nodig.",
            "This card is in already. You need another helper's card.";
        ErrRecoverFailed =>
            "Je dossier kon niet worden geopend. Er is niets veranderd. Probeer het nog een keer.",
            "Your file could not be opened. Nothing has changed. Please try again.";
        ErrCardsDoNotOpen => "Deze kaarten openen dit dossier niet.", "These cards do not open this file.";
        CopyDownloaded =>
            "Ook gedownload: {}. Dat is de herstelkopie. Ben je je telefoon én je wachtzin kwijt? Dan zet je je dossier daarmee terug, met de kaarten van je helpers. Bewaar hem bij je back-up.",
            "Also downloaded: {}. That is the recovery copy. Lost your phone and your passphrase? Then you restore your file with it, with your helpers' cards. Keep it with your backup.";
        CopyDownloadAgain => "Herstelkopie nog een keer downloaden", "Download the recovery copy again";
        CopyRestoreIntro =>
            "Kies de herstelkopie. Die staat bij je back-up en heet regie-herstelkopie met een datum. Daarna typ of scan je de kaarten van je helpers, en kies je een nieuwe wachtzin.",
            "Choose the recovery copy. It is kept with your backup and is called regie-herstelkopie with a date. Then you type or scan your helpers' cards, and choose a new passphrase.";
        CopyFileLabel => "Herstelkopie", "Recovery copy";
        CopyFinish => "Dossier terugzetten", "Restore my file";
        CopyRestored =>
            "Je dossier is terug, met je documenten en je nieuwe wachtzin. De kaarten van je helpers werken nog. Je hoeft geen nieuwe kaarten te maken.",
            "Your file is back, with your documents and your new passphrase. Your helpers' cards still work. You do not need to make new cards.";
        ErrCopyIsBackup =>
            "Dit is een gewone back-up, geen herstelkopie. Zet hem terug met je wachtzin. Er is niets veranderd.",
            "This is an ordinary backup, not a recovery copy. Restore it with your passphrase. Nothing has changed.";
        ErrCopyNotACopy =>
            "Dit bestand is geen herstelkopie van Regie. Een herstelkopie heet regie-herstelkopie met een datum. Er is niets veranderd.",
            "This file is not a Regie recovery copy. A recovery copy is called regie-herstelkopie with a date. Nothing has changed.";
        HelpersNeedNewStart =>
            "Je hebt een back-up teruggezet. De kaarten van je helpers openen dit dossier nu niet meer. Maak nieuwe kaarten bij Instellingen.",
            "You restored a backup. Your helpers' cards no longer open this file. Make new cards in Settings.";
        ToSettings => "Naar Instellingen", "To Settings";
    }
}
