//! The collector's storage: SQLite in one file by default, PostgreSQL for
//! several instances sharing one database. Both keep the same tables
//! (`migrations/`) and answer the same questions; the test suite runs
//! against both.

mod batch;
mod model;
mod postgres;
mod sqlite;

use std::path::PathBuf;

use ciberescudo_report::{CampaignCode, IsoWeek, Report};
use time::{Date, OffsetDateTime};

pub use batch::{key_hash, CellKey, Deltas, LessonSums, QuestionSums};
pub use model::*;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("SQLite migrations: {0}")]
    SqliteMigration(#[from] rusqlite_migration::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("PostgreSQL pool: {0}")]
    Pool(String),
    #[error("{0} already exists")]
    Conflict(String),
    #[error("the database is newer than this collector (schema {found}, this knows {known})")]
    TooNew { found: i64, known: i64 },
    #[error("the store's worker stopped: {0}")]
    Worker(String),
}

/// Where the data lives, from the configuration's `database` setting: a
/// `postgres://` (or `postgresql://`) URL, or else a SQLite file path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Database {
    pub fn parse(setting: &str) -> Database {
        let scheme = setting.split_once("://").map(|(scheme, _)| scheme.to_ascii_lowercase());
        if matches!(scheme.as_deref(), Some("postgres" | "postgresql")) {
            Database::Postgres(setting.to_owned())
        } else {
            Database::Sqlite(PathBuf::from(setting))
        }
    }
}

#[derive(Clone)]
pub enum Store {
    Sqlite(sqlite::SqliteStore),
    Postgres(postgres::PgStore),
}

/// Calls the same method on whichever backend this is.
macro_rules! dispatch {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Store::Sqlite($store) => $call,
            Store::Postgres($store) => $call,
        }
    };
}

impl Store {
    /// Opens (creating if needed) and migrates the database.
    pub async fn open(database: &Database) -> Result<Store, StoreError> {
        Ok(match database {
            Database::Sqlite(path) => Store::Sqlite(sqlite::SqliteStore::open(path.clone()).await?),
            Database::Postgres(url) => Store::Postgres(postgres::PgStore::open(url).await?),
        })
    }

    /// Adds a batch of valid reports in one transaction and says, per
    /// report and in order, what became of it. When this returns `Ok`, every
    /// `Counted` report is durably committed.
    pub async fn ingest(&self, reports: Vec<Report>, today: Date) -> Result<Vec<Outcome>, StoreError> {
        dispatch!(self, s => s.ingest(reports, today).await)
    }

    /// Creates a campaign under a new random code.
    pub async fn create_campaign(&self, campaign: NewCampaign) -> Result<Campaign, StoreError> {
        dispatch!(self, s => s.create_campaign(campaign).await)
    }

    pub async fn campaign_by_code(&self, code: &CampaignCode) -> Result<Option<Campaign>, StoreError> {
        dispatch!(self, s => s.campaign_by_code(code).await)
    }

    pub async fn campaign(&self, id: i64) -> Result<Option<Campaign>, StoreError> {
        dispatch!(self, s => s.campaign(id).await)
    }

    /// Every campaign, newest first.
    pub async fn campaigns(&self) -> Result<Vec<Campaign>, StoreError> {
        dispatch!(self, s => s.campaigns().await)
    }

    /// Fails with `Conflict` when the name is taken.
    pub async fn create_account(&self, username: &str, password_hash: &str) -> Result<(), StoreError> {
        dispatch!(self, s => s.create_account(username, password_hash).await)
    }

    /// Replaces the password and ends the account's sessions; false when
    /// there is no such account.
    pub async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.set_password(username, password_hash).await)
    }

    pub async fn account(&self, username: &str) -> Result<Option<Account>, StoreError> {
        dispatch!(self, s => s.account(username).await)
    }

    pub async fn create_session(&self, session: NewSession) -> Result<(), StoreError> {
        dispatch!(self, s => s.create_session(session).await)
    }

    /// The session, if it exists and has not expired at `now`.
    pub async fn session(&self, token_hash: [u8; 32], now: OffsetDateTime) -> Result<Option<Session>, StoreError> {
        dispatch!(self, s => s.session(token_hash, now).await)
    }

    pub async fn delete_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        dispatch!(self, s => s.delete_session(token_hash).await)
    }

    /// Lesson counters of a campaign summed by one dimension.
    pub async fn lesson_stats(&self, campaign_id: i64, filter: &Filter, by: Dimension) -> Result<Vec<LessonRow>, StoreError> {
        dispatch!(self, s => s.lesson_stats(campaign_id, filter, by).await)
    }

    /// Question counters of a campaign, per question.
    pub async fn question_stats(&self, campaign_id: i64, filter: &Filter) -> Result<Vec<QuestionRow>, StoreError> {
        dispatch!(self, s => s.question_stats(campaign_id, filter).await)
    }

    /// Housekeeping: forgets idempotency keys of weeks before `week` and
    /// expired sessions. Returns how many keys went.
    pub async fn forget_before(&self, week: IsoWeek, now: OffsetDateTime) -> Result<u64, StoreError> {
        dispatch!(self, s => s.forget_before(week, now).await)
    }
}

/// Partitions a batch's reports: those to count (with their campaign id),
/// and the outcome of each that is not. Shared by both backends so the rules
/// live in one place; `lookup` finds a campaign by code.
pub fn screen(
    reports: &[Report],
    today: Date,
    mut lookup: impl FnMut(&CampaignCode) -> Result<Option<Campaign>, StoreError>,
) -> Result<Vec<Result<i64, Outcome>>, StoreError> {
    let mut known: std::collections::HashMap<CampaignCode, Option<Campaign>> = std::collections::HashMap::new();
    reports
        .iter()
        .map(|report| {
            if !known.contains_key(&report.campaign) {
                known.insert(report.campaign.clone(), lookup(&report.campaign)?);
            }
            let campaign = known[&report.campaign].as_ref();
            Ok(Outcome::before_dedup(campaign, report.week, today).map(|()| campaign.expect("checked").id))
        })
        .collect()
}

/// A fresh campaign code from the operating system's generator.
pub fn random_campaign_code() -> CampaignCode {
    CampaignCode::from_random(rand::random())
}
