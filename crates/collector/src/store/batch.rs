//! A batch of reports, added up in memory before it touches the database.
//!
//! Reports that arrive together (group commit) often share cells, so the
//! database sees one upsert per distinct cell instead of one per counter.
//! The maps are ordered, so every writer touches rows in the same order and
//! concurrent PostgreSQL transactions cannot deadlock on each other.

use std::collections::BTreeMap;

use ciberescudo_report::{AgeBand, IdempotencyKey, IsoWeek, Report};
use sha2::{Digest, Sha256};

/// One cell of the campaign × week × band × state grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellKey {
    pub campaign_id: i64,
    pub week: IsoWeek,
    pub band: AgeBand,
    /// INEGI number, 0 when the report names no state.
    pub state: i16,
}

impl CellKey {
    pub fn of(campaign_id: i64, report: &Report) -> CellKey {
        CellKey { campaign_id, week: report.week, band: report.band, state: report.state.map_or(0, |s| s.number().into()) }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LessonSums {
    pub completed: i64,
    pub quiz_attempts: i64,
    pub quiz_passed: i64,
    pub activities_done: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuestionSums {
    pub answered: i64,
    pub first_try_right: i64,
}

/// The sum of a batch's counted reports, by cell. Keys borrow the lesson
/// and question ids from the reports: the writer adds thousands a second.
#[derive(Debug, Default)]
pub struct Deltas<'a> {
    pub lessons: BTreeMap<(CellKey, &'a str), LessonSums>,
    pub questions: BTreeMap<(CellKey, &'a str, &'a str), QuestionSums>,
}

impl<'a> Deltas<'a> {
    pub fn add(&mut self, campaign_id: i64, report: &'a Report) {
        let cell = CellKey::of(campaign_id, report);
        for entry in &report.lessons {
            let sums = self.lessons.entry((cell, entry.lesson.as_str())).or_default();
            sums.completed += i64::from(entry.completed);
            sums.quiz_attempts += i64::from(entry.quiz_attempts);
            sums.quiz_passed += i64::from(entry.quiz_passed);
            sums.activities_done += i64::from(entry.activities_done);
        }
        for entry in &report.questions {
            let sums = self.questions.entry((cell, entry.lesson.as_str(), entry.question.as_str())).or_default();
            sums.answered += i64::from(entry.answered);
            sums.first_try_right += i64::from(entry.first_try_right);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty() && self.questions.is_empty()
    }

    /// The distinct cells, in order.
    pub fn cells(&self) -> Vec<CellKey> {
        let lessons = self.lessons.keys().map(|(cell, _)| *cell);
        let questions = self.questions.keys().map(|(cell, _, _)| *cell);
        lessons.chain(questions).collect::<std::collections::BTreeSet<_>>().into_iter().collect()
    }
}

/// What the collector keeps of an idempotency key: the first 16 bytes of its
/// SHA-256. Enough to recognise a retry; nothing to link it to anything.
pub fn key_hash(key: &IdempotencyKey) -> [u8; 16] {
    let digest = Sha256::digest(key.as_bytes());
    digest[..16].try_into().expect("SHA-256 has 32 bytes")
}
