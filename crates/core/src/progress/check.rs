//! Health checks of an open store, for tests and for whoever maintains the
//! computer. Foreign keys are a per-connection setting that SQLite leaves
//! off by default, so they are worth checking on the store's own connection.

use super::{Db, Result};

/// A row whose parent row is missing, as `PRAGMA foreign_key_check` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKeyViolation {
    pub table: String,
    /// `None` for tables without rowids.
    pub rowid: Option<i64>,
    pub parent: String,
}

impl Db {
    /// Every row whose parent is missing. Empty on a healthy database.
    pub fn check_foreign_keys(&self) -> Result<Vec<ForeignKeyViolation>> {
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows =
            stmt.query_map([], |row| Ok(ForeignKeyViolation { table: row.get(0)?, rowid: row.get(1)?, parent: row.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether this connection refuses rows whose parent is missing.
    pub fn foreign_keys_enforced(&self) -> Result<bool> {
        Ok(self.conn.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?)
    }
}
