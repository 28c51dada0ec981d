//! Shares: a read-only snapshot of chosen sections, sealed with age to a fresh key that
//! travels only in the link's `#fragment` (browsers never send it to a server).
//!
//! Link: `<origin>/v#1.<share id>.<key>`
//! - `1` is the link format version;
//! - the share id is 22 base64url characters (128 random bits, picked by the app and signed
//!   with the share, see [`ShareTerms`]; the relay picks one for an earlier app);
//! - the key is an age X25519 secret key in its Bech32 form without the
//!   `AGE-SECRET-KEY-1` prefix, in lower case: 58 characters.
//!
//! The whole link stays far below what a version-10 QR code holds. The relay stores two age
//! files per share: a small *preview* (who shared, with whom, until when), shown before the
//! recipient presses open, and the *snapshot* itself.
//!
//! Every share is signed by the dossier it comes from (see [`crate::signing`]). The preview's
//! plaintext is a signed envelope, [`SIGNED_PREVIEW_VERSION`] (see [`signed`]):
//!
//! ```text
//! {"v": 3,
//!  "preview": base64 of the preview JSON (the SharePreview, exactly as signed),
//!  "content": hex SHA-256 of the content's plaintext (snapshot JSON or bundle),
//!  "share": {"id": the share id, "starts": ms or null, "max_opens": n or null, "code": bool},
//!  "signer": base64 of the dossier's Ed25519 public key,
//!  "signature": base64 of the Ed25519 signature over signed_message(...)}
//! ```
//!
//! The signature covers the link version, the preview's exact bytes (its end, `expires`,
//! and its reply recipient among them), the content's hash and the share's terms: its id,
//! start, open limit and whether it needs a code. So a field added to the preview is covered
//! without a change here. The viewer checks the envelope before it shows anything, the
//! relay's settings against the signed terms ([`bound`]), and the content's hash before it
//! shows the content; a share without a valid signature (one made by hand, or from before
//! signing) is refused. A share signed before its terms were (envelope version 2) still
//! opens, until its signed end.

pub mod activity;
pub mod bound;
pub mod events;
pub mod signed;

pub use signed::{
    open_envelope, open_preview, read_envelope, read_signed_preview, ShareTerms, SignedPreview,
    VerifiedPreview, SIGNED_PREVIEW_VERSION, UNBOUND_PREVIEW_VERSION,
};

/// The link format this build writes and reads.
pub const LINK_VERSION: &str = "1";
/// The path of the viewer page.
pub const VIEW_PATH: &str = "/v";
/// The format version of preview and snapshot plaintexts.
pub const SNAPSHOT_VERSION: u32 = 1;

const KEY_PREFIX: &str = "age-secret-key-1";
const KEY_LEN: usize = 58;
/// Longer than any link we make, with room for an origin; anything longer is not ours.
const MAX_FRAGMENT_LEN: usize = 200;

mod link;
mod snapshot;
mod timing;
mod words;

/// The share link as a QR code (see [`crate::qr`]).
pub use crate::qr::{qr_inline, qr_svg, qr_version, MAX_QR_VERSION};
pub(crate) use link::read_link_parts;
pub use link::{LinkError, ShareKey, ShareLink};
pub(crate) use snapshot::read_versioned;
pub use snapshot::*;
pub use timing::*;

pub mod standing;

#[cfg(test)]
mod tests;
