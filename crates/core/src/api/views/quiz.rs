//! A quiz as the learner takes it, the feedback after each answer, the
//! result, and the list of past attempts.

use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

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

/// The order a question's options are shown in during one attempt:
/// shuffled, so that where an option sits is never a hint, and the same
/// every time that attempt is shown (resuming it, reviewing it, switching
/// language). Each option's place comes from a hash of the attempt's uid,
/// the question and the option: a uniform shuffle, nothing stored.
/// True/false keeps its usual order.
pub(crate) fn shown_options(q: &Question, attempt: Uuid) -> Vec<&Choice> {
    let mut options: Vec<&Choice> = q.options.iter().collect();
    if q.kind != QuestionKind::TrueFalse {
        options.sort_by_cached_key(|o| {
            Sha256::new()
                .chain_update(attempt.as_bytes())
                .chain_update(q.id.as_bytes())
                .chain_update([0])
                .chain_update(o.id.as_bytes())
                .finalize()
        });
    }
    options
}

fn question_view(q: &Question, attempt: Uuid, locale: Locale, i18n: &Localizer) -> QuestionView {
    QuestionView {
        id: q.id.clone(),
        kind: q.kind,
        prompt: q.prompt.get(locale).clone(),
        options: shown_options(q, attempt)
            .into_iter()
            .map(|o| OptionView { id: o.id.clone(), text: option_text(o, locale, i18n) })
            .collect(),
    }
}

/// Feedback on one answer, its options in the order the attempt showed them.
pub(crate) fn feedback(q: &Question, attempt: Uuid, answer: &Answer, locale: Locale, i18n: &Localizer) -> Feedback {
    Feedback {
        question_id: q.id.clone(),
        correct: answer.correct,
        options: shown_options(q, attempt)
            .into_iter()
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
        questions: lesson.questions.iter().map(|q| question_view(q, attempt.uid, locale, i18n)).collect(),
        answers: answered(lesson, answers).map(|(q, a)| feedback(q, attempt.uid, a, locale, i18n)).collect(),
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
                feedback: feedback(q, attempt.uid, a, locale, i18n),
            })
            .collect(),
    }
}

pub(crate) fn attempt_view(a: &AttemptSummary) -> AttemptView {
    AttemptView { attempt_id: a.attempt_id, finished: a.finished, score: a.score, total: a.total, started_at: a.started_at }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Localized;

    fn text(s: &str) -> Localized<String> {
        Localized { es_mx: s.into(), en: s.into() }
    }

    fn question(kind: QuestionKind, ids: &[&str]) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: text("?"),
            options: ids
                .iter()
                .enumerate()
                .map(|(i, id)| Choice { id: (*id).into(), right: i == 0, text: Some(text(id)), explanation: text(".") })
                .collect(),
        }
    }

    fn order(q: &Question, attempt: Uuid) -> Vec<String> {
        shown_options(q, attempt).into_iter().map(|o| o.id.clone()).collect()
    }

    #[test]
    fn every_attempt_has_its_own_order_and_keeps_it() {
        let q = question(QuestionKind::Single, &["a", "b", "c", "d"]);
        let attempt = Uuid::now_v7();
        assert_eq!(order(&q, attempt), order(&q, attempt));
        // Over many attempts each option leads about a quarter of the time,
        // wherever the content put the right one.
        let mut first = std::collections::HashMap::new();
        for _ in 0..2000 {
            *first.entry(order(&q, Uuid::new_v4())[0].clone()).or_insert(0) += 1;
        }
        for id in ["a", "b", "c", "d"] {
            let share = f64::from(first[id]) / 2000.0;
            assert!((0.20..0.30).contains(&share), "{id} leads {share}");
        }
    }

    #[test]
    fn true_false_keeps_its_order() {
        let q = question(QuestionKind::TrueFalse, &["true", "false"]);
        for _ in 0..20 {
            assert_eq!(order(&q, Uuid::new_v4()), ["true", "false"]);
        }
    }
}
