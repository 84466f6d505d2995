//! Rounds of sending: close the weeks that ended, send what is due, record
//! each answer. One round at a time; the outbox is the only state, so a
//! round cut short by a crash or a closed window loses nothing.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ciberescudo_core::api::{AppError, AppService, StatsStatus};
use ciberescudo_core::clock;
use ciberescudo_core::stats::{Delivery, SyncProblem, SYNC_EVERY};
use tokio::sync::{Mutex, Notify};

use crate::{campaign, client, deliver};

/// After a round, the next one waits at least this long, so that a report
/// due again at once (a retry with a short delay) cannot spin.
const SHORTEST_WAIT: Duration = Duration::from_secs(60);
/// How often the loop looks whether the progress database is open yet.
const UNTIL_DATABASE_OPENS: Duration = Duration::from_secs(2);

pub struct Syncer {
    service: Arc<AppService>,
    /// Made on first use, so that a switched-off app never even reads the
    /// system's certificates; `None` if they cannot be loaded.
    http: OnceLock<Option<reqwest::Client>>,
    /// Wakes the background loop early (the statistics were just turned on).
    wake: Notify,
    /// One round at a time: "send now" and the loop never send twice at once.
    round: Mutex<()>,
}

/// What one round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    /// Reports written to the outbox for weeks that ended.
    pub written: usize,
    /// Requests made (0 while the statistics are off).
    pub tried: usize,
    pub delivered: usize,
}

impl Syncer {
    pub fn new(service: Arc<AppService>) -> Syncer {
        Syncer { service, http: OnceLock::new(), wake: Notify::new(), round: Mutex::new(()) }
    }

    fn http(&self) -> Option<&reqwest::Client> {
        self.http
            .get_or_init(|| match client::http_client() {
                Ok(client) => Some(client),
                Err(error) => {
                    tracing::error!(%error, "no HTTPS client: the system's certificates could not be loaded");
                    None
                }
            })
            .as_ref()
    }

    /// The adult's "turn on": checks what was typed, asks the collector
    /// about the campaign, and saves the setting only if it answers yes.
    pub async fn turn_on(&self, server: String, campaign: String, state: Option<String>) -> Result<StatsStatus, AppError> {
        let target = self.blocking(move |s| s.stats_target(&server, &campaign, state.as_deref())).await?;
        let http = self.http().ok_or(AppError::StatsServerUnreachable {})?;
        let name = campaign::check(http, &target).await?;
        let status = self.blocking(move |s| s.stats_turn_on(&target, &name)).await?;
        self.wake.notify_one();
        Ok(status)
    }

    /// The adult's "send now": every waiting report that was not refused,
    /// without waiting for its time.
    pub async fn send_now(&self) -> Result<StatsStatus, AppError> {
        self.blocking(|s| s.check_adult_area()).await?;
        self.round(true).await?;
        self.blocking(|s| s.read_stats_status()).await
    }

    /// Closes the weeks that ended and sends what is due (or, with
    /// `everything`, all that waits). While the statistics are off it
    /// returns before anything touches the network.
    pub async fn round(&self, everything: bool) -> Result<Round, AppError> {
        let _one_at_a_time = self.round.lock().await;
        let mut round = Round { written: self.blocking(|s| s.stats_close_weeks()).await?, ..Round::default() };
        let Some(outgoing) = self.blocking(move |s| s.stats_outgoing(everything)).await? else { return Ok(round) };
        if outgoing.reports.is_empty() {
            return Ok(round);
        }
        let Some(http) = self.http() else {
            self.blocking(|s| s.stats_record_problem(SyncProblem::Unreachable)).await?;
            return Ok(round);
        };
        let server = Arc::new(outgoing.server);
        let url = server.reports();
        let mut reports = outgoing.reports.into_iter();
        while let Some(report) = reports.next() {
            // Read again just before it leaves: the adult may have turned the
            // statistics off, deleted this report or changed campaign since
            // the round began.
            let still = Arc::clone(&server);
            let Some(body) = self.blocking(move |s| s.stats_body_to_send(report.id, &still)).await? else { continue };
            round.tried += 1;
            let delivery = deliver::post_report(http, url.clone(), body).await;
            self.blocking(move |s| s.stats_record(report.id, delivery)).await?;
            match delivery {
                Delivery::Delivered => round.delivered += 1,
                // The server is not answering: the rest would fail the same
                // way. They wait their own back-off, like this one.
                Delivery::RetryLater(problem) => {
                    for rest in reports.by_ref() {
                        self.blocking(move |s| s.stats_record(rest.id, Delivery::RetryLater(problem))).await?;
                    }
                }
                Delivery::Refused(_) => {}
            }
        }
        Ok(round)
    }

    /// The background loop: a round now (start-up), then whenever a report
    /// falls due, at least every [`SYNC_EVERY`], or when woken.
    pub async fn run(self: Arc<Self>) {
        loop {
            let wait = match self.round(false).await {
                Ok(_) => self.next_wait().await,
                // The window opens the database when it loads: look again shortly.
                Err(AppError::DatabaseNotOpen {}) => UNTIL_DATABASE_OPENS,
                Err(error) => {
                    tracing::warn!(%error, "a round of campaign statistics failed");
                    self.next_wait().await
                }
            };
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                () = self.wake.notified() => {}
            }
        }
    }

    async fn next_wait(&self) -> Duration {
        let due = self.blocking(|s| s.stats_next_due()).await.ok().flatten();
        let until_due = due.map(|at| Duration::from_secs((at - clock::now()).max(0) as u64));
        until_due.unwrap_or(SYNC_EVERY).clamp(SHORTEST_WAIT, SYNC_EVERY)
    }

    /// Runs a use case on the blocking pool: SQLite must not stall the
    /// async workers (or the window's).
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&AppService) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        let service = Arc::clone(&self.service);
        tokio::task::spawn_blocking(move || f(&service)).await.unwrap_or_else(|_| Err(AppError::Database {}))
    }
}
