//! Globally unique row ids. Rowids are only unique inside one file; a uid
//! names a profile, an attempt or a result anywhere. New rows get a UUIDv7
//! (time-ordered, so the unique indexes stay compact); rows that existed
//! before schema 3 got a random v4 from the migration.
//!
//! Stored as lowercase hyphenated text, readable in any SQLite browser.

use rusqlite::types::Type;
use rusqlite::Row;
use uuid::Uuid;

/// A fresh uid for a row about to be inserted.
pub(super) fn new_uid() -> Uuid {
    Uuid::now_v7()
}

/// The text stored in a `uid` column.
pub(super) fn to_sql(uid: Uuid) -> String {
    uid.hyphenated().to_string()
}

/// Reads the `uid` column of a row.
pub(super) fn from_row(row: &Row) -> rusqlite::Result<Uuid> {
    let index = row.as_ref().column_index("uid")?;
    let text: String = row.get(index)?;
    Uuid::parse_str(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, e.into()))
}
