//! The words for the law's clocks: a procedure's name, and each deadline as the start screen
//! says it ("Nog 12 dagen: de gemeente moet uiterlijk 19 januari 2027 klaar zijn met het
//! onderzoek naar je melding.").

use super::{Clock, Rule};
use crate::catalogue::{formats, ClockText, Lang};
use crate::model::Procedure;

impl Procedure {
    /// The choice in the application form, and the name on the card.
    pub fn text(self) -> ClockText {
        match self {
            Procedure::WmoReport => ClockText::ProcedureWmoReport,
            Procedure::WmoApplication => ClockText::ProcedureWmoApplication,
            Procedure::DebtHelp => ClockText::ProcedureDebtHelp,
            Procedure::DebtHelpThreat => ClockText::ProcedureDebtHelpThreat,
            Procedure::SocialAssistance => ClockText::ProcedureSocialAssistance,
            Procedure::Other => ClockText::ProcedureOther,
        }
    }
}

impl Rule {
    /// What must happen by the last day, while the term runs.
    fn running(self) -> ClockText {
        match self {
            Rule::WmoInvestigation => ClockText::RunWmoInvestigation,
            Rule::WmoPersonalPlan => ClockText::RunWmoPersonalPlan,
            Rule::WmoDecision => ClockText::RunWmoDecision,
            Rule::DebtFirstTalk => ClockText::RunDebtFirstTalk,
            Rule::DebtFirstTalkThreat => ClockText::RunDebtFirstTalkThreat,
            // Objections are counted down in the attention list, not as a clock.
            Rule::AssistanceDecision | Rule::Objection => ClockText::RunAssistanceDecision,
        }
    }

    /// What had to happen, once the last day has passed.
    fn past(self) -> ClockText {
        match self {
            Rule::WmoInvestigation => ClockText::PastWmoInvestigation,
            Rule::WmoDecision => ClockText::PastWmoDecision,
            Rule::DebtFirstTalk | Rule::DebtFirstTalkThreat => ClockText::PastDebtFirstTalk,
            Rule::WmoPersonalPlan | Rule::AssistanceDecision | Rule::Objection => {
                ClockText::PastAssistanceDecision
            }
        }
    }

    /// What the client may do once the deadline has passed.
    pub fn action(self) -> Option<ClockText> {
        match self {
            Rule::WmoInvestigation => Some(ClockText::ActWmoInvestigation),
            Rule::WmoDecision | Rule::AssistanceDecision => Some(ClockText::ActDecision),
            Rule::DebtFirstTalk => Some(ClockText::ActDebtFirstTalk),
            Rule::DebtFirstTalkThreat => Some(ClockText::ActDebtFirstTalkThreat),
            Rule::WmoPersonalPlan | Rule::Objection => None,
        }
    }
}

impl Clock {
    /// "Nog 12 dagen", "Vandaag is de laatste dag", "Te laat".
    pub fn countdown(&self, lang: Lang) -> String {
        match self.days {
            d if d < 0 => ClockText::ClockPassed.get(lang).to_owned(),
            0 => ClockText::ClockLastDay.get(lang).to_owned(),
            1 => ClockText::ClockDaysLeftOne.get(lang).to_owned(),
            d => ClockText::ClockDaysLeft.fill(lang, &[&d.to_string()]),
        }
    }

    /// The whole sentence: "Nog 12 dagen: de gemeente moet uiterlijk 19 januari 2027 klaar
    /// zijn met het onderzoek naar je melding."
    pub fn sentence(&self, lang: Lang) -> String {
        let text = if self.passed() {
            self.rule.past()
        } else {
            self.rule.running()
        };
        let day = formats::date_long(self.due, lang);
        format!("{}: {}", self.countdown(lang), text.fill(lang, &[&day]))
    }

    /// What must happen by the last day, as a sentence of its own: "De gemeente moet
    /// uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding."
    pub fn statement(&self, lang: Lang) -> String {
        let text = if self.passed() {
            self.rule.past()
        } else {
            self.rule.running()
        };
        let sentence = text.fill(lang, &[&formats::date_long(self.due, lang)]);
        let mut chars = sentence.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => sentence,
        }
    }

    /// What the client may do, once the deadline has passed.
    pub fn action(&self, lang: Lang) -> Option<&'static str> {
        self.passed()
            .then(|| self.rule.action())
            .flatten()
            .map(|text| text.get(lang))
    }

    /// "Dit staat in de wet: Wmo 2015, art. 2.3.2 lid 1."
    pub fn article(&self, lang: Lang) -> String {
        ClockText::ClockArticle.fill(lang, &[self.rule.article()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadlines::clocks;
    use crate::model::{Application, Date, Support};

    #[test]
    fn a_wmo_melding_counts_down_in_words() {
        let application: Application = serde_json::from_str(
            r#"{"id":"a","where":"Gemeente Utrecht","applied_on":"2026-12-08","procedure":"wmo_report"}"#,
        )
        .unwrap();
        let support = Support {
            applications: vec![application],
            ..Support::default()
        };
        let on = |day: &str| clocks(&support, Date::parse(day).unwrap());
        let early = on("2026-12-10");
        assert_eq!(
            early[0].sentence(Lang::Nl),
            "Nog 5 dagen: je mag tot en met 15 december 2026 een persoonlijk plan aan de gemeente geven. Daarin schrijf je zelf wat je nodig hebt."
        );
        assert_eq!(early[0].action(Lang::Nl), None);
        assert_eq!(
            on("2027-01-07")[0].sentence(Lang::Nl),
            "Nog 12 dagen: de gemeente moet uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding."
        );
        assert_eq!(
            on("2027-01-18")[0].sentence(Lang::En),
            "1 day left: the municipality must finish looking into your report by 19 January 2027."
        );
        assert!(on("2027-01-19")[0]
            .sentence(Lang::Nl)
            .starts_with("Vandaag is de laatste dag: "));
        let late = &on("2027-01-20")[0];
        assert_eq!(
            late.sentence(Lang::Nl),
            "Te laat: de gemeente moest uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding."
        );
        assert!(late
            .action(Lang::Nl)
            .unwrap()
            .starts_with("Wat kun je doen?"));
        assert_eq!(
            late.article(Lang::Nl),
            "Dit staat in de wet: Wmo 2015, art. 2.3.2 lid 1."
        );
    }

    #[test]
    fn every_rule_a_client_can_miss_says_what_to_do() {
        for rule in Rule::ALL {
            assert_eq!(rule.action().is_some(), rule.matters_after(), "{rule:?}");
        }
        for procedure in Procedure::ALL {
            assert_ne!(procedure.text().get(Lang::Nl), "");
        }
    }
}
