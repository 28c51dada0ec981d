//! The words for an item on the start screen: what it is and when.

use crate::catalogue::{formats, Lang, MoneyText, Text};

use super::{AttentionItem, AttentionKind};

impl AttentionItem {
    /// What kind of thing it is, on the start screen. An agreement says whose task it is,
    /// so "late" never reads as a missed appointment: "Jouw taak is te laat", "Taak van
    /// Anna (wijkteam) is te laat"; an appointment stays "Afspraak".
    pub fn kind_words(&self, lang: Lang) -> String {
        let whose = self.owner.as_ref().and_then(|owner| owner.name_words(lang));
        match (self.kind, whose) {
            (AttentionKind::Appointment, _) => Text::AttentionAppointment.get(lang).to_owned(),
            (AttentionKind::AgreementOverdue, None) => {
                Text::AttentionTaskOverdueMine.get(lang).to_owned()
            }
            (AttentionKind::AgreementOverdue, Some(who)) => {
                Text::AttentionTaskOverdueOf.fill(lang, &[&who])
            }
            (AttentionKind::AgreementDue, None) => Text::AttentionTaskDueMine.get(lang).to_owned(),
            (AttentionKind::AgreementDue, Some(who)) => {
                Text::AttentionTaskDueOf.fill(lang, &[&who])
            }
            (AttentionKind::DecisionEnding, _) => {
                Text::AttentionDecisionEnding.get(lang).to_owned()
            }
            (AttentionKind::ObjectionDeadline, _) => Text::AttentionObjection.get(lang).to_owned(),
            (AttentionKind::PaymentDue, _) => MoneyText::AttentionPaymentDue.get(lang).to_owned(),
            (AttentionKind::DebtAtBailiff, _) => MoneyText::AttentionBailiff.get(lang).to_owned(),
            (AttentionKind::ArrangementEnds, _) => {
                MoneyText::AttentionArrangementEnds.get(lang).to_owned()
            }
        }
    }

    /// When: "22-11-2026 om 14:30 (morgen)", "5-3-2026 (over 12 dagen)".
    pub fn when_words(&self, lang: Lang) -> String {
        if self.kind == AttentionKind::DebtAtBailiff {
            // Not a day to count down to: what to do now.
            return MoneyText::AttentionBailiffWhen.get(lang).to_owned();
        }
        let date = match &self.time {
            Some(time) => formats::date_at_time(self.date, time, lang),
            None => formats::date_short(self.date, lang),
        };
        format!("{date} ({})", formats::days_from_today(self.days, lang))
    }
}
