//! The part of Fluent's file format (FTL) that age's `en-US/age.ftl` uses: messages and
//! terms whose value is text with `{$variable}`, `{-term}`, `{message}` and `{"literal"}`
//! placeables, on one line or indented over several. Anything else (attributes, selectors,
//! functions, term arguments) is reported, so that a new age release that uses it fails to
//! compile instead of printing something else than Fluent would.

use std::collections::HashMap;

/// One piece of a resolved message: fixed text, or where an argument goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Var(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Element {
    Text(String),
    Var(String),
    /// A message (`id`) or term (`-id`) reference.
    Reference(String),
}

/// The entries of one FTL file, terms under their `-` name.
#[derive(Debug, Default)]
pub struct Resource {
    entries: HashMap<String, Result<Vec<Element>, String>>,
}

impl Resource {
    /// Reads `source`; lines that are no entry (comments, junk) are skipped.
    pub fn parse(source: &str) -> Self {
        let mut resource = Self::default();
        let mut current: Option<(String, String, Vec<&str>)> = None;
        for line in source.lines() {
            let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            if line.starts_with(' ') || (line.trim().is_empty() && current.is_some()) {
                if let Some((_, _, lines)) = current.as_mut() {
                    lines.push(line);
                }
                continue;
            }
            if let Some((id, first, lines)) = current.take() {
                resource.entries.insert(id, pattern(&first, &lines));
            }
            if starts_entry {
                if let Some((id, value)) = line.split_once('=') {
                    current = Some((id.trim().to_owned(), value.to_owned(), Vec::new()));
                }
            }
        }
        if let Some((id, first, lines)) = current {
            resource.entries.insert(id, pattern(&first, &lines));
        }
        resource
    }

    /// Whether the file has a message (or term) `id`.
    pub fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// The ids of the file's messages (terms left out).
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.entries
            .keys()
            .map(String::as_str)
            .filter(|id| !id.starts_with('-'))
    }

    /// Message `id` as text and argument slots, references replaced by their text. A reference
    /// to an entry the file lacks stays as Fluent prints it: `{-name}`.
    pub fn resolve(&self, id: &str) -> Result<Vec<Piece>, String> {
        let mut pieces = Vec::new();
        self.resolve_into(id, &mut pieces, 0)?;
        Ok(merge(pieces))
    }

    fn resolve_into(&self, id: &str, out: &mut Vec<Piece>, depth: usize) -> Result<(), String> {
        if depth > 16 {
            return Err(format!("`{id}` refers to itself"));
        }
        let Some(entry) = self.entries.get(id) else {
            out.push(Piece::Text(format!("{{{id}}}")));
            return Ok(());
        };
        for element in entry.as_ref().map_err(|why| format!("`{id}`: {why}"))? {
            match element {
                Element::Text(text) => out.push(Piece::Text(text.clone())),
                Element::Var(name) => out.push(Piece::Var(name.clone())),
                Element::Reference(other) => self.resolve_into(other, out, depth + 1)?,
            }
        }
        Ok(())
    }
}

fn merge(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut merged: Vec<Piece> = Vec::new();
    for piece in pieces {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(last)), Piece::Text(text)) => last.push_str(&text),
            (_, piece) => merged.push(piece),
        }
    }
    merged
}

/// The value of an entry: `first` after the `=`, then the indented `lines`, their common
/// indent removed, joined by line breaks; blank lines at the end dropped.
fn pattern(first: &str, lines: &[&str]) -> Result<Vec<Element>, String> {
    let mut lines = lines.to_vec();
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    if lines.iter().any(|line| line.trim_start().starts_with('.')) {
        return Err("attributes are not supported".into());
    }
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut text: Vec<&str> = Vec::new();
    let first = first.trim_start_matches(' ');
    if !first.trim().is_empty() {
        text.push(first);
    }
    text.extend(lines.iter().map(|line| line.get(indent..).unwrap_or("")));
    if text.is_empty() {
        return Err("the message has no value".into());
    }
    elements(text.join("\n").trim_end())
}

fn elements(text: &str) -> Result<Vec<Element>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` without its `{`".into());
        }
        if open > 0 {
            out.push(Element::Text(rest[..open].to_owned()));
        }
        let inner_end = placeable_end(&rest[open + 1..]).ok_or("a `{` without its `}`")?;
        out.push(placeable(rest[open + 1..open + 1 + inner_end].trim())?);
        rest = &rest[open + 1 + inner_end + 1..];
    }
    if !rest.is_empty() {
        out.push(Element::Text(rest.to_owned()));
    }
    Ok(out)
}

/// Where the placeable that starts `text` ends: its first `}` outside a string literal.
fn placeable_end(text: &str) -> Option<usize> {
    let mut in_literal = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_literal => escaped = true,
            '"' => in_literal = !in_literal,
            '}' if !in_literal => return Some(at),
            _ => {}
        }
    }
    None
}

fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn placeable(inner: &str) -> Result<Element, String> {
    if let Some(name) = inner.strip_prefix('$') {
        if is_identifier(name) {
            return Ok(Element::Var(name.to_owned()));
        }
    } else if let Some(literal) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return string_literal(literal).map(Element::Text);
    } else if let Some(term) = inner.strip_prefix('-') {
        if is_identifier(term) || term.ends_with('-') && is_identifier(&term[..term.len() - 1]) {
            return Ok(Element::Reference(inner.to_owned()));
        }
    } else if is_identifier(inner) {
        return Ok(Element::Reference(inner.to_owned()));
    } else if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Ok(Element::Text(inner.to_owned()));
    }
    // Nested placeables, selectors, functions and term arguments land here.
    Err(format!("the placeable `{{{inner}}}` is not supported"))
}

fn string_literal(literal: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some('"') => out.push('"'),
                Some(u @ ('u' | 'U')) => {
                    let digits: String =
                        chars.by_ref().take(if u == 'u' { 4 } else { 6 }).collect();
                    let c = u32::from_str_radix(&digits, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| format!("`\\{u}{digits}` is no character"))?;
                    out.push(c);
                }
                _ => return Err("an unknown escape in a string literal".into()),
            },
            '"' => return Err("a `\"` inside a string literal".into()),
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{Piece, Resource};

    fn text(s: &str) -> Piece {
        Piece::Text(s.into())
    }
    fn var(s: &str) -> Piece {
        Piece::Var(s.into())
    }

    const FTL: &str = r#"
# A comment
-rage = rage
-flag-output = -o/--output
err-plain = Decryption failed
err-literals = Use {"{"}braces{"}"}, {"\"quotes\""} and {"\u00e9"}.
err-args = refusing to overwrite existing file '{$filename}'.
cli-truncated-tty = truncated; use {-flag-output} to decrypt
rec-ref = Did you mean {err-plain}?
err-unknown-term = identities for '{-age-plugin-}{$plugin_name}'.
err-block =
    RSA Modulus Too Large
    ---------------------
    {-rage} only supports keys of at most {$max_size} bits.

    Second paragraph.
ssh-indented =
    Run this:
    {"    "}{$command}
err-inline-then-more = First line
    second line

## Section
err-attribute = Value
    .title = An attribute
err-select = { $n ->
    [one] one
   *[other] more
}
"#;

    #[test]
    fn plain_text_and_arguments() {
        let res = Resource::parse(FTL);
        assert_eq!(
            res.resolve("err-plain").unwrap(),
            vec![text("Decryption failed")]
        );
        assert_eq!(
            res.resolve("err-literals").unwrap(),
            vec![text("Use {braces}, \"quotes\" and \u{e9}.")]
        );
        assert_eq!(
            res.resolve("err-args").unwrap(),
            vec![
                text("refusing to overwrite existing file '"),
                var("filename"),
                text("'."),
            ]
        );
    }

    #[test]
    fn terms_and_messages_are_replaced_by_their_text() {
        let res = Resource::parse(FTL);
        assert_eq!(
            res.resolve("cli-truncated-tty").unwrap(),
            vec![text("truncated; use -o/--output to decrypt")]
        );
        assert_eq!(
            res.resolve("rec-ref").unwrap(),
            vec![text("Did you mean Decryption failed?")]
        );
        // Fluent prints a reference it cannot resolve as itself.
        assert_eq!(
            res.resolve("err-unknown-term").unwrap(),
            vec![
                text("identities for '{-age-plugin-}"),
                var("plugin_name"),
                text("'."),
            ]
        );
    }

    #[test]
    fn multiline_values_lose_their_common_indent() {
        let res = Resource::parse(FTL);
        assert_eq!(
            res.resolve("err-block").unwrap(),
            vec![
                text(
                    "RSA Modulus Too Large\n---------------------\nrage only supports keys of at most "
                ),
                var("max_size"),
                text(" bits.\n\nSecond paragraph."),
            ]
        );
        assert_eq!(
            res.resolve("ssh-indented").unwrap(),
            vec![text("Run this:\n    "), var("command")]
        );
        assert_eq!(
            res.resolve("err-inline-then-more").unwrap(),
            vec![text("First line\nsecond line")]
        );
    }

    #[test]
    fn what_the_subset_lacks_is_an_error_not_other_text() {
        let res = Resource::parse(FTL);
        assert!(res
            .resolve("err-attribute")
            .unwrap_err()
            .contains("attributes"));
        assert!(res.resolve("err-select").is_err());
        assert!(res.has("err-plain") && !res.has("err-missing"));
        assert!(res.message_ids().all(|id| !id.starts_with('-')));
    }
}
