//! The real collector on loopback, and an app service on a real progress
//! file, for the sync engine's tests.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use ciberescudo_collector::store::{Database, Dimension, Filter, Store};
use ciberescudo_core::api::AppService;
use ciberescudo_core::content::load_dir;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::Locale;
use ciberescudo_report::{AgeBand, CampaignCode, IdempotencyKey, IsoWeek, LessonCounts, Report, Slug, FORMAT_VERSION};
use tempfile::TempDir;
use time::{Date, Duration as Days, OffsetDateTime};

/// The collector's binary: `CIBERESCUDO_COLLECTOR_BINARY`, or the one
/// `cargo test --workspace` built beside this test.
pub fn collector_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("CIBERESCUDO_COLLECTOR_BINARY") {
        return PathBuf::from(path);
    }
    let exe = std::env::current_exe().expect("the test's own path");
    let beside = exe.parent().and_then(Path::parent).expect("target/<profile>/deps").join("ciberescudo-collector");
    assert!(
        beside.is_file(),
        "{} is missing: run `cargo build -p ciberescudo-collector` first (scripts/test.sh does), \
         or set CIBERESCUDO_COLLECTOR_BINARY",
        beside.display()
    );
    beside
}

/// A collector's database and configuration, kept across restarts.
pub struct Collector {
    pub dir: TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl Collector {
    /// A collector on a free loopback port, not started yet.
    pub fn new() -> Collector {
        let port = free_port();
        let dir = tempfile::tempdir().expect("a temporary directory");
        let config = format!(
            "listen = \"127.0.0.1:{port}\"\ndatabase = {:?}\n[rate_limit]\nper_second = 1000000\nburst = 1000000\n",
            dir.path().join("collector.sqlite3").display().to_string()
        );
        std::fs::write(dir.path().join("collector.toml"), config).expect("write the configuration");
        Collector { dir, port, child: None }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("collector.toml")
    }

    /// `serve`, waiting for its `listening on` line.
    pub fn start(&mut self) {
        let log = std::fs::File::create(self.dir.path().join("collector.log")).expect("a log file");
        let mut child = Command::new(collector_binary())
            .args(["serve", "--config"])
            .arg(self.config())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("start the collector");
        let stdout = child.stdout.take().expect("piped");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let _ = tx.send(line);
            let mut rest = Vec::new();
            let _ = std::io::Read::read_to_end(&mut reader, &mut rest);
        });
        let line = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
        assert!(line.starts_with("listening on http://127.0.0.1:"), "the collector said {line:?}");
        self.child = Some(child);
    }

    /// SIGKILL, and wait until the port is free.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// `campaign create`; the code it printed.
    pub fn campaign(&self, name: &str, starts: Date, ends: Date) -> String {
        let output = Command::new(collector_binary())
            .args([
                "campaign",
                "create",
                "--name",
                name,
                "--starts",
                &starts.to_string(),
                "--ends",
                &ends.to_string(),
                "--config",
            ])
            .arg(self.config())
            .output()
            .expect("run the collector's command line");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8").trim().to_owned()
    }

    /// A campaign from a month ago to a month ahead.
    pub fn open_campaign(&self) -> String {
        let today = today();
        self.campaign("Campaña de prueba", today - Days::days(30), today + Days::days(30))
    }

    /// Lessons completed in the campaign, as stored (before suppression).
    pub fn completed(&self, code: &str) -> i64 {
        let database = Database::parse(&self.dir.path().join("collector.sqlite3").display().to_string());
        let code: CampaignCode = code.parse().expect("a code");
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        runtime.block_on(async {
            let store = Store::open(&database).await.expect("open the collector's store");
            let campaign = store.campaign_by_code(&code).await.expect("look up").expect("the campaign");
            let rows = store.lesson_stats(campaign.id, &Filter::default(), Dimension::All).await.expect("lesson stats");
            rows.iter().map(|row| row.completed).sum()
        })
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

/// Last week by the collector's (UTC) calendar: finished, inside the campaign.
pub fn last_week() -> IsoWeek {
    IsoWeek::containing(today() - Days::days(7))
}

/// A valid report of `completed` lessons for `code` and `week`.
pub fn report(code: &str, week: IsoWeek, completed: u32, key: u8) -> Report {
    Report {
        format: FORMAT_VERSION,
        campaign: code.parse().expect("a code"),
        week,
        band: AgeBand::Kids,
        state: None,
        key: IdempotencyKey::from_random_bytes([key; 16]),
        lessons: vec![LessonCounts {
            lesson: Slug::new("passwords-8-11").expect("a slug"),
            completed,
            quiz_attempts: completed,
            quiz_passed: completed,
            activities_done: 0,
        }],
        questions: Vec::new(),
    }
}

/// The app's service on a real progress file in `dir`, with the adult
/// area open (PIN set).
pub fn app(dir: &Path) -> Arc<AppService> {
    let catalog = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real lessons");
    let service = AppService::new(catalog, Localizer::embedded(), dir.join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(service.startup().store_error, None);
    if service.adult_status().expect("status").pin_set {
        service.open_adult_area("2468").expect("the PIN opens the area");
    } else {
        service.set_adult_pin("2468", "2468").expect("a PIN");
    }
    Arc::new(service)
}

/// Puts a report in the app's outbox, due now, as closing a week would.
pub fn queue(dir: &Path, report: &Report) {
    let conn = rusqlite::Connection::open(dir.join("progress.sqlite3")).expect("the progress file");
    conn.execute(
        "INSERT INTO stats_outbox (week, band, body, created_at, send_after, next_try_at) VALUES (?1, ?2, ?3, 0, 0, 0)",
        rusqlite::params![report.week.to_string(), report.band.tag(), report.to_json_pretty()],
    )
    .expect("queue a report");
}

/// Writes the statistics setting straight into the file, pointing at
/// `server` (for a server that is not a collector).
pub fn set_on(dir: &Path, server: &str) {
    let conn = rusqlite::Connection::open(dir.join("progress.sqlite3")).expect("the progress file");
    conn.execute(
        "INSERT INTO stats_setting (id, server_url, campaign, campaign_name, enabled_at) VALUES (1, ?1, 'K7MD-Q4TW', 'x', 0)",
        [server],
    )
    .expect("turn on");
}

/// A plain TCP socket that counts the connections made to it, closing
/// each at once (so a client is not left waiting for an answer).
pub struct Listener {
    pub port: u16,
    count: Arc<AtomicUsize>,
}

impl Listener {
    pub fn new() -> Listener {
        Listener::serve(TcpListener::bind("127.0.0.1:0").expect("listen"))
    }

    pub fn on(port: u16) -> Listener {
        Listener::serve(TcpListener::bind(("127.0.0.1", port)).expect("listen on the collector's old port"))
    }

    fn serve(listener: TcpListener) -> Listener {
        let port = listener.local_addr().expect("address").port();
        let count = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&count);
        // Runs until the test process ends.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                counted.fetch_add(1, Ordering::SeqCst);
                drop(stream);
            }
        });
        Listener { port, count }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Connections made so far.
    pub fn connections(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
}

/// A stand-in for a collector that takes its time: each request is answered
/// `201 {"status":"counted"}` after `delay`, and counted.
pub struct SlowCollector {
    pub port: u16,
    count: Arc<AtomicUsize>,
}

impl SlowCollector {
    pub fn new(delay: Duration) -> SlowCollector {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listen");
        let port = listener.local_addr().expect("address").port();
        let count = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&count);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let counted = Arc::clone(&counted);
                std::thread::spawn(move || {
                    use std::io::{Read, Write};
                    let mut request = Vec::new();
                    let mut buffer = [0u8; 4096];
                    // Headers, then the body its Content-Length announces.
                    loop {
                        let Ok(n) = stream.read(&mut buffer) else { return };
                        if n == 0 {
                            return;
                        }
                        request.extend_from_slice(&buffer[..n]);
                        let text = String::from_utf8_lossy(&request).to_lowercase();
                        if let Some(end) = text.find("\r\n\r\n") {
                            let length = text
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .and_then(|v| v.trim().parse::<usize>().ok())
                                .unwrap_or(0);
                            if request.len() >= end + 4 + length {
                                break;
                            }
                        }
                    }
                    counted.fetch_add(1, Ordering::SeqCst);
                    std::thread::sleep(delay);
                    let body = r#"{"status":"counted"}"#;
                    let _ = write!(
                        stream,
                        "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                });
            }
        });
        SlowCollector { port, count }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Reports received so far.
    pub fn received(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
}
