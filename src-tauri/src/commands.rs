//! One command per use case; each forwards to `AppService`. `async` runs
//! them off the main thread so a slow disk never freezes the window.
//!
//! This file is the one list of commands. The build script reads it to
//! register the handlers and their permissions and to check the capability
//! files, and `crates/ipc-contract` generates the UI's typed calls from it
//! (`ui/src/lib/commands.ts`). Add a command here and nowhere else.

use ciberescudo_core::api::*;
use ciberescudo_core::scoring::passphrase::PassphraseStrength;
use ciberescudo_core::Locale;
use tauri::State;

type Service<'a> = State<'a, AppService>;

// Every command that can fail logs its error's key, and only the key:
// `skip_all` keeps arguments (nicknames, marks, a typed passphrase) out of
// the log, and `AppError`'s `Display` is its Fluent id without arguments.

#[tauri::command(async)]
pub fn startup(service: Service<'_>) -> Startup {
    service.startup()
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn list_profiles(service: Service<'_>) -> Result<Vec<ProfileView>, AppError> {
    service.list_profiles()
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn create_profile(service: Service<'_>, profile: NewProfile) -> Result<ProfileView, AppError> {
    service.create_profile(profile)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn set_profile_locale(service: Service<'_>, profile_id: i64, locale: Locale) -> Result<ProfileView, AppError> {
    service.set_profile_locale(profile_id, locale)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn list_lessons(service: Service<'_>, profile_id: i64) -> Result<Vec<LessonCard>, AppError> {
    service.list_lessons(profile_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn open_lesson(service: Service<'_>, profile_id: i64, lesson_id: String) -> Result<LessonView, AppError> {
    service.open_lesson(profile_id, &lesson_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn save_place(service: Service<'_>, profile_id: i64, lesson_id: String, section_id: String) -> Result<(), AppError> {
    service.save_place(profile_id, &lesson_id, &section_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn start_quiz(service: Service<'_>, profile_id: i64, lesson_id: String) -> Result<QuizView, AppError> {
    service.start_quiz(profile_id, &lesson_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn quiz_view(service: Service<'_>, profile_id: i64, attempt_id: i64) -> Result<QuizView, AppError> {
    service.quiz_view(profile_id, attempt_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn answer_question(
    service: Service<'_>,
    profile_id: i64,
    attempt_id: i64,
    question_id: String,
    chosen: Vec<String>,
) -> Result<Feedback, AppError> {
    service.answer_question(profile_id, attempt_id, &question_id, chosen)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn finish_quiz(service: Service<'_>, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
    service.finish_quiz(profile_id, attempt_id)
}

/// Scores and records a spot-the-scam attempt.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn check_spot(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    marked: Vec<String>,
) -> Result<SpotResult, AppError> {
    service.check_spot(profile_id, &lesson_id, &activity_id, marked)
}

/// The same result again (e.g. in another language); records nothing.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn review_spot(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    marked: Vec<String>,
) -> Result<SpotResult, AppError> {
    service.review_spot(profile_id, &lesson_id, &activity_id, marked)
}

/// Scores and records a sort-it attempt.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn check_sort(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    placed: Vec<Placement>,
) -> Result<SortResult, AppError> {
    service.check_sort(profile_id, &lesson_id, &activity_id, placed)
}

/// The same result again (e.g. in another language); records nothing.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn review_sort(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    placed: Vec<Placement>,
) -> Result<SortResult, AppError> {
    service.review_sort(profile_id, &lesson_id, &activity_id, placed)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn finish_story(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    path: Vec<String>,
) -> Result<StoryResult, AppError> {
    service.finish_story(profile_id, &lesson_id, &activity_id, path)
}

/// Pure and stateless: the text is estimated and dropped, never stored or logged.
#[tauri::command(async)]
pub fn estimate_passphrase(text: String) -> PassphraseStrength {
    AppService::estimate_passphrase(&text)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn finish_passphrase_lab(
    service: Service<'_>,
    profile_id: i64,
    lesson_id: String,
    activity_id: String,
    text: String,
) -> Result<PassphraseStrength, AppError> {
    service.finish_passphrase_lab(profile_id, &lesson_id, &activity_id, &text)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn list_attempts(service: Service<'_>, profile_id: i64, lesson_id: String) -> Result<Vec<AttemptView>, AppError> {
    service.list_attempts(profile_id, &lesson_id)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn quiz_result(service: Service<'_>, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
    service.quiz_result(profile_id, attempt_id)
}

#[tauri::command(async)]
pub fn glossary(service: Service<'_>, locale: Locale) -> Vec<TermView> {
    service.glossary(locale)
}

#[tauri::command(async)]
pub fn help_places(service: Service<'_>, locale: Locale) -> Vec<PlaceView> {
    service.help_places(locale)
}
