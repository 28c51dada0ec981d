use leptos::prelude::*;
use regie_core::catalogue::{Lang, Text};
use regie_core::model::{Allergy, CareProvider, Condition, Health, Medication};

use crate::sections::card_parts::{details, group, titled, Level, Value};

/// The four lists, each under its heading, read-only.
pub(crate) fn card(health: &Health, lang: Lang) -> Option<AnyView> {
    fn entries<T>(list: &[T], lang: Lang, card: fn(&T, Lang, Level) -> AnyView) -> Vec<AnyView> {
        list.iter()
            .map(|entry| {
                view! { <li class="view-entry">{card(entry, lang, Level::H4)}</li> }.into_any()
            })
            .collect()
    }
    let groups = [
        group(
            lang,
            Text::ViewConditions,
            "conditions",
            entries(&health.conditions, lang, condition_card),
        ),
        group(
            lang,
            Text::ViewMedication,
            "medication",
            entries(&health.medication, lang, medication_card),
        ),
        group(
            lang,
            Text::ViewAllergies,
            "allergies",
            entries(&health.allergies, lang, allergy_card),
        ),
        group(
            lang,
            Text::ViewCareProviders,
            "providers",
            entries(&health.providers, lang, provider_card),
        ),
    ];
    if groups.iter().all(Option::is_none) {
        return None;
    }
    Some(groups.into_iter().flatten().collect_view().into_any())
}

pub(super) fn medication_card(m: &Medication, lang: Lang, level: Level) -> AnyView {
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelDose, Value::plain(&m.dose)),
            (Text::ViewLabelWhen, Value::plain(&m.when)),
        ],
    );
    titled(level, &m.name, rows)
}

pub(super) fn allergy_card(a: &Allergy, lang: Lang, level: Level) -> AnyView {
    let rows = details(
        lang,
        vec![(Text::ViewLabelReaction, Value::plain(&a.reaction))],
    );
    titled(level, &a.name, rows)
}

pub(super) fn condition_card(c: &Condition, lang: Lang, level: Level) -> AnyView {
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelSince, Value::Date(c.since)),
            (Text::ViewLabelNote, Value::multiline(&c.note)),
        ],
    );
    titled(level, &c.name, rows)
}

pub(super) fn provider_card(p: &CareProvider, lang: Lang, level: Level) -> AnyView {
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelRole, Value::plain(&p.role)),
            (Text::FieldPhone, Value::phone(&p.phone)),
        ],
    );
    titled(level, &p.name, rows)
}
