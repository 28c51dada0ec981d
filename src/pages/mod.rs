//! The screens of the app.

mod about;
mod accessibility;
mod backup;
mod contents;
mod documents;
mod domains;
mod dossier;
mod first_run;
mod goals;
mod health;
mod home;
mod idle;
mod journal;
mod more;
mod move_in;
mod move_out;
mod network;
mod search;
mod settings;
mod shares;
mod story;
mod support;
mod unlock;
mod viewer;

pub use accessibility::AccessibilityStatement;
pub use backup::{begin_import, BackupReminder, BackupSettings, ImportForm, RestoreFromBackup};
pub use dossier::Dossier;
pub use first_run::FirstRun;
pub use move_in::ReceiveDossier;
pub use move_out::MoveToNewPhone;
pub use unlock::Unlock;
pub use viewer::{open_share, OpenedViewer, Viewer};

use leptos::prelude::*;
use regie_core::model::{EntryId, SectionKey};

/// A section's own screen, bringing `reveal` into view once its list shows.
#[component]
fn SectionScreen(key: SectionKey, reveal: Option<EntryId>) -> impl IntoView {
    crate::components::reveal_entry(reveal);
    match key {
        SectionKey::About => view! { <about::About/> }.into_any(),
        SectionKey::Story => view! { <story::Story/> }.into_any(),
        SectionKey::Domains => view! { <domains::Domains/> }.into_any(),
        SectionKey::Goals => view! { <goals::Goals/> }.into_any(),
        SectionKey::Network => view! { <network::Network/> }.into_any(),
        SectionKey::Support => view! { <support::Support/> }.into_any(),
        SectionKey::Health => view! { <health::Health/> }.into_any(),
        SectionKey::Journal => view! { <journal::Journal/> }.into_any(),
        SectionKey::Documents => view! { <documents::Documents/> }.into_any(),
    }
}

pub(crate) use crate::platform::timers::after_next_paint;
