//! The adult area's PIN as stored: its argon2id hash (never the PIN) and
//! the wrong tries in a row, kept across restarts.

use rusqlite::{params, OptionalExtension};

use super::{now, Db, Result};

/// The stored PIN, if an adult has set one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinRow {
    /// An argon2id PHC string (`$argon2id$v=19$…`).
    pub hash: String,
    pub failed_attempts: u32,
    /// Unix seconds before which no try is checked.
    pub locked_until: i64,
}

impl Db {
    pub fn pin(&self) -> Result<Option<PinRow>> {
        Ok(self
            .conn
            .query_row("SELECT hash, failed_attempts, locked_until FROM adult_pin WHERE id = 1", [], |row| {
                Ok(PinRow { hash: row.get(0)?, failed_attempts: row.get(1)?, locked_until: row.get(2)? })
            })
            .optional()?)
    }

    /// Sets (or replaces) the PIN's hash and forgets earlier wrong tries.
    pub fn set_pin_hash(&self, hash: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO adult_pin (id, hash, failed_attempts, locked_until, set_at) VALUES (1, ?1, 0, 0, ?2)
             ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, failed_attempts = 0, locked_until = 0, set_at = excluded.set_at",
            params![hash, now()],
        )?;
        Ok(())
    }

    /// Records the count of wrong tries in a row and when the next try may be checked.
    pub fn set_pin_failures(&self, failed_attempts: u32, locked_until: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE adult_pin SET failed_attempts = ?1, locked_until = ?2 WHERE id = 1",
            params![failed_attempts, locked_until],
        )?;
        Ok(())
    }

    /// Forgets the PIN; the next adult sets a new one. Progress is untouched.
    pub fn clear_pin(&self) -> Result<bool> {
        Ok(self.conn.execute("DELETE FROM adult_pin", [])? > 0)
    }
}
