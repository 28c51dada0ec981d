use std::io::{Read, Write as _};

use super::*;
use crate::vault::UnlockError;

fn age_file(plaintext: &[u8]) -> Vec<u8> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    encrypted(&recipient, plaintext)
}

/// An `age -p` file, at a low work factor: only its shape is looked at here.
fn passphrase_file(plaintext: &[u8]) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new("fiets regen koffie".to_owned().into());
    recipient.set_work_factor(2);
    encrypted(&recipient, plaintext)
}

fn encrypted(recipient: &dyn age::Recipient, plaintext: &[u8]) -> Vec<u8> {
    let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient)).unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

/// The header of a real age file, and where its payload starts (after the nonce).
fn header_of(file: &[u8]) -> usize {
    let mut reader = std::io::Cursor::new(file);
    age::Decryptor::new(&mut reader).unwrap();
    reader.position() as usize
}

/// The header of the issue: one argument line of 65,000 bytes that never ends.
fn hostile_header() -> Vec<u8> {
    let mut file = b"age-encryption.org/v1\n-> X25519 ".to_vec();
    file.extend(std::iter::repeat_n(b'A', 65_000));
    file
}

/// Bytes with the look of ciphertext: half of them have the high bit.
fn random_looking(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| if i % 2 == 0 { 0xA5 } else { 0x3C })
        .collect()
}

/// A header age parses that is as large as the limits allow: `stanzas` stanzas whose
/// argument lines are `arg` bytes long and whose bodies are empty, then a MAC line.
fn big_header(stanzas: usize, arg: usize) -> Vec<u8> {
    let mut header = b"age-encryption.org/v1\n".to_vec();
    for i in 0..stanzas {
        header.extend_from_slice(format!("-> t{i}-grease ").as_bytes());
        let used = format!("-> t{i}-grease ").len();
        header.extend(std::iter::repeat_n(b'x', arg - used - 1));
        header.extend_from_slice(b"\n\n");
    }
    header.extend_from_slice(b"--- ");
    header.extend(std::iter::repeat_n(b'M', 43));
    header.push(b'\n');
    header
}

#[test]
fn real_age_files_of_every_length_pass() {
    for len in [0, 1, 100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200_000] {
        let file = age_file(&vec![b'x'; len]);
        assert!(is_age_file(&file), "{len}");
        // Fed in odd pieces, as a network delivers them.
        let mut shape = AgeShape::default();
        for piece in file.chunks(7) {
            shape.feed(piece).unwrap();
        }
        assert_eq!(shape.finish(), Ok(()), "{len}");
        assert_eq!(shape.parses, 1, "{len}");
    }
}

#[test]
fn real_age_files_pass_in_pieces_of_every_size() {
    for (kind, file) in [
        ("x25519", age_file(b"de gedeelde onderdelen")),
        ("passphrase", passphrase_file(b"{\"schema\":1}")),
        ("x25519, two chunks", age_file(&[7; 64 * 1024 + 10])),
    ] {
        let header = header_of(&file) - 16;
        // Past the header and nonce and a little more: every way a network may cut them.
        let most = (header + 64).min(file.len());
        for size in 1..=most {
            let mut shape = AgeShape::default();
            for piece in file.chunks(size) {
                shape
                    .feed(piece)
                    .unwrap_or_else(|e| panic!("{kind}, {size}: {e}"));
            }
            assert_eq!(shape.finish(), Ok(()), "{kind}, {size}");
            assert_eq!(shape.parses, 1, "{kind}, {size}: age's parser runs once");
            assert_eq!(
                shape.looked_at, header,
                "{kind}, {size}: each byte looked at once"
            );
        }
    }
}

#[test]
fn a_hostile_header_is_refused_at_once_and_costs_linear_work() {
    let file = hostile_header();
    for size in [1, 256] {
        let mut shape = AgeShape::default();
        let mut fed = 0;
        let refused = file.chunks(size).find_map(|piece| {
            fed += piece.len();
            shape.feed(piece).err()
        });
        assert_eq!(refused, Some(NotAge::Header), "{size}");
        // Refused once the line passed its limit, having looked at each byte once.
        assert!(
            fed <= VERSION_LINE.len() + MAX_LINE_BYTES + size,
            "{size}: {fed}"
        );
        assert!(
            shape.looked_at <= fed,
            "{size}: {} > {fed}",
            shape.looked_at
        );
        assert_eq!(shape.parses, 0, "{size}: age's parser never ran");
        eprintln!(
            "hostile header in {size}-byte pieces: refused after {fed} bytes, {} looked at",
            shape.looked_at
        );
        // And it stays refused.
        assert_eq!(shape.feed(b"\n--- x\n"), Err(NotAge::Header));
        assert_eq!(shape.finish(), Err(NotAge::Header));
    }
}

#[test]
fn headers_past_the_limits_are_refused() {
    let payload = random_looking(200);
    let with_payload = |header: &[u8]| [header, &[0x80; 16], &payload].concat();
    // Within the limits, age parses them, once.
    for header in [
        big_header(MAX_HEADER_LINES / 2 - 1, 100),
        big_header(MAX_HEADER_LINES / 2 - 1, MAX_LINE_BYTES),
    ] {
        let mut shape = AgeShape::default();
        for piece in with_payload(&header).chunks(1) {
            shape.feed(piece).unwrap();
        }
        assert_eq!((shape.finish(), shape.parses), (Ok(()), 1));
        assert_eq!(shape.looked_at, header.len());
        let started = std::time::Instant::now();
        assert!(is_age_file(&with_payload(&header)));
        eprintln!(
            "a header of {} bytes in {} lines: checked in {:?}",
            header.len(),
            header.iter().filter(|&&b| b == b'\n').count(),
            started.elapsed()
        );
    }
    // One line too many, a line one byte too long: the size follows from the two.
    assert_eq!(MAX_HEADER_BYTES, 16 * 1024);
    for (what, header) in [
        ("lines", big_header(MAX_HEADER_LINES / 2, 100)),
        ("line", big_header(1, MAX_LINE_BYTES + 1)),
    ] {
        let mut shape = AgeShape::default();
        let refused = with_payload(&header)
            .chunks(256)
            .find_map(|piece| shape.feed(piece).err());
        assert_eq!(refused, Some(NotAge::Header), "{what}");
        assert_eq!(shape.parses, 0, "{what}");
    }
    // Not an age file: refused at its first byte that differs.
    let mut shape = AgeShape::default();
    assert_eq!(shape.feed(b"age-encryption.org/v2\n"), Err(NotAge::Header));
    assert_eq!(shape.looked_at, 22);
    let mut shape = AgeShape::default();
    assert_eq!(shape.feed(b"<html>"), Err(NotAge::Header));
}

#[test]
fn text_or_junk_after_a_valid_header_is_not_an_age_file() {
    let file = age_file(b"the shared sections");
    let start = header_of(&file);
    let header = &file[..start];
    let mut script = header.to_vec();
    script.extend_from_slice(b"<script>alert(document.cookie)</script>");
    assert!(!is_age_file(&script), "short text");
    // Padded to a length STREAM could produce, text still has no high bits.
    let mut page = header.to_vec();
    page.extend_from_slice(&b"<p>free hosting</p>".repeat(1000)[..5000]);
    assert!(!is_age_file(&page), "long text");
    assert!(!is_age_file(header), "no payload");
    assert!(!is_age_file(&header[..start - 1]), "a nonce cut short");
    // Whole chunks, then a piece shorter than a chunk's tag: STREAM never makes that.
    let mut longer = age_file(&[7; 64 * 1024]);
    longer.extend_from_slice(&[0xAB; 5]);
    assert!(!is_age_file(&longer), "five bytes after the last chunk");
    assert!(!is_age_file(b"age-encryption.org/v1\n-> junk"));
    // A MAC line that age does not take.
    let mut bad_mac = b"age-encryption.org/v1\n-> X25519 abc\nAAAA\n---\n".to_vec();
    bad_mac.extend_from_slice(&random_looking(16 + 100));
    assert!(!is_age_file(&bad_mac), "a MAC line without a MAC");
}

/// A reader that counts what was taken from it.
struct Counting<'a> {
    inner: &'a [u8],
    read: usize,
}

impl Read for Counting<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n;
        Ok(n)
    }
}

#[test]
fn a_restore_refuses_a_hostile_header_at_once() {
    let pass = crate::vault::passphrase(zeroize::Zeroizing::new("lange wachtzin".into()));
    let mut malformed = b"age-encryption.org/v1\n-> scrypt c2FsdA 18\nAAAA\n--- x\n".to_vec();
    malformed.extend_from_slice(&random_looking(200));
    let too_many_lines = [
        &big_header(MAX_HEADER_LINES / 2, 100)[..],
        &random_looking(300),
    ]
    .concat();
    for (what, file) in [
        ("a line of 65,000 bytes", hostile_header()),
        ("too many lines", too_many_lines),
        ("a malformed header", malformed),
        ("not age at all", b"{\"schema\":1}".to_vec()),
    ] {
        let mut reader = Counting {
            inner: &file,
            read: 0,
        };
        let refused = crate::backup_archive::decrypting(&mut reader, &pass).err();
        assert_eq!(refused, Some(UnlockError::Corrupt), "{what}");
        assert!(
            reader.read <= MAX_HEADER_BYTES + 512,
            "{what}: read {} bytes",
            reader.read
        );
        // What a restore or an import says: the plain sentence for a damaged file.
        assert_eq!(
            UnlockError::Corrupt.backup_text(),
            crate::catalogue::FirstText::ErrImportNotAge
        );
    }
    // The hostile line is refused within its first kilobyte and a piece.
    let file = hostile_header();
    let mut reader = Counting {
        inner: &file,
        read: 0,
    };
    assert!(crate::vault::decrypting(&mut reader, &pass).is_err());
    assert!(reader.read <= VERSION_LINE.len() + MAX_LINE_BYTES + 512);
}

#[test]
fn a_real_passphrase_file_still_opens_through_the_checked_header() {
    let pass = crate::vault::passphrase(zeroize::Zeroizing::new("fiets regen koffie".into()));
    let plaintext = vec![b'd'; 200_000];
    let file = passphrase_file(&plaintext);
    // Read in small pieces, as a file reader in the browser may hand them.
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(100);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    let mut out = Vec::new();
    crate::vault::decrypting(Trickle(&file), &pass)
        .unwrap()
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, plaintext);
}
