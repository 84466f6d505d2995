//! Learners' progress in a local SQLite file: profiles, where each learner
//! left off in a lesson, and every quiz attempt with every answer given.
//!
//! The file is precious (it may hold a whole class's work), so opening it is
//! careful: a file that is not a healthy Ciberescudo database, one written by
//! a newer version of the app, or one another Ciberescudo window already has
//! open, is refused before anything is written.
//!
//! Reads and writes live on [`Db`]; both [`Store`] and a transaction ([`Tx`])
//! dereference to it, so every method works the same inside and outside
//! [`Store::write`].

mod activities;
mod adult;
mod attempts;
mod backup;
mod check;
mod class_progress;
mod classes;
pub mod fields;
mod learner_data;
mod lock;
mod open;
mod places;
mod profiles;
mod schema;
mod stats_outbox;
mod uid;
mod week_activity;
mod write;

use std::ops::Deref;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use activities::ActivityResult;
pub use adult::PinRow;
pub use attempts::{Answer, Attempt, AttemptSummary};
pub use backup::{
    backups_dir, check_backup, list_backups, newest_good_backup, restore_damaged, BackupFile, RestoreFailed, BACKUPS_DIR,
    KEEP_BACKUPS,
};
pub use check::ForeignKeyViolation;
pub use class_progress::{ClassProgress, FirstTry, MemberActivity, MemberAttempt};
pub use classes::{ClassRow, Merged};
pub use learner_data::{ActivityRecord, AnswerRecord, AttemptRecord, LearnerData, PlaceRecord, LEARNER_DATA_FORMAT};
pub use profiles::{NewProfileRow, Profile, ProfileHoldings};
pub use stats_outbox::{NewOutboxReport, NewStatsSetting, OutboxRow, StatsSettingRow};
pub use week_activity::{LessonActivity, QuestionActivity, WeekActivity};
pub use write::Tx;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not a healthy progress database")]
    Corrupt { path: PathBuf },
    #[error("{path}: written by a newer version of Ciberescudo (schema {found}, this version knows {supported})")]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("{path}: cannot be opened for reading and writing: {detail}")]
    Unavailable { path: PathBuf, detail: String },
    /// Another Ciberescudo window (on this computer, or on another one
    /// sharing the folder) has this database open. Nothing was read or written.
    #[error("{path}: already open in another Ciberescudo window")]
    InUse { path: PathBuf },
    #[error("not found")]
    NotFound,
    /// A backup that fails SQLite's integrity check, or is no Ciberescudo
    /// database at all: it cannot be restored.
    #[error("{path}: not a healthy backup")]
    BackupDamaged { path: PathBuf },
    /// A backup written by a newer version of Ciberescudo.
    #[error("{path}: a backup from a newer version of Ciberescudo")]
    BackupTooNew { path: PathBuf },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The app's identifier (`tauri.conf.json`), which names its data folder.
pub const APP_IDENTIFIER: &str = "mx.ciberescudo.app";
/// The progress file's name inside the data folder.
pub const DATABASE_FILE: &str = "progress.sqlite3";
/// Overrides the data folder (tests, a USB-stick install).
pub const DATA_DIR_ENV: &str = "CIBERESCUDO_DATA_DIR";

/// The schema version this build writes (SQLite's `user_version`).
pub fn schema_version() -> i64 {
    schema::latest_version()
}

/// Brings a bare connection to exactly `version` by running the first
/// `version` migrations, as the release that introduced that version did.
/// Only for writing the test fixtures of old database files; the app always
/// goes through [`Store::open`].
#[doc(hidden)]
pub fn migrate_to_version(conn: &mut Connection, version: usize) -> Result<()> {
    schema::migrate_to(conn, version)
}

/// The store's reads and writes over one connection, which may be inside a
/// transaction or not: [`Store`] and [`Tx`] both dereference to it.
pub struct Db {
    conn: Connection,
}

/// An open progress database, held by one app instance at a time.
pub struct Store {
    // Fields drop in order: the connection closes (checkpointing the WAL)
    // before the instance lock is released to the next window.
    db: Db,
    path: PathBuf,
    _instance: Option<lock::InstanceLock>,
}

impl Store {
    /// Opens (or creates) the database at `path`, refusing with
    /// [`StoreError::InUse`] while another instance has it open. See
    /// `open.rs` for what is checked before the first write.
    pub fn open(path: &Path) -> Result<Store> {
        let (conn, instance) = open::open_checked(path, open::Guard::SingleInstance)?;
        Ok(Store { db: Db { conn }, path: path.to_owned(), _instance: instance })
    }

    /// Like [`Store::open`] but without the single-instance lock. Only for
    /// tests proving that SQLite's own locking keeps two writers consistent;
    /// the app must never use it.
    #[doc(hidden)]
    pub fn open_unguarded(path: &Path) -> Result<Store> {
        let (conn, instance) = open::open_checked(path, open::Guard::None)?;
        Ok(Store { db: Db { conn }, path: path.to_owned(), _instance: instance })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one IMMEDIATE transaction: commits if it returns `Ok`,
    /// rolls back if it returns `Err` or panics. See [`Db::write`].
    pub fn write<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.db.write(f)
    }
}

impl Deref for Store {
    type Target = Db;

    fn deref(&self) -> &Db {
        &self.db
    }
}

/// Seconds since the Unix epoch (the app's clock): enough resolution for
/// progress, and no time-zone questions inside the database.
fn now() -> i64 {
    crate::clock::now()
}

/// Maps "no row" to `NotFound`, the one error callers branch on.
fn not_found(e: rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound,
        other => StoreError::Sqlite(other),
    }
}
