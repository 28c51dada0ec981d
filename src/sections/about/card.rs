use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text};
use regie_core::model::About;

use crate::sections::card_parts::{details, Value};

/// Who the client is and how they like to be approached, read-only.
pub(crate) fn card(about: &About, lang: Lang) -> Option<AnyView> {
    details(
        lang,
        vec![
            (Text::FieldName, Value::plain(&about.name)),
            (Text::FieldDateOfBirth, Value::Date(about.date_of_birth)),
            (Text::FieldPhone, Value::phone(&about.phone)),
            (
                Text::FieldEmail,
                Value::Email(about.email.trim().to_owned()),
            ),
            (Text::FieldAddress, Value::multiline(&about.address)),
            (Text::FieldLanguages, Value::plain(&about.languages)),
            (Text::FieldApproach, Value::multiline(&about.approach)),
            (
                Text::FieldWhatMatters,
                Value::multiline(&about.what_matters),
            ),
        ],
    )
}
