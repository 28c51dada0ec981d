use leptos::html;
use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;

/// The accessibility statement: what Regie meets, its known limits, and how to report a
/// problem. Reachable from every screen, before unlocking and in the share viewer too.
#[component]
pub fn AccessibilityStatement(#[prop(into)] on_back: Callback<()>) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    // Opening the statement moves focus to its title, so a screen reader starts there.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let item = |text: Text| view! { <li>{tr(text)}</li> };
    view! {
        <main class="page statement" data-testid="accessibility-statement"
            aria-labelledby="a11y-title">
            <h1 id="a11y-title" tabindex="-1" node_ref=heading>{tr(Text::A11yTitle)}</h1>
            <p>{tr(Text::A11yIntro)}</p>
            <h2>{tr(Text::A11yMeetTitle)}</h2>
            <p>{tr(Text::A11yMeetText)}</p>
            <ul>
                {item(Text::A11yMeetKeyboard)}
                {item(Text::A11yMeetNames)}
                {item(Text::A11yMeetZoom)}
                {item(Text::A11yMeetTime)}
                {item(Text::A11yMeetLanguage)}
            </ul>
            <h2>{tr(Text::A11yHowTitle)}</h2>
            <p>{tr(Text::A11yHowText)}</p>
            <h2>{tr(Text::A11yLimitsTitle)}</h2>
            <ul>
                {item(Text::A11yLimitQr)}
                {item(Text::A11yLimitTesting)}
                {item(Text::A11yLimitNew)}
            </ul>
            <h2>{tr(Text::A11yReportTitle)}</h2>
            <p>{tr(Text::A11yReportText)}</p>
            <p class="hint">{tr(Text::A11yDate)}</p>
            <button class="button" data-testid="accessibility-back"
                on:click=move |_| on_back.run(())>
                {tr(Text::Back)}
            </button>
        </main>
    }
}
