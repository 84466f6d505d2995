//! The app's use cases, each one method. The desktop shell calls these and
//! nothing else; each takes the learner's profile id so that one profile
//! never sees another's progress.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use super::dto::*;
use super::{views, AppError};
use crate::content::{Catalog, Lesson, Question, QuestionKind, TermIndex};
use crate::i18n::Localizer;
use crate::progress::{NewProfile, Profile, Store, StoreError};
use crate::{AgeBand, Locale};

pub const NICKNAME_MAX_CHARS: usize = 24;

pub struct AppService {
    pub(super) catalog: Catalog,
    pub(super) i18n: Localizer,
    db_path: PathBuf,
    system_locale: Locale,
    /// The glossary's forms per language, to link lesson text.
    terms: Vec<(Locale, TermIndex)>,
    /// `None` until the database opens; a damaged file keeps it `None`
    /// and every use case answers with the reason.
    store: Mutex<Option<Store>>,
}

impl AppService {
    pub fn new(catalog: Catalog, i18n: Localizer, db_path: PathBuf, system_locale: Locale) -> AppService {
        let terms = Locale::ALL.into_iter().map(|l| (l, TermIndex::new(catalog.glossary(), l))).collect();
        AppService { catalog, i18n, db_path, system_locale, terms, store: Mutex::new(None) }
    }

    fn term_index(&self, locale: Locale) -> &TermIndex {
        &self.terms.iter().find(|(l, _)| *l == locale).expect("an index per locale").1
    }

    fn lock(&self) -> MutexGuard<'_, Option<Store>> {
        // A panic elsewhere must not lock learners out of their progress.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Opens the database if it is not open yet. Called when the window
    /// loads and again when the learner presses "Try again".
    pub fn startup(&self) -> Startup {
        let mut store = self.lock();
        let store_error = match &*store {
            Some(_) => None,
            None => match Store::open(&self.db_path) {
                Ok(opened) => {
                    tracing::info!("progress database opened");
                    *store = Some(opened);
                    None
                }
                Err(e) => {
                    tracing::error!(error = %e, "progress database refused");
                    Some(AppError::from(e))
                }
            },
        };
        Startup { store_error, system_locale: self.system_locale }
    }

    pub(super) fn with_store<T>(&self, f: impl FnOnce(&Store) -> Result<T, AppError>) -> Result<T, AppError> {
        let guard = self.lock();
        match &*guard {
            Some(store) => f(store),
            None => Err(AppError::new("error-database-not-open")),
        }
    }

    pub(super) fn lesson(&self, lesson_id: &str) -> Result<&Lesson, AppError> {
        self.catalog.lesson(lesson_id).ok_or_else(|| AppError::new("error-lesson-not-found"))
    }

    pub fn list_profiles(&self) -> Result<Vec<Profile>, AppError> {
        self.with_store(|s| Ok(s.profiles()?))
    }

    pub fn create_profile(&self, new: NewProfile) -> Result<Profile, AppError> {
        let new = validate_profile(new)?;
        self.with_store(|s| Ok(s.create_profile(&new)?))
    }

    pub fn set_profile_locale(&self, profile_id: i64, locale: Locale) -> Result<Profile, AppError> {
        self.with_store(|s| s.set_profile_locale(profile_id, locale).map_err(profile_error))
    }

    /// Every lesson with the learner's status, the learner's own band first.
    pub fn list_lessons(&self, profile_id: i64) -> Result<Vec<LessonCard>, AppError> {
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let started = s.lessons_started(profile_id)?;
            let best = s.best_scores(profile_id)?;
            let status = |lesson: &Lesson| match best.iter().find(|(id, _, _)| *id == lesson.id) {
                Some((_, score, total)) => LessonStatus::Done { score: *score as u32, total: *total as u32 },
                None if started.contains(&lesson.id) => LessonStatus::InProgress,
                None => LessonStatus::New,
            };
            let band_order = |band: AgeBand| if band == profile.band { 0 } else { 1 + band as usize };
            let mut lessons: Vec<&Lesson> = self.catalog.lessons().iter().collect();
            // Stable: keeps the curriculum order within a band.
            lessons.sort_by_key(|l| band_order(l.band));
            Ok(lessons.into_iter().map(|l| views::lesson_card(l, profile.locale, status(l))).collect())
        })
    }

    pub fn open_lesson(&self, profile_id: i64, lesson_id: &str) -> Result<LessonView, AppError> {
        let lesson = self.lesson(lesson_id)?;
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let place = s.place(profile_id, lesson_id)?;
            Ok(views::lesson_view(lesson, profile.locale, place, self.term_index(profile.locale)))
        })
    }

    pub fn save_place(&self, profile_id: i64, lesson_id: &str, section_id: &str) -> Result<(), AppError> {
        let lesson = self.lesson(lesson_id)?;
        if !lesson.has_section(section_id) {
            return Err(AppError::new("error-section-not-found"));
        }
        self.with_store(|s| {
            s.profile(profile_id).map_err(profile_error)?;
            Ok(s.save_place(profile_id, lesson_id, section_id)?)
        })
    }

    /// Resumes the learner's unfinished attempt, or starts a new one.
    pub fn start_quiz(&self, profile_id: i64, lesson_id: &str) -> Result<QuizView, AppError> {
        let lesson = self.lesson(lesson_id)?;
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let attempt = match s.unfinished_attempt(profile_id, lesson_id)? {
                Some(attempt) => attempt,
                None => s.start_attempt(profile_id, lesson_id, lesson.questions.len())?,
            };
            let answers = s.answers(attempt.id)?;
            Ok(views::quiz_view(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    pub fn quiz_view(&self, profile_id: i64, attempt_id: i64) -> Result<QuizView, AppError> {
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            Ok(views::quiz_view(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    /// Checks and records an answer, and returns feedback for every option.
    pub fn answer_question(&self, profile_id: i64, attempt_id: i64, question_id: &str, chosen: Vec<String>) -> Result<Feedback, AppError> {
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            if attempt.finished {
                return Err(AppError::new("error-quiz-finished"));
            }
            let lesson = self.lesson(&attempt.lesson_id)?;
            let question = lesson.question(question_id).ok_or_else(|| AppError::new("error-question-not-found"))?;
            check_choice(question, &chosen)?;
            let answer = s.record_answer(attempt.id, question_id, &chosen, question.is_right(&chosen))?;
            Ok(views::feedback(question, &answer, profile.locale, &self.i18n))
        })
    }

    /// Closes the attempt once every question is answered, and returns the
    /// result. Calling it again returns the same result, in the learner's
    /// current language.
    pub fn finish_quiz(&self, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let mut attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            if !attempt.finished {
                if !views::all_answered(lesson, &answers) {
                    return Err(AppError::new("error-quiz-incomplete"));
                }
                attempt = s.finish_attempt(profile_id, attempt_id, views::score(lesson, &answers))?;
                tracing::info!(lesson = %lesson.id, "quiz finished");
            }
            Ok(views::quiz_result(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }
}

pub(super) fn profile_error(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound => AppError::new("error-profile-not-found"),
        other => other.into(),
    }
}

pub(super) fn attempt_error(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound => AppError::new("error-quiz-not-found"),
        other => other.into(),
    }
}

/// A nickname is enough: short, printable, and never required to be a real name.
fn validate_profile(mut new: NewProfile) -> Result<NewProfile, AppError> {
    new.nickname = new.nickname.trim().to_owned();
    let chars = new.nickname.chars().count();
    if chars == 0 {
        return Err(AppError::new("error-nickname-empty"));
    }
    if chars > NICKNAME_MAX_CHARS {
        return Err(AppError::new("error-nickname-too-long").with("max", NICKNAME_MAX_CHARS));
    }
    if new.nickname.chars().any(char::is_control) {
        return Err(AppError::new("error-nickname-invalid"));
    }
    // The avatar is an emoji picked from the screen, not free text.
    let avatar = new.avatar.trim();
    if avatar.is_empty() || avatar.len() > 32 || avatar.chars().any(|c| c.is_ascii() || c.is_control()) {
        return Err(AppError::new("error-avatar-invalid"));
    }
    new.avatar = avatar.to_owned();
    Ok(new)
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
        return Err(AppError::new("error-invalid-answer"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(nickname: &str, avatar: &str) -> NewProfile {
        NewProfile { nickname: nickname.into(), avatar: avatar.into(), band: AgeBand::Kids, locale: Locale::EsMx }
    }

    #[test]
    fn nicknames_are_trimmed_and_bounded() {
        assert_eq!(validate_profile(new("  Ajolote  ", "🦎")).unwrap().nickname, "Ajolote");
        assert_eq!(validate_profile(new("   ", "🦎")).unwrap_err().key, "error-nickname-empty");
        let long = "a".repeat(NICKNAME_MAX_CHARS + 1);
        assert_eq!(validate_profile(new(&long, "🦎")).unwrap_err().key, "error-nickname-too-long");
        // Counted in characters, not bytes.
        assert!(validate_profile(new(&"ñ".repeat(NICKNAME_MAX_CHARS), "🦎")).is_ok());
        assert_eq!(validate_profile(new("a\u{7}b", "🦎")).unwrap_err().key, "error-nickname-invalid");
    }

    #[test]
    fn avatars_are_emoji() {
        assert_eq!(validate_profile(new("Ana", "")).unwrap_err().key, "error-avatar-invalid");
        assert_eq!(validate_profile(new("Ana", "javascript:")).unwrap_err().key, "error-avatar-invalid");
        assert!(validate_profile(new("Ana", "🐙")).is_ok());
    }
}
