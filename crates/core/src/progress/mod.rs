//! Learners' progress in a local SQLite file: profiles, where each learner
//! left off in a lesson, and every quiz attempt with every answer given.
//!
//! The file is precious (it may hold a whole class's work), so opening it is
//! careful: a file that is not a healthy Ciberescudo database, or one written
//! by a newer version of the app, is refused before anything is written.

mod activities;
mod attempts;
mod open;
mod places;
mod profiles;
mod schema;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use activities::ActivityResult;
pub use attempts::{Answer, Attempt, AttemptSummary};
pub use profiles::{NewProfile, Profile};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not a healthy progress database")]
    Corrupt { path: PathBuf },
    #[error("{path}: written by a newer version of Ciberescudo (schema {found}, this version knows {supported})")]
    TooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("{path}: cannot be opened for reading and writing: {detail}")]
    Unavailable { path: PathBuf, detail: String },
    #[error("not found")]
    NotFound,
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open progress database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (or creates) the database at `path`. See `open.rs` for what is
    /// checked before the first write.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open::open_checked(path)?;
        Ok(Store { conn, path: path.to_owned() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Seconds since the Unix epoch: enough resolution for progress, and no
/// time-zone questions inside the database.
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Maps "no row" to `NotFound`, the one error callers branch on.
fn not_found(e: rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound,
        other => StoreError::Sqlite(other),
    }
}
