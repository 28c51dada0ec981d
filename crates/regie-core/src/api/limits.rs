//! The relay's limits on shares, codes, viewers, replies and the activity log, spelled once
//! for the relay and the app.

/// The shortest share the relay accepts: one minute, so a share cannot expire in transit.
pub const MIN_EXPIRES_IN_SECS: u64 = 60;
/// The longest share: 30 days, as promised to clients.
pub const MAX_EXPIRES_IN_SECS: u64 = 30 * 86_400;
/// The highest open limit a share can carry.
pub const MAX_OPENS_LIMIT: u32 = 1_000;
/// The preview holds a recipient label, the sharer and the expiry: a few hundred bytes of
/// plaintext, so anything bigger is not a preview.
pub const MAX_PREVIEW_BYTES: usize = 4 * 1024;
/// A share id is 16 random bytes: guessing one is as hard as guessing a 128-bit key.
pub const SHARE_ID_BYTES: usize = 16;
/// A share id as it appears in paths and links: base64url without padding.
pub const SHARE_ID_LEN: usize = 22;
/// The revoke token is 32 random bytes, base64url without padding.
pub const REVOKE_TOKEN_BYTES: usize = 32;
/// The latest a share may start: 30 days after it was made. Its duration counts from the
/// start, so a share lives at most `MAX_STARTS_IN_SECS + MAX_EXPIRES_IN_SECS`.
pub const MAX_STARTS_IN_SECS: u64 = 30 * 86_400;
/// A spoken code is 4 to 6 digits.
pub const SHARE_CODE_DIGITS: std::ops::RangeInclusive<usize> = 4..=6;
/// Wrong codes that end a share for good. With at most a million codes, this limit, kept
/// by the relay, is what protects the share: not the hash.
pub const SHARE_CODE_TRIES: u32 = 5;

/// The response header of a counted opening that carries the viewer token: 32 random bytes,
/// base64url without padding. The relay keeps only its SHA-256.
pub const VIEWER_TOKEN_HEADER: &str = "regie-viewer-token";
/// The viewer token's length in random bytes.
pub const VIEWER_TOKEN_BYTES: usize = 32;
/// The most viewer tokens a share keeps; later openings still count and get their content,
/// but no token to come back with.
pub const MAX_VIEWERS_PER_SHARE: usize = 64;
/// The largest reply the relay takes: a sealed note, agreement, score or appointment is a
/// few hundred bytes, so 16 KiB leaves room for a long note and none for a file.
pub const MAX_REPLY_BYTES: usize = 16 * 1024;
/// The most replies one share holds at the relay; a deleted reply frees its place.
pub const MAX_REPLIES_PER_SHARE: usize = 50;
/// How long the relay keeps a share's access log and its undecided replies after the share
/// ended: the client can still see who opened it and what came back.
pub const RETENTION_MS: i64 = 30 * 86_400 * 1000;
/// A reply id is 16 random bytes, base64url without padding, like a share id.
pub const REPLY_ID_BYTES: usize = 16;
/// The largest event of a share's activity log the relay takes: one sealed line (who, what,
/// which sections, when) is a few hundred bytes.
pub const MAX_ACTIVITY_BYTES: usize = 2 * 1024;
/// The most events one share's activity log holds at the relay; later ones are refused, so
/// a viewer cannot grow the relay's database without bound.
pub const MAX_ACTIVITY_PER_SHARE: usize = 100;

/// True when `code` is a spoken code: 4 to 6 ASCII digits, nothing else.
pub fn is_share_code(code: &str) -> bool {
    SHARE_CODE_DIGITS.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// The most openings a share's log lists; later openings are counted but not listed, so an
/// unlimited share opened by a crowd cannot grow the relay's database without bound.
pub const MAX_LOGGED_OPENS: usize = MAX_OPENS_LIMIT as usize;

/// The most wrong spoken codes a share's log lists: all of them, since the last one blocks
/// the share and no code is tried after that.
pub const MAX_LOGGED_WRONG_CODES: usize = SHARE_CODE_TRIES as usize;
