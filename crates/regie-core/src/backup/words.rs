//! The words for a backup that cannot be restored.

use crate::catalogue::FirstText;

use super::BackupError;

impl BackupError {
    pub fn text(&self) -> FirstText {
        match self {
            BackupError::NotADossier => FirstText::ErrImportNotDossier,
            BackupError::UnsupportedVersion(_) => FirstText::ErrImportNewer,
            BackupError::Damaged(_) => FirstText::ErrImportDamaged,
        }
    }
}
