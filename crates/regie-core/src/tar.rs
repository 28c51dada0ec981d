//! The tar format (POSIX ustar, with pax headers for long and non-ASCII names), as much of it
//! as a backup needs: regular files, one after another, written and read as a stream.
//!
//! The writer makes what GNU tar, bsdtar and Windows' `tar` extract. The reader is strict on
//! purpose, because a backup file may come from anywhere: only regular files and pax
//! headers, valid checksums, octal sizes under a limit the caller gives, and a proper end.

use std::io::{self, Read, Write};

const BLOCK: usize = 512;
/// GNU tar reads in records of 20 blocks; a last record padded to full size avoids a warning.
const RECORD: u64 = 20 * BLOCK as u64;
/// The most a pax header may hold: a name and nothing else is far below this.
const MAX_PAX_BYTES: u64 = 64 * 1024;
/// Longest name kept in the ustar field itself; longer ones go in a pax header.
const NAME_FIELD: usize = 100;

/// Why an archive cannot be read. The messages are for logs and tests, never for a person.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum TarError {
    #[error("the archive ends in the middle")]
    Truncated,
    #[error("a header is damaged")]
    BadHeader,
    #[error("an entry is not a regular file")]
    NotAFile,
    #[error("an entry is larger than allowed")]
    TooLarge,
    #[error("the archive has data after its end")]
    TrailingData,
    #[error("reading failed")]
    Io,
}

fn read_failed(e: io::Error) -> TarError {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => TarError::Truncated,
        _ => TarError::Io,
    }
}

/// Writes entries one at a time to `out`.
pub struct TarWriter<W: Write> {
    out: W,
    written: u64,
}

impl<W: Write> TarWriter<W> {
    pub fn new(out: W) -> Self {
        TarWriter { out, written: 0 }
    }

    /// One regular file, mode 0600 (a dossier is private, also once unpacked).
    pub fn append(&mut self, path: &str, mtime_secs: u64, data: &[u8]) -> io::Result<()> {
        if !path.is_ascii() || path.len() > NAME_FIELD || path.bytes().any(|b| b < 0x20) {
            let record = pax_record("path", path);
            let fallback = ascii_fallback(path);
            let header = header(&fallback, record.len() as u64, mtime_secs, b'x');
            self.put(&header)?;
            self.put_padded(record.as_bytes())?;
            let header = header_for(&fallback, data.len() as u64, mtime_secs);
            self.put(&header)?;
        } else {
            self.put(&header_for(path, data.len() as u64, mtime_secs))?;
        }
        self.put_padded(data)
    }

    /// The end-of-archive marker, padded to a whole record; gives back the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.put(&[0u8; BLOCK * 2])?;
        let rest = (RECORD - self.written % RECORD) % RECORD;
        self.put(&vec![0u8; rest as usize])?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    fn put_padded(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.put(bytes)?;
        let rest = (BLOCK - bytes.len() % BLOCK) % BLOCK;
        self.put(&[0u8; BLOCK][..rest])
    }
}

fn header_for(path: &str, size: u64, mtime: u64) -> [u8; BLOCK] {
    header(path, size, mtime, b'0')
}

fn header(name: &str, size: u64, mtime: u64, kind: u8) -> [u8; BLOCK] {
    let mut h = [0u8; BLOCK];
    let name = name.as_bytes();
    h[..name.len().min(NAME_FIELD)].copy_from_slice(&name[..name.len().min(NAME_FIELD)]);
    octal(&mut h[100..108], 0o600);
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], mtime);
    h[156] = kind;
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    let sum = checksum(&h);
    // Six octal digits, a NUL and a space: what every tar writes.
    let digits = format!("{sum:06o}");
    h[148..154].copy_from_slice(digits.as_bytes());
    h[154] = 0;
    h[155] = b' ';
    h
}

/// Zero-padded octal digits followed by a NUL, filling `field`.
fn octal(field: &mut [u8], value: u64) {
    let width = field.len() - 1;
    let digits = format!("{value:0width$o}");
    field[..width].copy_from_slice(&digits.as_bytes()[digits.len() - width..]);
    field[width] = 0;
}

/// The header's checksum: every byte summed, with the checksum field counted as spaces.
fn checksum(h: &[u8; BLOCK]) -> u32 {
    h.iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(b)
            }
        })
        .sum()
}

/// A pax record `"<length> <key>=<value>\n"`, whose length counts its own digits.
fn pax_record(key: &str, value: &str) -> String {
    let body = key.len() + value.len() + 3; // space, '=', newline
    let mut length = body + 1;
    while body + length.to_string().len() != length {
        length = body + length.to_string().len();
    }
    format!("{length} {key}={value}\n")
}

/// The name an old tar without pax support shows: ASCII, within the field.
fn ascii_fallback(path: &str) -> String {
    let ascii: String = path
        .chars()
        .map(|c| if c.is_ascii() && c >= ' ' { c } else { '_' })
        .collect();
    match ascii.char_indices().nth(NAME_FIELD) {
        Some((cut, _)) => ascii[..cut].to_owned(),
        None => ascii,
    }
}

/// One entry's header, as the reader found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub size: u64,
}

/// Reads entries one at a time from `input`.
pub struct TarReader<R: Read> {
    input: R,
    /// The data of the entry last returned that has not been read yet, plus its padding.
    unread: u64,
    ended: bool,
}

impl<R: Read> TarReader<R> {
    pub fn new(input: R) -> Self {
        TarReader {
            input,
            unread: 0,
            ended: false,
        }
    }

    /// The next entry's header, or `None` at the end of the archive. An entry larger than
    /// `max_size` is refused before any of its data is read.
    pub fn next_entry(&mut self, max_size: u64) -> Result<Option<Entry>, TarError> {
        if self.ended {
            return Ok(None);
        }
        self.skip_unread()?;
        // `Some(None)`: a pax header came, without a path of its own.
        let mut pax_path: Option<Option<String>> = None;
        loop {
            let mut h = [0u8; BLOCK];
            self.input.read_exact(&mut h).map_err(read_failed)?;
            if h.iter().all(|&b| b == 0) {
                self.read_end()?;
                return Ok(None);
            }
            if &h[257..262] != b"ustar" {
                return Err(TarError::BadHeader);
            }
            let stored = parse_octal(&h[148..156]).ok_or(TarError::BadHeader)?;
            if u64::from(checksum(&h)) != stored {
                return Err(TarError::BadHeader);
            }
            let size = parse_octal(&h[124..136]).ok_or(TarError::BadHeader)?;
            match h[156] {
                b'x' => {
                    if pax_path.is_some() || size > MAX_PAX_BYTES {
                        return Err(TarError::BadHeader);
                    }
                    let mut body = vec![0u8; size as usize];
                    self.input.read_exact(&mut body).map_err(read_failed)?;
                    self.unread = padding(size);
                    self.skip_unread()?;
                    pax_path = Some(pax_path_of(&body)?);
                }
                b'0' | 0 => {
                    if size > max_size {
                        return Err(TarError::TooLarge);
                    }
                    let path = match pax_path {
                        Some(Some(path)) => path,
                        Some(None) | None => ustar_path(&h)?,
                    };
                    self.unread = size + padding(size);
                    return Ok(Some(Entry { path, size }));
                }
                _ => return Err(TarError::NotAFile),
            }
        }
    }

    /// The data of the entry just returned by [`TarReader::next_entry`], all of it.
    pub fn read_data(&mut self, entry: &Entry) -> Result<Vec<u8>, TarError> {
        let padded = entry.size + padding(entry.size);
        if self.unread != padded {
            return Err(TarError::Io);
        }
        let mut data = vec![0u8; entry.size as usize];
        self.input.read_exact(&mut data).map_err(read_failed)?;
        self.unread = padding(entry.size);
        Ok(data)
    }

    fn skip_unread(&mut self) -> Result<(), TarError> {
        let wanted = self.unread;
        let skipped =
            io::copy(&mut (&mut self.input).take(wanted), &mut io::sink()).map_err(read_failed)?;
        if skipped != wanted {
            return Err(TarError::Truncated);
        }
        self.unread = 0;
        Ok(())
    }

    /// After the first zero block: the second, then nothing but zeros up to the end.
    fn read_end(&mut self) -> Result<(), TarError> {
        self.ended = true;
        let mut second = [0u8; BLOCK];
        self.input.read_exact(&mut second).map_err(read_failed)?;
        let mut rest = Vec::new();
        (&mut self.input)
            .take(RECORD + 1)
            .read_to_end(&mut rest)
            .map_err(read_failed)?;
        if second.iter().chain(&rest).any(|&b| b != 0) || rest.len() as u64 > RECORD {
            return Err(TarError::TrailingData);
        }
        Ok(())
    }
}

fn padding(size: u64) -> u64 {
    (BLOCK as u64 - size % BLOCK as u64) % BLOCK as u64
}

/// An octal field: digits, optionally surrounded by spaces and ended by NULs. The base-256
/// form some writers use for huge values is refused: no backup entry needs it.
fn parse_octal(field: &[u8]) -> Option<u64> {
    let text = field.split(|&b| b == 0).next()?;
    let text = std::str::from_utf8(text).ok()?.trim_matches(' ');
    if text.is_empty() || !text.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return None;
    }
    u64::from_str_radix(text, 8).ok()
}

fn ustar_path(h: &[u8; BLOCK]) -> Result<String, TarError> {
    let field = |range: std::ops::Range<usize>| {
        let raw = &h[range];
        let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
        std::str::from_utf8(&raw[..end]).map_err(|_| TarError::BadHeader)
    };
    let name = field(0..100)?;
    let prefix = field(345..500)?;
    Ok(if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}/{name}")
    })
}

/// The `path` of a pax header, if it has one; other keys are ignored, as POSIX allows.
fn pax_path_of(body: &[u8]) -> Result<Option<String>, TarError> {
    let mut rest = body;
    let mut path = None;
    while !rest.is_empty() {
        let space = rest
            .iter()
            .position(|&b| b == b' ')
            .ok_or(TarError::BadHeader)?;
        let length: usize = std::str::from_utf8(&rest[..space])
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or(TarError::BadHeader)?;
        if length <= space + 1 || length > rest.len() || rest[length - 1] != b'\n' {
            return Err(TarError::BadHeader);
        }
        let record = &rest[space + 1..length - 1];
        let eq = record
            .iter()
            .position(|&b| b == b'=')
            .ok_or(TarError::BadHeader)?;
        if &record[..eq] == b"path" {
            let value = std::str::from_utf8(&record[eq + 1..]).map_err(|_| TarError::BadHeader)?;
            path = Some(value.to_owned());
        }
        rest = &rest[length..];
    }
    Ok(path)
}

#[cfg(test)]
#[path = "tar_tests.rs"]
mod tests;
