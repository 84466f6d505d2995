//! The adult area: a PIN at the door, then managing the learners' profiles.
//! Every use case here but the door itself needs the area open, and each
//! one keeps it open for another idle period.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::profiles::validate_nickname;
use crate::api::service::profile;
use crate::api::views::{holdings_view, profile_view, AdultStatus, ProfileHoldingsView, ProfileView};
use crate::api::{AppError, AppService};
use crate::classroom::pin;
use crate::progress::LearnerData;
use crate::AgeBand;

impl AppService {
    pub fn adult_status(&self) -> Result<AdultStatus, AppError> {
        let pin_set = self.with_store(|s| Ok(s.pin()?.is_some()))?;
        Ok(AdultStatus { pin_set, open: pin_set && self.adult_area_is_open() })
    }

    /// The first adult sets the PIN, typed twice, and is let in.
    pub fn set_adult_pin(&self, pin: &str, repeated: &str) -> Result<AdultStatus, AppError> {
        if !pin::is_well_formed(pin) {
            return Err(AppError::PinFormat { min: pin::MIN_DIGITS as u32, max: pin::MAX_DIGITS as u32 });
        }
        if pin != repeated {
            return Err(AppError::PinMismatch {});
        }
        let hash = pin::hash(pin);
        self.with_store(|s| {
            s.write(|tx| match tx.pin()? {
                Some(_) => Ok(false),
                None => tx.set_pin_hash(&hash).map(|()| true),
            })?
            .then_some(())
            .ok_or(AppError::PinAlreadySet {})
        })?;
        tracing::info!("adult PIN set");
        self.touch_adult_area();
        Ok(AdultStatus { pin_set: true, open: true })
    }

    /// Opens the area with the PIN. After five wrong tries in a row each
    /// try waits longer, and the count survives a restart.
    pub fn open_adult_area(&self, pin: &str) -> Result<AdultStatus, AppError> {
        self.with_store(|s| {
            let row = s.pin()?.ok_or(AppError::PinNotSet {})?;
            let now = unix_now();
            if row.locked_until > now {
                return Err(AppError::pin_locked((row.locked_until - now) as u32));
            }
            if pin::verify(pin, &row.hash) {
                s.set_pin_failures(0, 0)?;
                return Ok(());
            }
            let failed = row.failed_attempts + 1;
            let wait = pin::wait_after(failed).as_secs() as i64;
            s.set_pin_failures(failed, now + wait)?;
            tracing::warn!(failed, "wrong adult PIN");
            Err(match wait {
                0 => AppError::PinWrong { tries_left: pin::FREE_TRIES - failed },
                seconds => AppError::pin_locked(seconds as u32),
            })
        })?;
        self.touch_adult_area();
        Ok(AdultStatus { pin_set: true, open: true })
    }

    /// Closes the area now (the adult leaves, or the window closes).
    pub fn close_adult_area(&self) {
        self.adult_session().last_action = None;
    }

    /// Renames a profile and sets its band.
    pub fn update_profile(&self, profile_id: i64, nickname: &str, band: AgeBand) -> Result<ProfileView, AppError> {
        self.adult()?;
        let nickname = validate_nickname(nickname)?;
        self.with_store(|s| {
            profile(s, profile_id)?;
            Ok(profile_view(&s.update_profile(profile_id, &nickname, band)?))
        })
    }

    /// What deleting a profile would lose, to name it before asking.
    pub fn profile_holdings(&self, profile_id: i64) -> Result<ProfileHoldingsView, AppError> {
        self.adult()?;
        self.with_store(|s| Ok(holdings_view(&profile(s, profile_id)?, s.profile_holdings(profile_id)?)))
    }

    /// Deletes a profile with all of its progress.
    pub fn delete_profile(&self, profile_id: i64) -> Result<(), AppError> {
        self.adult()?;
        self.with_store(|s| {
            profile(s, profile_id)?;
            s.delete_profile(profile_id)?;
            tracing::info!("profile deleted");
            Ok(())
        })
    }

    /// One learner's whole record and a file name for it (nickname-free,
    /// so the name on the USB stick or in the downloads folder tells nothing).
    pub fn learner_data(&self, profile_id: i64) -> Result<(String, LearnerData), AppError> {
        self.adult()?;
        self.with_store(|s| {
            profile(s, profile_id)?;
            let data = s.learner_data(profile_id)?;
            let short = data.profile.uid.split('-').next().unwrap_or_default().to_owned();
            Ok((format!("ciberescudo-learner-{short}.json"), data))
        })
    }

    /// Whether the area is open (keeping it open), before the shell shows a
    /// dialog on an adult's behalf.
    pub fn check_adult_area(&self) -> Result<(), AppError> {
        self.adult()
    }

    /// Lets an adult use case through if the area is open, and keeps it
    /// open for another idle period.
    pub(super) fn adult(&self) -> Result<(), AppError> {
        let mut session = self.adult_session();
        match session.last_action {
            Some(last) if last.elapsed() < session.idle => {
                session.last_action = Some(Instant::now());
                Ok(())
            }
            _ => {
                session.last_action = None;
                Err(AppError::AdultAreaClosed {})
            }
        }
    }

    fn adult_area_is_open(&self) -> bool {
        let session = self.adult_session();
        session.last_action.is_some_and(|last| last.elapsed() < session.idle)
    }

    fn touch_adult_area(&self) {
        self.adult_session().last_action = Some(Instant::now());
    }
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
