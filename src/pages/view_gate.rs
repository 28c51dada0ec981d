//! What stands between the recipient and a share's content, as the viewer's preview shows it:
//! a spoken code to type, a start still ahead.

use leptos::prelude::*;
use regie_core::api::ShareStatus;
use regie_core::catalogue::Lang;
use regie_core::model::LocalMoment;
use regie_core::share_gate::starts_words;

use crate::platform::clock::{date_at, local_moment, now_ms, offset_at};

/// What the relay said stands between the recipient and the content: a spoken code, a
/// start later than now. Read from the status; the relay enforces both.
#[derive(Clone, Copy)]
pub(super) struct Gate {
    pub(super) code_needed: RwSignal<bool>,
    /// The code as typed.
    pub(super) code: RwSignal<String>,
    pub(super) starts_at: RwSignal<Option<i64>>,
    /// The local clock, ticking while a start is ahead.
    pub(super) clock: RwSignal<i64>,
    /// "This code is not right. You can try 3 more times."
    pub(super) code_error: RwSignal<Option<String>>,
}

impl Gate {
    pub(super) fn new() -> Self {
        Gate {
            code_needed: RwSignal::new(false),
            code: RwSignal::new(String::new()),
            starts_at: RwSignal::new(None),
            clock: RwSignal::new(now_ms()),
            code_error: RwSignal::new(None),
        }
    }

    pub(super) fn read(self, status: &ShareStatus) {
        self.code_needed.set(status.code_needed);
        self.clock.set(now_ms());
        self.starts_at.set(status.starts_at);
    }

    /// The start, while it is still ahead.
    pub(super) fn not_yet(self) -> Option<i64> {
        self.starts_at.get().filter(|at| self.clock.get() < *at)
    }
}

/// "morgen 10:00 (3-12-2026)", on this device's clock.
pub(super) fn start_in_words(at: i64, lang: Lang) -> String {
    match (
        LocalMoment::from_utc_ms(at, offset_at(at)),
        date_at(now_ms()),
    ) {
        (Some(at), Some(today)) => starts_words(at, today, lang),
        _ => local_moment(at, lang),
    }
}
