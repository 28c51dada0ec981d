//! The words for a backup that cannot be restored.

use crate::catalogue::Text;

use super::BackupError;

impl BackupError {
    pub fn text(&self) -> Text {
        match self {
            BackupError::NotADossier => Text::ErrImportNotDossier,
            BackupError::UnsupportedVersion(_) => Text::ErrImportNewer,
            BackupError::Damaged(_) => Text::ErrImportDamaged,
        }
    }
}
