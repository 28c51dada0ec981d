use super::*;

fn fixed_card() -> Card {
    Card {
        set: CardSet(0x0102_0304),
        threshold: 2,
        index: 1,
        piece: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    }
}

fn all_subsets(n: usize) -> Vec<Vec<usize>> {
    (1u32..(1 << n))
        .map(|mask| (0..n).filter(|i| mask & (1 << i) != 0).collect())
        .collect()
}

#[test]
fn plans_ask_for_three_to_five_helpers_and_never_one_card() {
    for helpers in MIN_HELPERS..=MAX_HELPERS {
        for threshold in 0..=6 {
            let plan = HelperPlan::new(helpers, threshold);
            if (2..=helpers).contains(&threshold) {
                let plan = plan.unwrap();
                assert_eq!((plan.helpers(), plan.threshold()), (helpers, threshold));
            } else if threshold < 2 {
                assert_eq!(plan, Err(PlanProblem::ThresholdTooLow));
            } else {
                assert_eq!(plan, Err(PlanProblem::ThresholdTooHigh));
            }
        }
    }
    assert_eq!(HelperPlan::new(2, 2), Err(PlanProblem::TooFewHelpers));
    assert_eq!(HelperPlan::new(6, 3), Err(PlanProblem::TooManyHelpers));
    let suggested: Vec<usize> = (3..=5)
        .map(|n| HelperPlan::suggested(n).unwrap().threshold())
        .collect();
    assert_eq!(suggested, [2, 3, 3]);
}

/// The card format is fixed for ever: these bytes and words must never change.
#[test]
fn known_answer_card_bytes_and_words() {
    let card = fixed_card();
    let bytes = card.to_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    // format 1 and threshold 2, set 01020304, index 01, piece 00..0f, then the check.
    assert_eq!(&hex[..44], "120102030401000102030405060708090a0b0c0d0e0f");
    let check = Sha256::new()
        .chain_update(b"regie herstelkaart 1\n")
        .chain_update(&bytes[..22])
        .finalize();
    assert_eq!(bytes[22..], check[..3]);
    assert_eq!(&hex[44..], "03b920");

    let words = card.words();
    let list: Vec<&str> = words.split(' ').collect();
    assert_eq!(list.len(), CARD_WORDS);
    // By hand: the first ten bits are 0001 0010 00 = 72, the next ten 00 0001 0000 = 16.
    assert_eq!(list[0], words::word(72));
    assert_eq!(list[1], words::word(16));
    assert_eq!(
        &*words,
        // Worked out apart from this code (Python, from the same word list).
        "ree mier knoflook vlieg ezel bij snoek hoek mier ekster kaart cocon haring azijn \
         veter krab zeehond hemel komeet dak"
    );
    assert_eq!(Card::read(&words).unwrap(), card);
}

/// Pieces printed by this version must give the same secret in every later one, whatever
/// the sharing crate does inside: these cards were made once by `split` and are kept.
#[test]
fn known_answer_cards_give_their_secret_back() {
    let secret: [u8; SECRET_BYTES] = *b"regie herstel 01";
    let printed = [KNOWN_CARDS[0], KNOWN_CARDS[1], KNOWN_CARDS[2]];
    for pair in [[0, 1], [0, 2], [1, 2]] {
        let first = Card::read(printed[pair[0]]).unwrap();
        let mut gathered = Gathered::new(first.set(), 2);
        gathered.add(first).unwrap();
        let second = Card::read(printed[pair[1]]).unwrap();
        assert_eq!(gathered.add(second), Ok(Progress::Enough));
        assert_eq!(gathered.secret().unwrap().bytes(), secret, "cards {pair:?}");
    }
}

const KNOWN_CARDS: [&str; 3] = [
    "wasbeer wekker laars orkaan ezel orka najaar meerkoet narcis wezel radio piloot reiger \
     matras kuiken judo oester oester top balsem",
    "wasbeer wekker laars orkaan koe plafond haring snoek biet cabaret wasbeer kuiken spons \
     woelmuis hoepel tijdperk borstel riem hockey trui",
    "wasbeer wekker laars orkaan leeuw piloot tapir school forel bonbon rots dromen kracht vaas \
     sprookje jaar judo buurman garnaal kraag",
];

#[test]
fn any_threshold_of_cards_gives_the_secret_and_fewer_give_nothing() {
    for helpers in MIN_HELPERS..=MAX_HELPERS {
        for threshold in MIN_THRESHOLD..=helpers {
            let plan = HelperPlan::new(helpers, threshold).unwrap();
            let (secret, set, cards) = new_cards(plan);
            assert_eq!(cards.len(), helpers);
            for subset in all_subsets(helpers) {
                let mut gathered = Gathered::new(set, threshold);
                for &i in &subset {
                    // Through the words, as a helper's card comes back.
                    let card = Card::read(&cards[i].words()).unwrap();
                    gathered.add(card).unwrap();
                }
                match gathered.secret() {
                    Some(found) => {
                        assert!(subset.len() >= threshold);
                        assert_eq!(found.bytes(), secret.bytes());
                    }
                    None => assert!(subset.len() < threshold),
                }
            }
        }
    }
}

#[test]
fn splitting_the_same_secret_twice_gives_unrelated_pieces() {
    let secret = RecoverySecret::from_bytes(*b"the same secret!");
    let plan = HelperPlan::new(3, 2).unwrap();
    let set = CardSet(7);
    let first = secret.split(plan, set);
    let second = secret.split(plan, set);
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.index, b.index);
        assert_ne!(a.piece, b.piece);
    }
    // A card of each split, even forced into one gathering, does not give the secret.
    let mut gathered = Gathered::new(set, 2);
    gathered.add(first[0].clone()).unwrap();
    gathered.add(second[1].clone()).unwrap();
    assert_ne!(gathered.secret().unwrap().bytes(), secret.bytes());
    // And new cards for a dossier come with a new set, so old cards are told at once.
    let (_, set_a, _) = new_cards(plan);
    let (_, set_b, _) = new_cards(plan);
    assert_ne!(set_a, set_b);
}

#[test]
fn one_card_alone_opens_nothing() {
    let (_, set, cards) = new_cards(HelperPlan::new(3, 2).unwrap());
    let mut gathered = Gathered::new(set, 2);
    assert_eq!(
        gathered.add(cards[0].clone()),
        Ok(Progress::NeedMore { have: 1, need: 2 })
    );
    assert!(gathered.secret().is_none());
    assert_eq!(
        gathered.add(cards[0].clone()),
        Err(GatherProblem::AlreadyIn)
    );
    assert!(gathered.secret().is_none());
}

#[test]
fn a_card_of_another_dossier_is_refused_and_nothing_is_lost() {
    let plan = HelperPlan::new(3, 2).unwrap();
    let (secret, set, cards) = new_cards(plan);
    let (_, _, foreign) = new_cards(plan);
    let mut gathered = Gathered::new(set, 2);
    gathered.add(cards[0].clone()).unwrap();
    assert_eq!(
        gathered.add(foreign[1].clone()),
        Err(GatherProblem::NotThisDossier)
    );
    assert_eq!(gathered.add(cards[2].clone()), Ok(Progress::Enough));
    assert_eq!(gathered.secret().unwrap().bytes(), secret.bytes());
}

/// Each word in turn replaced by every fifth word of the list (all of it takes too long
/// in a debug build): each change is told.
#[test]
fn a_single_mistyped_word_is_told() {
    let card = fixed_card();
    let words = card.words();
    let typed: Vec<&str> = words.split(' ').collect();
    let list: Vec<&str> = words::WORDS.split(' ').collect();
    for position in 0..CARD_WORDS {
        for other in list.iter().skip(position % 5).step_by(5) {
            if *other == typed[position] {
                continue;
            }
            let mut changed = typed.clone();
            changed[position] = other;
            assert_eq!(
                Card::read(&changed.join(" ")),
                Err(CardProblem::Mistyped),
                "word {position} as {other}"
            );
        }
    }
    // Two words swapped.
    let mut swapped = typed.clone();
    swapped.swap(3, 4);
    assert_eq!(Card::read(&swapped.join(" ")), Err(CardProblem::Mistyped));
}

#[test]
fn unknown_words_and_wrong_counts_are_told_with_where() {
    let words = fixed_card().words();
    let typed: Vec<&str> = words.split(' ').collect();
    let mut wrong = typed.clone();
    wrong[6] = "beeek";
    assert_eq!(
        Card::read(&wrong.join(" ")),
        Err(CardProblem::UnknownWord {
            position: 7,
            word: "beeek".into()
        })
    );
    assert_eq!(
        Card::read(&typed[..19].join(" ")),
        Err(CardProblem::WrongCount { found: 19 })
    );
    assert_eq!(Card::read("  \n "), Err(CardProblem::Empty));
    assert_eq!(
        Card::read("https://example.org/"),
        Err(CardProblem::UnknownWord {
            position: 1,
            word: "https".into()
        })
    );
}

#[test]
fn reading_forgives_case_numbers_and_line_breaks() {
    let card = fixed_card();
    let words = card.words();
    let typed: Vec<String> = words
        .split(' ')
        .enumerate()
        .map(|(i, w)| format!("{}. {}", i + 1, w.to_uppercase()))
        .collect();
    assert_eq!(Card::read(&typed.join(",\n")).unwrap(), card);
}

#[test]
fn a_card_of_a_later_format_says_so() {
    let mut bytes = *fixed_card().to_bytes();
    bytes[0] = (2 << 4) | 2;
    let check = check_of(&bytes[..22]);
    bytes[22..].copy_from_slice(&check);
    assert_eq!(Card::from_bytes(&bytes), Err(CardProblem::NewerFormat));
    // Index 0 would be the secret itself: never a card.
    let mut zero = *fixed_card().to_bytes();
    zero[5] = 0;
    let check = check_of(&zero[..22]);
    zero[22..].copy_from_slice(&check);
    assert_eq!(Card::from_bytes(&zero), Err(CardProblem::Mistyped));
}

#[test]
fn nothing_secret_in_debug_text() {
    let secret = RecoverySecret::from_bytes(*b"regie herstel 01");
    assert_eq!(format!("{secret:?}"), "RecoverySecret(<redacted>)");
    let shown = format!("{:?}", fixed_card());
    assert!(!shown.contains("piece"), "{shown}");
    use age::secrecy::ExposeSecret;
    assert_eq!(
        secret.passphrase().expose_secret(),
        "regie-herstel-7265676965206865727374656c203031"
    );
}

#[test]
#[ignore = "prints cards for KNOWN_CARDS"]
fn print_known_cards() {
    let secret = RecoverySecret::from_bytes(*b"regie herstel 01");
    for card in secret.split(HelperPlan::new(3, 2).unwrap(), CardSet(0x5245_4749)) {
        println!("\"{}\",", &*card.words());
    }
}
