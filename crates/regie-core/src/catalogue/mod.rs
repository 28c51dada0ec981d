//! Every text the app shows, in Dutch (B1 plain language) first and English second.
//!
//! One table, checked by the compiler: a key without both languages does not build. Texts
//! with a value to fill in use `{}` for each value, in order (see [`Text::fill`]); texts that
//! say how many use `{n}` for the count and have a form for one and for any other count (see
//! [`Counted`]).
//!
//! - [`texts`]: the table itself.
//! - [`words`]: the words for each value of the core (a section's title, a domain's name,
//!   an agreement's status…), so each value is named once.
//! - [`levels`]: what each score means on each life domain, apart from the table.
//! - [`formats`]: dates, moments, days from today and file sizes, per language.

use std::str::FromStr;

pub mod formats;
pub mod levels;
mod money_words;
pub mod words;

/// The languages Regie speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Picks a language from the browser's list of preferred languages (BCP 47 tags, most
    /// preferred first). Dutch unless English comes before any Dutch.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            match tag.parse::<Lang>() {
                Ok(lang) => return lang,
                Err(()) => continue,
            }
        }
        Lang::Nl
    }
}

impl FromStr for Lang {
    type Err = ();

    /// Reads "nl", "nl-BE", "en-GB" and the like; other languages are not ours.
    fn from_str(tag: &str) -> Result<Lang, ()> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(()),
        }
    }
}

macro_rules! catalogue {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        /// A text of the app, in any language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                // Two tables indexed by the key, not a match with an arm per text: in wasm a
                // table is a few bytes per text, each arm of a match many more.
                static NL: &[&str] = &[$($nl),*];
                static EN: &[&str] = &[$($en),*];
                match lang {
                    Lang::Nl => NL[self as usize],
                    Lang::En => EN[self as usize],
                }
            }
        }
    };
}

macro_rules! counted {
    ($($key:ident => [$nl_one:literal, $nl_other:literal], [$en_one:literal, $en_other:literal];)*) => {
        /// A text that says how many: one form for exactly one, one for any other count.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Counted { $($key),* }

        impl Counted {
            pub const ALL: &'static [Counted] = &[$(Counted::$key),*];

            /// The form for one and the form for any other count.
            pub fn forms(self, lang: Lang) -> (&'static str, &'static str) {
                match (self, lang) {
                    $(
                        (Counted::$key, Lang::Nl) => ($nl_one, $nl_other),
                        (Counted::$key, Lang::En) => ($en_one, $en_other),
                    )*
                }
            }
        }
    };
}

/// A table of texts for one part of the app, like [`Text`] but its own type, so that code
/// which never shows them (the first screen) does not carry them: the table is only linked
/// in where one of its texts is used.
macro_rules! text_part {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $nl:literal, $en:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                static NL: &[&str] = &[$($nl),*];
                static EN: &[&str] = &[$($en),*];
                match lang {
                    Lang::Nl => NL[self as usize],
                    Lang::En => EN[self as usize],
                }
            }

            /// The text with each `{}` replaced by the next value.
            pub fn fill(self, lang: Lang, values: &[&str]) -> String {
                fill_in(self.get(lang), values)
            }
        }

        impl $crate::catalogue::Words for $name {
            fn get(self, lang: Lang) -> &'static str {
                $name::get(self, lang)
            }
        }
    };
}

mod clock_texts;
mod clock_words;
mod money_texts;
mod page_texts;
mod recovery_texts;
mod texts;
mod viewer_texts;

pub use clock_texts::ClockText;
pub use money_texts::MoneyText;
pub use page_texts::PageText;
pub use recovery_texts::RecoveryText;
pub use texts::{Counted, Text};
pub use viewer_texts::ViewerText;

impl Text {
    /// The text with each `{}` replaced by the next value.
    pub fn fill(self, lang: Lang, values: &[&str]) -> String {
        fill_in(self.get(lang), values)
    }
}

impl Counted {
    /// The form for `n` (Dutch and English both use the one-form for exactly 1, so "0 keer"
    /// and "2 keer" share a form), with `{n}` replaced by `n` and each `{}` by the next value.
    pub fn fill(self, lang: Lang, n: u64, values: &[&str]) -> String {
        let (one, other) = self.forms(lang);
        let form = if n == 1 { one } else { other };
        fill_in(&form.replace("{n}", &n.to_string()), values)
    }

    /// The form for `n`, for texts with no other value.
    pub fn count(self, lang: Lang, n: u64) -> String {
        self.fill(lang, n, &[])
    }
}

/// Any table's text, looked up the same way: what a screen needs to show a text of the main
/// table or of a part's. Generic code (`tr` in the app) is built once per table it is used
/// with, so the first screen, which only shows [`Text`], carries no part's table.
pub trait Words: Copy {
    fn get(self, lang: Lang) -> &'static str;
}

impl Words for Text {
    fn get(self, lang: Lang) -> &'static str {
        Text::get(self, lang)
    }
}

/// A text of the main table or of a part's table, for the app's shared parts (forms, lists,
/// cards) that show texts of every section. Only code past the first screen uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phrase {
    Main(Text),
    Page(PageText),
    Viewer(ViewerText),
    Money(MoneyText),
    Clock(ClockText),
    Recovery(RecoveryText),
}

impl Phrase {
    pub fn get(self, lang: Lang) -> &'static str {
        match self {
            Phrase::Main(text) => text.get(lang),
            Phrase::Page(text) => text.get(lang),
            Phrase::Viewer(text) => text.get(lang),
            Phrase::Money(text) => text.get(lang),
            Phrase::Clock(text) => text.get(lang),
            Phrase::Recovery(text) => text.get(lang),
        }
    }

    /// The text with each `{}` replaced by the next value.
    pub fn fill(self, lang: Lang, values: &[&str]) -> String {
        fill_in(self.get(lang), values)
    }

    /// Every text of every table, for the checks that hold for all of them.
    pub fn all() -> impl Iterator<Item = Phrase> {
        let main = Text::ALL.iter().map(|&t| Phrase::Main(t));
        let page = PageText::ALL.iter().map(|&t| Phrase::Page(t));
        let viewer = ViewerText::ALL.iter().map(|&t| Phrase::Viewer(t));
        let money = MoneyText::ALL.iter().map(|&t| Phrase::Money(t));
        let clock = ClockText::ALL.iter().map(|&t| Phrase::Clock(t));
        let recovery = RecoveryText::ALL.iter().map(|&t| Phrase::Recovery(t));
        main.chain(page)
            .chain(viewer)
            .chain(money)
            .chain(clock)
            .chain(recovery)
    }
}

impl Words for Phrase {
    fn get(self, lang: Lang) -> &'static str {
        Phrase::get(self, lang)
    }
}

impl From<Text> for Phrase {
    fn from(text: Text) -> Phrase {
        Phrase::Main(text)
    }
}

impl From<PageText> for Phrase {
    fn from(text: PageText) -> Phrase {
        Phrase::Page(text)
    }
}

impl From<ViewerText> for Phrase {
    fn from(text: ViewerText) -> Phrase {
        Phrase::Viewer(text)
    }
}

impl From<MoneyText> for Phrase {
    fn from(text: MoneyText) -> Phrase {
        Phrase::Money(text)
    }
}

impl From<RecoveryText> for Phrase {
    fn from(text: RecoveryText) -> Phrase {
        Phrase::Recovery(text)
    }
}

impl From<ClockText> for Phrase {
    fn from(text: ClockText) -> Phrase {
        Phrase::Clock(text)
    }
}

fn fill_in(template: &str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut values = values.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(values.next().copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests;
