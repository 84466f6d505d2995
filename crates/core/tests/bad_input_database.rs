//! A progress database damaged at random (bits flipped, bytes overwritten,
//! the file cut short), opened as the app opens it: never a panic; either
//! the damage is refused with an error that says the file is damaged (or
//! from a newer version) in both languages and the file is left exactly as
//! it was, or the damage went unnoticed by SQLite's own checks (a changed
//! letter in a nickname) and reading everything back still does not panic.

mod bad_input_support;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use bad_input_support::damage::{byte_damage, damaged, Damage};
use bad_input_support::runner::{check, runner};
use ciberescudo_core::api::{AppError, AppService, NewProfile};
use ciberescudo_core::content::load_dir;
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::progress::{Store, StoreError};
use ciberescudo_core::{AgeBand, Locale};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use tempfile::TempDir;

/// Each case writes the file and runs SQLite's quick check on it.
const DATABASE_CASES: u32 = 500;

/// A progress file with a bit of everything, closed as the app closes it:
/// learners with quizzes and activities, a class, the adult PIN.
fn progress_file(dir: &Path) -> Vec<u8> {
    let catalog = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).unwrap();
    let path = dir.join("progress.sqlite3");
    {
        let app = AppService::new(catalog.clone(), Localizer::embedded(), path.clone(), Locale::EsMx);
        assert_eq!(app.startup().store_error, None);
        app.set_adult_pin("4826", "4826").unwrap();
        let class = app.create_class("5° B", "2026-2027").unwrap();
        app.add_roster(class.id, "Ana\nBeto\nÑoño", AgeBand::Kids, Locale::EsMx).unwrap();
        let new = NewProfile { nickname: "Mamá".into(), avatar: "🐙".into(), band: AgeBand::Adults, locale: Locale::En };
        app.create_profile(new).unwrap();
        for learner in app.list_profiles().unwrap() {
            let lesson = catalog.lessons().iter().find(|l| l.band == learner.band).unwrap();
            let quiz = app.start_quiz(learner.id, &lesson.id).unwrap();
            for q in &lesson.questions {
                app.answer_question(learner.id, quiz.attempt_id, &q.id, vec![q.options[0].id.clone()]).unwrap();
            }
            app.finish_quiz(learner.id, quiz.attempt_id).unwrap();
            app.save_place(learner.id, &lesson.id, &lesson.sections[1].id).unwrap();
        }
    }
    // Everything in the main file, nothing left in a write-ahead log.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    drop(conn);
    let wal = dir.join("progress.sqlite3-wal");
    assert!(fs::metadata(&wal).map_or(true, |m| m.len() == 0), "the log was checkpointed");
    fs::read(&path).unwrap()
}

/// Damage aimed at the first page as often as anywhere else: the header
/// and the schema are where a flipped bit changes the most.
fn damage() -> impl Strategy<Value = Vec<Damage>> {
    let one = prop_oneof![
        3 => byte_damage(),
        2 => (0usize..4096, 0u8..8).prop_map(|(offset, bit)| Damage::FlipBitAt { offset, bit }),
    ];
    proptest::collection::vec(one, 1..=4)
}

/// A refusal the app can show: it names the file as damaged, or as made by
/// a newer version, in both languages.
fn check_refusal(i18n: &Localizer, error: StoreError, path: &Path) -> Result<(), TestCaseError> {
    prop_assert!(matches!(error, StoreError::Corrupt { .. } | StoreError::TooNew { .. }), "refused as {error:?}");
    let error = AppError::from(error);
    let key = error.key();
    let args: Vec<(String, String)> = error.args();
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (n.as_str(), Arg::Text(v.clone()))).collect();
    for locale in Locale::ALL {
        prop_assert!(i18n.has(locale, &key), "{key} has no message in {locale}");
        let message = i18n.format(locale, &key, &args);
        prop_assert!(message.contains(&path.display().to_string()), "{key} in {locale} does not say where: {message}");
        prop_assert!(!message.contains("{$"), "{key} in {locale} lacks an argument: {message}");
    }
    Ok(())
}

/// Reads everything a learner or an adult can see; errors are fine, panics are not.
fn read_everything(store: &Store) {
    if let Ok(profiles) = store.profiles() {
        for profile in profiles {
            let _ = store.learner_data(profile.id);
        }
    }
    if let Ok(classes) = store.classes() {
        for class in classes {
            let _ = store.members(class.id);
            let _ = store.class_progress(class.id);
        }
    }
    let _ = store.stats_setting();
    let _ = store.outbox();
}

#[test]
fn a_damaged_progress_database_is_refused_and_left_exactly_as_it_was() {
    let tmp = TempDir::new().unwrap();
    let valid = progress_file(&tmp.path().join("original"));
    let i18n = Localizer::embedded();
    let outcomes = RefCell::new(BTreeMap::<String, u32>::new());
    let case = std::cell::Cell::new(0);

    check(runner(DATABASE_CASES, 0x0dbd_a3a6), damage(), |damage| {
        case.set(case.get() + 1);
        let dir = tmp.path().join(format!("case-{}", case.get()));
        fs::create_dir_all(&dir).unwrap();
        let path: PathBuf = dir.join("progress.sqlite3");
        let bytes = damaged(&valid, &damage);
        fs::write(&path, &bytes).unwrap();

        let outcome = match Store::open(&path) {
            Err(error) => {
                let name = format!("{error:?}").split([' ', '{', '(']).next().unwrap_or_default().to_owned();
                check_refusal(&i18n, error, &path)?;
                prop_assert!(fs::read(&path).unwrap() == bytes, "a refused database was changed");
                format!("refused: {name}")
            }
            Ok(store) => {
                read_everything(&store);
                "opened".to_owned()
            }
        };
        *outcomes.borrow_mut().entry(outcome).or_default() += 1;
        fs::remove_dir_all(&dir).unwrap();
        Ok(())
    });
    let outcomes = outcomes.into_inner();
    eprintln!("damaged databases: {outcomes:?}");
    let refused: u32 = outcomes.iter().filter(|(k, _)| k.starts_with("refused")).map(|(_, n)| n).sum();
    assert!(refused >= DATABASE_CASES / 4, "too few refusals to have tested anything: {outcomes:?}");
}

/// `bytes` written over the valid file at `offset`: refused as damaged, and
/// left as it was. The named cases below were found by the property above:
/// SQLite's generic error used to reach the learner as "something went
/// wrong, try again", and a negative version as "check the permissions".
fn assert_refused_as_damaged(valid: &[u8], offset: usize, bytes: &[u8]) {
    let tmp = TempDir::new().unwrap();
    let mut file = valid.to_vec();
    file[offset..offset + bytes.len()].copy_from_slice(bytes);
    let path = tmp.path().join("progress.sqlite3");
    fs::write(&path, &file).unwrap();
    let refused = Store::open(&path).err();
    assert!(matches!(refused, Some(StoreError::Corrupt { .. })), "{bytes:?} at {offset}: {refused:?}");
    assert!(fs::read(&path).unwrap() == file, "{bytes:?} at {offset}: the file was changed");
}

#[test]
fn a_header_that_sqlite_does_not_support_is_refused_as_damaged() {
    let tmp = TempDir::new().unwrap();
    let valid = progress_file(tmp.path());
    // The schema format number, at offset 44, is 1 to 4.
    assert_refused_as_damaged(&valid, 44, &5u32.to_be_bytes());
}

#[test]
fn a_schema_version_lowered_by_a_flipped_bit_is_refused_as_damaged() {
    let tmp = TempDir::new().unwrap();
    let valid = progress_file(tmp.path());
    // `user_version`, at offset 60: the migrations after it find their tables there already.
    let latest = ciberescudo_core::progress::schema_version() as u32;
    for version in 0..latest {
        assert_refused_as_damaged(&valid, 60, &version.to_be_bytes());
    }
}

#[test]
fn a_negative_schema_version_is_refused_as_damaged() {
    let tmp = TempDir::new().unwrap();
    let valid = progress_file(tmp.path());
    // The high bit of `user_version` flipped: a negative number, which the migrations cannot start from.
    let latest = ciberescudo_core::progress::schema_version() as u32;
    assert_refused_as_damaged(&valid, 60, &(latest | 0x8000_0000).to_be_bytes());
}
