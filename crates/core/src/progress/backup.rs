//! The progress file's safety net: a complete main file after every quiz and
//! on quitting, a daily copy, and restoring one without ever deleting a file.
//!
//! - **Checkpoint.** In WAL mode new pages live in `progress.sqlite3-wal`
//!   until a checkpoint copies them into the main file. After one (and after
//!   a clean close, which checkpoints too) the main file alone holds
//!   everything, so an adult who copies only `progress.sqlite3` copies it all.
//! - **Daily backups.** The first time the app opens on a day it copies the
//!   open database with SQLite's online backup API (consistent even while the
//!   app writes) into `backups/progress-YYYY-MM-DD.sqlite3` beside it, and
//!   keeps the newest [`KEEP_BACKUPS`]. A copy is written under a temporary
//!   name and renamed when complete, so a crash never leaves half a copy under
//!   a good name. Copies are plain rollback-journal files: one file each.
//! - **Restoring** puts a checked copy of a backup in place. The file it
//!   replaces is renamed aside with the time (`progress-replaced-…`, or
//!   `progress-damaged-…` for a file the app refused), together with its
//!   `-wal` and `-shm`: never deleted, and no stale WAL is ever left beside
//!   the restored copy, where SQLite would replay it into the wrong file.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::backup::Backup as OnlineBackup;
use rusqlite::{Connection, OpenFlags};

use super::lock::{self, InstanceLock};
use super::open::{self, Guard};
use super::{schema, Db, Result, Store, StoreError};

/// The folder, beside the progress file, that holds the daily backups.
pub const BACKUPS_DIR: &str = "backups";
/// How many daily backups are kept: one a day for a week.
pub const KEEP_BACKUPS: usize = 7;

/// A daily backup on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    /// The day it was made, on the computer's calendar.
    pub date: NaiveDate,
    pub path: PathBuf,
    pub bytes: u64,
}

impl BackupFile {
    /// Its file name, which is how the adult area names it.
    pub fn name(&self) -> String {
        self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// Why a file is renamed aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    /// An adult restored a backup over it.
    Replaced,
    /// The app refused it as damaged at start-up.
    Damaged,
}

impl Aside {
    fn word(self) -> &'static str {
        match self {
            Aside::Replaced => "replaced",
            Aside::Damaged => "damaged",
        }
    }
}

/// A restore that did not happen: why, and the database as it was, open
/// again, when it could be (it always is unless the disk itself fails).
pub struct RestoreFailed {
    pub error: StoreError,
    pub store: Option<Store>,
}

/// `backups/` beside the progress file at `db`.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.with_file_name(BACKUPS_DIR)
}

/// The daily backups of the progress file at `db`, newest first. Other files
/// in the folder (a copy cut short by a crash, anything an adult put there)
/// are not listed, and never touched.
pub fn list_backups(db: &Path) -> Result<Vec<BackupFile>> {
    let dir = backups_dir(db);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(unavailable(&dir, e)),
    };
    let stem = stem(db);
    let mut backups: Vec<BackupFile> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let date = backup_date(&stem, &entry.file_name().to_string_lossy())?;
            let meta = entry.metadata().ok().filter(|m| m.is_file())?;
            Some(BackupFile { date, path: entry.path(), bytes: meta.len() })
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse(b.date));
    Ok(backups)
}

/// Whether a file can be restored: SQLite's header, a full
/// `integrity_check`, and a Ciberescudo schema this version can read. Opens
/// it read-only, so checking a backup never changes it.
pub fn check_backup(path: &Path) -> Result<()> {
    let damaged = || StoreError::BackupDamaged { path: path.to_owned() };
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => StoreError::NotFound,
        _ => unavailable(path, e),
    })?;
    // An empty file is a valid, empty database to SQLite, but no backup.
    if !meta.is_file() || meta.len() == 0 {
        return Err(damaged());
    }
    open::check_header(path).map_err(|_| damaged())?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|_| damaged())?;
    if !integrity_ok(&conn).map_err(|_| damaged())? {
        return Err(damaged());
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(|_| damaged())?;
    if version > schema::latest_version() {
        return Err(StoreError::BackupTooNew { path: path.to_owned() });
    }
    // Every Ciberescudo database has run at least its first migration.
    if version < 1 {
        return Err(damaged());
    }
    Ok(())
}

/// The newest daily backup that passes [`check_backup`], if any.
pub fn newest_good_backup(db: &Path) -> Option<BackupFile> {
    list_backups(db).ok()?.into_iter().find(|b| check_backup(&b.path).is_ok())
}

/// At start-up, when the progress file at `db` is refused as damaged: puts
/// a checked copy of `backup` in its place and opens it. The damaged file is
/// renamed aside with the time (returned), never deleted.
///
/// Only a file the normal open refuses as damaged is ever replaced here
/// (this runs before any PIN can be checked: the PIN lives in that file).
/// `Ok(None)` means the file opens after all, and nothing was changed.
pub fn restore_damaged(db: &Path, backup: &Path, now: NaiveDateTime) -> Result<Option<(Store, Option<PathBuf>)>> {
    // Held throughout: no other window opens the file half-way.
    let instance = lock::acquire(db)?;
    match open::open_checked(db, Guard::None) {
        Ok(_) => return Ok(None),
        Err(StoreError::Corrupt { .. }) => {}
        Err(other) => return Err(other),
    }
    let staged = stage(backup, db)?;
    let kept = swap_in(db, &staged, Aside::Damaged, now)?;
    match open::open_checked(db, Guard::None) {
        Ok((conn, _)) => {
            tracing::info!("damaged progress database set aside; a backup restored");
            Ok(Some((store(conn, db, Some(instance)), kept)))
        }
        Err(e) => {
            put_back(db, kept.as_deref());
            Err(e)
        }
    }
}

impl Store {
    /// Copies everything in the WAL into the main file and empties the WAL,
    /// so the main file alone is complete. `Ok(false)` if another connection
    /// kept it from finishing (the app has only one, so only in tests).
    pub fn checkpoint(&self) -> Result<bool> {
        self.db.checkpoint()
    }

    /// Checkpoints and closes the database, then lets the next window in.
    pub fn close(self) -> Result<()> {
        let Store { db, path: _, _instance: instance } = self;
        let checkpointed = db.checkpoint();
        let closed = db.conn.close().map_err(|(_, e)| StoreError::Sqlite(e));
        drop(instance);
        checkpointed.and(closed).map(|_| ())
    }

    /// SQLite's full `integrity_check` of the open database.
    pub fn integrity_check(&self) -> Result<bool> {
        Ok(integrity_ok(&self.db.conn)?)
    }

    /// Writes today's backup with the online backup API, unless there is
    /// one already, then keeps only the newest [`KEEP_BACKUPS`]. Returns the
    /// new backup's path, if one was written.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        let dir = backups_dir(&self.path);
        let target = dir.join(backup_name(&stem(&self.path), today));
        if target.exists() {
            return Ok(None);
        }
        fs::create_dir_all(&dir).map_err(|e| unavailable(&dir, e))?;
        self.back_up_to(&target)?;
        for old in list_backups(&self.path)?.iter().skip(KEEP_BACKUPS) {
            if let Err(e) = fs::remove_file(&old.path) {
                tracing::warn!(error = %e, "an old backup could not be removed");
            }
        }
        Ok(Some(target))
    }

    /// A consistent copy of the open database at `target`, written under a
    /// temporary name and renamed into place once complete.
    pub fn back_up_to(&self, target: &Path) -> Result<()> {
        let partial = sibling(target, ".partial");
        // What a crash in the middle of an earlier copy left behind.
        let _ = fs::remove_file(&partial);
        let copied = (|| -> rusqlite::Result<()> {
            let mut out = Connection::open(&partial)?;
            // Every page in one step: one consistent snapshot. (A busy
            // source, only possible with a second connection, is retried.)
            OnlineBackup::new(&self.db.conn, &mut out)?.run_to_completion(i32::MAX, Duration::from_millis(20), None)?;
            // The copy carries the WAL flag of its source; a rollback journal
            // makes it one self-contained file that opens read-only.
            out.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            out.close().map_err(|(_, e)| e)
        })();
        if let Err(e) = copied {
            let _ = fs::remove_file(&partial);
            return Err(e.into());
        }
        sync_file(&partial).and_then(|()| fs::rename(&partial, target)).map_err(|e| unavailable(target, e))?;
        sync_dir(target);
        Ok(())
    }

    /// Replaces the database with a checked copy of `backup`. The file it
    /// replaces is renamed aside with the time and returned, never deleted.
    /// The instance lock is held throughout, so no other window opens the
    /// file half-way. On failure the database as it was comes back with the
    /// error, open again.
    pub fn restore(self, backup: &Path, now: NaiveDateTime) -> Result<(Store, Option<PathBuf>), Box<RestoreFailed>> {
        let staged = match stage(backup, &self.path) {
            Ok(staged) => staged,
            Err(error) => return Err(Box::new(RestoreFailed { error, store: Some(self) })),
        };
        let Store { db, path, _instance: instance } = self;
        // Closing checkpoints, so the file set aside is complete on its own.
        let _ = db.checkpoint();
        drop(db);
        let reopen = |instance| open::open_checked(&path, Guard::None).ok().map(|(conn, _)| store(conn, &path, instance));
        let kept = match swap_in(&path, &staged, Aside::Replaced, now) {
            Ok(kept) => kept,
            Err(error) => {
                let _ = fs::remove_file(&staged);
                return Err(Box::new(RestoreFailed { error, store: reopen(instance) }));
            }
        };
        match open::open_checked(&path, Guard::None) {
            Ok((conn, _)) => {
                tracing::info!("a backup restored; the replaced progress database set aside");
                Ok((store(conn, &path, instance), kept))
            }
            Err(error) => {
                put_back(&path, kept.as_deref());
                Err(Box::new(RestoreFailed { error, store: reopen(instance) }))
            }
        }
    }
}

impl Db {
    fn checkpoint(&self) -> Result<bool> {
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        Ok(busy == 0)
    }
}

fn store(conn: Connection, path: &Path, instance: Option<InstanceLock>) -> Store {
    Store { db: Db { conn }, path: path.to_owned(), _instance: instance }
}

fn integrity_ok(conn: &Connection) -> rusqlite::Result<bool> {
    // The first row is "ok", or the first of the problems found.
    let first: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    Ok(first == "ok")
}

/// Copies `backup` beside the database (`<db>.restoring`) and checks the
/// copy: exactly the bytes that will be put in place.
fn stage(backup: &Path, db: &Path) -> Result<PathBuf> {
    check_backup(backup)?;
    let staged = sibling(db, ".restoring");
    let copied = fs::copy(backup, &staged).and_then(|_| sync_file(&staged));
    if let Err(e) = copied {
        let _ = fs::remove_file(&staged);
        return Err(unavailable(&staged, e));
    }
    if let Err(e) = check_backup(&staged) {
        let _ = fs::remove_file(&staged);
        return Err(match e {
            StoreError::BackupDamaged { .. } => StoreError::BackupDamaged { path: backup.to_owned() },
            other => other,
        });
    }
    Ok(staged)
}

/// Renames the database (with its `-wal` and `-shm`) aside and the staged
/// copy into its place. No connection may have the database open.
fn swap_in(db: &Path, staged: &Path, why: Aside, now: NaiveDateTime) -> Result<Option<PathBuf>> {
    let kept = if db.exists() {
        let kept = aside_path(db, why, now);
        move_with_companions(db, &kept)?;
        Some(kept)
    } else {
        None
    };
    if let Err(e) = fs::rename(staged, db) {
        put_back(db, kept.as_deref());
        return Err(unavailable(db, e));
    }
    sync_dir(db);
    Ok(kept)
}

/// Moves a database file and its `-wal` and `-shm`, if any, to `to`. If one
/// of them cannot be moved, the ones already moved go back.
fn move_with_companions(from: &Path, to: &Path) -> Result<()> {
    let mut moved: Vec<(PathBuf, PathBuf)> = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let (src, dst) = (sibling(from, suffix), sibling(to, suffix));
        if !suffix.is_empty() && !src.exists() {
            continue;
        }
        if let Err(e) = fs::rename(&src, &dst) {
            for (src, dst) in moved.iter().rev() {
                let _ = fs::rename(dst, src);
            }
            return Err(unavailable(&src, e));
        }
        moved.push((src, dst));
    }
    sync_dir(to);
    Ok(())
}

/// Undoes [`swap_in`] after the restored copy failed to open: the copy and
/// whatever opening it made beside it go (it is a copy of a backup that is
/// still there), and the file set aside comes back.
fn put_back(db: &Path, kept: Option<&Path>) {
    let Some(kept) = kept else { return };
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(sibling(db, suffix));
    }
    if let Err(e) = move_with_companions(kept, db) {
        tracing::error!(error = %e, "the progress database set aside could not be put back");
    }
}

/// `progress-<why>-YYYY-MM-DD-HHMMSS.sqlite3` beside the database, with a
/// number added if that name is taken: nothing is ever overwritten.
fn aside_path(db: &Path, why: Aside, now: NaiveDateTime) -> PathBuf {
    let base = format!("{}-{}-{}", stem(db), why.word(), now.format("%Y-%m-%d-%H%M%S"));
    let extension = extension(db);
    (1..)
        .map(|n| match n {
            1 => db.with_file_name(format!("{base}{extension}")),
            n => db.with_file_name(format!("{base}-{n}{extension}")),
        })
        .find(|candidate| !sibling(candidate, "").exists() && !sibling(candidate, "-wal").exists())
        .expect("some name is free")
}

/// `progress-YYYY-MM-DD.sqlite3` for the database `progress.sqlite3`.
fn backup_name(stem: &str, day: NaiveDate) -> String {
    format!("{stem}-{}.sqlite3", day.format("%Y-%m-%d"))
}

/// The day in a backup's file name, if it is one.
fn backup_date(stem: &str, file_name: &str) -> Option<NaiveDate> {
    let day = file_name.strip_prefix(stem)?.strip_prefix('-')?.strip_suffix(".sqlite3")?;
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    // Only the exact spelling this code writes ("2026-1-5" is not one).
    (backup_name(stem, date) == file_name).then_some(date)
}

fn stem(db: &Path) -> String {
    db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "progress".into())
}

fn extension(db: &Path) -> String {
    db.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default()
}

/// `path` with `suffix` added to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

fn sync_file(path: &Path) -> io::Result<()> {
    File::open(path)?.sync_all()
}

/// Makes a rename in `path`'s folder durable. Best effort: not every
/// system can open a folder to sync it.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
}

fn unavailable(path: &Path, e: io::Error) -> StoreError {
    StoreError::Unavailable { path: path.to_owned(), detail: e.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn backups_are_named_by_day_and_only_those_names_count() {
        assert_eq!(backup_name("progress", day("2026-12-01")), "progress-2026-12-01.sqlite3");
        assert_eq!(backup_date("progress", "progress-2026-12-01.sqlite3"), Some(day("2026-12-01")));
        for other in [
            "progress-2026-12-01.sqlite3.partial",
            "progress-2026-12-1.sqlite3",
            "progress-replaced-2026-12-01-101010.sqlite3",
            "progress-2026-13-01.sqlite3",
            "otro-2026-12-01.sqlite3",
        ] {
            assert_eq!(backup_date("progress", other), None, "{other}");
        }
    }

    #[test]
    fn a_file_set_aside_never_takes_a_name_in_use() {
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("progress.sqlite3");
        let now = NaiveDateTime::parse_from_str("2026-12-01 14:22:33", "%Y-%m-%d %H:%M:%S").unwrap();
        let first = aside_path(&db, Aside::Damaged, now);
        assert_eq!(first, dir.path().join("progress-damaged-2026-12-01-142233.sqlite3"));
        fs::write(&first, b"x").unwrap();
        assert_eq!(aside_path(&db, Aside::Damaged, now), dir.path().join("progress-damaged-2026-12-01-142233-2.sqlite3"));
        assert_eq!(aside_path(&db, Aside::Replaced, now), dir.path().join("progress-replaced-2026-12-01-142233.sqlite3"));
    }
}
