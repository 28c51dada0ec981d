//! Never losing the dossier: backups out and in, the passphrase change, the backup reminder,
//! what the browser promises about storage, and one writer among several open tabs.
//!
//! The rules (the backup format, its versions, the reminder) live in `regie_core::backup`;
//! this module runs them against the session, the KDF runner and the browser.

mod ops;
mod tabs;
mod ui;

pub use tabs::watch_other_tabs;
pub use ui::{begin_import, BackupReminder, BackupSettings, ImportForm, RestoreFromBackup};
