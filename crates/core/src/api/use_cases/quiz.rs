//! Taking a quiz, one recorded answer at a time, and looking back at it.

use crate::api::service::{attempt_error, profile};
use crate::api::views::{attempt_view, feedback, quiz_result, quiz_view, AttemptView, Feedback, QuizResult, QuizView};
use crate::api::{AppError, AppService};
use crate::content::{Question, QuestionKind};
use crate::scoring;

impl AppService {
    /// Resumes the learner's unfinished attempt, or starts a new one.
    pub fn start_quiz(&self, profile_id: i64, lesson_id: &str) -> Result<QuizView, AppError> {
        let lesson = self.lesson(lesson_id)?;
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let attempt = match s.unfinished_attempt(profile_id, lesson_id)? {
                Some(attempt) => attempt,
                None => s.start_attempt(profile_id, lesson_id, lesson.questions.len())?,
            };
            let answers = s.answers(attempt.id)?;
            Ok(quiz_view(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    pub fn quiz_view(&self, profile_id: i64, attempt_id: i64) -> Result<QuizView, AppError> {
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            Ok(quiz_view(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    /// Checks and records an answer, and returns feedback for every option.
    pub fn answer_question(
        &self,
        profile_id: i64,
        attempt_id: i64,
        question_id: &str,
        chosen: Vec<String>,
    ) -> Result<Feedback, AppError> {
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            if attempt.finished {
                return Err(AppError::QuizFinished {});
            }
            let lesson = self.lesson(&attempt.lesson_id)?;
            let question = lesson.question(question_id).ok_or(AppError::QuestionNotFound {})?;
            check_choice(question, &chosen)?;
            let answer = s.record_answer(attempt.id, question_id, &chosen, scoring::is_right(question, &chosen))?;
            Ok(feedback(question, attempt.uid, &answer, profile.locale, &self.i18n))
        })
    }

    /// Closes the attempt once every question is answered, and returns the
    /// result. Calling it again returns the same result, in the learner's
    /// current language.
    pub fn finish_quiz(&self, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let mut attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            if !attempt.finished {
                let answered = lesson.questions.iter().filter(|q| answers.iter().any(|a| a.question_id == q.id)).count();
                if answered < lesson.questions.len() {
                    return Err(AppError::QuizIncomplete {});
                }
                let score = scoring::quiz_score(lesson, answers.iter().map(|a| (a.question_id.as_str(), a.correct)));
                attempt = s.finish_attempt(profile_id, attempt_id, score as usize)?;
                tracing::info!(lesson = %lesson.id, "quiz finished");
                // A finished quiz is a natural pause: bring the main file up
                // to date, so a copy of it alone (a backup, a move to
                // another computer) holds this quiz. The attempt is already
                // committed, so a checkpoint that fails loses nothing.
                if let Err(e) = s.checkpoint() {
                    tracing::warn!(error = %AppError::from(e), "checkpoint after a quiz failed");
                }
            }
            Ok(quiz_result(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    /// A learner's attempts at a lesson's quiz, newest first.
    pub fn list_attempts(&self, profile_id: i64, lesson_id: &str) -> Result<Vec<AttemptView>, AppError> {
        self.lesson(lesson_id)?;
        self.with_store(|s| {
            profile(s, profile_id)?;
            Ok(s.attempts(profile_id, lesson_id)?.iter().map(attempt_view).collect())
        })
    }

    /// Every answer of a finished attempt, with explanations, for review.
    pub fn quiz_result(&self, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            if !attempt.finished {
                return Err(AppError::QuizIncomplete {});
            }
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            Ok(quiz_result(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }
}

/// The choice must name options of the question, once each, and as many as its kind allows.
fn check_choice(question: &Question, chosen: &[String]) -> Result<(), AppError> {
    let unknown = chosen.iter().any(|c| question.option(c).is_none());
    let repeated = chosen.iter().enumerate().any(|(i, c)| chosen[..i].contains(c));
    let count_ok = match question.kind {
        QuestionKind::Multiple => !chosen.is_empty(),
        QuestionKind::Single | QuestionKind::TrueFalse => chosen.len() == 1,
    };
    if unknown || repeated || !count_ok {
        return Err(AppError::InvalidAnswer {});
    }
    Ok(())
}
