//! SQLite: one file, WAL, `synchronous=FULL` so that a committed batch
//! survives a crash or a power cut. One writer connection (SQLite allows one
//! writer anyway) behind a mutex; reads open their own connection, so the
//! dashboard never waits for a batch.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ciberescudo_report::{CampaignCode, IsoWeek, Report};
use rusqlite::{named_params, params, Connection, OpenFlags, OptionalExtension, Row, Transaction};
use rusqlite_migration::{Migrations, M};
use time::{Date, OffsetDateTime};

use super::{key_hash, screen, CellKey, Deltas, StoreError};
use super::{Account, Campaign, Dimension, Filter, LessonRow, NewCampaign, NewSession, Outcome, QuestionRow, Session};

const MIGRATIONS: &[&str] = &[include_str!("../../migrations/sqlite/001_initial.sql")];

#[derive(Clone)]
pub struct SqliteStore {
    path: PathBuf,
    writer: Arc<Mutex<Writer>>,
}

struct Writer {
    db: Connection,
    /// Cells are never deleted, so their ids can be remembered.
    cell_ids: HashMap<CellKey, i64>,
}

impl SqliteStore {
    pub async fn open(path: PathBuf) -> Result<SqliteStore, StoreError> {
        let writer_path = path.clone();
        let db = blocking(move || {
            let mut db = Connection::open(&writer_path)?;
            db.pragma_update(None, "journal_mode", "WAL")?;
            db.pragma_update(None, "synchronous", "FULL")?;
            db.pragma_update(None, "foreign_keys", true)?;
            db.busy_timeout(std::time::Duration::from_secs(5))?;
            let found: i64 = db.pragma_query_value(None, "user_version", |row| row.get(0))?;
            let known = MIGRATIONS.len() as i64;
            if found > known {
                return Err(StoreError::TooNew { found, known });
            }
            migrations().to_latest(&mut db)?;
            packed::register(&db)?;
            Ok(db)
        })
        .await?;
        Ok(SqliteStore { path, writer: Arc::new(Mutex::new(Writer { db, cell_ids: HashMap::new() })) })
    }

    /// Runs `work` on the writer connection, off the async threads.
    async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Writer) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let writer = self.writer.clone();
        blocking(move || {
            let mut writer = writer.lock().unwrap_or_else(|poisoned| {
                // A panic mid-batch may have left ids of rolled-back cells.
                let mut writer = poisoned.into_inner();
                writer.cell_ids.clear();
                writer
            });
            work(&mut writer)
        })
        .await
    }

    /// Runs `work` on a fresh read-only connection.
    async fn read<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let path = self.path.clone();
        blocking(move || {
            let db = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            db.busy_timeout(std::time::Duration::from_secs(5))?;
            work(&db)
        })
        .await
    }

    pub async fn ingest(&self, reports: Vec<Report>, today: Date) -> Result<Vec<Outcome>, StoreError> {
        self.write(move |writer| {
            let Writer { db, cell_ids } = writer;
            let tx = db.transaction()?;
            let screened = screen(&reports, today, |code| campaign_where(&tx, "code = ?1", params![code.as_compact()]))?;
            let mut outcomes = Vec::with_capacity(reports.len());
            let mut deltas = Deltas::default();
            {
                let mut remember =
                    tx.prepare_cached("INSERT INTO seen_keys (key_hash, week) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
                for (report, screened) in reports.iter().zip(screened) {
                    let outcome = match screened {
                        Err(outcome) => outcome,
                        Ok(campaign_id) => {
                            if remember.execute(params![&key_hash(&report.key)[..], report.week.to_string()])? == 1 {
                                deltas.add(campaign_id, report);
                                Outcome::Counted
                            } else {
                                Outcome::Duplicate
                            }
                        }
                    };
                    outcomes.push(outcome);
                }
            }
            let mut fresh_cells = Vec::new();
            let added = add_deltas(&tx, cell_ids, &mut fresh_cells, &deltas).and_then(|()| Ok(tx.commit()?));
            if added.is_err() {
                // The cell rows just made are gone with the transaction:
                // their ids may be given to other cells next time.
                for cell in fresh_cells {
                    cell_ids.remove(&cell);
                }
            }
            added.map(|()| outcomes)
        })
        .await
    }

    pub async fn create_campaign(&self, campaign: NewCampaign) -> Result<Campaign, StoreError> {
        self.write(move |writer| {
            // A clash of random codes is rare; try a few before giving up.
            for _ in 0..8 {
                let code = super::random_campaign_code();
                let inserted = writer.db.execute(
                    "INSERT INTO campaigns (code, name, starts_on, ends_on, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (code) DO NOTHING",
                    params![
                        code.as_compact(),
                        campaign.name,
                        campaign.starts_on.to_string(),
                        campaign.ends_on.to_string(),
                        OffsetDateTime::now_utc().date().to_string()
                    ],
                )?;
                if inserted == 1 {
                    let id = writer.db.last_insert_rowid();
                    return Ok(Campaign {
                        id,
                        code,
                        name: campaign.name,
                        starts_on: campaign.starts_on,
                        ends_on: campaign.ends_on,
                    });
                }
            }
            Err(StoreError::Conflict("every campaign code tried".into()))
        })
        .await
    }

    pub async fn campaign_by_code(&self, code: &CampaignCode) -> Result<Option<Campaign>, StoreError> {
        let code = code.as_compact().to_owned();
        self.read(move |db| campaign_where(db, "code = ?1", params![code])).await
    }

    pub async fn campaign(&self, id: i64) -> Result<Option<Campaign>, StoreError> {
        self.read(move |db| campaign_where(db, "id = ?1", params![id])).await
    }

    pub async fn campaigns(&self) -> Result<Vec<Campaign>, StoreError> {
        self.read(|db| {
            let mut statement = db.prepare(&format!("{CAMPAIGN_COLUMNS} ORDER BY id DESC"))?;
            let rows = statement.query_map([], campaign_from_row)?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    pub async fn create_account(&self, username: &str, password_hash: &str) -> Result<(), StoreError> {
        let (username, password_hash) = (username.to_owned(), password_hash.to_owned());
        self.write(move |writer| {
            let inserted = writer.db.execute(
                "INSERT INTO accounts (username, password_hash, created_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (username) DO NOTHING",
                params![username, password_hash, OffsetDateTime::now_utc().date().to_string()],
            )?;
            if inserted == 0 {
                return Err(StoreError::Conflict(format!("the account {username:?}")));
            }
            Ok(())
        })
        .await
    }

    pub async fn set_password(&self, username: &str, password_hash: &str) -> Result<bool, StoreError> {
        let (username, password_hash) = (username.to_owned(), password_hash.to_owned());
        self.write(move |writer| {
            let tx = writer.db.transaction()?;
            let changed =
                tx.execute("UPDATE accounts SET password_hash = ?2 WHERE username = ?1", params![username, password_hash])?;
            tx.execute(
                "DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE username = ?1)",
                params![username],
            )?;
            tx.commit()?;
            Ok(changed == 1)
        })
        .await
    }

    pub async fn account(&self, username: &str) -> Result<Option<Account>, StoreError> {
        let username = username.to_owned();
        self.read(move |db| {
            Ok(db
                .query_row("SELECT id, username, password_hash FROM accounts WHERE username = ?1", params![username], |row| {
                    Ok(Account { id: row.get(0)?, username: row.get(1)?, password_hash: row.get(2)? })
                })
                .optional()?)
        })
        .await
    }

    pub async fn create_session(&self, session: NewSession) -> Result<(), StoreError> {
        self.write(move |writer| {
            writer.db.execute(
                "INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![&session.token_hash[..], session.account_id, session.csrf_token, session.expires_at.unix_timestamp()],
            )?;
            Ok(())
        })
        .await
    }

    pub async fn session(&self, token_hash: [u8; 32], now: OffsetDateTime) -> Result<Option<Session>, StoreError> {
        self.read(move |db| {
            Ok(db
                .query_row(
                    "SELECT s.account_id, a.username, s.csrf_token, s.expires_at
                     FROM sessions s JOIN accounts a ON a.id = s.account_id
                     WHERE s.token_hash = ?1 AND s.expires_at > ?2",
                    params![&token_hash[..], now.unix_timestamp()],
                    |row| {
                        let expires_at: i64 = row.get(3)?;
                        Ok(Session {
                            account_id: row.get(0)?,
                            username: row.get(1)?,
                            csrf_token: row.get(2)?,
                            expires_at: OffsetDateTime::from_unix_timestamp(expires_at).unwrap_or(OffsetDateTime::UNIX_EPOCH),
                        })
                    },
                )
                .optional()?)
        })
        .await
    }

    pub async fn delete_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        self.write(move |writer| {
            writer.db.execute("DELETE FROM sessions WHERE token_hash = ?1", params![&token_hash[..]])?;
            Ok(())
        })
        .await
    }

    pub async fn lesson_stats(&self, campaign_id: i64, filter: &Filter, by: Dimension) -> Result<Vec<LessonRow>, StoreError> {
        let filter = filter.clone();
        self.read(move |db| {
            let key = match by {
                Dimension::Week => "c.week",
                Dimension::Band => "c.band",
                Dimension::State => "printf('%02d', c.state)",
                Dimension::Lesson => "l.lesson",
                Dimension::All => "''",
            };
            let sql = format!(
                "SELECT {key} AS key, SUM(l.completed), SUM(l.quiz_attempts), SUM(l.quiz_passed), SUM(l.activities_done)
                 FROM lesson_counts l JOIN cells c ON c.id = l.cell_id
                 WHERE {where_} GROUP BY 1 HAVING COUNT(*) > 0 ORDER BY 1",
                where_ = FILTER_SQL
            );
            let mut statement = db.prepare(&sql)?;
            let rows = statement.query_map(rusqlite::params_from_iter(filter_params(campaign_id, &filter)), |row| {
                Ok(LessonRow {
                    key: row.get(0)?,
                    completed: row.get(1)?,
                    quiz_attempts: row.get(2)?,
                    quiz_passed: row.get(3)?,
                    activities_done: row.get(4)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    pub async fn question_stats(&self, campaign_id: i64, filter: &Filter) -> Result<Vec<QuestionRow>, StoreError> {
        let filter = filter.clone();
        self.read(move |db| {
            let sql =
                format!("SELECT l.lesson, l.counts FROM question_counts l JOIN cells c ON c.id = l.cell_id WHERE {FILTER_SQL}");
            let mut statement = db.prepare(&sql)?;
            let mut rows = statement.query(rusqlite::params_from_iter(filter_params(campaign_id, &filter)))?;
            // Summed here rather than in SQL: each row packs a lesson's questions.
            let mut sums: BTreeMap<(String, String), [i64; 2]> = BTreeMap::new();
            while let Some(row) = rows.next()? {
                let lesson: String = row.get(0)?;
                for (question, [answered, right]) in packed::read(row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?)? {
                    let sum = sums.entry((lesson.clone(), question.to_owned())).or_default();
                    sum[0] += answered;
                    sum[1] += right;
                }
            }
            Ok(sums
                .into_iter()
                .map(|((lesson, question), [answered, first_try_right])| QuestionRow {
                    lesson,
                    question,
                    answered,
                    first_try_right,
                })
                .collect())
        })
        .await
    }

    pub async fn forget_before(&self, week: IsoWeek, now: OffsetDateTime) -> Result<u64, StoreError> {
        self.write(move |writer| {
            let tx = writer.db.transaction()?;
            let keys = tx.execute("DELETE FROM seen_keys WHERE week < ?1", params![week.to_string()])?;
            tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", params![now.unix_timestamp()])?;
            tx.commit()?;
            Ok(keys as u64)
        })
        .await
    }
}

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Adds the batch's sums to the aggregate rows. Notes in `fresh` the cells
/// it created, so the caller can forget them if the transaction fails.
fn add_deltas(
    tx: &Transaction,
    cell_ids: &mut HashMap<CellKey, i64>,
    fresh: &mut Vec<CellKey>,
    deltas: &Deltas<'_>,
) -> Result<(), StoreError> {
    if deltas.is_empty() {
        return Ok(());
    }
    let mut find_cell = tx.prepare_cached(
        "INSERT INTO cells (campaign_id, week, band, state) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (campaign_id, week, band, state) DO UPDATE SET state = excluded.state
         RETURNING id",
    )?;
    for cell in deltas.cells() {
        if let std::collections::hash_map::Entry::Vacant(entry) = cell_ids.entry(cell) {
            let id: i64 = find_cell
                .query_row(params![cell.campaign_id, cell.week.to_string(), cell.band.tag(), cell.state], |row| row.get(0))?;
            entry.insert(id);
            fresh.push(cell);
        }
    }
    let mut add_lesson = tx.prepare_cached(
        "INSERT INTO lesson_counts (cell_id, lesson, completed, quiz_attempts, quiz_passed, activities_done)
         VALUES (:cell, :lesson, :completed, :attempts, :passed, :activities)
         ON CONFLICT (cell_id, lesson) DO UPDATE SET
           completed = completed + excluded.completed,
           quiz_attempts = quiz_attempts + excluded.quiz_attempts,
           quiz_passed = quiz_passed + excluded.quiz_passed,
           activities_done = activities_done + excluded.activities_done",
    )?;
    for ((cell, lesson), sums) in &deltas.lessons {
        add_lesson.execute(named_params! {
            ":cell": cell_ids[cell],
            ":lesson": lesson,
            ":completed": sums.completed,
            ":attempts": sums.quiz_attempts,
            ":passed": sums.quiz_passed,
            ":activities": sums.activities_done,
        })?;
    }
    let mut add_questions = tx.prepare_cached(
        "INSERT INTO question_counts (cell_id, lesson, counts) VALUES (?1, ?2, ?3)
         ON CONFLICT (cell_id, lesson) DO UPDATE SET counts = add_question_counts(counts, excluded.counts)",
    )?;
    // The question map is sorted by cell, then lesson: one row per run.
    let mut questions = deltas.questions.iter().peekable();
    while let Some(((cell, lesson, question), sums)) = questions.next() {
        let mut counts = packed::Counts::new();
        counts.insert(question, [sums.answered, sums.first_try_right]);
        while let Some(((_, _, question), sums)) = questions.next_if(|((c, l, _), _)| c == cell && l == lesson) {
            counts.insert(question, [sums.answered, sums.first_try_right]);
        }
        add_questions.execute(params![cell_ids[cell], lesson, packed::write(&counts)])?;
    }
    Ok(())
}

/// A lesson's question counters in one row: JSON `{"question-id":
/// [answered, first_try_right], ...}`. SQLite has one writer thread, and a
/// row per question would be eight upserts per lesson instead of one (the
/// write path's benchmark: README, "How fast"). PostgreSQL, which spreads
/// that work, keeps a row per question.
mod packed {
    use std::collections::BTreeMap;

    use rusqlite::functions::{Context, FunctionFlags};
    use rusqlite::Connection;

    /// Question ids are slugs (no escapes in JSON), so they borrow from the text.
    pub type Counts<'a> = BTreeMap<&'a str, [i64; 2]>;

    pub fn read(text: &str) -> rusqlite::Result<Counts<'_>> {
        serde_json::from_str(text).map_err(|e| rusqlite::Error::UserFunctionError(e.into()))
    }

    pub fn write(counts: &Counts) -> String {
        serde_json::to_string(counts).expect("a map of numbers always serialises")
    }

    /// `add_question_counts(old, new)`: the two maps added key by key.
    pub fn register(db: &Connection) -> rusqlite::Result<()> {
        let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
        db.create_scalar_function("add_question_counts", 2, flags, |context: &Context| {
            let (old, new) = (context.get_raw(0).as_str()?, context.get_raw(1).as_str()?);
            let mut total = read(old)?;
            for (question, [answered, right]) in read(new)? {
                let sum = total.entry(question).or_default();
                sum[0] += answered;
                sum[1] += right;
            }
            Ok(write(&total))
        })
    }
}

/// The WHERE clause every statistic shares; `?1` is the campaign and the
/// rest are the filter's parts, each ignored when NULL. The last leaves out
/// the cells whose lessons completed add up to less than it.
const FILTER_SQL: &str = "c.campaign_id = ?1
    AND (?2 IS NULL OR c.week >= ?2) AND (?3 IS NULL OR c.week <= ?3)
    AND (?4 IS NULL OR c.band = ?4) AND (?5 IS NULL OR c.state = ?5)
    AND (?6 IS NULL OR l.lesson = ?6)
    AND (?7 IS NULL OR c.id IN (
        SELECT g.cell_id FROM lesson_counts g JOIN cells gc ON gc.id = g.cell_id
        WHERE gc.campaign_id = ?1 GROUP BY g.cell_id HAVING SUM(g.completed) >= ?7))";

fn filter_params(campaign_id: i64, filter: &Filter) -> Vec<Box<dyn rusqlite::ToSql>> {
    vec![
        Box::new(campaign_id),
        Box::new(filter.from.map(|w| w.to_string())),
        Box::new(filter.to.map(|w| w.to_string())),
        Box::new(filter.band.map(|b| b.tag())),
        Box::new(filter.place.map(|p| p.number())),
        Box::new(filter.lesson.as_ref().map(|l| l.to_string())),
        Box::new(filter.smallest_group),
    ]
}

const CAMPAIGN_COLUMNS: &str = "SELECT id, code, name, starts_on, ends_on FROM campaigns";

fn campaign_where(db: &Connection, condition: &str, params: impl rusqlite::Params) -> Result<Option<Campaign>, StoreError> {
    Ok(db.query_row(&format!("{CAMPAIGN_COLUMNS} WHERE {condition}"), params, campaign_from_row).optional()?)
}

fn campaign_from_row(row: &Row) -> rusqlite::Result<Campaign> {
    let text_column = |index: usize, value: String, problem: String| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, format!("{value:?}: {problem}").into())
    };
    let code: String = row.get(1)?;
    let date = |index: usize| -> rusqlite::Result<Date> {
        let text: String = row.get(index)?;
        Date::parse(&text, &time::format_description::well_known::Iso8601::DATE)
            .map_err(|e| text_column(index, text, e.to_string()))
    };
    Ok(Campaign {
        id: row.get(0)?,
        code: code.parse().map_err(|e: String| text_column(1, code.clone(), e))?,
        name: row.get(2)?,
        starts_on: date(3)?,
        ends_on: date(4)?,
    })
}

async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T, StoreError> + Send + 'static) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| StoreError::Worker(e.to_string()))?
}
