//! Data sent to the UI, already in the learner's language. Answer keys are
//! never sent before the learner has answered.

use serde::Serialize;
use ts_rs::TS;

use super::AppError;
use super::dto_activity::{ActivityView, GuideView};
use crate::content::{QuestionKind, Segment};
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// Set when the progress database could not be opened; nothing else works then.
    pub store_error: Option<AppError>,
    pub system_locale: Locale,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum LessonStatus {
    New,
    InProgress,
    Done { score: u32, total: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LessonCard {
    pub id: String,
    pub topic: String,
    pub band: AgeBand,
    pub title: String,
    pub summary: String,
    pub status: LessonStatus,
}

/// A paragraph or list of a section, split into runs that may link to the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum BlockView {
    Paragraph { segments: Vec<Segment> },
    List { items: Vec<Vec<Segment>> },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    pub id: String,
    pub title: String,
    pub blocks: Vec<BlockView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    pub id: String,
    pub url: String,
    pub title: String,
    pub supports: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LessonView {
    pub id: String,
    pub topic: String,
    pub band: AgeBand,
    pub title: String,
    pub summary: String,
    pub sections: Vec<SectionView>,
    pub sources: Vec<SourceView>,
    /// The section where the learner left off.
    pub place: Option<String>,
    pub activities: Vec<ActivityView>,
    /// Adult lessons only.
    pub guide: Option<GuideView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub options: Vec<OptionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionFeedback {
    pub id: String,
    pub text: String,
    pub explanation: String,
    pub is_right: bool,
    pub was_chosen: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub question_id: String,
    pub correct: bool,
    pub options: Vec<OptionFeedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizView {
    #[ts(type = "number")]
    pub attempt_id: i64,
    pub lesson_id: String,
    pub lesson_title: String,
    pub questions: Vec<QuestionView>,
    /// Feedback for the questions already answered, to resume where the learner was.
    pub answers: Vec<Feedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionReview {
    pub question_id: String,
    pub prompt: String,
    pub feedback: Feedback,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizResult {
    #[ts(type = "number")]
    pub attempt_id: i64,
    pub lesson_id: String,
    pub lesson_title: String,
    pub score: u32,
    pub total: u32,
    /// Every answered question, in quiz order.
    pub review: Vec<QuestionReview>,
}
