//! Languages other than Dutch, as data: each is a file of its own, fetched when the person
//! chooses it, and installed here. Dutch is compiled in; it is the fallback for any text a
//! file lacks.
//!
//! Two forms of a language file:
//! - **keyed** (`crates/regie-core/locales/<code>.json`, what translators edit): one entry
//!   per text, `"Table.Key": "text"`, plural texts as an object with the language's CLDR
//!   categories (`{"one": …, "few": …, "many": …, "other": …}`), and `"_reviewed"`: whether a
//!   native speaker has checked it. [`check`] says what is wrong with one; a test runs it over
//!   every file, so a missing, extra or ill-filled key fails the build's tests.
//! - **packed** (`lang/<code>.txt` in the built app, made by `regie-pack-languages`): the
//!   texts of each table in the order of its keys, with the table's fingerprint (a hash of its
//!   key names). The app carries no key names; a table whose fingerprint does not match the
//!   compiled one (a file of another version) is not used, and its texts show in Dutch.
//!
//! The packed form is plain text split by two control characters no text holds, so reading
//! it takes a few string splits and no parser: records are separated by [`RECORD`] and the
//! fields of a record by [`FIELD`]. The first record is `regie-lang`, the version, the
//! language's code and `1` or `0` (reviewed or not); each further record is one table: its
//! name, its fingerprint in hexadecimal, then its texts.
//!
//! An installed file lives as long as the program (it is leaked once per language), so every
//! lookup returns `&'static str` like the compiled Dutch.

use std::sync::RwLock;

use super::plural::Plural;
use super::Lang;

/// The fingerprint of a table: FNV-1a over its key names in order. Computed at compile time,
/// so the names themselves are not in the program.
pub const fn fingerprint(names: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < names.len() {
        let bytes = names[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            hash ^= bytes[j] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            j += 1;
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The number of slots a plural text takes in a packed table: one per CLDR category.
pub const PLURAL_SLOTS: usize = Plural::ALL.len();

struct Installed {
    lang: Lang,
    table: &'static str,
    fingerprint: u64,
    texts: &'static [&'static str],
}

static REGISTRY: RwLock<Vec<Installed>> = RwLock::new(Vec::new());
static REVIEWED: RwLock<Vec<Lang>> = RwLock::new(Vec::new());

/// The installed text at `index` of `table` in `lang`, if that language's file is installed,
/// matches the compiled table and has the text. `None` means: show the Dutch.
pub fn text(lang: Lang, table: &str, fingerprint: u64, index: usize) -> Option<&'static str> {
    if lang == Lang::Nl {
        return None;
    }
    #[cfg(not(target_arch = "wasm32"))]
    embedded::ensure(lang);
    let registry = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
    let found = registry
        .iter()
        .find(|t| t.lang == lang && t.table == table && t.fingerprint == fingerprint)?;
    found.texts.get(index).copied().filter(|t| !t.is_empty())
}

/// Whether `lang` is ready to show: Dutch always, another language once its file is in.
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::Nl
        || REGISTRY
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .any(|t| t.lang == lang)
}

/// Whether a native speaker has checked the installed translation (Dutch is the original).
pub fn is_reviewed(lang: Lang) -> bool {
    lang == Lang::Nl
        || REVIEWED
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&lang)
}

/// Why a language file could not be installed. The app then keeps the language it had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the language file could not be read")]
    Unreadable,
    #[error("the language file is for another language")]
    OtherLanguage,
}

/// Separates the records of a packed file: its head, then one per table.
pub const RECORD: char = '\u{1e}';
/// Separates the fields of a record.
pub const FIELD: char = '\u{1f}';
/// The first field of a packed file.
pub const MAGIC: &str = "regie-lang";
/// The version of the packed form.
pub const PACKED_VERSION: &str = "1";

/// Installs a packed language file. Installing a language twice keeps the first (its texts
/// are already in use); a table of another version is kept but never matches, so its texts
/// show in Dutch.
pub fn install(lang: Lang, packed: &str) -> Result<(), FileError> {
    let (head, rest) = packed.split_once(RECORD).unwrap_or((packed, ""));
    let mut head = head.split(FIELD);
    if head.next() != Some(MAGIC) || head.next() != Some(PACKED_VERSION) {
        return Err(FileError::Unreadable);
    }
    if head.next() != Some(lang.code()) {
        return Err(FileError::OtherLanguage);
    }
    let reviewed = head.next() == Some("1");
    let mut tables = Vec::new();
    for record in rest.split(RECORD) {
        let mut fields = record.split(FIELD);
        let (Some(_name), Some(fingerprint)) = (fields.next(), fields.next()) else {
            return Err(FileError::Unreadable);
        };
        let fingerprint =
            u64::from_str_radix(fingerprint, 16).map_err(|_| FileError::Unreadable)?;
        tables.push((fingerprint, fields.count()));
    }
    if is_installed(lang) {
        return Ok(());
    }
    // Checked whole: now kept for good, and every text is a slice of it.
    let kept: &'static str = Box::leak(rest.into());
    let mut registry = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
    if registry.iter().any(|t| t.lang == lang) {
        return Ok(());
    }
    for (record, (fingerprint, count)) in kept.split(RECORD).zip(tables) {
        let mut fields = record.split(FIELD);
        let table = fields.next().unwrap_or_default();
        fields.next();
        let mut texts = Vec::with_capacity(count);
        texts.extend(fields);
        registry.push(Installed {
            lang,
            table,
            fingerprint,
            texts: Box::leak(texts.into_boxed_slice()),
        });
    }
    if reviewed {
        REVIEWED
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push(lang);
    }
    Ok(())
}

/// What the native tools know of a compiled table: its name, key names and Dutch texts.
#[cfg(not(target_arch = "wasm32"))]
pub struct TableInfo {
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub fingerprint: u64,
    /// The Dutch text of each key; for plural texts, the form for other counts.
    pub dutch: Vec<&'static str>,
    pub plural: bool,
}

#[cfg(not(target_arch = "wasm32"))]
pub use keyed::{check, pack};

#[cfg(not(target_arch = "wasm32"))]
mod keyed {
    use std::collections::BTreeMap;

    use serde_json::{Map, Value};

    use super::{Lang, Plural, TableInfo, FIELD, MAGIC, PACKED_VERSION, PLURAL_SLOTS, RECORD};

    fn read(keyed: &str) -> Result<Map<String, Value>, Vec<String>> {
        match serde_json::from_str::<Value>(keyed) {
            Ok(Value::Object(map)) => Ok(map),
            _ => Err(vec!["not a JSON object".to_owned()]),
        }
    }

    /// The values a text fills in: the count of `{}`, or the numbers of `{1}`…`{9}` (a
    /// translation may number them to put them in another order).
    fn holes(text: &str) -> (usize, Vec<u32>) {
        let plain = text.matches("{}").count();
        let mut numbered: Vec<u32> = text
            .match_indices('{')
            .filter_map(|(i, _)| {
                let rest = &text[i + 1..];
                let digit = rest.chars().next()?.to_digit(10)?;
                rest[1..].starts_with('}').then_some(digit)
            })
            .collect();
        numbered.sort_unstable();
        (plain, numbered)
    }

    fn same_values(key: &str, dutch: &str, text: &str, problems: &mut Vec<String>) {
        let (want, _) = holes(dutch);
        match holes(text) {
            (plain, numbered) if numbered.is_empty() && plain == want => {}
            (0, numbered)
                if numbered
                    .iter()
                    .copied()
                    .eq(1..=u32::try_from(want).unwrap_or(0)) => {}
            _ => problems.push(format!(
                "{key}: fills {want} values in Dutch, not in {text:?}"
            )),
        }
        for name in ["{d}", "{m}", "{y}", "{month}", "{mon}"] {
            let needed = match name {
                "{m}" | "{mon}" => dutch.contains("{m}") || dutch.contains("{mon}"),
                _ => dutch.contains(name),
            };
            let has = match name {
                "{m}" | "{mon}" => text.contains("{m}") || text.contains("{mon}"),
                _ => text.contains(name),
            };
            if needed && !has {
                problems.push(format!("{key}: lost {name}"));
            }
        }
    }

    /// Everything wrong with a keyed language file: keys it lacks or the catalogue does not
    /// have, texts left empty, values filled in that the Dutch does not fill (or not all of
    /// them), plural texts without exactly the language's CLDR categories or without the
    /// count.
    pub fn check(lang: Lang, keyed: &str, tables: &[TableInfo]) -> Vec<String> {
        let map = match read(keyed) {
            Ok(map) => map,
            Err(problems) => return problems,
        };
        let mut problems = Vec::new();
        let mut known = BTreeMap::new();
        for table in tables {
            for (i, key) in table.keys.iter().enumerate() {
                known.insert(format!("{}.{key}", table.name), (table, i));
            }
        }
        for key in map.keys() {
            if !key.starts_with('_') && !known.contains_key(key) {
                problems.push(format!("{key}: not in the catalogue"));
            }
        }
        let categories = Plural::used_by(lang);
        for (key, (table, i)) in &known {
            let dutch = table.dutch[*i];
            match (map.get(key), table.plural) {
                (None, _) => problems.push(format!("{key}: missing")),
                (Some(Value::String(text)), false) => {
                    // A thousands separator may be a (no-break) space; nothing else may.
                    let blank = match table.name {
                        "FormatText" => text.is_empty(),
                        _ => text.trim().is_empty(),
                    };
                    if blank {
                        problems.push(format!("{key}: empty"));
                    }
                    same_values(key, dutch, text, &mut problems);
                }
                (Some(Value::Object(forms)), true) => {
                    let names: Vec<&str> = categories.iter().map(|c| c.name()).collect();
                    let mut have: Vec<&str> = forms.keys().map(String::as_str).collect();
                    let mut want = names.clone();
                    have.sort_unstable();
                    want.sort_unstable();
                    if have != want {
                        problems.push(format!("{key}: plural forms {have:?}, not {names:?}"));
                        continue;
                    }
                    for (name, form) in forms {
                        let Some(form) = form.as_str() else {
                            problems.push(format!("{key}.{name}: not a text"));
                            continue;
                        };
                        same_values(&format!("{key}.{name}"), dutch, form, &mut problems);
                        let one_number = matches!(name.as_str(), "zero" | "one" | "two")
                            && !(lang == Lang::Uk && name == "one");
                        if !form.contains("{n}") && !one_number {
                            problems.push(format!("{key}.{name}: says no number"));
                        }
                    }
                }
                (Some(_), _) => problems.push(format!("{key}: the wrong kind of value")),
            }
        }
        problems
    }

    /// The packed form of a keyed language file, for the app to fetch.
    pub fn pack(lang: Lang, keyed: &str, tables: &[TableInfo]) -> Result<String, Vec<String>> {
        let problems = check(lang, keyed, tables);
        if !problems.is_empty() {
            return Err(problems);
        }
        let map = read(keyed)?;
        let reviewed = map
            .get("_reviewed")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let mut packed = [
            MAGIC,
            PACKED_VERSION,
            lang.code(),
            if reviewed { "1" } else { "0" },
        ]
        .join(&FIELD.to_string());
        let mut problems = Vec::new();
        for table in tables {
            let mut record = vec![table.name.to_owned(), format!("{:x}", table.fingerprint)];
            for key in table.keys {
                let value = &map[&format!("{}.{key}", table.name)];
                let forms: Vec<&str> = if table.plural {
                    Plural::ALL
                        .iter()
                        .map(|c| value.get(c.name()).and_then(Value::as_str).unwrap_or(""))
                        .collect()
                } else {
                    vec![value.as_str().unwrap_or("")]
                };
                for text in forms {
                    if text.contains([RECORD, FIELD]) {
                        problems.push(format!(
                            "{}.{key}: holds a separator of the packed form",
                            table.name
                        ));
                    }
                    record.push(text.to_owned());
                }
            }
            debug_assert_eq!(
                record.len() - 2,
                table.keys.len() * if table.plural { PLURAL_SLOTS } else { 1 }
            );
            packed.push(RECORD);
            packed.push_str(&record.join(&FIELD.to_string()));
        }
        if problems.is_empty() {
            Ok(packed)
        } else {
            Err(problems)
        }
    }
}

/// Natively (tests, tools), every language file is built in and installed on first use.
#[cfg(not(target_arch = "wasm32"))]
pub mod embedded {
    use std::sync::Once;

    use super::super::{tables, Lang};

    /// The keyed file of each language but Dutch.
    pub fn file(lang: Lang) -> Option<&'static str> {
        Some(match lang {
            Lang::Nl => return None,
            Lang::En => include_str!("../../locales/en.json"),
            Lang::Ar => include_str!("../../locales/ar.json"),
            Lang::Tr => include_str!("../../locales/tr.json"),
            Lang::Pl => include_str!("../../locales/pl.json"),
            Lang::Uk => include_str!("../../locales/uk.json"),
        })
    }

    pub(super) fn ensure(lang: Lang) {
        static ONCE: [Once; 6] = [const { Once::new() }; 6];
        ONCE[lang as usize].call_once(|| {
            let Some(keyed) = file(lang) else { return };
            if let Ok(packed) = super::pack(lang, keyed, &tables()) {
                let _ = super::install(lang, &packed);
            }
        });
    }
}
