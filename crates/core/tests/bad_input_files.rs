//! Class files and progress files from a USB stick, damaged at random (bits
//! flipped, bytes cut off or overwritten, random bytes, or a sealed file
//! whose inside was changed and sealed again by a buggy or hostile writer),
//! imported through the app's own use cases into real SQLite files: never a
//! panic; a refusal is a file error that reads as a sentence naming the
//! file in both languages, and leaves every row of the database as it was.

mod bad_input_support;

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use bad_input_support::damage::{byte_damage, damaged, damages, Damage};
use bad_input_support::json_damage::{damaged_json, json_damage, JsonDamage};
use bad_input_support::runner::{check, runner};
use bad_input_support::snapshot;
use ciberescudo_core::api::{AppError, AppService, NewProfile};
use ciberescudo_core::classroom::files::{ClassFile, ProgressFile};
use ciberescudo_core::content::{load_dir, Catalog};
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::{AgeBand, Locale};
use hmac::{Hmac, Mac};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

/// Each case is one import into SQLite: a few milliseconds.
const CLASS_FILE_CASES: u32 = 400;
const PROGRESS_FILE_CASES: u32 = 400;

const PIN: &str = "4826";
const CLASS_FILE: &str = "ciberescudo-class-5-b.json";

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

/// One computer with the adult area open.
struct Computer {
    _dir: TempDir,
    db: PathBuf,
    app: AppService,
}

fn computer(catalog: &Catalog) -> Computer {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("progress.sqlite3");
    // The area stays open however slowly the machine runs the cases.
    let app = AppService::new(catalog.clone(), Localizer::embedded(), db.clone(), Locale::EsMx)
        .with_adult_idle(Duration::from_secs(3600));
    assert_eq!(app.startup().store_error, None);
    app.set_adult_pin(PIN, PIN).unwrap();
    Computer { _dir: dir, db, app }
}

/// A teacher's class, a lab computer where two of its learners did a quiz
/// and an activity, and the two files between them, made by the real code.
/// The teacher has merged the progress file and a second lab computer has
/// imported the class file, so importing either file again changes nothing:
/// every case can compare the database before and after.
struct Lab {
    teacher: Computer,
    /// The class on the teacher's computer.
    class_id: i64,
    lab: Computer,
    class_file: Vec<u8>,
    progress_name: String,
    progress_file: Vec<u8>,
    /// The class's key, which seals its progress files.
    key: Vec<u8>,
}

fn lab() -> Lab {
    let catalog = catalog();
    let teacher = computer(&catalog);
    let class = teacher.app.create_class("5° B", "2026-2027").unwrap();
    teacher.app.add_roster(class.id, "Ana\nBeto\nÑoño", AgeBand::Kids, Locale::EsMx).unwrap();
    let (_, class_file) = teacher.app.class_file(class.id).unwrap();

    let pc = computer(&catalog);
    let imported = pc.app.import_class_file(CLASS_FILE, &class_file, Locale::EsMx).unwrap();
    let lesson = catalog.lessons().iter().find(|l| l.id == "passwords-8-11").unwrap();
    for learner in pc.app.list_profiles().unwrap().into_iter().filter(|p| p.nickname != "Ñoño") {
        let quiz = pc.app.start_quiz(learner.id, &lesson.id).unwrap();
        for q in &lesson.questions {
            let first: Vec<String> = vec![q.options[0].id.clone()];
            pc.app.answer_question(learner.id, quiz.attempt_id, &q.id, first).unwrap();
        }
        pc.app.finish_quiz(learner.id, quiz.attempt_id).unwrap();
        pc.app.finish_passphrase_lab(learner.id, &lesson.id, "passphrase-lab", "tres gatos bailan cumbia").unwrap();
    }
    // Someone on the teacher's computer who is in no class: untouched by any import.
    let new = NewProfile { nickname: "Maestra".into(), avatar: "🐙".into(), band: AgeBand::Adults, locale: Locale::EsMx };
    teacher.app.create_profile(new).unwrap();

    let (progress_name, progress_file) = pc.app.progress_file(imported.id).unwrap();
    let merged = teacher.app.import_progress_files(vec![(progress_name.clone(), progress_file.clone())], Locale::EsMx).unwrap();
    assert_eq!(merged[0].refused, None);
    assert!(merged[0].answers_added > 0);

    let key = hex::decode(ClassFile::from_bytes(&class_file).unwrap().class.key).unwrap();
    let lab = computer(&catalog);
    lab.app.import_class_file(CLASS_FILE, &class_file, Locale::EsMx).unwrap();
    Lab { teacher, class_id: class.id, lab, class_file, progress_name, progress_file, key }
}

/// What reaches the import.
#[derive(Debug, Clone)]
enum Input {
    /// The valid file with its bytes damaged.
    Damaged(Vec<Damage>),
    /// Bytes that were never one of our files.
    Random(Vec<u8>),
    /// The valid file with its inside changed and sealed again, as only a
    /// buggy or hostile program would: the seal alone cannot catch it.
    Resealed(Vec<JsonDamage>),
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        6 => damages(byte_damage()).prop_map(Input::Damaged),
        1 => proptest::collection::vec(any::<u8>(), 0..2048).prop_map(Input::Random),
        3 => proptest::collection::vec(json_damage(), 1..=3).prop_map(Input::Resealed),
    ]
}

/// How a file is sealed (docs/class-files.md).
enum Seal<'k> {
    Checksum,
    Hmac(&'k [u8]),
}

impl Seal<'_> {
    fn of(&self, content: &str) -> String {
        match self {
            Seal::Checksum => hex::encode(Sha256::digest(content.as_bytes())),
            Seal::Hmac(key) => {
                let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
                mac.update(content.as_bytes());
                hex::encode(mac.finalize().into_bytes())
            }
        }
    }
}

/// The bytes an input stands for, made from a valid file.
fn bytes_of(input: &Input, valid: &[u8], seal: Seal<'_>) -> Vec<u8> {
    match input {
        Input::Damaged(damage) => damaged(valid, damage),
        Input::Random(bytes) => bytes.clone(),
        Input::Resealed(damage) => resealed(valid, seal, |content| damaged_json(content, damage)),
    }
}

/// A valid file with its inside rewritten by `change` and sealed again.
fn resealed(valid: &[u8], seal: Seal<'_>, change: impl FnOnce(&Value) -> String) -> Vec<u8> {
    let mut envelope: Value = serde_json::from_slice(valid).unwrap();
    let content = change(&serde_json::from_str(envelope["content"].as_str().unwrap()).unwrap());
    envelope["seal"] = Value::String(seal.of(&content));
    envelope["content"] = Value::String(content);
    serde_json::to_vec_pretty(&envelope).unwrap()
}

/// A refused file: one of the file errors, naming the file, with a message
/// in both languages that has everything it needs.
fn check_refusal(i18n: &Localizer, error: &AppError, file: &str) -> Result<(), TestCaseError> {
    let key = error.key();
    prop_assert!(key.starts_with("error-file-"), "a bad file refused as {key}, not as a bad file");
    let args = error.args();
    prop_assert!(args.iter().any(|(name, value)| name == "file" && value == file), "{key} does not name the file: {args:?}");
    let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (n.as_str(), Arg::Text(v.clone()))).collect();
    for locale in Locale::ALL {
        prop_assert!(i18n.has(locale, &key), "{key} has no message in {locale}");
        let message = i18n.format(locale, &key, &args);
        prop_assert!(message.contains(file), "{key} in {locale} does not show the file's name: {message}");
        prop_assert!(!message.contains("{$"), "{key} in {locale} lacks an argument: {message}");
    }
    Ok(())
}

/// Tallies of what the cases did, printed at the end and checked to be
/// plausible (a run that refused nothing tested nothing).
#[derive(Default)]
struct Tally {
    refused: Cell<u32>,
    accepted: Cell<u32>,
}

impl Tally {
    fn add(&self, refused: bool) {
        let counter = if refused { &self.refused } else { &self.accepted };
        counter.set(counter.get() + 1);
    }
}

#[test]
fn a_damaged_class_file_is_refused_whole_and_writes_nothing() {
    let lab = lab();
    let i18n = Localizer::embedded();
    let valid = ClassFile::from_bytes(&lab.class_file).unwrap();
    let tally = Tally::default();

    check(runner(CLASS_FILE_CASES, 0xc1a5_5f11), input(), |input| {
        let bytes = bytes_of(&input, &lab.class_file, Seal::Checksum);
        let before = snapshot(&lab.lab.db);
        let result = lab.lab.app.import_class_file(CLASS_FILE, &bytes, Locale::EsMx);
        tally.add(result.is_err());
        match (&input, result) {
            (_, Err(error)) => {
                check_refusal(&i18n, &error, CLASS_FILE)?;
                prop_assert_eq!(snapshot(&lab.lab.db), before, "a refused class file changed the database");
            }
            // Sealed again on purpose: a class file that reads is imported,
            // and the adult area still shows the classes and learners.
            (Input::Resealed(_), Ok(_)) => {
                prop_assert!(lab.lab.app.list_classes().is_ok() && lab.lab.app.list_profiles().is_ok());
            }
            (_, Ok(_)) => {
                // Damage that only touched what the format ignores (the
                // final newline, say): the same class as before, nothing new.
                prop_assert_eq!(ClassFile::from_bytes(&bytes).ok(), Some(valid.clone()));
                prop_assert_eq!(snapshot(&lab.lab.db), before, "importing the same class again changed the database");
            }
        }
        Ok(())
    });
    eprintln!("class files: {} refused, {} imported", tally.refused.get(), tally.accepted.get());
    assert!(tally.refused.get() >= CLASS_FILE_CASES / 2, "too few refusals to have tested anything");
}

#[test]
fn a_damaged_progress_file_is_refused_whole_and_writes_nothing() {
    let lab = lab();
    let i18n = Localizer::embedded();
    let key_of = |_| Some(lab.key.clone());
    let valid = ProgressFile::from_bytes(&lab.progress_file, key_of).unwrap();
    let name = lab.progress_name.as_str();
    let tally = Tally::default();

    check(runner(PROGRESS_FILE_CASES, 0x9a06_7e55), input(), |input| {
        let bytes = bytes_of(&input, &lab.progress_file, Seal::Hmac(&lab.key));
        let before = snapshot(&lab.teacher.db);
        let results = lab.teacher.app.import_progress_files(vec![(name.to_owned(), bytes.clone())], Locale::EsMx);
        let results = results.map_err(|e| TestCaseError::fail(format!("the whole import failed: {}", e.key())))?;
        prop_assert_eq!(results.len(), 1);
        tally.add(results[0].refused.is_some());
        match (&input, &results[0].refused) {
            (_, Some(error)) => {
                check_refusal(&i18n, error, name)?;
                prop_assert_eq!(snapshot(&lab.teacher.db), before, "a refused progress file changed the database");
            }
            // Sealed again on purpose: what it merged (times out of range,
            // answers naming no option) still makes a class view and spreadsheets.
            (Input::Resealed(_), None) => {
                for locale in Locale::ALL {
                    let views =
                        (lab.teacher.app.class_view(lab.class_id, locale), lab.teacher.app.class_csv(lab.class_id, locale));
                    prop_assert!(views.0.is_ok() && views.1.is_ok(), "{views:?}");
                }
            }
            (_, None) => {
                prop_assert_eq!(ProgressFile::from_bytes(&bytes, key_of).ok(), Some(valid.clone()));
                prop_assert_eq!(snapshot(&lab.teacher.db), before, "merging the same progress again changed the database");
            }
        }
        Ok(())
    });
    eprintln!("progress files: {} refused, {} merged", tally.refused.get(), tally.accepted.get());
    assert!(tally.refused.get() >= PROGRESS_FILE_CASES / 2, "too few refusals to have tested anything");
}

/// Found by the property above: a record whose uid is not a uid stopped the
/// whole batch with "we couldn't find what you were looking for", so the
/// adult never saw which files had been merged.
#[test]
fn a_sealed_progress_file_with_a_record_no_export_writes_is_refused_as_damaged() {
    let lab = lab();
    let before = snapshot(&lab.teacher.db);
    let broken = resealed(&lab.progress_file, Seal::Hmac(&lab.key), |content| {
        let mut content = content.clone();
        let learners = content["learners"].as_array_mut().unwrap();
        let with_activity = learners.iter_mut().find(|l| l["activity_results"].as_array().is_some_and(|a| !a.is_empty()));
        with_activity.unwrap()["activity_results"][0]["uid"] = Value::String(String::new());
        content.to_string()
    });
    let files = vec![("broken.json".to_owned(), broken), (lab.progress_name.clone(), lab.progress_file.clone())];
    let results = lab.teacher.app.import_progress_files(files, Locale::EsMx).unwrap();
    assert_eq!(results[0].refused, Some(AppError::FileDamaged { file: "broken.json".into() }));
    assert_eq!(results[1].refused, None, "the next file is still read");
    assert_eq!(snapshot(&lab.teacher.db), before);
}
