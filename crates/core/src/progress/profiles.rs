//! Learner profiles: a nickname and an emoji, never a real name or a birth date.

use rusqlite::{params, Row};
use uuid::Uuid;

use super::{not_found, now, uid, Db, Result};
use crate::{AgeBand, Locale};

/// A row of `profiles`. The screen gets `api::ProfileView`, never this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub nickname: String,
    pub avatar: String,
    pub band: AgeBand,
    pub locale: Locale,
    /// Names this profile on any computer. Not sent to the UI, which knows
    /// profiles by `id`.
    pub uid: Uuid,
}

/// A profile to insert, already validated by the use case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProfileRow {
    pub nickname: String,
    pub avatar: String,
    pub band: AgeBand,
    pub locale: Locale,
}

fn from_row(row: &Row) -> rusqlite::Result<Profile> {
    let band: String = row.get("band")?;
    let locale: String = row.get("locale")?;
    let bad = |i, s: String| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, s.into());
    Ok(Profile {
        id: row.get("id")?,
        nickname: row.get("nickname")?,
        avatar: row.get("avatar")?,
        band: band.parse().map_err(|_| bad(3, band))?,
        locale: locale.parse().map_err(|_| bad(4, locale))?,
        uid: uid::from_row(row)?,
    })
}

const PROFILE_COLUMNS: &str = "id, nickname, avatar, band, locale, uid";

impl Db {
    pub fn create_profile(&self, new: &NewProfileRow) -> Result<Profile> {
        self.write(|tx| {
            tx.conn.execute(
                "INSERT INTO profiles (nickname, avatar, band, locale, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![new.nickname, new.avatar, new.band.tag(), new.locale.tag(), now(), uid::to_sql(uid::new_uid())],
            )?;
            tx.profile(tx.conn.last_insert_rowid())
        })
    }

    /// Every profile on this computer, oldest first.
    pub fn profiles(&self) -> Result<Vec<Profile>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {PROFILE_COLUMNS} FROM profiles ORDER BY id"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn profile(&self, id: i64) -> Result<Profile> {
        self.conn.query_row(&format!("SELECT {PROFILE_COLUMNS} FROM profiles WHERE id = ?1"), [id], from_row).map_err(not_found)
    }

    /// The profile a uid names, wherever the uid came from.
    pub fn profile_by_uid(&self, uid: Uuid) -> Result<Profile> {
        self.conn
            .query_row(&format!("SELECT {PROFILE_COLUMNS} FROM profiles WHERE uid = ?1"), [uid::to_sql(uid)], from_row)
            .map_err(not_found)
    }

    pub fn set_profile_locale(&self, id: i64, locale: Locale) -> Result<Profile> {
        self.write(|tx| {
            let changed = tx.conn.execute("UPDATE profiles SET locale = ?1 WHERE id = ?2", params![locale.tag(), id])?;
            if changed == 0 {
                return Err(super::StoreError::NotFound);
            }
            tx.profile(id)
        })
    }

    /// Renames a profile and moves it to another band in one change.
    pub fn update_profile(&self, id: i64, nickname: &str, band: AgeBand) -> Result<Profile> {
        self.write(|tx| {
            let changed = tx
                .conn
                .execute("UPDATE profiles SET nickname = ?1, band = ?2 WHERE id = ?3", params![nickname, band.tag(), id])?;
            if changed == 0 {
                return Err(super::StoreError::NotFound);
            }
            tx.profile(id)
        })
    }

    /// How much a profile holds: what deleting it would lose.
    pub fn profile_holdings(&self, id: i64) -> Result<ProfileHoldings> {
        self.profile(id)?;
        let count = |sql: &str| -> Result<u32> { Ok(self.conn.query_row(sql, [id], |r| r.get(0))?) };
        Ok(ProfileHoldings {
            lessons_started: count(
                "SELECT COUNT(*) FROM (SELECT lesson_id FROM lesson_places WHERE profile_id = ?1
                 UNION SELECT lesson_id FROM quiz_attempts WHERE profile_id = ?1)",
            )?,
            quizzes_finished: count("SELECT COUNT(*) FROM quiz_attempts WHERE profile_id = ?1 AND finished_at IS NOT NULL")?,
            answers: count(
                "SELECT COUNT(*) FROM quiz_answers JOIN quiz_attempts ON quiz_attempts.id = quiz_answers.attempt_id
                 WHERE quiz_attempts.profile_id = ?1",
            )?,
            activities: count("SELECT COUNT(*) FROM activity_results WHERE profile_id = ?1")?,
        })
    }

    /// Deletes a profile and, through the foreign keys, every row of its
    /// progress: places, attempts, answers and activity results.
    pub fn delete_profile(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.conn.execute("DELETE FROM profiles WHERE id = ?1", [id])? == 0 {
                return Err(super::StoreError::NotFound);
            }
            Ok(())
        })
    }
}

/// Counts of what a profile holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileHoldings {
    pub lessons_started: u32,
    pub quizzes_finished: u32,
    pub answers: u32,
    pub activities: u32,
}
