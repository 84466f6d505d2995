//! Quiz attempts and every answer given in them. Each answer is written the
//! moment it is checked, so a crash or a closed window loses nothing.

use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

use super::{not_found, now, uid, Db, Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub id: i64,
    pub profile_id: i64,
    pub lesson_id: String,
    pub finished: bool,
    pub score: Option<i64>,
    pub total: i64,
    /// Names this attempt on any computer.
    pub uid: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub question_id: String,
    pub chosen: Vec<String>,
    pub correct: bool,
}

/// One line of a learner's history with a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptSummary {
    pub attempt_id: i64,
    pub finished: bool,
    pub score: Option<u32>,
    pub total: u32,
    /// Unix seconds.
    pub started_at: i64,
}

const ATTEMPT_COLUMNS: &str = "id, profile_id, lesson_id, finished_at IS NOT NULL AS finished, score, total, uid";

fn attempt_from_row(row: &Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: row.get("id")?,
        profile_id: row.get("profile_id")?,
        lesson_id: row.get("lesson_id")?,
        finished: row.get("finished")?,
        score: row.get("score")?,
        total: row.get("total")?,
        uid: uid::from_row(row)?,
    })
}

fn answer_from_row(row: &Row) -> rusqlite::Result<Answer> {
    let chosen: String = row.get("chosen")?;
    Ok(Answer { question_id: row.get("question_id")?, chosen: chosen_from_json(&chosen, 1)?, correct: row.get("correct")? })
}

/// Reads a `quiz_answers.chosen` value: a JSON array of option ids.
/// `column` names the column in the error if the text is not one.
pub(super) fn chosen_from_json(json: &str, column: usize) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(json)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into()))
}

impl Db {
    /// The learner's unfinished attempt at a lesson's quiz, if any.
    pub fn unfinished_attempt(&self, profile_id: i64, lesson_id: &str) -> Result<Option<Attempt>> {
        let sql = format!(
            "SELECT {ATTEMPT_COLUMNS} FROM quiz_attempts
             WHERE profile_id = ?1 AND lesson_id = ?2 AND finished_at IS NULL ORDER BY id DESC LIMIT 1"
        );
        Ok(self.conn.query_row(&sql, params![profile_id, lesson_id], attempt_from_row).optional()?)
    }

    pub fn start_attempt(&self, profile_id: i64, lesson_id: &str, total: usize) -> Result<Attempt> {
        self.write(|tx| {
            tx.conn.execute(
                "INSERT INTO quiz_attempts (profile_id, lesson_id, started_at, total, uid) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![profile_id, lesson_id, now(), total as i64, uid::to_sql(uid::new_uid())],
            )?;
            tx.attempt(profile_id, tx.conn.last_insert_rowid())
        })
    }

    /// An attempt, only if it belongs to this profile: one learner can never
    /// read or change another's answers.
    pub fn attempt(&self, profile_id: i64, attempt_id: i64) -> Result<Attempt> {
        let sql = format!("SELECT {ATTEMPT_COLUMNS} FROM quiz_attempts WHERE id = ?1 AND profile_id = ?2");
        self.conn.query_row(&sql, params![attempt_id, profile_id], attempt_from_row).map_err(not_found)
    }

    /// Answers of an attempt, in the order they were given.
    pub fn answers(&self, attempt_id: i64) -> Result<Vec<Answer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT question_id, chosen, correct FROM quiz_answers WHERE attempt_id = ?1 ORDER BY answered_at, rowid",
        )?;
        let rows = stmt.query_map([attempt_id], answer_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records an answer. A question keeps its first answer: answering it
    /// again (a double click, a retry after a crash) returns the stored one.
    pub fn record_answer(&self, attempt_id: i64, question_id: &str, chosen: &[String], correct: bool) -> Result<Answer> {
        let chosen_json = serde_json::to_string(chosen).expect("a list of strings serialises");
        self.write(|tx| {
            tx.conn.execute(
                "INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (attempt_id, question_id) DO NOTHING",
                params![attempt_id, question_id, chosen_json, correct, now()],
            )?;
            tx.conn
                .query_row(
                    "SELECT question_id, chosen, correct FROM quiz_answers WHERE attempt_id = ?1 AND question_id = ?2",
                    params![attempt_id, question_id],
                    answer_from_row,
                )
                .map_err(not_found)
        })
    }

    /// Closes an attempt with its score. Finishing twice keeps the first score.
    pub fn finish_attempt(&self, profile_id: i64, attempt_id: i64, score: usize) -> Result<Attempt> {
        self.write(|tx| {
            let changed = tx.conn.execute(
                "UPDATE quiz_attempts SET finished_at = ?1, score = ?2 WHERE id = ?3 AND profile_id = ?4 AND finished_at IS NULL",
                params![now(), score as i64, attempt_id, profile_id],
            )?;
            let attempt = tx.attempt(profile_id, attempt_id)?;
            if changed == 0 && !attempt.finished {
                return Err(StoreError::NotFound);
            }
            Ok(attempt)
        })
    }

    /// A learner's attempts at a lesson's quiz, newest first.
    pub fn attempts(&self, profile_id: i64, lesson_id: &str) -> Result<Vec<AttemptSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, finished_at IS NOT NULL, score, total, started_at FROM quiz_attempts
             WHERE profile_id = ?1 AND lesson_id = ?2 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map(params![profile_id, lesson_id], |row| {
            Ok(AttemptSummary {
                attempt_id: row.get(0)?,
                finished: row.get(1)?,
                score: row.get::<_, Option<i64>>(2)?.map(|s| s as u32),
                total: row.get::<_, i64>(3)? as u32,
                started_at: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The best finished attempt of each lesson: (lesson id, score, total).
    pub fn best_scores(&self, profile_id: i64) -> Result<Vec<(String, i64, i64)>> {
        // SQLite returns the other columns from the row that holds the MAX.
        let mut stmt = self.conn.prepare_cached(
            "SELECT lesson_id, score, total, MAX(CAST(score AS REAL) / total) FROM quiz_attempts
             WHERE profile_id = ?1 AND finished_at IS NOT NULL GROUP BY lesson_id",
        )?;
        let rows = stmt.query_map([profile_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
