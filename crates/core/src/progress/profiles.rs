//! Learner profiles: a nickname and an emoji, never a real name or a birth date.

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{not_found, now, Result, Store};
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    #[ts(type = "number")]
    pub id: i64,
    pub nickname: String,
    pub avatar: String,
    pub band: AgeBand,
    pub locale: Locale,
}

/// What a learner fills in to make a profile. Validated by the app service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewProfile {
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
    })
}

impl Store {
    pub fn create_profile(&self, new: &NewProfile) -> Result<Profile> {
        self.conn.execute(
            "INSERT INTO profiles (nickname, avatar, band, locale, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![new.nickname, new.avatar, new.band.tag(), new.locale.tag(), now()],
        )?;
        self.profile(self.conn.last_insert_rowid())
    }

    /// Every profile on this computer, oldest first.
    pub fn profiles(&self) -> Result<Vec<Profile>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, nickname, avatar, band, locale FROM profiles ORDER BY id")?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn profile(&self, id: i64) -> Result<Profile> {
        self.conn
            .query_row("SELECT id, nickname, avatar, band, locale FROM profiles WHERE id = ?1", [id], from_row)
            .map_err(not_found)
    }

    pub fn set_profile_locale(&self, id: i64, locale: Locale) -> Result<Profile> {
        let changed = self.conn.execute("UPDATE profiles SET locale = ?1 WHERE id = ?2", params![locale.tag(), id])?;
        if changed == 0 {
            return Err(super::StoreError::NotFound);
        }
        self.profile(id)
    }
}
