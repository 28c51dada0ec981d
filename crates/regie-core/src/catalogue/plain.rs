//! Plain Dutch, measured: the B1 rules that every Dutch text the client reads is held to
//! (native tests only; see `docs/language.md`). Texts only a professional reads are marked in
//! one place, [`for_professional`], and are exempt from the jargon list.

use super::words::Reader;
use super::{tables, Counted};
use crate::model::Domain;

/// A Dutch text of the catalogue and where it is.
#[derive(Debug, Clone)]
pub struct Entry {
    pub table: &'static str,
    /// The key; a plural text's forms are `Key.one` and `Key.other`.
    pub key: String,
    pub text: &'static str,
}

impl Entry {
    pub fn name(&self) -> String {
        format!("{}.{}", self.table, self.key)
    }
}

/// Every Dutch text of every table, both plural forms included.
pub fn every_dutch_text() -> Vec<Entry> {
    let mut entries = Vec::new();
    for table in tables() {
        if table.plural {
            continue;
        }
        for (key, text) in table.keys.iter().zip(&table.dutch) {
            entries.push(Entry {
                table: table.name,
                key: (*key).to_owned(),
                text,
            });
        }
    }
    for (key, (one, other)) in Counted::NAMES.iter().zip(Counted::NL) {
        for (form, text) in [("one", one), ("other", other)] {
            entries.push(Entry {
                table: "Counted",
                key: format!("{key}.{form}"),
                text,
            });
        }
    }
    entries
}

/// Who reads a text. The client reads every text but these, which only a professional reads
/// (in the viewer of a share, on the `/vraag` page, in a reply to the client):
/// - the whole `ViewerText` table, the viewer's own;
/// - `Text` and `Counted` keys that start with `View`, the viewer's texts in the main table;
/// - the professional's request page (`/vraag`) and reply form, listed by key below;
/// - the matrix's official domain names where the client reads an everyday name instead
///   (`Domain::name` with `Reader::Client` differs from `Domain::official_name`);
/// - the viewer's variants of texts both read (`…Viewer`).
///
/// These keep the matrix's and the law's terms a professional works with ("Basale ADL",
/// "beperkt zelfredzaam"), so they are exempt from the jargon list; they still keep to the
/// sentence and word lengths.
pub fn reader(entry: &Entry) -> Reader {
    if for_professional(entry.table, &entry.key) {
        Reader::Viewer
    } else {
        Reader::Client
    }
}

/// The professional's keys in tables the client also reads.
const PROFESSIONAL_KEYS: &[(&str, &str)] = &[
    // The request page (`/vraag`, src/pages/request_page.rs).
    ("PageText", "RequestPageTitle"),
    ("PageText", "RequestPageIntro"),
    ("PageText", "RequestSections"),
    ("PageText", "RequestDuration"),
    ("PageText", "RequestMinutes"),
    ("PageText", "RequestScan"),
    ("PageText", "RequestWaiting"),
    ("PageText", "RequestArrived"),
    ("PageText", "RequestExpired"),
    ("PageText", "RequestRefusedPro"),
    ("PageText", "RequestAgain"),
    ("Text", "RequestCreate"),
    ("Text", "RequestName"),
    ("Text", "RequestOrg"),
    ("Text", "RequestRole"),
    // The viewer's reply form (src/pages/view_reply.rs); the client's own texts about
    // replies ("ReplyBad", "ReplyFrom"…) are not among them.
    ("PageText", "ReplyTitle"),
    ("PageText", "ReplyIntro"),
    ("PageText", "ReplyNew"),
    ("PageText", "ReplyChoose"),
    ("PageText", "ReplyKindLabel"),
    ("PageText", "ReplyAuthorLabel"),
    ("PageText", "ReplyAuthorHint"),
    ("PageText", "ReplyGoalLabel"),
    ("PageText", "ReplyGoalNew"),
    ("PageText", "ReplyGoalTitleLabel"),
    ("PageText", "ReplyDueLabel"),
    ("PageText", "ReplyScoreLabel"),
    ("PageText", "ReplyWhenLabel"),
    ("PageText", "ReplySent"),
    ("Text", "ReplySend"),
    ("Text", "ReplySending"),
    // What the viewer says when opening a share or sending a reply fails
    // (`RelayError::text` with `Errand::View` or `Errand::Reply`, `ShareError::text`,
    // `Unbound::text`).
    ("Text", "ErrViewOffline"),
    ("Text", "ErrViewCodeWrong"),
    ("Text", "ErrViewCodeShape"),
    ("Text", "ErrLinkWrongKey"),
    ("Text", "ErrShareNotSigned"),
    ("Text", "ErrShareNotAsChosen"),
    ("Text", "ErrReplyOffline"),
    ("Text", "ErrReplyEnded"),
    ("Text", "ErrReplyTooLong"),
    ("Text", "ErrRepliesFull"),
    ("Text", "ErrReplyRefused"),
];

/// The prefix and suffix of keys only the viewer shows, in any table.
const PROFESSIONAL_PREFIX: &str = "View";
const PROFESSIONAL_SUFFIX: &str = "Viewer";

pub fn for_professional(table: &str, key: &str) -> bool {
    let key = key.split('.').next().unwrap_or(key);
    table == "ViewerText"
        || key.starts_with(PROFESSIONAL_PREFIX)
        || key.ends_with(PROFESSIONAL_SUFFIX)
        || PROFESSIONAL_KEYS.contains(&(table, key))
        || (table == "Text" && official_only(key))
}

/// Whether `key` is a domain's official name that the client never reads.
fn official_only(key: &str) -> bool {
    Domain::ALL.iter().chain(&Domain::EARLIER).any(|domain| {
        let official = domain.official_name();
        official != domain.name(Reader::Client) && format!("{official:?}") == key
    })
}

// ---- Measuring ----

/// The text without its values: `{}`, `{n}`, `{d}`… each read as one word, "X".
pub fn without_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                out.push('X');
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push('{');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The sentences of a text: it ends one at `.`, `?`, `!`, `:` or `…` followed by a space or
/// the end (so "2.3.2" and "14:02" stay whole).
pub fn sentences(text: &str) -> Vec<String> {
    let text = without_values(text);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!' | ':' | '…');
        if ends && chars.peek().is_none_or(|next| next.is_whitespace()) {
            if !words(&current).is_empty() {
                out.push(current.trim().to_owned());
            }
            current.clear();
        }
    }
    if !words(&current).is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// The words of a text: what stands between spaces (and `/`), without the punctuation around
/// it, if it has a letter or a digit. A compound with a hyphen is one word.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// The letters of a word (not its hyphens, digits or apostrophes).
pub fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// The jargon in a text: each pattern of [`JARGON`] it uses, once.
pub fn jargon_in(text: &str) -> Vec<(&'static str, &'static str)> {
    let words: Vec<String> = words(&without_values(text))
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    let matches = |pattern: &str, word: &str| match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    };
    JARGON
        .iter()
        .filter(|(pattern, _)| {
            let parts: Vec<&str> = pattern.split(' ').collect();
            words.windows(parts.len()).any(|run| {
                run.iter()
                    .zip(&parts)
                    .all(|(word, part)| matches(part, word))
            })
        })
        .copied()
        .collect()
}

/// The forms of "worden" and "zijn" that make a passive with a past participle.
const AUXILIARIES: &[&str] = &[
    "wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren", "ben", "bent",
];

/// Particles a separable verb puts before "ge" in its participle ("opgeslagen").
const PARTICLES: &[&str] = &[
    "op", "af", "aan", "in", "uit", "mee", "door", "terug", "toe", "vast", "weg", "over", "na",
    "voor", "bij", "om", "neer", "samen", "vrij", "open", "klaar", "binnen", "tegen",
];

/// Words that look like a participle but say what something is or what happened by itself:
/// with "zijn" they are no passive ("het is gelukt", "de tijd is verlopen").
const NOT_PASSIVE: &[&str] = &[
    "gelukt",
    "mislukt",
    "gebeurd",
    "geweest",
    "gegaan",
    "gekomen",
    "gebleven",
    "geworden",
    "gestopt",
    "verlopen",
    "veranderd",
    "verdwenen",
    "vertrokken",
    "begonnen",
    "afgelopen",
    "aangekomen",
    "binnengekomen",
    "teruggekomen",
    "verhuisd",
    "gestegen",
    "gegroeid",
    "ontstaan",
    "overleden",
    "bekend",
    "verkeerd",
    "verplicht",
    "bereid",
    "gebied",
    "gewend",
    "geleden",
    "gezond",
    "besmet",
    "gerust",
    "tevreden",
    "betrokken",
    "bedoeld",
    "geeft",
    "geldt",
    "gebeurt",
    "gebruiken",
    "geven",
    "gebeuren",
    "gelden",
    "geloven",
    "genoeg",
    // Nouns that look like one.
    "bestand",
    "geweld",
    "verstand",
    "verband",
    "gezicht",
    "gewicht",
    "gerecht",
    "gevecht",
];

/// Strong participles with an inseparable prefix, which end like an infinitive.
const STRONG: &[&str] = &[
    "ontvangen",
    "vergeten",
    "verloren",
    "besproken",
    "beschreven",
    "verzonden",
    "bevonden",
    "verboden",
    "begrepen",
    "verbonden",
    "vertrokken",
];

/// Whether `word` (lower case) looks like a past participle.
pub fn is_participle(word: &str) -> bool {
    if word.chars().count() < 5 || NOT_PASSIVE.contains(&word) {
        return false;
    }
    let ends = word.ends_with('d') || word.ends_with('t') || word.ends_with("en");
    let strip_particle = PARTICLES
        .iter()
        .filter_map(|p| word.strip_prefix(p))
        .find(|rest| rest.starts_with("ge"))
        .unwrap_or(word);
    let ge = strip_particle
        .strip_prefix("ge")
        .is_some_and(|stem| stem.chars().count() >= 3);
    // "betaald" and "beperkt" are participles, "betaalt" and "bewaart" are not: a participle
    // ends in -t only after a voiceless sound ('t kofschip), the present tense after any.
    let voiceless_t = ["kt", "ft", "st", "pt", "xt", "cht"]
        .iter()
        .any(|end| word.ends_with(end));
    let inseparable = ["be", "ver", "ont", "her"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|stem| stem.chars().count() >= 3)
    }) && (word.ends_with('d') || voiceless_t || STRONG.contains(&word));
    ends && (ge || inseparable)
}

/// Words that start a new clause.
const CONJUNCTIONS: &[&str] = &[
    "en", "of", "maar", "als", "omdat", "want", "zodat", "terwijl", "wanneer", "tot",
];

/// The clauses of a text: between punctuation and before a conjunction, each in lower case.
fn clauses(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for part in without_values(text).split([',', '.', ';', ':', '?', '!', '(', ')', '–', '…']) {
        let mut clause: Vec<String> = Vec::new();
        for word in words(part).iter().map(|w| w.to_lowercase()) {
            if CONJUNCTIONS.contains(&word.as_str()) && !clause.is_empty() {
                out.push(std::mem::take(&mut clause));
            }
            clause.push(word);
        }
        if !clause.is_empty() {
            out.push(clause);
        }
    }
    out
}

/// The passive clauses of a text: a clause (between punctuation, or before a conjunction)
/// with a form of "worden" or "zijn" and a past participle not after "te". A heuristic: it
/// counts "is gewist" and "kan worden geopend", not "is gelukt".
pub fn passives(text: &str) -> Vec<String> {
    clauses(text)
        .into_iter()
        .filter(|words| {
            let aux = words.iter().any(|w| AUXILIARIES.contains(&w.as_str()));
            let participle = words
                .iter()
                .enumerate()
                .any(|(i, w)| is_participle(w) && (i == 0 || words[i - 1] != "te"));
            aux && participle
        })
        .map(|clause| clause.join(" "))
        .collect()
}

// ---- The rules ----

/// At most this many words in one sentence of any text. B1 guides ask for about ten words a
/// sentence on average and twelve to fifteen at most; fifteen is the hard limit, for every
/// sentence, and the average is held to [`MAX_AVERAGE_WORDS`].
pub const MAX_WORDS: usize = 15;

/// The average number of words a sentence of running text (one that ends in `.`, `?` or
/// `!`) may have, over every client text. B1 guides say about ten; the catalogue measures
/// 7.1, so the limit is 8: it may not drift up to the guide's ten.
pub const MAX_AVERAGE_WORDS: f64 = 8.0;

/// At most this many letters in one word. Dutch glues words together; a compound past
/// fifteen letters ("betalingsregeling") is hard to read unless it is a word the client
/// already meets on letters. Those are listed in [`LONG_WORDS`].
pub const MAX_LETTERS: usize = 15;

/// Long words that stay, each with the reason. Lower case.
pub const LONG_WORDS: &[(&str, &str)] = &[
    (
        "betalingsregeling",
        "what schuldeisers and schuldhulp call it on every letter",
    ),
    ("betalingsregelingen", "the same, more than one"),
    (
        "schuldenoverzicht",
        "the document schuldhulp asks for, by that name",
    ),
    (
        "keukentafelgesprek",
        "the Wmo's name for the talk; the municipality's letter uses it",
    ),
    (
        "cliëntondersteuner",
        "the role the Wmo gives a person who helps for free (art. 2.2.4)",
    ),
    (
        "ingebrekestelling",
        "the letter's legal name (Awb 4:17); the client must ask for it by name",
    ),
    (
        "vrijwilligerswerk",
        "a common word, in the matrix's own level text",
    ),
    (
        "regie-herstelkopie",
        "the recovery copy's file name, as the client finds it in Downloads",
    ),
    (
        "moedertaalspreker",
        "the plain word for who checks a translation; no shorter one",
    ),
    (
        "toegankelijkheid",
        "the name every Dutch public site gives this page",
    ),
    (
        "maatschappelijke",
        "part of an official matrix name, read only by the professional",
    ),
];

/// The most passive clauses one text may have.
pub const MAX_PASSIVES_PER_TEXT: usize = 1;

/// The passive clauses in all the client's texts together: this may not grow. Lower it when
/// a text loses one.
pub const PASSIVE_BUDGET: usize = 48;

/// Official or technical words that may not appear on the client's own screens, each with the
/// plain word to use. A pattern ending in `*` matches any word that starts with it; a pattern
/// of more words matches them in a row. Sources: the B1 lists of Direct Duidelijk, the RVO's
/// "Woordenlijst begrijpelijke taal" and b1teksten.nl; and Regie's own words (`docs/`).
pub const JARGON: &[(&str, &str)] = &[
    // Official Dutch ("ambtelijk").
    ("indien", "als"),
    ("middels", "met, door"),
    ("teneinde", "om"),
    ("ten einde", "om"),
    ("reeds", "al"),
    ("dient", "moet"),
    ("dienen", "moeten"),
    ("verstrek*", "geven"),
    ("inzake", "over"),
    ("alsmede", "en, ook"),
    ("conform", "volgens"),
    ("retourner*", "terugsturen"),
    ("geretourneerd", "teruggestuurd"),
    ("echter", "maar"),
    ("tevens", "ook"),
    ("thans", "nu"),
    ("derhalve", "daarom"),
    ("omtrent", "over"),
    ("alvorens", "voordat"),
    ("desgewenst", "als je wilt"),
    ("mits", "als"),
    ("doch", "maar"),
    ("aldus", "zo"),
    ("ingevolge", "volgens"),
    ("trachten", "proberen"),
    ("onverwijld", "meteen"),
    ("terstond", "meteen"),
    ("woonachtig", "wonen"),
    ("ten behoeve van", "voor"),
    ("met betrekking tot", "over"),
    ("in het kader van", "bij, voor"),
    ("ter inzage", "om in te kijken"),
    ("aanvang*", "begin"),
    ("beëindig*", "stoppen"),
    ("eventue*", "misschien, als het nodig is"),
    ("optione*", "als je wilt"),
    ("verzoek*", "vraag, vragen"),
    ("wijzig*", "aanpassen, veranderen"),
    ("gewijzigd", "aangepast, veranderd"),
    ("notificatie*", "melding"),
    ("faciliter*", "helpen"),
    ("adequa*", "goed"),
    // Technical words.
    ("authenticat*", "laten zien wie je bent"),
    ("encrypt*", "versleutelen (met uitleg)"),
    ("encryptie", "versleuteling (met uitleg)"),
    ("decrypt*", "openen"),
    ("valider*", "controleren"),
    ("gevalideerd", "gecontroleerd"),
    ("verifi*", "controleren"),
    ("geverifieerd", "gecontroleerd"),
    ("configur*", "instellen"),
    ("upload*", "sturen"),
    (
        "server*",
        "internet (\"op internet\", \"verbinding met internet\")",
    ),
    ("data", "gegevens"),
    ("url", "link"),
    ("cache", "(niet noemen)"),
    ("inlog*", "openen (Regie heeft geen account)"),
    ("account*", "dossier (Regie heeft geen account)"),
    ("wachtwoord*", "wachtzin (één woord voor één ding)"),
    // Regie says "je" to the client and names the client "je", not "cliënt".
    ("u", "je"),
    ("uw", "je"),
    ("cliënt", "je, jij"),
];

#[cfg(test)]
#[path = "plain_tests.rs"]
mod tests;
