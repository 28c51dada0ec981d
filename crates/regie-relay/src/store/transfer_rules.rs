//! What the store keeps of a transfer, and the one rule for a try at its code, shared by the
//! backends.

use subtle::ConstantTimeEq as _;

pub use crate::secrets::{code_hash, CodeHash, CodeSalt};

use super::TokenHash;

/// A transfer as it is created. The code itself is never stored.
#[derive(Clone, PartialEq, Eq)]
pub struct NewTransfer {
    pub id: String,
    pub code_salt: CodeSalt,
    pub code_hash: CodeHash,
    /// SHA-256 of the cancel token.
    pub cancel_hash: TokenHash,
    pub created_at: i64,
    pub expires_at: i64,
    /// Wrong codes allowed before the transfer is deleted.
    pub tries: u32,
    /// The length of the sealed package (an age file) to come in chunks; counted against
    /// the quota from the start.
    pub content_bytes: u64,
}

impl std::fmt::Debug for NewTransfer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewTransfer")
            .field("expires_at", &self.expires_at)
            .field("tries", &self.tries)
            .field("bytes", &self.content_bytes)
            .finish_non_exhaustive()
    }
}

/// The answer to one try at a transfer's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Release {
    /// The code fits: here is the package; the transfer is deleted.
    Content(Vec<u8>),
    /// The code does not fit. At zero tries left the transfer is deleted.
    WrongCode { tries_left: u32 },
    /// Unknown, received, cancelled, expired, or out of tries.
    Gone,
}

/// What a try comes to, before the backend writes it down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Release,
    Wrong { tries_left: u32 },
    Gone,
}

pub(crate) fn judge(
    salt: &[u8],
    stored: &[u8],
    tries_left: u32,
    expires_at: i64,
    code: &str,
    now: i64,
) -> Verdict {
    if now >= expires_at || tries_left == 0 {
        return Verdict::Gone;
    }
    let Ok(salt) = CodeSalt::try_from(salt) else {
        return Verdict::Gone;
    };
    // Constant time, so answer times reveal nothing about how close a guess came.
    if bool::from(code_hash(&salt, code).ct_eq(stored)) {
        Verdict::Release
    } else {
        Verdict::Wrong {
            tries_left: tries_left - 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_try_is_judged_by_code_tries_and_time() {
        let salt = [7u8; 16];
        let stored = code_hash(&salt, "482913");
        assert_ne!(stored, code_hash(&[8u8; 16], "482913"), "salted");
        assert_eq!(judge(&salt, &stored, 5, 100, "482913", 0), Verdict::Release);
        assert_eq!(
            judge(&salt, &stored, 5, 100, "482914", 0),
            Verdict::Wrong { tries_left: 4 }
        );
        assert_eq!(
            judge(&salt, &stored, 1, 100, "000000", 0),
            Verdict::Wrong { tries_left: 0 }
        );
        assert_eq!(judge(&salt, &stored, 0, 100, "482913", 0), Verdict::Gone);
        assert_eq!(judge(&salt, &stored, 5, 100, "482913", 100), Verdict::Gone);
        assert_eq!(judge(&[1], &stored, 5, 100, "482913", 0), Verdict::Gone);
    }
}
