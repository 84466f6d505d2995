//! Profiles and the app's start, as the screen sees them.

use serde::{Deserialize, Serialize};

use crate::api::views::BackupView;
use crate::api::AppError;
use crate::progress::Profile;
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// Set when the progress database could not be opened; nothing else works then.
    pub store_error: Option<AppError>,
    pub system_locale: Locale,
    /// When the progress file is refused as damaged: the newest automatic
    /// backup that passes SQLite's integrity check, offered to restore.
    pub backup: Option<BackupView>,
    /// The profiles to pick from on the first screen (none if the file was
    /// refused): sent with the rest, so that screen is drawn once.
    pub profiles: Vec<ProfileView>,
}

/// A learner on this computer: a nickname and an emoji, never a real name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub id: i64,
    pub nickname: String,
    pub avatar: String,
    pub band: AgeBand,
    pub locale: Locale,
}

/// What a learner fills in to make a profile. Validated by the use case.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NewProfile {
    pub nickname: String,
    pub avatar: String,
    pub band: AgeBand,
    pub locale: Locale,
}

pub(crate) fn profile_view(p: &Profile) -> ProfileView {
    ProfileView { id: p.id, nickname: p.nickname.clone(), avatar: p.avatar.clone(), band: p.band, locale: p.locale }
}
