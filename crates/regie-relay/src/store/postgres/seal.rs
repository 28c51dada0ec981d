//! The relay's own layer over the age ciphertext it holds in PostgreSQL: each share's
//! chunks and preview are sealed with XChaCha20-Poly1305 under a random key of that share.
//! Deleting the key (and rewriting the key table) makes whatever is left of the sealed bytes
//! in table pages, WAL or backups unreadable, which a plain `DELETE` cannot promise.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::secrets::random_bytes;
use crate::store::{Result, StoreError};

pub const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
/// What sealing adds to each part: its nonce and the tag.
pub const OVERHEAD: usize = NONCE_BYTES + 16;

/// Where sealed bytes belong; bound into the tag, so a chunk cannot be moved to another
/// share or place by anyone who can write the tables.
#[derive(Clone, Copy)]
pub enum Part {
    Preview,
    Chunk(u32),
    /// Chunk `n` of a transfer's package.
    TransferChunk(u32),
    /// A reply; its id is the share's and the reply's, `share/reply`.
    Reply,
}

pub fn new_key() -> Result<[u8; KEY_BYTES]> {
    random_bytes::<KEY_BYTES>().map_err(StoreError::backend)
}

fn context(id: &str, part: Part) -> Vec<u8> {
    let mut aad = b"regie relay seal v1\0".to_vec();
    match part {
        Part::Preview => aad.extend_from_slice(b"preview\0"),
        Part::Reply => aad.extend_from_slice(b"reply\0"),
        Part::TransferChunk(n) => {
            aad.extend_from_slice(b"transfer chunk\0");
            aad.extend_from_slice(&n.to_be_bytes());
        }
        Part::Chunk(n) => {
            aad.extend_from_slice(b"chunk\0");
            aad.extend_from_slice(&n.to_be_bytes());
        }
    }
    aad.extend_from_slice(id.as_bytes());
    aad
}

fn cipher(key: &[u8]) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(key)
        .map_err(|_| StoreError::backend("a share key of the wrong length"))
}

/// A random nonce, then the sealed bytes.
pub fn seal(key: &[u8], id: &str, part: Part, plain: &[u8]) -> Result<Vec<u8>> {
    let nonce = random_bytes::<NONCE_BYTES>().map_err(StoreError::backend)?;
    let aad = context(id, part);
    let sealed = cipher(key)?
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: &aad,
            },
        )
        .map_err(|_| StoreError::backend("sealing failed"))?;
    let mut out = Vec::with_capacity(NONCE_BYTES + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

pub fn unseal(key: &[u8], id: &str, part: Part, sealed: &[u8]) -> Result<Vec<u8>> {
    if sealed.len() < NONCE_BYTES {
        return Err(StoreError::backend("sealed bytes too short"));
    }
    let (nonce, body) = sealed.split_at(NONCE_BYTES);
    let aad = context(id, part);
    cipher(key)?
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: body,
                aad: &aad,
            },
        )
        .map_err(|_| StoreError::backend("stored bytes do not match their share key"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_only_in_their_place() {
        let key = new_key().unwrap();
        let sealed = seal(&key, "abc", Part::Chunk(3), b"age bytes").unwrap();
        assert!(!sealed.windows(9).any(|w| w == b"age bytes"));
        assert_eq!(sealed.len(), 9 + OVERHEAD);
        assert_eq!(
            unseal(&key, "abc", Part::Chunk(3), &sealed).unwrap(),
            b"age bytes"
        );
        assert!(unseal(&key, "abc", Part::Chunk(4), &sealed).is_err());
        assert!(unseal(&key, "abd", Part::Chunk(3), &sealed).is_err());
        assert!(unseal(&key, "abc", Part::Preview, &sealed).is_err());
        assert!(unseal(&new_key().unwrap(), "abc", Part::Chunk(3), &sealed).is_err());
    }
}
