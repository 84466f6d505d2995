//! One app instance per database file. Two windows on a shared computer would
//! each show a learner stale progress and overwrite each other's place in a
//! lesson; refusing the second one is clearer than merging behind their backs.
//!
//! The guard is an exclusive advisory lock on a sibling file,
//! `<database file name>.lock`, held for the `Store`'s lifetime. The operating
//! system releases it when the process ends, however it ends, so a crash
//! never leaves a stale lock behind. The file itself stays in place: deleting
//! it on close would let a third instance lock a fresh file while a second one
//! still holds the old, unlinked one.

use std::fs::{OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::StoreError;

/// Held while a `Store` is open; dropping it releases the lock.
pub(super) struct InstanceLock {
    _file: Option<std::fs::File>,
}

fn lock_path(db: &Path) -> Option<PathBuf> {
    let mut name = db.file_name()?.to_owned();
    name.push(".lock");
    Some(db.with_file_name(name))
}

/// Takes the lock without waiting, or says that someone else has it. Touches
/// nothing but the lock file, so a refused open leaves the database as it was.
pub(super) fn acquire(db: &Path) -> Result<InstanceLock, StoreError> {
    let unavailable = |detail: String| StoreError::Unavailable { path: db.to_owned(), detail };
    let path = lock_path(db).ok_or_else(|| unavailable("not a file path".into()))?;
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| unavailable(format!("{}: {e}", path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(InstanceLock { _file: Some(file) }),
        Err(TryLockError::WouldBlock) => Err(StoreError::InUse { path: db.to_owned() }),
        // Some network file systems cannot lock. SQLite's own locking still
        // keeps the file consistent with two writers (see the tests), so
        // carry on without the guard rather than lock learners out.
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            tracing::warn!(error = %e, "cannot lock the progress database; a second window will not be refused");
            Ok(InstanceLock { _file: None })
        }
        Err(TryLockError::Error(e)) => Err(unavailable(format!("{}: {e}", path.display()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_file_sits_next_to_the_database() {
        assert_eq!(lock_path(Path::new("/a/progress.sqlite3")), Some(PathBuf::from("/a/progress.sqlite3.lock")));
        assert_eq!(lock_path(Path::new("progress.sqlite3")), Some(PathBuf::from("progress.sqlite3.lock")));
        assert_eq!(lock_path(Path::new("/")), None);
    }
}
