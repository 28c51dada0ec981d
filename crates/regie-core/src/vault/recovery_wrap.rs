//! The helpers' way in: the dossier key wrapped a second time, with the recovery secret that
//! the helpers' cards split (see [`crate::recovery`]), beside the passphrase wrap.
//!
//! The wrap is a standard age passphrase file whose passphrase is the secret's text form. The
//! secret is 128 random bits, not something a person chose, so it needs no slow KDF against
//! guessing: the wrap is made at [`RECOVERY_WORK_FACTOR`], a few milliseconds.
//!
//! Making new cards replaces the wrap (with a new secret and a new card set), so the cards
//! made before it stop opening the dossier as soon as the vault sealed after it is stored.

use std::io::Read;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::{
    b64, decrypting, encrypt, encrypt_with_passphrase, DossierKey, OpenVault, SealError,
    SealedVault, UnlockError,
};
use crate::model::Dossier;
use crate::recovery::{self, Card, CardSet, Gathered, HelperPlan, Progress};

/// The scrypt work factor of the recovery wrap: 2^10. Its passphrase is 128 random bits.
pub const RECOVERY_WORK_FACTOR: u8 = 10;

/// The recovery wrap as the vault stores it: which card set opens it, how many cards of how
/// many, and the wrapped key. Nothing here names a helper (their names are in the dossier).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryWrap {
    set: CardSet,
    helpers: u8,
    threshold: u8,
    /// An age file (scrypt, the recovery secret as passphrase) whose plaintext is the key.
    #[serde(with = "b64")]
    key: Vec<u8>,
}

impl std::fmt::Debug for RecoveryWrap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecoveryWrap")
            .field("set", &self.set)
            .field("helpers", &self.helpers)
            .field("threshold", &self.threshold)
            .field("key_bytes", &self.key.len())
            .finish()
    }
}

impl RecoveryWrap {
    pub fn set(&self) -> CardSet {
        self.set
    }

    pub fn plan(&self) -> HelperPlan {
        HelperPlan::new(self.helpers.into(), self.threshold.into())
            .expect("checked when read and when made")
    }

    /// Where recovering starts: no cards yet, waiting for cards of this set.
    pub fn gathering(&self) -> Gathered {
        Gathered::new(self.set, self.threshold.into())
    }

    /// The same card set and plan with another key under the same secret (see
    /// [`OpenVault::adopt_cards`]).
    pub(super) fn with_key(&self, key: Vec<u8>) -> RecoveryWrap {
        RecoveryWrap {
            key,
            ..self.clone()
        }
    }

    /// Opens the dossier key with the cards gathered for this wrap's set. No slow KDF.
    pub fn open_key(&self, gathered: &Gathered) -> Result<DossierKey, RecoverError> {
        if let Progress::NeedMore { have, need } = gathered.progress() {
            return Err(RecoverError::NotEnoughCards { have, need });
        }
        let secret = gathered.secret().ok_or(RecoverError::CardsDoNotOpen)?;
        let mut reader = decrypting(&self.key[..], &secret.passphrase()).map_err(|e| match e {
            UnlockError::WrongPassphrase => RecoverError::CardsDoNotOpen,
            _ => RecoverError::Corrupt,
        })?;
        let mut text = zeroize::Zeroizing::new(Vec::new());
        reader
            .read_to_end(&mut text)
            .map_err(|_| RecoverError::Corrupt)?;
        DossierKey::from_secret_text(&text).map_err(|_| RecoverError::Corrupt)
    }

    /// A quick look when the vault is read: a plan that can be, and a wrap that starts as an
    /// age passphrase file does. Not a parse of the age header: reading a stored vault is on
    /// the first screen, which carries no age; a wrap that only looks right is refused as
    /// damaged when the cards open it.
    pub(super) fn check(&self) -> Result<(), UnlockError> {
        const SCRYPT_FILE: &[u8] = b"age-encryption.org/v1\n-> scrypt ";
        let plan_ok = HelperPlan::new(self.helpers.into(), self.threshold.into()).is_ok();
        let key_ok = self.key.starts_with(SCRYPT_FILE);
        if plan_ok && key_ok {
            Ok(())
        } else {
            Err(UnlockError::Corrupt)
        }
    }
}

/// Why recovering with cards did not open the dossier. Nothing is changed by any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecoverError {
    #[error("this dossier has no helpers set up")]
    NoHelpers,
    #[error("more cards are needed ({have} of {need})")]
    NotEnoughCards { have: usize, need: usize },
    /// Enough cards of the right set that still do not open the key: cards of the same set
    /// number but another split, which only a forged card could give.
    #[error("these cards do not open this dossier")]
    CardsDoNotOpen,
    #[error("the stored dossier is damaged")]
    Corrupt,
    #[error("the new passphrase could not be set")]
    SealFailed,
}

/// Opens the dossier key with the cards gathered for the vault's current set. No slow KDF.
pub fn recover_key(sealed: &SealedVault, gathered: &Gathered) -> Result<DossierKey, RecoverError> {
    let wrap = sealed.recovery.as_ref().ok_or(RecoverError::NoHelpers)?;
    wrap.open_key(gathered)
}

impl OpenVault {
    /// The vault with a recovery wrap read from storage (or none): what unlocking with the
    /// passphrase in a worker adds to [`OpenVault::from_parts`], so saving keeps the helpers.
    pub fn with_recovery(mut self, recovery: Option<RecoveryWrap>) -> OpenVault {
        self.recovery = recovery;
        self
    }

    /// The helpers' recovery wrap this vault keeps, if any.
    pub fn recovery(&self) -> Option<&RecoveryWrap> {
        self.recovery.as_ref()
    }

    /// Makes a new recovery secret and one card per helper, and wraps the dossier key with the
    /// secret. Replaces any earlier wrap: once a vault sealed after this is stored, earlier
    /// cards open nothing.
    pub fn make_cards(&mut self, plan: HelperPlan) -> Result<Vec<Card>, SealError> {
        let (secret, set, cards) = recovery::new_cards(plan);
        let mut recipient = age::scrypt::Recipient::new(secret.passphrase());
        recipient.set_work_factor(RECOVERY_WORK_FACTOR);
        let key = encrypt(&recipient, &self.key_text())?;
        self.recovery = Some(RecoveryWrap {
            set,
            helpers: plan.helpers() as u8,
            threshold: plan.threshold() as u8,
            key,
        });
        Ok(cards)
    }

    /// Stops the helpers' way in: the vault sealed after this holds no recovery wrap.
    pub fn stop_cards(&mut self) {
        self.recovery = None;
    }

    /// Opens a vault with enough helpers' cards when the passphrase is forgotten, sets the new
    /// passphrase and makes new cards for as many helpers as before (the old ones stop
    /// working once the result is stored). Runs the passphrase KDF once.
    pub fn recover(
        sealed: &SealedVault,
        gathered: &Gathered,
        new_passphrase: &SecretString,
    ) -> Result<(OpenVault, Dossier, Vec<Card>), RecoverError> {
        let plan = sealed
            .recovery
            .as_ref()
            .ok_or(RecoverError::NoHelpers)?
            .plan();
        let key = recover_key(sealed, gathered)?;
        let wrapped = encrypt_with_passphrase(&key.secret_text(), new_passphrase)
            .map_err(|_| RecoverError::SealFailed)?;
        let mut vault = OpenVault::from_parts(key, wrapped);
        let dossier = vault.open(sealed).map_err(|_| RecoverError::Corrupt)?;
        let cards = vault
            .make_cards(plan)
            .map_err(|_| RecoverError::SealFailed)?;
        Ok((vault, dossier, cards))
    }
}

#[cfg(test)]
mod tests;
