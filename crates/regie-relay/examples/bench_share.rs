//! Prints a `POST /api/shares` body with real age files, for `scripts/bench-relay.sh`.
//!
//! Usage: `bench_share [CONTENT_BYTES]` (default 10240). No open limit, one hour.

use std::io::Write as _;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use regie_core::api::CreateShare;

fn age_file(plaintext: &[u8]) -> Vec<u8> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .expect("one recipient");
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).expect("in memory");
    writer.write_all(plaintext).expect("in memory");
    writer.finish().expect("in memory");
    out
}

fn main() {
    let size: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("CONTENT_BYTES is a number"))
        .unwrap_or(10 * 1024);
    // The age header and tag take a few hundred bytes; pad the plaintext so the file is
    // the requested size.
    let overhead = age_file(b"").len();
    let content = age_file(&vec![b'x'; size.saturating_sub(overhead)]);
    let body = CreateShare {
        expires_in_secs: 3600,
        max_opens: None,
        preview: STANDARD.encode(age_file(b"bench")),
        content: STANDARD.encode(content),
    };
    println!("{}", serde_json::to_string(&body).expect("serializable"));
}
