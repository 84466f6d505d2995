//! Campaign statistics: an adult turns them on or off, looks at every
//! report before it leaves and may delete one; the sync engine
//! (`crates/sync`) closes weeks and hands over what is due.
//!
//! The adult's use cases need the adult area open. The sync engine's do
//! not, and none of them touches the network: checking a campaign and
//! sending reports happen in the sync engine, with what these return.

use ciberescudo_report::{CampaignCode, State};

use crate::api::views::{stats_report_view, stats_status, StatsReportView, StatsStatus};
use crate::api::{AppError, AppService};
use crate::progress::{NewStatsSetting, StoreError};
use crate::stats::build::random_key;
use crate::stats::closing::close_finished_weeks;
use crate::stats::delivery::{random_unit, retry_delay};
use crate::stats::endpoint::AddressProblem;
use crate::stats::{Delivery, ServerUrl, SyncProblem};
use crate::{clock, Locale};

/// What an adult typed to turn the statistics on, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsTarget {
    pub server: ServerUrl,
    pub campaign: CampaignCode,
    pub state: Option<State>,
}

/// Reports to send now, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub server: ServerUrl,
    pub reports: Vec<OutgoingReport>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingReport {
    pub id: i64,
    pub body: String,
}

impl AppService {
    /// The setting and what waits to be sent. Weeks that ended since the
    /// last round are closed first, so the adult always sees every report
    /// that exists.
    pub fn stats_status(&self) -> Result<StatsStatus, AppError> {
        self.adult()?;
        self.stats_close_weeks()?;
        self.read_stats_status()
    }

    /// Checks what the adult typed, before anything goes on the network.
    pub fn stats_target(&self, server: &str, campaign: &str, state: Option<&str>) -> Result<StatsTarget, AppError> {
        self.adult()?;
        let server = ServerUrl::parse(server).map_err(|problem| match problem {
            AddressProblem::Invalid => AppError::StatsServerInvalid {},
            AddressProblem::NotSecure => AppError::StatsServerNotSecure {},
        })?;
        let campaign = campaign.parse::<CampaignCode>().map_err(|_| AppError::StatsCampaignInvalid {})?;
        let state = match state.map(str::trim).filter(|s| !s.is_empty()) {
            Some(code) => Some(State::try_from(code.to_owned()).map_err(|_| AppError::StatsStateInvalid {})?),
            None => None,
        };
        Ok(StatsTarget { server, campaign, state })
    }

    /// Turns the statistics on for a campaign the collector confirmed.
    /// Nothing done before this moment is ever counted.
    pub fn stats_turn_on(&self, target: &StatsTarget, campaign_name: &str) -> Result<StatsStatus, AppError> {
        self.adult()?;
        let setting = NewStatsSetting {
            server_url: target.server.to_string(),
            campaign: target.campaign.to_string(),
            campaign_name: campaign_name.chars().take(200).collect(),
            state: target.state.map(|s| s.code()),
            enabled_at: clock::now(),
        };
        self.with_store(|s| Ok(s.turn_stats_on(&setting)?))?;
        tracing::info!("campaign statistics turned on");
        self.read_stats_status()
    }

    /// Turns them off and deletes every report not yet sent.
    pub fn stats_turn_off(&self) -> Result<StatsStatus, AppError> {
        self.adult()?;
        let deleted = self.with_store(|s| Ok(s.turn_stats_off()?))?;
        tracing::info!(deleted, "campaign statistics turned off");
        Ok(StatsStatus::Off {})
    }

    /// One waiting report: its exact body, and the same read out.
    pub fn stats_report(&self, report_id: i64, locale: Locale) -> Result<StatsReportView, AppError> {
        self.adult()?;
        self.with_store(|s| {
            let row = s.outbox_report(report_id).map_err(report_not_found)?;
            Ok(stats_report_view(&row, &self.catalog, locale))
        })
    }

    /// Deletes one waiting report: it is never sent. Once no refused report
    /// is left, the refusal is no longer the last thing to tell the adult.
    pub fn stats_delete_report(&self, report_id: i64) -> Result<StatsStatus, AppError> {
        self.adult()?;
        self.with_store(|s| {
            s.delete_outbox_report(report_id)?.then_some(()).ok_or(AppError::StatsReportNotFound {})?;
            let Some(setting) = s.stats_setting()? else { return Ok(()) };
            let refusal = setting.last_problem.as_deref().and_then(SyncProblem::from_tag).is_some_and(SyncProblem::is_final);
            if refusal && setting.stopped.is_none() && s.outbox()?.iter().all(|r| r.refused.is_none()) {
                s.clear_stats_problem()?;
            }
            Ok(())
        })?;
        tracing::info!("a waiting report was deleted by an adult");
        self.read_stats_status()
    }

    // The sync engine's side: no adult area needed, nothing shown.

    /// Writes the reports of every week that has ended. Does nothing while off.
    pub fn stats_close_weeks(&self) -> Result<usize, AppError> {
        self.with_store(|s| Ok(close_finished_weeks(s, &self.catalog, &self.calendar, clock::now(), random_key)?))
    }

    /// The reports to send now: those due (or, with `everything`, all that
    /// are not refused). `None` while the statistics are off or stopped.
    pub fn stats_outgoing(&self, everything: bool) -> Result<Option<Outgoing>, AppError> {
        self.with_store(|s| {
            let Some(setting) = s.stats_setting()?.filter(|s| s.stopped.is_none()) else { return Ok(None) };
            let Ok(server) = ServerUrl::parse(&setting.server_url) else {
                tracing::error!("the stored collector address is no longer acceptable");
                return Ok(None);
            };
            let now = clock::now();
            let reports = s
                .outbox()?
                .into_iter()
                .filter(|r| r.refused.is_none())
                .filter(|r| everything || (r.send_after <= now && r.next_try_at <= now))
                .map(|r| OutgoingReport { id: r.id, body: r.body })
                .collect();
            Ok(Some(Outgoing { server, reports }))
        })
    }

    /// The body to send for one report of a round, read again just before
    /// it leaves: `None` if meanwhile the adult turned the statistics off,
    /// moved them to another server, or deleted the report, or the
    /// collector stopped the campaign.
    pub fn stats_body_to_send(&self, report_id: i64, server: &ServerUrl) -> Result<Option<String>, AppError> {
        self.with_store(|s| {
            let setting =
                s.stats_setting()?.filter(|s| s.stopped.is_none() && ServerUrl::parse(&s.server_url).as_ref() == Ok(server));
            if setting.is_none() {
                return Ok(None);
            }
            match s.outbox_report(report_id) {
                Ok(row) if row.refused.is_none() => Ok(Some(row.body)),
                Ok(_) | Err(StoreError::NotFound) => Ok(None),
                Err(other) => Err(other.into()),
            }
        })
    }

    /// When the next report falls due, if any waits (Unix seconds).
    pub fn stats_next_due(&self) -> Result<Option<i64>, AppError> {
        self.with_store(|s| {
            if s.stats_setting()?.is_none() {
                return Ok(None);
            }
            Ok(s.outbox()?.iter().filter(|r| r.refused.is_none()).map(|r| r.send_after.max(r.next_try_at)).min())
        })
    }

    /// Records what became of one report.
    pub fn stats_record(&self, report_id: i64, delivery: Delivery) -> Result<(), AppError> {
        self.with_store(|s| {
            // Turned off meanwhile, or deleted by an adult: nothing to record.
            if s.stats_setting()?.is_none() || s.outbox_report(report_id).is_err() {
                return Ok(());
            }
            match delivery {
                Delivery::Delivered => s.outbox_report_sent(report_id, clock::now())?,
                Delivery::RetryLater(problem) => {
                    let failures = s.outbox_report(report_id)?.failures + 1;
                    let next = clock::now() + retry_delay(failures, random_unit());
                    s.outbox_report_failed(report_id, next, problem.tag())?
                }
                // The campaign itself is over: no later week would be taken either.
                Delivery::Refused(problem @ (SyncProblem::CampaignClosed | SyncProblem::CampaignUnknown)) => {
                    s.stop_stats(problem.tag())?;
                    tracing::warn!(problem = problem.tag(), "the collector stopped the campaign; nothing more is sent");
                }
                Delivery::Refused(problem) => s.outbox_report_refused(report_id, problem.tag())?,
            }
            Ok(())
        })
    }

    /// Records a problem that stopped a round of sending before a report
    /// got an answer of its own.
    pub fn stats_record_problem(&self, problem: SyncProblem) -> Result<(), AppError> {
        self.with_store(|s| Ok(s.set_stats_problem(problem.tag())?))
    }

    /// The status without the adult check (after an adult use case passed it).
    pub fn read_stats_status(&self) -> Result<StatsStatus, AppError> {
        self.with_store(|s| Ok(stats_status(s.stats_setting()?, &s.outbox()?)))
    }
}

fn report_not_found(e: StoreError) -> AppError {
    match e {
        StoreError::NotFound => AppError::StatsReportNotFound {},
        other => other.into(),
    }
}
