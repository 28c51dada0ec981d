//! Writes a `POST /api/shares` body with real age files to standard output, for
//! `scripts/bench-relay.sh`.
//!
//! Usage: `bench_share [CONTENT_BYTES]` (default 10240). No open limit, one hour.

use std::io::Write as _;

use regie_core::api::{raw_share_body, CreateShareParams};

#[path = "../tests/common/age_file.rs"]
mod age_file;
use age_file::age_file;

fn main() {
    let size: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("CONTENT_BYTES is a number"))
        .unwrap_or(10 * 1024);
    // The age header and tags take a few hundred bytes; pad the plaintext so the file is
    // about the requested size.
    let overhead = age_file(b"").len();
    let content = age_file(&vec![b'x'; size.saturating_sub(overhead)]);
    let params = CreateShareParams {
        expires_in_secs: 3600,
        max_opens: None,
        ..CreateShareParams::default()
    };
    let body = raw_share_body(&params, &age_file(b"bench"), &content);
    std::io::stdout()
        .write_all(&body)
        .expect("standard output takes the body");
}
