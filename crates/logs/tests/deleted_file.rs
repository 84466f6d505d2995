//! A rotated log file deleted while the app runs (a technician clearing the
//! folder) makes `file-rotate` panic at the next rotation; the app's writer
//! catches that and logging goes on, within the cap. A test binary of its
//! own, because it quiets that one expected panic with a process-wide hook.

mod support;

use std::fs;
use std::io::Write;
use std::panic;

use ciberescudo_logs::{RotatingFile, LOG_FILE_NAME, MAX_FILE_BYTES};
use support::assert_within_cap;

#[test]
fn a_rotated_file_deleted_meanwhile_does_not_stop_the_logs() {
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let expected = info.location().is_some_and(|at| at.file().contains("file-rotate"));
        if !expected {
            default_hook(info);
        }
    }));

    let dir = tempfile::tempdir().unwrap();
    let mut file = RotatingFile::open(dir.path()).unwrap();
    let line = |n: usize| format!("line={n} {}\n", "x".repeat(1000));
    let lines_per_file = MAX_FILE_BYTES / line(0).len();

    // The file being written, `.1` and `.2`.
    let mut n = 0;
    while n < lines_per_file * 5 / 2 {
        file.write_all(line(n).as_bytes()).unwrap();
        n += 1;
    }
    fs::remove_file(dir.path().join(format!("{LOG_FILE_NAME}.1"))).unwrap();

    let mut failed = 0;
    while n < lines_per_file * 8 {
        if file.write_all(line(n).as_bytes()).is_err() {
            failed += 1;
        }
        n += 1;
    }
    file.flush().unwrap();

    assert!(failed <= 1, "{failed} lines were lost; at most the one written when the rotation failed");
    let text = assert_within_cap(dir.path());
    assert!(text.contains(&format!("line={} ", n - 1)), "logging went on after the failed rotation");
}
