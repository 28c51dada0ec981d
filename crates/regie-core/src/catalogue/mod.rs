//! Every text the app shows, in Dutch (B1 plain language) first and English second.
//!
//! One table, checked by the compiler: a key without both languages does not build. Texts
//! with a value to fill in use `{}` for each value, in order (see [`Text::fill`]); texts that
//! say how many use `{n}` for the count and have a form for one and for any other count (see
//! [`Counted`]).
//!
//! - [`texts`]: the table itself; [`FirstText`], the part of it the client's first screen
//!   shows, so that the app's first part carries only those.
//! - [`words`]: the words for each value of the core (a section's title, a domain's name,
//!   an agreement's status…), so each value is named once.
//! - [`levels`]: what each score means on each life domain, apart from the table.
//! - [`formats`]: dates, moments, days from today and file sizes, per language.

use std::str::FromStr;

pub mod formats;
pub mod levels;
pub mod loaded;
mod money_words;
pub mod plural;
pub mod words;

pub use plural::Plural;

/// The languages Regie speaks. Dutch is compiled in; every other language is a file of its
/// own (see [`loaded`]), fetched when it is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Ar, Lang::Tr, Lang::Pl, Lang::Uk];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
        }
    }

    /// The language's name in itself, for the language list.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// "rtl" or "ltr", for the document's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Picks a language from the browser's list of preferred languages (BCP 47 tags, most
    /// preferred first): the first one Regie speaks, else Dutch.
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

    /// Reads "nl", "nl-BE", "en-GB", "ar-MA" and the like; other languages are not ours.
    fn from_str(tag: &str) -> Result<Lang, ()> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == primary)
            .ok_or(())
    }
}

macro_rules! catalogue {
    ($($body:tt)*) => {
        text_part! {
            /// A text of the app's first screen, or one that every part shows.
            Text { $($body)* }
        }
    };
}

macro_rules! counted {
    ($($key:ident => [$nl_one:literal, $nl_other:literal];)*) => {
        /// A text that says how many, with a form per plural category of each language
        /// (Dutch: one form for exactly one, one for any other count).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Counted { $($key),* }

        impl Counted {
            pub const ALL: &'static [Counted] = &[$(Counted::$key),*];
            /// The keys' names, for the language files (native tools only).
            pub const NAMES: &'static [&'static str] = &[$(stringify!($key)),*];
            pub const FINGERPRINT: u64 = $crate::catalogue::loaded::fingerprint(Self::NAMES);
            /// The Dutch form for exactly one and the form for any other count.
            pub const NL: &'static [(&'static str, &'static str)] = &[$(($nl_one, $nl_other)),*];
        }
    };
}

/// A table of texts for one part of the app, its own type, so that code which never shows
/// them (the first screen) does not carry them: the table is only linked in where one of its
/// texts is used. The Dutch is compiled in; other languages come from their files.
macro_rules! text_part {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $nl:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            /// The keys' names, for the language files (native tools only: the fingerprint
            /// is computed at compile time, so the names stay out of the app).
            pub const NAMES: &'static [&'static str] = &[$(stringify!($key)),*];
            pub const FINGERPRINT: u64 = $crate::catalogue::loaded::fingerprint(Self::NAMES);
            /// The Dutch texts, in the order of the keys.
            pub const NL: &'static [&'static str] = &[$($nl),*];

            pub fn get(self, lang: Lang) -> &'static str {
                // A table indexed by the key, not a match with an arm per text: in wasm a
                // table is a few bytes per text, each arm of a match many more.
                static NL: &[&str] = $name::NL;
                $crate::catalogue::loaded::text(lang, stringify!($name), Self::FINGERPRINT, self as usize)
                    .unwrap_or(NL[self as usize])
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
mod first_texts;
mod format_texts;
mod level_texts;
mod money_texts;
mod page_texts;
mod recovery_texts;
mod texts;
mod viewer_texts;

pub use clock_texts::ClockText;
pub use first_texts::FirstText;
pub use format_texts::FormatText;
pub use level_texts::LevelText;
pub use money_texts::MoneyText;
pub use page_texts::PageText;
pub use recovery_texts::RecoveryText;
pub use texts::{Counted, Text};
pub use viewer_texts::ViewerText;

impl Counted {
    /// The form for `n` in `lang` (its CLDR plural category), with `{n}` replaced by `n` and
    /// each `{}` by the next value. Without the language's file, the Dutch form for `n`.
    pub fn fill(self, lang: Lang, n: u64, values: &[&str]) -> String {
        fill_in(&self.form(lang, n).replace("{n}", &n.to_string()), values)
    }

    /// The form for `n`, for texts with no other value.
    pub fn count(self, lang: Lang, n: u64) -> String {
        self.fill(lang, n, &[])
    }

    /// The form `lang` uses for the count `n`, with `{n}` still in it.
    pub fn form(self, lang: Lang, n: u64) -> &'static str {
        let slot = |category: Plural| {
            let index = self as usize * loaded::PLURAL_SLOTS + category as usize;
            loaded::text(lang, "Counted", Counted::FINGERPRINT, index)
        };
        slot(Plural::of(lang, n))
            .or_else(|| slot(Plural::Other))
            .unwrap_or_else(|| {
                let (one, other) = Counted::NL[self as usize];
                match Plural::of(Lang::Nl, n) {
                    Plural::One => one,
                    _ => other,
                }
            })
    }
}

/// Any table's text, looked up the same way: what a screen needs to show a text of the main
/// table or of a part's. Generic code (`tr` in the app) is built once per table it is used
/// with, so the first screen, which only shows [`Text`], carries no part's table.
pub trait Words: Copy {
    fn get(self, lang: Lang) -> &'static str;
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
    Level(LevelText),
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
            Phrase::Level(text) => text.get(lang),
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
        let level = LevelText::ALL.iter().map(|&t| Phrase::Level(t));
        let recovery = RecoveryText::ALL.iter().map(|&t| Phrase::Recovery(t));
        main.chain(page)
            .chain(viewer)
            .chain(money)
            .chain(clock)
            .chain(level)
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

impl From<LevelText> for Phrase {
    fn from(text: LevelText) -> Phrase {
        Phrase::Level(text)
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

/// `template` with each `{}` replaced by the next value, or each `{1}`…`{9}` by that value
/// (a translation may number them to put them in another order).
fn fill_in(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut next = values.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        if let Some(tail) = after.strip_prefix('}') {
            out.push_str(next.next().copied().unwrap_or(""));
            rest = tail;
        } else if let Some(digit) = after.chars().next().and_then(|c| c.to_digit(10)) {
            if after[1..].starts_with('}') && digit > 0 {
                out.push_str(values.get(digit as usize - 1).copied().unwrap_or(""));
                rest = &after[2..];
            } else {
                out.push('{');
                rest = after;
            }
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Every table the native tools know: for checking and packing language files.
#[cfg(not(target_arch = "wasm32"))]
pub fn tables() -> Vec<loaded::TableInfo> {
    macro_rules! info {
        ($($table:ident),*) => {
            vec![$(loaded::TableInfo {
                name: stringify!($table),
                keys: $table::NAMES,
                fingerprint: $table::FINGERPRINT,
                dutch: $table::NL.to_vec(),
                plural: false,
            }),*]
        };
    }
    let mut tables = info!(
        Text,
        PageText, ViewerText, MoneyText, ClockText, LevelText, FormatText, RecoveryText
    );
    tables.push(loaded::TableInfo {
        name: "Counted",
        keys: Counted::NAMES,
        fingerprint: Counted::FINGERPRINT,
        dutch: Counted::NL.iter().map(|&(_, other)| other).collect(),
        plural: true,
    });
    tables
}

// The B1 rules read every table by its key names, which only native builds have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod plain;
#[cfg(test)]
mod tests;
