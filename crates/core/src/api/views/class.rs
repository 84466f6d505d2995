//! Classes as the adult area shows them: the list, the learners × lessons
//! matrix, the hardest questions and what an import did.

use serde::Serialize;

use super::profile::ProfileView;
use crate::classroom::report::{ClassMatrix, QuestionStats, Standing};
use crate::content::Topic;
use crate::i18n::Localizer;
use crate::progress::{ClassRow, Merged};
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ClassSummary {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub id: i64,
    pub name: String,
    pub school_year: String,
    pub learners: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RosterResult {
    pub added: Vec<ProfileView>,
    /// Nicknames the class already had.
    pub skipped: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum CellStanding {
    NotStarted,
    InProgress,
    Done { score: u32, total: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CellView {
    pub standing: CellStanding,
    pub quiz_attempts: u32,
    /// Activities done, and the best score of each: (done, sum of best scores, sum of totals).
    pub activities_done: u32,
    pub activity_points: u32,
    pub activity_total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LessonColumn {
    pub id: String,
    pub title: String,
    pub topic: Topic,
    pub band: AgeBand,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LearnerRow {
    pub learner: ProfileView,
    /// One per lesson, in the order of `ClassView::lessons`.
    pub cells: Vec<CellView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ClassView {
    pub class: ClassSummary,
    pub lessons: Vec<LessonColumn>,
    pub learners: Vec<LearnerRow>,
    /// Every question the class answered, hardest first: from the same
    /// reading of the class's progress as the table.
    pub hardest: Vec<HardQuestionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HardQuestionView {
    pub lesson_id: String,
    pub lesson_title: String,
    pub question_id: String,
    pub prompt: String,
    /// The denominator: learners who answered it.
    pub learners_answered: u32,
    pub right_first_try: u32,
    /// 0–100, rounded.
    pub right_percent: u32,
    pub most_chosen_wrong: Option<String>,
    pub chosen_by: u32,
}

/// What importing one file did, or why it was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FileImportView {
    pub file: String,
    pub refused: Option<crate::api::AppError>,
    pub learners_added: u32,
    pub attempts_added: u32,
    pub answers_added: u32,
    pub activities_added: u32,
}

pub(crate) fn class_summary(c: &ClassRow, learners: usize) -> ClassSummary {
    ClassSummary { id: c.id, name: c.name.clone(), school_year: c.school_year.clone(), learners: learners as u32 }
}

pub(crate) fn class_view(class: ClassSummary, m: &ClassMatrix, hardest: Vec<HardQuestionView>, locale: Locale) -> ClassView {
    ClassView {
        class,
        hardest,
        lessons: m
            .lessons
            .iter()
            .map(|l| LessonColumn { id: l.id.clone(), title: l.title.get(locale).clone(), topic: l.topic, band: l.band })
            .collect(),
        learners: m
            .learners
            .iter()
            .zip(&m.cells)
            .map(|(p, row)| LearnerRow {
                learner: super::profile::profile_view(p),
                cells: row
                    .iter()
                    .map(|c| CellView {
                        standing: match c.standing {
                            Standing::NotStarted => CellStanding::NotStarted,
                            Standing::InProgress => CellStanding::InProgress,
                            Standing::Done { score, total } => CellStanding::Done { score, total },
                        },
                        quiz_attempts: c.quiz_attempts,
                        activities_done: c.activities.len() as u32,
                        activity_points: c.activities.iter().map(|a| a.score).sum(),
                        activity_total: c.activities.iter().map(|a| a.total).sum(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

pub(crate) fn hard_question_view(s: &QuestionStats, locale: Locale, i18n: &Localizer) -> HardQuestionView {
    let question = s.lesson.question(&s.question_id).expect("stats name questions of their lesson");
    let option_text = |id: &str| {
        question.option(id).map(|o| match &o.text {
            Some(text) => text.get(locale).clone(),
            None => i18n.format(locale, &format!("quiz-option-{id}"), &[]),
        })
    };
    HardQuestionView {
        lesson_id: s.lesson.id.clone(),
        lesson_title: s.lesson.title.get(locale).clone(),
        question_id: s.question_id.clone(),
        prompt: question.prompt.get(locale).clone(),
        learners_answered: s.learners_answered,
        right_first_try: s.right_first_try,
        right_percent: (s.share_right() * 100.0).round() as u32,
        most_chosen_wrong: s.most_chosen_wrong.as_ref().and_then(|(id, _)| option_text(id)),
        chosen_by: s.most_chosen_wrong.as_ref().map_or(0, |(_, n)| *n),
    }
}

pub(crate) fn file_import_view(file: String, learners_added: u32, m: Merged) -> FileImportView {
    FileImportView {
        file,
        refused: None,
        learners_added,
        attempts_added: m.attempts_added + m.attempts_finished,
        answers_added: m.answers_added,
        activities_added: m.activities_added,
    }
}
