//! A class across a lab with no network: the class file carried to each
//! computer, progress files carried back and merged, on real SQLite files.

use ciberescudo_core::classroom::class::{self, ClassroomError};
use ciberescudo_core::classroom::files::ClassFile;
use ciberescudo_core::classroom::FileError;
use ciberescudo_core::progress::{Merged, NewProfileRow, Store};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

/// One computer: its own data folder and progress file.
struct Computer {
    _dir: TempDir,
    store: Store,
}

fn computer() -> Computer {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    Computer { _dir: dir, store }
}

fn roster(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The teacher's computer with "5° B" and three learners, and a lab computer
/// that imported its class file.
fn lab() -> (Computer, Computer, i64) {
    let teacher = computer();
    let c = class::create_class(&teacher.store, "5° B, turno matutino", "2026-2027").unwrap();
    class::add_roster(&teacher.store, c.id, &roster(&["Ana", "Beto", "Ñoño"]), AgeBand::Kids, Locale::EsMx).unwrap();
    let (_, bytes) = class::class_file(&teacher.store, c.id).unwrap();
    let pc = computer();
    class::import_class_file(&pc.store, &bytes, Locale::EsMx).unwrap();
    (teacher, pc, c.id)
}

/// A learner answers `answers` questions of a quiz on a computer, finishing it or not.
fn quiz(pc: &Computer, nickname: &str, lesson: &str, answers: usize, finish: bool) -> i64 {
    let learner = pc.store.profiles().unwrap().into_iter().find(|p| p.nickname == nickname).unwrap();
    let attempt = pc.store.start_attempt(learner.id, lesson, 6).unwrap();
    for q in 0..answers {
        pc.store.record_answer(attempt.id, &format!("q{q}"), &["a".into()], q % 2 == 0).unwrap();
    }
    if finish {
        pc.store.finish_attempt(learner.id, attempt.id, answers.div_ceil(2)).unwrap();
    }
    attempt.id
}

fn export(pc: &Computer) -> Vec<u8> {
    let class = pc.store.classes().unwrap().remove(0);
    class::progress_file(&pc.store, class.id, 1_790_000_000).unwrap().1
}

fn import(teacher: &Computer, bytes: &[u8]) -> Result<Merged, ClassroomError> {
    class::import_progress_file(&teacher.store, bytes, Locale::EsMx).map(|i| i.merged)
}

/// Every row count of the tables a merge may touch.
fn counts(store: &Store) -> Vec<i64> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    ["profiles", "quiz_attempts", "quiz_answers", "activity_results", "classes", "class_members"]
        .iter()
        .map(|t| conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0)).unwrap())
        .collect()
}

#[test]
fn a_class_file_gives_every_computer_the_same_learners() {
    let (teacher, pc, class_id) = lab();
    let on_teacher: Vec<_> = teacher.store.members(class_id).unwrap().into_iter().map(|p| (p.uid, p.nickname)).collect();
    let lab_class = pc.store.classes().unwrap().remove(0);
    assert_eq!(lab_class.name, "5° B, turno matutino");
    assert_eq!(lab_class.uid, teacher.store.class(class_id).unwrap().uid);
    let on_pc: Vec<_> = pc.store.members(lab_class.id).unwrap().into_iter().map(|p| (p.uid, p.nickname)).collect();
    assert_eq!(on_pc, on_teacher);

    // Importing it again changes nothing.
    let before = counts(&pc.store);
    let (_, bytes) = class::class_file(&teacher.store, class_id).unwrap();
    let again = class::import_class_file(&pc.store, &bytes, Locale::EsMx).unwrap();
    assert_eq!((again.learners_added, again.learners_known), (0, 3));
    assert_eq!(counts(&pc.store), before);
}

#[test]
fn a_roster_skips_nicknames_the_class_already_has() {
    let teacher = computer();
    let c = class::create_class(&teacher.store, "6° A", "2026-2027").unwrap();
    let added = class::add_roster(&teacher.store, c.id, &roster(&["Ana", "Beto"]), AgeBand::Kids, Locale::EsMx).unwrap();
    assert_eq!(added.len(), 2);
    let again = class::add_roster(&teacher.store, c.id, &roster(&["ana", "Carla"]), AgeBand::Kids, Locale::EsMx).unwrap();
    assert_eq!(again.iter().map(|p| p.nickname.as_str()).collect::<Vec<_>>(), ["Carla"]);
    assert_eq!(teacher.store.members(c.id).unwrap().len(), 3);
}

#[test]
fn merging_counts_each_answer_once_and_adds_later_progress() {
    let (teacher, pc, _) = lab();
    quiz(&pc, "Ana", "passwords-8-11", 6, true);
    let unfinished = quiz(&pc, "Beto", "passwords-8-11", 2, false);

    let first = export(&pc);
    let merged = import(&teacher, &first).unwrap();
    assert_eq!(merged, Merged { attempts_added: 2, attempts_finished: 0, answers_added: 8, activities_added: 0 });

    // The same file again: nothing.
    let before = counts(&teacher.store);
    assert_eq!(import(&teacher, &first).unwrap(), Merged::default());
    assert_eq!(counts(&teacher.store), before);

    // Beto goes on and finishes; a new export adds only that.
    let beto = pc.store.profiles().unwrap().into_iter().find(|p| p.nickname == "Beto").unwrap();
    for q in 2..6 {
        pc.store.record_answer(unfinished, &format!("q{q}"), &["a".into()], true).unwrap();
    }
    pc.store.finish_attempt(beto.id, unfinished, 5).unwrap();
    pc.store.record_activity(beto.id, "passwords-8-11", "passphrase-lab", 3, 4).unwrap();
    let merged = import(&teacher, &export(&pc)).unwrap();
    assert_eq!(merged, Merged { attempts_added: 0, attempts_finished: 1, answers_added: 4, activities_added: 1 });
    // And the older file, imported late, changes nothing.
    assert_eq!(import(&teacher, &first).unwrap(), Merged::default());

    let teacher_beto = teacher.store.profile_by_uid(beto.uid).unwrap();
    let attempts = teacher.store.attempts(teacher_beto.id, "passwords-8-11").unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].score, Some(5));
}

#[test]
fn files_from_many_computers_overlap_without_double_counting() {
    let (teacher, pc1, class_id) = lab();
    let (_, class_bytes) = class::class_file(&teacher.store, class_id).unwrap();
    let pc2 = computer();
    class::import_class_file(&pc2.store, &class_bytes, Locale::EsMx).unwrap();
    quiz(&pc1, "Ana", "passwords-8-11", 6, true);
    quiz(&pc2, "Ana", "privacy-8-11", 3, true);
    quiz(&pc2, "Ñoño", "passwords-8-11", 6, true);

    let (name1, file1) = class::progress_file(&pc1.store, pc1.store.classes().unwrap()[0].id, 1_790_000_000).unwrap();
    let (name2, file2) = class::progress_file(&pc2.store, pc2.store.classes().unwrap()[0].id, 1_790_000_000).unwrap();
    assert_ne!(name1, name2, "two computers' files never share a name");
    assert!(name1.starts_with("ciberescudo-progress-5-b-turno-matutino-") && name1.ends_with("-2026-09-21.json"), "{name1}");

    let mut total = Merged::default();
    for file in [&file1, &file2, &file2, &file1] {
        total.add(import(&teacher, file).unwrap());
    }
    assert_eq!(total, Merged { attempts_added: 3, attempts_finished: 0, answers_added: 15, activities_added: 0 });
    let ana = teacher.store.members(class_id).unwrap().into_iter().find(|p| p.nickname == "Ana").unwrap();
    assert_eq!(teacher.store.best_scores(ana.id).unwrap().len(), 2, "Ana's work from both computers");
}

#[test]
fn a_broken_edited_or_foreign_file_is_refused_whole_and_changes_nothing() {
    let (teacher, pc, _) = lab();
    quiz(&pc, "Ana", "passwords-8-11", 6, true);
    let good = export(&pc);
    let before = counts(&teacher.store);
    let refused = |bytes: &[u8]| match import(&teacher, bytes) {
        Err(ClassroomError::File(e)) => e,
        other => panic!("expected a refused file, got {other:?}"),
    };

    assert_eq!(refused(&good[..good.len() / 2]), FileError::Damaged, "truncated");
    let text = String::from_utf8(good.clone()).unwrap();
    // One edited byte inside the content: a right answer made wrong.
    let edited = text.replacen(r#"\"correct\":false"#, r#"\"correct\":true "#, 1);
    assert_ne!(edited, text);
    assert_eq!(refused(edited.as_bytes()), FileError::Edited);
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_eq!(refused(newer.as_bytes()), FileError::TooNew);
    assert_eq!(refused(b"\x89PNG\r\n\x1a\n not ours"), FileError::NotOurs);
    assert_eq!(refused(b""), FileError::NotOurs);
    let (_, class_bytes) = class::class_file(&teacher.store, 1).unwrap();
    assert_eq!(refused(&class_bytes), FileError::NotOurs, "a class file is not a progress file");

    // A progress file of a class this computer does not have.
    let (_, other_pc, _) = lab();
    quiz(&other_pc, "Ana", "passwords-8-11", 6, true);
    assert_eq!(refused(&export(&other_pc)), FileError::UnknownClass);

    assert_eq!(counts(&teacher.store), before, "nothing of any refused file was imported");
    assert!(import(&teacher, &good).is_ok(), "the good file still imports");
}

#[test]
fn a_damaged_class_file_is_refused_and_creates_nothing() {
    let (teacher, _, class_id) = lab();
    let (_, bytes) = class::class_file(&teacher.store, class_id).unwrap();
    let pc = computer();
    let text = String::from_utf8(bytes).unwrap().replacen("Beto", "Bero", 1);
    match class::import_class_file(&pc.store, text.as_bytes(), Locale::EsMx) {
        Err(ClassroomError::File(FileError::Damaged)) => {}
        other => panic!("expected Damaged, got {other:?}"),
    }
    assert!(pc.store.classes().unwrap().is_empty());
    assert!(pc.store.profiles().unwrap().is_empty());
}

/// What an edit does to a class file, and the edit.
type FileEdit = (&'static str, fn(&mut ClassFile));

/// A class file edited by hand with its checksum recomputed (or written by a
/// buggy tool) reads as a whole, so its content is checked against the rules
/// a profile and a class are made by.
#[test]
fn a_class_file_with_fields_the_app_never_writes_is_refused_and_creates_nothing() {
    let (teacher, _, class_id) = lab();
    let (_, bytes) = class::class_file(&teacher.store, class_id).unwrap();
    let good = ClassFile::from_bytes(&bytes).unwrap();
    let edits: [FileEdit; 8] = [
        ("a nickname of 10,000 characters", |f| f.learners[0].nickname = "A".repeat(10_000)),
        ("an empty nickname", |f| f.learners[0].nickname = String::new()),
        ("a nickname with a line break", |f| f.learners[1].nickname = "Ana\nBeto".into()),
        ("a nickname with spaces around it", |f| f.learners[1].nickname = " Beto ".into()),
        ("an avatar of text", |f| f.learners[2].avatar = "<img src=x>".into()),
        ("a class name of 61 characters", |f| f.class.name = "x".repeat(61)),
        ("a school year with a control character", |f| f.class.school_year = "2026\u{7}".into()),
        ("a signing key of 8 bytes", |f| f.class.key = "00".repeat(8)),
    ];
    for (what, edit) in edits {
        let mut file = good.clone();
        edit(&mut file);
        let pc = computer();
        match class::import_class_file(&pc.store, &file.to_bytes(), Locale::EsMx) {
            Err(ClassroomError::File(FileError::Damaged)) => {}
            other => panic!("{what}: expected Damaged, got {other:?}"),
        }
        assert!(pc.store.classes().unwrap().is_empty(), "{what}: no class is created");
        assert!(pc.store.profiles().unwrap().is_empty(), "{what}: no learner is created");
    }
    let pc = computer();
    assert!(class::import_class_file(&pc.store, &good.to_bytes(), Locale::EsMx).is_ok(), "the file as written imports");
}

#[test]
fn a_hand_made_profile_matched_to_the_roster_brings_its_work_along() {
    let (teacher, pc, class_id) = lab();
    let new = NewProfileRow { nickname: "anita".into(), avatar: "🦊".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    let hand = pc.store.create_profile(&new).unwrap();
    pc.store.save_place(hand.id, "passwords-8-11", "intro").unwrap();
    quiz(&pc, "anita", "passwords-8-11", 6, true);
    let ana = pc.store.profiles().unwrap().into_iter().find(|p| p.nickname == "Ana").unwrap();

    class::match_to_roster(&pc.store, hand.id, ana.id).unwrap();
    assert!(pc.store.profiles().unwrap().iter().all(|p| p.nickname != "anita"));
    assert_eq!(pc.store.attempts(ana.id, "passwords-8-11").unwrap().len(), 1);
    assert_eq!(pc.store.place(ana.id, "passwords-8-11").unwrap().as_deref(), Some("intro"));

    // On the teacher's computer, it is Ana's.
    import(&teacher, &export(&pc)).unwrap();
    let teacher_ana = teacher.store.members(class_id).unwrap().into_iter().find(|p| p.nickname == "Ana").unwrap();
    assert_eq!(teacher_ana.uid, ana.uid);
    assert_eq!(teacher.store.attempts(teacher_ana.id, "passwords-8-11").unwrap().len(), 1);
}
