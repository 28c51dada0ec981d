//! Telling an age file from anything else without a key, as its bytes stream in, at a cost
//! that grows only with what arrived.
//!
//! An age header is text lines up to its MAC line (`--- ` and the MAC), then a 16-byte nonce,
//! then the payload. The `age` crate's own header reader re-parses from the start as a line
//! grows, so a hostile header of one long line costs time quadratic in its length. Here the
//! header's end is found first, looking at each new byte once and within hard limits
//! ([`MAX_HEADER_BYTES`], [`MAX_LINE_BYTES`], [`MAX_HEADER_LINES`]); only a complete header
//! within them is handed to age's parser, once, line by line.
//!
//! The app writes headers with one recipient (and age's one "grease" stanza): a few hundred
//! bytes in under ten lines, no line longer than 66 bytes. The limits leave ample room.

use std::io::{BufReader, Chain, Cursor, Read};

/// The longest line in a header, its newline included. age wraps stanza bodies at 64
/// columns, and an argument line of the recipients age writes is at most 66 bytes.
pub const MAX_LINE_BYTES: usize = 1024;
/// The most lines a header may have, the version and MAC lines included: the app's headers
/// have at most 8 (a passphrase file 4), so this leaves room for four more recipients. It
/// bounds the work of age's parser, which reads a header line by line and parses it from the
/// start each time.
pub const MAX_HEADER_LINES: usize = 16;
/// The largest age header taken, up to and including the MAC line: 16 KiB.
pub const MAX_HEADER_BYTES: usize = MAX_HEADER_LINES * MAX_LINE_BYTES;
/// The header's first line.
const VERSION_LINE: &[u8] = b"age-encryption.org/v1\n";
/// A header ends with the line that starts with this.
const MAC_LINE: &[u8] = b"---";
/// The payload nonce between the header and the encrypted chunks.
const NONCE_BYTES: usize = 16;

/// What is wrong with an age file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotAge {
    #[error("the header is not an age header")]
    Header,
    #[error("the payload is not shaped like age ciphertext")]
    Payload,
}

/// Finds the end of an age header in a stream: each byte is looked at once, and anything
/// past the limits is refused as soon as the limit is passed.
#[derive(Debug, Default, Clone)]
pub struct HeaderScan {
    /// The header so far: never more than [`MAX_HEADER_BYTES`].
    bytes: Vec<u8>,
    line_start: usize,
    lines: usize,
    /// How many bytes the scan looked at, to prove in tests that it is linear.
    #[cfg(test)]
    pub(crate) looked_at: usize,
}

impl HeaderScan {
    /// Takes the next piece of the file. `Ok(Some(n))` when the header ended within the first
    /// `n` bytes of `piece` (the rest is not the header's; nothing more may be pushed);
    /// `Ok(None)` while it goes on.
    pub fn push(&mut self, piece: &[u8]) -> Result<Option<usize>, NotAge> {
        let mut at = 0;
        while at < piece.len() {
            let line_so_far = self.bytes.len() - self.line_start;
            let room = (MAX_LINE_BYTES - line_so_far).min(MAX_HEADER_BYTES - self.bytes.len());
            let look = &piece[at..piece.len().min(at + room)];
            let newline = look.iter().position(|&b| b == b'\n');
            let took = newline.map_or(look.len(), |i| i + 1);
            #[cfg(test)]
            {
                self.looked_at += took;
            }
            let before = self.bytes.len();
            self.bytes.extend_from_slice(&look[..took]);
            at += took;
            // The version line, checked as it comes, so other files stop at their first bytes.
            let version = VERSION_LINE.len().min(self.bytes.len());
            if before < version && self.bytes[before..version] != VERSION_LINE[before..version] {
                return Err(NotAge::Header);
            }
            if newline.is_none() {
                if took == room {
                    // The line, or the header, is longer than any age header's.
                    return Err(NotAge::Header);
                }
                continue;
            }
            self.lines += 1;
            let line = &self.bytes[self.line_start..];
            if self.lines > 1 && line.starts_with(MAC_LINE) {
                return Ok(Some(at));
            }
            if self.lines >= MAX_HEADER_LINES {
                return Err(NotAge::Header);
            }
            self.line_start = self.bytes.len();
        }
        Ok(None)
    }

    /// The header as far as it came: the whole header once [`HeaderScan::push`] found its end.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Checks, as the bytes stream in, everything about an age file that can be told without a
/// key: a header the `age` crate parses, then a payload of the length STREAM produces and
/// with the look of ciphertext. Text after a valid header, or a cut-off payload, fails.
#[derive(Debug, Default, Clone)]
pub struct AgeShape {
    stage: Stage,
    payload: u64,
    high_bits: u64,
    /// How many times age's header parser ran.
    #[cfg(test)]
    pub(crate) parses: usize,
    /// How many bytes the header scan looked at.
    #[cfg(test)]
    pub(crate) looked_at: usize,
}

#[derive(Debug, Clone)]
enum Stage {
    Header(HeaderScan),
    /// The whole header (`header` bytes long), then the nonce as far as it came.
    Nonce {
        bytes: Vec<u8>,
        header: usize,
    },
    Payload,
    Refused,
}

impl Default for Stage {
    fn default() -> Self {
        Stage::Header(HeaderScan::default())
    }
}

/// The age payload: a 16-byte nonce, then chunks of 64 KiB of plaintext plus a 16-byte tag
/// each, the last one shorter (and empty only when it is the only one).
const AGE_TAG: u64 = 16;
const AGE_CHUNK: u64 = 64 * 1024 + AGE_TAG;
/// Ciphertext is indistinguishable from random: about half its bytes have the high bit set.
/// Text (a script, a page) has none. Past `HIGH_BIT_SAMPLE` bytes the count must reach a
/// quarter, and past `HIGH_BIT_ANY` at least one byte must have it; random data misses
/// either with a probability below one in ten million.
const HIGH_BIT_SAMPLE: u64 = 128;
const HIGH_BIT_ANY: u64 = 24;

impl AgeShape {
    /// Takes the next piece of the file. After an error the file is refused for good.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), NotAge> {
        let result = self.step(bytes);
        if result.is_err() {
            self.stage = Stage::Refused;
        }
        result
    }

    fn step(&mut self, mut bytes: &[u8]) -> Result<(), NotAge> {
        if let Stage::Header(scan) = &mut self.stage {
            let pushed = scan.push(bytes);
            #[cfg(test)]
            {
                self.looked_at = scan.looked_at;
            }
            let Some(end) = pushed? else {
                return Ok(());
            };
            let header = std::mem::take(scan).into_bytes();
            self.stage = Stage::Nonce {
                header: header.len(),
                bytes: header,
            };
            bytes = &bytes[end..];
        }
        if let Stage::Nonce {
            bytes: read,
            header,
        } = &mut self.stage
        {
            let missing = NONCE_BYTES - (read.len() - *header);
            let take = missing.min(bytes.len());
            read.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if take < missing {
                return Ok(());
            }
            let complete = std::mem::take(read);
            self.parse(&complete)?;
            self.stage = Stage::Payload;
        }
        match self.stage {
            Stage::Payload => {
                self.count(bytes);
                Ok(())
            }
            _ => Err(NotAge::Header),
        }
    }

    /// age's parser, once, over a complete header and its nonce: all of it must be taken.
    fn parse(&mut self, header_and_nonce: &[u8]) -> Result<(), NotAge> {
        #[cfg(test)]
        {
            self.parses += 1;
        }
        let mut rest = header_and_nonce;
        let parsed = age::Decryptor::new_buffered(&mut rest).is_ok();
        if parsed && rest.is_empty() {
            Ok(())
        } else {
            Err(NotAge::Header)
        }
    }

    fn count(&mut self, bytes: &[u8]) {
        self.payload += bytes.len() as u64;
        self.high_bits += bytes.iter().filter(|b| **b >= 0x80).count() as u64;
    }

    pub fn finish(&self) -> Result<(), NotAge> {
        if !matches!(self.stage, Stage::Payload) {
            return Err(NotAge::Header);
        }
        // `payload` counts what follows the nonce.
        let chunks = self.payload;
        let last = chunks % AGE_CHUNK;
        let plausible_length = match last {
            0 => chunks > 0,
            l if l < AGE_TAG => false,
            l if l == AGE_TAG => chunks == AGE_TAG,
            _ => true,
        };
        let random_looking = match self.payload {
            n if n >= HIGH_BIT_SAMPLE => self.high_bits * 4 >= n,
            n if n >= HIGH_BIT_ANY => self.high_bits > 0,
            _ => true,
        };
        if plausible_length && random_looking {
            Ok(())
        } else {
            Err(NotAge::Payload)
        }
    }
}

/// True when `bytes` is shaped like a whole binary age file (see [`AgeShape`]).
pub fn is_age_file(bytes: &[u8]) -> bool {
    let mut shape = AgeShape::default();
    shape.feed(bytes).is_ok() && shape.finish().is_ok()
}

/// The input of a [`decryptor`]: the header read ahead, then the rest of the file.
pub type Checked<R> = BufReader<Chain<Cursor<Vec<u8>>, R>>;

/// age's decryptor over `input`, once its header has been read within the limits: a file
/// whose header is longer, has longer lines or is no age header is refused at once, having
/// been read no further than the limits.
pub fn decryptor<R: Read>(mut input: R) -> Result<age::Decryptor<Checked<R>>, NotAge> {
    let mut scan = HeaderScan::default();
    let mut read = Vec::new();
    let mut piece = [0u8; 512];
    loop {
        let n = match input.read(&mut piece) {
            Ok(0) => return Err(NotAge::Header),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(NotAge::Header),
        };
        read.extend_from_slice(&piece[..n]);
        if scan.push(&piece[..n])?.is_some() {
            break;
        }
    }
    age::Decryptor::new_buffered(BufReader::new(Cursor::new(read).chain(input)))
        .map_err(|_| NotAge::Header)
}

#[cfg(test)]
#[path = "age_shape_tests.rs"]
mod tests;
