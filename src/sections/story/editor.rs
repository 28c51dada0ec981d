use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::components::TextField;
use crate::i18n::tr;

/// Mijn verhaal: the story in the client's own words, told once.
#[component]
pub fn Editor() -> impl IntoView {
    view! {
        <section data-testid="section-story" aria-labelledby="story-title">
            <h1 id="story-title">{tr(Text::SectionStory)}</h1>
            <p>{tr(Text::StoryIntro)}</p>
            <p class="hint">{tr(Text::SavedAutomatically)}</p>
            <TextField label=Text::StoryLabel testid="story-text" multiline=true
                get=|d| d.story.text.clone() set=|d, v| d.story.text = v/>
        </section>
    }
}
