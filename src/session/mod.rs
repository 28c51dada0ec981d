//! The open or closed dossier, and how edits reach storage.
//!
//! While locked, no decrypted byte is held: the dossier signal holds an empty dossier and the
//! key is dropped (age zeroizes it). While unlocked, every edit schedules a save a moment after
//! the last keystroke; a hidden or closing tab saves at once.

mod backup;
mod documents;
mod helpers;
mod replies;
pub mod share;
mod stronger_wrap;
mod tabs;
pub mod transfer;

pub use backup::ReadBackup;
pub use documents::{suggested_name, NewDocument};
pub use helpers::{read_copy, PrintedCard};
pub use replies::Proposal;
pub use tabs::watch_other_tabs;

use std::time::Duration;

use leptos::prelude::*;
use regie_core::catalogue::{FirstText, Text};
use regie_core::model::Dossier;
use regie_core::vault::{self, DossierKey, OpenVault, SealedVault};
use regie_core::zeroize::Zeroizing;

use crate::platform::clock::{perf_now, record_timing};
use crate::platform::kdf;
use crate::platform::storage::{self, Persistence, StorageError, Stored};

/// How long after the last keystroke a save starts.
const SAVE_DELAY: Duration = Duration::from_millis(600);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// No dossier on this device yet.
    FirstRun,
    /// A dossier is stored; the passphrase opens it.
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    /// The last save failed; the text explains why. The edits are still in memory.
    Failed(Text),
}

/// The app's state while it runs. `Copy`: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct Session {
    pub phase: RwSignal<Phase>,
    pub dossier: RwSignal<Dossier>,
    pub save_state: RwSignal<SaveState>,
    /// A problem found with what is stored, shown on the unlock screen before any attempt.
    pub stored_problem: RwSignal<Option<Text>>,
    /// Why the dossier was last locked, when the person did not do it themselves.
    pub lock_reason: RwSignal<Option<Text>>,
    /// The browser's answer to `navigator.storage.persist()`, asked once a dossier is open.
    pub persistence: RwSignal<Option<Persistence>>,
    pub(crate) vault: StoredValue<Option<OpenVault>>,
    /// The passphrase while unlocked, so a backup (encrypted with it) is one tap. Memory
    /// only; dropped and zeroized on lock.
    pub(crate) passphrase: StoredValue<Option<Zeroizing<String>>>,
    pub(crate) edit_generation: StoredValue<u64>,
    /// On the locked screen: opening with the helpers' cards instead of the passphrase.
    pub recovering: RwSignal<bool>,
    /// Helpers' cards just made, to print; memory only, dropped on lock.
    pub fresh_cards: RwSignal<Option<Vec<PrintedCard>>>,
    /// On the first screens: restoring a recovery copy with the helpers' cards; once
    /// unlocked, the screen that says the cards still work.
    pub restoring_copy: RwSignal<bool>,
}

/// Where to start, from what is stored: the first run or the unlock screen, and a problem
/// with the stored copy to show at once.
pub fn stored_state() -> (Phase, Option<Text>) {
    match storage::load_vault() {
        Ok(Stored::Nothing) => (Phase::FirstRun, None),
        Ok(Stored::Vault(text)) => match SealedVault::from_text(&text) {
            Ok(_) => (Phase::Locked, None),
            Err(e) => (Phase::Locked, Some(e.text().into())),
        },
        Err(e) => (Phase::FirstRun, Some(storage_error_text(e).into())),
    }
}

impl Session {
    /// Reads what is stored and decides where to start.
    pub fn start() -> Session {
        let (phase, problem) = stored_state();
        Session {
            phase: RwSignal::new(phase),
            dossier: RwSignal::new(Dossier::new()),
            save_state: RwSignal::new(SaveState::Saved),
            stored_problem: RwSignal::new(problem),
            lock_reason: RwSignal::new(None),
            persistence: RwSignal::new(None),
            vault: StoredValue::new(None),
            passphrase: StoredValue::new(None),
            edit_generation: StoredValue::new(0),
            recovering: RwSignal::new(false),
            fresh_cards: RwSignal::new(None),
            restoring_copy: RwSignal::new(false),
        }
    }

    /// Creates the vault with a new passphrase and an empty dossier, and stores it. Nothing
    /// is stored when anything fails. The KDF runs in the worker.
    pub async fn create(&self, passphrase: Zeroizing<String>) -> Result<(), Text> {
        // The first screen checked length and confirmation; how guessable it is, here.
        vault::check_guessable(&passphrase).map_err(|problem| problem.text())?;
        let key = DossierKey::generate();
        let remembered = passphrase.clone();
        let wrapped = kdf::encrypt(passphrase, key.secret_text().to_vec())
            .await
            .map_err(|_| Text::ErrSaveFailed)?;
        let vault = OpenVault::from_parts(key, wrapped);
        let mut dossier = Dossier::new();
        dossier.ensure_signing_key();
        let sealed = vault.seal(&dossier).map_err(|_| Text::ErrSaveFailed)?;
        storage::save_vault(&sealed).map_err(storage_error_text)?;
        self.open(vault, dossier);
        self.passphrase.set_value(Some(remembered));
        Ok(())
    }

    /// Unlocks the stored vault. The KDF runs in the worker; the caller shows that it is
    /// working first.
    pub async fn unlock(&self, passphrase: Zeroizing<String>) -> Result<(), Text> {
        let started = perf_now();
        // A move-in that stopped halfway goes back first, so the old dossier opens whole.
        transfer::settle_unfinished().await;
        let text = match storage::load_vault().map_err(storage_error_text)? {
            Stored::Vault(text) => text,
            Stored::Nothing => return Err(Text::ErrCorrupt),
        };
        let sealed = SealedVault::from_text(&text).map_err(|e| e.text())?;
        let remembered = passphrase.clone();
        let for_wrap = vault::needs_stronger_wrap(sealed.wrapped_key()).then(|| passphrase.clone());
        let key_text = kdf::decrypt(passphrase, sealed.wrapped_key().to_vec())
            .await
            .map_err(|e| e.text())?;
        let key = DossierKey::from_secret_text(&key_text).map_err(|e| e.text())?;
        // The helpers' recovery wrap, if any, is kept for every save after this.
        let vault = OpenVault::from_parts(key, sealed.wrapped_key().to_vec())
            .with_recovery(sealed.recovery().cloned());
        let dossier = vault.open(&sealed).map_err(|e| e.text())?;
        // The received dossier opened: the one kept aside for it may go.
        transfer::finish_after_unlock().await;
        self.open(vault, dossier);
        self.passphrase.set_value(Some(remembered));
        record_timing("unlock", started);
        // After the dossier shows: the person reads while the worker wraps the key again.
        if let Some(for_wrap) = for_wrap {
            let session = *self;
            leptos::task::spawn_local(async move { session.strengthen_wrap(for_wrap).await });
        }
        Ok(())
    }

    fn open(&self, vault: OpenVault, mut dossier: Dossier) {
        // A dossier stored before shares were signed gets its signing key now, and keeps it.
        let made_key = dossier.ensure_signing_key();
        self.vault.set_value(Some(vault));
        self.dossier.set(dossier);
        self.save_state.set(SaveState::Saved);
        self.lock_reason.set(None);
        self.stored_problem.set(None);
        if made_key {
            // Not an edit: another tab that reads this back loses nothing typed.
            self.save_now();
        }
        self.phase.set(Phase::Unlocked);
        let session = *self;
        leptos::task::spawn_local(async move { session.clean_orphan_documents().await });
        if self.persistence.get_untracked().is_none() {
            let persistence = self.persistence;
            leptos::task::spawn_local(async move {
                persistence.set(Some(storage::request_persistence().await));
            });
        }
    }

    /// Changes the dossier and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut Dossier)) {
        self.dossier.update(change);
        self.save_state.set(SaveState::Pending);
        let generation = self.edit_generation.with_value(|g| g + 1);
        self.edit_generation.set_value(generation);
        let session = *self;
        set_timeout(
            move || {
                if session.edit_generation.get_value() == generation {
                    session.save_now();
                }
            },
            SAVE_DELAY,
        );
    }

    /// Saves at once if anything is waiting (tab hidden or closing, lock).
    pub fn flush(&self) {
        if matches!(
            self.save_state.get_untracked(),
            SaveState::Pending | SaveState::Failed(_)
        ) {
            self.save_now();
        }
    }

    /// Seals and stores the dossier now. On failure the dossier stays in memory and the
    /// stored copy stays as it was.
    pub fn save_now(&self) {
        let started = perf_now();
        let sealed = self.vault.with_value(|vault| {
            vault
                .as_ref()
                .map(|v| self.dossier.with_untracked(|d| v.seal(d)))
        });
        let outcome = match sealed {
            None => return,
            Some(Err(_)) => Err(Text::ErrSaveFailed),
            Some(Ok(sealed)) => {
                storage::save_vault(&sealed).map_err(|e| storage_error_text(e).into())
            }
        };
        record_timing("save", started);
        self.save_state.set(match outcome {
            Ok(()) => SaveState::Saved,
            Err(text) => SaveState::Failed(text),
        });
    }

    /// Drops every decrypted byte. Refuses while edits cannot be saved, so that locking never
    /// loses them; the save error stays on screen.
    pub fn lock(&self, reason: Option<Text>) -> bool {
        if !self.save_pending() {
            return false;
        }
        // Nothing of the dossier is read on after it locked.
        crate::platform::speech::stop_all();
        self.vault.set_value(None);
        self.passphrase.set_value(None);
        self.fresh_cards.set(None);
        self.recovering.set(false);
        self.dossier.set(Dossier::new());
        self.lock_reason.set(reason);
        self.phase.set(Phase::Locked);
        true
    }

    /// Saves whatever waits; `false` when that failed (the edits stay in memory).
    pub fn save_pending(&self) -> bool {
        self.flush();
        !matches!(self.save_state.get_untracked(), SaveState::Failed(_))
    }

    pub fn is_unlocked(&self) -> bool {
        self.phase.get_untracked() == Phase::Unlocked
    }
}

pub fn storage_error_text(e: StorageError) -> FirstText {
    match e {
        StorageError::Quota => FirstText::ErrQuota,
        StorageError::Unavailable => FirstText::ErrNoStorage,
        StorageError::Failed => FirstText::ErrSaveFailed,
    }
}
