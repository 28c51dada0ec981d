use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{Allergy, CareProvider, Condition, Health, Medication};

use crate::sections::card_parts::{group, groups, titled, Level, Value};

/// The four lists, each under its heading, read-only.
pub(crate) fn card(health: &Health, lang: Lang) -> Option<AnyView> {
    fn entries<T>(list: &[T], lang: Lang, card: fn(&T, Lang, Level) -> AnyView) -> Vec<AnyView> {
        list.iter()
            .map(|entry| {
                view! { <li class="view-entry">{card(entry, lang, Level::H4)}</li> }.into_any()
            })
            .collect()
    }
    let conditions = entries(&health.conditions, lang, condition_card);
    let medication = entries(&health.medication, lang, medication_card);
    let allergies = entries(&health.allergies, lang, allergy_card);
    let providers = entries(&health.providers, lang, provider_card);
    groups(
        [
            (Text::ViewConditions, "conditions", conditions),
            (Text::ViewMedication, "medication", medication),
            (Text::ViewAllergies, "allergies", allergies),
            (Text::ViewCareProviders, "providers", providers),
        ]
        .map(|(heading, class, items)| group(lang, heading, class, items)),
    )
}

pub(super) fn medication_card(m: &Medication, lang: Lang, level: Level) -> AnyView {
    titled(
        level,
        &m.name,
        lang,
        vec![
            (Text::ViewLabelDose, Value::plain(&m.dose)),
            (Text::ViewLabelWhen, Value::plain(&m.when)),
        ],
    )
}

pub(super) fn allergy_card(a: &Allergy, lang: Lang, level: Level) -> AnyView {
    titled(
        level,
        &a.name,
        lang,
        vec![(Text::ViewLabelReaction, Value::plain(&a.reaction))],
    )
}

pub(super) fn condition_card(c: &Condition, lang: Lang, level: Level) -> AnyView {
    titled(
        level,
        &c.name,
        lang,
        vec![
            (Text::ViewLabelSince, Value::Date(c.since)),
            (Text::ViewLabelNote, Value::multiline(&c.note)),
        ],
    )
}

pub(super) fn provider_card(p: &CareProvider, lang: Lang, level: Level) -> AnyView {
    titled(
        level,
        &p.name,
        lang,
        vec![
            (Text::ViewLabelRole, Value::plain(&p.role)),
            (Text::FieldPhone, Value::phone(&p.phone)),
        ],
    )
}
