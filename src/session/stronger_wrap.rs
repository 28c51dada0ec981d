//! Raising an older vault's work factor on the next successful unlock.
//!
//! Vaults made before scrypt went to 2^17 still open (the work factor is read from the wrap).
//! Right after such an unlock the same dossier key is wrapped again, in the worker, with the
//! passphrase that just opened it. The new wrap is stored together with the dossier in one
//! `localStorage` write, and only after that write succeeded does the session save with it:
//! a tab that dies at any moment leaves either the old vault or the new one, both readable
//! with the same passphrase, and the dossier key never changes, so documents need nothing.

use leptos::prelude::*;
use regie_core::vault::{self, SealedVault};
use regie_core::zeroize::Zeroizing;

use crate::platform::clock::{perf_now, record_timing};
use crate::platform::kdf;
use crate::platform::storage::{self, Stored};
use crate::session::Session;

impl Session {
    /// Wraps the key again at the current work factor if the open vault's wrap is older.
    /// Quietly does nothing when anything changed meanwhile (locked, passphrase changed, a
    /// backup restored, another tab took over) or when a step fails: the old wrap keeps
    /// working, and the next unlock tries again.
    pub(crate) async fn strengthen_wrap(&self, passphrase: Zeroizing<String>) {
        let Some((old_wrap, key_text)) = self
            .vault
            .with_value(|v| v.as_ref().map(|v| (v.wrapped_key().to_vec(), v.key_text())))
        else {
            return;
        };
        if !vault::needs_stronger_wrap(&old_wrap) {
            return;
        }
        let started = perf_now();
        let Ok(wrapped) = kdf::encrypt(passphrase, key_text.to_vec()).await else {
            return;
        };
        drop(key_text);
        let unchanged = self
            .vault
            .with_value(|v| v.as_ref().is_some_and(|v| v.wrapped_key() == &old_wrap[..]));
        if !unchanged || !self.is_unlocked() || !stored_wrap_is(&old_wrap) {
            return;
        }
        let Some(Ok(stronger)) = self
            .vault
            .with_value(|v| v.as_ref().map(|v| v.rewrapped(wrapped)))
        else {
            return;
        };
        // The dossier as it is in memory: storing it is an ordinary save, edits included.
        let Ok(sealed) = self.dossier.with_untracked(|d| stronger.seal(d)) else {
            return;
        };
        if storage::save_vault(&sealed).is_err() {
            return;
        }
        self.vault.set_value(Some(stronger));
        record_timing("rewrap", started);
    }
}

/// Whether the stored vault still carries this wrap (nobody else wrote a new one meanwhile).
fn stored_wrap_is(wrap: &[u8]) -> bool {
    match storage::load_vault() {
        Ok(Stored::Vault(text)) => {
            SealedVault::from_text(&text).is_ok_and(|sealed| sealed.wrapped_key() == wrap)
        }
        _ => false,
    }
}
