//! The professional's viewer tab over time: a second link pasted into its address bar, and
//! what the page says once the share it showed has ended (also after a reload).

use leptos::prelude::*;
use regie_core::catalogue::{Text, ViewerText};
use regie_core::share::{ShareLink, VIEW_PATH};
use regie_core::viewer_tab::Ended;

use crate::i18n::tr;
use crate::platform::{location, view_session};

/// Follows a link pasted into the address bar of this open tab. Only the part after `#`
/// changes, so the browser does not load the page again; the page does so itself for the
/// new link. That way nothing of the share shown so far (its key, its text) stays in
/// memory or on the screen, and the new share starts as if its link was opened afresh.
/// The same share's link again is only taken out of the address bar.
pub fn follow_new_links() {
    // The handle would only remove it; it stays for as long as the page lives.
    let _ = window_event_listener(leptos::ev::hashchange, |_| {
        let hash = location::fragment();
        if hash.is_empty() {
            return;
        }
        let shown = view_session::load().and_then(|view| ShareLink::parse(&view.link).ok());
        let same = match (&shown, ShareLink::parse(&hash)) {
            (Some(shown), Ok(new)) => shown.id == new.id,
            _ => false,
        };
        if same {
            location::replace_entry(VIEW_PATH);
            return;
        }
        view_session::clear();
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
}

/// What stands instead of a share that is gone: why, when this tab knows (`ended`), else
/// every reason it may have.
#[component]
pub(super) fn GoneView(ended: Option<Ended>) -> impl IntoView {
    let text = ended.map_or(Text::ViewGone, Ended::text);
    view! {
        <div data-testid="view-gone" class="gone" data-ended=ended.map(Ended::key)>
            <h1>{tr(ViewerText::ViewTitle)}</h1>
            <p>{tr(text)}</p>
            <p>{tr(ViewerText::ViewGoneHint)}</p>
        </div>
    }
}
