//! One command per use case; each forwards to `AppService`. `async` runs
//! them off the main thread so a slow disk never freezes the window.
//!
//! This file is the one list of commands. The build script reads it to
//! register the handlers and their permissions and to check the capability
//! files, and `crates/ipc-contract` generates the UI's typed calls from it
//! (`ui/src/lib/commands.ts`). Add a command here and nowhere else.

use ciberescudo_core::api::*;
use ciberescudo_core::scoring::passphrase::PassphraseStrength;
use ciberescudo_core::{AgeBand, Locale};
use std::sync::Arc;

use ciberescudo_sync::Syncer;
use tauri::{AppHandle, State};

use crate::files;

type Service<'a> = State<'a, Arc<AppService>>;
type SyncEngine<'a> = State<'a, Arc<Syncer>>;

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

/// Whether an adult PIN exists and whether the adult area is open.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn adult_status(service: Service<'_>) -> Result<AdultStatus, AppError> {
    service.adult_status()
}

/// The first adult sets the PIN (typed twice) and comes in.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn set_adult_pin(service: Service<'_>, pin: String, repeated: String) -> Result<AdultStatus, AppError> {
    service.set_adult_pin(&pin, &repeated)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn open_adult_area(service: Service<'_>, pin: String) -> Result<AdultStatus, AppError> {
    service.open_adult_area(&pin)
}

#[tauri::command(async)]
pub fn close_adult_area(service: Service<'_>) {
    service.close_adult_area()
}

/// Adults only: renames a profile and sets its band.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn update_profile(service: Service<'_>, profile_id: i64, nickname: String, band: AgeBand) -> Result<ProfileView, AppError> {
    service.update_profile(profile_id, &nickname, band)
}

/// Adults only: what deleting a profile would lose.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn profile_holdings(service: Service<'_>, profile_id: i64) -> Result<ProfileHoldingsView, AppError> {
    service.profile_holdings(profile_id)
}

/// Adults only: deletes a profile with all of its progress.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn delete_profile(service: Service<'_>, profile_id: i64) -> Result<(), AppError> {
    service.delete_profile(profile_id)
}

/// Adults only: writes one learner's data where the adult chooses in the
/// save dialog. Resolves with the file's name, or null if they cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn export_learner_data(app: AppHandle, service: Service<'_>, profile_id: i64) -> Result<Option<String>, AppError> {
    let (file_name, data) = service.learner_data(profile_id)?;
    let json = serde_json::to_vec_pretty(&data).expect("learner data serialises");
    Ok(files::save_as(&app, &file_name, &json)?.as_deref().map(files::file_name))
}

/// Adults only: the automatic daily backups of the progress file, newest first.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn list_backups(service: Service<'_>) -> Result<Vec<BackupView>, AppError> {
    service.list_backups()
}

/// Adults only: puts a backup (by its name in the list) in place of the
/// progress file; the file it replaces is kept beside it, renamed.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn restore_backup(service: Service<'_>, name: String) -> Result<BackupRestored, AppError> {
    service.restore_backup(&name)
}

/// From the start-up screen, when the progress file is refused as damaged:
/// sets it aside (renamed, never deleted) and restores the newest good
/// backup. No PIN: the PIN lives in the damaged file.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn restore_newest_backup(service: Service<'_>) -> Result<BackupRestored, AppError> {
    service.restore_newest_backup()
}

/// Adults only: the classes on this computer.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn list_classes(service: Service<'_>) -> Result<Vec<ClassSummary>, AppError> {
    service.list_classes()
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn create_class(service: Service<'_>, name: String, school_year: String) -> Result<ClassSummary, AppError> {
    service.create_class(&name, &school_year)
}

/// Adults only: adds learners to a class from nicknames, one per line.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn add_roster(
    service: Service<'_>,
    class_id: i64,
    nicknames: String,
    band: AgeBand,
    locale: Locale,
) -> Result<RosterResult, AppError> {
    service.add_roster(class_id, &nicknames, band, locale)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn add_to_class(service: Service<'_>, class_id: i64, profile_id: i64) -> Result<(), AppError> {
    service.add_to_class(class_id, profile_id)
}

/// Adults only: a hand-made profile becomes, once, the roster learner it is.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn match_to_roster(service: Service<'_>, hand_made_id: i64, roster_id: i64) -> Result<(), AppError> {
    service.match_to_roster(hand_made_id, roster_id)
}

/// Adults only: a learner lesson's plan for the teacher, in the teacher's language.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn lesson_plan(service: Service<'_>, lesson_id: String, locale: Locale) -> Result<LessonPlanView, AppError> {
    service.lesson_plan(&lesson_id, locale)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn class_view(service: Service<'_>, class_id: i64, locale: Locale) -> Result<ClassView, AppError> {
    service.class_view(class_id, locale)
}

/// Adults only: saves the class file (for the lab computers). Null if cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn export_class_file(app: AppHandle, service: Service<'_>, class_id: i64) -> Result<Option<String>, AppError> {
    let (name, bytes) = service.class_file(class_id)?;
    Ok(files::save_as(&app, &name, &bytes)?.as_deref().map(files::file_name))
}

/// Adults only: saves this computer's progress file of a class. Null if cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn export_progress_file(app: AppHandle, service: Service<'_>, class_id: i64) -> Result<Option<String>, AppError> {
    let (name, bytes) = service.progress_file(class_id)?;
    Ok(files::save_as(&app, &name, &bytes)?.as_deref().map(files::file_name))
}

/// Adults only: saves the class's spreadsheet and, beside it, the hardest
/// questions'. Resolves with both names, or null if cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn export_class_csv(
    app: AppHandle,
    service: Service<'_>,
    class_id: i64,
    locale: Locale,
) -> Result<Option<Vec<String>>, AppError> {
    let [(class_name, class_csv), (hardest_name, hardest_csv)] = service.class_csv(class_id, locale)?;
    let Some(first) = files::save_as(&app, &class_name, &class_csv)? else { return Ok(None) };
    let second = files::save_beside(&first, &hardest_name, &hardest_csv)?;
    Ok(Some(vec![files::file_name(&first), files::file_name(&second)]))
}

/// Adults only: reads a class file the adult picks. Null if cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn import_class_file(app: AppHandle, service: Service<'_>, locale: Locale) -> Result<Option<ClassSummary>, AppError> {
    service.check_adult_area()?;
    let Some((name, bytes)) = files::pick_json_file(&app)? else { return Ok(None) };
    service.import_class_file(&name, &bytes, locale).map(Some)
}

/// Adults only: merges every progress file of a folder the adult picks,
/// each all or nothing. Null if cancelled.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn import_progress_folder(
    app: AppHandle,
    service: Service<'_>,
    locale: Locale,
) -> Result<Option<Vec<FileImportView>>, AppError> {
    service.check_adult_area()?;
    let Some(files) = files::pick_json_folder(&app)? else { return Ok(None) };
    service.import_progress_files(files, locale).map(Some)
}

/// Adults only: whether the campaign statistics are on, and what waits to be sent.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn stats_status(service: Service<'_>) -> Result<StatsStatus, AppError> {
    service.stats_status()
}

/// Adults only: checks the campaign with its collector, then turns the statistics on.
#[tauri::command]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub async fn stats_turn_on(
    sync: SyncEngine<'_>,
    server: String,
    campaign: String,
    state: Option<String>,
) -> Result<StatsStatus, AppError> {
    sync.turn_on(server, campaign, state).await
}

/// Adults only: turns the statistics off and deletes every report not yet sent.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn stats_turn_off(service: Service<'_>) -> Result<StatsStatus, AppError> {
    service.stats_turn_off()
}

/// Adults only: one waiting report, exactly as it will be sent and read out.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn stats_report(service: Service<'_>, report_id: i64, locale: Locale) -> Result<StatsReportView, AppError> {
    service.stats_report(report_id, locale)
}

/// Adults only: deletes one waiting report; it is never sent.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub fn stats_delete_report(service: Service<'_>, report_id: i64) -> Result<StatsStatus, AppError> {
    service.stats_delete_report(report_id)
}

/// Adults only: sends every waiting report now.
#[tauri::command]
#[tracing::instrument(skip_all, err(level = "warn", Display))]
pub async fn stats_send_now(sync: SyncEngine<'_>) -> Result<StatsStatus, AppError> {
    sync.send_now().await
}
