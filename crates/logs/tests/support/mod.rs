//! What the log tests share: the log folder's files and the cap they must keep.

use std::fs;
use std::path::Path;

use ciberescudo_logs::{LOG_FILE_NAME, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES};

/// Every file in the log folder, oldest first (`.4` … `.1`, then the one being
/// written), with its contents.
pub fn log_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("the log folder exists")
        .map(|entry| {
            let entry = entry.expect("a readable folder entry");
            (entry.file_name().to_string_lossy().into_owned(), fs::read(entry.path()).expect("a readable log file"))
        })
        .collect();
    let age = |name: &str| {
        if name == LOG_FILE_NAME {
            0
        } else {
            name.rsplit('.').next().and_then(|n| n.parse().ok()).unwrap_or(usize::MAX)
        }
    };
    files.sort_by_key(|(name, _)| std::cmp::Reverse(age(name)));
    files
}

/// Asserts the folder keeps the cap and returns everything in it, oldest first, as one text.
pub fn assert_within_cap(dir: &Path) -> String {
    let files = log_files(dir);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert!(files.len() <= MAX_FILES, "{} log files, at most {MAX_FILES} allowed: {names:?}", files.len());
    for (name, bytes) in &files {
        assert!(bytes.len() <= MAX_FILE_BYTES, "{name} holds {} bytes, at most {MAX_FILE_BYTES} allowed", bytes.len());
    }
    let total: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    assert!(total <= MAX_TOTAL_BYTES, "the logs hold {total} bytes, at most {MAX_TOTAL_BYTES} allowed: {names:?}");
    files.into_iter().map(|(_, bytes)| String::from_utf8(bytes).expect("log files are UTF-8")).collect()
}
