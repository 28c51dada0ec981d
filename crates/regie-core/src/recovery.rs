//! Herstelhelpers: a second way to open the dossier key, held on paper by people the client
//! trusts.
//!
//! A fresh random *recovery secret* (128 bits) is split with Shamir's secret sharing
//! (the `blahaj` crate) into one piece per helper, so that any `threshold` of them give the
//! secret back and fewer give nothing. Each piece goes on a *herstelkaart*: 25 bytes, written
//! as 20 words of the app's fixed 1,024-word list (ten bits a word) and as a QR code of those
//! same words. The vault keeps the dossier key wrapped with the secret beside the passphrase
//! wrap (see [`crate::vault::RecoveryWrap`]); the passphrase stays the first way in.
//!
//! A card's bytes, in order:
//!
//! | bytes  | what                                                                  |
//! |--------|-----------------------------------------------------------------------|
//! | 0      | card format (high four bits, now 1) and threshold (low four, 2–5)     |
//! | 1–4    | the card set: a random number the vault also holds, so a card of      |
//! |        | another dossier, or of an older set, is told at once                  |
//! | 5      | the piece's index (Shamir's x, 1–255; 0 would be the secret itself)   |
//! | 6–21   | the piece (Shamir's y, one byte per byte of the secret)               |
//! | 22–24  | check: the first three bytes of SHA-256 over a label and bytes 0–21,  |
//! |        | so a mistyped word is told at once (a chance of 1 in 16 million       |
//! |        | to miss)                                                              |
//!
//! Fixed for ever, like the word list: a printed card must read the same in every later
//! version. A later format keeps the check as it is and raises the format number.

use std::collections::BTreeMap;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::signing::words;

/// The fewest and most helpers a client can choose.
pub const MIN_HELPERS: usize = 3;
pub const MAX_HELPERS: usize = 5;
/// The fewest cards that may open a dossier: never one, so no single helper can.
pub const MIN_THRESHOLD: usize = 2;
/// The most cards that may be asked for.
pub const MAX_THRESHOLD: usize = 5;

/// The card format this build writes and reads.
pub const CARD_FORMAT: u8 = 1;
/// Bytes of the recovery secret, and so of each piece.
pub const SECRET_BYTES: usize = 16;
/// Bytes of a card and words that write them.
pub const CARD_BYTES: usize = 25;
pub const CARD_WORDS: usize = CARD_BYTES * 8 / 10;

const CHECK_LABEL: &[u8] = b"regie herstelkaart 1\n";
const CHECK_BYTES: usize = 3;
/// What the recovery secret's text form starts with (it is the age passphrase of the wrap).
const SECRET_LABEL: &str = "regie-herstel-";

/// How many helpers get a card and how many cards are needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperPlan {
    helpers: u8,
    threshold: u8,
}

/// Why a plan is refused. Each gets its own sentence in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanProblem {
    TooFewHelpers,
    TooManyHelpers,
    /// One card would open the dossier alone.
    ThresholdTooLow,
    /// More cards asked for than there are helpers (or than the card format can say).
    ThresholdTooHigh,
}

impl HelperPlan {
    pub fn new(helpers: usize, threshold: usize) -> Result<HelperPlan, PlanProblem> {
        if helpers < MIN_HELPERS {
            return Err(PlanProblem::TooFewHelpers);
        }
        if helpers > MAX_HELPERS {
            return Err(PlanProblem::TooManyHelpers);
        }
        if threshold < MIN_THRESHOLD {
            return Err(PlanProblem::ThresholdTooLow);
        }
        if threshold > helpers || threshold > MAX_THRESHOLD {
            return Err(PlanProblem::ThresholdTooHigh);
        }
        Ok(HelperPlan {
            helpers: helpers as u8,
            threshold: threshold as u8,
        })
    }

    /// The plan offered first: just over half the helpers (2 of 3, 3 of 4, 3 of 5).
    pub fn suggested(helpers: usize) -> Result<HelperPlan, PlanProblem> {
        HelperPlan::new(helpers, helpers / 2 + 1)
    }

    pub fn helpers(&self) -> usize {
        self.helpers as usize
    }

    pub fn threshold(&self) -> usize {
        self.threshold as usize
    }
}

/// The number that ties a set of cards to one dossier's vault. Random; not secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardSet(u32);

impl CardSet {
    pub fn generate() -> CardSet {
        let mut bytes = [0u8; 4];
        getrandom::getrandom(&mut bytes).expect("the system has randomness");
        CardSet(u32::from_be_bytes(bytes))
    }
}

/// The secret the cards split. Zeroized on drop; `Debug` is redacted.
pub struct RecoverySecret(Zeroizing<[u8; SECRET_BYTES]>);

impl std::fmt::Debug for RecoverySecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoverySecret(<redacted>)")
    }
}

impl RecoverySecret {
    pub fn generate() -> RecoverySecret {
        let mut bytes = Zeroizing::new([0u8; SECRET_BYTES]);
        getrandom::getrandom(&mut bytes[..]).expect("the system has randomness");
        RecoverySecret(bytes)
    }

    /// The secret as the passphrase of an age file (the vault's recovery wrap).
    pub fn passphrase(&self) -> SecretString {
        let mut text = String::with_capacity(SECRET_LABEL.len() + 2 * SECRET_BYTES);
        text.push_str(SECRET_LABEL);
        for byte in self.0.iter() {
            text.push_str(&format!("{byte:02x}"));
        }
        SecretString::from(text)
    }

    /// Splits the secret into one card per helper. Every call draws new random polynomials,
    /// so splitting the same secret twice gives unrelated pieces.
    pub fn split(&self, plan: HelperPlan, set: CardSet) -> Vec<Card> {
        let dealer = blahaj::Sharks(plan.threshold).dealer(&self.0[..]);
        dealer
            .take(plan.helpers())
            .map(|share| {
                let bytes = Zeroizing::new(Vec::from(&share));
                let mut piece = [0u8; SECRET_BYTES];
                piece.copy_from_slice(&bytes[1..]);
                Card {
                    set,
                    threshold: plan.threshold,
                    index: bytes[0],
                    piece,
                }
            })
            .collect()
    }

    #[cfg(test)]
    pub(crate) fn from_bytes(bytes: [u8; SECRET_BYTES]) -> RecoverySecret {
        RecoverySecret(Zeroizing::new(bytes))
    }

    #[cfg(test)]
    pub(crate) fn bytes(&self) -> [u8; SECRET_BYTES] {
        *self.0
    }
}

/// A fresh secret, a fresh set number and one card per helper: what setting up helpers, or
/// making new cards, starts with.
pub fn new_cards(plan: HelperPlan) -> (RecoverySecret, CardSet, Vec<Card>) {
    let secret = RecoverySecret::generate();
    let set = CardSet::generate();
    let cards = secret.split(plan, set);
    (secret, set, cards)
}

/// One helper's piece. The piece is zeroized on drop; `Debug` shows no piece.
#[derive(Clone, PartialEq, Eq)]
pub struct Card {
    set: CardSet,
    threshold: u8,
    index: u8,
    piece: [u8; SECRET_BYTES],
}

impl Drop for Card {
    fn drop(&mut self) {
        self.piece.zeroize();
    }
}

impl std::fmt::Debug for Card {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Card")
            .field("set", &self.set)
            .field("threshold", &self.threshold)
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

/// Why typed or scanned text is not a card. Each gets its own sentence in the app; none of
/// them changes anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardProblem {
    Empty,
    /// A word that is not in the list, with its place (1-based) and the word as typed.
    UnknownWord {
        position: usize,
        word: String,
    },
    /// Not 20 words.
    WrongCount {
        found: usize,
    },
    /// The words are all in the list but do not fit together: a word mistyped or swapped.
    Mistyped,
    /// A card of a later Regie.
    NewerFormat,
}

impl Card {
    pub fn set(&self) -> CardSet {
        self.set
    }

    /// How many cards are needed, as printed on this one.
    pub fn threshold(&self) -> usize {
        self.threshold as usize
    }

    /// Which piece this is (1 for the first helper's card, and so on).
    pub fn index(&self) -> u8 {
        self.index
    }

    pub fn to_bytes(&self) -> Zeroizing<[u8; CARD_BYTES]> {
        let mut bytes = Zeroizing::new([0u8; CARD_BYTES]);
        bytes[0] = (CARD_FORMAT << 4) | self.threshold;
        bytes[1..5].copy_from_slice(&self.set.0.to_be_bytes());
        bytes[5] = self.index;
        bytes[6..22].copy_from_slice(&self.piece);
        let check = check_of(&bytes[..22]);
        bytes[22..].copy_from_slice(&check);
        bytes
    }

    pub fn from_bytes(bytes: &[u8; CARD_BYTES]) -> Result<Card, CardProblem> {
        if check_of(&bytes[..22]) != bytes[22..] {
            return Err(CardProblem::Mistyped);
        }
        if bytes[0] >> 4 != CARD_FORMAT {
            return Err(if bytes[0] >> 4 > CARD_FORMAT {
                CardProblem::NewerFormat
            } else {
                CardProblem::Mistyped
            });
        }
        let threshold = bytes[0] & 0x0f;
        if !(MIN_THRESHOLD..=MAX_THRESHOLD).contains(&(threshold as usize)) || bytes[5] == 0 {
            return Err(CardProblem::Mistyped);
        }
        let mut set = [0u8; 4];
        set.copy_from_slice(&bytes[1..5]);
        let mut piece = [0u8; SECRET_BYTES];
        piece.copy_from_slice(&bytes[6..22]);
        Ok(Card {
            set: CardSet(u32::from_be_bytes(set)),
            threshold,
            index: bytes[5],
            piece,
        })
    }

    /// The card's 20 words, one space between them: what is printed, and what the QR code
    /// holds.
    pub fn words(&self) -> Zeroizing<String> {
        let bytes = self.to_bytes();
        let mut text = Zeroizing::new(String::new());
        for i in 0..CARD_WORDS {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(words::word(ten_bits(&bytes[..], i) as usize));
        }
        text
    }

    /// Reads a card from typed words or a scanned QR code. Forgiving about case, and about
    /// what stands between the words (spaces, line breaks, commas, numbers): only letters
    /// make words.
    pub fn read(text: &str) -> Result<Card, CardProblem> {
        let typed: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        if typed.is_empty() {
            return Err(CardProblem::Empty);
        }
        let list: BTreeMap<&str, u16> = words::WORDS
            .split(' ')
            .enumerate()
            .map(|(i, w)| (w, i as u16))
            .collect();
        let mut indices = Vec::with_capacity(typed.len());
        for (i, word) in typed.iter().enumerate() {
            match list.get(word.as_str()) {
                Some(&index) => indices.push(index),
                None => {
                    return Err(CardProblem::UnknownWord {
                        position: i + 1,
                        word: word.clone(),
                    })
                }
            }
        }
        if indices.len() != CARD_WORDS {
            return Err(CardProblem::WrongCount {
                found: indices.len(),
            });
        }
        let mut bytes = Zeroizing::new([0u8; CARD_BYTES]);
        for (i, index) in indices.iter().enumerate() {
            for bit in 0..10 {
                if index & (1 << (9 - bit)) != 0 {
                    let at = i * 10 + bit;
                    bytes[at / 8] |= 0x80 >> (at % 8);
                }
            }
        }
        indices.zeroize();
        Card::from_bytes(&bytes)
    }
}

/// The `i`-th group of ten bits of `bytes`, most significant bit first.
fn ten_bits(bytes: &[u8], i: usize) -> u16 {
    (0..10).fold(0u16, |acc, bit| {
        let at = i * 10 + bit;
        (acc << 1) | u16::from(bytes[at / 8] >> (7 - at % 8) & 1)
    })
}

fn check_of(head: &[u8]) -> [u8; CHECK_BYTES] {
    let digest = Sha256::new()
        .chain_update(CHECK_LABEL)
        .chain_update(head)
        .finalize();
    let mut check = [0u8; CHECK_BYTES];
    check.copy_from_slice(&digest[..CHECK_BYTES]);
    check
}

/// The cards gathered while recovering, checked one by one against the vault's set.
#[derive(Debug, Clone)]
pub struct Gathered {
    set: CardSet,
    threshold: usize,
    cards: Vec<Card>,
}

/// Why a card is not taken in. Nothing gathered so far is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatherProblem {
    /// A card of another dossier, or of a set of cards made before the current one.
    NotThisDossier,
    /// That helper's card is in already.
    AlreadyIn,
}

/// Where gathering stands after a card is taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    NeedMore { have: usize, need: usize },
    Enough,
}

impl Gathered {
    /// Starts gathering for the set and threshold the vault holds.
    pub fn new(set: CardSet, threshold: usize) -> Gathered {
        Gathered {
            set,
            threshold,
            cards: Vec::new(),
        }
    }

    pub fn add(&mut self, card: Card) -> Result<Progress, GatherProblem> {
        if card.set != self.set || card.threshold() != self.threshold {
            return Err(GatherProblem::NotThisDossier);
        }
        if self.cards.iter().any(|c| c.index == card.index) {
            return Err(GatherProblem::AlreadyIn);
        }
        self.cards.push(card);
        Ok(self.progress())
    }

    pub fn progress(&self) -> Progress {
        if self.cards.len() >= self.threshold {
            Progress::Enough
        } else {
            Progress::NeedMore {
                have: self.cards.len(),
                need: self.threshold,
            }
        }
    }

    /// The secret, once enough different cards of the set are in.
    pub fn secret(&self) -> Option<RecoverySecret> {
        if self.progress() != Progress::Enough {
            return None;
        }
        let shares: Vec<blahaj::Share> = self
            .cards
            .iter()
            .filter_map(|card| {
                let mut bytes = Zeroizing::new(Vec::with_capacity(1 + SECRET_BYTES));
                bytes.push(card.index);
                bytes.extend_from_slice(&card.piece);
                blahaj::Share::try_from(&bytes[..]).ok()
            })
            .collect();
        let mut recovered =
            Zeroizing::new(blahaj::Sharks(self.threshold as u8).recover(&shares).ok()?);
        if recovered.len() != SECRET_BYTES {
            return None;
        }
        let mut secret = Zeroizing::new([0u8; SECRET_BYTES]);
        secret.copy_from_slice(&recovered);
        recovered.zeroize();
        Some(RecoverySecret(secret))
    }
}

pub mod card_sheet;
mod said;
pub mod scan;

#[cfg(test)]
mod tests;
