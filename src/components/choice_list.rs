//! A list of checkboxes, one per thing the client may put in or leave out: the parts of the
//! personal plan, and a share's sections, life domains and documents.

use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// What a box says: a catalogue text, or something the client named herself.
#[derive(Clone)]
pub enum ChoiceLabel {
    Text(Text),
    Plain(String),
}

/// One box of a [`ChoiceList`].
#[derive(Clone)]
pub struct ChoiceItem<T> {
    pub value: T,
    /// The box's `id` and `data-testid`.
    pub testid: String,
    pub label: ChoiceLabel,
    /// A small word after the label, such as "(nog leeg)".
    pub hint: Option<Text>,
    /// A box that cannot be ticked, because there is nothing behind it.
    pub disabled: bool,
}

impl<T> ChoiceItem<T> {
    pub fn new(value: T, testid: String, label: ChoiceLabel) -> ChoiceItem<T> {
        ChoiceItem {
            value,
            testid,
            label,
            hint: None,
            disabled: false,
        }
    }

    pub fn hint(mut self, hint: Option<Text>) -> ChoiceItem<T> {
        self.hint = hint;
        self
    }

    pub fn disabled(mut self, disabled: bool) -> ChoiceItem<T> {
        self.disabled = disabled;
        self
    }
}

/// The boxes, each ticked while `checked` says so; `toggle` hears every change.
#[component]
pub fn ChoiceList<T>(
    items: Vec<ChoiceItem<T>>,
    checked: Callback<T, bool>,
    toggle: Callback<(T, bool)>,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    let boxes = items
        .into_iter()
        .map(|item| {
            let value = item.value;
            let id = item.testid;
            let label = match item.label {
                ChoiceLabel::Text(text) => tr(text).into_any(),
                ChoiceLabel::Plain(text) => text.into_any(),
            };
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() data-testid=id.clone()
                        disabled=item.disabled
                        prop:checked=move || checked.run(value)
                        on:change=move |ev| toggle.run((value, event_target_checked(&ev)))/>
                    <label for=id>
                        {label}
                        {item.hint.map(|hint| view! { " " <span class="hint">{tr(hint)}</span> })}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain">{boxes}</ul> }
}
