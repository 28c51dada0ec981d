use super::*;

const END: Timestamp = Timestamp(1_800_000_000_000);
const SHARE: &str = "AAAAAAAAAAAAAAAAAAAAAA";
const OTHER: &str = "BBBBBBBBBBBBBBBBBBBBBB";

#[test]
fn gone_before_its_end_was_stopped_and_at_its_end_expired() {
    let minute = 60_000;
    assert_eq!(
        Ended::judge(Timestamp(END.0 - 30 * minute), END),
        Ended::Stopped
    );
    assert_eq!(
        Ended::judge(Timestamp(END.0 - minute - 1), END),
        Ended::Stopped
    );
    // Within a minute of the end, a relay clock a little ahead is the likelier reason.
    assert_eq!(Ended::judge(Timestamp(END.0 - minute), END), Ended::Expired);
    assert_eq!(Ended::judge(END, END), Ended::Expired);
    assert_eq!(
        Ended::judge(Timestamp(END.0 + 5 * minute), END),
        Ended::Expired
    );
    // A nonsense end does not overflow.
    assert_eq!(
        Ended::judge(Timestamp(0), Timestamp(i64::MIN)),
        Ended::Expired
    );
}

#[test]
fn each_reason_has_its_own_sentence_and_key_both_ways() {
    for ended in [Ended::Stopped, Ended::Expired] {
        assert_eq!(Ended::from_text(ended.text()), Some(ended));
        assert_eq!(Ended::from_key(ended.key()), Some(ended));
    }
    assert_ne!(Ended::Stopped.text(), Ended::Expired.text());
    assert_eq!(Ended::from_text(Text::ViewGone), None);
    assert_eq!(Ended::from_key("revoked"), None);
    let nl = Ended::Stopped.text().get(crate::catalogue::Lang::Nl);
    assert!(nl.contains("gestopt"), "{nl}");
    let nl = Ended::Expired.text().get(crate::catalogue::Lang::Nl);
    assert!(nl.contains("De tijd is om"), "{nl}");
}

fn reply(kind: ReplyKind, at: i64) -> SentReply {
    SentReply {
        kind,
        at: Timestamp(at),
    }
}

#[test]
fn sent_replies_are_kept_in_order_for_their_share() {
    let kept = record_sent(None, SHARE, reply(ReplyKind::Note, 1));
    let kept = record_sent(Some(&kept), SHARE, reply(ReplyKind::Appointment, 2));
    assert_eq!(
        sent_replies(Some(&kept), SHARE),
        vec![reply(ReplyKind::Note, 1), reply(ReplyKind::Appointment, 2)]
    );
    // Only the kind and the moment are kept: nothing of what was written.
    assert_eq!(
        kept,
        format!(
            r#"{{"share":"{SHARE}","sent":[{{"kind":"note","at":1}},{{"kind":"appointment","at":2}}]}}"#
        )
    );
}

#[test]
fn another_share_starts_a_list_of_its_own() {
    let kept = record_sent(None, SHARE, reply(ReplyKind::Note, 1));
    assert!(sent_replies(Some(&kept), OTHER).is_empty());
    let kept = record_sent(Some(&kept), OTHER, reply(ReplyKind::Score, 2));
    assert_eq!(
        sent_replies(Some(&kept), OTHER),
        vec![reply(ReplyKind::Score, 2)]
    );
    assert!(sent_replies(Some(&kept), SHARE).is_empty());
}

#[test]
fn what_cannot_be_read_is_no_list_and_no_failure() {
    assert!(sent_replies(None, SHARE).is_empty());
    for bad in [
        "",
        "null",
        "[]",
        "{",
        r#"{"share":1,"sent":[]}"#,
        r#"{"sent":[]}"#,
    ] {
        assert!(sent_replies(Some(bad), SHARE).is_empty(), "{bad}");
        let kept = record_sent(Some(bad), SHARE, reply(ReplyKind::Note, 3));
        assert_eq!(
            sent_replies(Some(&kept), SHARE),
            vec![reply(ReplyKind::Note, 3)]
        );
    }
    // An entry of an unknown kind is left out, the rest stays.
    let odd = format!(
        r#"{{"share":"{SHARE}","sent":[{{"kind":"letter","at":1}},{{"kind":"score","at":2}}]}}"#
    );
    assert_eq!(
        sent_replies(Some(&odd), SHARE),
        vec![reply(ReplyKind::Score, 2)]
    );
}

#[test]
fn the_list_holds_no_more_than_the_relay_takes() {
    let mut kept = None;
    for at in 0..(MAX_REPLIES_PER_SHARE as i64 + 5) {
        kept = Some(record_sent(
            kept.as_deref(),
            SHARE,
            reply(ReplyKind::Note, at),
        ));
    }
    let sent = sent_replies(kept.as_deref(), SHARE);
    assert_eq!(sent.len(), MAX_REPLIES_PER_SHARE);
    assert_eq!(
        sent.last().unwrap().at,
        Timestamp(MAX_REPLIES_PER_SHARE as i64 + 4)
    );
}
