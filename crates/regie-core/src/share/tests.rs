use super::*;

const ID: &str = "AbCdEfGhIjKlMnOpQrStUw";

fn dossier() -> Dossier {
    let mut d = Dossier::new();
    d.about.name = "Samira".into();
    d.story.text = "Mijn verhaal".into();
    d.health.conditions.push(crate::model::Condition {
        id: "c1".into(),
        name: "Astma".into(),
        since: None,
        note: String::new(),
    });
    d
}

fn link() -> (ShareLink, String) {
    let link = ShareLink {
        id: ID.into(),
        key: ShareKey::generate(),
    };
    let url = link.to_url("https://regie.example.nl");
    (link, url)
}

#[test]
fn link_round_trips_and_keeps_the_key_in_the_fragment() {
    let (link, url) = link();
    let (before_hash, fragment) = url.split_once('#').unwrap();
    assert_eq!(before_hash, "https://regie.example.nl/v");
    assert!(fragment.starts_with("1.AbCdEfGhIjKlMnOpQrStUw."));
    let parsed = ShareLink::parse(&url).unwrap();
    assert_eq!(parsed.id, link.id);
    assert_eq!(parsed.key.to_link_part(), link.key.to_link_part());
    assert_eq!(ShareLink::parse(fragment).unwrap().id, ID);
    assert_eq!(ShareLink::parse(&format!("#{fragment}")).unwrap().id, ID);
}

#[test]
fn a_known_link_reads_to_a_known_key() {
    // Known-answer vector: never edit once published.
    let url = "http://127.0.0.1:8080/v#1.AAAAAAAAAAAAAAAAAAAAAA.\
               0eg2udp2ntq8ygh86p5vqtkhyxyf5wju3qrj9u2vlejr8grq7glq3s2f0h";
    let link = ShareLink::parse(url).unwrap();
    assert_eq!(link.id, "AAAAAAAAAAAAAAAAAAAAAA");
    assert_eq!(
        link.key.0.to_public().to_string(),
        "age1slqdjc4r00e2y99teunez9hk85zeq9q7h8z8yu64h5zn873uc5gs2g9yq6"
    );
    assert_eq!(link.to_url("http://127.0.0.1:8080"), url.replace(' ', ""));
}

#[test]
fn a_link_fits_a_small_qr_code() {
    let (_, url) = link();
    assert!(url.len() < 120, "{} characters", url.len());
    let long_origin = "https://regie.gemeente-voorbeeldstad.nl:8443";
    let long = ShareLink {
        id: ID.into(),
        key: ShareKey::generate(),
    }
    .to_url(long_origin);
    assert!(qr_version(&long).unwrap() <= MAX_QR_VERSION);
    assert!(qr_svg(&long).unwrap().starts_with("<?xml"));
}

#[test]
fn an_inline_code_is_the_svg_alone_with_its_name() {
    let (_, url) = link();
    let inline = qr_inline(&qr_svg(&url).unwrap(), "share-qr", "QR-code");
    assert!(
        inline.starts_with(
            r#"<svg data-testid="share-qr" class="qr" role="img" aria-label="QR-code" "#
        ),
        "{inline:.80}"
    );
    assert!(!inline.contains("<?xml"));
    assert_eq!(inline.matches("<svg ").count(), 1);
}

#[test]
fn percent_encoded_and_padded_links_still_read() {
    let (_, url) = link();
    let encoded = url.replace('.', "%2E");
    assert_eq!(ShareLink::parse(&encoded).unwrap().id, ID);
    assert_eq!(ShareLink::parse(&format!("  {url}\n")).unwrap().id, ID);
    // Bech32 is case-insensitive; a scanner that shouts still works.
    let (head, key) = url.rsplit_once('.').unwrap();
    assert_eq!(
        ShareLink::parse(&format!("{head}.{}", key.to_uppercase()))
            .unwrap()
            .id,
        ID
    );
}

#[test]
fn broken_links_say_what_is_wrong() {
    let (_, url) = link();
    let (head, fragment) = url.split_once('#').unwrap();
    let cases: Vec<(String, LinkError)> = vec![
        (head.to_owned(), LinkError::Empty),
        (format!("{head}#"), LinkError::Empty),
        (format!("{head}#hallo"), LinkError::Empty),
        (url[..url.len() - 5].to_owned(), LinkError::BadKey),
        (url.replacen("#1.", "#2.", 1), LinkError::UnknownVersion),
        (url.replacen("#1.", "#x.", 1), LinkError::Malformed),
        (url.replacen(ID, &ID[..20], 1), LinkError::BadId),
        (
            url.replacen(ID, "AbCdEfGhIjKlMnOpQrSt+/", 1),
            LinkError::BadId,
        ),
        (format!("{url}.extra"), LinkError::Malformed),
        (format!("{head}#{}", "1.".repeat(300)), LinkError::Malformed),
        (
            format!("{head}#1.{ID}.{}", "q".repeat(58)),
            LinkError::BadKey,
        ),
        (format!("{head}#%zz"), LinkError::Malformed),
    ];
    for (bad, want) in cases {
        assert_eq!(ShareLink::parse(&bad).unwrap_err(), want, "{bad}");
    }
    // Two links glued together (a paste gone wrong) are not one share.
    let glued = format!("{url}{fragment}");
    assert!(ShareLink::parse(&glued).is_err());
}

#[test]
fn snapshot_holds_only_the_chosen_sections() {
    let key = ShareKey::generate();
    let d = dossier();
    let preview = SharePreview::new(
        " Anna, wijkteam ",
        &d,
        &[SectionKey::Story, SectionKey::About],
        Timestamp(1_000),
        Timestamp(3_601_000),
    );
    assert_eq!(
        preview.sections,
        [SectionKey::About, SectionKey::Story],
        "kept in order"
    );
    let sealed = seal_share(&key, &preview, &d).unwrap();
    assert!(sealed.preview.starts_with(b"age-encryption.org/v1\n"));
    let seen = open_preview(&key, &sealed.preview).unwrap();
    assert_eq!(seen.recipient, "Anna, wijkteam");
    assert_eq!(seen.sharer, "Samira");
    let snapshot = open_snapshot(&key, &sealed.content).unwrap();
    assert_eq!(snapshot.dossier.story.text, "Mijn verhaal");
    assert!(
        snapshot.dossier.health.conditions.is_empty(),
        "health was not shared"
    );
    assert!(!String::from_utf8_lossy(&sealed.content).contains("Astma"));
}

#[test]
fn documents_travel_with_a_share_of_the_documents_section() {
    use crate::bundle::SharedFile;
    use crate::model::{DocumentRef, EntryId};
    let key = ShareKey::generate();
    let mut d = dossier();
    for id in ["d-1", "d-2"] {
        d.documents.add(DocumentRef {
            id: EntryId::new(id),
            name: format!("Brief {id}"),
            mime: "image/png".into(),
            size: 4,
            added: Timestamp(0),
            note: String::new(),
            date: None,
            thumb: String::new(),
        });
    }
    let png = b"\x89PNG\r\n\x1a\nEEN-FOTO-VAN-DE-BRIEF".to_vec();
    let files = vec![
        SharedFile {
            id: "d-1".into(),
            bytes: png.clone(),
        },
        // Not named by the dossier: never shared.
        SharedFile {
            id: "x".into(),
            bytes: b"%PDF-geheim".to_vec(),
        },
    ];
    let with_docs = SharePreview::new(
        "Anna",
        &d,
        &[SectionKey::Documents],
        Timestamp(0),
        Timestamp(1),
    );
    let sealed = seal_share_with_files(&key, &with_docs, &d, &files).unwrap();
    assert!(!sealed.content.windows(8).any(|w| w == b"EEN-FOTO"));
    let snapshot = open_snapshot(&key, &sealed.content).unwrap();
    assert_eq!(snapshot.dossier.documents.files.len(), 2);
    assert_eq!(snapshot.files.len(), 1);
    assert_eq!(snapshot.files[0].id, "d-1");
    assert_eq!(snapshot.files[0].bytes, png);

    let without = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    let sealed = seal_share_with_files(&key, &without, &d, &files).unwrap();
    let snapshot = open_snapshot(&key, &sealed.content).unwrap();
    assert!(snapshot.files.is_empty());
    assert!(snapshot.dossier.documents.files.is_empty());
}

#[test]
fn another_key_or_damage_is_reported() {
    let key = ShareKey::generate();
    let d = dossier();
    let preview = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    let sealed = seal_share(&key, &preview, &d).unwrap();
    let other = ShareKey::generate();
    assert_eq!(
        open_snapshot(&other, &sealed.content).unwrap_err(),
        ShareError::WrongKey
    );
    let mut bad = sealed.content.clone();
    let at = bad.len() - 10;
    bad[at] ^= 1;
    assert_eq!(open_snapshot(&key, &bad).unwrap_err(), ShareError::Corrupt);
    let future = key.seal(br#"{"v":5,"recipient":"x"}"#).unwrap();
    assert_eq!(
        open_preview(&key, &future).unwrap_err(),
        ShareError::UnsupportedVersion
    );
}

#[test]
fn durations_in_minutes() {
    // 2026-11-22 10:00 UTC = 11:00 in Amsterdam (UTC+1): 13 hours left of the day.
    let now = Timestamp(1_795_341_600_000);
    assert_eq!(ShareDuration::RestOfToday.minutes(now, 60), 13 * 60);
    assert_eq!(ShareDuration::RestOfToday.minutes(now, 0), 14 * 60);
    assert_eq!(ShareDuration::Hour.minutes(now, 60), 60);
    assert_eq!(ShareDuration::Month.minutes(now, 60), 43_200);
    // One minute to midnight still gives the relay a valid duration.
    let late = Timestamp(1_795_391_940_000);
    assert!(ShareDuration::RestOfToday.minutes(late, 0) >= 1);
}

#[test]
fn time_left_reads_like_speech() {
    let t = |ms| time_left(Timestamp(0), Timestamp(ms));
    assert_eq!(t(0), None);
    assert_eq!(t(1), Some(TimeLeft::Minutes(1)));
    assert_eq!(t(59 * 60_000), Some(TimeLeft::Minutes(59)));
    assert_eq!(t(3 * 3_600_000), Some(TimeLeft::Hours(3)));
    assert_eq!(t(7 * 86_400_000), Some(TimeLeft::Days(7)));
}

#[test]
fn debug_never_shows_the_key() {
    let (link, url) = link();
    let key_part = url.rsplit_once('.').unwrap().1;
    assert!(!format!("{link:?}").contains(key_part));
}
