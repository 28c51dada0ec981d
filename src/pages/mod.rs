//! The screens of the app.

mod about;
mod dossier;
mod first_run;
mod home;
mod settings;
mod shares;
mod story;
mod unlock;
mod viewer;

pub use dossier::Dossier;
pub use first_run::FirstRun;
pub use unlock::Unlock;
pub use viewer::Viewer;

/// Runs slow work (the KDF) after the browser has painted the "working" state, so a tap
/// never looks frozen.
pub(crate) fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(work);
    });
}
