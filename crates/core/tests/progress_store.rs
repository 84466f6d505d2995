//! The progress store on real SQLite files in temporary directories.

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::progress::{NewProfile, Store, StoreError};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

fn db(dir: &TempDir) -> PathBuf {
    dir.path().join("progress.sqlite3")
}

fn kid(nickname: &str) -> NewProfile {
    NewProfile { nickname: nickname.into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx }
}

fn siblings(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_database_is_created_with_wal_and_foreign_keys() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nested/dir/progress.sqlite3");
    let store = Store::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.profiles().unwrap(), vec![]);
    drop(store);

    // An independent connection sees what the store set up.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(version, 2, "user_version is the schema version");
}

#[test]
fn data_survives_reopening() {
    let dir = TempDir::new().unwrap();
    {
        let store = Store::open(&db(&dir)).unwrap();
        let p = store.create_profile(&kid("Ajolote")).unwrap();
        store.save_place(p.id, "passwords-8-11", "passphrases").unwrap();
        let a = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
        store.record_answer(a.id, "q1", &["a".into()], true).unwrap();
    }
    let store = Store::open(&db(&dir)).unwrap();
    let profiles = store.profiles().unwrap();
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].nickname, "Ajolote");
    assert_eq!(store.place(profiles[0].id, "passwords-8-11").unwrap().as_deref(), Some("passphrases"));
    let attempt = store.unfinished_attempt(profiles[0].id, "passwords-8-11").unwrap().unwrap();
    assert_eq!(store.answers(attempt.id).unwrap().len(), 1);
}

#[test]
fn garbage_is_refused_and_left_untouched() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    let garbage = b"definitely not a database ".repeat(100);
    fs::write(&path, &garbage).unwrap();
    let before = siblings(&path);

    match Store::open(&path) {
        Err(StoreError::Corrupt { path: p }) => assert_eq!(p, path),
        other => panic!("expected Corrupt, got {:?}", other.map(|_| ())),
    }
    assert_eq!(fs::read(&path).unwrap(), garbage);
    assert_eq!(siblings(&path), before, "no journal or shm file is created");
}

#[test]
fn a_damaged_sqlite_file_is_refused_and_left_untouched() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    {
        let store = Store::open(&path).unwrap();
        for i in 0..200 {
            store.create_profile(&kid(&format!("Perfil {i}"))).unwrap();
        }
    }
    // Checkpoint happened on close; now scribble over the pages after the header page.
    let mut bytes = fs::read(&path).unwrap();
    assert!(bytes.len() > 8192, "the test needs more than two pages");
    for b in &mut bytes[4096..] {
        *b = 0xAB;
    }
    fs::write(&path, &bytes).unwrap();
    for leftover in ["progress.sqlite3-wal", "progress.sqlite3-shm"] {
        let _ = fs::remove_file(dir.path().join(leftover));
    }

    assert!(matches!(Store::open(&path), Err(StoreError::Corrupt { .. })));
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    drop(Store::open(&path).unwrap());
    // Pretend a future version migrated it: bump user_version in the header.
    let mut bytes = fs::read(&path).unwrap();
    bytes[60..64].copy_from_slice(&99i32.to_be_bytes());
    fs::write(&path, &bytes).unwrap();

    match Store::open(&path) {
        Err(StoreError::TooNew { found, supported, .. }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, 2);
        }
        other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
    }
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_directory_in_place_of_the_file_is_unavailable() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    fs::create_dir(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::Unavailable { .. })));
    assert!(path.is_dir());
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(store.profiles().unwrap().is_empty());
}

#[test]
fn attempts_belong_to_their_profile() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let ana = store.create_profile(&kid("Ana")).unwrap();
    let beto = store.create_profile(&kid("Beto")).unwrap();
    let attempt = store.start_attempt(ana.id, "scams-12-14", 8).unwrap();

    assert!(store.attempt(ana.id, attempt.id).is_ok());
    assert!(matches!(store.attempt(beto.id, attempt.id), Err(StoreError::NotFound)));
    assert!(matches!(store.finish_attempt(beto.id, attempt.id, 8), Err(StoreError::NotFound)));
    assert_eq!(store.unfinished_attempt(beto.id, "scams-12-14").unwrap(), None);
    assert!(store.lessons_started(beto.id).unwrap().is_empty());
    assert_eq!(store.lessons_started(ana.id).unwrap(), vec!["scams-12-14".to_string()]);
}

#[test]
fn the_first_answer_to_a_question_is_kept() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let p = store.create_profile(&kid("Ana")).unwrap();
    let a = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
    let first = store.record_answer(a.id, "q1", &["wrong".into()], false).unwrap();
    let second = store.record_answer(a.id, "q1", &["right".into()], true).unwrap();
    assert_eq!(first, second);
    assert_eq!(second.chosen, vec!["wrong".to_string()]);
    assert!(!second.correct);
}

#[test]
fn finishing_twice_keeps_the_first_score_and_best_scores_pick_the_best() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let p = store.create_profile(&kid("Ana")).unwrap();
    let a1 = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
    let done = store.finish_attempt(p.id, a1.id, 5).unwrap();
    assert!(done.finished);
    assert_eq!(store.finish_attempt(p.id, a1.id, 8).unwrap().score, Some(5));

    let a2 = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
    store.finish_attempt(p.id, a2.id, 7).unwrap();
    let a3 = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
    store.finish_attempt(p.id, a3.id, 6).unwrap();
    assert_eq!(store.best_scores(p.id).unwrap(), vec![("passwords-8-11".to_string(), 7, 8)]);
}

#[test]
fn changing_language_keeps_everything_else() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let p = store.create_profile(&kid("Ana")).unwrap();
    store.save_place(p.id, "passwords-8-11", "passphrases").unwrap();
    let changed = store.set_profile_locale(p.id, Locale::En).unwrap();
    assert_eq!(changed.locale, Locale::En);
    assert_eq!(changed.nickname, "Ana");
    assert_eq!(store.place(p.id, "passwords-8-11").unwrap().as_deref(), Some("passphrases"));
    assert!(matches!(store.set_profile_locale(999, Locale::En), Err(StoreError::NotFound)));
}
