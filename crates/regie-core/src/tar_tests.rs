use super::*;

fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = TarWriter::new(Vec::new());
    for (path, data) in entries {
        writer.append(path, 1_763_812_800, data).unwrap();
    }
    writer.finish().unwrap()
}

fn read_all(bytes: &[u8], max: u64) -> Result<Vec<(String, Vec<u8>)>, TarError> {
    let mut reader = TarReader::new(bytes);
    let mut out = Vec::new();
    while let Some(entry) = reader.next_entry(max)? {
        let data = reader.read_data(&entry)?;
        out.push((entry.path, data));
    }
    Ok(out)
}

const LONG: &str = "documenten/Beschikking Wmo huishoudelijke ondersteuning gemeente Utrecht \
                    over de periode van januari tot en met december, met bijlagen.pdf";
const DUTCH: &str = "documenten/Brief café Zoë — één overzicht.jpg";

#[test]
fn round_trip_of_short_long_and_non_ascii_names() {
    let big: Vec<u8> = (0..70_001u32).map(|i| (i % 251) as u8).collect();
    let entries: Vec<(&str, &[u8])> = vec![
        ("dossier.json", b"{}"),
        (LONG, &big),
        (DUTCH, b"\xff\xd8\xff"),
        ("documenten/leeg.txt", b""),
        ("documenten/precies-512.bin", &[7u8; 512]),
    ];
    let bytes = archive(&entries);
    assert_eq!(bytes.len() % 10_240, 0, "padded to whole records");
    let read = read_all(&bytes, u64::MAX).unwrap();
    assert_eq!(read.len(), entries.len());
    for ((path, data), (want_path, want_data)) in read.iter().zip(&entries) {
        assert_eq!(path, want_path);
        assert_eq!(data.as_slice(), *want_data);
    }
}

#[test]
fn pax_records_count_their_own_length() {
    for n in [1, 80, 85, 86, 87, 95, 96, 990, 995, 996, 1000] {
        let value = "a".repeat(n);
        let record = pax_record("path", &value);
        let (length, _) = record.split_once(' ').unwrap();
        assert_eq!(length.parse::<usize>().unwrap(), record.len(), "n={n}");
        assert_eq!(pax_path_of(record.as_bytes()).unwrap(), Some(value));
    }
}

#[test]
fn gnu_tar_lists_and_extracts_what_the_writer_makes() {
    let dir = std::env::temp_dir().join(format!("regie-tar-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let photo: Vec<u8> = (0..3000u32).map(|i| (i * 7 % 256) as u8).collect();
    let bytes = archive(&[
        ("dossier.json", b"{\"a\":1}"),
        (LONG, b"%PDF-1.4"),
        (DUTCH, &photo),
    ]);
    let file = dir.join("backup.tar");
    std::fs::write(&file, &bytes).unwrap();
    let out = std::process::Command::new("tar")
        .arg("-xf")
        .arg(&file)
        .arg("-C")
        .arg(&dir)
        .output()
        .expect("GNU tar is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(dir.join("dossier.json")).unwrap(),
        b"{\"a\":1}"
    );
    assert_eq!(std::fs::read(dir.join(LONG)).unwrap(), b"%PDF-1.4");
    assert_eq!(std::fs::read(dir.join(DUTCH)).unwrap(), photo);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_reader_takes_what_gnu_tar_makes() {
    let dir = std::env::temp_dir().join(format!("regie-gnutar-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("documenten")).unwrap();
    std::fs::write(dir.join("dossier.json"), b"{}").unwrap();
    std::fs::write(dir.join(DUTCH), b"foto").unwrap();
    std::fs::write(dir.join(LONG), b"brief").unwrap();
    let out = std::process::Command::new("tar")
        .args(["--format=pax", "-cf", "-", "-C"])
        .arg(&dir)
        .args(["dossier.json", DUTCH, LONG])
        .output()
        .expect("GNU tar is installed");
    assert!(out.status.success());
    let read = read_all(&out.stdout, 100).unwrap();
    let paths: Vec<&str> = read.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["dossier.json", DUTCH, LONG]);
    assert_eq!(read[2].1, b"brief");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_size_over_the_limit_is_refused_before_reading() {
    let bytes = archive(&[("big.bin", &[1u8; 2000])]);
    let mut reader = TarReader::new(&bytes[..BLOCK]);
    assert_eq!(reader.next_entry(1999), Err(TarError::TooLarge));
    // A header claiming 64 GB: refused from the header alone.
    let mut h = header_for("huge.bin", 0o77_777_777_777, 0);
    h[148..156].copy_from_slice(b"        ");
    let sum = checksum(&h);
    h[148..154].copy_from_slice(format!("{sum:06o}").as_bytes());
    h[154] = 0;
    assert_eq!(
        TarReader::new(&h[..]).next_entry(20 << 20),
        Err(TarError::TooLarge)
    );
}

#[test]
fn truncation_anywhere_is_noticed() {
    let bytes = archive(&[("dossier.json", b"{}"), (LONG, &[9u8; 3000])]);
    let end = bytes.len() - 10_240 + 4096; // keeps the end marker, drops record padding
    for cut in (0..end).step_by(97) {
        assert!(read_all(&bytes[..cut], u64::MAX).is_err(), "cut at {cut}");
    }
}

#[test]
fn hostile_headers_are_refused() {
    let good = archive(&[("dossier.json", b"{}")]);
    let with = |change: &dyn Fn(&mut [u8])| {
        let mut bytes = good.clone();
        change(&mut bytes);
        read_all(&bytes, u64::MAX)
    };
    // A damaged checksum, magic or size.
    assert_eq!(with(&|b| b[0] = b'X'), Err(TarError::BadHeader));
    assert_eq!(with(&|b| b[257] = b'x'), Err(TarError::BadHeader));
    assert_eq!(
        with(&|b| {
            b[124] = 0x80; // base-256 size
            fix_checksum(b);
        }),
        Err(TarError::BadHeader)
    );
    // Links, directories, devices.
    for kind in [b'1', b'2', b'3', b'5', b'6', b'g', b'L'] {
        assert_eq!(
            with(&|b| {
                b[156] = kind;
                fix_checksum(b);
            }),
            Err(TarError::NotAFile),
            "type {}",
            kind as char
        );
    }
    // Data after the end marker.
    assert_eq!(with(&|b| b[2048] = 1), Err(TarError::TrailingData));
}

fn fix_checksum(b: &mut [u8]) {
    let mut h = [0u8; BLOCK];
    h.copy_from_slice(&b[..BLOCK]);
    let sum = checksum(&h);
    b[148..154].copy_from_slice(format!("{sum:06o}").as_bytes());
}

#[test]
fn an_archive_without_end_marker_is_truncated() {
    let bytes = archive(&[("dossier.json", b"{}")]);
    assert_eq!(read_all(&bytes[..1024], u64::MAX), Err(TarError::Truncated));
    assert_eq!(read_all(&bytes[..1536], u64::MAX), Err(TarError::Truncated));
}
