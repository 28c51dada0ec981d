//! The chosen language as app state; texts come from the core's catalogue.

use leptos::prelude::*;
use regie_core::catalogue::{Lang, RecoveryText, Text, Words};

use crate::platform::{self, storage};

/// The language in use, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// Whether a choice is remembered on the device (never in the share viewer).
    persist: bool,
}

impl I18n {
    /// The language chosen before on this device, else the browser's preference.
    pub fn detect(persist: bool) -> I18n {
        let chosen = storage::get(storage::LANG_KEY).and_then(|code| code.parse::<Lang>().ok());
        let lang = chosen.unwrap_or_else(|| {
            let prefs = platform::preferred_languages();
            Lang::from_preferences(prefs.iter().map(String::as_str))
        });
        I18n {
            lang: RwSignal::new(lang),
            persist,
        }
    }

    /// Switches language and remembers the choice (not secret, so stored in the clear).
    pub fn choose(&self, lang: Lang) {
        self.lang.set(lang);
        if self.persist {
            let _ = storage::set(storage::LANG_KEY, lang.code());
        }
    }
}

/// A text that follows the chosen language; of any table (the main one, or a part's).
pub fn tr<K: Words + Send + Sync + 'static>(
    key: K,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<I18n>().lang;
    move || key.get(lang.get())
}

/// A sentence from either table of texts: the main catalogue, or the herstelhelpers' own
/// (which only the dossier's part carries), with the values it fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Text(Text),
    Recovery(RecoveryText, Vec<String>),
}

impl Said {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Said::Text(text) => text.get(lang).to_owned(),
            Said::Recovery(text, values) => {
                text.fill(lang, &values.iter().map(String::as_str).collect::<Vec<_>>())
            }
        }
    }
}

impl From<Text> for Said {
    fn from(text: Text) -> Said {
        Said::Text(text)
    }
}

impl From<RecoveryText> for Said {
    fn from(text: RecoveryText) -> Said {
        Said::Recovery(text, Vec::new())
    }
}
