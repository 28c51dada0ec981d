//! Reading a screen's text aloud with the device's own voices: the text cut into sentences
//! (read one by one, the one being read shown), and the voice chosen for the screen's
//! language, voices that work offline first. The browser's speech itself is in the app's
//! `platform::speech`; nothing here leaves the device.

/// How fast a slower reading goes, against the voice's own speed (1.0).
pub const SLOW_RATE: f32 = 0.7;

/// Words that end in a full stop without ending the sentence (Dutch, English and the other
/// languages' common ones), compared without case.
const ABBREVIATIONS: &[&str] = &[
    "bijv", "bv", "enz", "etc", "nr", "mr", "dr", "drs", "ir", "mevr", "dhr", "mw", "st", "ca",
    "vs", "zgn", "evt", "incl", "excl", "tel", "e.g", "i.e", "o.a", "d.w.z", "a.u.b", "m.b.t",
    "t.a.v", "z.s.m", "n.v.t", "p.s", "no", "prof", "ul", "np", "itd", "tzn", "ok", "vb", "vd",
];

/// Marks that end a sentence when a space or the end follows: full stop, question and
/// exclamation marks, the ellipsis, and the Arabic question mark and full stop.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟' | '۔' | '。')
}

/// Marks that may stand after a sentence's end and belong to it (closing quotes, brackets).
fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']')
}

/// The text as sentences, in order, each trimmed: a new line always starts a new sentence
/// (a heading, a label, a list item), and within a line a sentence ends at `.`, `!`, `?`,
/// `…` or `؟` followed by a space, unless the full stop ends an abbreviation or an initial
/// ("bijv. een", "J. de Vries"). Pieces without a letter or digit (a lone "·") are left out.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        split_line(line, &mut out);
    }
    out
}

fn split_line(line: &str, out: &mut Vec<String>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !ends_sentence(c) {
            i += 1;
            continue;
        }
        // The run of end marks and closing marks that belongs to this end ("?!", "…”").
        let mut j = i + 1;
        while j < chars.len() && (ends_sentence(chars[j].1) || closes(chars[j].1)) {
            j += 1;
        }
        let at_end = j == chars.len();
        let space_follows = !at_end && chars[j].1.is_whitespace();
        if !(at_end || space_follows) {
            i = j;
            continue;
        }
        let end = if at_end { line.len() } else { chars[j].0 };
        if c == '.' && j == i + 1 && !at_end && !ends_here(line, start, chars[i].0, &chars[j..]) {
            i = j;
            continue;
        }
        push(&line[start..end], out);
        start = end;
        i = j;
    }
    push(&line[start..], out);
}

/// Whether a single full stop at byte `dot` ends the sentence that began at `start`; `rest`
/// is what follows it (a space first).
fn ends_here(line: &str, start: usize, dot: usize, rest: &[(usize, char)]) -> bool {
    let before = &line[start..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // An initial: one letter ("J. de Vries").
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_alphabetic() && first.is_uppercase() {
            return false;
        }
    }
    // What follows starts small: the sentence goes on ("ca. een uur").
    let next = rest.iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
    !matches!(next, Some(c) if c.is_lowercase())
}

fn push(piece: &str, out: &mut Vec<String>) {
    let piece = piece.trim();
    if piece.chars().any(char::is_alphanumeric) {
        out.push(piece.to_owned());
    }
}

/// What the app knows of one of the device's voices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice<'a> {
    /// Its language, a BCP 47 tag ("nl-NL", "ar_SA").
    pub lang: &'a str,
    /// It works on the device itself, offline (`localService`): what is read stays here.
    pub local: bool,
    /// The device's default voice.
    pub default: bool,
}

/// The voice to read `lang` (a language code, "nl", "ar") with: one of that language, those
/// on the device first, then the device's default, then the first listed. `None` when the
/// device has no voice for the language.
pub fn pick_voice(voices: &[Voice<'_>], lang: &str) -> Option<usize> {
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| same_language(voice.lang, lang))
        .min_by_key(|(index, voice)| (!voice.local, !voice.default, *index))
        .map(|(index, _)| index)
}

fn same_language(tag: &str, lang: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    !primary.is_empty() && primary.eq_ignore_ascii_case(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_their_marks_and_lines() {
        assert_eq!(
            sentences("Welkom. Wat wil je doen? Kies hieronder!\nMijn doelen\n  \nNog 3 dagen…"),
            [
                "Welkom.",
                "Wat wil je doen?",
                "Kies hieronder!",
                "Mijn doelen",
                "Nog 3 dagen…"
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Neem bijv. een brief mee. J. de Vries belt om 14.30 uur. Het kost € 12.50."),
            [
                "Neem bijv. een brief mee.",
                "J. de Vries belt om 14.30 uur.",
                "Het kost € 12.50."
            ]
        );
        assert_eq!(
            sentences("Bel o.a. het wijkteam. Daarna ca. een uur wachten."),
            ["Bel o.a. het wijkteam.", "Daarna ca. een uur wachten."]
        );
        assert_eq!(sentences("Versie 2.0 is er."), ["Versie 2.0 is er."]);
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentences("Druk op ‘Score geven.’ Dan zie je meer. (Dat mag later.) Klaar?!"),
            [
                "Druk op ‘Score geven.’",
                "Dan zie je meer.",
                "(Dat mag later.)",
                "Klaar?!"
            ]
        );
    }

    #[test]
    fn other_scripts_split_too() {
        assert_eq!(
            sentences("مرحبا. هل تريد المساعدة؟ نعم"),
            ["مرحبا.", "هل تريد المساعدة؟", "نعم"]
        );
        assert_eq!(
            sentences("Привіт. Як справи? Добре."),
            ["Привіт.", "Як справи?", "Добре."]
        );
        assert_eq!(sentences("Merhaba. Nasılsın?"), ["Merhaba.", "Nasılsın?"]);
    }

    #[test]
    fn pieces_without_words_are_left_out() {
        assert_eq!(sentences(" · \n—\n...\nJa"), ["Ja"]);
        assert!(sentences("").is_empty());
    }

    #[test]
    fn a_local_voice_of_the_language_comes_first() {
        let voices = [
            Voice {
                lang: "en-US",
                local: true,
                default: true,
            },
            Voice {
                lang: "nl-NL",
                local: false,
                default: false,
            },
            Voice {
                lang: "nl-BE",
                local: true,
                default: false,
            },
            Voice {
                lang: "ar_SA",
                local: false,
                default: false,
            },
        ];
        assert_eq!(pick_voice(&voices, "nl"), Some(2));
        assert_eq!(pick_voice(&voices, "en"), Some(0));
        assert_eq!(
            pick_voice(&voices, "ar"),
            Some(3),
            "an online voice when none is local"
        );
        assert_eq!(pick_voice(&voices, "tr"), None);
        assert_eq!(pick_voice(&[], "nl"), None);
    }

    #[test]
    fn among_equals_the_default_then_the_first() {
        let voices = [
            Voice {
                lang: "pl-PL",
                local: true,
                default: false,
            },
            Voice {
                lang: "pl-PL",
                local: true,
                default: true,
            },
            Voice {
                lang: "uk-UA",
                local: true,
                default: false,
            },
            Voice {
                lang: "uk-UA",
                local: true,
                default: false,
            },
        ];
        assert_eq!(pick_voice(&voices, "pl"), Some(1));
        assert_eq!(pick_voice(&voices, "uk"), Some(2));
        assert_eq!(
            pick_voice(&voices, "u"),
            None,
            "a whole language code, not a prefix"
        );
    }
}
