//! Errors as the UI receives them. Each variant is one Fluent message in
//! `locales/*/errors.ftl`: its serde name is the message id (the one place
//! that maps the two) and its fields are the message's arguments. Over IPC
//! an error is `{ "key": "<message id>", "args": { … } }`; the TypeScript
//! union in `bindings.ts` lists every key the UI can receive.

use std::fmt;

use serde::Serialize;

use crate::classroom::FileError;
use crate::progress::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, strum::EnumIter)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "key", content = "args")]
pub enum AppError {
    /// The progress file is not a healthy SQLite database; it is left untouched.
    #[serde(rename = "error-database-corrupt")]
    DatabaseCorrupt { path: String },
    #[serde(rename = "error-database-too-new")]
    DatabaseTooNew { path: String },
    #[serde(rename = "error-database-unavailable")]
    DatabaseUnavailable { path: String },
    /// Another Ciberescudo window has the same progress file open. Nothing
    /// is wrong with the file, so the screen needs no path to show.
    #[serde(rename = "error-database-in-use")]
    DatabaseInUse {},
    #[serde(rename = "error-database-not-open")]
    DatabaseNotOpen {},
    /// Anything else SQLite reported; the detail goes to the log only.
    #[serde(rename = "error-database")]
    Database {},
    /// A backup to restore is not (or no longer) in the backups folder.
    #[serde(rename = "error-backup-not-found")]
    BackupNotFound {},
    /// A backup fails SQLite's integrity check; nothing was changed.
    #[serde(rename = "error-backup-damaged")]
    BackupDamaged {},
    #[serde(rename = "error-backup-too-new")]
    BackupTooNew {},
    /// "Restore a backup" at start-up, but the progress file opens now:
    /// nothing was replaced.
    #[serde(rename = "error-database-not-damaged")]
    DatabaseNotDamaged {},
    /// A row vanished between two statements.
    #[serde(rename = "error-not-found")]
    NotFound {},
    #[serde(rename = "error-profile-not-found")]
    ProfileNotFound {},
    #[serde(rename = "error-lesson-not-found")]
    LessonNotFound {},
    #[serde(rename = "error-section-not-found")]
    SectionNotFound {},
    #[serde(rename = "error-question-not-found")]
    QuestionNotFound {},
    #[serde(rename = "error-activity-not-found")]
    ActivityNotFound {},
    #[serde(rename = "error-quiz-not-found")]
    QuizNotFound {},
    #[serde(rename = "error-quiz-finished")]
    QuizFinished {},
    #[serde(rename = "error-quiz-incomplete")]
    QuizIncomplete {},
    #[serde(rename = "error-invalid-answer")]
    InvalidAnswer {},
    #[serde(rename = "error-nickname-empty")]
    NicknameEmpty {},
    #[serde(rename = "error-nickname-too-long")]
    NicknameTooLong { max: u32 },
    #[serde(rename = "error-nickname-invalid")]
    NicknameInvalid {},
    #[serde(rename = "error-avatar-invalid")]
    AvatarInvalid {},
    /// A PIN is 4 to 8 digits.
    #[serde(rename = "error-pin-format")]
    PinFormat { min: u32, max: u32 },
    /// The PIN and its repetition differ.
    #[serde(rename = "error-pin-mismatch")]
    PinMismatch {},
    /// Someone set a PIN meanwhile; only the first adult sets it here.
    #[serde(rename = "error-pin-already-set")]
    PinAlreadySet {},
    #[serde(rename = "error-pin-not-set")]
    PinNotSet {},
    /// Wrong PIN; `tries_left` more before each try has to wait.
    #[serde(rename = "error-pin-wrong")]
    PinWrong { tries_left: u32 },
    /// Too many wrong tries: the next one is checked after `seconds`
    /// (`minutes`, rounded up, for waits of a minute or more; else 0).
    #[serde(rename = "error-pin-locked")]
    PinLocked { seconds: u32, minutes: u32 },
    /// The adult area is closed (never opened, left, or idle too long).
    #[serde(rename = "error-adult-area-closed")]
    AdultAreaClosed {},
    /// A file could not be written where the adult chose.
    #[serde(rename = "error-save-failed")]
    SaveFailed {},
    /// A file or folder the adult chose could not be read.
    #[serde(rename = "error-open-failed")]
    OpenFailed {},
    #[serde(rename = "error-class-not-found")]
    ClassNotFound {},
    #[serde(rename = "error-class-name-invalid")]
    ClassNameInvalid { max: u32 },
    #[serde(rename = "error-school-year-invalid")]
    SchoolYearInvalid { max: u32 },
    /// Only a hand-made profile (in no class) can be matched, to a roster learner.
    #[serde(rename = "error-match-not-allowed")]
    MatchNotAllowed {},
    /// A roster line that cannot be a nickname.
    #[serde(rename = "error-roster-line-invalid")]
    RosterLineInvalid { line: u32 },
    // A class or progress file refused as a whole (`classroom::FileError`).
    #[serde(rename = "error-file-not-ours")]
    FileNotOurs { file: String },
    #[serde(rename = "error-file-damaged")]
    FileDamaged { file: String },
    #[serde(rename = "error-file-edited")]
    FileEdited { file: String },
    #[serde(rename = "error-file-too-new")]
    FileTooNew { file: String },
    #[serde(rename = "error-file-unknown-class")]
    FileUnknownClass { file: String },
    // Turning the campaign statistics on.
    /// What was typed is not a web address.
    #[serde(rename = "error-stats-server-invalid")]
    StatsServerInvalid {},
    /// `http://` to another computer: only HTTPS is allowed.
    #[serde(rename = "error-stats-server-not-secure")]
    StatsServerNotSecure {},
    #[serde(rename = "error-stats-campaign-invalid")]
    StatsCampaignInvalid {},
    #[serde(rename = "error-stats-state-invalid")]
    StatsStateInvalid {},
    /// No answer from the address (no network, wrong address, server down).
    #[serde(rename = "error-stats-server-unreachable")]
    StatsServerUnreachable {},
    /// Something answered, but not a Ciberescudo collector.
    #[serde(rename = "error-stats-not-a-collector")]
    StatsNotACollector {},
    #[serde(rename = "error-stats-campaign-unknown")]
    StatsCampaignUnknown {},
    /// The campaign has ended or not started yet.
    #[serde(rename = "error-stats-campaign-not-open")]
    StatsCampaignNotOpen {},
    #[serde(rename = "error-stats-report-not-found")]
    StatsReportNotFound {},
}

impl AppError {
    /// The wait after too many wrong PINs.
    pub fn pin_locked(seconds: u32) -> AppError {
        AppError::PinLocked { seconds, minutes: if seconds < 60 { 0 } else { seconds.div_ceil(60) } }
    }

    /// A refused file, named for the adult.
    pub fn file(file: impl Into<String>, problem: FileError) -> AppError {
        let file = file.into();
        match problem {
            FileError::NotOurs => AppError::FileNotOurs { file },
            FileError::Damaged => AppError::FileDamaged { file },
            FileError::Edited => AppError::FileEdited { file },
            FileError::TooNew => AppError::FileTooNew { file },
            FileError::UnknownClass => AppError::FileUnknownClass { file },
        }
    }
}

impl AppError {
    /// The Fluent message id, which is also what a log line may say about
    /// an error: never its arguments, which can hold paths or learner text.
    pub fn key(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => match map.get("key") {
                Some(serde_json::Value::String(key)) => key.clone(),
                _ => unreachable!("every variant has a key"),
            },
            _ => unreachable!("an AppError serialises as an object"),
        }
    }

    /// The message's arguments, by name, as text.
    pub fn args(&self) -> Vec<(String, String)> {
        let Ok(serde_json::Value::Object(mut map)) = serde_json::to_value(self) else { return Vec::new() };
        let Some(serde_json::Value::Object(args)) = map.remove("args") else { return Vec::new() };
        args.into_iter()
            .map(|(name, value)| match value {
                serde_json::Value::String(text) => (name, text),
                other => (name, other.to_string()),
            })
            .collect()
    }
}

/// Only the key: an error's arguments never reach a log line through `{}`.
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl std::error::Error for AppError {}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        let path = |p: &std::path::Path| p.display().to_string();
        match e {
            StoreError::Corrupt { path: p } => AppError::DatabaseCorrupt { path: path(&p) },
            StoreError::TooNew { path: p, .. } => AppError::DatabaseTooNew { path: path(&p) },
            StoreError::Unavailable { path: p, .. } => AppError::DatabaseUnavailable { path: path(&p) },
            StoreError::InUse { .. } => AppError::DatabaseInUse {},
            // Callers that can miss a row say which (profile, quiz).
            StoreError::NotFound => AppError::NotFound {},
            StoreError::BackupDamaged { .. } => AppError::BackupDamaged {},
            StoreError::BackupTooNew { .. } => AppError::BackupTooNew {},
            StoreError::Sqlite(e) => {
                // The SQLite message names no learner; it goes to the log for
                // whoever maintains the computer. The learner gets a calm sentence.
                tracing::error!(error = %e, "database error");
                AppError::Database {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_travel_as_key_and_args() {
        let e = AppError::NicknameTooLong { max: 24 };
        assert_eq!(serde_json::to_value(&e).unwrap(), serde_json::json!({"key": "error-nickname-too-long", "args": {"max": 24}}));
        assert_eq!(e.key(), "error-nickname-too-long");
        assert_eq!(e.args(), vec![("max".to_string(), "24".to_string())]);
        let plain = AppError::QuizFinished {};
        assert_eq!(serde_json::to_value(&plain).unwrap(), serde_json::json!({"key": "error-quiz-finished", "args": {}}));
        assert!(plain.args().is_empty());
    }

    #[test]
    fn a_refused_file_says_the_same_as_the_command_line() {
        use strum::IntoEnumIterator;
        for problem in FileError::iter() {
            assert_eq!(AppError::file("x.json", problem).key(), problem.message_id());
        }
    }

    #[test]
    fn display_is_the_key_only() {
        let e = AppError::DatabaseCorrupt { path: "/home/ana/progress.sqlite3".into() };
        assert_eq!(e.to_string(), "error-database-corrupt");
    }
}
