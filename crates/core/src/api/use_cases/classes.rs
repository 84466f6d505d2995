//! Classes, in the adult area: make one and its roster, carry it to the lab
//! and its progress back (the files themselves are written and read by the
//! shell, which owns the dialogs), and see the class's work.

use std::time::{SystemTime, UNIX_EPOCH};

use super::profiles::validate_nickname;
use crate::api::service::profile;
use crate::api::views::{
    class_summary, class_view, file_import_view, hard_question_view, profile_view, ClassSummary, ClassView, FileImportView,
    RosterResult,
};
use crate::api::{AppError, AppService};
use crate::classroom::class::{self, ClassroomError};
use crate::classroom::{csv_export, report};
use crate::progress::fields::{self, CLASS_NAME_MAX_CHARS, SCHOOL_YEAR_MAX_CHARS};
use crate::progress::{ClassRow, StoreError};
use crate::{AgeBand, Locale};

impl AppService {
    pub fn list_classes(&self) -> Result<Vec<ClassSummary>, AppError> {
        self.adult()?;
        self.with_store(|s| s.classes()?.iter().map(|c| Ok(class_summary(c, s.members(c.id)?.len()))).collect())
    }

    pub fn create_class(&self, name: &str, school_year: &str) -> Result<ClassSummary, AppError> {
        self.adult()?;
        let name = short_text(name, CLASS_NAME_MAX_CHARS, AppError::ClassNameInvalid { max: CLASS_NAME_MAX_CHARS as u32 })?;
        let year =
            short_text(school_year, SCHOOL_YEAR_MAX_CHARS, AppError::SchoolYearInvalid { max: SCHOOL_YEAR_MAX_CHARS as u32 })?;
        self.with_store(|s| Ok(class_summary(&class::create_class(s, &name, &year)?, 0)))
    }

    /// Adds learners from a list of nicknames, one per line; blank lines are
    /// skipped, and so are nicknames the class already has.
    pub fn add_roster(&self, class_id: i64, nicknames: &str, band: AgeBand, locale: Locale) -> Result<RosterResult, AppError> {
        self.adult()?;
        let mut valid = Vec::new();
        for (i, line) in nicknames.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            valid.push(validate_nickname(line).map_err(|_| AppError::RosterLineInvalid { line: i as u32 + 1 })?);
        }
        self.with_store(|s| {
            let class = class_row(s, class_id)?;
            let added = class::add_roster(s, class.id, &valid, band, locale)?;
            Ok(RosterResult { skipped: (valid.len() - added.len()) as u32, added: added.iter().map(profile_view).collect() })
        })
    }

    /// Puts a learner already on this computer in a class.
    pub fn add_to_class(&self, class_id: i64, profile_id: i64) -> Result<(), AppError> {
        self.adult()?;
        self.with_store(|s| {
            class_row(s, class_id)?;
            profile(s, profile_id)?;
            Ok(s.add_member(class_id, profile_id)?)
        })
    }

    /// Matches a profile a learner made by hand to their learner on the
    /// roster: their work moves over, once, and the hand-made profile goes.
    pub fn match_to_roster(&self, hand_made: i64, roster: i64) -> Result<(), AppError> {
        self.adult()?;
        self.with_store(|s| {
            profile(s, hand_made)?;
            profile(s, roster)?;
            // A learner on a roster is known on every computer; merging two
            // of them, or into someone on no roster, would lose that.
            if hand_made == roster || s.is_in_a_class(hand_made)? || !s.is_in_a_class(roster)? {
                return Err(AppError::MatchNotAllowed {});
            }
            Ok(class::match_to_roster(s, hand_made, roster)?)
        })
    }

    /// The class file and a name for it.
    pub fn class_file(&self, class_id: i64) -> Result<(String, Vec<u8>), AppError> {
        self.adult()?;
        self.with_store(|s| Ok(class::class_file(s, class_row(s, class_id)?.id)?))
    }

    /// Creates the class of a class file here, with the same learners.
    pub fn import_class_file(&self, file: &str, bytes: &[u8], locale: Locale) -> Result<ClassSummary, AppError> {
        self.adult()?;
        self.with_store(|s| {
            let import = class::import_class_file(s, bytes, locale).map_err(|e| refused(file, e))?;
            tracing::info!(added = import.learners_added, known = import.learners_known, "class file imported");
            Ok(class_summary(&import.class, s.members(import.class.id)?.len()))
        })
    }

    /// This computer's progress file for a class, and a name for it.
    pub fn progress_file(&self, class_id: i64) -> Result<(String, Vec<u8>), AppError> {
        self.adult()?;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
        self.with_store(|s| Ok(class::progress_file(s, class_row(s, class_id)?.id, now)?))
    }

    /// Merges progress files, each all or nothing; says what each did.
    pub fn import_progress_files(&self, files: Vec<(String, Vec<u8>)>, locale: Locale) -> Result<Vec<FileImportView>, AppError> {
        self.adult()?;
        self.with_store(|s| {
            files
                .into_iter()
                .map(|(name, bytes)| match class::import_progress_file(s, &bytes, locale) {
                    Ok(import) => Ok(file_import_view(name, import.learners_added, import.merged)),
                    Err(ClassroomError::File(problem)) => {
                        let refused = AppError::file(name.clone(), problem);
                        Ok(FileImportView { refused: Some(refused), ..file_import_view(name, 0, Default::default()) })
                    }
                    Err(ClassroomError::Store(e)) => Err(e.into()),
                })
                .collect()
        })
    }

    /// The learners × lessons matrix and the class's hardest questions, in
    /// the teacher's language: one command, so the class's progress is read
    /// once for both (the read is most of the time: README, "How fast").
    pub fn class_view(&self, class_id: i64, locale: Locale) -> Result<ClassView, AppError> {
        self.adult()?;
        self.with_store(|s| {
            let class = class_row(s, class_id)?;
            let progress = s.class_progress(class.id)?;
            let matrix = report::matrix(&self.catalog, &progress);
            let hardest = report::hardest_questions(&self.catalog, &progress)
                .iter()
                .map(|q| hard_question_view(q, locale, &self.i18n))
                .collect();
            Ok(class_view(class_summary(&class, progress.members.len()), &matrix, hardest, locale))
        })
    }

    /// The class's two spreadsheets: (file name, bytes) each, the class first.
    pub fn class_csv(&self, class_id: i64, locale: Locale) -> Result<[(String, Vec<u8>); 2], AppError> {
        self.adult()?;
        self.with_store(|s| {
            let class = class_row(s, class_id)?;
            let progress = s.class_progress(class.id)?;
            let name = |what: &str| csv_export::file_name(&self.i18n.format(locale, what, &[]), &class.name);
            Ok([
                (name("csv-file-class"), csv_export::class_csv(&report::matrix(&self.catalog, &progress), &self.i18n, locale)),
                (
                    name("csv-file-hardest"),
                    csv_export::hardest_csv(&report::hardest_questions(&self.catalog, &progress), &self.i18n, locale),
                ),
            ])
        })
    }
}

fn class_row(s: &crate::progress::Store, class_id: i64) -> Result<ClassRow, AppError> {
    s.class(class_id).map_err(|e| match e {
        StoreError::NotFound => AppError::ClassNotFound {},
        other => other.into(),
    })
}

fn refused(file: &str, e: ClassroomError) -> AppError {
    match e {
        ClassroomError::File(problem) => AppError::file(file, problem),
        ClassroomError::Store(e) => e.into(),
    }
}

/// Trimmed, not empty, not too long, no control characters.
fn short_text(text: &str, max: usize, invalid: AppError) -> Result<String, AppError> {
    fields::short_text(text, max).map(str::to_owned).ok_or(invalid)
}
