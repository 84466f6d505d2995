//! The automatic backups of the progress file, as the screen sees them.

use serde::Serialize;

use crate::progress::BackupFile;

/// One daily backup, as the adult area and the start-up screen list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupView {
    /// Its file name in the backups folder: what a restore asks for.
    pub name: String,
    /// The day it was made, `YYYY-MM-DD` on the computer's calendar.
    pub date: String,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub bytes: u64,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupRestored {
    /// The day of the backup now in place, `YYYY-MM-DD`.
    pub date: String,
    /// The name the replaced (or damaged) file was kept under, in the
    /// progress file's folder; null if there was no file to keep.
    pub kept_as: Option<String>,
}

pub(crate) fn backup_view(backup: &BackupFile) -> BackupView {
    BackupView { name: backup.name(), date: backup.date.format("%Y-%m-%d").to_string(), bytes: backup.bytes }
}
