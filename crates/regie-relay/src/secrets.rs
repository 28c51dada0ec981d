//! Every random token and every hash the relay makes, in one place.

use std::net::IpAddr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// SHA-256 of a revoke token. The token itself is never stored.
pub type TokenHash = [u8; 32];
/// A client address, hashed (see [`client_hash`]): quotas and limits need to tell
/// clients apart, not to know who they are.
pub type ClientHash = [u8; 32];
/// The random key of a day's client-address hashes.
pub type ClientSecret = [u8; 32];

/// Random salt per transfer, so equal codes never hash alike.
pub type CodeSalt = [u8; 16];
/// SHA-256 of the salt and the code.
pub type CodeHash = [u8; 32];

/// What a code's hash starts with; PostgreSQL hashes codes the same way in SQL.
pub const CODE_HASH_PREFIX: &[u8] = b"regie transfer code v1\0";

/// The system has no randomness to give: nothing secret can be made.
#[derive(Debug, thiserror::Error)]
#[error("no randomness: {0}")]
pub struct NoRandomness(getrandom::Error);

pub fn random_bytes<const N: usize>() -> Result<[u8; N], NoRandomness> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(NoRandomness)?;
    Ok(bytes)
}

/// `N` random bytes as base64url without padding: share ids, revoke and cancel tokens.
pub fn random_token<const N: usize>() -> Result<String, NoRandomness> {
    Ok(URL_SAFE_NO_PAD.encode(random_bytes::<N>()?))
}

/// What the store keeps of a bearer token.
pub fn token_hash(token: &str) -> TokenHash {
    Sha256::digest(token.as_bytes()).into()
}

/// The hash kept of a transfer code. A six-digit code is no secret against someone holding
/// the database (a million guesses are instant); the hash keeps it out of dumps and
/// backups, and the relay's limit on tries is what protects the transfer.
pub fn code_hash(salt: &CodeSalt, code: &str) -> CodeHash {
    let mut hasher = Sha256::new();
    hasher.update(CODE_HASH_PREFIX);
    hasher.update(salt);
    hasher.update(code.as_bytes());
    hasher.finalize().into()
}

/// What a share code's HMAC covers before the code, so it never matches a transfer's hash.
const SHARE_CODE_CONTEXT: &[u8] = b"regie share code v1\0";

/// The hash kept of a share's spoken code: HMAC-SHA-256 keyed by the share's own random
/// salt. As with transfer codes, a code of at most six digits is no secret against someone
/// holding the database; what protects the share is the relay's limit of five wrong codes.
pub fn share_code_hash(salt: &CodeSalt, code: &str) -> CodeHash {
    use hmac::Mac as _;
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(salt).expect("HMAC takes any key");
    mac.update(SHARE_CODE_CONTEXT);
    mac.update(code.as_bytes());
    mac.finalize().into_bytes().into()
}

/// What a client hash covers before the purpose and the address.
const CLIENT_CONTEXT: &[u8] = b"regie client v2\0";

/// The key under which a client's quota and request counts are kept in the database, per
/// purpose: HMAC-SHA-256 under the day's secret (see `client_key`), so a dump shows no
/// addresses, and a hash cannot be matched to one by trying them all without the secret.
pub fn client_hash(secret: &ClientSecret, purpose: &str, client: IpAddr) -> ClientHash {
    use hmac::Mac as _;
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key");
    mac.update(CLIENT_CONTEXT);
    mac.update(purpose.as_bytes());
    mac.update(&[0]);
    match client {
        IpAddr::V4(v4) => mac.update(&v4.octets()),
        IpAddr::V6(v6) => mac.update(&v6.octets()),
    }
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashes_apart() {
        let a = random_token::<16>().unwrap();
        assert_eq!(a.len(), 22);
        assert_ne!(a, random_token::<16>().unwrap());
        let ip: IpAddr = [192, 0, 2, 1].into();
        let key = [7; 32];
        assert_eq!(client_hash(&key, "open", ip), client_hash(&key, "open", ip));
        assert_ne!(
            client_hash(&key, "open", ip),
            client_hash(&key, "create", ip)
        );
        assert_ne!(
            client_hash(&key, "open", ip),
            client_hash(&key, "open", [192, 0, 2, 2].into())
        );
        assert_ne!(
            client_hash(&key, "open", ip),
            client_hash(&[8; 32], "open", ip)
        );
        assert_ne!(code_hash(&[1; 16], "123456"), code_hash(&[2; 16], "123456"));
        let salt = [3; 16];
        assert_eq!(
            share_code_hash(&salt, "4821"),
            share_code_hash(&salt, "4821")
        );
        assert_ne!(
            share_code_hash(&salt, "4821"),
            share_code_hash(&salt, "4822")
        );
        assert_ne!(
            share_code_hash(&salt, "4821"),
            share_code_hash(&[4; 16], "4821")
        );
        assert_ne!(share_code_hash(&salt, "482193"), code_hash(&salt, "482193"));
    }
}
