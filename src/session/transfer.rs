//! The client's side of moving the dossier to a new phone: the old phone packs what it
//! stores (all of it still sealed), seals the package to a one-time key and hands it to the
//! relay; the new phone fetches it with the code, opens it with the key from the link, and
//! stores it before the old dossier is given up. The rules live in `regie_core::transfer`.

use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text};
use regie_core::share::{qr_svg, ShareKey};
use regie_core::transfer::{
    aside_id, from_aside, group_code, open_package, read_code, seal_package, KeptAside, MoveError,
    MoveLink, MovePackage, MovedDocument,
};
use regie_core::vault::{DossierKey, OpenVault, SealedVault, UnlockError};
use regie_core::zeroize::Zeroizing;

use crate::platform::blobs;
use crate::platform::clock::{perf_now, record_timing};
use crate::platform::kdf;
use crate::platform::location;
use crate::platform::relay::{self, Errand, RelayError};
use crate::platform::storage::{self, Stored};
use crate::session::{SaveState, Session};

/// A move under way, as the old phone shows it. The link exists only here and in the QR code.
#[derive(Clone)]
pub struct MadeMove {
    pub id: String,
    pub cancel_token: String,
    pub link: String,
    pub qr_svg: String,
    /// Grouped for reading: "482 913".
    pub code: String,
    pub expires_at: i64,
}

impl Session {
    /// Packs and sends the stored dossier. Nothing on this phone changes.
    pub async fn start_move(&self) -> Result<MadeMove, Text> {
        let started = perf_now();
        // What moves is what is stored: the latest edits must be in it.
        self.flush();
        if matches!(self.save_state.get_untracked(), SaveState::Failed(_)) {
            return Err(Text::ErrMoveUnsaved);
        }
        let vault = match storage::load_vault() {
            Ok(Stored::Vault(text)) => text,
            _ => return Err(Text::ErrMoveUnsaved),
        };
        let ids: Vec<String> = self
            .dossier
            .with_untracked(|d| d.documents.files.iter().map(|f| f.id.0.clone()).collect());
        let mut documents = Vec::with_capacity(ids.len());
        for id in ids {
            match blobs::get(&id).await {
                Ok(Some(data)) => documents.push(MovedDocument { id, data }),
                _ => return Err(Text::ErrMoveDocuments),
            }
        }
        let key = ShareKey::generate();
        let sealed = seal_package(&key, &MovePackage { vault, documents })
            .map_err(|_| Text::ErrShareRefused)?;
        let created = relay::create_transfer(&sealed)
            .await
            .map_err(|e| e.text(Errand::Move))?;
        let origin = location::origin();
        let link = MoveLink {
            id: created.id.clone(),
            key,
        }
        .to_url(&origin);
        let qr_svg = qr_svg(&link).ok_or(Text::ErrShareRefused)?;
        record_timing("move-start", started);
        Ok(MadeMove {
            id: created.id,
            cancel_token: created.cancel_token,
            link,
            qr_svg,
            code: group_code(&created.code),
            expires_at: created.expires_at,
        })
    }
}

/// Ends a move at the relay. One the relay no longer knows is as good as ended.
pub async fn cancel(made: &MadeMove) -> Result<(), Text> {
    match relay::cancel_transfer(&made.id, &made.cancel_token).await {
        Err(RelayError::Offline) => Err(RelayError::Offline.text(Errand::CancelMove)),
        // Whatever else the relay answers, the move is over there.
        _ => Ok(()),
    }
}

/// The moving link in the address bar, if the page was opened with one (even a broken one).
pub fn link_in_address() -> Option<String> {
    let hash = location::fragment();
    MoveLink::is_move_link(&hash).then_some(hash)
}

/// Shows the receiving page when a moving link is opened in a tab that already runs the app
/// (only the fragment changes, so the page does not load again). An open dossier is locked
/// first, so that its autosave cannot write over the dossier being received.
pub fn watch_address(session: Session, receiving: RwSignal<bool>) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if link_in_address().is_some() && !receiving.get_untracked() {
            if session.is_unlocked() && !session.lock(None) {
                // Edits that cannot be saved stay on screen with their error.
                return;
            }
            receiving.set(true);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Takes the key out of the address bar, so it is neither bookmarked nor synced.
pub fn forget_address_key() {
    location::forget_fragment();
}

/// Why receiving did not work; a wrong code says how many tries are left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiveProblem {
    Plain(Text),
    WrongCode(u32),
}

impl ReceiveProblem {
    /// The sentence for it, with the number of tries left.
    pub fn words(self, lang: Lang) -> String {
        match self {
            ReceiveProblem::Plain(text) => text.get(lang).to_owned(),
            ReceiveProblem::WrongCode(n) => regie_core::transfer::code_tries_left_words(n, lang),
        }
    }

    /// True when this move cannot succeed any more and the page should stop asking.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ReceiveProblem::WrongCode(0)
                | ReceiveProblem::Plain(
                    Text::ErrMoveGone | Text::ErrMoveDamaged | Text::ErrMoveNewer
                )
        )
    }
}

/// Asks the relay for the package with the typed code and opens it. Nothing is stored.
pub async fn fetch(
    link: StoredValue<Option<MoveLink>>,
    typed: &str,
) -> Result<MovePackage, ReceiveProblem> {
    let code = read_code(typed).map_err(|e| ReceiveProblem::Plain(e.text()))?;
    let started = perf_now();
    let id = link
        .with_value(|l| l.as_ref().map(|l| l.id.clone()))
        .ok_or(ReceiveProblem::Plain(Text::ErrLinkBroken))?;
    let bytes = relay::receive_transfer(&id, code)
        .await
        .map_err(|e| match e {
            RelayError::WrongCode(n) => ReceiveProblem::WrongCode(n),
            e => ReceiveProblem::Plain(e.text(Errand::Receive)),
        })?;
    let package = link
        .with_value(|l| match l {
            Some(l) => open_package(&l.key, &bytes),
            None => Err(MoveError::WrongKey),
        })
        .map_err(|e| {
            ReceiveProblem::Plain(match e {
                MoveError::UnsupportedVersion => Text::ErrMoveNewer,
                MoveError::WrongKey | MoveError::Corrupt => Text::ErrMoveDamaged,
            })
        })?;
    record_timing("move-fetch", started);
    Ok(package)
}

/// Where the vault of the dossier that a received one replaced waits (sealed, as it was
/// stored) until the received one has been unlocked once.
pub const PREVIOUS_VAULT_KEY: &str = "regie.vault.previous";

/// What this browser keeps aside from a move-in.
pub fn kept_aside() -> KeptAside {
    let stored = match storage::load_vault() {
        Ok(Stored::Vault(text)) => Some(text),
        _ => None,
    };
    let previous = storage::get(PREVIOUS_VAULT_KEY);
    KeptAside::of(stored.as_deref(), previous.as_deref())
}

/// Checks a passphrase by really unlocking the stored dossier (in memory; nothing changes).
pub async fn check_passphrase(passphrase: Zeroizing<String>) -> Result<(), Text> {
    let Ok(Stored::Vault(text)) = storage::load_vault() else {
        return Ok(());
    };
    let sealed = SealedVault::from_text(&text).map_err(|e| e.text())?;
    let key_text = kdf::decrypt(passphrase, sealed.wrapped_key().to_vec())
        .await
        .map_err(|e| match e {
            UnlockError::WrongPassphrase => Text::ErrReceivePassphraseWrong,
            e => e.text().into(),
        })?;
    let key = DossierKey::from_secret_text(&key_text).map_err(|e| e.text())?;
    OpenVault::from_parts(key, sealed.wrapped_key().to_vec())
        .open(&sealed)
        .map(|_| ())
        .map_err(|e| e.text().into())
}

/// Stores a received package in place of what this phone held, keeping the old dossier
/// aside: first the old vault (as it is stored), then each old document the package would
/// overwrite, then the package's documents, and last the new vault in one write. Nothing of
/// the old dossier is removed here; that waits for the first unlock of the new one (see
/// [`finish_after_unlock`]). On failure the old vault is still the stored one, and the
/// package can be stored again.
pub async fn store(package: &MovePackage) -> Result<(), Text> {
    let started = perf_now();
    let sealed = SealedVault::from_text(&package.vault).map_err(|_| Text::ErrMoveDamaged)?;
    let stored = match storage::load_vault() {
        Ok(Stored::Vault(text)) => Some(text),
        _ => None,
    };
    // A dossier received earlier and not opened yet is not the one to keep: the one that
    // waits aside already is.
    if let (Some(old), None) = (&stored, storage::get(PREVIOUS_VAULT_KEY)) {
        storage::set(PREVIOUS_VAULT_KEY, old).map_err(|_| Text::ErrReceiveStore)?;
    }
    let held = blobs::ids().await.map_err(|_| Text::ErrReceiveStore)?;
    for doc in &package.documents {
        let aside = aside_id(&doc.id);
        if stored.is_some() && held.contains(&doc.id) && !held.contains(&aside) {
            match blobs::get(&doc.id).await {
                Ok(Some(old)) if old != doc.data => blobs::put(&aside, &old)
                    .await
                    .map_err(|_| Text::ErrReceiveStore)?,
                Ok(_) => {}
                Err(_) => return Err(Text::ErrReceiveStore),
            }
        }
        blobs::put(&doc.id, &doc.data)
            .await
            .map_err(|_| Text::ErrReceiveStore)?;
    }
    storage::save_vault(&sealed).map_err(|_| Text::ErrReceiveStore)?;
    record_timing("move-store", started);
    Ok(())
}

/// Puts the dossier that was kept aside back in place, with its documents. Each step is one
/// write and may be repeated, so a tab closed halfway finishes the way back on the next try.
pub async fn go_back() -> Result<(), Text> {
    let Some(previous) = storage::get(PREVIOUS_VAULT_KEY) else {
        return Ok(());
    };
    let sealed = SealedVault::from_text(&previous).map_err(|e| e.text())?;
    storage::save_vault(&sealed).map_err(|_| Text::ErrReceiveStore)?;
    for id in blobs::ids().await.map_err(|_| Text::ErrReceiveStore)? {
        let Some(original) = from_aside(&id) else {
            continue;
        };
        if let Ok(Some(data)) = blobs::get(&id).await {
            blobs::put(original, &data)
                .await
                .map_err(|_| Text::ErrReceiveStore)?;
        }
        let _ = blobs::delete(&id).await;
    }
    storage::remove(PREVIOUS_VAULT_KEY);
    Ok(())
}

/// Before any unlock: a move-in that stopped halfway goes back to the old dossier, so that
/// it opens whole.
pub async fn settle_unfinished() {
    if kept_aside() == KeptAside::Unfinished {
        let _ = go_back().await;
    }
}

/// After an unlock: once the received dossier has been opened, the old one kept aside goes.
/// Its documents that the new one does not name are removed with the other orphans.
pub async fn finish_after_unlock() {
    if kept_aside() != KeptAside::AwaitingFirstUnlock {
        return;
    }
    storage::remove(PREVIOUS_VAULT_KEY);
    for id in blobs::ids().await.unwrap_or_default() {
        if from_aside(&id).is_some() {
            let _ = blobs::delete(&id).await;
        }
    }
}

/// Whether this browser already holds a dossier that receiving would replace.
pub fn has_stored_dossier() -> bool {
    matches!(storage::load_vault(), Ok(Stored::Vault(_)))
}
