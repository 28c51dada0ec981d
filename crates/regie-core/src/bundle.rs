//! The plaintext of a share that carries files: the snapshot JSON, then each file's bytes,
//! framed by lengths. Files stay raw bytes: base64 inside JSON would make a share with
//! 100 MB of documents a third bigger and cost the phone a second copy in memory.
//!
//! ```text
//! "regie-share-bundle/1\n"
//! u32 big-endian: length of the snapshot JSON, then the JSON
//! per file: u16 big-endian id length, the id (UTF-8), u32 big-endian length, the bytes
//! ```
//!
//! A share without files stays plain snapshot JSON, which always starts with `{`, so a reader
//! tells the two apart by the first byte.

/// The first bytes of a bundle.
pub const BUNDLE_MAGIC: &[u8] = b"regie-share-bundle/1\n";

/// One document's bytes inside a share, under its `DocumentRef` id.
#[derive(Clone, PartialEq, Eq)]
pub struct SharedFile {
    pub id: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for SharedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedFile")
            .field("id", &self.id)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// Why a bundle could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the share's files are damaged")]
pub struct BundleError;

/// Whether these plaintext bytes are a bundle (and not bare snapshot JSON).
pub fn is_bundle(plain: &[u8]) -> bool {
    plain.starts_with(BUNDLE_MAGIC)
}

/// Writes the snapshot JSON and the files into one buffer.
pub fn write_bundle(json: &[u8], files: &[SharedFile]) -> Result<Vec<u8>, BundleError> {
    let capacity = BUNDLE_MAGIC.len()
        + 4
        + json.len()
        + files
            .iter()
            .map(|f| 6 + f.id.len() + f.bytes.len())
            .sum::<usize>();
    let mut out = Vec::with_capacity(capacity);
    out.extend_from_slice(BUNDLE_MAGIC);
    out.extend_from_slice(
        &u32::try_from(json.len())
            .map_err(|_| BundleError)?
            .to_be_bytes(),
    );
    out.extend_from_slice(json);
    for file in files {
        let id_len = u16::try_from(file.id.len()).map_err(|_| BundleError)?;
        out.extend_from_slice(&id_len.to_be_bytes());
        out.extend_from_slice(file.id.as_bytes());
        let len = u32::try_from(file.bytes.len()).map_err(|_| BundleError)?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&file.bytes);
    }
    Ok(out)
}

/// Reads a bundle back: the snapshot JSON and the files, in order.
pub fn read_bundle(plain: &[u8]) -> Result<(&[u8], Vec<SharedFile>), BundleError> {
    let mut rest = plain.strip_prefix(BUNDLE_MAGIC).ok_or(BundleError)?;
    let json_len = take_u32(&mut rest)? as usize;
    let json = take(&mut rest, json_len)?;
    let mut files = Vec::new();
    while !rest.is_empty() {
        let id_len = u16::from_be_bytes(take(&mut rest, 2)?.try_into().map_err(|_| BundleError)?);
        let id = std::str::from_utf8(take(&mut rest, usize::from(id_len))?)
            .map_err(|_| BundleError)?
            .to_owned();
        let len = take_u32(&mut rest)? as usize;
        let bytes = take(&mut rest, len)?.to_vec();
        files.push(SharedFile { id, bytes });
    }
    Ok((json, files))
}

fn take<'a>(rest: &mut &'a [u8], n: usize) -> Result<&'a [u8], BundleError> {
    if rest.len() < n {
        return Err(BundleError);
    }
    let (head, tail) = rest.split_at(n);
    *rest = tail;
    Ok(head)
}

fn take_u32(rest: &mut &[u8]) -> Result<u32, BundleError> {
    Ok(u32::from_be_bytes(
        take(rest, 4)?.try_into().map_err(|_| BundleError)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<SharedFile> {
        vec![
            SharedFile {
                id: "d-1".into(),
                bytes: vec![0xFF, 0xD8, 0xFF, 1, 2, 3],
            },
            SharedFile {
                id: "d-2".into(),
                bytes: Vec::new(),
            },
        ]
    }

    #[test]
    fn round_trips() {
        let bundle = write_bundle(br#"{"v":1}"#, &files()).unwrap();
        assert!(is_bundle(&bundle));
        let (json, back) = read_bundle(&bundle).unwrap();
        assert_eq!(json, br#"{"v":1}"#);
        assert_eq!(back, files());
        let empty = write_bundle(b"{}", &[]).unwrap();
        let (json, none) = read_bundle(&empty).unwrap();
        assert_eq!((json, none.len()), (&b"{}"[..], 0));
    }

    #[test]
    fn bare_json_is_not_a_bundle() {
        assert!(!is_bundle(br#"{"v":1}"#));
        assert_eq!(read_bundle(br#"{"v":1}"#), Err(BundleError));
    }

    #[test]
    fn every_cut_is_noticed() {
        let bundle = write_bundle(br#"{"v":1}"#, &files()).unwrap();
        // Cutting inside a frame fails; cutting exactly between files would read as fewer
        // files, which the age MAC already rules out for a real share.
        let whole_prefixes = [
            BUNDLE_MAGIC.len() + 4 + 7,
            BUNDLE_MAGIC.len() + 4 + 7 + 2 + 3 + 4 + 6,
            bundle.len(),
        ];
        for cut in BUNDLE_MAGIC.len()..bundle.len() {
            let result = read_bundle(&bundle[..cut]);
            assert_eq!(
                result.is_ok(),
                whole_prefixes.contains(&cut),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn debug_shows_sizes_not_bytes() {
        let text = format!("{:?}", files()[0]);
        assert!(text.contains("bytes: 6"), "{text}");
    }
}
