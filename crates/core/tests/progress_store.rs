//! The progress store on real SQLite files in temporary directories.

#[path = "fixtures/progress_fixtures.rs"]
mod progress_fixtures;

use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};

use ciberescudo_core::progress::{schema_version, NewProfileRow, Store, StoreError};
use ciberescudo_core::{AgeBand, Locale};
use progress_fixtures as fx;
use tempfile::TempDir;
use uuid::Uuid;

fn db(dir: &TempDir) -> PathBuf {
    dir.path().join("progress.sqlite3")
}

fn kid(nickname: &str) -> NewProfileRow {
    NewProfileRow { nickname: nickname.into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx }
}

fn siblings(path: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
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
    assert_eq!(version, 5, "user_version is the schema version");
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
            assert_eq!(supported, 5);
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

// --- Stable identities --------------------------------------------------

#[test]
fn every_new_row_gets_its_own_time_ordered_uid() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let ana = store.create_profile(&kid("Ana")).unwrap();
    let beto = store.create_profile(&kid("Beto")).unwrap();
    let attempt = store.start_attempt(ana.id, "passwords-8-11", 8).unwrap();
    store.record_activity(ana.id, "passwords-8-11", "passphrase-lab", 3, 4).unwrap();
    let result = store.activity_results(ana.id).unwrap().remove(0);

    let uids = [ana.uid, beto.uid, attempt.uid, result.uid];
    for uid in uids {
        assert_eq!(uid.get_version_num(), 7, "{uid}");
        assert_eq!(uid.get_variant(), uuid::Variant::RFC4122, "{uid}");
    }
    assert_eq!(uids.iter().collect::<HashSet<_>>().len(), uids.len());
    assert!(ana.uid < beto.uid, "v7 uids sort by creation time");

    // The uid read back is the one written, through every way of reading.
    assert_eq!(store.profile_by_uid(beto.uid).unwrap(), beto);
    assert_eq!(store.profiles().unwrap(), vec![ana.clone(), beto]);
    assert_eq!(store.attempt(ana.id, attempt.id).unwrap().uid, attempt.uid);
    assert_eq!(store.unfinished_attempt(ana.id, "passwords-8-11").unwrap().unwrap().uid, attempt.uid);
    assert_eq!(store.finish_attempt(ana.id, attempt.id, 5).unwrap().uid, attempt.uid);
    assert_eq!(store.set_profile_locale(ana.id, Locale::En).unwrap().uid, ana.uid);
    assert!(matches!(store.profile_by_uid(Uuid::now_v7()), Err(StoreError::NotFound)));
}

#[test]
fn the_database_itself_refuses_a_missing_or_changed_uid() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    let store = Store::open(&path).unwrap();
    let p = store.create_profile(&kid("Ana")).unwrap();
    let a = store.start_attempt(p.id, "passwords-8-11", 8).unwrap();
    store.record_activity(p.id, "passwords-8-11", "passphrase-lab", 3, 4).unwrap();
    drop(store);

    // Code that forgets the uid (another tool, a future bug) is stopped by the triggers.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let refused = |sql: &str| {
        let e = conn.execute(sql, []).unwrap_err();
        assert!(e.to_string().contains("uid"), "{sql}: {e}");
    };
    refused("INSERT INTO profiles (nickname, avatar, band, locale, created_at) VALUES ('X', '🦎', '8-11', 'es-MX', 0)");
    refused(&format!("INSERT INTO quiz_attempts (profile_id, lesson_id, started_at, total) VALUES ({}, 'l', 0, 1)", p.id));
    refused(&format!(
        "INSERT INTO activity_results (profile_id, lesson_id, activity_id, score, total, finished_at) VALUES ({}, 'l', 'a', 1, 1, 0)",
        p.id
    ));
    refused(&format!("UPDATE profiles SET uid = '{}' WHERE id = {}", Uuid::now_v7(), p.id));
    refused(&format!("UPDATE quiz_attempts SET uid = NULL WHERE id = {}", a.id));
    refused(&format!(
        "INSERT INTO profiles (nickname, avatar, band, locale, created_at, uid) VALUES ('X', '🦎', '8-11', 'es-MX', 0, '{}')",
        p.uid
    ));
    // Other columns still change freely.
    conn.execute("UPDATE profiles SET locale = 'en' WHERE id = ?1", [p.id]).unwrap();
}

#[test]
fn rows_from_before_uids_each_get_a_distinct_random_v4() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        ciberescudo_core::progress::migrate_to_version(&mut conn, 2).unwrap();
        conn.execute(
            "INSERT INTO profiles (id, nickname, avatar, band, locale, created_at) VALUES (1, 'Ana', '🦎', '8-11', 'es-MX', 0)",
            [],
        )
        .unwrap();
        let tx = conn.transaction().unwrap();
        for _ in 0..2000 {
            tx.execute("INSERT INTO quiz_attempts (profile_id, lesson_id, started_at, total) VALUES (1, 'l', 0, 1)", []).unwrap();
        }
        tx.commit().unwrap();
    }
    drop(Store::open(&path).unwrap());

    let conn = rusqlite::Connection::open(&path).unwrap();
    let texts: Vec<String> =
        conn.prepare("SELECT uid FROM quiz_attempts").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(texts.len(), 2000);
    assert_eq!(texts.iter().collect::<HashSet<_>>().len(), 2000, "one uid per row, not one per statement");
    for text in &texts {
        assert_canonical_uid(text, 4);
    }
}

/// A uid stored as SQLite text: lowercase 8-4-4-4-12 hex of an RFC 4122 UUID.
fn assert_canonical_uid(text: &str, version: usize) {
    let uid = Uuid::parse_str(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(uid.hyphenated().to_string(), text, "stored in canonical form");
    assert_eq!(uid.get_version_num(), version, "{text}");
    assert_eq!(uid.get_variant(), uuid::Variant::RFC4122, "{text}");
}

// --- Transactions -------------------------------------------------------

#[test]
fn a_failed_write_leaves_none_of_its_rows() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let outcome: Result<(), StoreError> = store.write(|tx| {
        let p = tx.create_profile(&kid("Ana"))?;
        tx.save_place(p.id, "passwords-8-11", "passphrases")?;
        let a = tx.start_attempt(p.id, "passwords-8-11", 8)?;
        tx.record_answer(a.id, "q1", &["a".into()], true)?;
        Err(StoreError::NotFound)
    });
    assert!(matches!(outcome, Err(StoreError::NotFound)));
    assert!(store.profiles().unwrap().is_empty());
    assert!(store.check_foreign_keys().unwrap().is_empty());

    // The same store goes on writing normally, and a successful write commits all of it.
    let (p, a) = store
        .write(|tx| {
            let p = tx.create_profile(&kid("Beto"))?;
            let a = tx.start_attempt(p.id, "passwords-8-11", 8)?;
            tx.record_answer(a.id, "q1", &["a".into()], true)?;
            Ok((p, a))
        })
        .unwrap();
    assert_eq!(store.profiles().unwrap(), vec![p]);
    assert_eq!(store.answers(a.id).unwrap().len(), 1);
}

#[test]
fn a_failed_inner_write_is_undone_while_the_outer_one_commits() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store
        .write(|tx| {
            let ana = tx.create_profile(&kid("Ana"))?;
            let inner: Result<(), StoreError> = tx.write(|inner| {
                inner.create_profile(&kid("Beto"))?;
                inner.save_place(ana.id, "passwords-8-11", "passphrases")?;
                Err(StoreError::NotFound)
            });
            assert!(inner.is_err());
            // A store method that fails inside the transaction leaves nothing either.
            assert!(tx.set_profile_locale(999, Locale::En).is_err());
            tx.save_place(ana.id, "scams-8-11", "red-flags")
        })
        .unwrap();
    let profiles = store.profiles().unwrap();
    assert_eq!(profiles.iter().map(|p| p.nickname.as_str()).collect::<Vec<_>>(), ["Ana"]);
    assert_eq!(store.place(profiles[0].id, "passwords-8-11").unwrap(), None);
    assert_eq!(store.place(profiles[0].id, "scams-8-11").unwrap().as_deref(), Some("red-flags"));
}

#[test]
fn a_panicking_write_leaves_none_of_its_rows() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = store.write(|tx| -> Result<(), StoreError> {
            tx.create_profile(&kid("Ana"))?;
            tx.create_profile(&kid("Beto"))?;
            panic!("a bug half-way through a use case");
        });
    }));
    assert!(caught.is_err());
    assert!(store.profiles().unwrap().is_empty());
    store.create_profile(&kid("Carla")).unwrap();
    assert_eq!(store.profiles().unwrap().len(), 1);
}

// --- Foreign keys -------------------------------------------------------

#[test]
fn foreign_keys_are_enforced_and_hold_after_a_realistic_session() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    assert!(store.foreign_keys_enforced().unwrap(), "PRAGMA foreign_keys is on for the store's connection");

    let ana = store.create_profile(&kid("Ana")).unwrap();
    let beto = store.create_profile(&NewProfileRow { band: AgeBand::Teens, ..kid("Beto") }).unwrap();
    for p in [&ana, &beto] {
        store.save_place(p.id, "passwords-8-11", "intro").unwrap();
        store.save_place(p.id, "passwords-8-11", "passphrases").unwrap();
        let a = store.start_attempt(p.id, "passwords-8-11", 3).unwrap();
        for q in ["q1", "q2", "q3"] {
            store.record_answer(a.id, q, &["a".into(), "b".into()], q != "q2").unwrap();
        }
        store.finish_attempt(p.id, a.id, 2).unwrap();
        store.start_attempt(p.id, "scams-8-11", 5).unwrap();
        store.record_activity(p.id, "passwords-8-11", "passphrase-lab", 3, 4).unwrap();
    }
    store.set_profile_locale(beto.id, Locale::En).unwrap();
    assert_eq!(store.check_foreign_keys().unwrap(), vec![]);

    // A row without its parent is refused, and nothing of it is written.
    let is_fk_error = |e: StoreError| match e {
        StoreError::Sqlite(e) => {
            e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
                && matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY)
        }
        _ => false,
    };
    assert!(is_fk_error(store.record_answer(999_999, "q1", &["a".into()], true).unwrap_err()));
    assert!(store.answers(999_999).unwrap().is_empty());
    assert!(is_fk_error(store.start_attempt(999_999, "passwords-8-11", 3).unwrap_err()));
    assert!(is_fk_error(store.save_place(999_999, "passwords-8-11", "intro").unwrap_err()));
    assert!(is_fk_error(store.record_activity(999_999, "passwords-8-11", "passphrase-lab", 1, 4).unwrap_err()));
    assert_eq!(store.check_foreign_keys().unwrap(), vec![]);
}

// --- Fixtures of every released schema version ---------------------------

#[test]
fn every_schema_version_has_a_fixture() {
    for version in 1..=schema_version() {
        let path = fx::fixture_path(version);
        assert!(
            path.is_file(),
            "{} is missing: every schema version needs a fixture of the files it wrote. \
             Write it with `WRITE_FIXTURES=1 cargo test -p ciberescudo-core --test progress_store fixtures_` \
             (after teaching tests/fixtures/progress_fixtures.rs the new columns) and commit it.",
            path.display()
        );
    }
}

/// The fixture generator. With `WRITE_FIXTURES=1` it writes the fixtures
/// that are missing (never rewriting a released one); either way it checks
/// that each is a single, small, rollback-journal file at its own version.
#[test]
fn fixtures_are_single_small_files_at_their_own_version() {
    if std::env::var_os("WRITE_FIXTURES").is_some_and(|v| v == "1") {
        for version in 1..=schema_version() {
            let path = fx::fixture_path(version);
            if !path.exists() {
                // Written aside and renamed, so a test reading fixtures meanwhile never sees half a file.
                let partial = path.with_extension("partial");
                let _ = fs::remove_file(&partial);
                fx::write_fixture(&partial, version);
                fs::rename(&partial, &path).unwrap();
            }
        }
    }
    for version in 1..=schema_version() {
        let path = fx::fixture_path(version);
        let Ok(bytes) = fs::read(&path) else { continue }; // `every_schema_version_has_a_fixture` reports it
                                                           // A page per table and index: small, but growing with the schema.
        assert!(bytes.len() <= 160 * 1024, "{} is {} bytes", path.display(), bytes.len());
        assert_eq!(&bytes[..16], b"SQLite format 3\0");
        assert_eq!(i32::from_be_bytes(bytes[60..64].try_into().unwrap()) as i64, version, "user_version of {}", path.display());
        assert_eq!((bytes[18], bytes[19]), (1, 1), "{} is in rollback-journal mode, not WAL", path.display());
        for sidecar in ["-wal", "-shm", "-journal"] {
            let mut name = path.file_name().unwrap().to_owned();
            name.push(sidecar);
            assert!(!path.with_file_name(name).exists(), "{} has a {sidecar} file", path.display());
        }
    }
}

#[test]
fn every_released_schema_version_upgrades_with_every_row_intact() {
    for version in 1..=schema_version() {
        let fixture = fx::fixture_path(version);
        let original = fs::read(&fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
        let dir = TempDir::new().unwrap();
        let path = db(&dir);
        fs::write(&path, &original).unwrap();

        let store = Store::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_fixture_rows(&store, version);
        assert_eq!(store.check_foreign_keys().unwrap(), vec![], "v{version}");

        // The upgraded file takes new progress like any other.
        let unfinished = store.unfinished_attempt(1, "passwords-8-11").unwrap().unwrap();
        store.record_answer(unfinished.id, "which-are-strong", &["b".into()], true).unwrap();
        assert_eq!(store.finish_attempt(1, unfinished.id, 3).unwrap().score, Some(3));
        let newcomer = store.create_profile(&kid("Nueva")).unwrap();
        assert_eq!(newcomer.uid.get_version_num(), 7);
        drop(store);

        assert_stored_uids(&path, version);
        let conn = rusqlite::Connection::open(&path).unwrap();
        let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, schema_version());
        assert_eq!(fs::read(&fixture).unwrap(), original, "the fixture itself is never touched");
    }
}

/// Every row of the fixture of `version`, read back through the store.
fn assert_fixture_rows(store: &Store, version: i64) {
    let ctx = |what: &str| format!("v{version}: {what}");
    match store.pin().unwrap() {
        Some(pin) => {
            assert!(version >= 4, "{}", ctx("a PIN before schema 4"));
            assert!(ciberescudo_core::classroom::pin::verify(fx::FIXTURE_PIN, &pin.hash), "{}", ctx("PIN hash"));
            assert_eq!(pin.failed_attempts, 2, "{}", ctx("wrong PIN tries"));
        }
        None => assert!(version < 4, "{}", ctx("the adult PIN")),
    }
    match store.stats_setting().unwrap() {
        Some(setting) => {
            assert!(version >= 5, "{}", ctx("statistics before schema 5"));
            assert_eq!((setting.campaign.as_str(), setting.state.as_deref()), ("K7MD-Q4TW", Some("09")));
            assert_eq!(setting.built_through.as_deref(), Some("2026-W48"));
            let outbox = store.outbox().unwrap();
            assert_eq!(outbox.len(), 1, "{}", ctx("outbox"));
            assert_eq!((outbox[0].id, outbox[0].body.as_str()), (7, fx::FIXTURE_REPORT));
            assert_eq!(setting.stopped, None);
        }
        None => assert!(version < 5, "{}", ctx("the statistics setting")),
    }
    let classes = store.classes().unwrap();
    if version >= 4 {
        assert_eq!(classes.len(), 1, "{}", ctx("classes"));
        assert_eq!((classes[0].name.as_str(), classes[0].school_year.as_str()), (fx::FIXTURE_CLASS, "2026-2027"));
        let members: Vec<i64> = store.members(classes[0].id).unwrap().iter().map(|p| p.id).collect();
        assert_eq!(members, [1, 2], "{}", ctx("class members"));
    } else {
        assert!(classes.is_empty());
    }
    let profiles = store.profiles().unwrap();
    assert_eq!(profiles.len(), fx::PROFILES.len(), "{}", ctx("profiles"));
    for (i, (got, want)) in profiles.iter().zip(fx::PROFILES).enumerate() {
        assert_eq!(got.id, i as i64 + 1);
        assert_eq!(got.nickname, want.nickname, "{}", ctx("nickname"));
        assert_eq!(got.avatar, want.avatar, "{}", ctx("avatar"));
        assert_eq!(got.band.tag(), want.band, "{}", ctx("band"));
        assert_eq!(got.locale.tag(), want.locale, "{}", ctx("locale"));
        assert_eq!(&store.profile_by_uid(got.uid).unwrap(), got, "{}", ctx("profile by uid"));
    }
    for place in fx::PLACES {
        assert_eq!(
            store.place(place.profile as i64, place.lesson).unwrap().as_deref(),
            Some(place.section),
            "{}",
            ctx(place.lesson)
        );
    }

    let mut uids: Vec<Uuid> = profiles.iter().map(|p| p.uid).collect();
    for (i, want) in fx::ATTEMPTS.iter().enumerate() {
        let (id, profile_id) = (i as i64 + 1, want.profile as i64);
        let got = store.attempt(profile_id, id).unwrap();
        assert_eq!(got.lesson_id, want.lesson, "{}", ctx("attempt lesson"));
        assert_eq!(got.finished, want.finished.is_some(), "{}", ctx("attempt finished"));
        assert_eq!(got.score, want.finished.map(|f| f.1), "{}", ctx("attempt score"));
        assert_eq!(got.total, want.total, "{}", ctx("attempt total"));
        uids.push(got.uid);

        let answers = store.answers(id).unwrap();
        let answers: Vec<(&str, Vec<&str>, bool)> =
            answers.iter().map(|a| (a.question_id.as_str(), a.chosen.iter().map(String::as_str).collect(), a.correct)).collect();
        let expected: Vec<(&str, Vec<&str>, bool)> =
            want.answers.iter().map(|a| (a.question, a.chosen.to_vec(), a.correct)).collect();
        assert_eq!(answers, expected, "{}", ctx("answers in order"));

        let summary = store.attempts(profile_id, want.lesson).unwrap().into_iter().find(|s| s.attempt_id == id).unwrap();
        assert_eq!(summary.started_at, want.started_at, "{}", ctx("started_at"));
        assert_eq!(summary.score, want.finished.map(|f| f.1 as u32), "{}", ctx("summary score"));
    }
    assert_eq!(store.unfinished_attempt(2, "scams-12-14").unwrap().map(|a| a.id), Some(4), "{}", ctx("unfinished"));
    assert_eq!(store.best_scores(2).unwrap(), vec![("privacy-12-14".to_string(), 3, 3)], "{}", ctx("best scores"));

    for (p, profile) in profiles.iter().enumerate() {
        let got = store.activity_results(profile.id).unwrap();
        let want: Vec<_> = if version >= 2 {
            fx::ACTIVITIES.iter().filter(|r| r.profile == p + 1).map(|r| (r.lesson, r.activity, r.score, r.total)).collect()
        } else {
            vec![]
        };
        let got_rows: Vec<_> = got.iter().map(|r| (r.lesson_id.as_str(), r.activity_id.as_str(), r.score, r.total)).collect();
        assert_eq!(got_rows, want, "{}", ctx("activity results"));
        uids.extend(got.iter().map(|r| r.uid));
    }

    let rows = fx::PROFILES.len() + fx::ATTEMPTS.len() + if version >= 2 { fx::ACTIVITIES.len() } else { 0 };
    assert_eq!(uids.len(), rows);
    assert_eq!(uids.iter().collect::<HashSet<_>>().len(), rows, "{}", ctx("uids are distinct"));
    for uid in &uids {
        assert_eq!(uid.get_version_num(), fx::expected_uid_version(version), "{}", ctx("uid version"));
    }
}

/// Every uid column of the closed file holds a canonical uid, none NULL.
fn assert_stored_uids(path: &Path, fixture_version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut all = HashSet::new();
    for table in ["profiles", "quiz_attempts", "activity_results"] {
        // Rows beyond the fixture's were written by this test, with v7 uids.
        let mut stmt = conn.prepare(&format!("SELECT uid, rowid > ?1 FROM {table}")).unwrap();
        let fixture_rows = match table {
            "profiles" => fx::PROFILES.len(),
            "quiz_attempts" => fx::ATTEMPTS.len(),
            _ => fx::ACTIVITIES.len(),
        } as i64;
        let rows = stmt.query_map([fixture_rows], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, bool>(1)?))).unwrap();
        for row in rows {
            let (uid, created_by_test) = row.unwrap();
            let uid = uid.unwrap_or_else(|| panic!("v{fixture_version}: a NULL uid in {table}"));
            assert_canonical_uid(&uid, if created_by_test { 7 } else { fx::expected_uid_version(fixture_version) });
            assert!(all.insert(uid), "v{fixture_version}: duplicate uid");
        }
    }
}

// --- Two app instances on one file --------------------------------------

#[test]
fn a_second_open_is_refused_while_the_first_keeps_recording() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    let first = Store::open(&path).unwrap();
    let p = first.create_profile(&kid("Ana")).unwrap();
    let a = first.start_attempt(p.id, "passwords-8-11", 10).unwrap();
    for i in 0..5 {
        first.record_answer(a.id, &format!("q{i}"), &["a".into()], true).unwrap();
    }

    let wal = dir.path().join("progress.sqlite3-wal");
    let before = (fs::read(&path).unwrap(), fs::read(&wal).unwrap(), siblings(&path));
    match Store::open(&path) {
        Err(e @ StoreError::InUse { .. }) => {
            assert!(e.to_string().contains("already open in another Ciberescudo window"), "{e}");
            assert!(matches!(e, StoreError::InUse { path: ref p } if *p == path));
        }
        other => panic!("expected InUse, got {:?}", other.map(|_| ())),
    }
    assert_eq!((fs::read(&path).unwrap(), fs::read(&wal).unwrap(), siblings(&path)), before, "the refused open touched nothing");

    for i in 5..10 {
        first.record_answer(a.id, &format!("q{i}"), &["b".into()], false).unwrap();
    }
    first.finish_attempt(p.id, a.id, 5).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::InUse { .. })));

    // Closing the first window lets the next one in, with everything there.
    drop(first);
    let second = Store::open(&path).unwrap();
    assert_eq!(second.answers(a.id).unwrap().len(), 10);
    assert_eq!(second.attempt(p.id, a.id).unwrap().score, Some(5));
}

const CHILD_DB: &str = "CIBERESCUDO_TEST_SECOND_INSTANCE_DB";
const CHILD_ROLE: &str = "CIBERESCUDO_TEST_SECOND_INSTANCE_ROLE";
const SECOND_PROCESS_TEST: &str = "another_process_is_refused_and_a_killed_one_leaves_no_stale_lock";

/// Two processes, as two app windows are. The test binary runs itself again
/// with only this test selected; the environment tells the copy to act as
/// the other window and report on stdout.
#[test]
fn another_process_is_refused_and_a_killed_one_leaves_no_stale_lock() {
    if let Some(db) = std::env::var_os(CHILD_DB) {
        return act_as_second_instance(Path::new(&db), &std::env::var(CHILD_ROLE).unwrap());
    }
    let dir = TempDir::new().unwrap();
    let path = db(&dir);

    let store = Store::open(&path).unwrap();
    store.create_profile(&kid("Ana")).unwrap();
    let mut probe = SecondInstance::spawn(&path, "probe");
    assert_eq!(probe.next_report(), "in-use", "a second process is refused while the first has the file");
    assert!(probe.0.wait().unwrap().success());
    drop(store);

    // Now the other process holds it, and this one is refused.
    let mut holder = SecondInstance::spawn(&path, "hold");
    assert_eq!(holder.next_report(), "holding");
    assert!(matches!(Store::open(&path), Err(StoreError::InUse { .. })));

    // It crashes (SIGKILL on Unix: no destructor runs). The OS drops its lock.
    holder.0.kill().unwrap();
    holder.0.wait().unwrap();
    let store = Store::open(&path).expect("a crashed instance leaves no stale lock");
    let names: Vec<String> = store.profiles().unwrap().into_iter().map(|p| p.nickname).collect();
    assert_eq!(names, ["Ana", "Beto"], "what the crashed process committed is kept");
}

fn act_as_second_instance(db: &Path, role: &str) {
    match Store::open(db) {
        Err(StoreError::InUse { .. }) => println!("second-instance: in-use"),
        Err(e) => println!("second-instance: error {e}"),
        Ok(store) => {
            store.create_profile(&kid("Beto")).unwrap();
            println!("second-instance: holding");
            if role == "hold" {
                // Until killed; the timeout only bounds an orphan if the parent dies.
                std::thread::sleep(std::time::Duration::from_secs(60));
            }
        }
    }
}

/// A copy of this test binary acting as another app instance; killed on drop
/// so a failing assertion never leaves it behind.
struct SecondInstance(Child, BufReader<std::process::ChildStdout>);

impl SecondInstance {
    fn spawn(db: &Path, role: &str) -> SecondInstance {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", SECOND_PROCESS_TEST, "--nocapture", "--test-threads=1"])
            .env(CHILD_DB, db)
            .env(CHILD_ROLE, role)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        SecondInstance(child, stdout)
    }

    /// The next thing the other instance reports, skipping the test harness's own lines.
    fn next_report(&mut self) -> String {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(self.1.read_line(&mut line).unwrap() > 0, "the second instance exited without reporting");
            // The harness prints "test <name> ... " on the same line, before the report.
            if let Some((_, report)) = line.trim_end().split_once("second-instance: ") {
                return report.to_owned();
            }
        }
    }
}

impl Drop for SecondInstance {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Without the guard (say, a file system that cannot lock), SQLite's own
/// locking must still keep two writers from losing or corrupting anything.
#[test]
fn two_unguarded_writers_in_wal_mode_lose_nothing() {
    let dir = TempDir::new().unwrap();
    let path = db(&dir);
    let profile = {
        let store = Store::open(&path).unwrap();
        store.create_profile(&kid("Ana")).unwrap().id
    };

    let start = Arc::new(Barrier::new(2));
    let writers: Vec<_> = ["left", "right"]
        .into_iter()
        .map(|window| {
            let (path, start) = (path.clone(), Arc::clone(&start));
            std::thread::spawn(move || {
                let store = Store::open_unguarded(&path).unwrap();
                let attempt = store.start_attempt(profile, "passwords-8-11", 200).unwrap();
                start.wait();
                for i in 0..200 {
                    store.record_answer(attempt.id, &format!("q{i}"), &[format!("{window}-{i}")], i % 3 == 0).unwrap();
                    if i % 50 == 0 {
                        store.save_place(profile, "passwords-8-11", &format!("{window}-{i}")).unwrap();
                    }
                }
                (window, attempt.id)
            })
        })
        .collect();
    let attempts: Vec<_> = writers.into_iter().map(|w| w.join().unwrap()).collect();

    let store = Store::open(&path).unwrap();
    for (window, attempt) in attempts {
        let answers = store.answers(attempt).unwrap();
        assert_eq!(answers.len(), 200, "{window}");
        for (i, answer) in answers.iter().enumerate() {
            assert_eq!(answer.question_id, format!("q{i}"));
            assert_eq!(answer.chosen, vec![format!("{window}-{i}")]);
            assert_eq!(answer.correct, i % 3 == 0);
        }
    }
    assert_eq!(store.check_foreign_keys().unwrap(), vec![]);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}
