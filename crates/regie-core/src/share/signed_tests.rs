use super::*;
use crate::model::{Dossier, SectionKey};
use crate::share::{open_snapshot, seal_share, SealedShare, ShareLink};

const ID: &str = "AbCdEfGhIjKlMnOpQrStUw";

fn dossier() -> Dossier {
    let mut d = Dossier::new();
    d.ensure_signing_key();
    d.about.name = "Samira".into();
    d.story.text = "Mijn verhaal".into();
    d
}

fn terms() -> ShareTerms {
    ShareTerms {
        id: ID.into(),
        starts: Some(Timestamp(1_800_000_600_000)),
        max_opens: Some(2),
        code: true,
    }
}

fn sealed(d: &Dossier, terms: &ShareTerms) -> (ShareKey, SealedShare) {
    let key = ShareKey::generate();
    let preview = SharePreview::new(
        "Anna, wijkteam",
        d,
        &[SectionKey::Story],
        Timestamp(1_800_000_000_000),
        Timestamp(1_800_004_200_000),
    );
    let sealed = seal_share(&key, &preview, terms, d).unwrap();
    (key, sealed)
}

fn envelope_of(key: &ShareKey, sealed: &SealedShare) -> serde_json::Value {
    serde_json::from_slice(&key.open(&sealed.preview).unwrap()).unwrap()
}

fn reseal(key: &ShareKey, envelope: &serde_json::Value) -> Vec<u8> {
    key.seal(&serde_json::to_vec(envelope).unwrap()).unwrap()
}

#[test]
fn the_id_start_limit_and_code_are_signed_with_the_share() {
    let d = dossier();
    let (key, sealed) = sealed(&d, &terms());
    let envelope = envelope_of(&key, &sealed);
    assert_eq!(envelope["v"], SIGNED_PREVIEW_VERSION);
    let signed = open_preview(&key, &sealed.preview).unwrap();
    assert_eq!(signed.terms, Some(terms()));
    // The viewer's second part reads the same terms from the envelope on its own.
    let again = read_signed_preview(signed.envelope().as_bytes()).unwrap();
    assert_eq!(again.terms, Some(terms()));
    assert!(open_snapshot(&key, &sealed.content, &signed).is_ok());
    // Without a start, a limit or a code the terms say so, and still verify.
    let plain = ShareTerms {
        starts: None,
        max_opens: None,
        code: false,
        ..terms()
    };
    let (key, sealed) = self::sealed(&d, &plain);
    assert_eq!(
        open_preview(&key, &sealed.preview).unwrap().terms,
        Some(plain)
    );
}

#[test]
fn every_term_changed_after_signing_is_refused() {
    let d = dossier();
    let (key, sealed) = sealed(&d, &terms());
    let changes: [(&str, serde_json::Value); 7] = [
        ("id", "ZZZZZZZZZZZZZZZZZZZZZw".into()),
        ("starts", serde_json::Value::Null),
        ("starts", 1_800_000_000_000_i64.into()),
        ("max_opens", serde_json::Value::Null),
        ("max_opens", 3.into()),
        ("code", false.into()),
        ("id", "not an id".into()),
    ];
    for (field, value) in changes {
        let mut envelope = envelope_of(&key, &sealed);
        envelope["share"][field] = value.clone();
        assert_eq!(
            open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
            ShareError::NotSigned,
            "{field} = {value}"
        );
    }
    // Unchanged, it verifies: each case above changed one thing only.
    let envelope = envelope_of(&key, &sealed);
    assert!(open_preview(&key, &reseal(&key, &envelope)).is_ok());
}

#[test]
fn a_bound_share_cannot_pass_for_an_unbound_one_or_lose_its_terms() {
    let d = dossier();
    let (key, sealed) = sealed(&d, &terms());
    // Its terms taken out, as a version-2 envelope: the signature covers them.
    let mut envelope = envelope_of(&key, &sealed);
    envelope.as_object_mut().unwrap().remove("share");
    envelope["v"] = UNBOUND_PREVIEW_VERSION.into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
    // Version 3 without terms, or version 2 with them.
    envelope["v"] = SIGNED_PREVIEW_VERSION.into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
    let mut envelope = envelope_of(&key, &sealed);
    envelope["v"] = UNBOUND_PREVIEW_VERSION.into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::NotSigned
    );
    // A later version is one this build cannot read.
    envelope["v"] = (SIGNED_PREVIEW_VERSION + 1).into();
    assert_eq!(
        open_preview(&key, &reseal(&key, &envelope)).unwrap_err(),
        ShareError::UnsupportedVersion
    );
}

#[test]
fn a_share_cannot_be_signed_for_an_id_that_is_no_share_id() {
    let d = dossier();
    let key = ShareKey::generate();
    let preview = SharePreview::new("Anna", &d, &[SectionKey::Story], Timestamp(0), Timestamp(1));
    for id in [
        "",
        "short",
        "AbCdEfGhIjKlMnOpQrStU+",
        "AbCdEfGhIjKlMnOpQrStUw\n",
    ] {
        let terms = ShareTerms {
            id: id.into(),
            ..terms()
        };
        assert!(seal_share(&key, &preview, &terms, &d).is_err(), "{id:?}");
    }
}

#[test]
fn new_ids_are_share_ids_and_differ() {
    let (a, b) = (ShareTerms::new_id(), ShareTerms::new_id());
    assert!(is_share_id(&a) && is_share_id(&b));
    assert_ne!(a, b);
}

/// A share made by Regie before shares were bound to their terms (envelope version 2),
/// kept as it was made: it must keep verifying and opening.
#[test]
fn a_share_signed_before_the_terms_still_verifies_and_opens() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/data/share-v2-signed.json")).unwrap();
    let text = |field: &str| fixture[field].as_str().unwrap().to_owned();
    let link = ShareLink::parse(&text("link")).unwrap();
    let preview = B64.decode(text("preview")).unwrap();
    let content = B64.decode(text("content")).unwrap();
    let envelope: serde_json::Value =
        serde_json::from_slice(&link.key.open(&preview).unwrap()).unwrap();
    assert_eq!(envelope["v"], UNBOUND_PREVIEW_VERSION);
    let signed = open_preview(&link.key, &preview).unwrap();
    assert_eq!(signed.terms, None, "signed without terms");
    assert_eq!(signed.check_words().to_string(), text("words"));
    assert_eq!(signed.recipient, "Anna, wijkteam");
    let snapshot = open_snapshot(&link.key, &content, &signed).unwrap();
    assert_eq!(snapshot.dossier.story.text, "Mijn verhaal");
    // It is still signed: a changed preview is refused as before.
    let mut bent = envelope.clone();
    bent["content"] = hex(&[0; 32]).into();
    let bent = link.key.seal(&serde_json::to_vec(&bent).unwrap()).unwrap();
    assert_eq!(
        open_preview(&link.key, &bent).unwrap_err(),
        ShareError::NotSigned
    );
}
