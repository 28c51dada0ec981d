//! The six-digit code of a move: read as typed, shown in groups, made from random bits.

use super::*;

/// Why a typed code cannot be a code. Checked before anything is sent, so a typo never
/// costs one of the tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("no code was typed")]
    Empty,
    #[error("a code has only digits")]
    NotDigits,
    #[error("a code has exactly six digits")]
    WrongLength,
}

/// Reads a typed code: spaces, dashes and dots (as people copy "123 456") are dropped.
pub fn read_code(typed: &str) -> Result<String, CodeError> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
        .collect();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(CodeError::NotDigits);
    }
    if code.len() != CODE_DIGITS {
        return Err(CodeError::WrongLength);
    }
    Ok(code)
}

/// The code as it is shown and read aloud: two groups of three ("482 913").
pub fn group_code(code: &str) -> String {
    if code.len() == CODE_DIGITS && code.is_ascii() {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_owned()
    }
}

/// Turns 32 random bits into a uniformly drawn code, or `None` when the caller must draw
/// again (a plain remainder would favour low codes slightly).
pub fn code_from_random(random: u32) -> Option<String> {
    const RANGE: u32 = 1_000_000;
    const LIMIT: u32 = u32::MAX - (u32::MAX % RANGE);
    (random < LIMIT).then(|| format!("{:06}", random % RANGE))
}

/// What the old phone's countdown shows: minutes and seconds left ("9:58"), `None` once the
/// transfer has ended.
pub fn countdown(now_ms: i64, until_ms: i64) -> Option<String> {
    let left = until_ms - now_ms;
    if left <= 0 {
        return None;
    }
    let secs = (left + 999) / 1000;
    Some(format!("{}:{:02}", secs / 60, secs % 60))
}
