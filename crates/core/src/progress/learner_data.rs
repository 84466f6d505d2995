//! Everything stored about one learner, in one value: what "export my data"
//! writes to a file, so the learner (or their family) holds a copy of it.

use serde::{Deserialize, Serialize};

use super::attempts::chosen_from_json;
use super::{uid, Db, Result};

/// One learner's whole record. The file format is versioned by `format`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerData {
    pub format: &'static str,
    pub profile: ProfileRecord,
    pub places: Vec<PlaceRecord>,
    pub quiz_attempts: Vec<AttemptRecord>,
    pub activity_results: Vec<ActivityRecord>,
}

/// The tag of the file format; a later change to the shape gets a new one.
pub const LEARNER_DATA_FORMAT: &str = "ciberescudo-learner-data/1";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileRecord {
    pub uid: String,
    pub nickname: String,
    pub avatar: String,
    pub band: String,
    pub locale: String,
    /// Unix seconds.
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceRecord {
    pub lesson_id: String,
    pub section_id: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRecord {
    pub uid: String,
    pub lesson_id: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub score: Option<i64>,
    pub total: i64,
    pub answers: Vec<AnswerRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRecord {
    pub question_id: String,
    pub chosen: Vec<String>,
    pub correct: bool,
    pub answered_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityRecord {
    pub uid: String,
    pub lesson_id: String,
    pub activity_id: String,
    pub score: i64,
    pub total: i64,
    pub finished_at: i64,
}

impl Db {
    /// One learner's whole record, read in one transaction so it is consistent.
    pub fn learner_data(&self, profile_id: i64) -> Result<LearnerData> {
        self.write(|tx| {
            let profile = tx.profile(profile_id)?;
            let created_at: i64 =
                tx.conn.query_row("SELECT created_at FROM profiles WHERE id = ?1", [profile_id], |r| r.get(0))?;
            let places = tx.rows(
                "SELECT lesson_id, section_id, updated_at FROM lesson_places
                 WHERE profile_id = ?1 ORDER BY lesson_id",
                profile_id,
                |r| Ok(PlaceRecord { lesson_id: r.get(0)?, section_id: r.get(1)?, updated_at: r.get(2)? }),
            )?;
            let mut attempts = tx.rows(
                "SELECT id, uid, lesson_id, started_at, finished_at, score, total FROM quiz_attempts
                 WHERE profile_id = ?1 ORDER BY id",
                profile_id,
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        AttemptRecord {
                            uid: uid::from_row(r)?.to_string(),
                            lesson_id: r.get(2)?,
                            started_at: r.get(3)?,
                            finished_at: r.get(4)?,
                            score: r.get(5)?,
                            total: r.get(6)?,
                            answers: Vec::new(),
                        },
                    ))
                },
            )?;
            for (id, attempt) in &mut attempts {
                attempt.answers = tx.rows(
                    "SELECT question_id, chosen, correct, answered_at FROM quiz_answers
                     WHERE attempt_id = ?1 ORDER BY answered_at, rowid",
                    *id,
                    |r| {
                        let chosen: String = r.get(1)?;
                        Ok(AnswerRecord {
                            question_id: r.get(0)?,
                            chosen: chosen_from_json(&chosen, 1)?,
                            correct: r.get(2)?,
                            answered_at: r.get(3)?,
                        })
                    },
                )?;
            }
            let activity_results = tx.rows(
                "SELECT uid, lesson_id, activity_id, score, total, finished_at FROM activity_results
                 WHERE profile_id = ?1 ORDER BY id",
                profile_id,
                |r| {
                    Ok(ActivityRecord {
                        uid: uid::from_row(r)?.to_string(),
                        lesson_id: r.get(1)?,
                        activity_id: r.get(2)?,
                        score: r.get(3)?,
                        total: r.get(4)?,
                        finished_at: r.get(5)?,
                    })
                },
            )?;
            Ok(LearnerData {
                format: LEARNER_DATA_FORMAT,
                profile: ProfileRecord {
                    uid: profile.uid.to_string(),
                    nickname: profile.nickname,
                    avatar: profile.avatar,
                    band: profile.band.tag(),
                    locale: profile.locale.tag(),
                    created_at,
                },
                places,
                quiz_attempts: attempts.into_iter().map(|(_, a)| a).collect(),
                activity_results,
            })
        })
    }
}
