//! What each level of the 2017 Zelfredzaamheid-Matrix means for each life domain, in the
//! client's own words (B1, first person), under the general legend of the score form: "Ik kan
//! rondkomen, maar alleen met hulp." for a 3 on Financiën. A plain paraphrase of the matrix's
//! public level descriptions, not its wording. Also the sentence under Dagbesteding of the
//! earlier list.
//!
//! The texts are a table of their own ([`LevelText`]): only the score form and the viewer
//! read it, so it stays out of the first screen's code.

use super::{Lang, LevelText};
use crate::catalogue::words::Reader;
use crate::model::{Domain, Score};

/// The five levels of `domain`, 1 to 5; `None` for Dagbesteding, which is no longer scored.
fn levels(domain: Domain) -> Option<[LevelText; 5]> {
    use LevelText::*;
    Some(match domain {
        Domain::Finances => [Finances1, Finances2, Finances3, Finances4, Finances5],
        Domain::WorkEducation => [
            WorkEducation1,
            WorkEducation2,
            WorkEducation3,
            WorkEducation4,
            WorkEducation5,
        ],
        Domain::TimeUse => [TimeUse1, TimeUse2, TimeUse3, TimeUse4, TimeUse5],
        Domain::Housing => [Housing1, Housing2, Housing3, Housing4, Housing5],
        Domain::DomesticRelations => [
            DomesticRelations1,
            DomesticRelations2,
            DomesticRelations3,
            DomesticRelations4,
            DomesticRelations5,
        ],
        Domain::MentalHealth => [
            MentalHealth1,
            MentalHealth2,
            MentalHealth3,
            MentalHealth4,
            MentalHealth5,
        ],
        Domain::PhysicalHealth => [
            PhysicalHealth1,
            PhysicalHealth2,
            PhysicalHealth3,
            PhysicalHealth4,
            PhysicalHealth5,
        ],
        Domain::Addiction => [Addiction1, Addiction2, Addiction3, Addiction4, Addiction5],
        Domain::AdlActivities => [
            AdlActivities1,
            AdlActivities2,
            AdlActivities3,
            AdlActivities4,
            AdlActivities5,
        ],
        Domain::InstrumentalAdl => [
            InstrumentalAdl1,
            InstrumentalAdl2,
            InstrumentalAdl3,
            InstrumentalAdl4,
            InstrumentalAdl5,
        ],
        Domain::SocialNetwork => [
            SocialNetwork1,
            SocialNetwork2,
            SocialNetwork3,
            SocialNetwork4,
            SocialNetwork5,
        ],
        Domain::CommunityParticipation => [
            CommunityParticipation1,
            CommunityParticipation2,
            CommunityParticipation3,
            CommunityParticipation4,
            CommunityParticipation5,
        ],
        Domain::Justice => [Justice1, Justice2, Justice3, Justice4, Justice5],
        Domain::DailyActivity => return None,
    })
}

/// What `score` means on `domain`, in the client's words; `None` for Dagbesteding, which is
/// no longer scored.
pub fn level_words(domain: Domain, score: Score, lang: Lang) -> Option<&'static str> {
    Some(levels(domain)?[usize::from(score.get() - 1)].get(lang))
}

impl Domain {
    /// For a domain of the earlier matrix, one sentence under its history: that it is no
    /// longer scored and where a new score goes. `None` for the thirteen of 2017.
    pub fn earlier_words(self, lang: Lang, reader: Reader) -> Option<String> {
        if self.is_current() {
            return None;
        }
        let text = match reader {
            Reader::Client => LevelText::EarlierClient,
            Reader::Viewer => LevelText::EarlierViewer,
        };
        let now = [Domain::WorkEducation, Domain::TimeUse].map(|d| d.name(reader).get(lang));
        Some(text.fill(lang, &now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_of_2017_has_five_plain_levels_of_its_own() {
        for domain in Domain::ALL {
            for lang in Lang::ALL {
                let words: Vec<&str> = Score::all()
                    .map(|score| level_words(domain, score, lang).unwrap())
                    .collect();
                let mut distinct = words.clone();
                distinct.sort_unstable();
                distinct.dedup();
                assert_eq!(distinct.len(), 5, "{domain} {lang:?}");
                if lang != Lang::Nl && lang != Lang::En {
                    continue;
                }
                for text in words {
                    assert!(text.ends_with('.'), "{text}");
                    assert!(text.chars().next().unwrap().is_uppercase(), "{text}");
                    // Everyday words: no matrix term, no long sentence.
                    let lower = text.to_lowercase();
                    for jargon in ["zelfredzaam", "problematiek", "adl", "self-reliant"] {
                        assert!(!lower.contains(jargon), "{text}");
                    }
                    for sentence in text.split(". ") {
                        assert!(sentence.split_whitespace().count() <= 16, "{text}");
                    }
                }
            }
        }
        assert_eq!(
            level_words(Domain::Finances, Score::new(3).unwrap(), Lang::Nl),
            Some(
                "Ik kan rondkomen, maar alleen met hulp. Bijvoorbeeld schuldhulp of budgetbeheer."
            )
        );
        assert_eq!(
            level_words(Domain::DailyActivity, Score::MIN, Lang::Nl),
            None
        );
    }
}
