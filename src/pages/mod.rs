//! The screens of the app.

mod accessibility;
mod contents;
mod dossier;
mod first_run;
mod home;
mod idle;
mod more;
mod move_in;
mod move_out;
mod search;
mod settings;
mod shares;
mod unlock;
mod viewer;

pub use accessibility::AccessibilityStatement;
pub use dossier::Dossier;
pub use first_run::FirstRun;
pub use move_in::ReceiveDossier;
pub use move_out::MoveToNewPhone;
pub use unlock::Unlock;
pub use viewer::{open_share, OpenedViewer, Viewer};

/// Runs slow work (the KDF) after the browser has painted the "working" state, so a tap
/// never looks frozen.
pub(crate) fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(work);
    });
}
