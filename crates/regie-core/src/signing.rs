//! The dossier's signing key and its check words.
//!
//! Every dossier holds an Ed25519 key pair ([`DossierSigningKey`], inside the sealed dossier,
//! so backups and moves carry it). Every share is signed with it (see [`crate::share`]), and
//! the viewer verifies the signature before it shows anything. The public key, turned into a
//! few Dutch words ([`CheckWords`]), names the dossier: the client's phone and the
//! professional's viewer show the same words only for a share that this dossier signed.
//!
//! The words: SHA-256 over a fixed label and the 32-byte public key; the first 50 bits, ten
//! at a time, pick five words from a fixed list of 1,024. Two dossiers have the same words
//! with a chance of 1 in 2^50 (about 1 in 10^15); someone who wants a key with a given
//! dossier's words has to try about 2^50 keys for them.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

pub(crate) mod words;

/// How many check words name a dossier.
pub const CHECK_WORD_COUNT: usize = 5;
/// Bits of the key's hash that the words carry: ten per word.
pub const CHECK_WORD_BITS: u32 = 10 * CHECK_WORD_COUNT as u32;
/// The label hashed before the key, so the words come from no other use of SHA-256.
const WORDS_LABEL: &[u8] = b"regie check words v1\n";

/// The dossier's secret signing key. Lives only inside the sealed dossier; a share never
/// carries it ([`crate::model::Dossier::with_only`] leaves it out). `Debug` is redacted, and
/// the key is zeroized on drop.
#[derive(Clone)]
pub struct DossierSigningKey(SigningKey);

impl DossierSigningKey {
    /// A fresh random key, from the operating system's (or the browser's) generator.
    pub fn generate() -> DossierSigningKey {
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::getrandom(&mut seed[..]).expect("the platform has a random source");
        DossierSigningKey(SigningKey::from_bytes(&seed))
    }

    /// The public half: what a share carries and what the words are made from.
    pub fn signer(&self) -> Signer25519 {
        Signer25519(self.0.verifying_key())
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }

    #[cfg(test)]
    pub(crate) fn from_seed(seed: [u8; 32]) -> DossierSigningKey {
        DossierSigningKey(SigningKey::from_bytes(&seed))
    }

    #[cfg(test)]
    pub(crate) fn seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }
}

impl PartialEq for DossierSigningKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.verifying_key() == other.0.verifying_key()
    }
}

impl Eq for DossierSigningKey {}

impl std::fmt::Debug for DossierSigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DossierSigningKey(<redacted>)")
    }
}

/// Stored as the base64 of the 32-byte Ed25519 seed, inside the sealed dossier only.
impl Serialize for DossierSigningKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let seed = zeroize::Zeroizing::new(self.0.to_bytes());
        let text = zeroize::Zeroizing::new(B64.encode(&seed[..]));
        s.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for DossierSigningKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = zeroize::Zeroizing::new(String::deserialize(d)?);
        let bytes = zeroize::Zeroizing::new(
            B64.decode(text.as_bytes())
                .map_err(|_| serde::de::Error::custom("the signing key is not base64"))?,
        );
        let mut seed: [u8; 32] = bytes[..]
            .try_into()
            .map_err(|_| serde::de::Error::custom("the signing key has the wrong length"))?;
        let key = DossierSigningKey(SigningKey::from_bytes(&seed));
        zeroize::Zeroize::zeroize(&mut seed);
        Ok(key)
    }
}

/// Reads the dossier's `signing_key` field, taking a damaged one as none: a new key is then
/// made (the words change), but the dossier itself still opens with everything in it.
pub(crate) fn lenient<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DossierSigningKey>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).ok())
}

/// A dossier's public signing key, as a share carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signer25519(VerifyingKey);

impl Signer25519 {
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// Reads 32 bytes; `None` when they are no valid Ed25519 public key.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signer25519> {
        let bytes: [u8; 32] = bytes.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(Signer25519)
    }

    /// Checks a signature made by [`DossierSigningKey::sign`] over `message`, strictly (no
    /// small-order keys, no malleable signatures).
    pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(signature) = Signature::from_slice(signature) else {
            return false;
        };
        !self.0.is_weak() && self.0.verify_strict(message, &signature).is_ok()
    }

    /// The words that name this key's dossier.
    pub fn check_words(&self) -> CheckWords {
        CheckWords::of(&self.to_bytes())
    }
}

/// The words that name a dossier, the same on every device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckWords(pub [&'static str; CHECK_WORD_COUNT]);

impl CheckWords {
    /// The words of a 32-byte public key.
    pub fn of(public_key: &[u8; 32]) -> CheckWords {
        let mut hash = Sha256::new();
        hash.update(WORDS_LABEL);
        hash.update(public_key);
        let digest = hash.finalize();
        // The first 64 bits, big-endian; the top 50 of them, ten at a time.
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        let bits = u64::from_be_bytes(first);
        let mut words = [""; CHECK_WORD_COUNT];
        for (i, word) in words.iter_mut().enumerate() {
            let index = (bits >> (64 - 10 * (i as u32 + 1))) & 0x3ff;
            *word = words::word(index as usize);
        }
        CheckWords(words)
    }

    /// The fixed list the words come from, in order.
    pub fn list() -> Vec<&'static str> {
        words::WORDS.split(' ').collect()
    }
}

impl std::fmt::Display for CheckWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join(" "))
    }
}

/// SHA-256 of some bytes (the content a share's signature covers).
pub(crate) fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

#[cfg(test)]
mod tests;
