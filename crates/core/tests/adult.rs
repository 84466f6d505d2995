//! The adult area over real SQLite files: the PIN at the door, its slow-down
//! after wrong tries (kept across restarts), the idle close, and managing
//! profiles.

use std::path::{Path, PathBuf};
use std::time::Duration;

use ciberescudo_core::api::{AdultStatus, AppError, AppService, NewProfile};
use ciberescudo_core::content::{load_dir, Catalog, Lesson};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::LEARNER_DATA_FORMAT;
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

const PIN: &str = "4826";

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

fn db(dir: &TempDir) -> PathBuf {
    dir.path().join("progress.sqlite3")
}

fn service(dir: &TempDir) -> AppService {
    let s = AppService::new(catalog(), Localizer::embedded(), db(dir), Locale::EsMx);
    assert_eq!(s.startup().store_error, None);
    s
}

fn learner(s: &AppService, nickname: &str) -> i64 {
    let new = NewProfile { nickname: nickname.into(), avatar: "🐙".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    s.create_profile(new).unwrap().id
}

fn open() -> AdultStatus {
    AdultStatus { pin_set: true, open: true }
}

#[test]
fn the_first_adult_sets_a_pin_that_is_stored_only_as_a_hash() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    assert_eq!(s.adult_status().unwrap(), AdultStatus { pin_set: false, open: false });
    assert_eq!(s.open_adult_area(PIN).unwrap_err(), AppError::PinNotSet {});

    assert_eq!(s.set_adult_pin("123", "123").unwrap_err(), AppError::PinFormat { min: 4, max: 8 });
    assert_eq!(s.set_adult_pin("12a4", "12a4").unwrap_err(), AppError::PinFormat { min: 4, max: 8 });
    assert_eq!(s.set_adult_pin(PIN, "4827").unwrap_err(), AppError::PinMismatch {});
    assert_eq!(s.set_adult_pin(PIN, PIN).unwrap(), open());
    assert_eq!(s.adult_status().unwrap(), open());
    // Only the first adult sets it; later, it is typed to come in.
    assert_eq!(s.set_adult_pin("1111", "1111").unwrap_err(), AppError::PinAlreadySet {});

    drop(s);
    // The daily backups live in a folder of their own beside the file.
    let mut folders = vec![dir.path().to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = std::fs::read(path).unwrap();
            assert!(!bytes.windows(PIN.len()).any(|w| w == PIN.as_bytes()), "the PIN itself reached the disk");
        }
    }
    let conn = rusqlite::Connection::open(db(&dir)).unwrap();
    let hash: String = conn.query_row("SELECT hash FROM adult_pin", [], |r| r.get(0)).unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
}

#[test]
fn wrong_pins_slow_down_after_five_and_the_wait_survives_a_restart() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    s.set_adult_pin(PIN, PIN).unwrap();
    s.close_adult_area();

    for tries_left in [4, 3, 2, 1] {
        assert_eq!(s.open_adult_area("0000").unwrap_err(), AppError::PinWrong { tries_left });
    }
    assert_eq!(s.open_adult_area("0000").unwrap_err(), AppError::PinLocked { seconds: 30, minutes: 0 });
    // While waiting, even the right PIN is not checked.
    assert!(matches!(s.open_adult_area(PIN).unwrap_err(), AppError::PinLocked { seconds: 1..=30, .. }));
    assert!(!s.adult_status().unwrap().open);

    // Restarting the app does not reset the wait.
    drop(s);
    let s = service(&dir);
    assert!(matches!(s.open_adult_area(PIN).unwrap_err(), AppError::PinLocked { seconds: 1..=30, .. }));

    // Once the wait is over (moved to the past here), the next wrong try waits longer...
    let unlock = || rusqlite::Connection::open(db(&dir)).unwrap().execute("UPDATE adult_pin SET locked_until = 0", []).unwrap();
    drop(s);
    unlock();
    let s = service(&dir);
    assert_eq!(s.open_adult_area("9999").unwrap_err(), AppError::PinLocked { seconds: 60, minutes: 1 });
    // ...and the right PIN lets the adult in and forgets the wrong tries.
    drop(s);
    unlock();
    let s = service(&dir);
    assert_eq!(s.open_adult_area(PIN).unwrap(), open());
    s.close_adult_area();
    assert_eq!(s.open_adult_area("0000").unwrap_err(), AppError::PinWrong { tries_left: 4 });
}

#[test]
fn the_area_closes_when_left_and_after_idle_minutes() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir).with_adult_idle(Duration::from_millis(300));
    let ana = learner(&s, "Ana");
    // Never opened: adult use cases are refused.
    assert_eq!(s.profile_holdings(ana).unwrap_err(), AppError::AdultAreaClosed {});

    s.set_adult_pin(PIN, PIN).unwrap();
    assert!(s.profile_holdings(ana).is_ok());
    // Each adult action keeps it open for another idle period.
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(150));
        assert!(s.profile_holdings(ana).is_ok());
    }
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(s.profile_holdings(ana).unwrap_err(), AppError::AdultAreaClosed {});
    assert_eq!(s.adult_status().unwrap(), AdultStatus { pin_set: true, open: false });

    s.open_adult_area(PIN).unwrap();
    s.close_adult_area();
    assert_eq!(s.delete_profile(ana).unwrap_err(), AppError::AdultAreaClosed {});
    assert_eq!(s.list_profiles().unwrap().len(), 1, "nothing was deleted");
}

#[test]
fn an_adult_renames_a_learner_and_changes_their_band() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let ana = learner(&s, "Ana");
    s.set_adult_pin(PIN, PIN).unwrap();

    let renamed = s.update_profile(ana, "  Ana Sofía ", AgeBand::Teens).unwrap();
    assert_eq!((renamed.nickname.as_str(), renamed.band), ("Ana Sofía", AgeBand::Teens));
    assert_eq!(s.list_profiles().unwrap()[0], renamed);
    assert_eq!(s.update_profile(ana, " ", AgeBand::Teens).unwrap_err(), AppError::NicknameEmpty {});
    assert_eq!(s.update_profile(999, "Beto", AgeBand::Teens).unwrap_err(), AppError::ProfileNotFound {});
}

/// A learner reads a lesson, answers every question of its quiz right, and starts it again.
fn some_progress(s: &AppService, id: i64) -> Lesson {
    let lesson = catalog().lessons().iter().find(|l| l.band == AgeBand::Kids && !l.activities.is_empty()).unwrap().clone();
    s.save_place(id, &lesson.id, &lesson.sections[1].id).unwrap();
    let quiz = s.start_quiz(id, &lesson.id).unwrap();
    for q in &lesson.questions {
        let right: Vec<String> = q.options.iter().filter(|o| o.right).map(|o| o.id.clone()).collect();
        s.answer_question(id, quiz.attempt_id, &q.id, right).unwrap();
    }
    s.finish_quiz(id, quiz.attempt_id).unwrap();
    s.start_quiz(id, &lesson.id).unwrap();
    lesson
}

#[test]
fn deleting_names_what_is_lost_and_removes_every_row_of_it() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let (ana, beto) = (learner(&s, "Ana"), learner(&s, "Beto"));
    let lesson = some_progress(&s, ana);
    some_progress(&s, beto);
    let attempts = s.list_attempts(ana, &lesson.id).unwrap().len();
    assert_eq!(attempts, 2, "one finished attempt and one started");
    s.set_adult_pin(PIN, PIN).unwrap();

    let holdings = s.profile_holdings(ana).unwrap();
    assert_eq!(holdings.nickname, "Ana");
    assert_eq!(holdings.quizzes_finished, 1);
    assert_eq!(holdings.answers as usize, lesson.questions.len());
    assert_eq!(holdings.lessons_started, 1);
    assert_eq!(holdings.activities, 0);

    s.delete_profile(ana).unwrap();
    assert_eq!(s.list_profiles().unwrap().iter().map(|p| p.nickname.as_str()).collect::<Vec<_>>(), ["Beto"]);
    assert_eq!(s.delete_profile(ana).unwrap_err(), AppError::ProfileNotFound {});
    // Beto's progress is all there; nothing of Ana's is left in any table.
    assert_eq!(s.profile_holdings(beto).unwrap().quizzes_finished, 1);
    drop(s);
    let conn = rusqlite::Connection::open(db(&dir)).unwrap();
    for table in ["lesson_places", "quiz_attempts", "activity_results"] {
        let left: i64 =
            conn.query_row(&format!("SELECT COUNT(*) FROM {table} WHERE profile_id = ?1"), [ana], |r| r.get(0)).unwrap();
        assert_eq!(left, 0, "{table}");
    }
    let orphans: i64 = conn
        .query_row("SELECT COUNT(*) FROM quiz_answers WHERE attempt_id NOT IN (SELECT id FROM quiz_attempts)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn a_learners_data_holds_their_whole_record_under_a_name_that_tells_nothing() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let ana = learner(&s, "Ana");
    let lesson = some_progress(&s, ana);
    assert_eq!(s.learner_data(ana).unwrap_err(), AppError::AdultAreaClosed {});
    s.set_adult_pin(PIN, PIN).unwrap();

    let (file_name, data) = s.learner_data(ana).unwrap();
    assert!(file_name.starts_with("ciberescudo-learner-") && file_name.ends_with(".json"), "{file_name}");
    assert!(!file_name.contains("Ana"));
    assert_eq!(data.format, LEARNER_DATA_FORMAT);
    assert_eq!(data.profile.nickname, "Ana");
    assert!(file_name.contains(data.profile.uid.split('-').next().unwrap()));
    assert_eq!(data.quiz_attempts.len(), 2);
    let finished = data.quiz_attempts.iter().find(|a| a.finished_at.is_some()).unwrap();
    assert_eq!(finished.answers.len(), lesson.questions.len());
    assert_eq!(finished.score, Some(lesson.questions.len() as i64));
    assert_eq!(data.places.len(), 1);
    let json = serde_json::to_value(&data).unwrap();
    assert_eq!(json["profile"]["band"], "8-11");
}

#[test]
fn a_teacher_makes_a_class_sees_its_work_and_exports_it() {
    let (teacher_dir, lab_dir) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    let teacher = service(&teacher_dir);
    assert_eq!(teacher.list_classes().unwrap_err(), AppError::AdultAreaClosed {});
    teacher.set_adult_pin(PIN, PIN).unwrap();
    assert_eq!(teacher.create_class("  ", "2026-2027").unwrap_err(), AppError::ClassNameInvalid { max: 60 });
    let class = teacher.create_class("5° B, turno matutino", "2026-2027").unwrap();
    assert_eq!(
        teacher.add_roster(class.id, "Ana\n\nBeto\n\u{7}x", AgeBand::Kids, Locale::EsMx).unwrap_err(),
        AppError::RosterLineInvalid { line: 4 }
    );
    let roster = teacher.add_roster(class.id, "Ana\n\nBeto\nana", AgeBand::Kids, Locale::EsMx).unwrap();
    assert_eq!((roster.added.len(), roster.skipped), (2, 1));
    assert_eq!(teacher.list_classes().unwrap()[0].learners, 2);

    // The lab computer gets the class file; Ana does a quiz there.
    let (file_name, class_file) = teacher.class_file(class.id).unwrap();
    assert_eq!(file_name, "ciberescudo-class-5-b-turno-matutino.json");
    let lab = service(&lab_dir);
    lab.set_adult_pin(PIN, PIN).unwrap();
    let imported = lab.import_class_file(&file_name, &class_file, Locale::EsMx).unwrap();
    assert_eq!((imported.name.as_str(), imported.learners), ("5° B, turno matutino", 2));
    let ana = lab.list_profiles().unwrap().into_iter().find(|p| p.nickname == "Ana").unwrap();
    let lesson = some_progress(&lab, ana.id);
    let (progress_name, progress) = lab.progress_file(imported.id).unwrap();

    // Back on the teacher's computer: one good file and one that is not ours.
    let results = teacher
        .import_progress_files(vec![(progress_name.clone(), progress), ("notes.json".into(), b"{}".to_vec())], Locale::EsMx)
        .unwrap();
    assert_eq!(results[0].refused, None);
    assert_eq!((results[0].attempts_added, results[0].answers_added as usize), (2, lesson.questions.len()));
    assert_eq!(results[1].refused, Some(AppError::FileNotOurs { file: "notes.json".into() }));

    let view = teacher.class_view(class.id, Locale::EsMx).unwrap();
    let col = view.lessons.iter().position(|l| l.id == lesson.id).unwrap();
    let ana_row = view.learners.iter().find(|r| r.learner.nickname == "Ana").unwrap();
    let n = lesson.questions.len() as u32;
    assert_eq!(
        serde_json::to_value(&ana_row.cells[col].standing).unwrap(),
        serde_json::json!({"state": "done", "score": n, "total": n})
    );
    assert_eq!(view.hardest.len(), lesson.questions.len());
    assert!(view.hardest.iter().all(|q| q.learners_answered == 1 && q.right_percent == 100));

    let [(class_csv, bytes), (hardest_csv, _)] = teacher.class_csv(class.id, Locale::EsMx).unwrap();
    assert!(class_csv.starts_with("grupo-5-b-turno-matutino-") && class_csv.ends_with(".csv"), "{class_csv}");
    assert!(hardest_csv.starts_with("preguntas-dificiles-5-b-turno-matutino-"), "{hardest_csv}");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFEstudiante,"));
}

#[test]
fn only_a_hand_made_profile_is_matched_and_only_to_a_roster_learner() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    s.set_adult_pin(PIN, PIN).unwrap();
    let class = s.create_class("6° A", "2026-2027").unwrap();
    let roster = s.add_roster(class.id, "Ana\nBeto", AgeBand::Kids, Locale::EsMx).unwrap().added;
    let hand = learner(&s, "anita");
    let other_hand = learner(&s, "beto2");
    assert_eq!(s.match_to_roster(roster[0].id, roster[1].id).unwrap_err(), AppError::MatchNotAllowed {});
    assert_eq!(s.match_to_roster(hand, other_hand).unwrap_err(), AppError::MatchNotAllowed {});
    assert_eq!(s.match_to_roster(hand, hand).unwrap_err(), AppError::MatchNotAllowed {});
    some_progress(&s, hand);
    s.match_to_roster(hand, roster[0].id).unwrap();
    let names: Vec<String> = s.list_profiles().unwrap().into_iter().map(|p| p.nickname).collect();
    assert_eq!(names, ["Ana", "Beto", "beto2"]);
    assert_eq!(s.profile_holdings(roster[0].id).unwrap().quizzes_finished, 1);
}

#[test]
fn lesson_plans_are_for_the_adult_area_in_the_adults_language() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    assert_eq!(s.lesson_plan("passwords-8-11", Locale::EsMx).unwrap_err(), AppError::AdultAreaClosed {});
    s.set_adult_pin(PIN, PIN).unwrap();

    let catalog = catalog();
    let lesson = catalog.lesson("passwords-8-11").unwrap();
    let written = lesson.plan.as_ref().expect("a learner lesson has its plan");
    for locale in [Locale::EsMx, Locale::En] {
        let view = s.lesson_plan("passwords-8-11", locale).unwrap();
        assert_eq!(view.lesson_title, *lesson.title.get(locale));
        assert_eq!(view.minutes, 45);
        assert_eq!(view.steps.len(), 5);
        assert_eq!(view.steps[0].questions, *written.steps[0].questions.get(locale));
        assert!(!view.objective.is_empty() && !view.offline.is_empty() && !view.disclosure.is_empty());
    }
    // Lessons for adults have no plan; an unknown id is refused the same way.
    assert_eq!(s.lesson_plan("family-talk", Locale::EsMx).unwrap_err(), AppError::LessonNotFound {});
    assert_eq!(s.lesson_plan("no-such-lesson", Locale::EsMx).unwrap_err(), AppError::LessonNotFound {});
}
