//! The recovery copy: a backup that the helpers' cards open, downloaded beside each backup
//! made while helpers are set up.
//!
//! The backup itself stays a standalone `age -p` file (age's passphrase recipient must stand
//! alone in a file). The recovery secret is not in memory after unlocking, so a second
//! passphrase file under it cannot be made then. The copy is therefore encrypted to the
//! dossier key's *public* recipient (X25519), which an open vault always has, and carries in
//! front of the age file the recovery wrap of that key (the key under the recovery secret,
//! as the vault stores it). On a wiped browser the cards open the wrap, the wrap gives the
//! dossier key, and the key opens the age file: the same tar archive as the backup.
//!
//! ```text
//! regie-herstelkopie 1\n
//! {"set":…,"helpers":3,"threshold":2,"key":"<age scrypt file, base64>"}\n
//! age-encryption.org/v1 …   (X25519 recipient: the dossier key's)
//! ```
//!
//! A copy opens with the cards of its time: new cards made later replace the vault's wrap,
//! not the one in a copy already downloaded.

use std::io::{Read, Write};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{DossierKey, OpenVault, RecoverError, RecoveryWrap, SealError, UnlockError};
use crate::age_shape::{self, Checked};
use crate::recovery::Gathered;

/// The first line of a recovery copy, before its version number.
const COPY_MAGIC: &str = "regie-herstelkopie ";
/// The copy format this build writes and reads.
pub const COPY_VERSION: u32 = 1;
/// The most the two head lines may take: the wrap is about 300 bytes.
const MAX_HEAD_BYTES: usize = 4096;

/// What writing a recovery copy needs, all of it public: the dossier key's recipient and its
/// recovery wrap. It crosses to the worker that writes backups; no secret is in it.
#[derive(Clone, Serialize, Deserialize)]
pub struct CopyLock {
    recipient: String,
    wrap: RecoveryWrap,
}

impl CopyLock {
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a copy lock always serializes")
    }

    pub fn from_text(text: &str) -> Result<CopyLock, SealError> {
        let lock: CopyLock = serde_json::from_str(text).map_err(|_| SealError)?;
        age::x25519::Recipient::from_str(&lock.recipient).map_err(|_| SealError)?;
        lock.wrap.check().map_err(|_| SealError)?;
        Ok(lock)
    }
}

impl OpenVault {
    /// What a recovery copy of this dossier is written with: `None` without helpers.
    pub fn copy_lock(&self) -> Option<CopyLock> {
        self.recovery.clone().map(|wrap| CopyLock {
            recipient: self.key.to_public().to_string(),
            wrap,
        })
    }

    /// Takes over the helpers of a recovery copy for this vault (a new dossier key after a
    /// restore): wraps this key with the secret the gathered cards give, under the copy's
    /// card set, so the same cards keep opening the restored dossier.
    pub fn adopt_cards(
        &mut self,
        wrap: &RecoveryWrap,
        gathered: &Gathered,
    ) -> Result<(), RecoverError> {
        // Only cards that open the copy's wrap may go on: never a forged set.
        wrap.open_key(gathered)?;
        let secret = gathered.secret().ok_or(RecoverError::CardsDoNotOpen)?;
        let mut recipient = age::scrypt::Recipient::new(secret.passphrase());
        recipient.set_work_factor(super::RECOVERY_WORK_FACTOR);
        let key =
            super::encrypt(&recipient, &self.key_text()).map_err(|_| RecoverError::SealFailed)?;
        self.recovery = Some(wrap.with_key(key));
        Ok(())
    }
}

/// Starts a recovery copy: writes its head, then returns age's stream writer for the archive.
pub fn copy_encrypting<W: Write>(
    mut out: W,
    lock: &CopyLock,
) -> Result<age::stream::StreamWriter<W>, SealError> {
    let recipient = age::x25519::Recipient::from_str(&lock.recipient).map_err(|_| SealError)?;
    let wrap = serde_json::to_string(&lock.wrap).map_err(|_| SealError)?;
    write!(out, "{COPY_MAGIC}{COPY_VERSION}\n{wrap}\n").map_err(|_| SealError)?;
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| SealError)?;
    encryptor.wrap_output(out).map_err(|_| SealError)
}

/// Why a file is not a recovery copy this build opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CopyError {
    #[error("this file is not a recovery copy")]
    NotACopy,
    #[error("this recovery copy was made by a newer version of Regie")]
    Newer,
    #[error("this recovery copy is damaged")]
    Damaged,
}

/// Whether a file's first bytes are those of a recovery copy (of any version).
pub fn is_copy(start: &[u8]) -> bool {
    start.starts_with(COPY_MAGIC.as_bytes())
}

/// Reads a recovery copy's head from `file`, leaving it at the start of the age file: the
/// wrap whose card set and threshold the cards must have.
pub fn read_copy_head<R: Read>(file: &mut R) -> Result<RecoveryWrap, CopyError> {
    let first = read_line(file, MAX_HEAD_BYTES).ok_or(CopyError::NotACopy)?;
    let version = first
        .strip_prefix(COPY_MAGIC)
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or(CopyError::NotACopy)?;
    if version > COPY_VERSION {
        return Err(CopyError::Newer);
    }
    if version == 0 {
        return Err(CopyError::NotACopy);
    }
    let second = read_line(file, MAX_HEAD_BYTES).ok_or(CopyError::Damaged)?;
    let wrap: RecoveryWrap = serde_json::from_str(&second).map_err(|_| CopyError::Damaged)?;
    wrap.check().map_err(|_| CopyError::Damaged)?;
    Ok(wrap)
}

/// One line of at most `limit` bytes, without its `\n`; `None` past the limit, at the end of
/// the file, or when it is not text. Reads a byte at a time, so nothing after it is taken.
fn read_line<R: Read>(file: &mut R, limit: usize) -> Option<String> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match file.read(&mut byte) {
            Ok(1) if byte[0] == b'\n' => return String::from_utf8(line).ok(),
            Ok(1) if line.len() < limit => line.push(byte[0]),
            Ok(0) => return None,
            Ok(_) => return None,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// Opens the age file after a copy's head with the dossier key the cards gave, as a stream
/// of the archive. A passphrase file is refused here: it is a backup, not a copy.
pub fn copy_decrypting<R: Read>(
    rest: R,
    key: &DossierKey,
) -> Result<age::stream::StreamReader<Checked<R>>, UnlockError> {
    let decryptor = age_shape::decryptor(rest).map_err(|_| UnlockError::Corrupt)?;
    if decryptor.is_scrypt() {
        return Err(UnlockError::Corrupt);
    }
    decryptor
        .decrypt(std::iter::once(&key.0 as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => UnlockError::WrongPassphrase,
            _ => UnlockError::Corrupt,
        })
}

#[cfg(test)]
mod tests;
