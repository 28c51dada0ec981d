use super::*;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use std::io::Write as _;

fn age_file(plaintext: &[u8]) -> Vec<u8> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

fn params(max_opens: Option<u32>) -> CreateShareParams {
    CreateShareParams {
        expires_in_secs: 3600,
        max_opens,
        ..CreateShareParams::default()
    }
}

#[test]
fn uploads_decode_with_their_limits() {
    let preview = age_file(b"Anna");
    let content = age_file(b"snapshot");
    let body = raw_share_body(&params(Some(2)), &preview, &content);
    let decoded = decode_raw_share(&body).unwrap();
    assert_eq!(decoded.head.max_opens, Some(2));
    assert_eq!(decoded.head.expires_in_secs, 3600);
    assert_eq!((decoded.head.preview, decoded.content), (preview, content));
}

#[test]
fn the_head_parses_as_it_streams_in() {
    let preview = age_file(b"Anna");
    let body = raw_share_body(&params(None), &preview, &age_file(b"snapshot"));
    let whole = ShareHead::parse(&body).unwrap().unwrap();
    let head = serde_json::to_vec(&params(None)).unwrap();
    assert_eq!(whole.len, 8 + head.len() + preview.len());
    for cut in 0..whole.len {
        assert_eq!(ShareHead::parse(&body[..cut]), Ok(None), "{cut}");
    }
    assert_eq!(ShareHead::parse(&body[..whole.len]), Ok(Some(whole)));
}

#[test]
fn limits_are_inclusive() {
    let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
    let body = |expires_in_secs, max_opens| {
        let params = CreateShareParams {
            expires_in_secs,
            max_opens,
            ..CreateShareParams::default()
        };
        decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|_| ())
    };
    for secs in [MIN_EXPIRES_IN_SECS, MAX_EXPIRES_IN_SECS] {
        assert_eq!(body(secs, None), Ok(()), "{secs}");
    }
    for secs in [0, MIN_EXPIRES_IN_SECS - 1, MAX_EXPIRES_IN_SECS + 1] {
        assert_eq!(body(secs, None), Err(InvalidShare::Expiry));
    }
    for opens in [Some(0), Some(MAX_OPENS_LIMIT + 1)] {
        assert_eq!(body(600, opens), Err(InvalidShare::MaxOpens));
    }
    assert_eq!(body(600, Some(MAX_OPENS_LIMIT)), Ok(()));
}

#[test]
fn malformed_bodies_are_refused() {
    let preview = age_file(b"Anna");
    let content = age_file(b"snapshot");
    let body = raw_share_body(&params(Some(2)), &preview, &content);
    let bad = |body: &[u8]| decode_raw_share(body).unwrap_err();
    assert_eq!(bad(&body[..3]), InvalidShare::Framing);
    assert_eq!(bad(&body[..20]), InvalidShare::Framing);
    assert_eq!(bad(&[0xFF; 64]), InvalidShare::Framing);
    assert_eq!(
        bad(&raw_share_body(&params(None), &preview, b"not age")),
        InvalidShare::NotAge("content")
    );
    assert_eq!(
        bad(&raw_share_body(&params(None), b"not age", &content)),
        InvalidShare::NotAge("preview")
    );
    let big = age_file(&[0; MAX_PREVIEW_BYTES]);
    assert_eq!(
        bad(&raw_share_body(&params(None), &big, &content)),
        InvalidShare::PreviewTooLarge
    );
}

#[test]
fn codes_and_starts_are_checked_in_the_head() {
    let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
    let head = |code: Option<&str>, starts_in_secs: Option<u64>| {
        let params = CreateShareParams {
            expires_in_secs: 3600,
            code: code.map(str::to_owned),
            starts_in_secs,
            ..CreateShareParams::default()
        };
        decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|d| d.head)
    };
    for good in ["0000", "12345", "987654"] {
        assert_eq!(head(Some(good), None).unwrap().code.as_deref(), Some(good));
    }
    for bad in ["", "123", "1234567", "12a4", "１２３４", " 1234", "12-34"] {
        assert_eq!(head(Some(bad), None), Err(InvalidShare::Code), "{bad:?}");
    }
    assert_eq!(head(None, None).unwrap().starts_in_secs, 0);
    assert_eq!(
        head(None, Some(MAX_STARTS_IN_SECS)).unwrap().starts_in_secs,
        MAX_STARTS_IN_SECS
    );
    assert_eq!(
        head(None, Some(MAX_STARTS_IN_SECS + 1)),
        Err(InvalidShare::Start)
    );
    // An upload of an earlier app, without the new fields, still parses.
    let old = br#"{"expires_in_secs":600}"#;
    let params: CreateShareParams = serde_json::from_slice(old).unwrap();
    assert_eq!((params.code, params.starts_in_secs), (None, None));
}

#[test]
fn the_new_answers_read_and_old_ones_still_do() {
    let old: ShareStatus = serde_json::from_str(r#"{"expires_at":5,"preview":"AA=="}"#).unwrap();
    assert!(!old.code_needed && !old.used_up && old.starts_at.is_none());
    assert_eq!(
        serde_json::to_string(&NotYet {
            error: ErrorCode::NotYet,
            starts_at: 7
        })
        .unwrap(),
        r#"{"error":"not_yet","starts_at":7}"#
    );
    assert_eq!(
        serde_json::to_string(&ShareState::Blocked).unwrap(),
        r#""blocked""#
    );
    let open: OpenShare = serde_json::from_str("{}").unwrap();
    assert_eq!(open.code, None);
}

#[test]
fn a_head_may_name_the_share_id_and_a_malformed_one_is_refused() {
    let (preview, content) = (age_file(b"Anna"), age_file(b"snapshot"));
    let head = |id: Option<&str>| {
        let params = CreateShareParams {
            id: id.map(str::to_owned),
            expires_in_secs: 3600,
            ..CreateShareParams::default()
        };
        decode_raw_share(&raw_share_body(&params, &preview, &content)).map(|d| d.head.id)
    };
    let id = URL_SAFE_NO_PAD.encode([9u8; SHARE_ID_BYTES]);
    assert_eq!(head(Some(&id)), Ok(Some(id.clone())));
    assert_eq!(head(None), Ok(None), "an earlier app's head names none");
    for bad in [
        "",
        "short",
        "AAAAAAAAAAAAAAAAAAAAA+",
        "../../../etc/passwd",
        &id[1..],
    ] {
        assert_eq!(head(Some(bad)), Err(InvalidShare::Id), "{bad:?}");
    }
    // The status answer carries the open limit, and an old one without it still reads.
    let status = ShareStatus {
        expires_at: 5,
        preview: "AA==".into(),
        code_needed: true,
        tries_left: Some(5),
        starts_at: Some(3),
        max_opens: Some(2),
        used_up: false,
    };
    let json = serde_json::to_string(&status).unwrap();
    assert!(json.contains(r#""max_opens":2"#), "{json}");
    assert_eq!(serde_json::from_str::<ShareStatus>(&json).unwrap(), status);
    let old: ShareStatus = serde_json::from_str(r#"{"expires_at":5,"preview":"AA=="}"#).unwrap();
    assert_eq!(old.max_opens, None);
    assert_eq!(
        serde_json::to_string(&ApiError::new(ErrorCode::IdTaken)).unwrap(),
        r#"{"error":"id_taken"}"#
    );
}

#[test]
fn share_ids_are_22_base64url_chars() {
    assert!(is_share_id(&URL_SAFE_NO_PAD.encode([7u8; SHARE_ID_BYTES])));
    assert!(!is_share_id("short"));
    assert!(!is_share_id("AAAAAAAAAAAAAAAAAAAAA+"));
    assert!(!is_share_id(&URL_SAFE_NO_PAD.encode([7u8; 17])));
}

#[test]
fn paths_are_filled_from_the_templates() {
    assert_eq!(open_path("abc"), "/api/shares/abc/open");
    assert_eq!(share_path("abc"), format!("{SHARES_PATH}/abc"));
    // The transfer module still spells its own; they must not drift apart.
    assert_eq!(
        crate::transfer::receive_path("abc"),
        path_for(paths::TRANSFER_RECEIVE, "abc")
    );
    assert_eq!(
        crate::transfer::cancel_path("abc"),
        path_for(paths::TRANSFER_CANCEL, "abc")
    );
    assert_eq!(crate::transfer::TRANSFERS_PATH, paths::TRANSFERS);
    assert_eq!(view_path("abc"), "/api/shares/abc/view");
    assert_eq!(replies_path("abc"), "/api/shares/abc/replies");
    assert_eq!(reply_path("abc", "r1"), "/api/shares/abc/replies/r1");
}

#[test]
fn replies_are_off_unless_asked_for_and_old_heads_stay_the_same() {
    let old = CreateShareParams {
        expires_in_secs: 600,
        ..Default::default()
    };
    // A head without replies is byte for byte what an earlier app sent.
    assert_eq!(
        serde_json::to_string(&old).unwrap(),
        r#"{"expires_in_secs":600}"#
    );
    let body = raw_share_body(&old, &age_file(b"p"), &age_file(b"c"));
    assert!(!decode_raw_share(&body).unwrap().head.replies);
    let with = CreateShareParams {
        replies: true,
        ..old
    };
    let body = raw_share_body(&with, &age_file(b"p"), &age_file(b"c"));
    assert!(decode_raw_share(&body).unwrap().head.replies);
}

#[test]
fn wire_format_is_stable() {
    let log = ShareLog {
        status: ShareState::Exhausted,
        expires_at: 5,
        max_opens: None,
        opens: vec![1, 2],
        starts_at: None,
        wrong_codes: Vec::new(),
    };
    assert_eq!(
        serde_json::to_string(&log).unwrap(),
        r#"{"status":"exhausted","expires_at":5,"max_opens":null,"opens":[1,2]}"#
    );
    // An older relay's answer has no wrong codes, and still reads.
    let old: ShareLog =
        serde_json::from_str(r#"{"status":"blocked","expires_at":5,"max_opens":null,"opens":[1]}"#)
            .unwrap();
    assert!(old.wrong_codes.is_empty());
    let tried = ShareLog {
        wrong_codes: vec![3, 4],
        ..log
    };
    assert_eq!(
        serde_json::to_string(&tried).unwrap(),
        r#"{"status":"exhausted","expires_at":5,"max_opens":null,"opens":[1,2],"wrong_codes":[3,4]}"#
    );
    for (code, text) in [
        (ErrorCode::Gone, "gone"),
        (ErrorCode::RateLimited, "rate_limited"),
        (ErrorCode::QuotaFull, "quota_full"),
        (ErrorCode::ClientQuotaFull, "client_quota_full"),
        (ErrorCode::CrossSite, "cross_site"),
        (ErrorCode::Busy, "busy"),
        (ErrorCode::TimedOut, "timed_out"),
        (ErrorCode::CodeNeeded, "code_needed"),
        (ErrorCode::NotYet, "not_yet"),
        (ErrorCode::RepliesOff, "replies_off"),
        (ErrorCode::TooManyReplies, "too_many_replies"),
    ] {
        assert_eq!(
            serde_json::to_string(&ApiError::new(code)).unwrap(),
            format!(r#"{{"error":"{text}"}}"#)
        );
    }
}
