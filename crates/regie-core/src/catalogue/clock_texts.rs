//! The texts of the law's clocks (procedures and their deadlines), in their own table so the
//! first screen does not carry them. Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text about a procedure's legal deadlines.
    ClockText {
        // The application form.
        ProcedureLabel => "Wat voor aanvraag is het?", "What kind of request is it?";
        ProcedureHint =>
            "Kies wat past. Dan rekent Regie uit wanneer de gemeente iets moet doen. Melding: je vraagt de gemeente om hulp. Aanvraag: je vraagt om een besluit, meestal na het gesprek. Dreiging: je huis, energie, water of zorgverzekering is in gevaar. De datum hierboven is de dag dat je het vroeg.",
            "Choose what fits. Then Regie works out when the municipality has to act. Report: you ask the municipality for help. Application: you ask for a decision, usually after the talk. Threat: your home, energy, water or health insurance is at risk. The date above is the day you asked.";
        ProcedureWmoReport => "Wmo: melding", "Wmo: report";
        ProcedureWmoApplication => "Wmo: aanvraag", "Wmo: application";
        ProcedureDebtHelp => "Schuldhulp vragen", "Asking for debt help";
        ProcedureDebtHelpThreat => "Schuldhulp, met dreiging", "Debt help, with a threat";
        ProcedureSocialAssistance => "Bijstand", "Social assistance (bijstand)";
        ProcedureOther => "Iets anders", "Something else";
        ProcedureCardLabel => "Soort aanvraag", "Kind of request";

        // The start screen.
        ClocksTitle => "Termijnen van de wet", "Legal deadlines";
        ClockDaysLeftOne => "Nog 1 dag", "1 day left";
        ClockDaysLeft => "Nog {} dagen", "{} days left";
        ClockLastDay => "Vandaag is de laatste dag", "Today is the last day";
        ClockPassed => "Te laat", "Too late";
        ClockArticle => "Dit staat in de wet: {}.", "This is in the law: {}.";

        // What must happen by the last day; `{}` is that day.
        RunWmoInvestigation =>
            "de gemeente moet uiterlijk {} klaar zijn met het onderzoek naar je melding.",
            "the municipality must finish looking into your report by {}.";
        RunWmoPersonalPlan =>
            "je mag tot en met {} een persoonlijk plan aan de gemeente geven. Daarin schrijf je zelf wat je nodig hebt.",
            "you may give the municipality a personal plan until {}. In it you write what you need.";
        RunWmoDecision =>
            "de gemeente moet uiterlijk {} beslissen over je aanvraag.",
            "the municipality must decide on your application by {}.";
        RunDebtFirstTalk =>
            "je moet uiterlijk {} een eerste gesprek over schuldhulp hebben.",
            "you must have a first talk about debt help by {}.";
        RunDebtFirstTalkThreat =>
            "je moet uiterlijk {} een eerste gesprek over schuldhulp hebben. Dat is snel, omdat je huis, energie, water of zorgverzekering in gevaar is.",
            "you must have a first talk about debt help by {}. That is soon, because your home, energy, water or health insurance is at risk.";
        RunAssistanceDecision =>
            "de gemeente moet uiterlijk {} beslissen over je bijstand.",
            "the municipality must decide on your social assistance by {}.";

        // Once the last day has passed.
        PastWmoInvestigation =>
            "de gemeente moest uiterlijk {} klaar zijn met het onderzoek naar je melding.",
            "the municipality had to finish looking into your report by {}.";
        PastWmoDecision =>
            "de gemeente moest uiterlijk {} beslissen over je aanvraag.",
            "the municipality had to decide on your application by {}.";
        PastDebtFirstTalk =>
            "je moest uiterlijk {} een eerste gesprek over schuldhulp hebben.",
            "you should have had a first talk about debt help by {}.";
        PastAssistanceDecision =>
            "de gemeente moest uiterlijk {} beslissen over je bijstand.",
            "the municipality had to decide on your social assistance by {}.";

        // What the client may do then.
        ActWmoInvestigation =>
            "Wat kun je doen? Vraag de gemeente wanneer het onderzoek klaar is. Je mag ook nu al een aanvraag doen. Daarvoor hoef je niet op het onderzoek te wachten.",
            "What can you do? Ask the municipality when the investigation will be ready. You may also apply now. You do not have to wait for the investigation.";
        ActDecision =>
            "Wat kun je doen? Schrijf de gemeente een brief dat ze te laat is. Dat heet een ingebrekestelling. Beslist de gemeente daarna 2 weken nog niet? Dan moet ze je voor elke dag extra geld betalen. Dat heet een dwangsom.",
            "What can you do? Write the municipality a letter saying it is too late. This is called a notice of default (ingebrekestelling). If the municipality still has not decided 2 weeks later, it must pay you money for each extra day. This is called a penalty (dwangsom).";
        ActDebtFirstTalk =>
            "Wat kun je doen? Bel of schrijf de gemeente. Zeg dat de wet een eerste gesprek geeft binnen 4 weken. Gebeurt er niets? Dien dan een klacht in bij de gemeente.",
            "What can you do? Call or write to the municipality. Say that the law gives a first talk within 4 weeks. If nothing happens, make a complaint to the municipality.";
        ActDebtFirstTalkThreat =>
            "Wat kun je doen? Bel de gemeente vandaag nog. Zeg dat je huis, energie, water of zorgverzekering in gevaar is. De wet geeft dan een gesprek binnen 3 werkdagen.",
            "What can you do? Call the municipality today. Say that your home, energy, water or health insurance is at risk. The law then gives a talk within 3 working days.";
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
