//! The automatic backups of the progress file: listed and restored in the
//! adult area, and the newest good one restored from the start-up screen
//! when the file is refused as damaged. Restoring never deletes a file: the
//! one replaced is kept beside it under a new name.

use crate::api::views::{backup_view, BackupRestored, BackupView};
use crate::api::{AppError, AppService};
use crate::progress::{list_backups, newest_good_backup, restore_damaged, BackupFile, StoreError};

impl AppService {
    /// The daily backups, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupView>, AppError> {
        self.adult()?;
        Ok(list_backups(&self.db_path)?.iter().map(backup_view).collect())
    }

    /// Puts one of the daily backups in place of the progress file.
    pub fn restore_backup(&self, name: &str) -> Result<BackupRestored, AppError> {
        self.adult()?;
        // Only a name from the list: nothing the screen sends becomes a path.
        let backup = list_backups(&self.db_path)?.into_iter().find(|b| b.name() == name).ok_or(AppError::BackupNotFound {})?;
        let mut slot = self.lock();
        let store = slot.take().ok_or(AppError::DatabaseNotOpen {})?;
        match store.restore(&backup.path, self.local_now()) {
            Ok((restored, kept)) => {
                *slot = Some(restored);
                Ok(restored_view(&backup, kept.as_deref()))
            }
            Err(failed) => {
                *slot = failed.store;
                Err(backup_error(failed.error))
            }
        }
    }

    /// At start-up, when the progress file was refused as damaged: sets it
    /// aside and restores the newest backup that passes the integrity check.
    /// This needs no PIN (the PIN lives in the damaged file), so it replaces
    /// only a file the app refuses as damaged, and always keeps it.
    pub fn restore_newest_backup(&self) -> Result<BackupRestored, AppError> {
        let mut slot = self.lock();
        if slot.is_some() {
            return Err(AppError::DatabaseNotDamaged {});
        }
        let backup = newest_good_backup(&self.db_path).ok_or(AppError::BackupNotFound {})?;
        match restore_damaged(&self.db_path, &backup.path, self.local_now()).map_err(backup_error)? {
            Some((store, kept)) => {
                *slot = Some(store);
                Ok(restored_view(&backup, kept.as_deref()))
            }
            None => Err(AppError::DatabaseNotDamaged {}),
        }
    }
}

fn restored_view(backup: &BackupFile, kept: Option<&std::path::Path>) -> BackupRestored {
    let kept_as = kept.and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
    BackupRestored { date: backup_view(backup).date, kept_as }
}

/// A backup that vanished between the list and the restore is "not found".
fn backup_error(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound => AppError::BackupNotFound {},
        other => other.into(),
    }
}
