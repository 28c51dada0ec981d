//! Bringing a dossier written by an older Regie up to the current schema.
//!
//! A dossier lives for years on a phone and in backups, while the app updates itself. So the
//! reader works on plain JSON first: it reads the version, then applies one step per version
//! until the JSON has the current shape, and only then asks serde for the typed dossier.

use serde_json::Value;

use super::{ModelError, SCHEMA_VERSION};

/// The schema version the JSON says it has.
pub(crate) fn schema_of(value: &Value) -> Result<u32, ModelError> {
    let Some(object) = value.as_object() else {
        return Err(ModelError::Invalid("this is not a Regie dossier".into()));
    };
    let Some(schema) = object.get("schema") else {
        return Err(ModelError::Invalid(
            "the dossier does not say which version it is".into(),
        ));
    };
    match schema.as_u64() {
        Some(0) | None => Err(ModelError::Invalid(
            "the dossier's version is not valid".into(),
        )),
        // Beyond u32 is still "newer than this build", not garbage.
        Some(n) => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
    }
}

/// Upgrades JSON of schema `from` to [`SCHEMA_VERSION`], one version at a time, so each step
/// only has to know its own two versions.
pub(crate) fn migrate(mut value: Value, from: u32) -> Result<Value, ModelError> {
    if from > SCHEMA_VERSION {
        return Err(ModelError::UnsupportedVersion(from));
    }
    for version in from..SCHEMA_VERSION {
        value = step(value, version)?;
        value["schema"] = Value::from(version + 1);
    }
    Ok(value)
}

/// One step, from `version` to `version + 1`. A new schema adds its arm here, as
/// `(1, value) => Ok(v1_to_v2(value))`; a step never changes once it has shipped.
#[allow(
    clippy::match_single_binding,
    reason = "the place where each version's step slots in"
)]
fn step(value: Value, version: u32) -> Result<Value, ModelError> {
    match (version, value) {
        (version, _) => Err(ModelError::Invalid(format!(
            "there is no way to upgrade schema {version}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_schema_number() {
        assert_eq!(schema_of(&json!({"schema": 1})), Ok(1));
        assert_eq!(schema_of(&json!({"schema": 99})), Ok(99));
        assert_eq!(schema_of(&json!({"schema": 1u64 << 40})), Ok(u32::MAX));
        for bad in [
            json!({}),
            json!({"schema": "1"}),
            json!({"schema": -1}),
            json!({"schema": 1.5}),
            json!({"schema": 0}),
            json!({"schema": null}),
            json!([1]),
            json!(1),
        ] {
            assert!(
                matches!(schema_of(&bad), Err(ModelError::Invalid(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn current_schema_passes_unchanged() {
        let value = json!({"schema": SCHEMA_VERSION, "story": {"text": "x"}});
        assert_eq!(migrate(value.clone(), SCHEMA_VERSION), Ok(value));
    }

    #[test]
    fn newer_schema_is_refused() {
        assert_eq!(
            migrate(json!({"schema": 99}), 99),
            Err(ModelError::UnsupportedVersion(99))
        );
    }
}
