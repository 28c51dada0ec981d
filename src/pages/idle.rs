//! Locking the dossier when it is left alone, with a warning first (WCAG 2.2.1).

use std::time::Duration;

use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::i18n::tr;
use crate::platform::clock::now_ms;
use crate::platform::focus::FocusBefore;
use crate::platform::timers::use_interval;
use crate::session::Session;

/// How long before the auto-lock the person is warned and can stay.
const WARN_BEFORE_MS: i64 = 30_000;

/// Watches for activity; warns 30 seconds before the auto-lock and locks when the time is up.
#[component]
pub fn IdleGuard() -> impl IntoView {
    let session = expect_context::<Session>();
    let last_activity = StoredValue::new(now_ms());
    let warning = RwSignal::new(false);
    let still_here = move || {
        last_activity.set_value(now_ms());
        warning.set(false);
    };
    let listeners = [
        window_event_listener(leptos::ev::keydown, move |_| still_here()),
        window_event_listener(leptos::ev::pointerdown, move |_| still_here()),
        window_event_listener(leptos::ev::input, move |_| still_here()),
    ];
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
    });
    use_interval(Duration::from_secs(1), move || {
        if !session.is_unlocked() {
            return;
        }
        let minutes = session
            .dossier
            .with_untracked(|d| d.settings.auto_lock_minutes);
        let limit = i64::from(minutes) * 60_000;
        let idle = now_ms() - last_activity.get_value();
        if idle >= limit {
            session.lock(Some(Text::LockedIdle));
        } else if idle >= limit - WARN_BEFORE_MS {
            warning.set(true);
        }
    });

    // The warning takes focus, so it is announced and one key press keeps the dossier open;
    // afterwards focus goes back to where the person was.
    let stay_button = NodeRef::<leptos::html::Button>::new();
    let focus_before = StoredValue::new_local(None::<FocusBefore>);
    Effect::new(move |_| {
        if let Some(button) = stay_button.get() {
            focus_before.set_value(Some(FocusBefore::remember()));
            let _ = button.focus();
        }
    });
    // Any key or tap dismisses the warning (even before the button's click arrives).
    Effect::new(move |was_shown: Option<bool>| {
        let shown = warning.get();
        if was_shown == Some(true) && !shown {
            if let Some(before) = focus_before.try_update_value(Option::take).flatten() {
                before.restore();
            }
        }
        shown
    });

    view! {
        <Show when=move || warning.get()>
            <div class="banner" role="alertdialog" aria-modal="false"
                aria-labelledby="idle-warning-text" data-testid="idle-warning">
                <p id="idle-warning-text">{tr(Text::IdleWarning)}</p>
                <button class="button primary" data-testid="stay-unlocked" node_ref=stay_button
                    on:click=move |_| still_here()>
                    {tr(Text::StayUnlocked)}
                </button>
            </div>
        </Show>
    }
}
