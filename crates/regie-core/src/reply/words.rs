//! The words for a reply: its choices, its problems and the proposal the client reads.

use crate::catalogue::words::{author_words, Reader};
use crate::catalogue::{formats, Lang, PageText, Text};

impl crate::reply::ReplyProblem {
    /// The sentence under the reply form.
    pub fn text(self) -> Text {
        use crate::reply::ReplyProblem as P;
        match self {
            P::AuthorMissing => Text::ErrReplyAuthor,
            P::TextMissing => Text::ErrReplyText,
            P::TooLong => Text::ErrReplyTooLong,
            P::DueInvalid => Text::ErrInvalidDate,
            P::DomainMissing => Text::ErrReplyDomain,
            P::ScoreMissing => Text::ErrReplyScore,
            P::WhenInvalid => Text::ErrReplyWhen,
        }
    }
}

impl crate::reply::ReplyKind {
    /// Its choice in the reply form.
    pub fn text(self) -> Text {
        use crate::reply::ReplyKind as K;
        match self {
            K::Note => Text::ReplyKindNote,
            K::Agreement => Text::ReplyKindAgreement,
            K::Score => Text::ReplyKindScore,
            K::Appointment => Text::ReplyKindAppointment,
        }
    }

    /// The label of the text field for this kind.
    pub fn text_label(self) -> Text {
        use crate::reply::ReplyKind as K;
        match self {
            K::Note => Text::ReplyTextNote,
            K::Agreement => Text::ReplyTextAgreement,
            K::Score => Text::ReplyTextScore,
            K::Appointment => Text::ReplyTextAppointment,
        }
    }
}

impl crate::reply::Reply {
    /// Who proposes what, through which share, as one sentence the client reads: "Anna de
    /// Boer (wijkteam Overvecht) stelt voor: een notitie voor je dagboek, via wat je op 6
    /// december 2026 deelde." `shared_on` is the share's day, in words.
    pub fn proposal_words(&self, lang: Lang, shared_on: &str) -> String {
        use crate::reply::ReplyBody as B;
        let what = match &self.body {
            B::Note { .. } => PageText::ReplyWhatNote.get(lang).to_owned(),
            B::Agreement { .. } => PageText::ReplyWhatAgreement.get(lang).to_owned(),
            B::Score { domain, .. } => {
                PageText::ReplyWhatScore.fill(lang, &[domain.name(Reader::Client).get(lang)])
            }
            B::Appointment { date, time, .. } => {
                let day = formats::date_short(*date, lang);
                let when = match time {
                    Some(time) => format!("{day} {time}"),
                    None => day,
                };
                PageText::ReplyWhatAppointment.fill(lang, &[&when])
            }
        };
        PageText::ReplyFrom.fill(lang, &[&author_words(&self.author), &what, shared_on])
    }

    /// What the proposal is, in one line: "Score voor Huisvesting: 3 van 5 …".
    pub fn kind_words(&self, lang: Lang) -> String {
        use crate::reply::ReplyBody as B;
        match &self.body {
            B::Note { .. } => PageText::ReplyAsNote.get(lang).to_owned(),
            B::Agreement { .. } => PageText::ReplyAsAgreement.get(lang).to_owned(),
            B::Score { domain, score, .. } => PageText::ReplyAsScore.fill(
                lang,
                &[
                    domain.name(Reader::Client).get(lang),
                    &score.words(lang, Reader::Client),
                ],
            ),
            B::Appointment { date, time, .. } => {
                let day = formats::date_short(*date, lang);
                let when = match time {
                    Some(time) => format!("{day} {time}"),
                    None => day,
                };
                PageText::ReplyAsAppointment.fill(lang, &[&when])
            }
        }
    }

    /// The details under it: the text, and for an agreement its goal and due date.
    pub fn detail_lines(&self, lang: Lang) -> Vec<String> {
        use crate::reply::{GoalChoice, ReplyBody as B};
        let mut lines = Vec::new();
        match &self.body {
            B::Note { text } | B::Appointment { text, .. } => lines.push(text.clone()),
            B::Score { note, .. } => {
                if !note.trim().is_empty() {
                    lines.push(note.clone());
                }
            }
            B::Agreement { text, due, goal } => {
                lines.push(text.clone());
                lines.push(match goal {
                    GoalChoice::Existing { title, .. } => {
                        PageText::GoalForGoal.fill(lang, &[title])
                    }
                    GoalChoice::New { title } => PageText::ReplyNewGoal.fill(lang, &[title]),
                });
                if let Some(due) = due {
                    lines.push(PageText::ReplyDue.fill(lang, &[&formats::date_short(*due, lang)]));
                }
            }
        }
        lines
    }
}
