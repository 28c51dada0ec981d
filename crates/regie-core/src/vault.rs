//! The vault: how a dossier is kept sealed on the device.
//!
//! At creation a random age X25519 identity becomes the *dossier key*. The key is stored
//! wrapped with the passphrase (age scrypt recipient), and the dossier is sealed to the key's
//! recipient. So unlocking runs the slow KDF once, and every save after that is a fast X25519
//! encryption that never touches the passphrase.
//!
//! Only a [`SealedVault`] can be turned into bytes for storage; an [`OpenVault`] holds the key
//! in memory, cannot be cloned or serialized, and zeroizes it on drop (age's identity type
//! does that for its secret scalar).

use std::io::{Read, Write};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::age_shape::{self, Checked};
use crate::model::{Dossier, ModelError};
use crate::passphrase::Weakness;

/// The newest vault format this build reads and writes. Version 1 holds the passphrase wrap
/// and the dossier; version 2 adds the helpers' recovery wrap ([`RecoveryWrap`]). A vault
/// without helpers is still written as version 1, so an older Regie keeps opening it; one
/// with helpers is version 2, so an older Regie says it is newer rather than saving it
/// without the recovery wrap.
pub const VAULT_VERSION: u32 = 2;
const VAULT_VERSION_WITHOUT_HELPERS: u32 = 1;
const VAULT_FORMAT: &str = "regie-vault";

/// The scrypt work factor (log2 of N) every new passphrase wrap and backup is made with: 2^17,
/// as OWASP advises, since a backup file can be attacked offline. About a second in a browser
/// on a modest machine: slow for guessing, bearable for a person once per unlock.
pub const WORK_FACTOR: u8 = 17;
/// The highest work factor accepted when unlocking, so a vault made elsewhere with a slightly
/// higher factor still opens, but a hostile file cannot make a cheap phone burn minutes.
pub const MAX_WORK_FACTOR: u8 = 18;

/// Why a vault could not be opened. Each kind gets its own sentence in the app.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UnlockError {
    #[error("the passphrase is not right")]
    WrongPassphrase,
    #[error("the stored dossier is damaged")]
    Corrupt,
    #[error("the stored dossier was made by a newer version of Regie (version {0})")]
    UnsupportedVersion(u32),
    #[error("the stored dossier asks for more work to unlock than this device allows")]
    TooMuchWork,
}

/// Why sealing failed. Only a broken age library could cause it; the caller keeps the
/// dossier in memory and says so.
#[derive(Debug, thiserror::Error)]
#[error("the dossier could not be encrypted")]
pub struct SealError;

/// The sealed form of the dossier: the only form that reaches storage or the network.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedVault {
    format: String,
    version: u32,
    /// An age file (scrypt recipient) whose plaintext is the dossier key.
    #[serde(with = "b64")]
    key: Vec<u8>,
    /// An age file (X25519 recipient) whose plaintext is the dossier as JSON.
    #[serde(with = "b64")]
    dossier: Vec<u8>,
    /// The dossier key wrapped with the helpers' recovery secret, when helpers are set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovery: Option<RecoveryWrap>,
}

impl std::fmt::Debug for SealedVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedVault")
            .field("version", &self.version)
            .field("key_bytes", &self.key.len())
            .field("dossier_bytes", &self.dossier.len())
            .finish()
    }
}

impl SealedVault {
    /// The stored text form (JSON with base64 fields).
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a sealed vault always serializes")
    }

    /// Reads the stored text form. The version is checked before anything else so that a
    /// vault from a newer Regie is reported as such, not as damage.
    pub fn from_text(text: &str) -> Result<SealedVault, UnlockError> {
        #[derive(Deserialize)]
        struct Head {
            format: String,
            version: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| UnlockError::Corrupt)?;
        if head.format != VAULT_FORMAT {
            return Err(UnlockError::Corrupt);
        }
        if head.version > VAULT_VERSION {
            return Err(UnlockError::UnsupportedVersion(head.version));
        }
        let vault: SealedVault = serde_json::from_str(text).map_err(|_| UnlockError::Corrupt)?;
        if vault.key.is_empty() || vault.dossier.is_empty() {
            return Err(UnlockError::Corrupt);
        }
        if let Some(recovery) = &vault.recovery {
            recovery.check()?;
        }
        Ok(vault)
    }

    /// Size of the sealed dossier in bytes (for storage figures).
    pub fn dossier_len(&self) -> usize {
        self.dossier.len()
    }

    /// The passphrase-wrapped dossier key: a standard age file (scrypt) whose plaintext is
    /// the key's secret text. Unwrapping it is the slow step of unlocking.
    pub fn wrapped_key(&self) -> &[u8] {
        &self.key
    }

    /// The helpers' recovery wrap, when helpers are set up.
    pub fn recovery(&self) -> Option<&RecoveryWrap> {
        self.recovery.as_ref()
    }
}

/// A dossier key outside a vault: freshly made, or just unwrapped with the passphrase.
/// `Debug` is redacted; age zeroizes the secret on drop.
pub struct DossierKey(age::x25519::Identity);

impl std::fmt::Debug for DossierKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DossierKey(<redacted>)")
    }
}

impl DossierKey {
    pub fn generate() -> DossierKey {
        DossierKey(age::x25519::Identity::generate())
    }

    /// The secret text that the passphrase wraps (age's `AGE-SECRET-KEY-1...` form).
    pub fn secret_text(&self) -> zeroize::Zeroizing<Vec<u8>> {
        zeroize::Zeroizing::new(self.0.to_string().expose_secret().as_bytes().to_vec())
    }

    /// Reads the secret text back, as unwrapping gives it.
    pub fn from_secret_text(text: &[u8]) -> Result<DossierKey, UnlockError> {
        let text = std::str::from_utf8(text).map_err(|_| UnlockError::Corrupt)?;
        age::x25519::Identity::from_str(text.trim())
            .map(DossierKey)
            .map_err(|_| UnlockError::Corrupt)
    }
}

/// The dossier key while the vault is open. Not `Clone`, not `Serialize`; `Debug` is redacted.
pub struct OpenVault {
    key: age::x25519::Identity,
    /// The passphrase-wrapped key, kept so that saving never runs the KDF again.
    wrapped_key: Vec<u8>,
    /// The helpers' wrap of the same key, kept across saves and passphrase changes.
    recovery: Option<RecoveryWrap>,
}

impl std::fmt::Debug for OpenVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OpenVault(<redacted>)")
    }
}

impl OpenVault {
    /// Makes a new dossier key, wraps it with the passphrase and seals the first dossier.
    /// Runs the KDF once.
    pub fn create(
        passphrase: &SecretString,
        dossier: &Dossier,
    ) -> Result<(OpenVault, SealedVault), SealError> {
        let key = DossierKey::generate();
        let wrapped_key = encrypt_with_passphrase(&key.secret_text(), passphrase)?;
        let vault = OpenVault::from_parts(key, wrapped_key);
        let sealed = vault.seal(dossier)?;
        Ok((vault, sealed))
    }

    /// Opens a sealed vault with the passphrase. Runs the KDF once.
    pub fn unlock(
        sealed: &SealedVault,
        passphrase: &SecretString,
    ) -> Result<(OpenVault, Dossier), UnlockError> {
        let key_text = decrypt_with_passphrase(&sealed.key, passphrase)?;
        let key = DossierKey::from_secret_text(&key_text)?;
        let vault =
            OpenVault::from_parts(key, sealed.key.clone()).with_recovery(sealed.recovery.clone());
        let dossier = vault.open(sealed)?;
        Ok((vault, dossier))
    }

    /// The open vault from a key and its passphrase-wrapped form, when the KDF ran elsewhere
    /// (in a Web Worker): `wrapped_key` must be what the key was unwrapped from or wrapped to.
    pub fn from_parts(key: DossierKey, wrapped_key: Vec<u8>) -> OpenVault {
        OpenVault {
            key: key.0,
            wrapped_key,
            recovery: None,
        }
    }

    /// Opens the dossier of a sealed vault made with this key (no KDF): after unlocking, and
    /// to pick up what another tab of the same dossier saved.
    pub fn open(&self, sealed: &SealedVault) -> Result<Dossier, UnlockError> {
        self.open_dossier(&sealed.dossier)
    }

    /// The passphrase-wrapped key that every save stores (a standard age passphrase file):
    /// opening it with a typed passphrase proves that the passphrase is this dossier's.
    pub fn wrapped_key(&self) -> &[u8] {
        &self.wrapped_key
    }

    /// Seals the dossier for storage: fast, no KDF.
    pub fn seal(&self, dossier: &Dossier) -> Result<SealedVault, SealError> {
        let sealed = self.seal_bytes(&dossier.to_json())?;
        Ok(SealedVault {
            format: VAULT_FORMAT.into(),
            version: if self.recovery.is_some() {
                VAULT_VERSION
            } else {
                VAULT_VERSION_WITHOUT_HELPERS
            },
            key: self.wrapped_key.clone(),
            dossier: sealed,
            recovery: self.recovery.clone(),
        })
    }

    /// Encrypts any bytes (a document, say) to the dossier key.
    pub fn seal_bytes(&self, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        encrypt(&self.key.to_public(), plaintext)
    }

    /// Decrypts bytes that [`OpenVault::seal_bytes`] made.
    pub fn open_bytes(&self, ciphertext: &[u8]) -> Result<Vec<u8>, UnlockError> {
        let decryptor = age::Decryptor::new(ciphertext).map_err(|_| UnlockError::Corrupt)?;
        let mut reader = decryptor
            .decrypt(std::iter::once(&self.key as &dyn age::Identity))
            .map_err(|_| UnlockError::Corrupt)?;
        let mut out = Vec::with_capacity(ciphertext.len());
        reader
            .read_to_end(&mut out)
            .map_err(|_| UnlockError::Corrupt)?;
        Ok(out)
    }

    /// Checks the current passphrase, then wraps the same dossier key with a new one. The
    /// dossier itself is not re-encrypted, so this costs two KDF runs and nothing more.
    pub fn change_passphrase(
        &mut self,
        current: &SecretString,
        new: &SecretString,
    ) -> Result<(), UnlockError> {
        decrypt_with_passphrase(&self.wrapped_key, current)?;
        self.wrapped_key =
            encrypt_with_passphrase(&self.key_text(), new).map_err(|_| UnlockError::Corrupt)?;
        Ok(())
    }

    /// The dossier key as text, for wrapping it with a new passphrase through the app's KDF
    /// runner. Zeroized on drop; never stored or shown.
    pub fn key_text(&self) -> zeroize::Zeroizing<Vec<u8>> {
        zeroize::Zeroizing::new(self.key.to_string().expose_secret().as_bytes().to_vec())
    }

    /// A new, random dossier key as text (for a dossier restored on a device without one).
    pub fn new_key_text() -> zeroize::Zeroizing<Vec<u8>> {
        DossierKey::generate().secret_text()
    }

    /// An open vault from a key (as [`OpenVault::key_text`] gives it) and that key wrapped
    /// with a passphrase (an age passphrase file of the key text, made by the caller's KDF
    /// runner). Checks that the key reads and that the wrapped form is an age passphrase file;
    /// it cannot check the passphrase without running the KDF again.
    pub fn from_key_text(key_text: &[u8], wrapped_key: Vec<u8>) -> Result<OpenVault, UnlockError> {
        let key = DossierKey::from_secret_text(key_text)?;
        let wrapped_ok = age::Decryptor::new(&wrapped_key[..])
            .map(|d| d.is_scrypt())
            .unwrap_or(false);
        if !wrapped_ok {
            return Err(UnlockError::Corrupt);
        }
        Ok(OpenVault::from_parts(key, wrapped_key))
    }

    /// The same key under a new wrap of it (made by the caller's KDF runner from
    /// [`OpenVault::key_text`] and the passphrase that just opened it): for raising an older
    /// vault's work factor. The caller stores a vault sealed with the result first and only
    /// then keeps using it, so a tab that dies in between still has the old, working wrap.
    pub fn rewrapped(&self, wrapped_key: Vec<u8>) -> Result<OpenVault, UnlockError> {
        Ok(OpenVault::from_key_text(&self.key_text(), wrapped_key)?
            .with_recovery(self.recovery.clone()))
    }

    fn open_dossier(&self, ciphertext: &[u8]) -> Result<Dossier, UnlockError> {
        let plaintext = zeroize::Zeroizing::new(self.open_bytes(ciphertext)?);
        Dossier::from_json(&plaintext).map_err(|e| match e {
            ModelError::UnsupportedVersion(v) => UnlockError::UnsupportedVersion(v),
            _ => UnlockError::Corrupt,
        })
    }
}

/// The scrypt work factor of a passphrase-wrapped key or backup (the `-> scrypt <salt> <n>`
/// stanza of its age header), or `None` when it is no readable age passphrase file.
pub fn work_factor(ciphertext: &[u8]) -> Option<u8> {
    // The header is text up to the MAC line; the stanza is its second line.
    let head = ciphertext.get(..ciphertext.len().min(256))?;
    let mut lines = head.split(|&b| b == b'\n');
    if lines.next()? != b"age-encryption.org/v1" {
        return None;
    }
    let stanza = std::str::from_utf8(lines.next()?).ok()?;
    match stanza.split(' ').collect::<Vec<_>>()[..] {
        ["->", "scrypt", _salt, n] => n.parse().ok(),
        _ => None,
    }
}

/// Whether a passphrase wrap was made with less work than this build's [`WORK_FACTOR`], so the
/// next successful unlock should wrap the key again (see [`OpenVault::rewrapped`]).
pub fn needs_stronger_wrap(wrapped_key: &[u8]) -> bool {
    work_factor(wrapped_key).is_some_and(|n| n < WORK_FACTOR)
}

/// Decrypts a standard age file made with a passphrase (`age -p`), refusing more than
/// [`MAX_WORK_FACTOR`]. Used for the wrapped key and for backups.
pub fn decrypt_with_passphrase(
    ciphertext: &[u8],
    passphrase: &SecretString,
) -> Result<zeroize::Zeroizing<Vec<u8>>, UnlockError> {
    let mut reader = decrypting(ciphertext, passphrase)?;
    let mut out = zeroize::Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut out)
        .map_err(|_| UnlockError::Corrupt)?;
    Ok(out)
}

/// Starts an age file under `passphrase` at the vault's work factor; what is written to the
/// result comes out encrypted, a chunk at a time, into `out`.
pub fn encrypting<W: Write>(
    out: W,
    passphrase: &SecretString,
) -> Result<age::stream::StreamWriter<W>, SealError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| SealError)?;
    encryptor.wrap_output(out).map_err(|_| SealError)
}

/// Opens an age file made with a passphrase as a stream of plaintext, refusing more work than
/// the vault accepts. Damage later in the file shows as a read error on the stream; a header
/// past the limits of [`age_shape`] is refused before more of the file is read.
pub fn decrypting<R: Read>(
    file: R,
    passphrase: &SecretString,
) -> Result<age::stream::StreamReader<Checked<R>>, UnlockError> {
    // The header is read within hard limits first, so a hostile file is refused at once.
    let decryptor = age_shape::decryptor(file).map_err(|_| UnlockError::Corrupt)?;
    if !decryptor.is_scrypt() {
        return Err(UnlockError::Corrupt);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::ExcessiveWork { .. } => UnlockError::TooMuchWork,
            // scrypt has no other way to say "not this passphrase".
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                UnlockError::WrongPassphrase
            }
            _ => UnlockError::Corrupt,
        })
}

/// Encrypts bytes into a standard age file under a passphrase (what `age -p` makes), at
/// [`WORK_FACTOR`]. Runs the KDF once.
pub fn encrypt_with_passphrase(
    plaintext: &[u8],
    passphrase: &SecretString,
) -> Result<Vec<u8>, SealError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(WORK_FACTOR);
    encrypt(&recipient, plaintext)
}

fn encrypt(recipient: &dyn age::Recipient, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient)).map_err(|_| SealError)?;
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|_| SealError)?;
    writer.write_all(plaintext).map_err(|_| SealError)?;
    writer.finish().map_err(|_| SealError)?;
    Ok(out)
}

/// Wraps a typed passphrase as a secret without copying it; both forms zeroize on drop.
pub fn passphrase(mut typed: zeroize::Zeroizing<String>) -> SecretString {
    SecretString::from(std::mem::take(&mut *typed))
}

/// What is wrong with a passphrase someone wants to set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    Empty,
    TooShort,
    /// Long enough, but among the first an attacker would try.
    Guessable(Weakness),
    Mismatch,
}

/// The shortest passphrase accepted, in characters. A few ordinary words reach it.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Checks a new passphrase (length, then how guessable it is) and its confirmation.
pub fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<(), PassphraseProblem> {
    check_length(passphrase)?;
    check_guessable(passphrase)?;
    check_confirmation(passphrase, confirmation)
}

/// What the first screen checks before it hands a new passphrase on: length and
/// confirmation. How guessable it is, [`check_guessable`], is checked by the second part when
/// it creates the dossier, so that the word list stays out of the first download.
pub fn check_passphrase_form(
    passphrase: &str,
    confirmation: &str,
) -> Result<(), PassphraseProblem> {
    check_length(passphrase)?;
    check_confirmation(passphrase, confirmation)
}

fn check_length(passphrase: &str) -> Result<(), PassphraseProblem> {
    if passphrase.trim().is_empty() {
        return Err(PassphraseProblem::Empty);
    }
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    Ok(())
}

/// Refuses a passphrase among the first an attacker would try.
pub fn check_guessable(passphrase: &str) -> Result<(), PassphraseProblem> {
    match crate::passphrase::weakness(passphrase) {
        Some(weakness) => Err(PassphraseProblem::Guessable(weakness)),
        None => Ok(()),
    }
}

fn check_confirmation(passphrase: &str, confirmation: &str) -> Result<(), PassphraseProblem> {
    if passphrase != confirmation {
        return Err(PassphraseProblem::Mismatch);
    }
    Ok(())
}

mod b64 {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&B64.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        B64.decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

mod recovery_copy;
mod recovery_wrap;
mod words;
pub use recovery_copy::{
    copy_decrypting, copy_encrypting, is_copy, read_copy_head, CopyError, CopyLock, COPY_VERSION,
};
pub use recovery_wrap::{recover_key, RecoverError, RecoveryWrap, RECOVERY_WORK_FACTOR};

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
