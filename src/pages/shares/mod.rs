use std::time::Duration;

use leptos::prelude::*;
use regie_core::catalogue::{PageText, Text};
use regie_core::screen::Screen;

use crate::i18n::tr;
use crate::session::share::MadeShare;

mod form;
mod list;
mod log;
mod made;
mod preview;

pub(crate) use form::PurposeField;
use form::ShareForm;
use list::ShareList;
use made::ShareMade;

/// The QR code's hook for tests: it sits on the `<svg>` itself.
pub(super) const QR_TESTID: &str = "share-qr";

/// How often the list asks the relay for openings and status.
pub(super) const REFRESH: Duration = Duration::from_secs(10);

/// The share just made, whose link and QR code live in memory only: kept while the person
/// is in the app, gone with a reload.
#[derive(Clone, Copy)]
pub struct JustMade(RwSignal<Option<MadeShare>>);

impl JustMade {
    pub fn provide() {
        provide_context(JustMade(RwSignal::new(None)));
    }
}

/// Delen: make a share, see every share with its openings, and stop them.
#[component]
pub fn Shares(screen: Screen) -> impl IntoView {
    let just_made = expect_context::<JustMade>().0;
    // Said before the person fills in the form, and kept up to date as the network comes
    // and goes.
    let online = crate::platform::pwa::online();
    view! {
        <section data-testid="section-shares" aria-labelledby="shares-title">
            <h1 id="shares-title">{tr(Text::SectionShares)}</h1>
            <div role="status">
                <Show when=move || !online.get()>
                    <p class="warning" data-testid="share-offline">{tr(PageText::ShareNeedsConnection)}</p>
                </Show>
            </div>
            {match (screen, just_made.get_untracked()) {
                (Screen::NewShare, _) => view! { <ShareForm/> }.into_any(),
                (Screen::ShareMade, Some(made)) => view! { <ShareMade made/> }.into_any(),
                _ => view! { <ShareList/> }.into_any(),
            }}
        </section>
    }
}
