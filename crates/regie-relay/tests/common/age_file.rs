//! A real binary age file, for the tests and the relay's benchmark alike.

use std::io::Write as _;

/// A real binary age file (x25519 recipient, a fresh key each time) of `plaintext`.
pub fn age_file(plaintext: &[u8]) -> Vec<u8> {
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
