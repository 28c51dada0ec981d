use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, ViewerText};
use regie_core::model::Story;

use crate::components::keep_whole;
use crate::sections::Now;

/// The story as told, with when it last changed.
pub(crate) fn card(story: &Story, lang: Lang, now: Now) -> Option<AnyView> {
    if story.text.trim().is_empty() {
        return None;
    }
    let updated = story
        .updated
        .and_then(|moment| now.date_of(moment))
        .map(|date| {
            let day = formats::date_short(date, lang);
            view! { <p class="meta">{keep_whole(ViewerText::ViewStoryUpdated.fill(lang, &[&day]), &day)}</p> }
        });
    let text = story.text.clone();
    Some(view! { {updated} <p class="story">{text}</p> }.into_any())
}
