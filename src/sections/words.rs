//! The words and formats for core values (section names, dates, sizes, owners, scores) as
//! the cards show them: the one place to switch to the core's own formats.

use regie_core::catalogue::{Lang, Text};
use regie_core::model::{Date, Domain, Owner, SectionKey, Timestamp};

use crate::platform::clock;

/// The heading of a section, as the client's own app names it.
pub(crate) fn section_title(key: SectionKey) -> Text {
    match key {
        SectionKey::About => Text::SectionAbout,
        SectionKey::Story => Text::SectionStory,
        SectionKey::Domains => Text::SectionDomains,
        SectionKey::Goals => Text::SectionGoals,
        SectionKey::Network => Text::SectionNetwork,
        SectionKey::Support => Text::SectionSupport,
        SectionKey::Health => Text::SectionHealth,
        SectionKey::Journal => Text::SectionJournal,
        SectionKey::Documents => Text::SectionDocuments,
    }
}

/// A date as people write it: "22-11-2026" in Dutch, "22 Nov 2026" in English.
pub(crate) fn show_date(date: Date, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Nl => format!("{}-{}-{}", date.day(), date.month(), date.year()),
        Lang::En => {
            let month = MONTHS[usize::from(date.month().clamp(1, 12)) - 1];
            format!("{} {} {}", date.day(), month, date.year())
        }
    }
}

/// The local calendar: today's date and the offset that turns a timestamp into a date.
#[derive(Clone, Copy)]
pub(crate) struct Now {
    pub(crate) today: Option<Date>,
    offset_minutes: i32,
}

impl Now {
    pub(crate) fn read() -> Now {
        let offset_minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
        Now {
            today: Timestamp(clock::now_ms()).to_date(offset_minutes),
            offset_minutes,
        }
    }

    pub(crate) fn date_of(self, moment: Timestamp) -> Option<Date> {
        moment.to_date(self.offset_minutes)
    }
}

pub(crate) fn domain_name(domain: Domain) -> Text {
    match domain {
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
    }
}

pub(crate) fn score_meaning(score: u8) -> Text {
    match score {
        1 => Text::ViewScore1,
        2 => Text::ViewScore2,
        3 => Text::ViewScore3,
        4 => Text::ViewScore4,
        _ => Text::ViewScore5,
    }
}

pub(crate) fn owner_text(owner: &Owner, lang: Lang) -> String {
    match owner {
        Owner::Me => Text::ViewOwnerMe.get(lang).to_owned(),
        Owner::Network { name } => Text::ViewOwnerNetwork.fill(lang, &[name.trim()]),
        Owner::Professional { name, organisation } if organisation.trim().is_empty() => {
            Text::ViewOwnerProfessional.fill(lang, &[name.trim()])
        }
        Owner::Professional { name, organisation } => {
            Text::ViewOwnerProfessionalAt.fill(lang, &[name.trim(), organisation.trim()])
        }
    }
}

/// Who is to do an agreement, as the client's own app says it.
pub(crate) fn owner_words(owner: &Owner, lang: Lang) -> String {
    match owner {
        Owner::Me => Text::GoalWhoMe.get(lang).to_owned(),
        Owner::Network { name } => Text::GoalWhoNetwork.fill(lang, &[name.trim()]),
        Owner::Professional { .. } => owner_text(owner, lang),
    }
}

/// A file size in kilobytes below one megabyte, else in megabytes with one decimal.
pub(crate) fn show_size(bytes: u64, lang: Lang) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kb = bytes.div_ceil(KB).max(1);
        // Unit symbols, not words: "kB" is the Dutch (SI) spelling, "KB" the usual English.
        match lang {
            Lang::Nl => format!("{kb} kB"),
            Lang::En => format!("{kb} KB"),
        }
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        let separator = match lang {
            Lang::Nl => ',',
            Lang::En => '.',
        };
        format!("{}{separator}{} MB", tenths / 10, tenths % 10)
    }
}
