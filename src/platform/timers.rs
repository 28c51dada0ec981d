//! Work on a timer, tied to the component that asked for it.

use std::time::Duration;

use leptos::prelude::*;

/// Runs `tick` every `every` for as long as the calling component lives; the interval is
/// cleared when it goes away, so no timer outlives its screen.
pub fn use_interval(every: Duration, tick: impl Fn() + 'static) {
    let handle = set_interval_with_handle(tick, every).ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
}

/// Runs slow work (the KDF, a part's download) after the browser has painted what is on
/// screen now, so a tap never looks frozen.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(work);
    });
}
