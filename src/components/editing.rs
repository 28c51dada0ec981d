//! Pieces the entry editors share: new ids, today's date, and deleting after an inline
//! question (a browser dialog would be hidden from some screen readers, and dismissed by
//! test drivers).

use leptos::html;
use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::model::{Date, EntryId, Timestamp};

use crate::i18n::tr;
use crate::platform::clock::{now_ms, utc_offset_minutes};

/// A fresh random id for a new entry: 16 hex digits from the browser's random source.
pub fn new_entry_id() -> EntryId {
    let mut bytes = [0u8; 8];
    // The browser's crypto source does not fail; should it, the time keeps ids apart.
    if getrandom::getrandom(&mut bytes).is_err() {
        bytes = now_ms().to_le_bytes();
    }
    EntryId(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Today on this device's calendar.
pub fn today() -> Date {
    Timestamp(now_ms())
        .to_date(utc_offset_minutes())
        .unwrap_or(Date::MAX)
}

/// Stands for a date that a date field could not read; no date parser accepts it.
pub const UNREADABLE_DATE: &str = "unreadable";

/// Whether the date field `id` holds a half-typed or impossible date (31-02-2025). The field
/// then reports an empty value, which must not pass for "no date": the form says the date does
/// not exist instead of quietly dropping it.
pub fn date_field_is_bad(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|field| js_sys::Reflect::get(&field, &"validity".into()).ok())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()).ok())
        .and_then(|bad| bad.as_bool())
        .unwrap_or(false)
}

/// Moves focus to a form's heading once it is on screen: the button that opened the form is
/// gone, and a screen reader should land where the form starts.
pub fn focus_when_shown(heading: NodeRef<html::H3>) {
    request_animation_frame(move || {
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
}

/// Same as [`focus_when_shown`], for a form whose heading is an `<h4>`.
pub fn focus_h4_when_shown(heading: NodeRef<html::H4>) {
    request_animation_frame(move || {
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });
}

/// "Are you sure?" with a yes and a no button, shown in place of the delete button. The
/// question takes focus, so a screen reader reads it at once.
#[component]
pub fn ConfirmDelete(
    question: Text,
    /// Prefix of the buttons' hooks: `<testid>-confirm` and `<testid>-cancel`.
    testid: &'static str,
    yes: Text,
    no: Text,
    on_yes: impl Fn() + 'static,
    on_no: impl Fn() + 'static,
) -> impl IntoView {
    let question_ref = NodeRef::<html::P>::new();
    request_animation_frame(move || {
        if let Some(p) = question_ref.get_untracked() {
            let _ = p.focus();
        }
    });
    view! {
        <div class="confirm" role="group">
            <p class="warning" tabindex="-1" node_ref=question_ref>{tr(question)}</p>
            <div class="actions">
                <button type="button" class="button danger" data-testid=format!("{testid}-confirm")
                    on:click=move |_| on_yes()>{tr(yes)}</button>
                <button type="button" class="button" data-testid=format!("{testid}-cancel")
                    on:click=move |_| on_no()>{tr(no)}</button>
            </div>
        </div>
    }
}
