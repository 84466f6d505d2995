//! What the store keeps and answers, independent of the database behind it.

use ciberescudo_report::{AgeBand, CampaignCode, IsoWeek, Slug, State};
use time::{Date, Duration, OffsetDateTime};

/// Reports for a campaign's last week arrive after it ends (a computer sends
/// a week once it is over, and may be offline for a while): they are taken
/// for this long after the end date.
pub const LATE_REPORT_GRACE: Duration = Duration::days(28);

/// How many weeks back a report may be. Idempotency keys are kept exactly
/// this long, so a retry of any report the collector can still accept is
/// always recognised (the app keeps at most 52 weeks in its outbox).
pub const KEY_RETENTION_WEEKS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub id: i64,
    pub code: CampaignCode,
    pub name: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

#[derive(Debug, Clone)]
pub struct NewCampaign {
    pub name: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

impl Campaign {
    /// Open for new computers to join: today is within its dates.
    pub fn is_open(&self, today: Date) -> bool {
        self.starts_on <= today && today <= self.ends_on
    }

    /// Still taking reports (its dates, plus the grace for late weeks).
    pub fn takes_reports(&self, today: Date) -> bool {
        today <= self.ends_on + LATE_REPORT_GRACE
    }

    /// The week shares at least one day with the campaign.
    pub fn covers(&self, week: IsoWeek) -> bool {
        week.monday() <= self.ends_on && week.sunday() >= self.starts_on
    }
}

/// What became of one report. Only `Counted` changed any aggregate;
/// `Duplicate` is a success too (the client's retry of a counted report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Counted,
    Duplicate,
    UnknownCampaign,
    CampaignClosed,
    WeekOutsideCampaign,
    /// In the future, or older than the key retention.
    WeekNotAccepted,
}

impl Outcome {
    /// Decides everything but the duplicate check, which needs the store.
    pub fn before_dedup(campaign: Option<&Campaign>, week: IsoWeek, today: Date) -> Result<(), Outcome> {
        let campaign = campaign.ok_or(Outcome::UnknownCampaign)?;
        if !campaign.takes_reports(today) {
            return Err(Outcome::CampaignClosed);
        }
        let this_week = IsoWeek::containing(today);
        if week > this_week || week.weeks_until(this_week) > KEY_RETENTION_WEEKS {
            return Err(Outcome::WeekNotAccepted);
        }
        if !campaign.covers(week) {
            return Err(Outcome::WeekOutsideCampaign);
        }
        Ok(())
    }

    /// The oldest week whose keys must still be kept on `today`.
    pub fn oldest_kept_week(today: Date) -> IsoWeek {
        IsoWeek::containing(today - Duration::weeks(KEY_RETENTION_WEEKS))
    }
}

#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct NewSession {
    /// SHA-256 of the cookie's token: a stolen database holds no live session.
    pub token_hash: [u8; 32],
    pub account_id: i64,
    pub csrf_token: String,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub account_id: i64,
    pub username: String,
    pub csrf_token: String,
    pub expires_at: OffsetDateTime,
}

/// Where the learners were, as a filter: one state, or "not given".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    State(State),
    NotGiven,
}

impl Place {
    /// As stored: the INEGI number, 0 for not given.
    pub fn number(self) -> i16 {
        match self {
            Place::State(state) => state.number().into(),
            Place::NotGiven => 0,
        }
    }
}

/// The dashboard's filters; `None` means all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<IsoWeek>,
    pub to: Option<IsoWeek>,
    pub band: Option<AgeBand>,
    pub place: Option<Place>,
    pub lesson: Option<Slug>,
    /// Leaves out every group (one cell: a week × band × state) whose
    /// lessons completed add up to less than this: the first rule of
    /// small-cell suppression (`crate::suppress`). `None` leaves none out.
    pub smallest_group: Option<i64>,
}

/// What the lesson counters are summed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Week,
    Band,
    State,
    Lesson,
    /// One row: the total of everything the filter lets through.
    All,
}

/// Lesson counters summed over one value of a dimension. `key` is the week
/// (`2026-W48`), the band tag, the state's number as two digits (`00` for not
/// given), the lesson id, or empty for `Dimension::All`. Rows come sorted by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonRow {
    pub key: String,
    pub completed: i64,
    pub quiz_attempts: i64,
    pub quiz_passed: i64,
    pub activities_done: i64,
}

/// Question counters summed over everything the filter lets through,
/// sorted by lesson then question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionRow {
    pub lesson: String,
    pub question: String,
    pub answered: i64,
    pub first_try_right: i64,
}
