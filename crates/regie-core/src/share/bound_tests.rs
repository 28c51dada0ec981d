use super::*;
use crate::model::{Dossier, SectionKey};
use crate::share::{open_preview, seal_share, ShareKey, SharePreview, ShareTerms};

const ID: &str = "AbCdEfGhIjKlMnOpQrStUw";
const OTHER_ID: &str = "ZZZZZZZZZZZZZZZZZZZZZw";
/// The phone's clock when the client shared; the share starts ten minutes later and runs an
/// hour from its start.
const NOW: i64 = 1_800_000_000_000;
const START: i64 = NOW + 600_000;
const END: i64 = START + 3_600_000;
const MINUTE: i64 = 60_000;

fn signed(terms: Option<ShareTerms>) -> VerifiedPreview {
    let mut d = Dossier::new();
    d.ensure_signing_key();
    let key = ShareKey::generate();
    let preview = SharePreview::new(
        "Anna",
        &d,
        &[SectionKey::Story],
        Timestamp(NOW),
        Timestamp(END),
    );
    let terms = terms.unwrap_or(ShareTerms {
        id: ID.into(),
        starts: None,
        max_opens: None,
        code: false,
    });
    let sealed = seal_share(&key, &preview, &terms, &d).unwrap();
    open_preview(&key, &sealed.preview).unwrap()
}

/// The client's choice: a start, two openings, a code.
fn chosen() -> VerifiedPreview {
    signed(Some(ShareTerms {
        id: ID.into(),
        starts: Some(Timestamp(START)),
        max_opens: Some(2),
        code: true,
    }))
}

/// What the relay says of the share as the client made it.
fn as_made() -> ShareStatus {
    ShareStatus {
        expires_at: END,
        preview: String::new(),
        code_needed: true,
        tries_left: Some(5),
        starts_at: Some(START),
        max_opens: Some(2),
        used_up: false,
    }
}

#[test]
fn the_share_as_the_client_made_it_is_accepted_and_wiped_at_its_end() {
    assert_eq!(check_bound(&chosen(), ID, &as_made()), Ok(Timestamp(END)));
}

#[test]
fn the_re_uploads_of_someone_who_opened_it_are_refused() {
    let signed = chosen();
    // (a) Under another id: the link names the new one.
    assert_eq!(check_bound(&signed, OTHER_ID, &as_made()), Err(Unbound::Id));
    // (b) With a longer end: a 30-day share.
    let longer = ShareStatus {
        expires_at: NOW + 30 * 86_400_000,
        ..as_made()
    };
    assert_eq!(check_bound(&signed, ID, &longer), Err(Unbound::End));
    // (c) Without a limit, or with another one.
    for max_opens in [None, Some(3), Some(1)] {
        let other = ShareStatus {
            max_opens,
            ..as_made()
        };
        assert_eq!(
            check_bound(&signed, ID, &other),
            Err(Unbound::OpenLimit),
            "{max_opens:?}"
        );
    }
    // (d) Without a code.
    let open = ShareStatus {
        code_needed: false,
        tries_left: None,
        ..as_made()
    };
    assert_eq!(check_bound(&signed, ID, &open), Err(Unbound::Code));
    // And at once instead of later, or much later.
    for starts_at in [None, Some(START - 20 * MINUTE), Some(START + 20 * MINUTE)] {
        let other = ShareStatus {
            starts_at,
            ..as_made()
        };
        assert_eq!(
            check_bound(&signed, ID, &other),
            Err(Unbound::Start),
            "{starts_at:?}"
        );
    }
}

#[test]
fn a_code_or_a_start_the_client_did_not_choose_is_refused_too() {
    let plain = signed(None);
    let at_once = ShareStatus {
        code_needed: false,
        tries_left: None,
        starts_at: None,
        max_opens: None,
        ..as_made()
    };
    assert_eq!(check_bound(&plain, ID, &at_once), Ok(Timestamp(END)));
    let coded = ShareStatus {
        code_needed: true,
        ..at_once.clone()
    };
    assert_eq!(check_bound(&plain, ID, &coded), Err(Unbound::Code));
    let later = ShareStatus {
        starts_at: Some(START),
        ..at_once
    };
    assert_eq!(check_bound(&plain, ID, &later), Err(Unbound::Start));
}

#[test]
fn clocks_a_few_minutes_apart_are_tolerated_and_the_earlier_end_wins() {
    let signed = chosen();
    // The phone ran behind the relay: the relay's start and end are later than signed.
    for skew in [MINUTE, CLOCK_TOLERANCE_MS] {
        let relay = ShareStatus {
            starts_at: Some(START + skew),
            expires_at: END + skew,
            ..as_made()
        };
        assert_eq!(
            check_bound(&signed, ID, &relay),
            Ok(Timestamp(END)),
            "wiped at the signed end, {skew} ms before the relay's"
        );
    }
    // The phone ran ahead: the relay's end is earlier, and that is when the viewer wipes.
    let relay = ShareStatus {
        starts_at: Some(START - 3 * MINUTE),
        expires_at: END - 3 * MINUTE,
        ..as_made()
    };
    assert_eq!(
        check_bound(&signed, ID, &relay),
        Ok(Timestamp(END - 3 * MINUTE))
    );
    // A relay end much earlier than signed (an operator's shorter limit) is fine.
    let short = ShareStatus {
        expires_at: NOW + MINUTE,
        ..as_made()
    };
    assert_eq!(
        check_bound(&signed, ID, &short),
        Ok(Timestamp(NOW + MINUTE))
    );
    // Past the tolerance, start and end are someone else's.
    let skewed = |skew| ShareStatus {
        starts_at: Some(START + skew),
        expires_at: END + skew,
        ..as_made()
    };
    assert_eq!(
        check_bound(&signed, ID, &skewed(CLOCK_TOLERANCE_MS + 1)),
        Err(Unbound::Start)
    );
    let late_end = ShareStatus {
        expires_at: END + CLOCK_TOLERANCE_MS + 1,
        ..as_made()
    };
    assert_eq!(check_bound(&signed, ID, &late_end), Err(Unbound::End));
}

/// A share signed before its terms were (envelope version 2) has nothing to compare but
/// its end: it opens as the relay holds it, and is wiped at its signed end.
#[test]
fn an_older_share_opens_until_its_signed_end() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/data/share-v2-signed.json")).unwrap();
    let link = crate::share::ShareLink::parse(fixture["link"].as_str().unwrap()).unwrap();
    let preview = base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        fixture["preview"].as_str().unwrap(),
    )
    .unwrap();
    let older = open_preview(&link.key, &preview).unwrap();
    assert_eq!(older.terms, None);
    let signed_end = older.expires.0;
    // Re-uploaded by someone as a 30-day share, with no code and no limit, under any id.
    let relay = ShareStatus {
        expires_at: signed_end + 30 * 86_400_000,
        preview: String::new(),
        code_needed: false,
        tries_left: None,
        starts_at: None,
        max_opens: None,
        used_up: false,
    };
    assert_eq!(
        check_bound(&older, OTHER_ID, &relay),
        Ok(Timestamp(signed_end))
    );
    let earlier = ShareStatus {
        expires_at: signed_end - MINUTE,
        ..relay
    };
    assert_eq!(
        check_bound(&older, &link.id, &earlier),
        Ok(Timestamp(signed_end - MINUTE))
    );
    assert_eq!(wipe_at(&older, signed_end + 1), Timestamp(signed_end));
}

#[test]
fn every_refusal_has_the_one_sentence() {
    use crate::catalogue::{Lang, Text};
    for why in [
        Unbound::Id,
        Unbound::Start,
        Unbound::OpenLimit,
        Unbound::Code,
        Unbound::End,
    ] {
        assert_eq!(why.text(), Text::ErrShareNotAsChosen);
    }
    assert!(Text::ErrShareNotAsChosen
        .get(Lang::Nl)
        .contains("Vraag de cliënt om opnieuw te delen"));
    assert!(Text::ErrShareNotAsChosen
        .get(Lang::En)
        .contains("Ask the client to share again"));
}
