//! All-or-nothing writes. A new row and the row read back from it, a new
//! attempt and its first answer: either all of it reaches the file or none.

use std::ops::Deref;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::{Db, Result};

/// The store inside a transaction, handed to the closure of [`Db::write`].
/// It dereferences to [`Db`], so it has every read and write method the
/// store has; they all run inside the transaction.
pub struct Tx<'s> {
    db: &'s Db,
}

impl Deref for Tx<'_> {
    type Target = Db;

    fn deref(&self) -> &Db {
        self.db
    }
}

impl Db {
    /// Runs `f` as one transaction: commits if it returns `Ok`, rolls back
    /// if it returns `Err` or panics, so no half of it is ever left in the file.
    ///
    /// **Use cases that write more than one row, or write and then read back,
    /// must go through it.** Inside the closure, call the store's methods on
    /// the `Tx`. A method that is itself a `write` nests as a savepoint, so
    /// if the closure handles its error, only that method's rows are undone.
    ///
    /// The outermost call is `BEGIN IMMEDIATE`: it takes SQLite's write lock
    /// up front, so two writers queue (up to the busy timeout) instead of one
    /// failing half-way with `SQLITE_BUSY` when its read turns into a write.
    pub fn write<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = Tx { db: self };
        if self.conn.is_autocommit() {
            // Dropping an uncommitted rusqlite Transaction rolls it back,
            // which covers both an `Err` from `f` and a panic in it.
            let transaction = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            transaction.commit()?;
            Ok(value)
        } else {
            let savepoint = Savepoint::begin(&self.conn)?;
            let value = f(&tx)?;
            savepoint.release()?;
            Ok(value)
        }
    }
}

/// A savepoint over a shared connection. rusqlite's own `Savepoint` needs
/// `&mut Connection`, which the store, shared by reference, does not have.
struct Savepoint<'c> {
    conn: &'c Connection,
    released: bool,
}

// SQLite resolves a savepoint name to the innermost savepoint of that name,
// so nested ones can all share it.
const SAVEPOINT: &str = "store_write";

impl<'c> Savepoint<'c> {
    fn begin(conn: &'c Connection) -> Result<Savepoint<'c>> {
        conn.execute_batch(&format!("SAVEPOINT {SAVEPOINT}"))?;
        Ok(Savepoint { conn, released: false })
    }

    fn release(mut self) -> Result<()> {
        self.conn.execute_batch(&format!("RELEASE {SAVEPOINT}"))?;
        self.released = true;
        Ok(())
    }
}

impl Drop for Savepoint<'_> {
    fn drop(&mut self) {
        if !self.released {
            // Undo this savepoint's rows and pop it; the outer transaction
            // goes on. This fails only if SQLite already rolled back the
            // whole transaction, and then there is nothing left to undo.
            let _ = self.conn.execute_batch(&format!("ROLLBACK TO {SAVEPOINT}; RELEASE {SAVEPOINT}"));
        }
    }
}
