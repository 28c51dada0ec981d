//! The client's side of moving the dossier to a new phone: the old phone packs what it
//! stores (all of it still sealed), seals the package to a one-time key and hands it to the
//! relay; the new phone fetches it with the code, opens it with the key from the link, and
//! stores it before the old dossier is given up. The rules live in `regie_core::transfer`.

use leptos::prelude::*;
use regie_core::catalogue::{words, Lang, Text};
use regie_core::share::{qr_svg, ShareKey};
use regie_core::transfer::{
    group_code, open_package, read_code, seal_package, MoveError, MoveLink, MovePackage,
    MovedDocument,
};
use regie_core::vault::SealedVault;

use crate::platform::blobs;
use crate::platform::clock::{perf_now, record_timing};
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
            ReceiveProblem::WrongCode(n) => words::code_tries_left_words(n, lang),
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

/// Stores a received package in place of what this phone held: documents first, then the
/// vault in one write, so until that write the old dossier is whole; only then are the old
/// documents removed. On failure the old vault stays, and the package can be stored again.
pub async fn store(package: &MovePackage) -> Result<(), Text> {
    let started = perf_now();
    let sealed = SealedVault::from_text(&package.vault).map_err(|_| Text::ErrMoveDamaged)?;
    for doc in &package.documents {
        blobs::put(&doc.id, &doc.data)
            .await
            .map_err(|_| Text::ErrReceiveStore)?;
    }
    storage::save_vault(&sealed).map_err(|_| Text::ErrReceiveStore)?;
    let old_ids = blobs::ids().await.unwrap_or_default();
    for id in old_ids {
        if !package.documents.iter().any(|d| d.id == id) {
            // Encrypted to the old dossier's key and no longer referenced: only space.
            let _ = blobs::delete(&id).await;
        }
    }
    record_timing("move-store", started);
    Ok(())
}

/// Whether this browser already holds a dossier that receiving would replace.
pub fn has_stored_dossier() -> bool {
    matches!(storage::load_vault(), Ok(Stored::Vault(_)))
}
