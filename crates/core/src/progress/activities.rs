//! Results of activities: a score out of a total per attempt. What a learner
//! typed or chose along the way is not kept.

use rusqlite::params;
use uuid::Uuid;

use super::{now, uid, Db, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityResult {
    pub lesson_id: String,
    pub activity_id: String,
    pub score: i64,
    pub total: i64,
    /// Names this result on any computer.
    pub uid: Uuid,
}

impl Db {
    pub fn record_activity(&self, profile_id: i64, lesson_id: &str, activity_id: &str, score: u32, total: u32) -> Result<()> {
        self.conn.execute(
            "INSERT INTO activity_results (profile_id, lesson_id, activity_id, score, total, finished_at, uid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![profile_id, lesson_id, activity_id, score, total, now(), uid::to_sql(uid::new_uid())],
        )?;
        Ok(())
    }

    /// Every result of a learner, oldest first.
    pub fn activity_results(&self, profile_id: i64) -> Result<Vec<ActivityResult>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson_id, activity_id, score, total, uid FROM activity_results WHERE profile_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([profile_id], |row| {
            Ok(ActivityResult {
                lesson_id: row.get(0)?,
                activity_id: row.get(1)?,
                score: row.get(2)?,
                total: row.get(3)?,
                uid: uid::from_row(row)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
