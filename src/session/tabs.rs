//! One writer per dossier, however many tabs are open.
//!
//! Tabs of the same origin talk over a `BroadcastChannel`. A tab that opens the dossier says
//! so; a tab that has it open saves what is waiting, locks, and answers that it let go; the
//! new tab then reads what was just saved with the key it already holds (no second KDF run).
//! So the last tab to unlock is the only one that writes, and no edit made in another tab is
//! lost. A tab still on the first-run screen learns from the `storage` event that another
//! tab created or restored a dossier, and switches to the unlock screen instead of making a
//! second one over it.

use crate::platform::broadcast::{on_stored_by_other_tab, tab_name, Channel};
use crate::platform::storage::{self, Stored};
use crate::session::{Phase, SaveState, Session};
use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::vault::SealedVault;

const CHANNEL: &str = "regie.tabs";
const OPENED: &str = "opened";
const RELEASED: &str = "released";

/// Starts listening to other tabs for as long as the app runs.
pub fn watch_other_tabs(session: Session) {
    let me = StoredValue::new(tab_name());
    // The edit count when this tab last opened the dossier: a reload after another tab let
    // go must not throw away anything typed here since.
    let opened_at = StoredValue::new(None::<u64>);
    // Filled in once the channel is open: a message arrives only after that.
    let replies = StoredValue::new_local(None::<Channel>);
    let post = move |kind: &str| {
        replies.with_value(|channel| {
            if let Some(channel) = channel {
                channel.post(&format!("{kind} {}", me.get_value()));
            }
        });
    };
    let on_message = move |text: String| {
        let Some((kind, from)) = text.split_once(' ') else {
            return;
        };
        if from == me.get_value() {
            return;
        }
        match kind {
            // Saves what is waiting first; refuses (and keeps the tab open) only when the
            // edits cannot be saved, so they stay on screen.
            OPENED if session.is_unlocked() && session.lock(Some(Text::LockedOtherTab)) => {
                post(RELEASED);
            }
            RELEASED if session.is_unlocked() && untouched(session, opened_at) => {
                reload(session);
            }
            _ => {}
        }
    };
    let Some(channel) = Channel::open(CHANNEL, on_message) else {
        // No channel (a very old browser): each tab works alone, as before.
        return;
    };
    replies.set_value(Some(channel));

    Effect::new(move |before: Option<Phase>| {
        let now = session.phase.get();
        if now == Phase::Unlocked && before != Some(Phase::Unlocked) {
            opened_at.set_value(Some(session.edit_generation.get_value()));
            post(OPENED);
        }
        now
    });

    on_stored_by_other_tab(storage::VAULT_KEY, move |value| {
        if value.is_none() {
            return;
        }
        match session.phase.get_untracked() {
            Phase::FirstRun => session.phase.set(Phase::Locked),
            // The tab that let go saved its last edits just now: pick them up, as on its
            // "released" message (whichever of the two arrives first).
            Phase::Unlocked if untouched(session, opened_at) => reload(session),
            _ => {}
        }
    });
}

/// Nothing was typed in this tab since it opened the dossier, and nothing waits to be saved:
/// reading what another tab saved loses nothing.
fn untouched(session: Session, opened_at: StoredValue<Option<u64>>) -> bool {
    opened_at.get_value() == Some(session.edit_generation.get_value())
        && session.save_state.get_untracked() == SaveState::Saved
}

/// Reads what another tab saved, with the key this tab holds.
fn reload(session: Session) {
    let Ok(Stored::Vault(text)) = storage::load_vault() else {
        return;
    };
    let Ok(sealed) = SealedVault::from_text(&text) else {
        return;
    };
    let dossier = session
        .vault
        .with_value(|v| v.as_ref().map(|v| v.open(&sealed)));
    if let Some(Ok(dossier)) = dossier {
        session.dossier.set(dossier);
    }
}
