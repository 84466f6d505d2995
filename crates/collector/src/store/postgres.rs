//! PostgreSQL: several collector instances behind a load balancer share one
//! database. Same tables and answers as the SQLite backend (the reference:
//! `sqlite.rs`); the test suite runs both on the same cases.
//!
//! Connections come from a deadpool-postgres pool, without TLS: the database
//! is expected on the same host or a private network, and TLS to it is out of
//! scope for now (a `sslmode=require` URL fails to connect rather than
//! silently going in clear).
//!
//! Concurrency: every instance runs its batches at READ COMMITTED. A key is
//! counted once overall because `seen_keys` has it as primary key and an
//! `INSERT ... ON CONFLICT DO NOTHING` waits for any other transaction
//! inserting the same key and then, if that one committed, inserts nothing.
//! Every batch takes its row locks in one global order (keys sorted, then
//! cells, lesson rows and question rows in the order of `Deltas`' sorted
//! maps), so concurrent batches cannot deadlock.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use ciberescudo_report::{CampaignCode, IsoWeek, Report};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use time::{Date, OffsetDateTime};
use tokio_postgres::types::{FromSql, ToSql, Type};
use tokio_postgres::{NoTls, Row};

use super::{key_hash, screen, CellKey, Deltas, StoreError};
use super::{Account, Campaign, Dimension, Filter, LessonRow, NewCampaign, NewSession, Outcome, QuestionRow, Session};

/// The schema, in order: version n is `MIGRATIONS[n - 1]`. A tiny runner of
/// our own (below) rather than sqlx or refinery: both bring a second
/// `libsqlite3-sys` into the workspace, which clashes with rusqlite's.
const MIGRATIONS: &[&str] = &[include_str!("../../migrations/postgres/001_initial.sql")];

/// The advisory lock that serialises migrations when several instances start
/// at once ("CibeMigr" in ASCII; any constant no other program uses).
const MIGRATION_LOCK: i64 = 0x4369_6265_4d69_6772;

/// How long a request waits for a free connection, and for a new one.
const POOL_WAIT: std::time::Duration = std::time::Duration::from_secs(30);
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

#[derive(Clone)]
pub struct PgStore {
    pool: Pool,
}

impl PgStore {
    /// Connects (lazily, through the pool) and brings the schema up to date.
    pub async fn open(url: &str) -> Result<PgStore, StoreError> {
        let config: tokio_postgres::Config = url.parse()?;
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Pool(e.to_string()))?;
        let store = PgStore { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Client, StoreError> {
        self.pool.get().await.map_err(|e| StoreError::Pool(e.to_string()))
    }

    /// Applies the migrations this database lacks, all in one transaction
    /// under an advisory lock: instances starting together take turns, and
    /// the later ones find nothing left to do.
    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version    INT PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )
        .await?;
        let found: i32 = tx.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", &[]).await?.get(0);
        let known = i32::try_from(MIGRATIONS.len()).expect("a few migrations");
        if found > known {
            return Err(StoreError::TooNew { found: found.into(), known: known.into() });
        }
        for (version, sql) in (1..).zip(MIGRATIONS).skip(usize::try_from(found).unwrap_or(0)) {
            tx.batch_execute(sql).await?;
            tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", &[&version]).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn ingest(&self, reports: Vec<Report>, today: Date) -> Result<Vec<Outcome>, StoreError> {
        if reports.is_empty() {
            return Ok(Vec::new());
        }
        let mut client = self.client().await?;
        let tx = client.transaction().await?;

        // The batch's campaigns, in one query.
        let codes: BTreeSet<&str> = reports.iter().map(|report| report.campaign.as_compact()).collect();
        let codes: Vec<&str> = codes.into_iter().collect();
        let statement = tx.prepare_cached(&format!("{CAMPAIGN_COLUMNS} WHERE code = ANY($1)")).await?;
        let mut campaigns = HashMap::new();
        for row in tx.query(&statement, &[&codes]).await? {
            let campaign = campaign_from_row(&row)?;
            campaigns.insert(campaign.code.clone(), campaign);
        }
        let screened = screen(&reports, today, |code| Ok(campaigns.get(code).cloned()))?;

        // The first report to count under each key, by key hash: sorted, so
        // that every instance takes the index entries in the same order.
        let hashes: Vec<[u8; 16]> = reports.iter().map(|report| key_hash(&report.key)).collect();
        let mut first: BTreeMap<[u8; 16], (usize, String)> = BTreeMap::new();
        for (index, (report, screened)) in reports.iter().zip(&screened).enumerate() {
            if screened.is_ok() {
                first.entry(hashes[index]).or_insert_with(|| (index, report.week.to_string()));
            }
        }
        let mut fresh: HashSet<Vec<u8>> = HashSet::new();
        if !first.is_empty() {
            let keys: Vec<&[u8]> = first.keys().map(|hash| &hash[..]).collect();
            let weeks: Vec<&str> = first.values().map(|(_, week)| week.as_str()).collect();
            let statement = tx
                .prepare_cached(
                    "INSERT INTO seen_keys (key_hash, week) SELECT * FROM UNNEST($1::bytea[], $2::text[])
                     ON CONFLICT DO NOTHING RETURNING key_hash",
                )
                .await?;
            for row in tx.query(&statement, &[&keys, &weeks]).await? {
                fresh.insert(row.try_get(0)?);
            }
        }

        let mut outcomes = Vec::with_capacity(reports.len());
        let mut deltas = Deltas::default();
        for (index, (report, screened)) in reports.iter().zip(screened).enumerate() {
            outcomes.push(match screened {
                Err(outcome) => outcome,
                Ok(campaign_id) => {
                    let hash = &hashes[index];
                    if fresh.contains(&hash[..]) && first[hash].0 == index {
                        deltas.add(campaign_id, report);
                        Outcome::Counted
                    } else {
                        Outcome::Duplicate
                    }
                }
            });
        }
        add_deltas(&tx, &deltas).await?;
        tx.commit().await?;
        Ok(outcomes)
    }

    pub async fn create_campaign(&self, campaign: NewCampaign) -> Result<Campaign, StoreError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "INSERT INTO campaigns (code, name, starts_on, ends_on) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (code) DO NOTHING RETURNING id",
            )
            .await?;
        // A clash of random codes is rare; try a few before giving up.
        for _ in 0..8 {
            let code = super::random_campaign_code();
            let row = client
                .query_opt(&statement, &[&code.as_compact(), &campaign.name, &campaign.starts_on, &campaign.ends_on])
                .await?;
            if let Some(row) = row {
                let id = row.try_get(0)?;
                return Ok(Campaign { id, code, name: campaign.name, starts_on: campaign.starts_on, ends_on: campaign.ends_on });
            }
        }
        Err(StoreError::Conflict("every campaign code tried".into()))
    }

    pub async fn campaign_by_code(&self, code: &CampaignCode) -> Result<Option<Campaign>, StoreError> {
        self.campaign_where("code = $1", &[&code.as_compact()]).await
    }

    pub async fn campaign(&self, id: i64) -> Result<Option<Campaign>, StoreError> {
        self.campaign_where("id = $1", &[&id]).await
    }

    pub async fn campaigns(&self) -> Result<Vec<Campaign>, StoreError> {
        let client = self.client().await?;
        let statement = client.prepare_cached(&format!("{CAMPAIGN_COLUMNS} ORDER BY id DESC")).await?;
        client.query(&statement, &[]).await?.iter().map(campaign_from_row).collect()
    }

    async fn campaign_where(&self, condition: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Campaign>, StoreError> {
        let client = self.client().await?;
        let statement = client.prepare_cached(&format!("{CAMPAIGN_COLUMNS} WHERE {condition}")).await?;
        client.query_opt(&statement, params).await?.as_ref().map(campaign_from_row).transpose()
    }

    pub async fn create_account(&self, username: &str, password_hash: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        let inserted = client
            .execute(
                "INSERT INTO accounts (username, password_hash) VALUES ($1, $2) ON CONFLICT (username) DO NOTHING",
                &[&username, &password_hash],
            )
            .await?;
        if inserted == 0 {
            return Err(StoreError::Conflict(format!("the account {username:?}")));
        }
        Ok(())
    }

    pub async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let changed =
            tx.execute("UPDATE accounts SET password_hash = $2 WHERE username = $1", &[&username, &password_hash]).await?;
        tx.execute("DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE username = $1)", &[&username])
            .await?;
        tx.commit().await?;
        Ok(changed == 1)
    }

    pub async fn account(&self, username: &str) -> Result<Option<Account>, StoreError> {
        let client = self.client().await?;
        let row = client.query_opt("SELECT id, username, password_hash FROM accounts WHERE username = $1", &[&username]).await?;
        Ok(match row {
            Some(row) => Some(Account { id: row.try_get(0)?, username: row.try_get(1)?, password_hash: row.try_get(2)? }),
            None => None,
        })
    }

    pub async fn create_session(&self, session: NewSession) -> Result<(), StoreError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)",
                &[&&session.token_hash[..], &session.account_id, &session.csrf_token, &session.expires_at.unix_timestamp()],
            )
            .await?;
        Ok(())
    }

    pub async fn session(&self, token_hash: [u8; 32], now: OffsetDateTime) -> Result<Option<Session>, StoreError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "SELECT s.account_id, a.username, s.csrf_token, s.expires_at
                 FROM sessions s JOIN accounts a ON a.id = s.account_id
                 WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .await?;
        let Some(row) = client.query_opt(&statement, &[&&token_hash[..], &now.unix_timestamp()]).await? else {
            return Ok(None);
        };
        let expires_at: i64 = row.try_get(3)?;
        Ok(Some(Session {
            account_id: row.try_get(0)?,
            username: row.try_get(1)?,
            csrf_token: row.try_get(2)?,
            expires_at: OffsetDateTime::from_unix_timestamp(expires_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        }))
    }

    pub async fn delete_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        let client = self.client().await?;
        client.execute("DELETE FROM sessions WHERE token_hash = $1", &[&&token_hash[..]]).await?;
        Ok(())
    }

    pub async fn lesson_stats(&self, campaign_id: i64, filter: &Filter, by: Dimension) -> Result<Vec<LessonRow>, StoreError> {
        let key = match by {
            Dimension::Week => "c.week",
            Dimension::Band => "c.band",
            Dimension::State => "lpad(c.state::text, 2, '0')",
            Dimension::Lesson => "l.lesson",
            Dimension::All => "''",
        };
        // SUM of BIGINT is NUMERIC in PostgreSQL: back to BIGINT (no sum of
        // counters bounded by the report format comes near its limit).
        let sql = format!(
            "SELECT ({key}) COLLATE \"C\" AS key, SUM(l.completed)::BIGINT, SUM(l.quiz_attempts)::BIGINT,
                    SUM(l.quiz_passed)::BIGINT, SUM(l.activities_done)::BIGINT
             FROM lesson_counts l JOIN cells c ON c.id = l.cell_id
             WHERE {FILTER_SQL} GROUP BY 1 HAVING COUNT(*) > 0 ORDER BY 1"
        );
        self.query_filtered(&sql, campaign_id, filter)
            .await?
            .iter()
            .map(|row| {
                Ok(LessonRow {
                    key: row.try_get(0)?,
                    completed: row.try_get(1)?,
                    quiz_attempts: row.try_get(2)?,
                    quiz_passed: row.try_get(3)?,
                    activities_done: row.try_get(4)?,
                })
            })
            .collect()
    }

    /// Runs one of the statistics queries, whose WHERE is [`FILTER_SQL`].
    async fn query_filtered(&self, sql: &str, campaign_id: i64, filter: &Filter) -> Result<Vec<Row>, StoreError> {
        let client = self.client().await?;
        let statement = client.prepare_cached(sql).await?;
        Ok(client.query(&statement, &FilterParams::of(campaign_id, filter).as_sql()).await?)
    }

    pub async fn question_stats(&self, campaign_id: i64, filter: &Filter) -> Result<Vec<QuestionRow>, StoreError> {
        let sql = format!(
            "SELECT l.lesson COLLATE \"C\", l.question COLLATE \"C\", SUM(l.answered)::BIGINT, SUM(l.first_try_right)::BIGINT
             FROM question_counts l JOIN cells c ON c.id = l.cell_id
             WHERE {FILTER_SQL} GROUP BY 1, 2 ORDER BY 1, 2"
        );
        self.query_filtered(&sql, campaign_id, filter)
            .await?
            .iter()
            .map(|row| {
                Ok(QuestionRow {
                    lesson: row.try_get(0)?,
                    question: row.try_get(1)?,
                    answered: row.try_get(2)?,
                    first_try_right: row.try_get(3)?,
                })
            })
            .collect()
    }

    pub async fn forget_before(&self, week: IsoWeek, now: OffsetDateTime) -> Result<u64, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let keys = tx.execute("DELETE FROM seen_keys WHERE week < $1", &[&week.to_string()]).await?;
        tx.execute("DELETE FROM sessions WHERE expires_at <= $1", &[&now.unix_timestamp()]).await?;
        tx.commit().await?;
        Ok(keys)
    }
}

/// Adds the batch's sums to the aggregate rows: one statement per table,
/// rows in the sorted order of `deltas` (see the module's note on deadlocks).
async fn add_deltas(tx: &deadpool_postgres::Transaction<'_>, deltas: &Deltas<'_>) -> Result<(), StoreError> {
    if deltas.is_empty() {
        return Ok(());
    }
    // The cells of both maps (valid reports have no question without its
    // lesson, but a question's cell must never be missing here).
    let cells: BTreeSet<CellKey> =
        deltas.lessons.keys().map(|(cell, _)| *cell).chain(deltas.questions.keys().map(|(cell, _, _)| *cell)).collect();
    let campaign_ids: Vec<i64> = cells.iter().map(|cell| cell.campaign_id).collect();
    let weeks: Vec<String> = cells.iter().map(|cell| cell.week.to_string()).collect();
    let bands: Vec<&str> = cells.iter().map(|cell| cell.band.tag()).collect();
    let states: Vec<i16> = cells.iter().map(|cell| cell.state).collect();
    let statement = tx
        .prepare_cached(
            "INSERT INTO cells (campaign_id, week, band, state)
             SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::smallint[])
             ON CONFLICT (campaign_id, week, band, state) DO UPDATE SET state = EXCLUDED.state
             RETURNING id, campaign_id, week, band, state",
        )
        .await?;
    let mut ids: HashMap<(i64, String, String, i16), i64> = HashMap::with_capacity(cells.len());
    for row in tx.query(&statement, &[&campaign_ids, &weeks, &bands, &states]).await? {
        ids.insert((row.try_get(1)?, row.try_get(2)?, row.try_get(3)?, row.try_get(4)?), row.try_get(0)?);
    }
    // An upsert with an unconditional DO UPDATE returns every row it was given.
    let cell_id =
        |cell: &CellKey| -> i64 { ids[&(cell.campaign_id, cell.week.to_string(), cell.band.tag().to_owned(), cell.state)] };

    if !deltas.lessons.is_empty() {
        let mut cell_ids = Vec::with_capacity(deltas.lessons.len());
        let mut lessons = Vec::with_capacity(deltas.lessons.len());
        let (mut completed, mut attempts, mut passed, mut activities) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for ((cell, lesson), sums) in &deltas.lessons {
            cell_ids.push(cell_id(cell));
            lessons.push(*lesson);
            completed.push(sums.completed);
            attempts.push(sums.quiz_attempts);
            passed.push(sums.quiz_passed);
            activities.push(sums.activities_done);
        }
        let statement = tx
            .prepare_cached(
                "INSERT INTO lesson_counts (cell_id, lesson, completed, quiz_attempts, quiz_passed, activities_done)
                 SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[])
                 ON CONFLICT (cell_id, lesson) DO UPDATE SET
                   completed = lesson_counts.completed + EXCLUDED.completed,
                   quiz_attempts = lesson_counts.quiz_attempts + EXCLUDED.quiz_attempts,
                   quiz_passed = lesson_counts.quiz_passed + EXCLUDED.quiz_passed,
                   activities_done = lesson_counts.activities_done + EXCLUDED.activities_done",
            )
            .await?;
        tx.execute(&statement, &[&cell_ids, &lessons, &completed, &attempts, &passed, &activities]).await?;
    }

    if !deltas.questions.is_empty() {
        let mut cell_ids = Vec::with_capacity(deltas.questions.len());
        let (mut lessons, mut questions) = (Vec::new(), Vec::new());
        let (mut answered, mut first_try_right) = (Vec::new(), Vec::new());
        for ((cell, lesson, question), sums) in &deltas.questions {
            cell_ids.push(cell_id(cell));
            lessons.push(*lesson);
            questions.push(*question);
            answered.push(sums.answered);
            first_try_right.push(sums.first_try_right);
        }
        let statement = tx
            .prepare_cached(
                "INSERT INTO question_counts (cell_id, lesson, question, answered, first_try_right)
                 SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::bigint[])
                 ON CONFLICT (cell_id, lesson, question) DO UPDATE SET
                   answered = question_counts.answered + EXCLUDED.answered,
                   first_try_right = question_counts.first_try_right + EXCLUDED.first_try_right",
            )
            .await?;
        tx.execute(&statement, &[&cell_ids, &lessons, &questions, &answered, &first_try_right]).await?;
    }
    Ok(())
}

/// The WHERE clause every statistic shares; `$1` is the campaign and the
/// rest are the filter's parts, each ignored when NULL. (The text columns
/// are `COLLATE "C"`, so `week` compares bytewise, as in SQLite.)
const FILTER_SQL: &str = "c.campaign_id = $1
    AND ($2::text IS NULL OR c.week >= $2) AND ($3::text IS NULL OR c.week <= $3)
    AND ($4::text IS NULL OR c.band = $4) AND ($5::smallint IS NULL OR c.state = $5)
    AND ($6::text IS NULL OR l.lesson = $6)
    AND ($7::bigint IS NULL OR c.id IN (
        SELECT g.cell_id FROM lesson_counts g JOIN cells gc ON gc.id = g.cell_id
        WHERE gc.campaign_id = $1 GROUP BY g.cell_id HAVING SUM(g.completed) >= $7))";

struct FilterParams {
    campaign_id: i64,
    from: Option<String>,
    to: Option<String>,
    band: Option<&'static str>,
    place: Option<i16>,
    lesson: Option<String>,
    smallest_group: Option<i64>,
}

impl FilterParams {
    fn of(campaign_id: i64, filter: &Filter) -> FilterParams {
        FilterParams {
            campaign_id,
            from: filter.from.map(|w| w.to_string()),
            to: filter.to.map(|w| w.to_string()),
            band: filter.band.map(|b| b.tag()),
            place: filter.place.map(|p| p.number()),
            lesson: filter.lesson.as_ref().map(|l| l.to_string()),
            smallest_group: filter.smallest_group,
        }
    }

    fn as_sql(&self) -> [&(dyn ToSql + Sync); 7] {
        [&self.campaign_id, &self.from, &self.to, &self.band, &self.place, &self.lesson, &self.smallest_group]
    }
}

const CAMPAIGN_COLUMNS: &str = "SELECT id, code, name, starts_on, ends_on FROM campaigns";

fn campaign_from_row(row: &Row) -> Result<Campaign, StoreError> {
    let Code(code) = row.try_get(1)?;
    Ok(Campaign { id: row.try_get(0)?, code, name: row.try_get(2)?, starts_on: row.try_get(3)?, ends_on: row.try_get(4)? })
}

/// A campaign code column, checked as it is read (a malformed one becomes a
/// `tokio_postgres` conversion error, as SQLite's becomes a rusqlite one).
struct Code(CampaignCode);

impl<'a> FromSql<'a> for Code {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Code, Box<dyn std::error::Error + Sync + Send>> {
        let text = <&str as FromSql>::from_sql(ty, raw)?;
        Ok(Code(text.parse().map_err(|e: String| format!("{text:?}: {e}"))?))
    }

    fn accepts(ty: &Type) -> bool {
        <&str as FromSql>::accepts(ty)
    }
}
