//! Opening the database without ever damaging a file we do not understand.
//!
//! Order matters: every check that can refuse the file runs before the first
//! statement that writes (journal mode, migrations), and the single-instance
//! lock is taken before SQLite even opens the file.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags, MAIN_DB};

use super::lock::{self, InstanceLock};
use super::{schema, StoreError};

/// Whether `open_checked` takes the single-instance lock.
pub(super) enum Guard {
    SingleInstance,
    /// Only for tests of two writers on one file.
    None,
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub(super) fn open_checked(path: &Path, guard: Guard) -> Result<(Connection, Option<InstanceLock>), StoreError> {
    let unavailable = |detail: String| StoreError::Unavailable { path: path.to_owned(), detail };
    let corrupt = || StoreError::Corrupt { path: path.to_owned() };

    check_header(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| unavailable(e.to_string()))?;
    }
    // Before SQLite opens the file: a second window must not even replay
    // the first one's WAL or run the integrity check under its feet.
    let instance = match guard {
        Guard::SingleInstance => Some(lock::acquire(path)?),
        Guard::None => None,
    };

    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| unavailable(e.to_string()))?;
    // SQLite silently falls back to read-only when it cannot write; progress
    // would then be lost at the first answer. Refuse up front instead.
    if conn.is_readonly(MAIN_DB).unwrap_or(true) {
        return Err(unavailable("read-only".into()));
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;

    // Read-only checks first.
    let integrity: String = conn.query_row("PRAGMA quick_check", [], |row| row.get(0)).map_err(|e| classify(e, path))?;
    if integrity != "ok" {
        return Err(corrupt());
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(|e| classify(e, path))?;
    if version > schema::latest_version() {
        return Err(StoreError::TooNew { path: path.to_owned(), found: version, supported: schema::latest_version() });
    }
    // No version of Ciberescudo writes a negative one: a flipped high bit.
    if version < 0 {
        return Err(corrupt());
    }

    // Now it is ours: configure and migrate.
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    tracing::debug!(journal_mode = %mode, "database opened");
    // FULL, not NORMAL: in WAL mode NORMAL never corrupts the file, but a
    // power cut (a child pulling the cord) may undo the last commits, and an
    // answer the screen already showed as saved would be gone. FULL syncs the
    // WAL at every commit; answers come seconds apart, so the cost is nil.
    conn.pragma_update(None, "synchronous", "FULL")?;
    schema::migrations().to_latest(&mut conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(err, path),
        other => unavailable(other.to_string()),
    })?;
    Ok((conn, instance))
}

/// A non-empty file that does not start with SQLite's header is not ours:
/// refuse it without letting SQLite touch it.
pub(super) fn check_header(path: &Path) -> Result<(), StoreError> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::Unavailable { path: path.to_owned(), detail: e.to_string() }),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(StoreError::Unavailable { path: path.to_owned(), detail: e.to_string() }),
        }
    }
    // An empty file is a new, empty database to SQLite.
    if read == 0 || (read == header.len() && &header == SQLITE_HEADER) {
        Ok(())
    } else {
        Err(StoreError::Corrupt { path: path.to_owned() })
    }
}

/// An error of the checks or the migrations. Their SQL is fixed and tested,
/// so SQLite's generic error there comes from the file itself: a header it
/// does not support ("unsupported file format"), or a schema that is not
/// what the file's version says ("table profiles already exists" after a
/// flipped bit lowered `user_version`). Such a file is damaged, not busy:
/// "try again" would never help.
fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
    // A failed statement of a migration comes with the SQL it failed on.
    let code = match &e {
        rusqlite::Error::SqlInputError { error, .. } => Some(error.code),
        other => other.sqlite_error_code(),
    };
    match code {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt | ErrorCode::Unknown) => {
            StoreError::Corrupt { path: path.to_owned() }
        }
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
            StoreError::Unavailable { path: path.to_owned(), detail: e.to_string() }
        }
        _ => StoreError::Sqlite(e),
    }
}
