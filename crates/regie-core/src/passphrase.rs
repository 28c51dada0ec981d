//! How guessable a passphrase is that someone wants to set.
//!
//! The vault can be attacked offline from a stolen phone or a backup file, so a new passphrase
//! must not be one that an attacker tries first: a common password or word (a short Dutch and
//! English list, embedded), a sequence ("1234567890", "abcdef"), a repeat ("hahahahaha"), a
//! keyboard run ("qwertyuiop"), the app's own name, a common word with digits around it
//! ("wachtwoord1", "welkom2026"), or only digits (a date, a phone number).
//!
//! Spaces, punctuation and capitals are ignored when comparing, and the usual letter-for-digit
//! swaps ("w4chtw00rd") are undone: attackers try those variants too. Several unrelated words
//! pass, however common each word is: it is the combination that is hard to guess.
//!
//! Only new and changed passphrases are checked, never one typed to unlock or to restore.

/// Why a passphrase is too easy to guess. Each kind has its own sentence in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// One of the most common passwords or words (or the example earlier versions of the app showed).
    Common,
    /// A sequence, a repeat or a keyboard run, alone or joined to another.
    Pattern,
    /// The app's own name with little else.
    AppName,
    /// A common word with digits or a pattern before or after it.
    WordAndDigits,
    /// Nothing but digits: a date, a phone number, a PIN.
    OnlyDigits,
}

/// The embedded list; `#` starts a comment line.
const COMMON: &str = include_str!("passphrase/common.txt");

/// Strings whose pieces (of three characters or more) are guessed as runs, both ways round:
/// the alphabet, the digits (wrapping round, as in "1234567890"), and the keyboard's rows and
/// columns (QWERTY and AZERTY).
const RUNS: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertzuiop",
    "yxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "qazwsxedcrfvtgbyhnujmikolp",
    "qwertyuiopasdfghjklzxcvbnm",
];

/// The app's name: people reach for what is on the screen.
const APP_NAME: &str = "regie";

/// What is wrong with `passphrase` as a new passphrase, if anything. Length is checked
/// elsewhere (see [`crate::vault::check_new_passphrase`]).
pub fn weakness(passphrase: &str) -> Option<Weakness> {
    let plain = normalise(passphrase);
    if plain.is_empty() {
        // Only spaces and punctuation: a repeat of a few keys at best.
        return Some(Weakness::Pattern);
    }
    if plain.chars().all(|c| c.is_ascii_digit()) {
        return Some(Weakness::OnlyDigits);
    }
    if let Some(kind) = guessable(&plain) {
        return Some(kind);
    }
    if plain.contains(APP_NAME) {
        let rest = plain.replace(APP_NAME, "");
        let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 6 || guessable(&rest).is_some() || is_filler(&rest) {
            return Some(Weakness::AppName);
        }
    }
    None
}

/// Lower case, letters and digits only, with `@` and `$` read as the letters they stand for.
fn normalise(passphrase: &str) -> String {
    passphrase
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '@' => 'a',
            '$' => 's',
            other => other,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Undoes the usual letter-for-digit swaps, for comparing with the list.
fn undo_digit_swaps(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'i',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            '8' => 'b',
            other => other,
        })
        .collect()
}

/// The whole (normalised) passphrase is one guessable thing, or one such thing joined to
/// filler.
fn guessable(plain: &str) -> Option<Weakness> {
    if is_common(plain) {
        return Some(Weakness::Common);
    }
    if is_pattern(plain) {
        return Some(Weakness::Pattern);
    }
    let chars: Vec<char> = plain.chars().collect();
    for split in 1..chars.len() {
        let head: String = chars[..split].iter().collect();
        let tail: String = chars[split..].iter().collect();
        if (is_common(&head) && is_filler(&tail)) || (is_filler(&head) && is_common(&tail)) {
            return Some(Weakness::WordAndDigits);
        }
        if (is_pattern(&head) && is_filler(&tail)) || (is_filler(&head) && is_pattern(&tail)) {
            return Some(Weakness::Pattern);
        }
    }
    None
}

fn is_common(text: &str) -> bool {
    let swapped = undo_digit_swaps(text);
    common_words().any(|word| word == text || word == swapped)
}

fn common_words() -> impl Iterator<Item = &'static str> {
    COMMON
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// A sequence, a keyboard run, a repeat of a short piece, or a handful of keys mixed.
fn is_pattern(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 3 {
        return false;
    }
    // A few keys mixed ("ababbaabab") only counts at a length where real words rarely have
    // so few letters.
    is_run(text) || is_repeat(&chars) || (chars.len() >= 6 && distinct(&chars) <= 3)
}

/// What people put before or after a word: digits, or a pattern of any length.
fn is_filler(text: &str) -> bool {
    !text.is_empty() && (text.chars().all(|c| c.is_ascii_digit()) || is_pattern(text))
}

fn is_run(text: &str) -> bool {
    let backwards: String = text.chars().rev().collect();
    RUNS.iter()
        .any(|run| run.contains(text) || run.contains(backwards.as_str()))
}

/// The text is one piece, at most half its length, said over and over ("hahahahaha",
/// "abcabcabca").
fn is_repeat(chars: &[char]) -> bool {
    (1..=chars.len() / 2).any(|period| (period..chars.len()).all(|i| chars[i] == chars[i - period]))
}

fn distinct(chars: &[char]) -> usize {
    let mut seen: Vec<char> = chars.to_vec();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

mod words;

#[cfg(test)]
mod tests;
