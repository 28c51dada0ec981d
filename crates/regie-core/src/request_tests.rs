use super::*;

fn request(key: &RequestKey) -> ShareRequest {
    ShareRequest {
        v: 1,
        key: key.recipient(),
        name: "Anna de Boer".into(),
        org: "Wijkteam Oost".into(),
        role: "consulent".into(),
        purpose: "keukentafelgesprek".into(),
        sections: vec![SectionKey::About, SectionKey::Goals, SectionKey::Support],
        minutes: 30,
    }
}

#[test]
fn a_link_names_the_body_it_was_made_for() {
    let key = RequestKey::generate();
    let body = request(&key).to_body().unwrap();
    let fingerprint = fingerprint_of(&body);
    let id = "AAAAAAAAAAAAAAAAAAAAAA";
    let link = request_link("https://regie.example/", id, &fingerprint);
    assert!(link.starts_with("https://regie.example/#vraag="));
    let fragment = link.split_once('#').unwrap().1;
    let (got_id, got_fingerprint) = parse_fragment(fragment).unwrap();
    assert_eq!(got_id, id);
    assert_eq!(
        ShareRequest::verified(&body, &got_fingerprint).unwrap(),
        request(&key)
    );
}

#[test]
fn a_body_altered_in_any_way_is_refused() {
    let key = RequestKey::generate();
    let body = request(&key).to_body().unwrap();
    let fingerprint = fingerprint_of(&body);
    // The relay swaps the key for its own.
    let mut swapped = request(&key);
    swapped.key = RequestKey::generate().recipient();
    let swapped = swapped.to_body().unwrap();
    assert_eq!(
        ShareRequest::verified(&swapped, &fingerprint),
        Err(RequestError::Altered)
    );
    // Or asks for one section more.
    let mut more = request(&key);
    more.sections.push(SectionKey::Health);
    assert_eq!(
        ShareRequest::verified(&more.to_body().unwrap(), &fingerprint),
        Err(RequestError::Altered)
    );
    // Or changes a single byte of the same body.
    let mut flipped = body.clone();
    let at = flipped.iter().position(|&b| b == b'A').unwrap();
    flipped[at] = b'B';
    assert_eq!(
        ShareRequest::verified(&flipped, &fingerprint),
        Err(RequestError::Altered)
    );
}

#[test]
fn only_the_requests_key_opens_the_answer() {
    let key = RequestKey::generate();
    let link = "https://regie.example/v#s=AAAAAAAAAAAAAAAAAAAAAA.key";
    let answer = seal_answer(&request(&key), link).unwrap();
    assert!(answer_is_well_formed(&answer));
    let RequestAnswer::Approved(sealed) = answer else {
        panic!("an approval");
    };
    assert!(!sealed.contains("regie.example"));
    assert_eq!(key.open_answer(&sealed).unwrap(), link);
    assert_eq!(
        RequestKey::generate().open_answer(&sealed),
        Err(RequestError::Undecryptable)
    );
}

/// One way to spoil a request.
type Change = fn(&mut ShareRequest);

#[test]
fn requests_outside_the_rules_are_refused() {
    let key = RequestKey::generate();
    let cases: [(Change, RequestError); 7] = [
        (|r| r.name = "  ".into(), RequestError::NoName),
        (|r| r.sections.clear(), RequestError::NoSections),
        (|r| r.minutes = 600, RequestError::Duration),
        (|r| r.org = "x".repeat(81), RequestError::TooLong),
        (|r| r.role = "a\u{7}b".into(), RequestError::TooLong),
        (|r| r.key = "age1notakey".into(), RequestError::Format),
        (
            |r| r.sections = vec![SectionKey::About, SectionKey::About],
            RequestError::Format,
        ),
    ];
    for (change, error) in cases {
        let mut bad = request(&key);
        change(&mut bad);
        assert_eq!(bad.to_body(), Err(error));
        let body = serde_json::to_vec(&bad).unwrap();
        assert_eq!(ShareRequest::from_body(&body), Err(error));
    }
    assert_eq!(
        ShareRequest::from_body(br#"{"v":1,"extra":true}"#),
        Err(RequestError::Format)
    );
    assert_eq!(
        ShareRequest::from_body(&vec![b' '; MAX_REQUEST_BYTES + 1]),
        Err(RequestError::TooLarge)
    );
}

#[test]
fn fragments_that_are_no_request_are_ignored() {
    for fragment in [
        "",
        "#vraag=",
        "#vraag=short.abc",
        "#s=AAAAAAAAAAAAAAAAAAAAAA.x",
        "#vraag=AAAAAAAAAAAAAAAAAAAAAA.not-a-fingerprint",
    ] {
        assert_eq!(parse_fragment(fragment), None, "{fragment}");
    }
}

#[test]
fn answers_that_are_not_one_small_age_file_are_refused() {
    assert!(answer_is_well_formed(&RequestAnswer::Refused));
    assert!(!answer_is_well_formed(&RequestAnswer::Approved(
        "aGVsbG8=".into()
    )));
    assert!(!answer_is_well_formed(&RequestAnswer::Approved(
        "not base64".into()
    )));
    let json = serde_json::to_string(&RequestState::Approved("x".into())).unwrap();
    assert_eq!(json, r#"{"state":"approved","sealed":"x"}"#);
    assert_eq!(
        serde_json::to_string(&RequestState::Waiting).unwrap(),
        r#"{"state":"waiting"}"#
    );
}

#[test]
fn the_asker_is_one_line_without_empty_parts() {
    let key = RequestKey::generate();
    let mut asked = request(&key);
    assert_eq!(asked.asker(), "Anna de Boer, consulent, Wijkteam Oost");
    asked.role = " ".into();
    asked.org = String::new();
    assert_eq!(asked.asker(), "Anna de Boer");
}

#[test]
fn a_purpose_is_trimmed_short_and_plain() {
    assert_eq!(purpose_of("  "), Ok(None));
    assert_eq!(
        purpose_of(" Intake schuldhulp "),
        Ok(Some("Intake schuldhulp".into()))
    );
    assert_eq!(
        purpose_of(&"x".repeat(MAX_FIELD_CHARS)).map(|p| p.map(|p| p.len())),
        Ok(Some(MAX_FIELD_CHARS))
    );
    assert_eq!(
        purpose_of(&"x".repeat(MAX_FIELD_CHARS + 1)),
        Err(RequestError::TooLong)
    );
    assert_eq!(purpose_of("a\nb"), Err(RequestError::TooLong));
    for preset in PURPOSE_PRESETS {
        for lang in [crate::catalogue::Lang::Nl, crate::catalogue::Lang::En] {
            assert!(purpose_of(preset.get(lang)).unwrap().is_some());
        }
    }
}

#[test]
fn a_preview_without_purpose_still_reads_and_writes_none() {
    use crate::share::SharePreview;
    // A preview as shares made before the purpose carried it.
    let old =
        r#"{"v":2,"recipient":"Anna","sharer":"Sam","sections":["about"],"created":1,"expires":2}"#;
    let preview: SharePreview = serde_json::from_str(old).unwrap();
    assert_eq!(preview.purpose, None);
    // Written again, it has no purpose key: the bytes an old signature covers stay the same.
    assert!(!serde_json::to_string(&preview).unwrap().contains("purpose"));
    let with = SharePreview {
        purpose: Some("Huisartsconsult".into()),
        ..preview
    };
    let json = serde_json::to_string(&with).unwrap();
    let back: SharePreview = serde_json::from_str(&json).unwrap();
    assert_eq!(back.purpose.as_deref(), Some("Huisartsconsult"));
    // The client's record of an old share reads without one too.
    let record: crate::model::ShareRecord = serde_json::from_str(
        r#"{"id":"s","revoke_token":"t","recipient":"Anna","sections":[],"created":1,"expires":2}"#,
    )
    .unwrap();
    assert_eq!(record.purpose, None);
}
