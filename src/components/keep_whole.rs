//! A date or a moment inside a sentence, kept whole on a narrow screen.

use leptos::prelude::*;

/// `text` with the first `whole` in it in a span that never breaks inside ("6-/12-2026"),
/// so the sentence wraps around it; `text` as it is when `whole` is not in it.
pub fn keep_whole(text: String, whole: &str) -> AnyView {
    match text.split_once(whole).filter(|_| !whole.is_empty()) {
        Some((before, after)) => {
            let (before, after, whole) = (before.to_owned(), after.to_owned(), whole.to_owned());
            view! { {before}<span class="nowrap">{whole}</span>{after} }.into_any()
        }
        None => text.into_any(),
    }
}
