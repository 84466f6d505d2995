//! Logs never hold a report's body: everything the sync engine and the
//! libraries under it log, at every level, during deliveries, a retry and a
//! refusal, holds no key, no campaign code, no lesson id and no counter.
//! (Its own test binary: it installs the process-wide log subscriber.)

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};

use ciberescudo_sync::Syncer;
use support::*;
use time::Duration as Days;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn no_log_line_holds_anything_of_a_report() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_ansi(false).with_writer(move || writer.clone()).init();

    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let mut collector = Collector::new();
    collector.start();
    let code = collector.open_campaign();
    let dir = tempfile::tempdir().unwrap();
    let service = app(dir.path());
    let syncer = Syncer::new(service.clone());
    rt.block_on(syncer.turn_on(collector.url(), code.clone(), Some("31".into()))).unwrap();

    let delivered = report(&code, last_week(), 7, 0xab);
    let refused = report(&code, ciberescudo_report::IsoWeek::containing(today() - Days::days(7 * 20)), 8, 0xcd);
    queue(dir.path(), &delivered);
    queue(dir.path(), &refused);
    rt.block_on(syncer.round(false)).unwrap();
    assert_eq!(collector.completed(&code), 7);

    // A retry: the collector is down.
    let retried = report(&code, last_week().previous(), 9, 0xef);
    queue(dir.path(), &retried);
    collector.stop();
    rt.block_on(syncer.round(false)).unwrap();

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("a weekly report was delivered"), "the capture works:\n{logs}");
    assert!(logs.contains("a weekly report was refused") && logs.contains("will be retried"), "{logs}");
    for report in [&delivered, &refused, &retried] {
        let key = report.to_json().split("\"key\":\"").nth(1).unwrap()[..32].to_owned();
        for needle in [key.as_str(), &key[..12], "passwords-8-11", "\"quiz_attempts\"", "\"week\"", &report.week.to_string()] {
            assert!(!logs.contains(needle), "the logs hold {needle:?}:\n{logs}");
        }
    }
    for needle in [code.as_str(), &code.replace('-', ""), "Campaña de prueba"] {
        assert!(!logs.contains(needle), "the logs hold {needle:?}:\n{logs}");
    }
}
