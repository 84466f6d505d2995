//! Classes and their learners, and the primitives that merge another
//! computer's progress in: each record is known by its uid, so adding the
//! same record twice changes nothing.

use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

use super::learner_data::{ActivityRecord, AttemptRecord};
use super::profiles::NewProfileRow;
use super::{not_found, now, uid, Db, Profile, Result, StoreError};

/// A row of `classes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRow {
    pub id: i64,
    pub uid: Uuid,
    pub name: String,
    pub school_year: String,
    /// Signs the class's progress files: 32 random bytes as hex.
    pub key: String,
}

/// What merging one record changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    pub attempts_added: u32,
    pub attempts_finished: u32,
    pub answers_added: u32,
    pub activities_added: u32,
}

impl Merged {
    pub fn add(&mut self, other: Merged) {
        self.attempts_added += other.attempts_added;
        self.attempts_finished += other.attempts_finished;
        self.answers_added += other.answers_added;
        self.activities_added += other.activities_added;
    }
}

const CLASS_COLUMNS: &str = "id, uid, name, school_year, key";

fn class_from_row(row: &Row) -> rusqlite::Result<ClassRow> {
    Ok(ClassRow { id: row.get(0)?, uid: uid::from_row(row)?, name: row.get(2)?, school_year: row.get(3)?, key: row.get(4)? })
}

impl Db {
    pub fn create_class(&self, name: &str, school_year: &str, key: &str) -> Result<ClassRow> {
        self.insert_class(uid::new_uid(), name, school_year, key)
    }

    /// The class a class file describes: created with the file's uid, or,
    /// if it is here already, renamed to the file's name.
    pub fn upsert_class(&self, class_uid: Uuid, name: &str, school_year: &str, key: &str) -> Result<ClassRow> {
        self.write(|tx| match tx.class_by_uid(class_uid) {
            Ok(existing) => {
                tx.conn.execute(
                    "UPDATE classes SET name = ?1, school_year = ?2 WHERE id = ?3",
                    params![name, school_year, existing.id],
                )?;
                tx.class(existing.id)
            }
            Err(StoreError::NotFound) => tx.insert_class(class_uid, name, school_year, key),
            Err(e) => Err(e),
        })
    }

    fn insert_class(&self, class_uid: Uuid, name: &str, school_year: &str, key: &str) -> Result<ClassRow> {
        self.write(|tx| {
            tx.conn.execute(
                "INSERT INTO classes (uid, name, school_year, key, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![uid::to_sql(class_uid), name, school_year, key, now()],
            )?;
            tx.class(tx.conn.last_insert_rowid())
        })
    }

    /// Every class on this computer, oldest first.
    pub fn classes(&self) -> Result<Vec<ClassRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {CLASS_COLUMNS} FROM classes ORDER BY id"))?;
        let rows = stmt.query_map([], class_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn class(&self, id: i64) -> Result<ClassRow> {
        self.conn
            .query_row(&format!("SELECT {CLASS_COLUMNS} FROM classes WHERE id = ?1"), [id], class_from_row)
            .map_err(not_found)
    }

    pub fn class_by_uid(&self, class_uid: Uuid) -> Result<ClassRow> {
        self.conn
            .query_row(&format!("SELECT {CLASS_COLUMNS} FROM classes WHERE uid = ?1"), [uid::to_sql(class_uid)], class_from_row)
            .map_err(not_found)
    }

    /// Adds a learner to a class; adding them again changes nothing.
    pub fn add_member(&self, class_id: i64, profile_id: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO class_members (class_id, profile_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![class_id, profile_id],
        )?;
        Ok(())
    }

    /// Whether a learner is on some class's roster.
    pub fn is_in_a_class(&self, profile_id: i64) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM class_members WHERE profile_id = ?1)", [profile_id], |r| r.get(0))?)
    }

    /// The class's learners, oldest profile first.
    pub fn members(&self, class_id: i64) -> Result<Vec<Profile>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id FROM profiles p JOIN class_members m ON m.profile_id = p.id WHERE m.class_id = ?1 ORDER BY p.id",
        )?;
        let ids: Vec<i64> = stmt.query_map([class_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.profile(id)).collect()
    }

    /// A learner with a uid given by another computer (a class file, a
    /// progress file), so they are the same learner everywhere.
    pub fn create_profile_with_uid(&self, new: &NewProfileRow, profile_uid: Uuid) -> Result<Profile> {
        self.write(|tx| {
            tx.conn.execute(
                "INSERT INTO profiles (nickname, avatar, band, locale, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![new.nickname, new.avatar, new.band.tag(), new.locale.tag(), now(), uid::to_sql(profile_uid)],
            )?;
            tx.profile(tx.conn.last_insert_rowid())
        })
    }

    /// This progress file's own random id, made on first use.
    pub fn device_uid(&self) -> Result<Uuid> {
        self.write(|tx| {
            let found: Option<String> = tx.conn.query_row("SELECT uid FROM device WHERE id = 1", [], |r| r.get(0)).optional()?;
            match found {
                Some(text) => Uuid::parse_str(&text)
                    .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into()).into()),
                None => {
                    let fresh = Uuid::new_v4();
                    tx.conn.execute("INSERT INTO device (id, uid) VALUES (1, ?1)", [uid::to_sql(fresh)])?;
                    Ok(fresh)
                }
            }
        })
    }

    /// Adds an attempt made on another computer, or completes the copy of it
    /// already here: a finished attempt stays finished, an answer already
    /// here is kept. Merging the same record again changes nothing.
    pub fn merge_attempt(&self, profile_id: i64, record: &AttemptRecord) -> Result<Merged> {
        self.write(|tx| {
            let mut merged = Merged::default();
            let record_uid = Uuid::parse_str(&record.uid).map_err(|_| StoreError::NotFound)?;
            let existing: Option<(i64, i64, Option<i64>)> = tx
                .conn
                .query_row(
                    "SELECT id, profile_id, finished_at FROM quiz_attempts WHERE uid = ?1",
                    [uid::to_sql(record_uid)],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let attempt_id = match existing {
                // The same uid under another learner would be a forged file;
                // the caller checks signatures, so this cannot happen by accident.
                Some((_, owner, _)) if owner != profile_id => return Err(StoreError::NotFound),
                Some((id, _, finished_at)) => {
                    if finished_at.is_none() && record.finished_at.is_some() {
                        tx.conn.execute(
                            // Finished elsewhere: not this computer's to report.
                            "UPDATE quiz_attempts SET finished_at = ?1, score = ?2, merged = 1 WHERE id = ?3",
                            params![record.finished_at, record.score, id],
                        )?;
                        merged.attempts_finished += 1;
                    }
                    id
                }
                None => {
                    tx.conn.execute(
                        "INSERT INTO quiz_attempts (profile_id, lesson_id, started_at, finished_at, score, total, uid, merged)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
                        params![
                            profile_id,
                            record.lesson_id,
                            record.started_at,
                            record.finished_at,
                            record.score,
                            record.total,
                            uid::to_sql(record_uid)
                        ],
                    )?;
                    merged.attempts_added += 1;
                    tx.conn.last_insert_rowid()
                }
            };
            for answer in &record.answers {
                let chosen = serde_json::to_string(&answer.chosen).expect("a list of strings serialises");
                merged.answers_added += tx.conn.execute(
                    "INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct, answered_at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (attempt_id, question_id) DO NOTHING",
                    params![attempt_id, answer.question_id, chosen, answer.correct, answer.answered_at],
                )? as u32;
            }
            Ok(merged)
        })
    }

    /// Adds an activity result made on another computer, once.
    pub fn merge_activity(&self, profile_id: i64, record: &ActivityRecord) -> Result<Merged> {
        let record_uid = Uuid::parse_str(&record.uid).map_err(|_| StoreError::NotFound)?;
        let added = self.conn.execute(
            "INSERT INTO activity_results (profile_id, lesson_id, activity_id, score, total, finished_at, uid, merged)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1) ON CONFLICT (uid) DO NOTHING",
            params![
                profile_id,
                record.lesson_id,
                record.activity_id,
                record.score,
                record.total,
                record.finished_at,
                uid::to_sql(record_uid)
            ],
        )?;
        Ok(Merged { activities_added: added as u32, ..Merged::default() })
    }

    /// Moves every attempt, activity result and place of one profile to
    /// another (keeping the other's place where both have one).
    pub fn move_progress(&self, from: i64, to: i64) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute("UPDATE quiz_attempts SET profile_id = ?2 WHERE profile_id = ?1", params![from, to])?;
            tx.conn.execute("UPDATE activity_results SET profile_id = ?2 WHERE profile_id = ?1", params![from, to])?;
            tx.conn.execute(
                "INSERT INTO lesson_places (profile_id, lesson_id, section_id, updated_at)
                 SELECT ?2, lesson_id, section_id, updated_at FROM lesson_places WHERE profile_id = ?1
                 ON CONFLICT (profile_id, lesson_id) DO NOTHING",
                params![from, to],
            )?;
            tx.conn.execute(
                "INSERT INTO class_members (class_id, profile_id) SELECT class_id, ?2 FROM class_members WHERE profile_id = ?1
                 ON CONFLICT DO NOTHING",
                params![from, to],
            )?;
            Ok(())
        })
    }
}
