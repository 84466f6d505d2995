//! The app service: the one object the desktop shell talks to. It owns the
//! validated content, the strings and the progress store; its methods, one
//! per use case, live in `use_cases/`. Each takes the learner's profile id,
//! so one profile never sees another's progress.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;

use super::views::{backup_view, profile_view, BackupView, Startup};
use super::AppError;
use crate::content::{Catalog, Lesson, TermIndex};
use crate::i18n::Localizer;
use crate::progress::{newest_good_backup, Profile, Store, StoreError};
use crate::stats::Calendar;
use crate::Locale;

pub struct AppService {
    pub(super) catalog: Catalog,
    pub(super) i18n: Localizer,
    pub(super) db_path: PathBuf,
    system_locale: Locale,
    /// The glossary's forms per language, to link lesson text.
    terms: Vec<(Locale, TermIndex)>,
    /// `None` until the database opens; a damaged file keeps it `None`
    /// and every use case answers with the reason.
    store: Mutex<Option<Store>>,
    /// The adult area: open since the last adult action, if at all.
    adult: Mutex<AdultSession>,
    /// The time zone the campaign statistics count weeks in.
    pub(super) calendar: Calendar,
}

/// The adult area closes by itself after this long without an adult action.
pub const ADULT_IDLE: Duration = Duration::from_secs(5 * 60);

/// Why the progress file could not be used, and the backup to offer.
struct Refused {
    error: AppError,
    backup: Option<BackupView>,
}

pub(super) struct AdultSession {
    pub(super) last_action: Option<Instant>,
    pub(super) idle: Duration,
}

impl AppService {
    pub fn new(catalog: Catalog, i18n: Localizer, db_path: PathBuf, system_locale: Locale) -> AppService {
        let terms = Locale::ALL.into_iter().map(|l| (l, TermIndex::new(catalog.glossary(), l))).collect();
        let adult = Mutex::new(AdultSession { last_action: None, idle: ADULT_IDLE });
        let calendar = Calendar::Local;
        AppService { catalog, i18n, db_path, system_locale, terms, store: Mutex::new(None), adult, calendar }
    }

    /// The same service counting weeks in another time zone (tests).
    pub fn with_calendar(mut self, calendar: Calendar) -> AppService {
        self.calendar = calendar;
        self
    }

    /// The same service with another idle time for the adult area (tests).
    pub fn with_adult_idle(self, idle: Duration) -> AppService {
        self.adult_session().idle = idle;
        self
    }

    pub(super) fn adult_session(&self) -> MutexGuard<'_, AdultSession> {
        self.adult.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn term_index(&self, locale: Locale) -> &TermIndex {
        &self.terms.iter().find(|(l, _)| *l == locale).expect("an index per locale").1
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Option<Store>> {
        // A panic elsewhere must not lock learners out of their progress.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Opens the database and makes the day's backup ahead of the first
    /// screen's [`startup`](Self::startup), on a thread of the shell's own
    /// while WebKit starts (half a second here, with the main thread busy),
    /// so that the first screen does not wait for them (milliseconds on a
    /// new computer, tens of them on a teacher's: README, "How fast").
    /// `startup` then finds the file open; if opening failed, it tries again
    /// and says why.
    pub fn open_early(&self) {
        let _ = self.open_store(&mut self.lock());
    }

    /// What the first screen needs, in one round trip: the database opened
    /// if it is not open yet (with the day's backup), and the profiles to
    /// pick from. Called when the window loads and again when the learner
    /// presses "Try again". A file refused as damaged comes with the newest
    /// good backup, to offer restoring it.
    pub fn startup(&self) -> Startup {
        let mut slot = self.lock();
        let listed = self.open_store(&mut slot).and_then(|store| {
            store.profiles().map_err(|e| {
                let error = AppError::from(e);
                tracing::error!(error = %error, "profiles could not be listed");
                Refused { error, backup: None }
            })
        });
        let system_locale = self.system_locale;
        match listed {
            Ok(profiles) => {
                Startup { store_error: None, system_locale, backup: None, profiles: profiles.iter().map(profile_view).collect() }
            }
            Err(Refused { error, backup }) => Startup { store_error: Some(error), system_locale, backup, profiles: Vec::new() },
        }
    }

    /// The open store in `slot`, opening the file first if need be.
    fn open_store<'s>(&self, slot: &'s mut Option<Store>) -> Result<&'s Store, Refused> {
        match slot {
            Some(store) => Ok(store),
            None => {
                let opened = Store::open(&self.db_path).map_err(|e| self.refused(e))?;
                tracing::info!("progress database opened");
                self.daily_backup(&opened);
                Ok(slot.insert(opened))
            }
        }
    }

    /// Why the file was refused, logged, with the newest good backup if it
    /// is damaged.
    fn refused(&self, e: StoreError) -> Refused {
        let backup = match e {
            StoreError::Corrupt { .. } => newest_good_backup(&self.db_path).as_ref().map(backup_view),
            _ => None,
        };
        let error = AppError::from(e);
        tracing::error!(error = %error, backup_offered = backup.is_some(), "progress database refused");
        Refused { error, backup }
    }

    /// Today's backup, if there is none yet. A backup that fails is logged
    /// and skipped: it must never keep a learner from their lessons.
    fn daily_backup(&self, store: &Store) {
        match store.daily_backup(self.local_now().date()) {
            Ok(Some(_)) => tracing::info!("daily backup written"),
            Ok(None) => {}
            // By its key only: the store's own message names the folder,
            // and with it the computer's user name.
            Err(e) => tracing::warn!(error = %AppError::from(e), "daily backup failed"),
        }
    }

    /// Checkpoints and closes the progress file: the app is quitting. After
    /// this the main file alone holds everything; a later use case answers
    /// "not open" until `startup` opens it again.
    pub fn close_store(&self) {
        if let Some(store) = self.lock().take() {
            match store.close() {
                Ok(()) => tracing::info!("progress database closed"),
                Err(e) => tracing::warn!(error = %AppError::from(e), "progress database closed with an error"),
            }
        }
    }

    /// The wall-clock time on this computer, by the app's clock.
    pub(super) fn local_now(&self) -> NaiveDateTime {
        self.calendar.local_time(crate::clock::now())
    }

    pub(super) fn with_store<T>(&self, f: impl FnOnce(&Store) -> Result<T, AppError>) -> Result<T, AppError> {
        let guard = self.lock();
        match &*guard {
            Some(store) => f(store),
            None => Err(AppError::DatabaseNotOpen {}),
        }
    }

    pub(super) fn lesson(&self, lesson_id: &str) -> Result<&Lesson, AppError> {
        self.catalog.lesson(lesson_id).ok_or(AppError::LessonNotFound {})
    }
}

/// The learner's profile, or `ProfileNotFound`.
pub(super) fn profile(store: &Store, profile_id: i64) -> Result<Profile, AppError> {
    store.profile(profile_id).map_err(|e| match e {
        StoreError::NotFound => AppError::ProfileNotFound {},
        other => other.into(),
    })
}

pub(super) fn attempt_error(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound => AppError::QuizNotFound {},
        other => other.into(),
    }
}
