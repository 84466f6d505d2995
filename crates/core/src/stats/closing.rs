//! Closing weeks: every ISO week that has ended since the last one closed
//! gets its reports written to the outbox, once.

use ciberescudo_report::{CampaignCode, IdempotencyKey, IsoWeek, State};

use super::build::{week_reports, Destination};
use super::{Calendar, OUTBOX_WEEKS, PASS_PERCENT, REVIEW_HOLD};
use crate::content::Catalog;
use crate::progress::{Db, NewOutboxReport, Result, StatsSettingRow};

/// Writes the reports of every week that ended before `now` and has not
/// been closed yet, going back no further than the week the statistics were
/// turned on, nor more than [`OUTBOX_WEEKS`]. Returns how many reports
/// were written. Each week is one transaction (reports and the mark that it
/// is closed), so a crash never closes a week twice or loses one.
pub fn close_finished_weeks(
    db: &Db,
    catalog: &Catalog,
    calendar: &Calendar,
    now: i64,
    mut new_key: impl FnMut() -> IdempotencyKey,
) -> Result<usize> {
    let Some(setting) = db.stats_setting()? else { return Ok(0) };
    if setting.stopped.is_some() {
        return Ok(0);
    }
    let Some(destination) = destination(&setting) else {
        tracing::error!("the statistics setting holds a campaign or state this version cannot read");
        return Ok(0);
    };
    let current = calendar.week_of(now);
    if IsoWeek::new(current.year(), current.week()).is_none() {
        tracing::error!("the computer's clock is outside the years a report can carry");
        return Ok(0);
    }
    let oldest_kept = oldest_kept_week(current);
    let mut week = match setting.built_through.as_deref().map(str::parse::<IsoWeek>) {
        None => calendar.week_of(setting.enabled_at),
        Some(Ok(built)) if built < current => built.next(),
        // Closed "ahead" while the clock was wrong, or unreadable: start
        // from now rather than build any week a second time (with new
        // keys, it would be counted twice).
        Some(_) => {
            tracing::warn!("the last closed week is ahead of the clock or unreadable; closing from this week on");
            current
        }
    };
    week = week.max(oldest_kept);

    let send_after = now + REVIEW_HOLD.as_secs() as i64;
    let mut written = 0;
    while week < current {
        let span = calendar.span(week);
        // The week the statistics were turned on counts from that moment.
        let activity = db.week_activity(span.start.max(setting.enabled_at), span.end, PASS_PERCENT)?;
        let reports: Vec<NewOutboxReport> = week_reports(&activity, week, &destination, catalog, &mut new_key)
            .into_iter()
            .map(|report| NewOutboxReport {
                week: week.to_string(),
                band: report.band.tag().to_owned(),
                body: report.to_json_pretty(),
                send_after,
            })
            .collect();
        db.add_week_to_outbox(&week.to_string(), &reports, now)?;
        written += reports.len();
        week = week.next();
    }
    db.trim_outbox_before(&oldest_kept.to_string())?;
    if written > 0 {
        tracing::info!(reports = written, "weekly reports written to the outbox");
    }
    Ok(written)
}

/// The oldest week the outbox keeps while `current` runs: the
/// [`OUTBOX_WEEKS`] finished weeks before it.
pub fn oldest_kept_week(current: IsoWeek) -> IsoWeek {
    (0..OUTBOX_WEEKS).fold(current, |week, _| week.previous())
}

pub(crate) fn destination(setting: &StatsSettingRow) -> Option<Destination> {
    let campaign = setting.campaign.parse::<CampaignCode>().ok()?;
    let state = match &setting.state {
        Some(code) => Some(State::try_from(code.clone()).ok()?),
        None => None,
    };
    Some(Destination { campaign, state })
}
