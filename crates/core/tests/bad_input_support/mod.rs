//! What the bad-input property tests of core share (`tests/bad_input_*.rs`):
//! the runner's settings, the kinds of damage done to a valid file, and a
//! snapshot of a progress database to prove a refusal wrote nothing. The
//! report's and the collector's bad-input tests use `runner.rs`,
//! `damage.rs` and `json_damage.rs` too, through `#[path]`.
#![allow(dead_code)]

pub mod damage;
pub mod json_damage;
pub mod runner;

use std::collections::BTreeMap;
use std::path::Path;

/// Every row of every table of a SQLite file, read through a connection of
/// its own: two snapshots are equal when nothing was written in between.
pub fn snapshot(path: &Path) -> BTreeMap<String, Vec<String>> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open the database to read it");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("list the tables");
    let mut all = BTreeMap::new();
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).expect("read a table");
        let columns = statement.column_count();
        let mut rows: Vec<String> = statement
            .query_map([], |row| {
                let values: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).expect("a value"))).collect();
                Ok(values.join("|"))
            })
            .and_then(|rows| rows.collect())
            .expect("read the rows");
        rows.sort();
        all.insert(table, rows);
    }
    all
}
