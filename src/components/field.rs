use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::model::{Date, Dossier};

use crate::components::ErrorMessage;
use crate::i18n::tr;
use crate::session::Session;

/// A labelled text field bound to one part of the dossier; edits save themselves.
///
/// The value is set once when the field appears: after that the field owns what is typed,
/// so the caret never jumps while the dossier updates.
#[component]
pub fn TextField(
    label: Text,
    testid: &'static str,
    get: fn(&Dossier) -> String,
    set: fn(&mut Dossier, String),
    #[prop(default = false)] multiline: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "")] autocomplete: &'static str,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let initial = session.dossier.with_untracked(get);
    let id = format!("field-{testid}");
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        session.edit(move |d| set(d, value));
    };
    let input = if multiline {
        view! {
            <textarea id=id.clone() data-testid=testid prop:value=initial on:input=on_input
                rows="6"></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() data-testid=testid type=kind autocomplete=autocomplete
                dir=crate::components::typed_dir(kind) prop:value=initial on:input=on_input/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            {input}
        </div>
    }
}

/// A date field; an impossible date is explained and not stored.
#[component]
pub fn DateField(
    label: Text,
    testid: &'static str,
    get: fn(&Dossier) -> Option<Date>,
    set: fn(&mut Dossier, Option<Date>),
) -> impl IntoView {
    let session = expect_context::<Session>();
    let initial = session
        .dossier
        .with_untracked(get)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let problem = RwSignal::new(None::<Text>);
    let id = format!("field-{testid}");
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if value.trim().is_empty() {
            problem.set(None);
            session.edit(move |d| set(d, None));
            return;
        }
        match Date::parse(value.trim()) {
            Ok(date) => {
                problem.set(None);
                session.edit(move |d| set(d, Some(date)));
            }
            Err(_) => problem.set(Some(Text::ErrInvalidDate)),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input id=id data-testid=testid type="date" prop:value=initial on:change=on_change
                aria-invalid=move || problem.get().is_some().to_string()/>
            <ErrorMessage error=problem/>
        </div>
    }
}
