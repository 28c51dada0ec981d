//! A date or a moment inside a sentence, kept whole on a narrow screen.

use leptos::prelude::*;

/// `text` with each word of the first `whole` in it in a span that never breaks inside
/// ("6-/12-2026"), so the sentence wraps around it; a moment ("7-12-2026 14:02") may still
/// wrap between its date and its time, so that twice the text size fits 320 px. `text` as
/// it is when `whole` is not in it.
pub fn keep_whole(text: String, whole: &str) -> AnyView {
    match text.split_once(whole).filter(|_| !whole.is_empty()) {
        Some((before, after)) => {
            let words: Vec<AnyView> = whole
                .split(' ')
                .enumerate()
                .map(|(i, word)| {
                    let space = if i == 0 { "" } else { " " };
                    let word = word.to_owned();
                    view! { {space}<span class="nowrap">{word}</span> }.into_any()
                })
                .collect();
            let (before, after) = (before.to_owned(), after.to_owned());
            view! { {before}{words}{after} }.into_any()
        }
        None => text.into_any(),
    }
}
