//! Why a dossier could not be made or read.

/// The message is a plain sentence that never quotes what the client wrote, so it may be
/// shown or logged as it is.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("{0}")]
    Invalid(String),
    #[error("the dossier was written by a newer version of Regie (schema {0})")]
    UnsupportedVersion(u32),
}

/// serde's messages quote the offending value ("invalid type: string \"Jan\", expected u16",
/// "unknown variant `Jan`"), which may be the client's name or diagnosis. This keeps what went
/// wrong and what was expected, both written by us, and drops the value.
pub(crate) fn without_client_text(message: &str) -> String {
    const OURS_WHOLE: [&str; 2] = ["missing field", "duplicate field"];
    const QUOTING: [(&str, &str); 5] = [
        ("invalid type", "a value has the wrong type"),
        ("invalid value", "a value is not allowed"),
        ("invalid length", "a list has the wrong length"),
        ("unknown variant", "an unknown choice"),
        ("unknown field", "an unknown field"),
    ];
    if OURS_WHOLE.iter().any(|start| message.starts_with(start)) {
        return message.to_owned();
    }
    let Some((_, plain)) = QUOTING.iter().find(|(start, _)| message.starts_with(start)) else {
        // Our own messages, from `Date`, `Score` and the like, never quote a value.
        return message.to_owned();
    };
    // The last ", expected " is serde's own: a quoted value cannot come after it.
    match message.rsplit_once(", expected ") {
        Some((_, expected)) => format!("{plain}, expected {expected}"),
        None => (*plain).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_is_dropped_and_the_expectation_kept() {
        assert_eq!(
            without_client_text(r#"invalid type: string "Jan, expected x", expected u16"#),
            "a value has the wrong type, expected u16"
        );
        assert_eq!(
            without_client_text("invalid type: integer `612345678`, expected a string"),
            "a value has the wrong type, expected a string"
        );
        assert_eq!(
            without_client_text("unknown variant `Jan de Vries`, expected `me` or `professional`"),
            "an unknown choice, expected `me` or `professional`"
        );
        assert_eq!(
            without_client_text("missing field `date`"),
            "missing field `date`"
        );
        assert_eq!(without_client_text("not a real date"), "not a real date");
    }
}
