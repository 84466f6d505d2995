//! The real `ciberescudo-collector` binary on loopback, on a database of its
//! own: SQLite in a temporary directory, or a fresh PostgreSQL database
//! (`CREATE DATABASE test_<random>`) on the server that
//! `CIBERESCUDO_TEST_POSTGRES_URL` names.
//!
//! Without that variable the PostgreSQL variant of a test fails, so that a
//! run that was meant to cover both backends cannot pass on one; set
//! `CIBERESCUDO_TEST_POSTGRES=skip` to run SQLite alone on purpose.
//! `scripts/with-postgres.sh cargo test -p ciberescudo-collector` starts a
//! throwaway PostgreSQL and sets the URL.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use ciberescudo_collector::store::{Database, Dimension, Filter, Store};
use ciberescudo_report::IsoWeek;
use time::{Date, OffsetDateTime};

// The PostgreSQL side's helper: a fresh database per test, and the rule that
// a missing server fails unless skipping was asked for.
#[path = "pg.rs"]
mod pg;

pub const BIN: &str = env!("CARGO_BIN_EXE_ciberescudo-collector");

/// A rate limit no test reaches unless it means to.
pub const NO_RATE_LIMIT: &str = "[rate_limit]\nper_second = 1000000\nburst = 1000000\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named scenario `fn(Backend)` as a test against SQLite (module
/// `sqlite`) and against PostgreSQL (module `postgres`).
#[macro_export]
macro_rules! on_both_backends {
    ($($scenario:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $scenario() { super::$scenario(super::support::server::Backend::Sqlite) } )*
        }
        mod postgres {
            $( #[test] fn $scenario() { super::$scenario(super::support::server::Backend::Postgres) } )*
        }
    };
}

/// One test's database and its temporary directory (configurations, logs,
/// the SQLite file). A PostgreSQL database is dropped with it.
pub struct TestDb {
    pub backend: Backend,
    pub dir: tempfile::TempDir,
    /// The configuration's `database` setting.
    pub setting: String,
    postgres: Option<pg::TestDatabase>,
}

static CONFIGS: AtomicUsize = AtomicUsize::new(0);

impl TestDb {
    /// `None` only when PostgreSQL was skipped on purpose.
    pub fn new(backend: Backend) -> Option<TestDb> {
        let dir = tempfile::tempdir().expect("a temporary directory");
        match backend {
            Backend::Sqlite => {
                let setting = dir.path().join("collector.sqlite3").display().to_string();
                Some(TestDb { backend, dir, setting, postgres: None })
            }
            Backend::Postgres => {
                let database = runtime().block_on(pg::TestDatabase::create())?;
                Some(TestDb { backend, dir, setting: database.url.clone(), postgres: Some(database) })
            }
        }
    }

    /// Writes a configuration for this database (loopback, any free port)
    /// with `extra` TOML after it, and returns its path.
    pub fn config(&self, extra: &str) -> PathBuf {
        let path = self.dir.path().join(format!("collector-{}.toml", CONFIGS.fetch_add(1, Ordering::Relaxed)));
        let text = format!("listen = \"127.0.0.1:0\"\ndatabase = {:?}\n{extra}", self.setting);
        std::fs::write(&path, text).expect("write the configuration");
        path
    }

    /// Runs the binary's `args` with `--config` for this database.
    pub fn cli(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let config = self.config("");
        let mut command = Command::new(BIN);
        command.args(args).arg("--config").arg(&config).stdout(Stdio::piped()).stderr(Stdio::piped());
        command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
        let mut child = command.spawn().expect("start the collector");
        if let Some(text) = stdin {
            use std::io::Write;
            // A command that refuses before reading its input closes it: fine.
            let _ = child.stdin.take().expect("piped").write_all(text.as_bytes());
        }
        child.wait_with_output().expect("the command finishes")
    }

    /// `campaign create` through the command line; the code it printed.
    pub fn create_campaign(&self, name: &str, starts: Date, ends: Date) -> String {
        let output =
            self.cli(&["campaign", "create", "--name", name, "--starts", &starts.to_string(), "--ends", &ends.to_string()], None);
        assert!(output.status.success(), "campaign create failed: {}", String::from_utf8_lossy(&output.stderr));
        let code = String::from_utf8(output.stdout).expect("UTF-8").trim().to_owned();
        assert!(code.len() == 9 && code.as_bytes()[4] == b'-', "not a code: {code:?}");
        code
    }

    /// A campaign running from a month ago to a month ahead.
    pub fn open_campaign(&self) -> String {
        let today = today();
        self.create_campaign("Campaña de prueba", today - time::Duration::days(30), today + time::Duration::days(30))
    }

    /// A campaign that ended long ago (no more reports, not even late ones).
    pub fn closed_campaign(&self) -> String {
        self.create_campaign("Campaña pasada", time::macros::date!(2021 - 01 - 04), time::macros::date!(2021 - 03 - 28))
    }

    /// Runs `work` on the store, opened on its own (as the server does).
    pub fn with_store<T>(&self, work: impl AsyncFnOnce(&Store) -> T) -> T {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a runtime");
        runtime.block_on(async {
            let store = Store::open(&Database::parse(&self.setting)).await.expect("open the store");
            work(&store).await
        })
    }

    /// The campaign's `completed` counter summed over everything.
    pub fn completed_total(&self, code: &str) -> i64 {
        self.with_store(async |store| {
            let campaign = store.campaign_by_code(&code.parse().expect("a code")).await.expect("look up").expect("the campaign");
            let rows = store.lesson_stats(campaign.id, &Filter::default(), Dimension::All).await.expect("lesson stats");
            rows.iter().map(|row| row.completed).sum()
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        // A failed test leaves its database for a look (the cluster of
        // scripts/with-postgres.sh is thrown away anyway).
        if let Some(database) = self.postgres.take() {
            if !std::thread::panicking() {
                runtime().block_on(database.drop());
            }
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime")
}

/// The real server, killed (SIGKILL) when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    pub log: PathBuf,
}

impl Server {
    /// Starts `serve` on a fresh configuration with `extra` TOML and waits
    /// for its `listening on` line.
    pub fn start(db: &TestDb, extra: &str) -> Server {
        let config = db.config(extra);
        let log = config.with_extension("log");
        let log_file = std::fs::File::create(&log).expect("a log file");
        let mut child = Command::new(BIN)
            .args(["serve", "--config"])
            .arg(&config)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .expect("start the collector");
        let stdout = child.stdout.take().expect("piped");
        let (line_tx, line_rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let _ = line_tx.send(line);
            // Keep the pipe open (and empty) for as long as the server runs.
            let mut rest = Vec::new();
            let _ = std::io::Read::read_to_end(&mut reader, &mut rest);
        });
        let line = line_rx.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
        let Some(url) = line.trim_end().strip_prefix("listening on ").map(str::to_owned) else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server did not say where it listens (said {line:?}); its log:\n{}", read_log(&log));
        };
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        Server { child, url, log }
    }

    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// SIGKILL, and wait until the process is gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Still running?
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the process to end by itself; its exit code.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let deadline = std::time::Instant::now() + limit;
        while std::time::Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    pub fn log_text(&self) -> String {
        read_log(&self.log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn read_log(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| format!("(no log: {e})"))
}

pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

pub fn this_week() -> String {
    IsoWeek::containing(today()).to_string()
}

/// An HTTP client that never goes through a proxy.
pub fn client() -> reqwest::blocking::Client {
    // In a workspace build reqwest also carries the app's rustls (features
    // unify), and then needs a crypto provider even for plain HTTP.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder().no_proxy().timeout(Duration::from_secs(30)).build().expect("a client")
}

/// A valid report for this week: one lesson read `completed` times.
pub fn report(code: &str, key: &str, completed: u32) -> serde_json::Value {
    serde_json::json!({
        "format": 1,
        "campaign": code,
        "week": this_week(),
        "band": "12-14",
        "state": "21",
        "key": key,
        "lessons": [
            {"lesson": "passwords-12-14", "completed": completed, "quiz_attempts": 2, "quiz_passed": 1, "activities_done": 1},
            {"lesson": "phishing-12-14", "completed": 0, "quiz_attempts": 1, "quiz_passed": 1, "activities_done": 0}
        ],
        "questions": [
            {"lesson": "passwords-12-14", "question": "long-beats-complex", "answered": 2, "first_try_right": 1}
        ]
    })
}

/// Sends a report body as JSON; the status and the answer's JSON (Null if none).
pub fn post_report(client: &reqwest::blocking::Client, server: &Server, body: &str) -> (u16, serde_json::Value) {
    let response = client
        .post(server.at("/v1/reports"))
        .header("content-type", "application/json")
        .body(body.to_owned())
        .send()
        .expect("an answer");
    let status = response.status().as_u16();
    (status, response.json().unwrap_or(serde_json::Value::Null))
}

/// A small deterministic generator (xorshift64*), so a failing fuzz case
/// comes back on the next run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A fresh idempotency key: 32 lowercase hex digits.
    pub fn key(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }
}
