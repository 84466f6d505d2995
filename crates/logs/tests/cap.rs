//! The log files keep their cap (at most 5 files of at most 1 MiB) however
//! much is logged, across restarts, with the lines going through the writer
//! and the subscriber the app installs.

mod support;

use std::fs;
use std::path::Path;

use ciberescudo_logs::{file_writer, subscriber, LOG_FILE_NAME, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES};
use support::{assert_within_cap, log_files};
use tracing_subscriber::EnvFilter;

/// Each line is a little over 1 KiB.
const FILLER_BYTES: usize = 1000;

/// Logs lines numbered `from..to` as the app would, then drops the writer's
/// guard, which writes out whatever is still queued (as when the app exits).
fn log_lines(dir: &Path, from: usize, to: usize) {
    let (writer, guard) = file_writer(dir).expect("the log folder can be written");
    let filler = "x".repeat(FILLER_BYTES);
    tracing::subscriber::with_default(subscriber(EnvFilter::new("info"), writer), || {
        for line in from..to {
            tracing::info!(line, %filler, "a line");
        }
    });
    drop(guard);
}

/// Enough lines to fill the whole cap `times` over.
fn lines_for(times: f64) -> usize {
    (MAX_TOTAL_BYTES as f64 * times / FILLER_BYTES as f64) as usize
}

#[test]
fn logging_twice_the_cap_keeps_the_newest_lines_and_no_more_than_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let lines = lines_for(2.0);
    log_lines(dir.path(), 0, lines);

    let text = assert_within_cap(dir.path());
    let files = log_files(dir.path());
    assert_eq!(files.len(), MAX_FILES, "the files were rotated and the oldest deleted");
    // Every file but the one being written was filled up to the byte.
    for (name, bytes) in &files[..MAX_FILES - 1] {
        assert_eq!(bytes.len(), MAX_FILE_BYTES, "{name}");
    }
    assert!(text.contains(&format!(" line={} ", lines - 1)), "the newest line is kept");
    assert!(!text.contains(" line=0 "), "the oldest lines are gone");
    assert!(text.len() > MAX_TOTAL_BYTES - MAX_FILE_BYTES, "the kept files hold {} bytes", text.len());
}

#[test]
fn restarts_go_on_in_the_same_files_within_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let per_run = lines_for(0.75);
    for run in 0..3 {
        log_lines(dir.path(), run * per_run, (run + 1) * per_run);
        let text = assert_within_cap(dir.path());
        assert!(text.contains(&format!(" line={} ", (run + 1) * per_run - 1)), "run {run}'s last line is kept");
    }
    // The first run's lines were pushed out by the later ones.
    assert!(!assert_within_cap(dir.path()).contains(" line=0 "));
}

#[test]
fn the_daily_files_of_earlier_versions_are_removed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let daily = dir.path().join("ciberescudo.2026-03-14.log");
    let other = dir.path().join("notes.txt");
    fs::write(&daily, "x".repeat(3 * MAX_FILE_BYTES)).unwrap();
    fs::write(&other, "kept").unwrap();

    log_lines(dir.path(), 0, 10);

    assert!(!daily.exists(), "an old daily file is outside the cap");
    assert_eq!(fs::read_to_string(&other).unwrap(), "kept");
    assert!(fs::read_to_string(dir.path().join(LOG_FILE_NAME)).unwrap().contains(" line=9 "));
}

#[test]
fn a_folder_that_cannot_be_written_is_an_error_not_a_silent_loss() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the log folder should be: nothing can be created under it
    // (unlike a read-only folder, this holds for root too).
    let blocked = dir.path().join("logs");
    fs::write(&blocked, "").unwrap();
    assert!(file_writer(&blocked).is_err());
}
