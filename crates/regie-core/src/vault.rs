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

use crate::model::{Dossier, ModelError};

/// The vault format this build writes.
pub const VAULT_VERSION: u32 = 1;
const VAULT_FORMAT: &str = "regie-vault";

/// The scrypt work factor (log2 of N) the passphrase wrap is made with. 2^16 takes about half
/// a second in a browser on a modest machine: slow for guessing, bearable for a person.
pub const WORK_FACTOR: u8 = 16;
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
        let vault = OpenVault::from_parts(key, sealed.key.clone());
        let dossier = vault.open(sealed)?;
        Ok((vault, dossier))
    }

    /// The open vault from a key and its passphrase-wrapped form, when the KDF ran elsewhere
    /// (in a Web Worker): `wrapped_key` must be what the key was unwrapped from or wrapped to.
    pub fn from_parts(key: DossierKey, wrapped_key: Vec<u8>) -> OpenVault {
        OpenVault {
            key: key.0,
            wrapped_key,
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
            version: VAULT_VERSION,
            key: self.wrapped_key.clone(),
            dossier: sealed,
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

    fn open_dossier(&self, ciphertext: &[u8]) -> Result<Dossier, UnlockError> {
        let plaintext = zeroize::Zeroizing::new(self.open_bytes(ciphertext)?);
        Dossier::from_json(&plaintext).map_err(|e| match e {
            ModelError::UnsupportedVersion(v) => UnlockError::UnsupportedVersion(v),
            _ => UnlockError::Corrupt,
        })
    }
}

/// Decrypts a standard age file made with a passphrase (`age -p`), refusing more than
/// [`MAX_WORK_FACTOR`]. Used for the wrapped key and for backups.
pub fn decrypt_with_passphrase(
    ciphertext: &[u8],
    passphrase: &SecretString,
) -> Result<zeroize::Zeroizing<Vec<u8>>, UnlockError> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(|_| UnlockError::Corrupt)?;
    if !decryptor.is_scrypt() {
        return Err(UnlockError::Corrupt);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::ExcessiveWork { .. } => UnlockError::TooMuchWork,
            // scrypt has no other way to say "not this passphrase".
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                UnlockError::WrongPassphrase
            }
            _ => UnlockError::Corrupt,
        })?;
    let mut out = zeroize::Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut out)
        .map_err(|_| UnlockError::Corrupt)?;
    Ok(out)
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
    Mismatch,
}

/// The shortest passphrase accepted, in characters. A few ordinary words reach it.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Checks a new passphrase and its confirmation.
pub fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<(), PassphraseProblem> {
    if passphrase.trim().is_empty() {
        return Err(PassphraseProblem::Empty);
    }
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    fn sample() -> Dossier {
        let mut d = Dossier::new();
        d.about.name = "Samira de Vries".into();
        d.story.text = "Ik woon sinds maart in Utrecht. Mijn schulden zijn begonnen toen...".into();
        d
    }

    #[test]
    fn the_kdf_can_run_elsewhere_and_the_parts_make_the_same_vault() {
        // What the worker does: wrap a fresh key's secret text, and unwrap it again.
        let key = DossierKey::generate();
        let wrapped =
            encrypt_with_passphrase(&key.secret_text(), &pass("fiets regen koffie")).unwrap();
        let vault = OpenVault::from_parts(key, wrapped.clone());
        let sealed = vault.seal(&sample()).unwrap();
        assert_eq!(sealed.wrapped_key(), wrapped.as_slice());

        let text =
            decrypt_with_passphrase(sealed.wrapped_key(), &pass("fiets regen koffie")).unwrap();
        let reopened = OpenVault::from_parts(DossierKey::from_secret_text(&text).unwrap(), wrapped);
        assert_eq!(reopened.open(&sealed).unwrap(), sample());
        // And the ordinary unlock agrees.
        let (_, dossier) = OpenVault::unlock(&sealed, &pass("fiets regen koffie")).unwrap();
        assert_eq!(dossier, sample());
        assert_eq!(
            decrypt_with_passphrase(sealed.wrapped_key(), &pass("fiets regen thee")).unwrap_err(),
            UnlockError::WrongPassphrase
        );
        assert!(DossierKey::from_secret_text(b"not a key").is_err());
        assert!(!format!("{:?}", DossierKey::generate()).contains("AGE-SECRET"));
    }

    #[test]
    fn create_then_unlock_gives_the_same_dossier() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let text = sealed.to_text();
        let again = SealedVault::from_text(&text).unwrap();
        let (_, dossier) = OpenVault::unlock(&again, &pass("lange wachtzin hier")).unwrap();
        assert_eq!(dossier, sample());
    }

    #[test]
    fn stored_text_holds_nothing_readable() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let text = sealed.to_text();
        assert!(!text.contains("Samira"));
        assert!(!text.contains("schulden"));
        assert!(!text.contains("wachtzin"));
    }

    #[test]
    fn wrong_passphrase_has_its_own_error() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let err = OpenVault::unlock(&sealed, &pass("lange wachtzin daar")).unwrap_err();
        assert_eq!(err, UnlockError::WrongPassphrase);
    }

    #[test]
    fn saving_reuses_the_wrapped_key_and_reopens() {
        let (vault, first) =
            OpenVault::create(&pass("lange wachtzin hier"), &Dossier::new()).unwrap();
        let sealed = vault.seal(&sample()).unwrap();
        assert_eq!(sealed.key, first.key, "saving must not re-run the KDF");
        let (_, dossier) = OpenVault::unlock(&sealed, &pass("lange wachtzin hier")).unwrap();
        assert_eq!(dossier, sample());
    }

    #[test]
    fn every_flipped_byte_of_the_dossier_is_caught() {
        let (vault, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        // Step through the file so the test stays fast; header, MAC and payload are all hit.
        for i in (0..sealed.dossier.len()).step_by(7) {
            let mut bad = sealed.clone();
            bad.dossier[i] ^= 0x01;
            assert!(
                vault.open_dossier(&bad.dossier).is_err(),
                "flip at {i} went unnoticed"
            );
        }
    }

    #[test]
    fn flipped_wrapped_key_is_not_accepted() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let mut bad = sealed.clone();
        let last = bad.key.len() - 1;
        bad.key[last] ^= 0x80;
        assert!(OpenVault::unlock(&bad, &pass("lange wachtzin hier")).is_err());
    }

    #[test]
    fn truncated_vault_is_corrupt() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let text = sealed.to_text();
        for cut in [0, 1, 10, text.len() / 2, text.len() - 1] {
            assert_eq!(
                SealedVault::from_text(&text[..cut]).unwrap_err(),
                UnlockError::Corrupt
            );
        }
        let mut short = sealed.clone();
        short.dossier.truncate(short.dossier.len() - 20);
        assert_eq!(
            OpenVault::unlock(&short, &pass("lange wachtzin hier")).unwrap_err(),
            UnlockError::Corrupt
        );
    }

    #[test]
    fn newer_vault_version_is_reported_not_overwritten() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let text = sealed.to_text().replace("\"version\":1", "\"version\":7");
        assert_eq!(
            SealedVault::from_text(&text).unwrap_err(),
            UnlockError::UnsupportedVersion(7)
        );
    }

    #[test]
    fn newer_dossier_schema_inside_is_reported() {
        let (vault, _) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let future = vault.seal_bytes(br#"{"schema":99}"#).unwrap();
        assert_eq!(
            vault.open_dossier(&future).unwrap_err(),
            UnlockError::UnsupportedVersion(99)
        );
    }

    #[test]
    fn other_json_is_corrupt() {
        for text in [
            "",
            "null",
            "{}",
            r#"{"format":"other","version":1,"key":"","dossier":""}"#,
        ] {
            assert_eq!(
                SealedVault::from_text(text).unwrap_err(),
                UnlockError::Corrupt
            );
        }
    }

    #[test]
    fn a_hostile_work_factor_is_refused_before_any_work() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        // Raise the scrypt stanza's work factor in the header; age must refuse it before
        // it would run scrypt (the header MAC cannot be checked without the file key).
        let header = String::from_utf8_lossy(&sealed.key).into_owned();
        let stanza_end = header
            .find(" 16\n")
            .expect("stanza carries the work factor");
        let mut bad = sealed.clone();
        bad.key = [
            &sealed.key[..stanza_end],
            b" 30\n",
            &sealed.key[stanza_end + 4..],
        ]
        .concat();
        assert_eq!(
            OpenVault::unlock(&bad, &pass("lange wachtzin hier")).unwrap_err(),
            UnlockError::TooMuchWork
        );
    }

    #[test]
    fn the_pinned_work_factor_is_used() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let header = String::from_utf8_lossy(&sealed.key).into_owned();
        let stanza = header
            .lines()
            .find(|l| l.starts_with("-> scrypt "))
            .unwrap();
        assert!(stanza.ends_with(&format!(" {WORK_FACTOR}")), "{stanza}");
    }

    #[test]
    fn the_wrapped_key_is_a_standard_age_passphrase_file() {
        let (_, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        assert!(sealed.key.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        assert!(sealed
            .dossier
            .starts_with(b"age-encryption.org/v1\n-> X25519 "));
    }

    #[test]
    fn change_passphrase_needs_the_current_one_and_keeps_the_dossier() {
        let (mut vault, _) = OpenVault::create(&pass("eerste wachtzin"), &sample()).unwrap();
        assert_eq!(
            vault.change_passphrase(&pass("niet de goede"), &pass("tweede wachtzin")),
            Err(UnlockError::WrongPassphrase)
        );
        vault
            .change_passphrase(&pass("eerste wachtzin"), &pass("tweede wachtzin"))
            .unwrap();
        let sealed = vault.seal(&sample()).unwrap();
        assert_eq!(
            OpenVault::unlock(&sealed, &pass("eerste wachtzin")).unwrap_err(),
            UnlockError::WrongPassphrase
        );
        assert_eq!(
            OpenVault::unlock(&sealed, &pass("tweede wachtzin"))
                .unwrap()
                .1,
            sample()
        );
    }

    #[test]
    fn a_key_rewrapped_outside_opens_the_same_dossier_without_a_new_kdf_run() {
        let (vault, sealed) = OpenVault::create(&pass("eerste wachtzin"), &sample()).unwrap();
        let key = vault.key_text();
        assert!(vault
            .wrapped_key()
            .starts_with(b"age-encryption.org/v1\n-> scrypt "));
        let rewrapped = encrypt_with_passphrase(&key, &pass("tweede wachtzin")).unwrap();
        let again = OpenVault::from_key_text(&key, rewrapped).unwrap();
        assert_eq!(again.open(&sealed).unwrap(), sample());
        let resealed = again.seal(&sample()).unwrap();
        assert_eq!(
            OpenVault::unlock(&resealed, &pass("tweede wachtzin"))
                .unwrap()
                .1,
            sample()
        );
        // A fresh key, and refusals of a key or wrap that is not one.
        let fresh = OpenVault::new_key_text();
        assert!(std::str::from_utf8(&fresh)
            .unwrap()
            .starts_with("AGE-SECRET-KEY-1"));
        let other = OpenVault::from_key_text(&fresh, vault.wrapped_key().to_vec()).unwrap();
        assert_eq!(other.open(&sealed).unwrap_err(), UnlockError::Corrupt);
        assert!(OpenVault::from_key_text(b"geen sleutel", vault.wrapped_key().to_vec()).is_err());
        assert!(OpenVault::from_key_text(&key, sealed.dossier.clone()).is_err());
    }

    #[test]
    fn debug_output_reveals_no_secret() {
        let (vault, sealed) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let shown = format!("{vault:?} {sealed:?}");
        assert!(!shown.contains("AGE-SECRET-KEY"));
        assert!(!shown.contains("age-encryption"));
    }

    #[test]
    fn documents_round_trip_under_the_dossier_key() {
        let (vault, _) = OpenVault::create(&pass("lange wachtzin hier"), &sample()).unwrap();
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let sealed = vault.seal_bytes(&bytes).unwrap();
        assert_eq!(vault.open_bytes(&sealed).unwrap(), bytes);
    }

    #[test]
    fn passphrase_rules() {
        assert_eq!(check_new_passphrase("", ""), Err(PassphraseProblem::Empty));
        assert_eq!(
            check_new_passphrase("    ", "    "),
            Err(PassphraseProblem::Empty)
        );
        assert_eq!(
            check_new_passphrase("kort", "kort"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("lange wachtzin", "lange wachtzim"),
            Err(PassphraseProblem::Mismatch)
        );
        assert_eq!(
            check_new_passphrase("lange wachtzin", "lange wachtzin"),
            Ok(())
        );
        // Characters, not bytes: ten accented letters are ten.
        assert_eq!(check_new_passphrase("éééééééééé", "éééééééééé"), Ok(()));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// One vault for all cases: the properties are about sealing, not the KDF.
    fn vault() -> &'static OpenVault {
        static VAULT: OnceLock<OpenVault> = OnceLock::new();
        VAULT.get_or_init(|| {
            OpenVault::create(
                &SecretString::from("eigen wachtzin".to_owned()),
                &Dossier::new(),
            )
            .unwrap()
            .0
        })
    }

    proptest! {
        #[test]
        fn any_text_round_trips(name in ".{0,200}", story in ".{0,2000}") {
            let mut d = Dossier::new();
            d.about.name = name;
            d.story.text = story;
            let sealed = vault().seal(&d).unwrap();
            let text = sealed.to_text();
            let back = SealedVault::from_text(&text).unwrap();
            prop_assert_eq!(vault().open_dossier(&back.dossier).unwrap(), d);
        }

        #[test]
        fn any_garbage_is_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            prop_assert!(vault().open_dossier(&bytes).is_err());
            let text = String::from_utf8_lossy(&bytes);
            let _ = SealedVault::from_text(&text);
        }
    }
}
