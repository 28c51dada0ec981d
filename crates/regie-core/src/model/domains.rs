//! Leefgebieden: the life domains of the Zelfredzaamheid-Matrix, scored over time by the
//! client and by professionals, side by side.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::validation::Report;
use super::{Date, EntryId, ModelError, SectionKey, ValidationError};

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
        history.sort_by_key(|score| score.date);
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
mod tests {
    use super::*;
    use crate::model::samples::{professional, score};
    use crate::model::Problem;

    #[test]
    fn domain_keys_match_serde_and_from_str() {
        assert_eq!(Domain::ALL.len(), 13);
        for domain in Domain::ALL.into_iter().chain(Domain::EARLIER) {
            let json = serde_json::to_string(&domain).unwrap();
            assert_eq!(json, format!("\"{}\"", domain.key()));
            assert_eq!(domain.key().parse::<Domain>(), Ok(domain));
            assert_eq!(serde_json::from_str::<Domain>(&json).unwrap(), domain);
        }
        assert!("Finances".parse::<Domain>().is_err());
    }

    #[test]
    fn the_2017_matrix_in_its_order_with_dagbesteding_as_history_only() {
        let keys: Vec<&str> = Domain::ALL.iter().map(|d| d.key()).collect();
        assert_eq!(
            keys,
            [
                "finances",
                "work_education",
                "time_use",
                "housing",
                "domestic_relations",
                "mental_health",
                "physical_health",
                "addiction",
                "adl_activities",
                "instrumental_adl",
                "social_network",
                "community_participation",
                "justice",
            ]
        );
        assert!(!Domain::ALL.contains(&Domain::DailyActivity));
        assert!(!Domain::DailyActivity.is_current());
        assert!(Domain::ALL.iter().all(|d| d.is_current()));
        assert_eq!(
            "daily_activity".parse::<Domain>(),
            Ok(Domain::DailyActivity)
        );
    }

    #[test]
    fn shown_adds_an_earlier_domain_only_when_it_has_a_score() {
        let mut domains = Domains::default();
        assert_eq!(domains.shown(), Domain::ALL.to_vec());
        domains.upsert(score(
            "a",
            Domain::WorkEducation,
            2,
            "2024-01-10",
            ScoredBy::Me,
        ));
        assert_eq!(domains.shown(), Domain::ALL.to_vec());
        domains.upsert(score(
            "b",
            Domain::DailyActivity,
            2,
            "2023-01-10",
            ScoredBy::Me,
        ));
        let shown = domains.shown();
        assert_eq!(shown.len(), 14);
        assert_eq!(shown[..13], Domain::ALL);
        assert_eq!(shown[13], Domain::DailyActivity);
    }

    #[test]
    fn scores_outside_one_to_five_do_not_exist() {
        assert!(Score::new(0).is_err());
        assert!(Score::new(6).is_err());
        assert_eq!(Score::new(3).unwrap().get(), 3);
        assert!(serde_json::from_str::<Score>("0").is_err());
        assert!(serde_json::from_str::<Score>("6").is_err());
        assert!(serde_json::from_str::<Score>("-1").is_err());
        assert!(serde_json::from_str::<Score>("2.5").is_err());
        assert_eq!(serde_json::from_str::<Score>("5").unwrap(), Score::MAX);
    }

    #[test]
    fn scored_by_is_tagged() {
        let json = serde_json::to_value(professional("Sanne de Vries")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "professional", "name": "Sanne de Vries"})
        );
        let me = serde_json::to_value(ScoredBy::Me).unwrap();
        assert_eq!(me, serde_json::json!({"kind": "me"}));
    }

    #[test]
    fn latest_keeps_my_view_and_the_professionals_apart() {
        let domains = Domains {
            scores: vec![
                score("a", Domain::Finances, 1, "2024-01-10", ScoredBy::Me),
                score(
                    "b",
                    Domain::Finances,
                    2,
                    "2024-03-01",
                    professional("Sanne"),
                ),
                score("c", Domain::Finances, 3, "2024-02-15", ScoredBy::Me),
                score("d", Domain::Housing, 5, "2024-04-01", ScoredBy::Me),
                score("e", Domain::Finances, 4, "2024-02-15", ScoredBy::Me),
            ],
        };
        assert_eq!(
            domains.latest(Domain::Finances, true).unwrap().id.as_str(),
            "e"
        );
        assert_eq!(
            domains.latest(Domain::Finances, false).unwrap().id.as_str(),
            "b"
        );
        assert!(domains.latest(Domain::Housing, false).is_none());
        assert!(domains.latest(Domain::Justice, true).is_none());
    }

    #[test]
    fn history_is_oldest_first_and_stable() {
        let domains = Domains {
            scores: vec![
                score("late", Domain::Finances, 4, "2024-05-01", ScoredBy::Me),
                score("x", Domain::Housing, 2, "2024-01-01", ScoredBy::Me),
                score("same-1", Domain::Finances, 2, "2024-02-01", ScoredBy::Me),
                score(
                    "same-2",
                    Domain::Finances,
                    3,
                    "2024-02-01",
                    professional("Ali"),
                ),
                score("early", Domain::Finances, 1, "2023-11-20", ScoredBy::Me),
            ],
        };
        let ids: Vec<&str> = domains
            .history(Domain::Finances)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["early", "same-1", "same-2", "late"]);
    }

    #[test]
    fn validation_wants_ids_and_a_professionals_name() {
        let domains = Domains {
            scores: vec![
                score("a", Domain::Finances, 1, "2024-01-10", professional("  ")),
                score("a", Domain::Housing, 1, "2024-01-10", ScoredBy::Me),
                score("", Domain::Housing, 1, "2024-01-10", ScoredBy::Me),
            ],
        };
        let problems: Vec<Problem> = crate::model::validation::problems_of(domains.validate());
        assert_eq!(
            problems,
            [
                Problem::Required {
                    field: "scored_by.name"
                },
                Problem::DuplicateId,
                Problem::Required { field: "id" },
            ]
        );
    }

    #[test]
    fn round_trips_through_json() {
        let domains = Domains {
            scores: vec![
                score("a", Domain::AdlActivities, 3, "2024-01-10", ScoredBy::Me),
                score(
                    "b",
                    Domain::Justice,
                    5,
                    "2024-02-10",
                    professional("<b>Mr. X</b>"),
                ),
            ],
        };
        let json = serde_json::to_string(&domains).unwrap();
        assert_eq!(serde_json::from_str::<Domains>(&json).unwrap(), domains);
        assert!(json.contains("\"adl_activities\""));
    }

    fn draft(score: &str, date: &str, by_me: bool, professional: &str) -> ScoreDraft {
        ScoreDraft {
            score: score.into(),
            date: date.into(),
            note: "<script>alert(1)</script>".into(),
            by_me,
            professional: professional.into(),
        }
    }

    #[test]
    fn a_draft_becomes_a_score() {
        let today = Date::parse("2024-06-01").unwrap();
        let made = draft("4", "2024-06-01", false, "  Sanne  ")
            .check(EntryId::new("x"), Domain::Housing, today)
            .unwrap();
        assert_eq!(made.score.get(), 4);
        assert_eq!(made.scored_by, professional("Sanne"));
        assert_eq!(made.note, "<script>alert(1)</script>");
        assert_eq!(ScoreDraft::from_score(&made).score, "4");
        assert!(!ScoreDraft::from_score(&made).by_me);
        let mine = draft(" 1 ", "2020-01-31", true, "ignored")
            .check(EntryId::new("y"), Domain::Justice, today)
            .unwrap();
        assert_eq!(mine.scored_by, ScoredBy::Me);
    }

    #[test]
    fn a_draft_names_its_problem() {
        let today = Date::parse("2024-06-01").unwrap();
        let check = |d: ScoreDraft| d.check(EntryId::new("x"), Domain::Finances, today);
        assert_eq!(
            check(draft("", "2024-01-01", true, "")),
            Err(ScoreProblem::ScoreMissing)
        );
        for bad in ["0", "6", "-1", "2.5", "abc", "256", "3<b>"] {
            assert_eq!(
                check(draft(bad, "2024-01-01", true, "")),
                Err(ScoreProblem::ScoreOutOfRange),
                "{bad}"
            );
        }
        assert_eq!(
            check(draft("3", " ", true, "")),
            Err(ScoreProblem::DateMissing)
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "1899-12-31",
            "01-02-2024",
            "2024-04-31",
        ] {
            assert_eq!(
                check(draft("3", bad, true, "")),
                Err(ScoreProblem::DateInvalid),
                "{bad}"
            );
        }
        assert_eq!(
            check(draft("3", "2024-06-02", true, "")),
            Err(ScoreProblem::DateInFuture)
        );
        assert_eq!(
            check(draft("3", "2024-06-01", false, "   ")),
            Err(ScoreProblem::ProfessionalMissing)
        );
    }

    #[test]
    fn upsert_replaces_by_id_and_remove_deletes() {
        let mut domains = Domains::default();
        domains.upsert(score("a", Domain::Finances, 1, "2024-01-10", ScoredBy::Me));
        domains.upsert(score("b", Domain::Finances, 2, "2024-01-11", ScoredBy::Me));
        domains.upsert(score("a", Domain::Finances, 5, "2024-01-10", ScoredBy::Me));
        assert_eq!(domains.scores.len(), 2);
        assert_eq!(domains.find(&EntryId::new("a")).unwrap().score.get(), 5);
        assert!(domains.remove(&EntryId::new("a")));
        assert!(!domains.remove(&EntryId::new("a")));
        assert_eq!(domains.scores.len(), 1);
    }
}
