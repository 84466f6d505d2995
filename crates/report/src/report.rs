use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::{AgeBand, CampaignCode, IdempotencyKey, IsoWeek, ReportError, Slug, State};

/// The version of the wire format this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// The largest body a collector reads. A full week of all 32 lessons with
/// every question is about 30 KB.
pub const MAX_BODY_BYTES: usize = 128 * 1024;
pub const MAX_LESSONS: usize = 128;
pub const MAX_QUESTIONS: usize = 1024;
/// No counter of one computer in one week can honestly exceed this
/// (a lab computer used by 45 learners every day is far below it).
pub const MAX_COUNT: u32 = 10_000;

/// One computer's week, as counters. See the crate documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub format: u32,
    pub campaign: CampaignCode,
    pub week: IsoWeek,
    pub band: AgeBand,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    pub key: IdempotencyKey,
    pub lessons: Vec<LessonCounts>,
    #[serde(default)]
    pub questions: Vec<QuestionCounts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonCounts {
    pub lesson: Slug,
    pub completed: u32,
    pub quiz_attempts: u32,
    pub quiz_passed: u32,
    pub activities_done: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionCounts {
    pub lesson: Slug,
    pub question: Slug,
    pub answered: u32,
    pub first_try_right: u32,
}

impl Report {
    /// Reads a report off the wire: size first, then shape, then meaning.
    pub fn from_json(body: &[u8]) -> Result<Report, ReportError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(ReportError::TooLarge { size: body.len(), limit: MAX_BODY_BYTES });
        }
        let report: Report = serde_json::from_slice(body).map_err(|e| ReportError::Malformed(e.to_string()))?;
        report.validate()?;
        Ok(report)
    }

    /// The report as it is sent: compact JSON, fields in a fixed order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a report always serialises")
    }

    /// The same, indented, for an adult to read before it is sent.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    /// Checks what the types alone cannot: the format version, bounds,
    /// duplicates and counters that contradict each other.
    pub fn validate(&self) -> Result<(), ReportError> {
        if self.format != FORMAT_VERSION {
            return Err(ReportError::UnsupportedFormat(self.format));
        }
        if self.lessons.is_empty() {
            return Err(ReportError::Empty);
        }
        if self.lessons.len() > MAX_LESSONS {
            return Err(ReportError::TooMany { what: "lessons", count: self.lessons.len(), limit: MAX_LESSONS });
        }
        if self.questions.len() > MAX_QUESTIONS {
            return Err(ReportError::TooMany { what: "questions", count: self.questions.len(), limit: MAX_QUESTIONS });
        }
        let mut lessons = HashSet::with_capacity(self.lessons.len());
        for entry in &self.lessons {
            if !lessons.insert(&entry.lesson) {
                return Err(ReportError::DuplicateLesson(entry.lesson.to_string()));
            }
            bounded("completed", entry.completed)?;
            bounded("quiz_attempts", entry.quiz_attempts)?;
            bounded("quiz_passed", entry.quiz_passed)?;
            bounded("activities_done", entry.activities_done)?;
            at_most("quiz_passed", entry.quiz_passed, entry.quiz_attempts)?;
        }
        let mut questions = HashSet::with_capacity(self.questions.len());
        for entry in &self.questions {
            let name = || (entry.lesson.to_string(), entry.question.to_string());
            if !lessons.contains(&entry.lesson) {
                let (lesson, question) = name();
                return Err(ReportError::QuestionWithoutLesson { lesson, question });
            }
            if !questions.insert((&entry.lesson, &entry.question)) {
                let (lesson, question) = name();
                return Err(ReportError::DuplicateQuestion { lesson, question });
            }
            bounded("answered", entry.answered)?;
            bounded("first_try_right", entry.first_try_right)?;
            at_most("first_try_right", entry.first_try_right, entry.answered)?;
        }
        Ok(())
    }
}

fn bounded(field: &'static str, value: u32) -> Result<(), ReportError> {
    if value > MAX_COUNT {
        return Err(ReportError::CountOutOfRange { field, value, limit: MAX_COUNT });
    }
    Ok(())
}

fn at_most(field: &'static str, part: u32, whole: u32) -> Result<(), ReportError> {
    if part > whole {
        return Err(ReportError::Inconsistent { field, part, whole });
    }
    Ok(())
}
