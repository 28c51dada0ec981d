//! What each level of the 2017 Zelfredzaamheid-Matrix means for each life domain, in the
//! client's own words (B1, first person), under the general legend of the score form: "Ik kan
//! rondkomen, maar alleen met hulp." for a 3 on Financiën. A plain paraphrase of the matrix's
//! public level descriptions, not its wording. Also the sentence under Dagbesteding of the
//! earlier list.
//!
//! A table of its own, apart from [`super::Text`]: only the score form and the viewer read
//! it, so it stays out of the first screen's code, whose catalogue holds every [`super::Text`].

use super::Lang;
use crate::catalogue::words::Reader;
use crate::model::{Domain, Score};

/// Five levels, 1 to 5, in Dutch and English.
type Levels = [(&'static str, &'static str); 5];

fn levels(domain: Domain) -> Option<&'static Levels> {
    Some(match domain {
        Domain::Finances => &[
            ("Ik heb geen inkomen, of mijn schulden worden steeds groter.", "I have no income, or my debts keep growing."),
            ("Ik heb te weinig geld of schulden. Ik geef meer uit dan ik heb.", "I have too little money, or debts. I spend more than I have."),
            ("Ik kan rondkomen, maar alleen met hulp. Bijvoorbeeld schuldhulp of budgetbeheer.", "I can make ends meet, but only with help. For example debt help or budget management."),
            ("Ik kan rondkomen. Als ik schulden heb, betaal ik ze netjes af.", "I can make ends meet. If I have debts, I pay them off as agreed."),
            ("Ik heb genoeg geld en geen schulden, of alleen een lening die ik gewoon afbetaal.", "I have enough money and no debts, or only a loan that I pay off normally."),
        ],
        Domain::WorkEducation => &[
            ("Ik heb geen werk en volg geen opleiding. Ik zoek ook niet.", "I have no work and do no course. I am not looking either."),
            ("Ik heb geen werk of opleiding, maar ik zoek wel. Of ik ben vaak weg van werk of school.", "I have no work or course, but I am looking. Or I am often away from work or school."),
            ("Ik doe vrijwilligerswerk, of ik werk of leer met hulp.", "I do volunteer work, or I work or study with help."),
            ("Ik heb betaald werk of volg een opleiding. Soms is het moeilijk.", "I have paid work or follow a course. Sometimes it is hard."),
            ("Ik heb werk of een opleiding die goed bij mij past.", "I have work or a course that suits me well."),
        ],
        Domain::TimeUse => &[
            ("Ik heb geen dag- en nachtritme. Ik doe bijna niets overdag.", "I have no rhythm of day and night. I do almost nothing during the day."),
            ("Ik doe weinig. Mijn ritme is vaak anders dan ik wil.", "I do little. My rhythm is often not what I want."),
            ("Ik doe wel dingen, maar niet genoeg. Met hulp houd ik een ritme.", "I do some things, but not enough. With help I keep a rhythm."),
            ("Ik vul mijn dagen met dingen die ik fijn of nuttig vind.", "I fill my days with things I enjoy or find useful."),
            ("Mijn dagen zijn goed gevuld. Ik ben tevreden over hoe ik mijn tijd gebruik.", "My days are well filled. I am happy with how I use my time."),
        ],
        Domain::Housing => &[
            ("Ik heb geen huis. Ik slaap buiten, bij de opvang of steeds ergens anders.", "I have no home. I sleep outside, in a shelter or somewhere different all the time."),
            ("Mijn woning is onzeker of onveilig. Bijvoorbeeld: ik moet er misschien uit.", "My home is uncertain or unsafe. For example: I may have to leave."),
            ("Ik woon veilig, maar alleen met hulp. Bijvoorbeeld begeleid wonen.", "I live safely, but only with help. For example supported living."),
            ("Ik woon veilig in een eigen huis. Soms zijn er kleine problemen.", "I live safely in a home of my own. Sometimes there are small problems."),
            ("Ik woon veilig en vast. Ik houd mijn huis zelf goed bij.", "I live safely and for good. I keep my home in order myself."),
        ],
        Domain::DomesticRelations => &[
            ("Er is geweld of mishandeling bij mij thuis.", "There is violence or abuse in my home."),
            ("Er is vaak ruzie of veel spanning thuis.", "There are often rows or a lot of tension at home."),
            ("Er is soms spanning thuis, maar geen geweld. Met hulp gaat het.", "There is tension at home at times, but no violence. With help it works."),
            ("Het gaat meestal goed thuis. Problemen lossen we zelf op.", "Things mostly go well at home. We solve problems ourselves."),
            ("We steunen elkaar thuis en praten goed met elkaar.", "We support each other at home and talk well with each other."),
        ],
        Domain::MentalHealth => &[
            ("Ik ben in crisis. Ik ben een gevaar voor mezelf of voor anderen.", "I am in crisis. I am a danger to myself or to others."),
            ("Ik heb ernstige klachten. Ik krijg geen hulp, of de hulp is niet genoeg.", "I have serious complaints. I get no help, or the help is not enough."),
            ("Ik heb klachten en krijg hulp. Veel dingen lukken minder goed.", "I have complaints and get help. Many things work less well."),
            ("Ik heb soms wat klachten, maar ik kan mijn dingen goed doen.", "I sometimes have some complaints, but I can do my things well."),
            ("Ik voel me psychisch gezond.", "I feel mentally healthy."),
        ],
        Domain::PhysicalHealth => &[
            ("Ik heb nu dringend medische hulp nodig.", "I need medical help urgently, now."),
            ("Ik heb ernstige klachten en krijg geen behandeling.", "I have serious complaints and get no treatment."),
            ("Ik heb klachten en krijg behandeling, maar de klachten beperken mij.", "I have complaints and get treatment, but they hold me back."),
            ("Ik heb weinig klachten, of mijn ziekte is goed onder controle.", "I have few complaints, or my illness is well under control."),
            ("Ik voel me lichamelijk gezond.", "I feel physically healthy."),
        ],
        Domain::Addiction => &[
            ("Mijn gebruik van alcohol, drugs of gokken is heel ernstig. Het brengt mij of anderen in gevaar.", "My use of alcohol, drugs or gambling is very serious. It puts me or others in danger."),
            ("Mijn gebruik geeft problemen, thuis, met geld of met werk. Ik krijg geen hulp.", "My use causes problems, at home, with money or at work. I get no help."),
            ("Mijn gebruik geeft problemen. Ik krijg er hulp voor.", "My use causes problems. I get help with it."),
            ("Ik gebruik soms, maar het geeft geen problemen. Of ik ben aan het herstellen.", "I use sometimes, but it causes no problems. Or I am recovering."),
            ("Ik gebruik niet, of zo weinig dat het nooit problemen geeft.", "I do not use, or so little that it never causes problems."),
        ],
        Domain::AdlActivities => &[
            ("Wassen, aankleden of eten lukt mij niet. Niemand helpt mij.", "I cannot wash, dress or eat. Nobody helps me."),
            ("Veel van mijn verzorging lukt niet, en ik krijg te weinig hulp.", "Much of my own care does not work, and I get too little help."),
            ("Voor mezelf zorgen lukt met hulp van anderen.", "Looking after myself works with help from others."),
            ("Ik zorg zelf voor mezelf. Soms kost het moeite.", "I look after myself. Sometimes it takes effort."),
            ("Ik zorg zonder moeite helemaal zelf voor mezelf.", "I look after myself fully, without effort."),
        ],
        Domain::InstrumentalAdl => &[
            ("Huishouden, boodschappen en post lukken niet. Niemand helpt mij.", "Housework, shopping and post do not work. Nobody helps me."),
            ("Veel van het huishouden, de boodschappen of de post blijft liggen. Ik krijg te weinig hulp.", "Much of the housework, shopping or post is left undone. I get too little help."),
            ("Huishouden, boodschappen, post en vervoer lukken met hulp.", "Housework, shopping, post and getting around work with help."),
            ("Ik doe het huishouden en regel mijn zaken zelf. Soms kost het moeite.", "I do the housework and arrange my affairs myself. Sometimes it takes effort."),
            ("Ik doe het huishouden en regel mijn zaken zonder moeite zelf.", "I do the housework and arrange my affairs myself, without effort."),
        ],
        Domain::SocialNetwork => &[
            ("Ik heb niemand, of alleen mensen die slecht voor mij zijn.", "I have nobody, or only people who are bad for me."),
            ("Ik heb weinig mensen om me heen. Ze helpen mij niet echt.", "I have few people around me. They do not really help me."),
            ("Ik heb wat mensen om me heen die soms helpen.", "I have some people around me who help at times."),
            ("Ik heb genoeg mensen die mij steunen, in mijn familie en daarbuiten.", "I have enough people who support me, in my family and beyond."),
            ("Ik heb veel mensen om me heen. Ik kan altijd iemand om hulp vragen.", "I have many people around me. I can always ask someone for help."),
        ],
        Domain::CommunityParticipation => &[
            ("Ik doe niet mee in de buurt of de samenleving. Ik weet niet waar ik hulp kan vinden.", "I do not take part in my neighbourhood or society. I do not know where to find help."),
            ("Ik doe bijna niet mee. Ik kom weinig buiten de deur.", "I hardly take part. I seldom go out."),
            ("Ik doe een beetje mee, vaak met hulp.", "I take part a little, often with help."),
            ("Ik doe mee, bijvoorbeeld bij een club of in de buurt. Soms kost het moeite.", "I take part, for example in a club or in the neighbourhood. Sometimes it takes effort."),
            ("Ik doe volop mee en help soms ook anderen.", "I take full part and sometimes help others too."),
        ],
        Domain::Justice => &[
            ("Ik zit vast, of ik word vaak opgepakt.", "I am in prison, or I am often arrested."),
            ("Ik ben kort geleden opgepakt, of er loopt een zaak tegen mij.", "I was arrested recently, or there is a case against me."),
            ("Ik heb een voorwaardelijke straf of toezicht van de reclassering.", "I have a suspended sentence or supervision by the probation service."),
            ("Ik heb al een jaar niets met politie of justitie te maken gehad.", "I have had nothing to do with police or justice for a year."),
            ("Ik heb niets met politie of justitie te maken.", "I have nothing to do with police or justice."),
        ],
        Domain::DailyActivity => return None,
    })
}

/// What `score` means on `domain`, in the client's words; `None` for Dagbesteding, which is
/// no longer scored.
pub fn level_words(domain: Domain, score: Score, lang: Lang) -> Option<&'static str> {
    let (nl, en) = levels(domain)?[usize::from(score.get() - 1)];
    Some(match lang {
        Lang::Nl => nl,
        Lang::En => en,
    })
}

impl Domain {
    /// For a domain of the earlier matrix, one sentence under its history: that it is no
    /// longer scored and where a new score goes. `None` for the thirteen of 2017.
    pub fn earlier_words(self, lang: Lang, reader: Reader) -> Option<String> {
        if self.is_current() {
            return None;
        }
        let text = match (reader, lang) {
            (Reader::Client, Lang::Nl) => "Dit leefgebied staat niet meer in de lijst. Je oude scores blijven bewaard. Een nieuwe score geef je bij {} of bij {}.",
            (Reader::Client, Lang::En) => "This life domain is no longer on the list. Your old scores are kept. Give a new score under {} or under {}.",
            (Reader::Viewer, Lang::Nl) => "Leefgebied uit de matrix van vóór 2017 (nu {} en {}). Alleen eerdere scores.",
            (Reader::Viewer, Lang::En) => "Life domain of the matrix before 2017 (now {}, and {}). Earlier scores only.",
        };
        let now = [Domain::WorkEducation, Domain::TimeUse].map(|d| d.name(reader).get(lang));
        Some(super::fill_in(text, &now))
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
