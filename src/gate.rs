//! The first screen, before the dossier's code is on the phone.
//!
//! The client's app comes in parts. This first, small one shows the first run or the unlock
//! screen as soon as it can, then fetches the part `dossier` (the sections, sealing, sharing,
//! backups) while the person types. Pressing "create" or "open" hands the passphrase to that
//! part, which does the work; this one shows the outcome, and on success steps aside for the
//! open dossier.
//!
//! A failed download is told plainly and tried again on the next press.

use leptos::prelude::*;
use regie_core::catalogue::FirstText;
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::JsValue;

use crate::dossier_part::DOSSIER;
use crate::i18n::tr;
use crate::platform::files::File;
use crate::platform::parts;
use crate::platform::storage;
use crate::session::{storage_error_text, Phase};

/// Starts fetching the second part once the first screen has painted; the signal turns true
/// when it has arrived.
pub fn fetch_ahead() -> ReadSignal<bool> {
    DOSSIER.fetch_ahead()
}

/// The first screen's state: whether the second part has taken over.
#[derive(Clone, Copy)]
pub struct Gate {
    pub handed_over: RwSignal<bool>,
}

impl Gate {
    pub fn new() -> Gate {
        Gate {
            handed_over: RwSignal::new(false),
        }
    }

    pub async fn create(self, passphrase: Zeroizing<String>) -> Result<(), FirstText> {
        let typed = JsValue::from_str(&passphrase);
        self.finish(DOSSIER.call("create", vec![typed]).await)
    }

    pub async fn unlock(self, passphrase: Zeroizing<String>) -> Result<(), FirstText> {
        let typed = JsValue::from_str(&passphrase);
        self.finish(DOSSIER.call("unlock", vec![typed]).await)
    }

    pub async fn restore(self, file: File, passphrase: Zeroizing<String>) -> Result<(), FirstText> {
        let typed = JsValue::from_str(&passphrase);
        self.finish(DOSSIER.call("restore", vec![file.into(), typed]).await)
    }

    /// Hands the page to the second part, which shows opening with the helpers' cards. A
    /// failed download is told on the unlock screen, as a problem before anything is typed.
    pub fn recover(self, stored: RwSignal<(Phase, Option<FirstText>)>) {
        leptos::task::spawn_local(async move {
            let outcome = DOSSIER.call("recover", Vec::new()).await;
            if let Err(text) = self.finish(outcome) {
                stored.update(|(_, problem)| *problem = Some(text));
            }
        });
    }

    /// Hands the page to the second part, which shows restoring a recovery copy with the
    /// helpers' cards (a wiped or new browser). A failed download is told under the button.
    pub async fn restore_copy(self) -> Result<(), FirstText> {
        self.finish(DOSSIER.call("restore_copy", Vec::new()).await)
    }

    /// Hands the page to the second part as it is (a moving link was opened).
    pub async fn show(self) -> Result<(), FirstText> {
        self.finish(DOSSIER.load().await)
    }

    /// On success: this screen leaves the page, then the second part shows the dossier.
    fn finish(self, outcome: Result<(), FirstText>) -> Result<(), FirstText> {
        outcome?;
        parts::hand_over(DOSSIER, self.handed_over);
        Ok(())
    }
}

impl Default for Gate {
    fn default() -> Self {
        Gate::new()
    }
}

/// Where the first screen starts: the first run when nothing is stored, else the unlock
/// screen. Whether the stored dossier can be read is checked by the second part (reading it
/// takes the JSON and base64 readers, which the first part does not carry): see
/// [`check_stored`].
pub fn stored_phase() -> (Phase, Option<FirstText>) {
    match storage::load_vault() {
        Ok(storage::Stored::Nothing) => (Phase::FirstRun, None),
        Ok(storage::Stored::Vault(_)) => (Phase::Locked, None),
        Err(e) => (Phase::FirstRun, Some(storage_error_text(e))),
    }
}

/// Once the second part is here: a stored dossier that cannot be read (damaged, or from a
/// newer Regie) is told on the unlock screen, before anything is typed.
pub fn check_stored(stored: RwSignal<(Phase, Option<FirstText>)>) {
    leptos::task::spawn_local(async move {
        if stored.get_untracked().0 != Phase::Locked {
            return;
        }
        if let Err(text) = DOSSIER.call("check_stored", Vec::new()).await {
            stored.update(|(_, problem)| *problem = Some(text));
        }
    });
}

/// A tab still on the first screen learns from the `storage` event that another tab created
/// or restored a dossier, and shows the unlock screen instead of making a second one over it.
pub fn follow_other_tabs(
    stored: RwSignal<(Phase, Option<FirstText>)>,
    part_loaded: ReadSignal<bool>,
) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(storage::VAULT_KEY) {
            stored.set(stored_phase());
            if part_loaded.get_untracked() {
                check_stored(stored);
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// Restoring a backup from the first screen (first run or unlock): the same form as in the
/// open app; the second part reads, checks and stores it, and replaces a stored dossier only
/// once all of the backup is in place.
#[component]
pub fn Restore(
    gate: Gate,
    /// The form's heading: the first run asks whether there is a backup; the unlock screen
    /// offers one in place of the stored dossier.
    #[prop(default = FirstText::FirstRunRestoreTitle)]
    title: FirstText,
) -> impl IntoView {
    use crate::pages::{begin_import, ImportForm};
    let file_input = NodeRef::<leptos::html::Input>::new();
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<FirstText>);
    let submit = move || {
        let Some(file) = begin_import(file_input, passphrase, error, working) else {
            return;
        };
        crate::pages::after_next_paint(move || {
            let typed = Zeroizing::new(passphrase.get_untracked());
            leptos::task::spawn_local(async move {
                match gate.restore(file, typed).await {
                    Ok(()) => {
                        passphrase.try_set(String::new());
                    }
                    Err(text) => {
                        error.set(Some(text));
                        working.set(false);
                    }
                }
            });
        });
    };
    let copy_error = RwSignal::new(None::<FirstText>);
    let with_cards = move |_| {
        leptos::task::spawn_local(async move {
            copy_error.set(gate.restore_copy().await.err());
        });
    };
    view! {
        <div class="restore-first-run">
            <ImportForm title file_input passphrase error working
                on_change=move || error.set(None) on_submit=submit/>
            <button type="button" class="button link" data-testid="restore-with-cards"
                on:click=with_cards>{tr(FirstText::RestoreWithCards)}</button>
            <crate::components::ErrorMessage error=copy_error/>
        </div>
    }
}

/// "Voorlezen" on the first screen: only the button. The reading itself (the sentences, the
/// voice, the panel) is code of the second part, which the first screen fetches ahead; the
/// button asks it to read the elements `targets` (HTML ids, space-separated) and to show its
/// panel in this button's `host`.
#[component]
pub fn ReadAloudLater(targets: &'static str, host: &'static str) -> impl IntoView {
    let error = RwSignal::new(None::<FirstText>);
    let read = move |_| {
        error.set(None);
        leptos::task::spawn_local(async move {
            let args = vec![JsValue::from_str(targets), JsValue::from_str(host)];
            if let Err(text) = DOSSIER.call("read_aloud", args).await {
                error.set(Some(text));
            }
        });
    };
    view! {
        <div class="read-aloud">
            <button type="button" class="button read-aloud-start" data-testid="read-aloud" on:click=read>
                {crate::i18n::tr(FirstText::ReadAloud)}
            </button>
            <crate::components::ErrorMessage error/>
            <div id=host></div>
        </div>
    }
}
