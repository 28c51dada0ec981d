//! Herstelhelpers: making the helpers' cards in settings, and opening the dossier with
//! enough of them when the passphrase is forgotten. The cards are shown once and never
//! stored; the dossier keeps only the helpers' first names and dates.

use leptos::prelude::*;
use regie_core::catalogue::{RecoveryText, Text};
use regie_core::model::{Dossier, Helpers};
use regie_core::recovery::{Card, Gathered, HelperPlan};
use regie_core::share::qr_svg;
use regie_core::vault::{self, CopyError, DossierKey, OpenVault, RecoveryWrap, SealedVault};
use regie_core::zeroize::Zeroizing;

use super::backup::DocumentSource;
use super::{storage_error_text, transfer, Session};
use crate::i18n::Said;
use crate::platform::backup_stream::{Opener, RestoreStream};
use crate::platform::clock::perf_now;
use crate::platform::clock::today;
use crate::platform::files::{self, File};
use crate::platform::kdf;
use crate::platform::storage::{self, Stored};

/// One helper's card as shown and printed: in memory only, gone on lock.
#[derive(Clone, PartialEq)]
pub struct PrintedCard {
    pub name: String,
    pub words: Zeroizing<String>,
    pub qr_svg: String,
    pub threshold: usize,
}

fn printed(cards: &[Card], names: &[String]) -> Result<Vec<PrintedCard>, Text> {
    cards
        .iter()
        .zip(names)
        .map(|(card, name)| {
            let words = card.words();
            Ok(PrintedCard {
                name: name.clone(),
                qr_svg: qr_svg(&words).ok_or(Text::ErrSaveFailed)?,
                words,
                threshold: card.threshold(),
            })
        })
        .collect()
}

/// The names for new cards after recovering: those kept in the dossier, else "1", "2", ….
fn names_for(dossier: &Dossier, helpers: usize) -> Vec<String> {
    let kept = dossier.settings.helpers.as_ref().map(|h| h.names.clone());
    match kept {
        Some(names) if names.len() == helpers => names,
        _ => (1..=helpers).map(|i| i.to_string()).collect(),
    }
}

impl Session {
    /// Makes new cards for these helpers (replacing any earlier ones) and stores the vault
    /// with the new recovery wrap at once, so earlier cards stop working now.
    pub fn make_helper_cards(&self, names: Vec<String>, threshold: usize) -> Result<(), Text> {
        let plan = HelperPlan::new(names.len(), threshold).map_err(|_| Text::ErrSaveFailed)?;
        let cards = self
            .vault
            .try_update_value(|v| v.as_mut().map(|v| v.make_cards(plan)))
            .flatten()
            .ok_or(Text::ErrSaveFailed)?
            .map_err(|_| Text::ErrSaveFailed)?;
        let shown = printed(&cards, &names)?;
        self.dossier.update(|d| {
            d.settings.helpers = Some(Helpers::new(names, threshold as u8, today()));
        });
        self.save_now();
        self.fresh_cards.set(Some(shown));
        Ok(())
    }

    /// Stops the helpers' way in; the cards open nothing once this is stored.
    pub fn stop_helpers(&self) {
        self.vault.update_value(|v| {
            if let Some(v) = v {
                v.stop_cards();
            }
        });
        self.dossier.update(|d| d.settings.helpers = None);
        self.fresh_cards.set(None);
        self.save_now();
    }

    /// The client says the helpers still have their cards.
    pub fn helpers_checked(&self) {
        self.edit(|d| {
            if let Some(h) = &mut d.settings.helpers {
                h.checked = Some(today());
            }
        });
    }

    /// Where gathering cards starts, for the stored vault: nothing gathered, this vault's set.
    pub fn start_gathering(&self) -> Result<Gathered, Said> {
        let sealed = stored_vault()?;
        sealed
            .recovery()
            .map(|wrap| wrap.gathering())
            .ok_or(Said::from(RecoveryText::ErrRecoverNoHelpers))
    }

    /// Whether the gathered cards open the stored dossier's key, before a new passphrase is
    /// asked for (no slow KDF: the cards' wrap is quick to try).
    pub fn check_cards(&self, gathered: &Gathered) -> Result<(), Said> {
        let sealed = stored_vault()?;
        vault::recover_key(&sealed, gathered)
            .map(drop)
            .map_err(|e| e.text().into())
    }

    /// Opens the stored dossier with enough cards, sets the new passphrase (its KDF in the
    /// worker), makes new cards for as many helpers as before and stores it all. Until the
    /// last step nothing is stored; the old cards stop working once it is.
    pub async fn recover(&self, gathered: &Gathered, new: Zeroizing<String>) -> Result<(), Text> {
        vault::check_guessable(&new).map_err(|problem| problem.text())?;
        transfer::settle_unfinished().await;
        let sealed = stored_vault()?;
        let plan = sealed
            .recovery()
            .map(|w| w.plan())
            .ok_or(Text::ErrCorrupt)?;
        // Checked by `check_cards` before the passphrase was asked for.
        let key = vault::recover_key(&sealed, gathered).map_err(|_| Text::ErrCorrupt)?;
        let key_text = key.secret_text();
        let remembered = new.clone();
        let wrapped = kdf::encrypt(new, key_text.to_vec())
            .await
            .map_err(|_| Text::ErrSaveFailed)?;
        let key = DossierKey::from_secret_text(&key_text).map_err(|e| e.text())?;
        let mut vault = OpenVault::from_parts(key, wrapped);
        let mut dossier = vault.open(&sealed).map_err(|e| e.text())?;
        let names = names_for(&dossier, plan.helpers());
        let cards = vault.make_cards(plan).map_err(|_| Text::ErrSaveFailed)?;
        let shown = printed(&cards, &names)?;
        dossier.settings.helpers = Some(Helpers::new(names, plan.threshold() as u8, today()));
        let sealed = vault.seal(&dossier).map_err(|_| Text::ErrSaveFailed)?;
        storage::save_vault(&sealed).map_err(storage_error_text)?;
        transfer::finish_after_unlock().await;
        // The new cards first: the screen that follows the opening shows them.
        self.fresh_cards.set(Some(shown));
        self.open(vault, dossier);
        self.passphrase.set_value(Some(remembered));
        Ok(())
    }
}

/// Reads the head of a file picked as a recovery copy: the wrap whose cards open it. A
/// backup, another file or a copy of a newer Regie is told in a sentence.
pub async fn read_copy(file: &File) -> Result<RecoveryWrap, Said> {
    let head = files::head(file, 4096)
        .await
        .map_err(|_| Said::from(Text::ErrImportNotAge))?;
    vault::read_copy_head(&mut &head[..]).map_err(|e| match e {
        CopyError::NotACopy if regie_core::age_shape::is_age_file(&head) => {
            RecoveryText::ErrCopyIsBackup.into()
        }
        CopyError::NotACopy => RecoveryText::ErrCopyNotACopy.into(),
        CopyError::Newer => Text::ErrImportNewer.into(),
        CopyError::Damaged => Text::ErrImportDamaged.into(),
    })
}

impl Session {
    /// Restores a recovery copy on a browser without the dossier, with enough helpers' cards
    /// and a new passphrase: the copy's archive (documents too) goes in as a backup's does,
    /// under a new dossier key that the same cards open (the vault takes the copy's card set
    /// over, wrapped with the secret the cards gave). Nothing is stored until all of it
    /// has been read and checked.
    pub async fn restore_copy(
        &self,
        file: File,
        wrap: RecoveryWrap,
        gathered: Gathered,
        new: Zeroizing<String>,
    ) -> Result<(), Text> {
        vault::check_guessable(&new).map_err(|problem| problem.text())?;
        let started = perf_now();
        if file.size() > regie_core::backup_archive::MAX_BACKUP_FILE_BYTES as f64 {
            return Err(Text::ErrImportTooLarge);
        }
        // Checked before the passphrase was asked for.
        let copy_key = wrap.open_key(&gathered).map_err(|_| Text::ErrCorrupt)?;
        let (stream, opened) =
            RestoreStream::open(&file, Opener::Copy(copy_key.secret_text())).await?;
        drop(copy_key);
        let key_text = OpenVault::new_key_text();
        let wrapped = kdf::encrypt(new.clone(), key_text.to_vec())
            .await
            .map_err(|_| Text::ErrImportStore)?;
        let mut vault =
            OpenVault::from_key_text(&key_text, wrapped).map_err(|_| Text::ErrImportStore)?;
        vault
            .adopt_cards(&wrap, &gathered)
            .map_err(|_| Text::ErrImportStore)?;
        let source = DocumentSource::Stream(stream);
        let read = self
            .stage(opened.dossier, source, vault, new, started)
            .await?;
        self.restore_backup(read).await?;
        // A new passphrase: the start screen asks to check with the helpers.
        let today = today();
        self.edit(move |d| {
            if let Some(h) = &mut d.settings.helpers {
                h.changed = Some(today);
            }
        });
        Ok(())
    }
}

fn stored_vault() -> Result<SealedVault, Text> {
    match storage::load_vault().map_err(storage_error_text)? {
        Stored::Vault(text) => SealedVault::from_text(&text).map_err(|e| e.text().into()),
        Stored::Nothing => Err(Text::ErrCorrupt),
    }
}
