//! The texts of the law's clocks (procedures and their deadlines), in their own table so the
//! first screen does not carry them. Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text about a procedure's legal deadlines.
    ClockText {
        // The application form.
        ProcedureLabel => "Wat voor aanvraag is het?";
        ProcedureHint =>
            "Kies wat past. Dan rekent Regie uit wanneer de gemeente iets moet doen. Melding: je vraagt de gemeente om hulp. Aanvraag: je vraagt om een besluit, meestal na het gesprek. Dreiging: je huis, energie, water of zorgverzekering is in gevaar. De datum hierboven is de dag dat je het vroeg.";
        ProcedureWmoReport => "Wmo: melding";
        ProcedureWmoApplication => "Wmo: aanvraag";
        ProcedureDebtHelp => "Schuldhulp vragen";
        ProcedureDebtHelpThreat => "Schuldhulp, met dreiging";
        ProcedureSocialAssistance => "Bijstand";
        ProcedureOther => "Iets anders";
        ProcedureCardLabel => "Soort aanvraag";

        // The start screen.
        ClocksTitle => "Termijnen van de wet";
        ClockDaysLeftOne => "Nog 1 dag";
        ClockDaysLeft => "Nog {} dagen";
        ClockLastDay => "Vandaag is de laatste dag";
        ClockPassed => "Te laat";
        ClockArticle => "Dit staat in de wet: {}.";

        // What must happen by the last day; `{}` is that day.
        RunWmoInvestigation =>
            "de gemeente moet uiterlijk {} klaar zijn met het onderzoek naar je melding.";
        RunWmoPersonalPlan =>
            "je mag tot en met {} een persoonlijk plan aan de gemeente geven. Daarin schrijf je zelf wat je nodig hebt.";
        RunWmoDecision =>
            "de gemeente moet uiterlijk {} beslissen over je aanvraag.";
        RunDebtFirstTalk =>
            "je moet uiterlijk {} een eerste gesprek over schuldhulp hebben.";
        RunDebtFirstTalkThreat =>
            "je moet uiterlijk {} een eerste gesprek over schuldhulp hebben. Dat is snel, omdat je huis, energie, water of zorgverzekering in gevaar is.";
        RunAssistanceDecision =>
            "de gemeente moet uiterlijk {} beslissen over je bijstand.";

        // Once the last day has passed.
        PastWmoInvestigation =>
            "de gemeente moest uiterlijk {} klaar zijn met het onderzoek naar je melding.";
        PastWmoDecision =>
            "de gemeente moest uiterlijk {} beslissen over je aanvraag.";
        PastDebtFirstTalk =>
            "je moest uiterlijk {} een eerste gesprek over schuldhulp hebben.";
        PastAssistanceDecision =>
            "de gemeente moest uiterlijk {} beslissen over je bijstand.";

        // What the client may do then.
        ActWmoInvestigation =>
            "Wat kun je doen? Vraag de gemeente wanneer het onderzoek klaar is. Je mag ook nu al een aanvraag doen. Daarvoor hoef je niet op het onderzoek te wachten.";
        ActDecision =>
            "Wat kun je doen? Schrijf de gemeente een brief dat ze te laat is. Dat heet een ingebrekestelling. Beslist de gemeente daarna 2 weken nog niet? Dan moet ze je voor elke dag extra geld betalen. Dat heet een dwangsom.";
        ActDebtFirstTalk =>
            "Wat kun je doen? Bel of schrijf de gemeente. Zeg dat de wet een eerste gesprek geeft binnen 4 weken. Gebeurt er niets? Dien dan een klacht in bij de gemeente.";
        ActDebtFirstTalkThreat =>
            "Wat kun je doen? Bel de gemeente vandaag nog. Zeg dat je huis, energie, water of zorgverzekering in gevaar is. De wet geeft dan een gesprek binnen 3 werkdagen.";
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn fill_puts_the_date_in() {
        assert_eq!(
            ClockText::RunWmoInvestigation.fill(Lang::Nl, &["19 januari 2027"]),
            "de gemeente moet uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding."
        );
    }
}
