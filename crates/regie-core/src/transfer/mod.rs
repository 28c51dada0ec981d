//! Moving the dossier to a new phone, through the relay.
//!
//! The old phone packs what it stores, as it stores it: the vault text (already sealed under
//! the passphrase) and every document's ciphertext (already encrypted to the dossier key).
//! That *package* is sealed once more with age, to a fresh one-time X25519 key, and handed to
//! the relay. The relay answers with a transfer id and a six-digit *code*; it keeps the code
//! only as a salted hash.
//!
//! Link: `<origin>/#move=1.<transfer id>.<key>` — id and key as in a share link
//! ([`crate::share`]); the key stays in the `#fragment`, which browsers never send.
//!
//! The new phone opens the link, the person types the code, and the relay hands the sealed
//! package out once: after [`MAX_CODE_TRIES`] wrong codes, after one release, or
//! [`TRANSFER_LIFETIME_SECS`] after creation, it is gone, and every one of these answers the
//! same 404. The new phone then asks for the passphrase, as with any stored dossier.
//!
//! Package (the plaintext of the age file), JSON, version 1:
//!
//! ```json
//! {"format":"regie-move","v":1,
//!  "vault":"<the stored vault text>",
//!  "documents":[{"id":"<document id>","data":"<standard base64 of its age file>"}]}
//! ```
//!
//! Relay API:
//!
//! | route                                | request                      | success                   | failure                        |
//! |--------------------------------------|------------------------------|---------------------------|--------------------------------|
//! | `POST /api/transfers`                | raw age file (the package)   | 201 [`TransferCreated`]   | 400, 413, 429                  |
//! | `POST /api/transfers/{id}/receive`   | [`ReceiveTransfer`] JSON     | 200 raw age file, deleted | 403 [`WrongCode`], 404, 429    |
//! | `POST /api/transfers/{id}/cancel`    | `Authorization: Bearer <t>`  | 204                       | 404                            |

/// Where the transfer API lives.
pub const TRANSFERS_PATH: &str = "/api/transfers";
/// A transfer lives ten minutes at most: long enough to pick up a second phone and type a
/// code, short enough that a forgotten one is soon gone.
pub const TRANSFER_LIFETIME_SECS: u64 = 600;
/// Wrong codes allowed before the relay deletes the transfer. With six digits a guesser has
/// five chances in a million.
pub const MAX_CODE_TRIES: u32 = 5;
/// The code's length in digits.
pub const CODE_DIGITS: usize = 6;
/// What starts a moving link's fragment, before the link format version.
pub const MOVE_FRAGMENT_PREFIX: &str = "move=";
/// The package format version this build writes and reads.
pub const PACKAGE_VERSION: u32 = 1;
const PACKAGE_FORMAT: &str = "regie-move";
/// Longer than any link we make; anything longer is not ours.
const MAX_FRAGMENT_LEN: usize = 200;
/// Document ids are short generated strings; this only keeps nonsense out.
const MAX_DOCUMENT_ID_LEN: usize = 100;

/// Path that releases a transfer to whoever knows the code.
pub fn receive_path(id: &str) -> String {
    format!("{TRANSFERS_PATH}/{id}/receive")
}

/// Path that cancels a transfer (needs the cancel token).
pub fn cancel_path(id: &str) -> String {
    format!("{TRANSFERS_PATH}/{id}/cancel")
}

mod aside;
mod code;
mod link;
mod messages;
mod package;
mod words;

pub use aside::*;
pub use code::*;
pub use link::*;
pub use messages::*;
pub use package::*;
pub use words::code_tries_left_words;

#[cfg(test)]
mod tests;
