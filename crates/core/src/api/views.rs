//! Turning validated lessons and stored answers into what the UI shows,
//! in one language. Pure functions: no store, no state.

use super::dto::*;
use super::views_activity;
use crate::content::{Choice, Lesson, Question, TermIndex};
use crate::i18n::Localizer;
use crate::progress::{Answer, Attempt};
use crate::Locale;

pub(super) fn lesson_card(lesson: &Lesson, locale: Locale, status: LessonStatus) -> LessonCard {
    LessonCard {
        id: lesson.id.clone(),
        topic: lesson.topic.clone(),
        band: lesson.band,
        title: lesson.title.get(locale).clone(),
        summary: lesson.summary.get(locale).clone(),
        status,
    }
}

pub(super) fn lesson_view(lesson: &Lesson, locale: Locale, place: Option<String>, terms: &TermIndex) -> LessonView {
    LessonView {
        id: lesson.id.clone(),
        topic: lesson.topic.clone(),
        band: lesson.band,
        title: lesson.title.get(locale).clone(),
        summary: lesson.summary.get(locale).clone(),
        sections: lesson
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                title: s.title.get(locale).clone(),
                blocks: views_activity::linked_blocks(s.blocks.get(locale), terms),
            })
            .collect(),
        sources: lesson
            .sources
            .iter()
            .map(|s| SourceView {
                id: s.id.clone(),
                url: s.url.clone(),
                title: s.title.get(locale).clone(),
                supports: s.supports.get(locale).clone(),
            })
            .collect(),
        // A place saved before the lesson was rewritten may name a section that is gone.
        place: place.filter(|p| lesson.has_section(p)),
        activities: lesson.activities.iter().map(|a| views_activity::activity_view(a, locale)).collect(),
        guide: lesson.guide.as_ref().map(|g| views_activity::guide_view(g, locale)),
    }
}

/// An option's label: its own text, or "True"/"False" from the locales.
fn option_text(choice: &Choice, locale: Locale, i18n: &Localizer) -> String {
    match &choice.text {
        Some(text) => text.get(locale).clone(),
        None => i18n.format(locale, &format!("quiz-option-{}", choice.id), &[]),
    }
}

pub(super) fn question_view(q: &Question, locale: Locale, i18n: &Localizer) -> QuestionView {
    QuestionView {
        id: q.id.clone(),
        kind: q.kind,
        prompt: q.prompt.get(locale).clone(),
        options: q.options.iter().map(|o| OptionView { id: o.id.clone(), text: option_text(o, locale, i18n) }).collect(),
    }
}

pub(super) fn feedback(q: &Question, answer: &Answer, locale: Locale, i18n: &Localizer) -> Feedback {
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
fn answered<'a>(lesson: &'a Lesson, answers: &'a [Answer]) -> impl Iterator<Item = (&'a Question, &'a Answer)> {
    lesson
        .questions
        .iter()
        .filter_map(|q| answers.iter().find(|a| a.question_id == q.id).map(|a| (q, a)))
}

pub(super) fn quiz_view(attempt: &Attempt, lesson: &Lesson, answers: &[Answer], locale: Locale, i18n: &Localizer) -> QuizView {
    QuizView {
        attempt_id: attempt.id,
        lesson_id: lesson.id.clone(),
        lesson_title: lesson.title.get(locale).clone(),
        questions: lesson.questions.iter().map(|q| question_view(q, locale, i18n)).collect(),
        answers: answered(lesson, answers).map(|(q, a)| feedback(q, a, locale, i18n)).collect(),
    }
}

pub(super) fn quiz_result(attempt: &Attempt, lesson: &Lesson, answers: &[Answer], locale: Locale, i18n: &Localizer) -> QuizResult {
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

/// How many of the lesson's questions were answered right.
pub(super) fn score(lesson: &Lesson, answers: &[Answer]) -> usize {
    answered(lesson, answers).filter(|(_, a)| a.correct).count()
}

/// Whether every question of the lesson has an answer.
pub(super) fn all_answered(lesson: &Lesson, answers: &[Answer]) -> bool {
    answered(lesson, answers).count() == lesson.questions.len()
}
