//! Where each learner left off in each lesson.

use rusqlite::{params, OptionalExtension};

use super::{now, Db, Result};

impl Db {
    pub fn save_place(&self, profile_id: i64, lesson_id: &str, section_id: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO lesson_places (profile_id, lesson_id, section_id, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (profile_id, lesson_id) DO UPDATE SET section_id = excluded.section_id, updated_at = excluded.updated_at",
            params![profile_id, lesson_id, section_id, now()],
        )?;
        Ok(())
    }

    pub fn place(&self, profile_id: i64, lesson_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT section_id FROM lesson_places WHERE profile_id = ?1 AND lesson_id = ?2",
                params![profile_id, lesson_id],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Ids of the lessons a learner has opened.
    pub fn lessons_started(&self, profile_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson_id FROM lesson_places WHERE profile_id = ?1
             UNION SELECT lesson_id FROM quiz_attempts WHERE profile_id = ?1",
        )?;
        let rows = stmt.query_map([profile_id], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
