//! The words for a share's choices and for why a link or a share cannot be read.

use crate::catalogue::{Counted, Lang, Text};

use super::{LinkError, ShareDuration, ShareError, TimeLeft};

impl ShareDuration {
    /// The choice in the share form.
    pub fn text(self) -> Text {
        match self {
            ShareDuration::HalfHour => Text::DurationHalfHour,
            ShareDuration::Hour => Text::DurationHour,
            ShareDuration::FourHours => Text::DurationFourHours,
            ShareDuration::RestOfToday => Text::DurationRestOfToday,
            ShareDuration::Week => Text::DurationWeek,
            ShareDuration::Month => Text::DurationMonth,
        }
    }
}

impl TimeLeft {
    /// "nog 20 min", "nog 1 uur", "nog 6 dagen".
    pub fn words(self, lang: Lang) -> String {
        let (counted, n) = match self {
            TimeLeft::Minutes(n) => (Counted::MinutesLeft, n),
            TimeLeft::Hours(n) => (Counted::HoursLeft, n),
            TimeLeft::Days(n) => (Counted::DaysLeft, n),
        };
        counted.count(lang, n.max(0).unsigned_abs())
    }
}

impl LinkError {
    pub fn text(self) -> Text {
        match self {
            LinkError::Empty => Text::ErrLinkEmpty,
            LinkError::UnknownVersion => Text::ErrLinkNewer,
            LinkError::Malformed | LinkError::BadId | LinkError::BadKey => Text::ErrLinkBroken,
        }
    }
}

impl ShareError {
    pub fn text(self) -> Text {
        match self {
            ShareError::WrongKey => Text::ErrLinkWrongKey,
            ShareError::Corrupt => Text::ErrLinkBroken,
            ShareError::UnsupportedVersion => Text::ErrLinkNewer,
            ShareError::NotSigned => Text::ErrShareNotSigned,
        }
    }
}

impl crate::share::bound::Unbound {
    /// One sentence for every way the relay's share differs from the signed one.
    pub fn text(self) -> Text {
        Text::ErrShareNotAsChosen
    }
}
