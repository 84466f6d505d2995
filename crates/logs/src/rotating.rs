//! The log file and its rotation by size.
//!
//! Why the `file-rotate` crate: it cuts a file at an exact byte count
//! (`ContentLimit::Bytes`), so no file ever passes the cap, not even by one
//! line, and it keeps a fixed number of numbered files. `tracing-appender`
//! (used before) rotates by time only, so one busy day could fill a disk;
//! `rolling-file` rotates only after a write has gone past the size, and
//! `logroller` rotates on threads of its own, more than this needs.
//!
//! `file-rotate` has one flaw: it panics when a rotated file it counted on
//! was deleted meanwhile (a technician clearing the folder while the app
//! runs). [`RotatingFile`] catches that, drops the line and reads the folder
//! afresh on the next one, so logging goes on. (The release profile unwinds
//! on panic; with `panic = "abort"` this would end the app instead.)

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use file_rotate::compression::Compression;
use file_rotate::suffix::AppendCount;
use file_rotate::{ContentLimit, FileRotate};

/// The file being written; the older ones carry `.1` (newest) to `.4` (oldest).
pub const LOG_FILE_NAME: &str = "ciberescudo.log";
/// No log file is larger than this (1 MiB)...
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// ...and there are never more than this many, counting the one being written...
pub const MAX_FILES: usize = 5;
/// ...so the logs never take more than 5 MiB.
pub const MAX_TOTAL_BYTES: usize = MAX_FILE_BYTES * MAX_FILES;

/// The log files in one folder, as one [`Write`].
pub struct RotatingFile {
    path: PathBuf,
    /// `None` after a rotation failed: made again from the folder's contents.
    files: Option<FileRotate<AppendCount>>,
}

impl RotatingFile {
    /// Opens (or creates) the log file in `dir`, after removing the daily
    /// files that earlier versions kept there. Fails when the folder cannot
    /// be written.
    pub fn open(dir: &Path) -> io::Result<RotatingFile> {
        fs::create_dir_all(dir)?;
        remove_daily_files(dir);
        let path = dir.join(LOG_FILE_NAME);
        // `file-rotate` silently drops what it cannot write: open the file
        // once here, so that a read-only folder is an error the caller sees.
        OpenOptions::new().create(true).append(true).open(&path)?;
        let mut file = RotatingFile { path, files: None };
        file.guarded(|_| Ok(()))?;
        Ok(file)
    }

    /// Runs `op` on the rotating files, turning a panic inside `file-rotate`
    /// into an error and a fresh look at the folder next time.
    fn guarded<T>(&mut self, op: impl FnOnce(&mut FileRotate<AppendCount>) -> io::Result<T>) -> io::Result<T> {
        let RotatingFile { path, files } = self;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| op(files.get_or_insert_with(|| rotation(path)))));
        outcome.unwrap_or_else(|_| {
            *files = None;
            Err(io::Error::other("log rotation failed; the log folder is read afresh on the next line"))
        })
    }
}

impl Write for RotatingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.guarded(|files| files.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.guarded(|files| files.flush())
    }
}

fn rotation(path: &Path) -> FileRotate<AppendCount> {
    // `AppendCount` counts the older files only, not the one being written.
    FileRotate::new(path, AppendCount::new(MAX_FILES - 1), ContentLimit::Bytes(MAX_FILE_BYTES), Compression::None, None)
}

/// Earlier versions wrote one file a day (`ciberescudo.2026-03-14.log`, a
/// week of them kept), each as large as that day made it. Left there they
/// would sit outside the cap, so they go; nothing else in the folder is touched.
fn remove_daily_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if is_daily_file(&entry.file_name().to_string_lossy()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn is_daily_file(name: &str) -> bool {
    name.strip_prefix("ciberescudo.").and_then(|rest| rest.strip_suffix(".log")).is_some_and(|date| {
        date.len() == 10 && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
    })
}

#[cfg(test)]
mod tests {
    use super::is_daily_file;

    #[test]
    fn only_the_old_daily_files_count_as_daily_files() {
        assert!(is_daily_file("ciberescudo.2026-03-14.log"));
        for name in
            ["ciberescudo.log", "ciberescudo.log.1", "ciberescudo.2026-03-14.log.1", "ciberescudo.2026-3-14.log", "notes.log"]
        {
            assert!(!is_daily_file(name), "{name}");
        }
    }
}
