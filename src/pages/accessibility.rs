use leptos::html;
use leptos::prelude::*;
use regie_core::catalogue::FirstText;

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
    let item = |text: FirstText| view! { <li>{tr(text)}</li> };
    view! {
        <main class="page statement" data-testid="accessibility-statement"
            aria-labelledby="a11y-title">
            <h1 id="a11y-title" tabindex="-1" node_ref=heading>{tr(FirstText::A11yTitle)}</h1>
            <p>{tr(FirstText::A11yIntro)}</p>
            <h2>{tr(FirstText::A11yMeetTitle)}</h2>
            <p>{tr(FirstText::A11yMeetText)}</p>
            <ul>
                {item(FirstText::A11yMeetKeyboard)}
                {item(FirstText::A11yMeetNames)}
                {item(FirstText::A11yMeetZoom)}
                {item(FirstText::A11yMeetTime)}
                {item(FirstText::A11yMeetLanguage)}
            </ul>
            <h2>{tr(FirstText::A11yHowTitle)}</h2>
            <p>{tr(FirstText::A11yHowText)}</p>
            <h2>{tr(FirstText::A11yLimitsTitle)}</h2>
            <ul>
                {item(FirstText::A11yLimitQr)}
                {item(FirstText::A11yLimitTesting)}
                {item(FirstText::A11yLimitNew)}
            </ul>
            <h2>{tr(FirstText::A11yReportTitle)}</h2>
            <p>{tr(FirstText::A11yReportText)}</p>
            <p class="hint">{tr(FirstText::A11yDate)}</p>
            <button class="button" data-testid="accessibility-back"
                on:click=move |_| on_back.run(())>
                {tr(FirstText::Back)}
            </button>
        </main>
    }
}
