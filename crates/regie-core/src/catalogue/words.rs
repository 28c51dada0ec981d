//! The words for each value of the core, written once: a section's title, a domain's name,
//! an agreement's status, why a link cannot be read… The app and the viewer both ask here,
//! so the same value never reads differently on two screens.
//!
//! Some values read differently to the client and to a professional: the client's own
//! screens speak everyday Dutch ("Voor jezelf zorgen", "Het gaat een beetje"), the viewer
//! keeps the official terms of the self-reliance matrix ("Basale ADL", "beperkt
//! zelfredzaam") that professionals work with. [`Reader`] says which.

use super::{formats, Lang, PageText, Text, ViewerText};
use crate::model::{
    AgreementStatus, ApplicationStatus, ContactKind, DocumentRef, Domain, DomainScore, GoalProblem,
    JournalKind, Owner, OwnerKind, Problem, Score, ScoreProblem, ScoredBy, SectionKey,
};

/// Who reads: the client in their own app, or a professional through a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reader {
    Client,
    Viewer,
}

impl Reader {
    /// The client's own score, named for this reader: "Mijn score", "Score van de cliënt".
    pub fn own_score_label(self) -> Text {
        match self {
            Reader::Client => Text::DomMyScore,
            Reader::Viewer => Text::ViewColOwnScore,
        }
    }

    /// How to read the overview chart.
    pub fn chart_hint(self) -> Text {
        match self {
            Reader::Client => Text::DomChartHint,
            Reader::Viewer => Text::DomChartHintViewer,
        }
    }
}

impl SectionKey {
    /// The heading of the section, the same in the app, its navigation and the viewer.
    pub fn title(self) -> Text {
        match self {
            SectionKey::About => Text::SectionAbout,
            SectionKey::Story => Text::SectionStory,
            SectionKey::Domains => Text::SectionDomains,
            SectionKey::Goals => Text::SectionGoals,
            SectionKey::Network => Text::SectionNetwork,
            SectionKey::Support => Text::SectionSupport,
            SectionKey::Money => Text::SectionMoney,
            SectionKey::Health => Text::SectionHealth,
            SectionKey::Journal => Text::SectionJournal,
            SectionKey::Documents => Text::SectionDocuments,
        }
    }
}

impl Domain {
    /// The official name of the life domain (self-reliance matrix), for professionals.
    pub fn official_name(self) -> Text {
        match self {
            Domain::Finances => Text::DomainFinances,
            Domain::DailyActivity => Text::DomainDailyActivity,
            Domain::Housing => Text::DomainHousing,
            Domain::DomesticRelations => Text::DomainDomesticRelations,
            Domain::MentalHealth => Text::DomainMentalHealth,
            Domain::PhysicalHealth => Text::DomainPhysicalHealth,
            Domain::Addiction => Text::DomainAddiction,
            Domain::AdlActivities => Text::DomainAdlActivities,
            Domain::SocialNetwork => Text::DomainSocialNetwork,
            Domain::CommunityParticipation => Text::DomainCommunityParticipation,
            Domain::Justice => Text::DomainJustice,
            Domain::WorkEducation => Text::DomainWorkEducation,
            Domain::TimeUse => Text::DomainTimeUse,
            Domain::InstrumentalAdl => Text::DomainInstrumentalAdl,
        }
    }

    /// The name as `reader` reads it: everyday words where the official one is jargon.
    pub fn name(self, reader: Reader) -> Text {
        match (reader, self) {
            (Reader::Viewer, _) => self.official_name(),
            (Reader::Client, Domain::DomesticRelations) => Text::DomainPlainDomesticRelations,
            (Reader::Client, Domain::Addiction) => Text::DomainPlainAddiction,
            (Reader::Client, Domain::AdlActivities) => Text::DomainPlainAdlActivities,
            (Reader::Client, Domain::InstrumentalAdl) => Text::DomainPlainInstrumentalAdl,
            (Reader::Client, Domain::TimeUse) => Text::DomainPlainTimeUse,
            (Reader::Client, Domain::CommunityParticipation) => {
                Text::DomainPlainCommunityParticipation
            }
            (Reader::Client, _) => self.official_name(),
        }
    }
}

impl Score {
    /// What the score means: the legend's everyday sentence for the client ("Het gaat een
    /// beetje. Met wat hulp lukt het."), the matrix's term for a professional ("beperkt
    /// zelfredzaam").
    pub fn meaning(self, reader: Reader) -> Text {
        match (reader, self.get()) {
            (Reader::Client, 1) => Text::DomScorePlain1,
            (Reader::Client, 2) => Text::DomScorePlain2,
            (Reader::Client, 3) => Text::DomScorePlain3,
            (Reader::Client, 4) => Text::DomScorePlain4,
            (Reader::Client, _) => Text::DomScorePlain5,
            (Reader::Viewer, 1) => Text::ViewScore1,
            (Reader::Viewer, 2) => Text::ViewScore2,
            (Reader::Viewer, 3) => Text::ViewScore3,
            (Reader::Viewer, 4) => Text::ViewScore4,
            (Reader::Viewer, _) => Text::ViewScore5,
        }
    }

    /// "3 van 5: Het gaat een beetje. Met wat hulp lukt het." (client) or
    /// "3 van 5: beperkt zelfredzaam" (viewer).
    pub fn words(self, lang: Lang, reader: Reader) -> String {
        ViewerText::ViewScoreValue.fill(
            lang,
            &[&self.get().to_string(), self.meaning(reader).get(lang)],
        )
    }

    /// Every score, lowest first, for a legend.
    pub fn all() -> impl Iterator<Item = Score> {
        (Score::MIN.get()..=Score::MAX.get()).filter_map(|value| Score::new(value).ok())
    }
}

impl ScoredBy {
    /// Who gave it, in the client's list of scores: "Door mij", "Door Sanne (hulpverlener)".
    pub fn words(&self, lang: Lang) -> String {
        match self {
            ScoredBy::Me => PageText::DomByMe.get(lang).to_owned(),
            ScoredBy::Professional { name } => PageText::DomByPro.fill(lang, &[name.trim()]),
        }
    }
}

impl DomainScore {
    /// "3 van 5: … (12-3-2024, Sanne)": the score, its date and who gave it, in one line.
    pub fn summary(&self, lang: Lang, reader: Reader) -> String {
        let what = self.score.words(lang, reader);
        let date = formats::date_short(self.date, lang);
        match &self.scored_by {
            ScoredBy::Me => format!("{what} ({date})"),
            ScoredBy::Professional { name } => format!("{what} ({date}, {})", name.trim()),
        }
    }

    /// "Op 12-3-2024, door Sanne" (or without the name), under a score in the viewer.
    pub fn when_words(&self, lang: Lang) -> String {
        let date = formats::date_short(self.date, lang);
        match &self.scored_by {
            ScoredBy::Professional { name } if !name.trim().is_empty() => {
                ViewerText::ViewScoredOnBy.fill(lang, &[&date, name.trim()])
            }
            _ => ViewerText::ViewScoredOn.fill(lang, &[&date]),
        }
    }
}

/// "Geen score", or the latest score in one line (see [`DomainScore::summary`]).
pub fn latest_score_words(score: Option<&DomainScore>, lang: Lang, reader: Reader) -> String {
    match score {
        Some(score) => score.summary(lang, reader),
        None => ViewerText::ViewNoScore.get(lang).to_owned(),
    }
}

impl Owner {
    /// Who does an agreement: "Ik zelf" / "De cliënt zelf", "Samira (uit mijn netwerk)",
    /// "Anna (hulpverlener, wijkteam)".
    pub fn words(&self, lang: Lang, reader: Reader) -> String {
        match (self, reader) {
            (Owner::Me, Reader::Client) => Text::Myself.get(lang).to_owned(),
            (Owner::Me, Reader::Viewer) => ViewerText::ViewOwnerMe.get(lang).to_owned(),
            (Owner::Network { name }, Reader::Client) => {
                PageText::GoalWhoNetwork.fill(lang, &[name.trim()])
            }
            (Owner::Network { name }, Reader::Viewer) => {
                ViewerText::ViewOwnerNetwork.fill(lang, &[name.trim()])
            }
            (Owner::Professional { name, organisation }, _) if organisation.trim().is_empty() => {
                ViewerText::ViewOwnerProfessional.fill(lang, &[name.trim()])
            }
            (Owner::Professional { name, organisation }, _) => {
                ViewerText::ViewOwnerProfessionalAt.fill(lang, &[name.trim(), organisation.trim()])
            }
        }
    }

    /// Just who, for a short line: "Samira", "Anna (wijkteam)"; `None` for the client.
    pub fn name_words(&self, lang: Lang) -> Option<String> {
        match self {
            Owner::Me => None,
            Owner::Network { name } => Some(name.trim().to_owned()),
            Owner::Professional { name, organisation } if organisation.trim().is_empty() => {
                Some(name.trim().to_owned())
            }
            Owner::Professional { name, organisation } => {
                Some(Text::OwnerNameAt.fill(lang, &[name.trim(), organisation.trim()]))
            }
        }
    }
}

impl OwnerKind {
    /// The choice in the agreement form.
    pub fn text(self) -> Text {
        match self {
            OwnerKind::Me => Text::Myself,
            OwnerKind::Network => Text::GoalOwnerNetwork,
            OwnerKind::Professional => Text::AProfessional,
        }
    }
}

impl AgreementStatus {
    pub fn text(self) -> Text {
        match self {
            AgreementStatus::Open => Text::ViewAgreementOpen,
            AgreementStatus::Done => Text::ViewAgreementDone,
            AgreementStatus::Dropped => Text::ViewAgreementDropped,
        }
    }
}

impl ApplicationStatus {
    /// In the order the form offers them.
    pub const ALL: [ApplicationStatus; 5] = [
        ApplicationStatus::Applied,
        ApplicationStatus::WaitingList,
        ApplicationStatus::Granted,
        ApplicationStatus::Refused,
        ApplicationStatus::Withdrawn,
    ];

    pub fn text(self) -> Text {
        match self {
            ApplicationStatus::Applied => Text::ViewApplicationApplied,
            ApplicationStatus::WaitingList => Text::ViewApplicationWaitingList,
            ApplicationStatus::Granted => Text::ViewApplicationGranted,
            ApplicationStatus::Refused => Text::ViewApplicationRefused,
            ApplicationStatus::Withdrawn => Text::ViewApplicationWithdrawn,
        }
    }

    /// A stable name for tests and styling (`data-status`).
    pub fn key(self) -> &'static str {
        match self {
            ApplicationStatus::Applied => "applied",
            ApplicationStatus::WaitingList => "waiting_list",
            ApplicationStatus::Granted => "granted",
            ApplicationStatus::Refused => "refused",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }
}

impl ContactKind {
    pub fn text(self) -> Text {
        match self {
            ContactKind::Person => Text::ContactPerson,
            ContactKind::Organisation => Text::ContactOrganisation,
        }
    }
}

impl JournalKind {
    pub fn text(&self) -> Text {
        match self {
            JournalKind::Note => Text::ViewJournalNote,
            JournalKind::Appointment { .. } => Text::ViewJournalAppointment,
        }
    }

    /// A stable name for tests and styling (`data-kind`).
    pub fn key(&self) -> &'static str {
        match self {
            JournalKind::Note => "note",
            JournalKind::Appointment { .. } => "appointment",
        }
    }
}

impl DocumentRef {
    /// "PDF-document", "Foto of afbeelding", or the file's own type for anything else.
    pub fn kind_words(&self, lang: Lang) -> String {
        if self.mime == "application/pdf" {
            ViewerText::ViewTypePdf.get(lang).to_owned()
        } else if self.is_image() {
            ViewerText::ViewTypeImage.get(lang).to_owned()
        } else {
            self.mime.trim().to_owned()
        }
    }
}

impl GoalProblem {
    pub fn text(self) -> Text {
        match self {
            GoalProblem::TitleMissing => Text::GoalErrTitle,
            GoalProblem::CreatedInvalid => Text::ErrInvalidDate,
            GoalProblem::CreatedInFuture => Text::GoalErrCreatedFuture,
            GoalProblem::WhatMissing => Text::GoalErrWhat,
            GoalProblem::OwnerNameMissing => Text::GoalErrOwnerName,
            GoalProblem::DueInvalid => Text::GoalErrDueInvalid,
            GoalProblem::DueBeforeGoal => Text::GoalErrDueBeforeGoal,
        }
    }
}

impl ScoreProblem {
    pub fn text(self) -> Text {
        match self {
            ScoreProblem::ScoreMissing => Text::DomErrScoreMissing,
            ScoreProblem::ScoreOutOfRange => Text::DomErrScoreRange,
            ScoreProblem::DateMissing => Text::ErrNeedDate,
            ScoreProblem::DateInvalid => Text::ErrInvalidDate,
            ScoreProblem::DateInFuture => Text::DomErrDateFuture,
            ScoreProblem::ProfessionalMissing => Text::DomErrProMissing,
        }
    }
}

impl Problem {
    /// The sentence for a document a client tries to add.
    pub fn document_text(&self) -> Text {
        match self {
            Problem::FileTooLarge { .. } => Text::ErrDocTooLarge,
            Problem::DocumentsTooLarge { .. } => Text::ErrDocsFull,
            _ => Text::ErrDocType,
        }
    }
}

impl crate::model::provenance::Provenance {
    /// Where an accepted entry came from. The client reads "Voorstel van Anna de Boer,
    /// wijkteam Oost, via wat je op 1 december deelde" (`shared_on` is the share's day in her time
    /// zone); a professional reads "Geschreven door Anna de Boer, wijkteam Oost".
    pub fn words(
        &self,
        lang: Lang,
        reader: Reader,
        shared_on: Option<crate::model::Date>,
    ) -> String {
        match (reader, shared_on) {
            (Reader::Client, Some(day)) => PageText::ReplyProvenance.fill(
                lang,
                &[&author_words(&self.author), &formats::date_long(day, lang)],
            ),
            _ => ViewerText::ViewWrittenBy.fill(lang, &[self.author.trim()]),
        }
    }
}

/// A professional's name and organisation as typed ("Anna de Boer, wijkteam Overvecht"),
/// written as "Anna de Boer (wijkteam Overvecht)" so the sentence around it reads well. A
/// name without a comma stays as it is.
pub fn author_words(author: &str) -> String {
    let author = author.trim();
    match author.split_once(',') {
        Some((name, org)) if !name.trim().is_empty() && !org.trim().is_empty() => {
            format!("{} ({})", name.trim(), org.trim())
        }
        _ => author.trim_end_matches(',').trim().to_owned(),
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
