use super::signed::{hex, signed_message, unhex};
use super::*;
use crate::catalogue::Lang;
use crate::model::{Dossier, SectionKey, Timestamp};
use crate::signing::sha256;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

const ID: &str = "AbCdEfGhIjKlMnOpQrStUw";

/// The terms the tests' shares are signed with: the link's id, no start, limit or code.
fn terms() -> ShareTerms {
    ShareTerms {
        id: ID.into(),
        starts: None,
        max_opens: None,
        code: false,
    }
}

fn dossier() -> Dossier {
    let mut d = Dossier::new();
    d.ensure_signing_key();
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
    let sealed = seal_share(&key, &preview, &terms(), &d).unwrap();
    assert!(sealed.preview.starts_with(b"age-encryption.org/v1\n"));
    let seen = open_preview(&key, &sealed.preview).unwrap();
    assert_eq!(seen.recipient, "Anna, wijkteam");
    assert_eq!(seen.sharer, "Samira");
    let snapshot = open_snapshot(&key, &sealed.content, &seen).unwrap();
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
    let sealed = seal_share_with_files(&key, &with_docs, &terms(), &d, &files).unwrap();
    assert!(!sealed.content.windows(8).any(|w| w == b"EEN-FOTO"));
    let signed = open_preview(&key, &sealed.preview).unwrap();
    let snapshot = open_snapshot(&key, &sealed.content, &signed).unwrap();
    assert_eq!(snapshot.dossier.documents.files.len(), 2);
    assert_eq!(snapshot.files.len(), 1);
    assert_eq!(snapshot.files[0].id, "d-1");
    assert_eq!(snapshot.files[0].bytes, png);

    let without = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    let sealed = seal_share_with_files(&key, &without, &terms(), &d, &files).unwrap();
    let signed = open_preview(&key, &sealed.preview).unwrap();
    let snapshot = open_snapshot(&key, &sealed.content, &signed).unwrap();
    assert!(snapshot.files.is_empty());
    assert!(snapshot.dossier.documents.files.is_empty());
}

#[test]
fn another_key_or_damage_is_reported() {
    let key = ShareKey::generate();
    let d = dossier();
    let preview = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    let sealed = seal_share(&key, &preview, &terms(), &d).unwrap();
    let signed = open_preview(&key, &sealed.preview).unwrap();
    let other = ShareKey::generate();
    assert_eq!(
        open_snapshot(&other, &sealed.content, &signed).unwrap_err(),
        ShareError::WrongKey
    );
    let mut bad = sealed.content.clone();
    let at = bad.len() - 10;
    bad[at] ^= 1;
    assert_eq!(
        open_snapshot(&key, &bad, &signed).unwrap_err(),
        ShareError::Corrupt
    );
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

// Signed shares.

fn signed_share(d: &Dossier) -> (ShareKey, SharePreview, SealedShare) {
    let key = ShareKey::generate();
    let preview = SharePreview::new(
        "Anna, wijkteam",
        d,
        &[SectionKey::About, SectionKey::Story],
        Timestamp(0),
        Timestamp(3_600_000),
    );
    let sealed = seal_share(&key, &preview, &terms(), d).unwrap();
    (key, preview, sealed)
}

/// The envelope inside a sealed preview, as JSON to change.
fn envelope_of(key: &ShareKey, sealed: &SealedShare) -> serde_json::Value {
    serde_json::from_slice(&key.open(&sealed.preview).unwrap()).unwrap()
}

fn reseal(key: &ShareKey, envelope: &serde_json::Value) -> Vec<u8> {
    key.seal(&serde_json::to_vec(envelope).unwrap()).unwrap()
}

#[test]
fn a_share_is_signed_by_its_dossier_and_names_it() {
    let d = dossier();
    let (key, preview, sealed) = signed_share(&d);
    let signed = open_preview(&key, &sealed.preview).unwrap();
    assert_eq!(signed.preview, preview);
    assert_eq!(signed.signer, d.signer().unwrap().to_bytes());
    assert_eq!(signed.check_words(), d.signer().unwrap().check_words());
    let snapshot = open_snapshot(&key, &sealed.content, &signed).unwrap();
    assert_eq!(snapshot.preview, preview);
    // The viewer's second part reads the same envelope again on its own.
    let again = read_signed_preview(signed.envelope().as_bytes()).unwrap();
    assert_eq!(again, signed);
    // A dossier without a signing key cannot share.
    let unsigned = Dossier::new();
    assert!(seal_share(&key, &preview, &terms(), &unsigned).is_err());
}

#[test]
fn a_changed_preview_is_refused() {
    let d = dossier();
    let (key, _, sealed) = signed_share(&d);
    let mut envelope = envelope_of(&key, &sealed);
    let preview_json = B64.decode(envelope["preview"].as_str().unwrap()).unwrap();
    let changed = String::from_utf8(preview_json)
        .unwrap()
        .replace("Samira", "Sandra");
    envelope["preview"] = B64.encode(changed).into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
}

#[test]
fn content_other_than_was_signed_is_refused() {
    let d = dossier();
    let (key, preview, sealed) = signed_share(&d);
    let signed = open_preview(&key, &sealed.preview).unwrap();
    // A second, genuine share of the same dossier: its content is not this share's.
    let mut d2 = d.clone();
    d2.story.text = "Een ander verhaal".into();
    let other = seal_share(&key, &preview, &terms(), &d2).unwrap();
    assert_eq!(
        open_snapshot(&key, &other.content, &signed).unwrap_err(),
        ShareError::NotSigned
    );
    // The content changed by hand and sealed again to the same key.
    let plain = key.open(&sealed.content).unwrap();
    let changed = String::from_utf8(plain)
        .unwrap()
        .replace("Mijn verhaal", "Niet mijn verhaal");
    let forged = key.seal(changed.as_bytes()).unwrap();
    assert_eq!(
        open_snapshot(&key, &forged, &signed).unwrap_err(),
        ShareError::NotSigned
    );
    // A different hash in the envelope breaks the signature.
    let mut envelope = envelope_of(&key, &sealed);
    envelope["content"] = hex(&sha256(changed.as_bytes())).into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
}

#[test]
fn a_signature_for_another_link_version_is_refused() {
    let d = dossier();
    let (key, _, sealed) = signed_share(&d);
    let mut envelope = envelope_of(&key, &sealed);
    let preview_json = B64.decode(envelope["preview"].as_str().unwrap()).unwrap();
    let content_hash = unhex(envelope["content"].as_str().unwrap()).unwrap();
    // The same preview and content, signed for link version 2.
    let message = signed_message(&preview_json, &content_hash, Some(&terms()));
    let for_v1 = format!("link {LINK_VERSION}\n");
    let at = message
        .windows(for_v1.len())
        .position(|w| w == for_v1.as_bytes())
        .unwrap();
    let mut message_v2 = message.clone();
    message_v2.splice(at..at + for_v1.len(), b"link 2\n".iter().copied());
    let signing = d.signing.as_ref().unwrap();
    envelope["signature"] = B64.encode(signing.sign(&message_v2)).into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
    // Signed for version 1, as it should be, it is accepted: the test changes one thing only.
    envelope["signature"] = B64.encode(signing.sign(&message)).into();
    assert!(open_preview(&key, &reseal(&key, &envelope)).is_ok());
}

#[test]
fn unsigned_or_falsely_signed_previews_are_refused() {
    let d = dossier();
    let (key, preview, sealed) = signed_share(&d);
    // A preview from before signing, or made by hand with age: a valid age file, no signature.
    let old = key.seal(&serde_json::to_vec(&preview).unwrap()).unwrap();
    assert_eq!(open_preview(&key, &old).unwrap_err(), ShareError::NotSigned);
    // An envelope with a field missing or mangled.
    for field in ["signature", "signer", "content", "preview"] {
        let mut envelope = envelope_of(&key, &sealed);
        envelope.as_object_mut().unwrap().remove(field);
        assert_eq!(
            open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
            ShareError::NotSigned,
            "without {field}"
        );
        let mut envelope = envelope_of(&key, &sealed);
        envelope[field] = "AAAA".into();
        assert_eq!(
            open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
            ShareError::NotSigned,
            "bad {field}"
        );
    }
    // Signed by another dossier while naming this one's key.
    let mut forger = Dossier::new();
    forger.ensure_signing_key();
    let mut envelope = envelope_of(&key, &sealed);
    let message = {
        let preview_json = B64.decode(envelope["preview"].as_str().unwrap()).unwrap();
        let hash = unhex(envelope["content"].as_str().unwrap()).unwrap();
        signed_message(&preview_json, &hash, Some(&terms()))
    };
    envelope["signature"] = B64
        .encode(forger.signing.as_ref().unwrap().sign(&message))
        .into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
    // Signed by another dossier under its own key: it verifies, but it names the other
    // dossier, whose words differ.
    envelope["signer"] = B64.encode(forger.signer().unwrap().to_bytes()).into();
    let theirs = open_preview(&key, &reseal(&key, &envelope)).unwrap();
    assert_ne!(theirs.check_words(), d.signer().unwrap().check_words());
    assert_eq!(theirs.sharer, "Samira", "the name is whatever was typed");
}

#[test]
fn content_that_repeats_another_preview_is_refused() {
    let d = dossier();
    let key = ShareKey::generate();
    let preview = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    // Content whose own preview names someone else, signed as it stands.
    let mut inner = preview.clone();
    inner.recipient = "Iemand anders".into();
    let snapshot = ShareSnapshot {
        v: SNAPSHOT_VERSION,
        preview: inner,
        dossier: d.with_only(&preview.sections),
        files: Vec::new(),
    };
    let content_json = serde_json::to_vec(&snapshot).unwrap();
    let preview_json = serde_json::to_vec(&preview).unwrap();
    let hash = sha256(&content_json);
    let signing = d.signing.as_ref().unwrap();
    let envelope = serde_json::json!({
        "v": SIGNED_PREVIEW_VERSION,
        "preview": B64.encode(&preview_json),
        "content": hex(&hash),
        "share": terms(),
        "signer": B64.encode(signing.signer().to_bytes()),
        "signature": B64.encode(signing.sign(&signed_message(&preview_json, &hash, Some(&terms())))),
    });
    let signed = open_preview(&key, &reseal(&key, &envelope)).unwrap();
    let content = key.seal(&content_json).unwrap();
    assert_eq!(
        open_snapshot(&key, &content, &signed).unwrap_err(),
        ShareError::NotSigned
    );
}

#[test]
fn the_secret_key_is_never_in_a_share() {
    use crate::bundle::SharedFile;
    use crate::model::{DocumentRef, EntryId};
    let mut d = dossier();
    d.documents.add(DocumentRef {
        id: EntryId::new("d-1"),
        name: "Brief".into(),
        mime: "image/png".into(),
        size: 4,
        added: Timestamp(0),
        note: String::new(),
        date: None,
        thumb: String::new(),
    });
    let seed = d.signing.as_ref().unwrap().seed();
    let seed_b64 = B64.encode(seed);
    let seed_hex = hex(&seed);
    let files = [SharedFile {
        id: "d-1".into(),
        bytes: b"\x89PNG".to_vec(),
    }];
    let key = ShareKey::generate();
    // Every section, and the documents as a bundle: nothing carries the secret.
    let preview = SharePreview::new("Anna", &d, &SectionKey::ALL, Timestamp(0), Timestamp(1));
    let sealed = seal_share_with_files(&key, &preview, &terms(), &d, &files).unwrap();
    let plains = [
        key.open(&sealed.preview).unwrap(),
        key.open(&sealed.content).unwrap(),
        sealed.preview.clone(),
        sealed.content.clone(),
    ];
    for plain in plains {
        let has = |needle: &[u8]| plain.windows(needle.len()).any(|w| w == needle);
        assert!(!has(&seed), "the raw secret");
        assert!(!has(seed_b64.as_bytes()), "the secret in base64");
        assert!(!has(seed_hex.as_bytes()), "the secret in hex");
        assert!(!has(b"signing_key"), "the field");
    }
    let signed = open_preview(&key, &sealed.preview).unwrap();
    let snapshot = open_snapshot(&key, &sealed.content, &signed).unwrap();
    assert!(snapshot.dossier.signing.is_none());
    assert_eq!(snapshot.files.len(), 1);
}

#[test]
fn an_envelope_read_unchecked_gives_what_a_browser_checks_and_the_same_preview() {
    let d = dossier();
    let (key, preview, sealed) = signed_share(&d);
    let signed = open_envelope(&key, &sealed.preview).unwrap();
    // What a browser's Ed25519 is given: the dossier's key, and a signature over the message.
    assert_eq!(*signed.signer(), d.signer().unwrap().to_bytes());
    assert!(d
        .signer()
        .unwrap()
        .verify(&signed.message(), signed.signature()));
    let envelope = signed.envelope().to_owned();
    let checked = signed.checked_by_platform().unwrap();
    assert_eq!(checked.preview, preview);
    assert_eq!(checked, open_preview(&key, &sealed.preview).unwrap());
    // The second part's own check of the same envelope.
    assert_eq!(read_signed_preview(envelope.as_bytes()).unwrap(), checked);
}

#[test]
fn an_envelope_with_a_bent_signature_reads_but_does_not_verify() {
    let d = dossier();
    let (key, _, sealed) = signed_share(&d);
    let mut envelope = envelope_of(&key, &sealed);
    let mut signature = B64.decode(envelope["signature"].as_str().unwrap()).unwrap();
    signature[0] ^= 1;
    envelope["signature"] = B64.encode(&signature).into();
    let bent = reseal(&key, &envelope);
    let signed = open_envelope(&key, &bent).unwrap();
    assert!(!d
        .signer()
        .unwrap()
        .verify(&signed.message(), signed.signature()));
    assert_eq!(signed.verify().unwrap_err(), ShareError::NotSigned);
    // A signature that is not 64 bytes is refused on reading.
    envelope["signature"] = B64.encode([0u8; 12]).into();
    assert_eq!(
        open_envelope(&key, &reseal(&key, &envelope)).err(),
        Some(ShareError::NotSigned)
    );
}

#[test]
fn the_countdown_reads_like_the_share_list_and_counts_the_last_minute_in_seconds() {
    let c = |ms| Countdown::of(Timestamp(0), Timestamp(ms));
    assert_eq!(c(0), None);
    assert_eq!(c(-5), None);
    assert_eq!(c(1), Some(Countdown::Seconds(1)));
    assert_eq!(c(60_000), Some(Countdown::Seconds(60)));
    assert_eq!(c(60_001), Some(Countdown::Left(TimeLeft::Minutes(2))));
    assert_eq!(c(12 * 60_000).unwrap().words(Lang::Nl), "nog 12 min");
    assert_eq!(c(3 * 3_600_000).unwrap().words(Lang::Nl), "nog 3 uur");
    assert_eq!(c(40_000).unwrap().words(Lang::En), "40 more seconds");
}

#[test]
fn the_warning_comes_five_minutes_before_the_end_in_whole_minutes() {
    let warning = |ms| Countdown::warning(Timestamp(0), Timestamp(ms), Lang::Nl);
    assert_eq!(warning(ENDING_WARNING_MS + 1), None);
    assert_eq!(warning(0), None);
    let five = warning(ENDING_WARNING_MS).unwrap();
    assert!(
        five.starts_with("Let op: over 5 minuten is deze gedeelde informatie weg."),
        "{five}"
    );
    assert!(warning(30_000)
        .unwrap()
        .starts_with("Let op: over 1 minuut"));
}
