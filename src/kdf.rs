#![allow(dead_code)] // used by backups and passphrase changes as they land
//! Passphrase encryption (age scrypt): the slow part of unlocking, creating, backups and
//! passphrase changes. Callers await these; the work may run off the main thread.

use regie_core::vault::{self, SealError, UnlockError};
use regie_core::zeroize::Zeroizing;

/// Encrypts `plaintext` into a standard age file under `passphrase` (what `age -p` makes).
pub async fn encrypt(
    passphrase: Zeroizing<String>,
    plaintext: Vec<u8>,
) -> Result<Vec<u8>, SealError> {
    let secret = vault::passphrase(passphrase);
    vault::encrypt_with_passphrase(&plaintext, &secret)
}

/// Decrypts a standard age file made with a passphrase.
pub async fn decrypt(
    passphrase: Zeroizing<String>,
    ciphertext: Vec<u8>,
) -> Result<Zeroizing<Vec<u8>>, UnlockError> {
    let secret = vault::passphrase(passphrase);
    vault::decrypt_with_passphrase(&ciphertext, &secret)
}
