//! Everything a class's learners did on this computer, read in a handful of
//! queries (not one per learner), for the class view and its exports.

use std::collections::HashMap;

use rusqlite::params;

use super::attempts::chosen_from_json;
use super::{Db, Profile, Result};

/// A learner's first try at a question: their answer in the earliest
/// attempt that has one. A right answer picked exactly the question's right
/// options, so only a wrong one keeps what was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstTry {
    pub profile_id: i64,
    pub lesson_id: String,
    pub question_id: String,
    pub correct: bool,
    /// The options chosen, for a wrong answer; empty for a right one.
    pub wrong_choice: Vec<String>,
}

/// One quiz attempt of a class member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberAttempt {
    pub profile_id: i64,
    pub lesson_id: String,
    /// Unix seconds.
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub score: Option<i64>,
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberActivity {
    pub profile_id: i64,
    pub lesson_id: String,
    pub activity_id: String,
    pub score: i64,
    pub total: i64,
    pub finished_at: i64,
}

/// A class's learners and what they did, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassProgress {
    pub members: Vec<Profile>,
    pub attempts: Vec<MemberAttempt>,
    pub first_tries: Vec<FirstTry>,
    /// (profile id, lesson id, updated at): lessons opened.
    pub places: Vec<(i64, String, i64)>,
    pub activities: Vec<MemberActivity>,
}

impl Db {
    pub fn class_progress(&self, class_id: i64) -> Result<ClassProgress> {
        self.write(|tx| {
            let members = tx.members(class_id)?;
            let attempts: Vec<(i64, MemberAttempt)> = tx.rows(
                "SELECT a.id, a.profile_id, a.lesson_id, a.started_at, a.finished_at, a.score, a.total
                 FROM quiz_attempts a JOIN class_members m ON m.profile_id = a.profile_id
                 WHERE m.class_id = ?1 ORDER BY a.started_at, a.id",
                class_id,
                |r| {
                    Ok((
                        r.get(0)?,
                        MemberAttempt {
                            profile_id: r.get(1)?,
                            lesson_id: r.get(2)?,
                            started_at: r.get(3)?,
                            finished_at: r.get(4)?,
                            score: r.get(5)?,
                            total: r.get(6)?,
                        },
                    ))
                },
            )?;
            let first_tries = tx.first_tries(&attempts)?;
            let places = tx.rows(
                "SELECT p.profile_id, p.lesson_id, p.updated_at FROM lesson_places p
                 JOIN class_members m ON m.profile_id = p.profile_id WHERE m.class_id = ?1",
                class_id,
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let activities = tx.rows(
                "SELECT r.profile_id, r.lesson_id, r.activity_id, r.score, r.total, r.finished_at FROM activity_results r
                 JOIN class_members m ON m.profile_id = r.profile_id WHERE m.class_id = ?1 ORDER BY r.id",
                class_id,
                |r| {
                    Ok(MemberActivity {
                        profile_id: r.get(0)?,
                        lesson_id: r.get(1)?,
                        activity_id: r.get(2)?,
                        score: r.get(3)?,
                        total: r.get(4)?,
                        finished_at: r.get(5)?,
                    })
                },
            )?;
            Ok(ClassProgress {
                members,
                attempts: attempts.into_iter().map(|(_, a)| a).collect(),
                first_tries,
                places,
                activities,
            })
        })
    }

    /// Each learner's first try at each question: answers are read attempt
    /// by attempt, oldest first, only until every question of the lesson has
    /// one, so a class's later attempts (most of its hundred thousand
    /// answers) are never read.
    fn first_tries(&self, attempts: &[(i64, MemberAttempt)]) -> Result<Vec<FirstTry>> {
        let mut by_lesson: HashMap<(i64, &str), Vec<&(i64, MemberAttempt)>> = HashMap::new();
        for a in attempts {
            by_lesson.entry((a.1.profile_id, a.1.lesson_id.as_str())).or_default().push(a);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT question_id, correct, CASE WHEN correct THEN NULL ELSE chosen END FROM quiz_answers WHERE attempt_id = ?1",
        )?;
        let mut tries = Vec::new();
        for ((profile_id, lesson_id), list) in by_lesson {
            let mut seen: Vec<String> = Vec::new();
            for (attempt_id, attempt) in list {
                let rows = stmt.query_map([attempt_id], |r| {
                    let wrong_choice = match r.get_ref(2)?.as_str_or_null()? {
                        Some(json) => chosen_from_json(json, 2)?,
                        None => Vec::new(),
                    };
                    Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?, wrong_choice))
                })?;
                for row in rows {
                    let (question_id, correct, wrong_choice) = row?;
                    if !seen.contains(&question_id) {
                        seen.push(question_id.clone());
                        tries.push(FirstTry { profile_id, lesson_id: lesson_id.to_owned(), question_id, correct, wrong_choice });
                    }
                }
                if seen.len() as i64 >= attempt.total {
                    break;
                }
            }
        }
        Ok(tries)
    }

    /// Every row a query with one id parameter returns, mapped by `f`.
    pub(super) fn rows<T>(&self, sql: &str, id: i64, f: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>) -> Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![id], f)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
