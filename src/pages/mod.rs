//! The screens of the app.

mod accessibility;
mod backup;
mod clocks;
mod contents;
mod dossier;
mod first_run;
mod helper_card_file;
mod helpers;
mod home;
mod idle;
mod more;
mod move_in;
mod move_out;
mod plan;
pub(crate) mod proposals;
mod recover;
mod request_page;
mod request_review;
mod restore_copy;
mod said;
mod scan;
mod search;
mod settings;
mod shares;
mod unlock;
mod view_activity;
mod view_gate;
mod view_reply;
mod view_summary;
mod view_tab;
mod viewer;

pub use accessibility::AccessibilityStatement;
pub use backup::{begin_import, BackupReminder, BackupSettings, ImportForm, RestoreFromBackup};
pub use dossier::Dossier;
pub use first_run::FirstRun;
pub use helpers::HelpersSettings;
pub use move_in::{KeptAsideNote, ReceiveDossier};
pub use move_out::MoveToNewPhone;
pub use recover::{Recover, Recovered};
pub use request_page::{RequestGate, RequestPage};
pub use restore_copy::{CopyRestored, RestoreCopy};
pub use unlock::Unlock;
pub use view_tab::follow_new_links;
pub use viewer::{open_share, resume_share, verify_envelope, OpenedViewer, Viewer};

pub(crate) use crate::platform::timers::after_next_paint;
