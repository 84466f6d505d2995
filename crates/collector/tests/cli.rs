//! The operator's commands: every failure is one line on standard error and
//! exit code 1; `serve` stops cleanly on SIGTERM. (SQLite: the commands
//! only call the store, whose backends `tests/store.rs` covers.)

mod support;

use std::process::{Command, Output, Stdio};
use std::time::Duration;

use ciberescudo_collector::password;
use support::server::{Backend, Server, TestDb, BIN};

fn sqlite() -> TestDb {
    TestDb::new(Backend::Sqlite).expect("SQLite is always there")
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).stdin(Stdio::null()).output().expect("run the collector")
}

/// Exit code 1, nothing on standard output, and one line on standard error
/// that contains `expected`.
fn assert_fails(output: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty(), "{}", String::from_utf8_lossy(&output.stdout));
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr:?}");
    assert!(stderr.contains(expected), "{expected:?} in {stderr:?}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn configuration_errors_are_one_line() {
    let db = sqlite();
    let dir = db.dir.path();
    let missing = dir.join("missing.toml");
    assert_fails(&run(&["serve", "--config", missing.to_str().unwrap()]), "cannot read");

    let cases = [
        ("bad-toml", "threshold = \n", "line 1"),
        ("low-threshold", "threshold = 9\n", "under 10"),
        ("unknown-setting", "treshold = 10\n", "treshold"),
        (
            "no-database",
            &format!("database = {:?}\n", dir.join("no/such/dir/x.sqlite3").display().to_string()),
            "cannot open the database",
        ),
    ];
    for (name, text, expected) in cases {
        let path = dir.join(format!("{name}.toml"));
        std::fs::write(&path, text).unwrap();
        for command in [&["serve"][..], &["campaign", "list"][..]] {
            let mut args = command.to_vec();
            args.extend(["--config", path.to_str().unwrap()]);
            assert_fails(&run(&args), expected);
        }
    }
}

#[test]
fn campaigns_are_created_and_listed() {
    let db = sqlite();
    let code =
        db.create_campaign("Escuelas de Puebla", support::server::today(), support::server::today() + time::Duration::days(60));
    let listed = db.cli(&["campaign", "list"], None);
    assert!(listed.status.success());
    let listed = String::from_utf8(listed.stdout).unwrap();
    let line = listed.lines().find(|line| line.starts_with(&code)).unwrap_or_else(|| panic!("{code} in {listed}"));
    assert!(line.contains(" yes ") && line.ends_with("Escuelas de Puebla"), "{line}");

    for (starts, ends, expected) in [
        ("2026-02-30", "2026-03-01", "not a date"),
        ("01/09/2026", "2026-12-01", "not a date"),
        ("2026-09-01", "2026-08-31", "before it starts"),
    ] {
        let output = db.cli(&["campaign", "create", "--name", "X", "--starts", starts, "--ends", ends], None);
        assert_fails(&output, expected);
    }
}

#[test]
fn accounts_take_a_password_from_standard_input() {
    let db = sqlite();
    let output = db.cli(&["account", "add", "ana.lopez"], Some("una frase bastante larga\n"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_fails(&db.cli(&["account", "add", "ana.lopez"], Some("otra frase bastante larga\n")), "already exists");
    assert_fails(&db.cli(&["account", "add", "beto"], Some("corta\n")), "too short");
    assert_fails(&db.cli(&["account", "add", "Beto Díaz"], Some("una frase bastante larga\n")), "not a username");
    assert_fails(&db.cli(&["account", "password", "nadie"], Some("una frase bastante larga\n")), "no account");

    let output = db.cli(&["account", "password", "ana.lopez"], Some("la frase nueva y larga\r\n"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let hash = db.with_store(async |store| store.account("ana.lopez").await.unwrap().expect("the account").password_hash);
    assert!(password::verify("la frase nueva y larga", &hash));
    assert!(!password::verify("una frase bastante larga", &hash));
    assert!(db.with_store(async |store| store.account("beto").await.unwrap()).is_none());
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let db = sqlite();
    let mut server = Server::start(&db, "");
    let status = Command::new("kill").args(["-TERM", &server.pid().to_string()]).status().expect("kill");
    assert!(status.success());
    assert_eq!(server.wait_exit(Duration::from_secs(10)), Some(0), "{}", server.log_text());
    assert!(server.log_text().contains("SIGTERM"));
}

#[test]
fn the_example_configuration_is_valid_and_names_every_setting() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/collector.example.toml");
    let config = ciberescudo_collector::config::Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let defaults = ciberescudo_collector::config::Config::default();
    assert_eq!(config.listen, defaults.listen);
    assert_eq!((config.threshold, config.trust_forwarded_for), (defaults.threshold, defaults.trust_forwarded_for));
    assert_eq!(
        (config.rate_limit.per_second, config.rate_limit.burst),
        (defaults.rate_limit.per_second, defaults.rate_limit.burst)
    );
    assert_eq!(config.ingest().queue, defaults.ingest().queue);
    assert_eq!(config.ingest().max_batch, defaults.ingest().max_batch);
    assert_eq!(config.request_timeout(), defaults.request_timeout());
    let text = std::fs::read_to_string(&path).unwrap();
    for setting in [
        "listen",
        "database",
        "public_url",
        "threshold",
        "trust_forwarded_for",
        "[rate_limit]",
        "per_second",
        "burst",
        "[limits]",
        "request_timeout_secs",
        "queue",
        "max_batch",
    ] {
        let documented = text.lines().any(|line| line.trim_start_matches(['#', ' ']).starts_with(setting));
        assert!(documented, "{setting} is not in the example");
    }
}
