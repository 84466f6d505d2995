//! The app ends its process without dropping what Tauri manages, so the log
//! writer's queue would be lost with it: its exit handler calls
//! `LogGuard::flush_and_stop` instead. A test binary of its own, because
//! `init` installs the process-wide subscriber.

use std::fs;

use ciberescudo_logs::{init, LOG_FILE_NAME};

#[test]
fn flush_and_stop_writes_out_every_queued_line() {
    let dir = tempfile::tempdir().unwrap();
    let guard = init(dir.path());
    // More than the writer's thread can have written by the time the last is queued.
    const LINES: usize = 5_000; // about 0.6 MiB: within one file, before any rotation
    for n in 0..LINES {
        tracing::warn!(n, "a line the writer queues");
    }
    guard.flush_and_stop();

    let written = fs::read_to_string(dir.path().join(LOG_FILE_NAME)).unwrap();
    assert_eq!(written.lines().count(), LINES, "every queued line is in the file");
    assert!(written.lines().last().unwrap().ends_with(&format!("n={}", LINES - 1)));

    // Stopped: later lines are dropped, not an error.
    tracing::warn!("after the exit");
    assert!(!fs::read_to_string(dir.path().join(LOG_FILE_NAME)).unwrap().contains("after the exit"));
}
