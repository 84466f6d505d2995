//! What was done on this computer between two moments, counted by age band
//! and lesson: the raw material of a campaign's weekly report. Only counts
//! leave this module; no profile id, nickname, answer or time does.
//!
//! Rows merged in from another computer's progress file are left out: that
//! computer reports its own work.

use std::collections::BTreeMap;

use rusqlite::params;

use super::{Db, Result};

/// One age band's work on one lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonActivity {
    /// Learners who finished the lesson's quiz for the first time.
    pub completed: u32,
    /// Quiz attempts finished.
    pub quiz_attempts: u32,
    /// Of those, attempts with at least the pass share right.
    pub quiz_passed: u32,
    /// Activities finished.
    pub activities_done: u32,
}

/// One age band's first tries at one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionActivity {
    /// Learners' first finished attempts that answered it.
    pub answered: u32,
    pub first_try_right: u32,
}

/// Keyed by (band tag, lesson id) and (band tag, lesson id, question id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeekActivity {
    pub lessons: BTreeMap<(String, String), LessonActivity>,
    pub questions: BTreeMap<(String, String, String), QuestionActivity>,
}

/// Each learner's first finished attempt at each lesson: the one that
/// completed it, and whose answers are their first tries.
const FIRST_FINISHED: &str = "
    WITH firsts AS (
        SELECT id, profile_id, lesson_id, finished_at, merged,
               ROW_NUMBER() OVER (PARTITION BY profile_id, lesson_id ORDER BY finished_at, id) AS nth
        FROM quiz_attempts WHERE finished_at IS NOT NULL
    )";

impl Db {
    /// Counts what this computer's learners did from `from` (inclusive) to
    /// `until` (exclusive), Unix seconds. An attempt passed with at least
    /// `pass_percent` of its questions right.
    pub fn week_activity(&self, from: i64, until: i64, pass_percent: i64) -> Result<WeekActivity> {
        self.write(|tx| {
            let mut week = WeekActivity::default();
            let conn = &tx.conn;

            let sql = format!(
                "{FIRST_FINISHED}
                 SELECT p.band, f.lesson_id, COUNT(*) FROM firsts f JOIN profiles p ON p.id = f.profile_id
                 WHERE f.nth = 1 AND f.merged = 0 AND f.finished_at >= ?1 AND f.finished_at < ?2
                 GROUP BY p.band, f.lesson_id"
            );
            for row in conn
                .prepare_cached(&sql)?
                .query_map(params![from, until], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?)))?
            {
                let (band, lesson, count) = row?;
                week.lessons.entry((band, lesson)).or_default().completed = count;
            }

            // TOTAL, not SUM: 0.0 rather than NULL, even over rows without a score.
            let mut attempts = conn.prepare_cached(
                "SELECT p.band, a.lesson_id, COUNT(*), TOTAL(a.score * 100 >= a.total * ?3)
                 FROM quiz_attempts a JOIN profiles p ON p.id = a.profile_id
                 WHERE a.merged = 0 AND a.finished_at >= ?1 AND a.finished_at < ?2
                 GROUP BY p.band, a.lesson_id",
            )?;
            for row in attempts.query_map(params![from, until, pass_percent], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?, r.get::<_, f64>(3)? as u32))
            })? {
                let (band, lesson, count, passed) = row?;
                let entry = week.lessons.entry((band, lesson)).or_default();
                entry.quiz_attempts = count;
                entry.quiz_passed = passed;
            }

            let mut activities = conn.prepare_cached(
                "SELECT p.band, r.lesson_id, COUNT(*)
                 FROM activity_results r JOIN profiles p ON p.id = r.profile_id
                 WHERE r.merged = 0 AND r.finished_at >= ?1 AND r.finished_at < ?2
                 GROUP BY p.band, r.lesson_id",
            )?;
            for row in activities
                .query_map(params![from, until], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?)))?
            {
                let (band, lesson, count) = row?;
                week.lessons.entry((band, lesson)).or_default().activities_done = count;
            }

            let sql = format!(
                "{FIRST_FINISHED}
                 SELECT p.band, f.lesson_id, q.question_id, COUNT(*), TOTAL(q.correct)
                 FROM firsts f JOIN profiles p ON p.id = f.profile_id JOIN quiz_answers q ON q.attempt_id = f.id
                 WHERE f.nth = 1 AND f.merged = 0 AND f.finished_at >= ?1 AND f.finished_at < ?2
                 GROUP BY p.band, f.lesson_id, q.question_id"
            );
            for row in conn.prepare_cached(&sql)?.query_map(params![from, until], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, u32>(3)?,
                    r.get::<_, f64>(4)? as u32,
                ))
            })? {
                let (band, lesson, question, answered, right) = row?;
                week.questions.insert((band, lesson, question), QuestionActivity { answered, first_try_right: right });
            }
            Ok(week)
        })
    }
}
