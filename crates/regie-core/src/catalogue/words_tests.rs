use super::*;
use crate::api::ShareState;
use crate::attention::{AttentionItem, AttentionKind};
use crate::backup::BackupError;
use crate::catalogue::{Counted, FirstText};
use crate::model::{Date, EntryId};
use crate::share::{LinkError, ShareDuration, ShareError, TimeLeft};
use crate::transfer::{code_tries_left_words, CodeError};
use crate::vault::{PassphraseProblem, UnlockError};

fn both(text: Text) -> (&'static str, &'static str) {
    (text.get(Lang::Nl), text.get(Lang::En))
}

fn assert_distinct(texts: &[Text], what: &str) {
    for lang in Lang::ALL {
        let mut seen: Vec<&str> = texts.iter().map(|t| t.get(lang)).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), texts.len(), "two {what} read alike in {lang:?}");
    }
}

#[test]
fn every_value_has_words_of_its_own() {
    assert_distinct(&SectionKey::ALL.map(SectionKey::title), "sections");
    let every: Vec<Domain> = Domain::ALL.into_iter().chain(Domain::EARLIER).collect();
    assert_distinct(
        &every.iter().map(|d| d.official_name()).collect::<Vec<_>>(),
        "domains",
    );
    assert_distinct(
        &every
            .iter()
            .map(|d| d.name(Reader::Client))
            .collect::<Vec<_>>(),
        "domains",
    );
    let scores: Vec<Score> = Score::all().collect();
    assert_eq!(scores.len(), 5);
    for reader in [Reader::Client, Reader::Viewer] {
        let meanings: Vec<Text> = scores.iter().map(|s| s.meaning(reader)).collect();
        assert_distinct(&meanings, "scores");
    }
    assert_distinct(&OwnerKind::ALL.map(OwnerKind::text), "owner kinds");
    assert_distinct(&AgreementStatus::ALL.map(AgreementStatus::text), "statuses");
    assert_distinct(
        &ApplicationStatus::ALL.map(ApplicationStatus::text),
        "statuses",
    );
    assert_distinct(
        &[ContactKind::Person, ContactKind::Organisation].map(ContactKind::text),
        "contact kinds",
    );
    assert_distinct(&ShareDuration::ALL.map(ShareDuration::text), "durations");
    assert_distinct(
        &[
            ShareState::Active,
            ShareState::Expired,
            ShareState::Revoked,
            ShareState::Exhausted,
            ShareState::Blocked,
        ]
        .map(ShareState::text),
        "share states",
    );
    let note = JournalKind::Note;
    let appointment = JournalKind::Appointment {
        with_whom: String::new(),
        place: String::new(),
    };
    assert_ne!(note.text(), appointment.text());
    assert_ne!(note.key(), appointment.key());
}

#[test]
fn the_client_reads_everyday_words_and_the_professional_the_matrix() {
    let adl = Domain::AdlActivities;
    assert_eq!(adl.official_name().get(Lang::Nl), "Basale ADL");
    assert_eq!(
        adl.name(Reader::Client).get(Lang::Nl),
        "Voor jezelf zorgen (wassen, aankleden, eten)"
    );
    assert_eq!(adl.name(Reader::Viewer), adl.official_name());
    assert_eq!(Domain::Finances.name(Reader::Client), Text::DomainFinances);
    let three = Score::new(3).unwrap();
    let cases = [
        (
            Lang::Nl,
            Reader::Client,
            "3 van 5: Het gaat een beetje. Met wat hulp lukt het.",
        ),
        (Lang::Nl, Reader::Viewer, "3 van 5: beperkt zelfredzaam"),
        (Lang::En, Reader::Viewer, "3 of 5: limited self-reliance"),
    ];
    for (lang, reader, words) in cases {
        assert_eq!(three.words(lang, reader), words);
    }
    // No matrix term on the client's own screens.
    for score in Score::all() {
        let plain = score.words(Lang::Nl, Reader::Client);
        assert!(!plain.contains("zelfredzaam") && !plain.contains("problematiek"));
    }
    for domain in Domain::ALL.into_iter().chain(Domain::EARLIER) {
        assert!(!domain.name(Reader::Client).get(Lang::Nl).contains("ADL"));
    }
    let iadl = Domain::InstrumentalAdl;
    assert_eq!(iadl.official_name().get(Lang::Nl), "Instrumentele ADL");
    assert_eq!(
        iadl.name(Reader::Client).get(Lang::Nl),
        "Huishouden en regelen (boodschappen, post, vervoer)"
    );
    assert_eq!(
        Domain::WorkEducation.name(Reader::Viewer).get(Lang::Nl),
        "Werk & opleiding"
    );
}

#[test]
fn dagbesteding_keeps_its_old_name_and_says_where_new_scores_go() {
    let old = Domain::DailyActivity;
    assert_eq!(old.name(Reader::Client).get(Lang::Nl), "Dagbesteding");
    assert_eq!(old.name(Reader::Viewer).get(Lang::Nl), "Dagbesteding");
    assert_eq!(
        old.earlier_words(Lang::Nl, Reader::Client).unwrap(),
        "Dit leefgebied staat niet meer in de lijst. Je oude scores blijven bewaard. \
         Een nieuwe score geef je bij Werk & opleiding of bij Hoe je je dagen vult."
    );
    let viewer = old.earlier_words(Lang::En, Reader::Viewer).unwrap();
    assert!(
        viewer.contains("now Work and education, and Use of time"),
        "{viewer}"
    );
    assert!(Domain::ALL
        .iter()
        .all(|d| d.earlier_words(Lang::Nl, Reader::Client).is_none()));
}

#[test]
fn owners_in_both_voices() {
    let pro = Owner::Professional {
        name: " Anna ".into(),
        organisation: "wijkteam".into(),
    };
    let network = Owner::Network {
        name: "Samira".into(),
    };
    let cases = [
        (&Owner::Me, Reader::Client, "Ik zelf"),
        (&Owner::Me, Reader::Viewer, "De cliënt zelf"),
        (&network, Reader::Client, "Samira (uit mijn netwerk)"),
        (&network, Reader::Viewer, "Samira (uit het netwerk)"),
        (&pro, Reader::Viewer, "Anna (hulpverlener, wijkteam)"),
    ];
    for (owner, reader, words) in cases {
        assert_eq!(owner.words(Lang::Nl, reader), words);
    }
    assert_eq!(pro.name_words(Lang::Nl).as_deref(), Some("Anna (wijkteam)"));
    assert_eq!(Owner::Me.name_words(Lang::Nl), None);
}

fn attention(kind: AttentionKind, owner: Option<Owner>, days: i64) -> AttentionItem {
    AttentionItem {
        kind,
        section: SectionKey::Goals,
        entry: EntryId("a-1".into()),
        date: Date::parse("2026-11-22").unwrap(),
        time: None,
        title: "Brief sturen".into(),
        detail: String::new(),
        days,
        owner,
    }
}

#[test]
fn the_start_screen_says_whose_task_is_late_and_never_calls_it_an_appointment() {
    let anna = Owner::Professional {
        name: "Anna".into(),
        organisation: "wijkteam".into(),
    };
    let late_mine = attention(AttentionKind::AgreementOverdue, Some(Owner::Me), -2);
    let late_anna = attention(AttentionKind::AgreementOverdue, Some(anna.clone()), -2);
    let due_anna = attention(AttentionKind::AgreementDue, Some(anna), 3);
    assert_eq!(late_mine.kind_words(Lang::Nl), "Jouw taak is te laat");
    assert_eq!(late_mine.kind_words(Lang::En), "Your task is overdue");
    assert_eq!(
        late_anna.kind_words(Lang::Nl),
        "Taak van Anna (wijkteam) is te laat"
    );
    assert_eq!(
        late_anna.kind_words(Lang::En),
        "Task for Anna (wijkteam) is overdue"
    );
    assert_eq!(
        due_anna.kind_words(Lang::Nl),
        "Taak van Anna (wijkteam) moet bijna klaar zijn"
    );
    let appointment = attention(AttentionKind::Appointment, None, 1);
    assert_eq!(appointment.kind_words(Lang::Nl), "Afspraak");
    for item in [&late_mine, &late_anna, &due_anna] {
        assert!(!item.kind_words(Lang::Nl).contains("Afspraak"));
    }
    assert_eq!(
        late_mine.when_words(Lang::Nl),
        "22-11-2026 (2 dagen geleden)"
    );
    let mut at_time = appointment;
    at_time.time = Some("14:30".into());
    assert_eq!(at_time.when_words(Lang::Nl), "22-11-2026 om 14:30 (morgen)");
    assert_eq!(
        at_time.when_words(Lang::En),
        "22 Nov 2026 at 14:30 (tomorrow)"
    );
}

#[test]
fn counts_use_one_form_for_one() {
    assert_eq!(TimeLeft::Minutes(1).words(Lang::Nl), "nog 1 min");
    assert_eq!(TimeLeft::Hours(2).words(Lang::En), "2 h left");
    assert_eq!(TimeLeft::Days(1).words(Lang::Nl), "nog 1 dag");
    assert_eq!(TimeLeft::Days(6).words(Lang::Nl), "nog 6 dagen");
    assert_eq!(
        code_tries_left_words(1, Lang::Nl),
        "Deze code klopt niet. Je kunt het nog maar 1 keer proberen."
    );
    assert_eq!(
        code_tries_left_words(4, Lang::Nl),
        "Deze code klopt niet. Je kunt het nog 4 keer proberen."
    );
    assert_eq!(
        code_tries_left_words(0, Lang::Nl),
        both(Text::ErrMoveVoid).0
    );
}

#[test]
fn errors_of_the_core_have_a_sentence() {
    assert_eq!(LinkError::BadKey.text(), Text::ErrLinkBroken);
    assert_eq!(LinkError::UnknownVersion.text(), Text::ErrLinkNewer);
    assert_eq!(ShareError::WrongKey.text(), Text::ErrLinkWrongKey);
    assert_eq!(CodeError::NotDigits.text(), Text::ErrCodeShape);
    assert_eq!(
        UnlockError::WrongPassphrase.text(),
        FirstText::ErrWrongPassphrase
    );
    assert_eq!(
        UnlockError::WrongPassphrase.backup_text(),
        FirstText::ErrImportWrongPassphrase
    );
    assert_eq!(
        BackupError::NotADossier.text(),
        FirstText::ErrImportNotDossier
    );
    assert_eq!(
        PassphraseProblem::TooShort.text(),
        FirstText::ErrPassphraseShort
    );
    assert_eq!(GoalProblem::CreatedInvalid.text(), Text::ErrInvalidDate);
    assert_eq!(ScoreProblem::DateInvalid.text(), Text::ErrInvalidDate);
    assert_eq!(
        Problem::FileTooLarge { size: 1 }.document_text(),
        Text::ErrDocTooLarge
    );
}

#[test]
fn a_proposal_reads_as_one_sentence_without_deling() {
    use crate::reply::{Reply, ReplyBody};
    let reply = Reply {
        v: 1,
        author: " Anna de Boer, wijkteam Overvecht ".into(),
        written: crate::model::Timestamp(0),
        body: ReplyBody::Note {
            text: "Bel de huisarts".into(),
        },
    };
    let day = formats::date_long(Date::parse("2026-12-06").unwrap(), Lang::Nl);
    let nl = reply.proposal_words(Lang::Nl, &day);
    assert_eq!(
        nl,
        "Anna de Boer (wijkteam Overvecht) stelt voor: een notitie voor je dagboek, via wat je op 6 december 2026 deelde."
    );
    let en = reply.proposal_words(Lang::En, "6 December 2026");
    assert_eq!(
        en,
        "Anna de Boer (wijkteam Overvecht) proposes: a note for your journal, through what you shared on 6 December 2026."
    );
    assert_eq!(author_words("Anna de Boer"), "Anna de Boer");
    assert_eq!(author_words(" Anna de Boer, "), "Anna de Boer");
}

#[test]
fn no_text_says_deling_or_deelcode_and_the_spoken_code_has_its_own_word() {
    for text in crate::catalogue::Phrase::all() {
        let nl = text.get(Lang::Nl).to_lowercase();
        // "mishandeling" is another word; "deling" and "delingen" are what is not said.
        let says_deling = nl
            .split(|c: char| !c.is_alphabetic())
            .any(|word| word.starts_with("deling"));
        assert!(!says_deling && !nl.contains("deelcode"), "{text:?}: {nl}");
    }
    // The viewer's wrong spoken code and the move's wrong six digits are two things.
    assert!(Counted::ViewCodeTriesLeft
        .count(Lang::Nl, 2)
        .contains("spreekcode"));
    assert!(!code_tries_left_words(2, Lang::Nl).contains("spreekcode"));
    assert!(both(Text::ShareMadeCode).0.starts_with("Spreekcode: {}."));
    assert!(both(Text::ShareCreate).0.contains("QR-code"));
}
