use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::signing::CheckWords;

use crate::i18n::tr;

/// The words that name a dossier, with what they are for: on the client's phone (the share
/// just made, settings) and in the viewer, from the verified share. The element with the
/// hook holds the words alone, separated by spaces, so two screens can be compared.
#[component]
pub fn CheckWordsBox(
    words: CheckWords,
    /// `share-check-words` on the client's phone, `view-check-words` in the viewer.
    testid: &'static str,
    /// What the words mean to this reader.
    hint: Text,
    /// Whether the title is a heading of the screen (settings) or a line of the box.
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let title = if heading {
        view! { <h2>{tr(Text::CheckWordsTitle)}</h2> }.into_any()
    } else {
        view! { <p class="check-words-title"><strong>{tr(Text::CheckWordsTitle)}</strong></p> }
            .into_any()
    };
    view! {
        <div class="check-words-box" role="group" aria-label=tr(Text::CheckWordsTitle)>
            {title}
            <p class="check-words" data-testid=testid lang="nl">{words.to_string()}</p>
            <p class="hint">{tr(hint)}</p>
        </div>
    }
}
