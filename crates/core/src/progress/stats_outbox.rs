//! The campaign statistics as stored: the adult's setting (one row while it
//! is on) and the outbox of reports waiting for the collector's answer.

use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result};

/// The statistics setting, present only while an adult has it on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsSettingRow {
    pub server_url: String,
    /// The campaign code, as the collector wrote it (`K7MD-Q4TW`).
    pub campaign: String,
    pub campaign_name: String,
    /// INEGI code (`"09"`), if the adult chose a state.
    pub state: Option<String>,
    /// Unix seconds: nothing done before is ever counted.
    pub enabled_at: i64,
    /// The last ISO week (`2026-W48`) whose reports were written to the outbox.
    pub built_through: Option<String>,
    pub last_sent_at: Option<i64>,
    /// A `SyncProblem` tag: what went wrong last, until a send succeeds.
    pub last_problem: Option<String>,
    /// A `SyncProblem` tag if the collector said the campaign is over (or
    /// unknown): nothing more is built or sent.
    pub stopped: Option<String>,
}

/// What an adult chose when turning the statistics on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStatsSetting {
    pub server_url: String,
    pub campaign: String,
    pub campaign_name: String,
    pub state: Option<String>,
    pub enabled_at: i64,
}

/// A report in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub week: String,
    pub band: String,
    /// Exactly the body that is sent, idempotency key included.
    pub body: String,
    pub created_at: i64,
    /// Unix seconds before which it is not sent unless an adult says so.
    pub send_after: i64,
    /// Failed tries so far (no answer, or a 5xx).
    pub failures: u32,
    pub next_try_at: i64,
    /// A `SyncProblem` tag if the collector refused it for good.
    pub refused: Option<String>,
}

/// A report ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutboxReport {
    pub week: String,
    pub band: String,
    pub body: String,
    pub send_after: i64,
}

const OUTBOX_COLUMNS: &str = "id, week, band, body, created_at, send_after, failures, next_try_at, refused";

fn outbox_row(row: &Row) -> rusqlite::Result<OutboxRow> {
    Ok(OutboxRow {
        id: row.get(0)?,
        week: row.get(1)?,
        band: row.get(2)?,
        body: row.get(3)?,
        created_at: row.get(4)?,
        send_after: row.get(5)?,
        failures: row.get(6)?,
        next_try_at: row.get(7)?,
        refused: row.get(8)?,
    })
}

impl Db {
    pub fn stats_setting(&self) -> Result<Option<StatsSettingRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT server_url, campaign, campaign_name, state, enabled_at, built_through, last_sent_at, last_problem, stopped
                 FROM stats_setting WHERE id = 1",
                [],
                |r| {
                    Ok(StatsSettingRow {
                        server_url: r.get(0)?,
                        campaign: r.get(1)?,
                        campaign_name: r.get(2)?,
                        state: r.get(3)?,
                        enabled_at: r.get(4)?,
                        built_through: r.get(5)?,
                        last_sent_at: r.get(6)?,
                        last_problem: r.get(7)?,
                        stopped: r.get(8)?,
                    })
                },
            )
            .optional()?)
    }

    /// Turns the statistics on (or over to another campaign), starting
    /// afresh: an empty outbox and nothing counted before `enabled_at`.
    pub fn turn_stats_on(&self, setting: &NewStatsSetting) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute("DELETE FROM stats_outbox", [])?;
            tx.conn.execute("DELETE FROM stats_setting", [])?;
            tx.conn.execute(
                "INSERT INTO stats_setting (id, server_url, campaign, campaign_name, state, enabled_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![setting.server_url, setting.campaign, setting.campaign_name, setting.state, setting.enabled_at],
            )?;
            Ok(())
        })
    }

    /// Turns the statistics off and deletes every report not yet sent.
    /// Returns how many reports were deleted.
    pub fn turn_stats_off(&self) -> Result<usize> {
        self.write(|tx| {
            let deleted = tx.conn.execute("DELETE FROM stats_outbox", [])?;
            tx.conn.execute("DELETE FROM stats_setting", [])?;
            Ok(deleted)
        })
    }

    /// Writes a closed week's reports (one per age band) and marks the week
    /// built, in one transaction: a crash leaves either both or neither.
    /// A report already there for that week and band is kept as it is (its
    /// key may have been sent already).
    pub fn add_week_to_outbox(&self, week: &str, reports: &[NewOutboxReport], now: i64) -> Result<()> {
        self.write(|tx| {
            for report in reports {
                tx.conn.execute(
                    "INSERT INTO stats_outbox (week, band, body, created_at, send_after, next_try_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (week, band) DO NOTHING",
                    params![report.week, report.band, report.body, now, report.send_after],
                )?;
            }
            tx.conn.execute("UPDATE stats_setting SET built_through = ?1 WHERE id = 1", [week])?;
            Ok(())
        })
    }

    /// Deletes the reports of weeks before `oldest` (`2026-W05`: the
    /// zero-padded form sorts as text). Returns how many were deleted.
    pub fn trim_outbox_before(&self, oldest: &str) -> Result<usize> {
        Ok(self.conn.execute("DELETE FROM stats_outbox WHERE week < ?1", [oldest])?)
    }

    /// Every report in the outbox, oldest week first.
    pub fn outbox(&self) -> Result<Vec<OutboxRow>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {OUTBOX_COLUMNS} FROM stats_outbox ORDER BY week, band"))?;
        let rows = stmt.query_map([], outbox_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn outbox_report(&self, id: i64) -> Result<OutboxRow> {
        self.conn
            .query_row(&format!("SELECT {OUTBOX_COLUMNS} FROM stats_outbox WHERE id = ?1"), [id], outbox_row)
            .map_err(super::not_found)
    }

    /// Deletes one report (an adult's choice, or after the collector took it).
    pub fn delete_outbox_report(&self, id: i64) -> Result<bool> {
        Ok(self.conn.execute("DELETE FROM stats_outbox WHERE id = ?1", [id])? > 0)
    }

    /// The collector took the report (counted, or already counted before).
    pub fn outbox_report_sent(&self, id: i64, at: i64) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute("DELETE FROM stats_outbox WHERE id = ?1", [id])?;
            tx.conn.execute("UPDATE stats_setting SET last_sent_at = ?1, last_problem = NULL WHERE id = 1", [at])?;
            Ok(())
        })
    }

    /// The report did not get through; it is tried again at `next_try_at`
    /// with the same body.
    pub fn outbox_report_failed(&self, id: i64, next_try_at: i64, problem: &str) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute(
                "UPDATE stats_outbox SET failures = failures + 1, next_try_at = ?2 WHERE id = ?1",
                params![id, next_try_at],
            )?;
            tx.conn.execute("UPDATE stats_setting SET last_problem = ?1 WHERE id = 1", [problem])?;
            Ok(())
        })
    }

    /// The collector refused the report for good: it stays, marked, for
    /// the adult to see, and is not sent again.
    pub fn outbox_report_refused(&self, id: i64, problem: &str) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute("UPDATE stats_outbox SET refused = ?2 WHERE id = ?1", params![id, problem])?;
            tx.conn.execute("UPDATE stats_setting SET last_problem = ?1 WHERE id = 1", [problem])?;
            Ok(())
        })
    }

    /// The campaign is over for this computer: every waiting report is
    /// marked refused with `problem`, and nothing more is built or sent.
    pub fn stop_stats(&self, problem: &str) -> Result<()> {
        self.write(|tx| {
            tx.conn.execute("UPDATE stats_outbox SET refused = ?1 WHERE refused IS NULL", [problem])?;
            tx.conn.execute("UPDATE stats_setting SET stopped = ?1, last_problem = ?1 WHERE id = 1", [problem])?;
            Ok(())
        })
    }

    /// Forgets the last problem (the adult deleted the report it was about).
    pub fn clear_stats_problem(&self) -> Result<()> {
        self.conn.execute("UPDATE stats_setting SET last_problem = NULL WHERE id = 1", [])?;
        Ok(())
    }

    /// A problem that concerns no report in particular (the server could
    /// not be reached before any report was tried).
    pub fn set_stats_problem(&self, problem: &str) -> Result<()> {
        self.conn.execute("UPDATE stats_setting SET last_problem = ?1 WHERE id = 1", [problem])?;
        Ok(())
    }
}
