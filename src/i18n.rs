//! The chosen language as app state; texts come from the core's catalogue. Dutch is built
//! in; another language shows once its file is in this part of the app (see
//! [`platform::lang_file`]).

use leptos::prelude::*;
use regie_core::catalogue::{loaded, Lang, RecoveryText, Text, Words};

use crate::platform::{self, lang_file, storage};

/// The language in use, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language the screen shows (its file is in).
    pub lang: RwSignal<Lang>,
    /// A language that was chosen but whose file could not be had.
    pub failed: RwSignal<Option<Lang>>,
    /// Whether a choice is remembered on the device (never in the share viewer).
    persist: bool,
}

impl I18n {
    /// The language chosen before on this device (the client's app), else the browser's
    /// preference (the share viewer always follows the professional's browser).
    fn wanted(persist: bool) -> Lang {
        let chosen = persist
            .then(|| storage::get(storage::LANG_KEY).and_then(|code| code.parse::<Lang>().ok()))
            .flatten();
        chosen.unwrap_or_else(|| {
            let prefs = platform::preferred_languages();
            Lang::from_preferences(prefs.iter().map(String::as_str))
        })
    }

    /// The wanted language if its file is in; else Dutch, while the file is fetched.
    pub fn detect(persist: bool) -> I18n {
        let wanted = I18n::wanted(persist);
        let shown = if loaded::is_installed(wanted) {
            wanted
        } else {
            Lang::Nl
        };
        let i18n = I18n {
            lang: RwSignal::new(shown),
            failed: RwSignal::new(None),
            persist,
        };
        if shown != wanted {
            i18n.show(wanted);
        }
        i18n
    }

    /// Switches language and remembers the choice (not secret, so stored in the clear).
    pub fn choose(&self, lang: Lang) {
        if self.persist {
            let _ = storage::set(storage::LANG_KEY, lang.code());
        }
        self.show(lang);
    }

    fn show(self, lang: Lang) {
        leptos::task::spawn_local(async move {
            if lang_file::load(lang).await {
                self.failed.set(None);
                self.lang.set(lang);
            } else {
                self.failed.set(Some(lang));
            }
        });
    }
}

/// Before a part shows itself: the language's file in, so its first paint is already in
/// the chosen language. Dutch needs nothing.
pub async fn prepare(persist: bool) {
    let _ = lang_file::load(I18n::wanted(persist)).await;
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
