//! The adult area as the screen sees it.

use serde::Serialize;

use crate::progress::{Profile, ProfileHoldings};

/// Whether a PIN exists and whether the area is open now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AdultStatus {
    pub pin_set: bool,
    pub open: bool,
}

/// What deleting a profile would lose, for the confirmation that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ProfileHoldingsView {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub profile_id: i64,
    pub nickname: String,
    pub lessons_started: u32,
    pub quizzes_finished: u32,
    pub answers: u32,
    pub activities: u32,
}

pub(crate) fn holdings_view(profile: &Profile, h: ProfileHoldings) -> ProfileHoldingsView {
    ProfileHoldingsView {
        profile_id: profile.id,
        nickname: profile.nickname.clone(),
        lessons_started: h.lessons_started,
        quizzes_finished: h.quizzes_finished,
        answers: h.answers,
        activities: h.activities,
    }
}
