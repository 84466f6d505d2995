//! A quiz as the learner takes it, the feedback after each answer, the
//! result, and the list of past attempts.

use serde::Serialize;

use crate::content::{Choice, Lesson, Question, QuestionKind};
use crate::i18n::Localizer;
use crate::progress::{Answer, Attempt, AttemptSummary};
use crate::Locale;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub options: Vec<OptionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OptionFeedback {
    pub id: String,
    pub text: String,
    pub explanation: String,
    pub is_right: bool,
    pub was_chosen: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub question_id: String,
    pub correct: bool,
    pub options: Vec<OptionFeedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuizView {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub attempt_id: i64,
    pub lesson_id: String,
    pub lesson_title: String,
    pub questions: Vec<QuestionView>,
    /// Feedback for the questions already answered, to resume where the learner was.
    pub answers: Vec<Feedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionReview {
    pub question_id: String,
    pub prompt: String,
    pub feedback: Feedback,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuizResult {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub attempt_id: i64,
    pub lesson_id: String,
    pub lesson_title: String,
    pub score: u32,
    pub total: u32,
    /// Every answered question, in quiz order.
    pub review: Vec<QuestionReview>,
}

/// One line of a learner's history with a quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AttemptView {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub attempt_id: i64,
    pub finished: bool,
    pub score: Option<u32>,
    pub total: u32,
    /// Unix seconds.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub started_at: i64,
}

/// An option's label: its own text, or "True"/"False" from the locales.
fn option_text(choice: &Choice, locale: Locale, i18n: &Localizer) -> String {
    match &choice.text {
        Some(text) => text.get(locale).clone(),
        None => i18n.format(locale, &format!("quiz-option-{}", choice.id), &[]),
    }
}

fn question_view(q: &Question, locale: Locale, i18n: &Localizer) -> QuestionView {
    QuestionView {
        id: q.id.clone(),
        kind: q.kind,
        prompt: q.prompt.get(locale).clone(),
        options: q.options.iter().map(|o| OptionView { id: o.id.clone(), text: option_text(o, locale, i18n) }).collect(),
    }
}

pub(crate) fn feedback(q: &Question, answer: &Answer, locale: Locale, i18n: &Localizer) -> Feedback {
    Feedback {
        question_id: q.id.clone(),
        correct: answer.correct,
        options: q
            .options
            .iter()
            .map(|o| OptionFeedback {
                id: o.id.clone(),
                text: option_text(o, locale, i18n),
                explanation: o.explanation.get(locale).clone(),
                is_right: o.right,
                was_chosen: answer.chosen.contains(&o.id),
            })
            .collect(),
    }
}

/// Answers paired with their questions, in quiz order. Answers to questions
/// that a newer version of the lesson no longer has are left out.
pub(crate) fn answered<'a>(lesson: &'a Lesson, answers: &'a [Answer]) -> impl Iterator<Item = (&'a Question, &'a Answer)> {
    lesson.questions.iter().filter_map(|q| answers.iter().find(|a| a.question_id == q.id).map(|a| (q, a)))
}

pub(crate) fn quiz_view(attempt: &Attempt, lesson: &Lesson, answers: &[Answer], locale: Locale, i18n: &Localizer) -> QuizView {
    QuizView {
        attempt_id: attempt.id,
        lesson_id: lesson.id.clone(),
        lesson_title: lesson.title.get(locale).clone(),
        questions: lesson.questions.iter().map(|q| question_view(q, locale, i18n)).collect(),
        answers: answered(lesson, answers).map(|(q, a)| feedback(q, a, locale, i18n)).collect(),
    }
}

pub(crate) fn quiz_result(
    attempt: &Attempt,
    lesson: &Lesson,
    answers: &[Answer],
    locale: Locale,
    i18n: &Localizer,
) -> QuizResult {
    QuizResult {
        attempt_id: attempt.id,
        lesson_id: lesson.id.clone(),
        lesson_title: lesson.title.get(locale).clone(),
        score: attempt.score.unwrap_or(0) as u32,
        total: attempt.total as u32,
        review: answered(lesson, answers)
            .map(|(q, a)| QuestionReview {
                question_id: q.id.clone(),
                prompt: q.prompt.get(locale).clone(),
                feedback: feedback(q, a, locale, i18n),
            })
            .collect(),
    }
}

pub(crate) fn attempt_view(a: &AttemptSummary) -> AttemptView {
    AttemptView { attempt_id: a.attempt_id, finished: a.finished, score: a.score, total: a.total, started_at: a.started_at }
}
