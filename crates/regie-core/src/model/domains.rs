//! Leefgebieden: the life domains of the Zelfredzaamheid-Matrix, scored over time by the
//! client and by professionals, side by side.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, ModelError, SectionKey, ValidationError};
use crate::sorting::sort_by_key;

/// The life domains of the Zelfredzaamheid-Matrix (ZRM): the thirteen of the 2017 matrix,
/// and Dagbesteding of the earlier eleven, kept so scores given before stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    /// Financiën.
    Finances,
    /// Dagbesteding: a domain of the earlier matrix, split in 2017 into Werk & opleiding and
    /// Tijdsbesteding. Its scores stay as history; no new score is given to it.
    DailyActivity,
    /// Huisvesting.
    Housing,
    /// Huiselijke relaties.
    DomesticRelations,
    /// Geestelijke gezondheid.
    MentalHealth,
    /// Lichamelijke gezondheid.
    PhysicalHealth,
    /// Middelengebruik (Verslaving in the earlier matrix).
    Addiction,
    /// Basale activiteiten van het dagelijks leven (ADL).
    AdlActivities,
    /// Sociaal netwerk.
    SocialNetwork,
    /// Maatschappelijke participatie.
    CommunityParticipation,
    /// Justitie.
    Justice,
    /// Werk & opleiding (2017).
    WorkEducation,
    /// Tijdsbesteding (2017).
    TimeUse,
    /// Instrumentele ADL: the household, shopping, post, getting about (2017).
    InstrumentalAdl,
}

impl Domain {
    /// The thirteen domains of the 2017 matrix, in its order: the ones a score is given to.
    pub const ALL: [Domain; 13] = [
        Domain::Finances,
        Domain::WorkEducation,
        Domain::TimeUse,
        Domain::Housing,
        Domain::DomesticRelations,
        Domain::MentalHealth,
        Domain::PhysicalHealth,
        Domain::Addiction,
        Domain::AdlActivities,
        Domain::InstrumentalAdl,
        Domain::SocialNetwork,
        Domain::CommunityParticipation,
        Domain::Justice,
    ];

    /// Domains of the earlier matrix that the 2017 one no longer has: their scores are read
    /// and shown as history, never offered for a new score.
    pub const EARLIER: [Domain; 1] = [Domain::DailyActivity];

    /// Whether scores for this domain can still be given (it is in the 2017 matrix).
    pub fn is_current(self) -> bool {
        !Self::EARLIER.contains(&self)
    }

    /// The key in the JSON and in the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Domain::Finances => "finances",
            Domain::DailyActivity => "daily_activity",
            Domain::Housing => "housing",
            Domain::DomesticRelations => "domestic_relations",
            Domain::MentalHealth => "mental_health",
            Domain::PhysicalHealth => "physical_health",
            Domain::Addiction => "addiction",
            Domain::AdlActivities => "adl_activities",
            Domain::SocialNetwork => "social_network",
            Domain::CommunityParticipation => "community_participation",
            Domain::Justice => "justice",
            Domain::WorkEducation => "work_education",
            Domain::TimeUse => "time_use",
            Domain::InstrumentalAdl => "instrumental_adl",
        }
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Domain {
    type Err = ModelError;

    /// Every key ever written, the earlier matrix's included.
    fn from_str(key: &str) -> Result<Domain, ModelError> {
        Domain::ALL
            .into_iter()
            .chain(Domain::EARLIER)
            .find(|domain| domain.key() == key)
            .ok_or_else(|| ModelError::Invalid("unknown life domain".into()))
    }
}

/// A ZRM score: 1 (acute problems) to 5 (fully self-reliant). No other value can exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl Score {
    pub const MIN: Score = Score(1);
    pub const MAX: Score = Score(5);

    pub fn new(value: u8) -> Result<Score, ModelError> {
        if (Self::MIN.0..=Self::MAX.0).contains(&value) {
            Ok(Score(value))
        } else {
            Err(ModelError::Invalid(
                "a score must be 1, 2, 3, 4 or 5".into(),
            ))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Score {
    type Error = ModelError;

    fn try_from(value: u8) -> Result<Score, ModelError> {
        Score::new(value)
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> u8 {
        score.0
    }
}

/// Who gave a score: the client's own view and a professional's are shown side by side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScoredBy {
    #[default]
    Me,
    Professional {
        name: String,
    },
}

impl ScoredBy {
    pub fn is_me(&self) -> bool {
        matches!(self, ScoredBy::Me)
    }
}

/// One score of one domain on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainScore {
    pub id: EntryId,
    pub domain: Domain,
    pub score: Score,
    #[serde(default)]
    pub note: String,
    pub date: Date,
    #[serde(default)]
    pub scored_by: ScoredBy,
}

/// Every score ever given; the latest per domain is the current one, the rest is history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Domains {
    pub scores: Vec<DomainScore>,
}

impl Domains {
    /// The most recent score for `domain`, by the client (`by_me`) or by any professional.
    /// On the same date the entry added last wins, as it is the later correction.
    pub fn latest(&self, domain: Domain, by_me: bool) -> Option<&DomainScore> {
        self.scores
            .iter()
            .filter(|score| score.domain == domain && score.scored_by.is_me() == by_me)
            .max_by_key(|score| score.date)
    }

    /// The domains to show, in order: the thirteen of the matrix, then each domain of the
    /// earlier matrix that has a score, as history.
    pub fn shown(&self) -> Vec<Domain> {
        Domain::ALL
            .into_iter()
            .chain(
                Domain::EARLIER
                    .into_iter()
                    .filter(|domain| self.scores.iter().any(|s| s.domain == *domain)),
            )
            .collect()
    }

    /// Every score for `domain`, oldest first, for the chart.
    pub fn history(&self, domain: Domain) -> Vec<&DomainScore> {
        let mut history: Vec<&DomainScore> = self
            .scores
            .iter()
            .filter(|score| score.domain == domain)
            .collect();
        // Stable, so entries of one day keep the order they were added in.
        sort_by_key(&mut history, |score| score.date);
        history
    }

    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut report = Report::for_section(SectionKey::Domains);
        for score in &self.scores {
            report.entry(&score.id);
            if let ScoredBy::Professional { name } = &score.scored_by {
                report.require(Some(&score.id), "scored_by.name", name);
            }
        }
        report.finish()
    }
}

impl Domains {
    /// Adds `score`, or replaces the score with the same id (an edit).
    pub fn upsert(&mut self, score: DomainScore) {
        match self.scores.iter_mut().find(|s| s.id == score.id) {
            Some(existing) => *existing = score,
            None => self.scores.push(score),
        }
    }

    /// Removes the score with this id; `false` when there was none.
    pub fn remove(&mut self, id: &EntryId) -> bool {
        let before = self.scores.len();
        self.scores.retain(|s| &s.id != id);
        self.scores.len() != before
    }

    pub fn find(&self, id: &EntryId) -> Option<&DomainScore> {
        self.scores.iter().find(|s| &s.id == id)
    }
}

/// What the score form holds, as typed: checked by [`ScoreDraft::check`] before it is kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScoreDraft {
    /// "1" to "5"; empty when nothing was chosen yet.
    pub score: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub date: String,
    pub note: String,
    /// Whether the client scored it; otherwise a professional did.
    pub by_me: bool,
    pub professional: String,
}

/// Why the score form cannot be kept yet. Each has its own sentence in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreProblem {
    /// No score chosen.
    ScoreMissing,
    /// Anything other than 1, 2, 3, 4 or 5.
    ScoreOutOfRange,
    DateMissing,
    /// Not a real calendar date, or outside the years the dossier accepts.
    DateInvalid,
    /// A score says how things are or were, so it cannot lie in the future.
    DateInFuture,
    /// Scored by a professional without a name.
    ProfessionalMissing,
}

impl ScoreDraft {
    /// A draft showing an existing score, for editing.
    pub fn from_score(score: &DomainScore) -> ScoreDraft {
        let (by_me, professional) = match &score.scored_by {
            ScoredBy::Me => (true, String::new()),
            ScoredBy::Professional { name } => (false, name.clone()),
        };
        ScoreDraft {
            score: score.score.get().to_string(),
            date: score.date.to_string(),
            note: score.note.clone(),
            by_me,
            professional,
        }
    }

    /// A new score for `domain` from what was typed, or the first problem with it. Text is
    /// kept as typed (HTML included); only the professional's name loses outer spaces.
    pub fn check(
        &self,
        id: EntryId,
        domain: Domain,
        today: Date,
    ) -> Result<DomainScore, ScoreProblem> {
        let score = match self.score.trim() {
            "" => return Err(ScoreProblem::ScoreMissing),
            text => text
                .parse::<u8>()
                .ok()
                .and_then(|n| Score::new(n).ok())
                .ok_or(ScoreProblem::ScoreOutOfRange)?,
        };
        let date = match self.date.trim() {
            "" => return Err(ScoreProblem::DateMissing),
            text => Date::parse(text).map_err(|_| ScoreProblem::DateInvalid)?,
        };
        if date > today {
            return Err(ScoreProblem::DateInFuture);
        }
        let scored_by = if self.by_me {
            ScoredBy::Me
        } else {
            let name = self.professional.trim();
            if name.is_empty() {
                return Err(ScoreProblem::ProfessionalMissing);
            }
            ScoredBy::Professional { name: name.into() }
        };
        Ok(DomainScore {
            id,
            domain,
            score,
            note: self.note.clone(),
            date,
            scored_by,
        })
    }
}

#[cfg(test)]
#[path = "domains_tests.rs"]
mod tests;
