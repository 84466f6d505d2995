//! The daily backups of the progress file, restoring one from the adult
//! area, and a damaged file at start-up, on real files: the backups are
//! real SQLite copies, and damage is real garbage written over a file.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use ciberescudo_core::api::{AppError, AppService, NewProfile};
use ciberescudo_core::content::{load_dir, Catalog};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::{
    backups_dir, check_backup, list_backups, restore_damaged, NewProfileRow, Store, StoreError, KEEP_BACKUPS,
};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

const PIN: &str = "4826";

fn db(dir: &TempDir) -> PathBuf {
    dir.path().join("progress.sqlite3")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn noon(text: &str) -> NaiveDateTime {
    day(text).and_hms_opt(12, 0, 0).unwrap()
}

fn kid(nickname: &str) -> NewProfileRow {
    NewProfileRow { nickname: nickname.into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx }
}

fn nicknames(store: &Store) -> Vec<String> {
    store.profiles().unwrap().into_iter().map(|p| p.nickname).collect()
}

/// The nicknames in a database file, read with SQLite alone.
fn nicknames_in(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn.prepare("SELECT nickname FROM profiles ORDER BY id").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// Garbage over a whole file, as a failing disk or a bad copy leaves it.
fn garbage(path: &Path, keep_header: bool) -> Vec<u8> {
    let mut bytes = fs::read(path).unwrap();
    let start = if keep_header { 100 } else { 0 };
    for (i, b) in bytes.iter_mut().enumerate().skip(start) {
        *b = (i as u32).wrapping_mul(2_654_435_761).to_be_bytes()[0];
    }
    fs::write(path, &bytes).unwrap();
    bytes
}

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

fn service(dir: &TempDir) -> AppService {
    AppService::new(catalog(), Localizer::embedded(), db(dir), Locale::EsMx)
}

fn learner(s: &AppService, nickname: &str) {
    let new = NewProfile { nickname: nickname.into(), avatar: "🐙".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    s.create_profile(new).unwrap();
}

fn service_nicknames(s: &AppService) -> Vec<String> {
    s.list_profiles().unwrap().into_iter().map(|p| p.nickname).collect()
}

#[test]
fn a_backup_is_made_once_a_day_and_the_newest_seven_are_kept() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    // Whatever else an adult keeps in the folder is never touched.
    fs::create_dir_all(backups_dir(&db(&dir))).unwrap();
    fs::write(backups_dir(&db(&dir)).join("notes.txt"), b"mine").unwrap();
    fs::write(backups_dir(&db(&dir)).join("progress-2026-1-1.sqlite3"), b"not a name we write").unwrap();

    for n in 1..=10 {
        store.create_profile(&kid(&format!("Día {n}"))).unwrap();
        let today = day(&format!("2026-11-{n:02}"));
        let written = store.daily_backup(today).unwrap().expect("the day's first start makes a backup");
        assert_eq!(written, backups_dir(&db(&dir)).join(format!("progress-2026-11-{n:02}.sqlite3")));
        // A second start on the same day keeps the first backup.
        store.create_profile(&kid(&format!("Tarde {n}"))).unwrap();
        assert_eq!(store.daily_backup(today).unwrap(), None);
    }

    let kept = list_backups(&db(&dir)).unwrap();
    assert_eq!(kept.len(), KEEP_BACKUPS);
    let days: Vec<String> = kept.iter().map(|b| b.date.to_string()).collect();
    assert_eq!(days, ["2026-11-10", "2026-11-09", "2026-11-08", "2026-11-07", "2026-11-06", "2026-11-05", "2026-11-04"]);
    for backup in &kept {
        check_backup(&backup.path).unwrap();
        assert_eq!(backup.bytes, fs::metadata(&backup.path).unwrap().len());
    }
    // Each holds what there was that morning.
    let newest = nicknames_in(&kept[0].path);
    assert_eq!(newest.len(), 19);
    assert_eq!(newest.last().unwrap(), "Día 10");
    assert!(file_names(&backups_dir(&db(&dir))).contains(&"notes.txt".to_owned()));
    assert!(file_names(&backups_dir(&db(&dir))).contains(&"progress-2026-1-1.sqlite3".to_owned()));
}

#[test]
fn a_backup_is_one_complete_file_taken_from_the_open_database() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store.create_profile(&kid("Ajolote")).unwrap();
    // Not checkpointed: the profile lives only in the WAL so far.
    assert!(fs::metadata(dir.path().join("progress.sqlite3-wal")).unwrap().len() > 0);

    let backup = store.daily_backup(day("2026-12-01")).unwrap().unwrap();
    let folder = backups_dir(&db(&dir));
    assert_eq!(file_names(&folder), ["progress-2026-12-01.sqlite3"], "no WAL, no journal, no half copy");
    // A rollback-journal file (header bytes 18 and 19 are 1), so it opens
    // read-only from any copy of it.
    let header = fs::read(&backup).unwrap();
    assert_eq!((header[18], header[19]), (1, 1));
    assert_eq!(nicknames_in(&backup), ["Ajolote"]);
    assert_eq!(file_names(&folder), ["progress-2026-12-01.sqlite3"], "reading it leaves nothing beside it");
}

#[test]
fn what_a_crash_in_the_middle_of_a_backup_leaves_is_no_backup() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store.create_profile(&kid("Ajolote")).unwrap();
    let folder = backups_dir(&db(&dir));
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("progress-2026-12-01.sqlite3.partial"), b"SQLite format 3\0half").unwrap();
    assert!(list_backups(&db(&dir)).unwrap().is_empty());

    store.daily_backup(day("2026-12-01")).unwrap().unwrap();
    assert_eq!(file_names(&folder), ["progress-2026-12-01.sqlite3"]);
    assert_eq!(nicknames_in(&folder.join("progress-2026-12-01.sqlite3")), ["Ajolote"]);
}

#[test]
fn restoring_brings_the_backup_back_and_keeps_the_replaced_file() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store.create_profile(&kid("Ajolote")).unwrap();
    let backup = store.daily_backup(day("2026-11-30")).unwrap().unwrap();
    store.create_profile(&kid("Quetzal")).unwrap();

    let (store, kept) = store.restore(&backup, noon("2026-12-01")).map_err(|f| f.error).unwrap();
    assert_eq!(nicknames(&store), ["Ajolote"]);
    let kept = kept.expect("the replaced file is kept");
    assert_eq!(kept, dir.path().join("progress-replaced-2026-12-01-120000.sqlite3"));
    // The file set aside is complete on its own: no WAL went with it, and a
    // copy of it alone holds everything.
    assert!(!dir.path().join("progress-replaced-2026-12-01-120000.sqlite3-wal").exists());
    let elsewhere = TempDir::new().unwrap();
    fs::copy(&kept, elsewhere.path().join("copy.sqlite3")).unwrap();
    assert_eq!(nicknames_in(&elsewhere.path().join("copy.sqlite3")), ["Ajolote", "Quetzal"]);
    assert!(!dir.path().join("progress.sqlite3.restoring").exists());
    check_backup(&backup).unwrap();
    assert_eq!(nicknames_in(&backup), ["Ajolote"], "restoring leaves the backup as it was");

    // The store works on, and still keeps a second window out.
    store.create_profile(&kid("Colibrí")).unwrap();
    assert!(matches!(Store::open(&db(&dir)), Err(StoreError::InUse { .. })));
    assert!(store.integrity_check().unwrap());

    // A second restore in the same second never overwrites the first file set aside.
    let (store, again) = store.restore(&backup, noon("2026-12-01")).map_err(|f| f.error).unwrap();
    assert_eq!(again.unwrap(), dir.path().join("progress-replaced-2026-12-01-120000-2.sqlite3"));
    assert_eq!(nicknames_in(&kept), ["Ajolote", "Quetzal"]);
    assert_eq!(nicknames_in(&dir.path().join("progress-replaced-2026-12-01-120000-2.sqlite3")), ["Ajolote", "Colibrí"]);
    drop(store);
}

#[test]
fn a_damaged_or_newer_backup_is_refused_and_nothing_changes() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store.create_profile(&kid("Ajolote")).unwrap();
    let folder = backups_dir(&db(&dir));
    let damaged = store.daily_backup(day("2026-11-29")).unwrap().unwrap();
    garbage(&damaged, true);
    let newer = store.daily_backup(day("2026-11-30")).unwrap().unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let empty = folder.join("progress-2026-11-28.sqlite3");
    fs::write(&empty, b"").unwrap();
    store.create_profile(&kid("Quetzal")).unwrap();
    let before = file_names(dir.path());

    let store = match store.restore(&damaged, noon("2026-12-01")) {
        Err(failed) => {
            assert!(matches!(failed.error, StoreError::BackupDamaged { .. }), "{}", failed.error);
            failed.store.expect("the database stays open")
        }
        Ok(_) => panic!("a damaged backup was restored"),
    };
    let store = match store.restore(&newer, noon("2026-12-01")) {
        Err(failed) => {
            assert!(matches!(failed.error, StoreError::BackupTooNew { .. }), "{}", failed.error);
            failed.store.unwrap()
        }
        Ok(_) => panic!("a backup from a newer version was restored"),
    };
    let store = match store.restore(&empty, noon("2026-12-01")) {
        Err(failed) => failed.store.unwrap(),
        Ok(_) => panic!("an empty file was restored"),
    };
    assert_eq!(nicknames(&store), ["Ajolote", "Quetzal"]);
    assert_eq!(file_names(dir.path()), before, "nothing set aside, nothing staged left behind");
}

#[test]
fn a_backup_from_an_older_version_is_brought_up_to_date_when_restored() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    let folder = backups_dir(&db(&dir));
    fs::create_dir_all(&folder).unwrap();
    let old = folder.join("progress-2026-01-15.sqlite3");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.sqlite3"), &old).unwrap();
    let in_fixture = nicknames_in(&old);
    assert!(!in_fixture.is_empty());

    let (store, _) = store.restore(&old, noon("2026-12-01")).map_err(|f| f.error).unwrap();
    assert_eq!(nicknames(&store), in_fixture);
    assert!(store.integrity_check().unwrap());
}

#[test]
fn a_damaged_file_at_start_up_is_kept_and_the_newest_good_backup_restored() {
    for keep_header in [false, true] {
        let dir = TempDir::new().unwrap();
        let s = service(&dir);
        assert_eq!(s.startup().store_error, None);
        learner(&s, "Ajolote");
        s.close_store();
        // As if the next start were on another day: it makes a backup that holds Ajolote.
        fs::remove_dir_all(backups_dir(&db(&dir))).unwrap();
        let s = service(&dir);
        assert_eq!(s.startup().store_error, None);
        learner(&s, "Quetzal");
        s.close_store();
        let backups = list_backups(&db(&dir)).unwrap();
        let newest = backups[0].clone();
        // An older backup that is damaged too is never the one offered.
        let folder = backups_dir(&db(&dir));
        let older = folder.join("progress-2020-01-01.sqlite3");
        fs::copy(&newest.path, &older).unwrap();
        garbage(&older, true);
        fs::rename(&newest.path, folder.join("progress-2020-01-02.sqlite3")).unwrap();
        let newer_but_damaged = folder.join("progress-2099-12-31.sqlite3");
        fs::write(&newer_but_damaged, b"garbage, not a database").unwrap();

        let damaged_bytes = garbage(&db(&dir), keep_header);
        let s = service(&dir);
        let startup = s.startup();
        assert!(matches!(startup.store_error, Some(AppError::DatabaseCorrupt { .. })), "{:?}", startup.store_error);
        let offered = startup.backup.expect("a good backup is offered");
        assert_eq!((offered.name.as_str(), offered.date.as_str()), ("progress-2020-01-02.sqlite3", "2020-01-02"));
        assert_eq!(fs::read(db(&dir)).unwrap(), damaged_bytes, "offering changes nothing");

        let restored = s.restore_newest_backup().unwrap();
        assert_eq!(restored.date, "2020-01-02");
        let kept = dir.path().join(restored.kept_as.expect("the damaged file is kept"));
        assert!(kept.file_name().unwrap().to_string_lossy().starts_with("progress-damaged-"), "{}", kept.display());
        assert_eq!(fs::read(&kept).unwrap(), damaged_bytes, "the damaged file is kept byte for byte");
        assert_eq!(service_nicknames(&s), ["Ajolote"]);
        // Asking again, now the file opens, replaces nothing.
        assert_eq!(s.restore_newest_backup().unwrap_err(), AppError::DatabaseNotDamaged {});
        s.close_store();
        assert_eq!(fs::read(&kept).unwrap(), damaged_bytes);
    }
}

#[test]
fn with_no_good_backup_nothing_is_offered_and_nothing_changes() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    assert_eq!(s.startup().store_error, None);
    learner(&s, "Ajolote");
    s.close_store();
    for backup in list_backups(&db(&dir)).unwrap() {
        garbage(&backup.path, false);
    }
    let damaged_bytes = garbage(&db(&dir), true);
    let before = file_names(dir.path());

    let s = service(&dir);
    let startup = s.startup();
    assert!(matches!(startup.store_error, Some(AppError::DatabaseCorrupt { .. })));
    assert_eq!(startup.backup, None);
    assert_eq!(s.restore_newest_backup().unwrap_err(), AppError::BackupNotFound {});
    assert_eq!(fs::read(db(&dir)).unwrap(), damaged_bytes);
    assert_eq!(file_names(dir.path()), before);
}

#[test]
fn restoring_without_a_pin_never_replaces_a_healthy_file() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&db(&dir)).unwrap();
    store.create_profile(&kid("Ajolote")).unwrap();
    let backup = store.daily_backup(day("2026-11-30")).unwrap().unwrap();
    store.create_profile(&kid("Quetzal")).unwrap();
    // Open in this window: the file is not even looked at.
    assert!(matches!(restore_damaged(&db(&dir), &backup, noon("2026-12-01")), Err(StoreError::InUse { .. })));
    store.close().unwrap();
    let before = file_names(dir.path());
    // Healthy and closed: opened, found healthy, left alone.
    assert!(restore_damaged(&db(&dir), &backup, noon("2026-12-01")).unwrap().is_none());
    assert_eq!(file_names(dir.path()), before);
    assert_eq!(nicknames_in(&db(&dir)), ["Ajolote", "Quetzal"]);
}

#[test]
fn the_adult_area_lists_backups_and_restores_one_by_its_name_only() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    assert_eq!(s.startup().store_error, None);
    learner(&s, "Ajolote");
    assert_eq!(s.list_backups().unwrap_err(), AppError::AdultAreaClosed {});
    assert_eq!(s.restore_backup("progress-2026-11-30.sqlite3").unwrap_err(), AppError::AdultAreaClosed {});
    s.set_adult_pin(PIN, PIN).unwrap();

    // Today's backup was made when the app started, before Ajolote.
    let listed = s.list_backups().unwrap();
    assert_eq!(listed.len(), 1);
    let today = &listed[0];
    assert!(today.bytes > 0);
    assert_eq!(today.name, format!("progress-{}.sqlite3", today.date));

    for not_listed in ["../progress.sqlite3", "progress-2026-11-30.sqlite3", "/etc/passwd", ""] {
        assert_eq!(s.restore_backup(not_listed).unwrap_err(), AppError::BackupNotFound {}, "{not_listed}");
    }
    assert_eq!(service_nicknames(&s), ["Ajolote"]);

    let restored = s.restore_backup(&today.name).unwrap();
    assert_eq!(restored.date, today.date);
    let kept = restored.kept_as.unwrap();
    assert!(kept.starts_with("progress-replaced-"), "{kept}");
    // The backup predates the PIN and Ajolote; the file kept aside has both.
    assert!(service_nicknames(&s).is_empty());
    assert_eq!(nicknames_in(&dir.path().join(&kept)), ["Ajolote"]);
    assert!(!s.adult_status().unwrap().pin_set);
    s.close_store();
    assert!(dir.path().join(&kept).exists());
}
