//! Nothing is lost when the app is killed, and the progress file alone is
//! complete after a normal close.
//!
//! The killed process is real: this test binary runs itself again in a
//! helper role (`crash_helper` below, chosen by an environment variable),
//! which records answers through the app's own use cases, or imports
//! progress files, and prints a line after each write has returned. The
//! test reads those lines, kills the helper with SIGKILL at a moment drawn
//! from a seeded generator (`CRASH_SEED` to replay a run), then opens the
//! database the normal way and checks it.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Lines};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};
use std::{env, fs};

use ciberescudo_core::api::{AppService, NewProfile};
use ciberescudo_core::classroom::class;
use ciberescudo_core::content::{load_dir, Catalog, Lesson};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::Store;
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

/// How many times each helper is killed.
const KILLS: usize = 50;
/// Selects the helper's role in the child process.
const ROLE_ENV: &str = "CIBERESCUDO_CRASH_ROLE";
/// The folder the helper works in.
const DIR_ENV: &str = "CIBERESCUDO_CRASH_DIR";
/// The folder of progress files the import helper merges.
const FILES_ENV: &str = "CIBERESCUDO_CRASH_FILES";

// ---------------------------------------------------------------------------
// The helper process.

/// Not a test of its own: in an ordinary run it does nothing. Run by the
/// tests below as a separate process, it plays the role they ask for until
/// it is killed (answers) or has imported every file (import).
#[test]
fn crash_helper() {
    let Ok(role) = env::var(ROLE_ENV) else { return };
    let dir = PathBuf::from(env::var(DIR_ENV).expect("the helper's folder"));
    match role.as_str() {
        "answers" => answer_until_killed(&dir),
        "import" => import_files(&dir),
        other => panic!("unknown helper role {other}"),
    }
}

/// A learner takes quiz after quiz through the app's use cases, as the
/// window does, printing each answer once `answer_question` has returned.
fn answer_until_killed(dir: &Path) {
    let catalog = Catalog::from_json(&fs::read_to_string(dir.join("catalog.json")).unwrap()).unwrap();
    let lessons: Vec<String> = catalog.lessons().iter().map(|l| l.id.clone()).collect();
    let s = AppService::new(catalog, Localizer::embedded(), dir.join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(s.startup().store_error, None);
    let learner = match s.list_profiles().unwrap().first() {
        Some(p) => p.id,
        None => {
            let new = NewProfile { nickname: "Ajolote".into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx };
            s.create_profile(new).unwrap().id
        }
    };
    say(&format!("ready {learner}"));
    for lesson in lessons.iter().cycle() {
        // Resumes the attempt a kill interrupted, like the app does.
        let quiz = s.start_quiz(learner, lesson).unwrap();
        for question in &quiz.questions {
            if quiz.answers.iter().any(|a| a.question_id == question.id) {
                continue;
            }
            s.answer_question(learner, quiz.attempt_id, &question.id, vec![question.options[0].id.clone()]).unwrap();
            say(&format!("answered {} {}", quiz.attempt_id, question.id));
        }
        s.finish_quiz(learner, quiz.attempt_id).unwrap();
        say(&format!("finished {}", quiz.attempt_id));
    }
}

/// Merges the progress files `0.json`, `1.json`, … in order, each in its
/// own transaction (as the app and the command line do), printing each
/// once its import returned.
fn import_files(dir: &Path) {
    let files = PathBuf::from(env::var(FILES_ENV).expect("the progress files' folder"));
    let store = Store::open(&dir.join("progress.sqlite3")).unwrap();
    say("ready");
    for i in 0.. {
        let Ok(bytes) = fs::read(files.join(format!("{i}.json"))) else { break };
        class::import_progress_file(&store, &bytes, Locale::EsMx).unwrap();
        say(&format!("imported {i}"));
    }
}

/// Marks the helper's own lines: libtest writes on the same stdout, and
/// its "test crash_helper ... " has no line break before the test runs.
const MARK: &str = "@@";

/// One line to the test, once the write before it has returned.
fn say(what: &str) {
    println!("{MARK}{what}");
}

// ---------------------------------------------------------------------------
// Driving and killing it.

struct Helper {
    child: Child,
    lines: Lines<BufReader<ChildStdout>>,
}

impl Helper {
    fn start(role: &str, dir: &Path, files: Option<&Path>) -> Helper {
        let mut command = Command::new(env::current_exe().unwrap());
        if let Some(files) = files {
            command.env(FILES_ENV, files);
        }
        let mut child = command
            .args(["crash_helper", "--exact", "--nocapture", "--test-threads=1"])
            .env(ROLE_ENV, role)
            .env(DIR_ENV, dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the test binary runs again as the helper");
        let lines = BufReader::new(child.stdout.take().unwrap()).lines();
        Helper { child, lines }
    }

    /// The helper's next line of its own, or `None` once it has ended.
    fn next(&mut self) -> Option<String> {
        self.lines.by_ref().map_while(Result::ok).find_map(|l| l.split_once(MARK).map(|(_, said)| said.to_owned()))
    }

    /// SIGKILL, then every line the helper printed before it died.
    fn kill(mut self) -> Vec<String> {
        // Fails only if it has already ended, which is fine.
        let _ = self.child.kill();
        self.child.wait().unwrap();
        std::iter::from_fn(|| self.next()).collect()
    }
}

/// A small seeded generator (SplitMix64): the same seed, the same kills.
struct Rng(u64);

impl Rng {
    fn from_env() -> Rng {
        let seed = env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x00C1_BE2E_5C0D);
        eprintln!("crash tests: CRASH_SEED={seed}");
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

/// Opens the database the app's way and checks it with SQLite's full
/// integrity check.
fn open_checked(db: &Path, round: usize) -> Store {
    let store = Store::open(db).unwrap_or_else(|e| panic!("round {round}: the database does not open after a kill: {e}"));
    assert!(store.integrity_check().unwrap(), "round {round}: integrity_check failed after a kill");
    store
}

// ---------------------------------------------------------------------------
// The tests.

#[test]
fn every_answer_whose_write_returned_survives_a_kill() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("catalog.json"), catalog().to_json()).unwrap();
    let db = dir.path().join("progress.sqlite3");
    let mut rng = Rng::from_env();
    let mut acked = Acked::default();

    for round in 0..KILLS {
        let mut helper = Helper::start("answers", dir.path(), None);
        // Now and then the kill comes while the app is still starting
        // (opening, migrating, writing the day's backup).
        let early = rng.below(8) == 0;
        if !early {
            for _ in 0..=rng.below(40) {
                acked.note(helper.next().as_deref());
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(if early { 300_000 } else { 3_000 })));
        for line in helper.kill() {
            acked.note(Some(&line));
        }

        let store = open_checked(&db, round);
        let mut stored: HashMap<i64, Vec<String>> = HashMap::new();
        for (attempt, question) in &acked.answered {
            let questions = stored
                .entry(*attempt)
                .or_insert_with(|| store.answers(*attempt).unwrap().into_iter().map(|a| a.question_id).collect());
            assert!(questions.contains(question), "round {round}: answer {attempt}/{question} was lost");
        }
        for attempt in &acked.finished {
            let learner = acked.learner.expect("a quiz was finished, so the helper said who answered");
            assert!(store.attempt(learner, *attempt).unwrap().finished, "round {round}: finished quiz {attempt} was lost");
        }
    }
    assert!(acked.answered.len() > KILLS, "the helper answered {} questions in {KILLS} rounds", acked.answered.len());
}

/// What the answering helper reported done before it was killed.
#[derive(Default)]
struct Acked {
    learner: Option<i64>,
    answered: BTreeSet<(i64, String)>,
    finished: BTreeSet<i64>,
}

impl Acked {
    fn note(&mut self, line: Option<&str>) {
        let mut words = line.unwrap_or_default().split(' ');
        match (words.next(), words.next(), words.next()) {
            (Some("ready"), Some(learner), None) => self.learner = Some(learner.parse().unwrap()),
            (Some("answered"), Some(attempt), Some(question)) => {
                self.answered.insert((attempt.parse().unwrap(), question.to_owned()));
            }
            (Some("finished"), Some(attempt), None) => {
                self.finished.insert(attempt.parse().unwrap());
            }
            _ => {}
        }
    }
}

/// Each lab computer's attempts, by uid, with how many answers each has.
type Attempts = HashMap<String, i64>;

fn attempts_in(db: &Path) -> Attempts {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT a.uid, COUNT(q.rowid) FROM quiz_attempts a LEFT JOIN quiz_answers q ON q.attempt_id = a.id GROUP BY a.id",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<_, _>>().unwrap()
}

const LAB_COMPUTERS: usize = 4;
const LEARNERS: usize = 30;

/// The teacher's database with a class, and a progress file from each lab
/// computer (every learner took a few quizzes there), with the attempts
/// each file carries.
fn lab(dir: &Path, catalog: &Catalog) -> (PathBuf, Vec<Attempts>) {
    let teacher_db = dir.join("teacher.sqlite3");
    let teacher = Store::open(&teacher_db).unwrap();
    let c = class::create_class(&teacher, "5° B", "2026-2027").unwrap();
    let roster: Vec<String> = (1..=LEARNERS).map(|i| format!("Estudiante {i}")).collect();
    class::add_roster(&teacher, c.id, &roster, AgeBand::Kids, Locale::EsMx).unwrap();
    let (_, class_file) = class::class_file(&teacher, c.id).unwrap();
    teacher.close().unwrap();

    fs::create_dir_all(dir.join("files")).unwrap();
    let mut carried = Vec::new();
    for computer in 0..LAB_COMPUTERS {
        let pc_db = dir.join(format!("pc-{computer}.sqlite3"));
        let pc = Store::open(&pc_db).unwrap();
        let class_here = class::import_class_file(&pc, &class_file, Locale::EsMx).unwrap().class;
        pc.write(|tx| {
            for learner in tx.members(class_here.id)? {
                for lesson in catalog.lessons().iter().skip(computer * 3).take(3) {
                    let attempt = tx.start_attempt(learner.id, &lesson.id, lesson.questions.len())?;
                    for question in &lesson.questions {
                        tx.record_answer(attempt.id, &question.id, std::slice::from_ref(&question.options[0].id), true)?;
                    }
                    tx.finish_attempt(learner.id, attempt.id, lesson.questions.len())?;
                }
            }
            Ok(())
        })
        .unwrap();
        let (_, bytes) = class::progress_file(&pc, class_here.id, 1_796_000_000).unwrap();
        fs::write(dir.join(format!("files/{computer}.json")), bytes).unwrap();
        pc.close().unwrap();
        carried.push(attempts_in(&pc_db));
    }
    (teacher_db, carried)
}

#[test]
fn an_import_killed_midway_leaves_each_file_all_or_nothing() {
    let dir = TempDir::new().unwrap();
    let catalog = catalog();
    let (teacher_db, carried) = lab(dir.path(), &catalog);
    let mut rng = Rng::from_env();

    // How long one file takes here, so the kills land inside imports on a
    // slow machine and a fast one alike. (Only where the kill lands depends
    // on it; what is checked does not.)
    let probe = dir.path().join("probe");
    fs::create_dir_all(&probe).unwrap();
    fs::copy(&teacher_db, probe.join("progress.sqlite3")).unwrap();
    let started = Instant::now();
    let probe_store = Store::open(&probe.join("progress.sqlite3")).unwrap();
    let bytes = fs::read(dir.path().join("files/0.json")).unwrap();
    class::import_progress_file(&probe_store, &bytes, Locale::EsMx).unwrap();
    let per_file = started.elapsed().as_micros().max(1_000) as u64;
    drop(probe_store);

    let (mut partway, mut whole) = (0, 0);
    for round in 0..KILLS {
        let work = dir.path().join(format!("round-{round}"));
        fs::create_dir_all(&work).unwrap();
        // Only the teacher's main file: it was closed, so it holds the class.
        fs::copy(&teacher_db, work.join("progress.sqlite3")).unwrap();

        let mut helper = Helper::start("import", &work, Some(&dir.path().join("files")));
        assert_eq!(helper.next().as_deref(), Some("ready"));
        let mut imported = Vec::new();
        for _ in 0..rng.below(LAB_COMPUTERS as u64) {
            imported.extend(helper.next());
        }
        std::thread::sleep(Duration::from_micros(rng.below(per_file * 5 / 4)));
        imported.extend(helper.kill());
        let imported: BTreeSet<usize> =
            imported.iter().filter_map(|l| l.strip_prefix("imported ")).map(|i| i.parse().unwrap()).collect();

        let store = open_checked(&work.join("progress.sqlite3"), round);
        drop(store);
        let present = attempts_in(&work.join("progress.sqlite3"));
        for (file, attempts) in carried.iter().enumerate() {
            let here: Vec<_> = attempts.keys().filter(|uid| present.contains_key(*uid)).collect();
            if here.is_empty() {
                assert!(!imported.contains(&file), "round {round}: file {file} was reported imported but nothing of it is there");
                continue;
            }
            assert_eq!(here.len(), attempts.len(), "round {round}: file {file} is there only in part");
            for (uid, answers) in attempts {
                assert_eq!(present[uid], *answers, "round {round}: attempt {uid} of file {file} lost answers");
            }
        }
        let complete = carried.iter().filter(|a| a.keys().all(|uid| present.contains_key(uid))).count();
        if complete == LAB_COMPUTERS {
            whole += 1;
        } else {
            partway += 1;
        }
        fs::remove_dir_all(&work).unwrap();
    }
    eprintln!("import kills: {partway} with files still to import, {whole} after the last one");
}

/// A learner who has answered every question of an 8-11 quiz, not finished
/// yet, in the app's use cases over a new progress file in `dir`.
struct QuizAnswered {
    s: AppService,
    lesson: Lesson,
    learner: i64,
    attempt: i64,
}

fn quiz_answered(dir: &TempDir) -> QuizAnswered {
    let catalog = catalog();
    let lesson = catalog.lessons().iter().find(|l| l.band == AgeBand::Kids).unwrap().clone();
    let s = AppService::new(catalog, Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(s.startup().store_error, None);
    let new = NewProfile { nickname: "Ajolote".into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    let learner = s.create_profile(new).unwrap().id;
    let attempt = s.start_quiz(learner, &lesson.id).unwrap().attempt_id;
    for question in &lesson.questions {
        s.answer_question(learner, attempt, &question.id, vec![question.options[0].id.clone()]).unwrap();
    }
    QuizAnswered { s, lesson, learner, attempt }
}

#[test]
fn after_a_normal_close_the_progress_file_alone_holds_everything() {
    let dir = TempDir::new().unwrap();
    let QuizAnswered { s, lesson, learner, attempt } = quiz_answered(&dir);
    // One more answer, in a quiz left unfinished: it was never checkpointed.
    s.finish_quiz(learner, attempt).unwrap();
    let open = s.start_quiz(learner, &lesson.id).unwrap();
    let first = &lesson.questions[0];
    s.answer_question(learner, open.attempt_id, &first.id, vec![first.options[0].id.clone()]).unwrap();
    s.close_store();

    assert!(!dir.path().join("progress.sqlite3-wal").exists(), "closing leaves no WAL beside the file");
    let moved = TempDir::new().unwrap();
    fs::copy(dir.path().join("progress.sqlite3"), moved.path().join("progress.sqlite3")).unwrap();
    let store = Store::open(&moved.path().join("progress.sqlite3")).unwrap();
    assert_eq!(store.profiles().unwrap().len(), 1);
    let finished = store.attempt(learner, attempt).unwrap();
    assert!(finished.finished);
    assert_eq!(store.answers(attempt).unwrap().len(), lesson.questions.len());
    assert_eq!(store.answers(open.attempt_id).unwrap().len(), 1);
    // And the app keeps working on the original after closing it once.
    assert_eq!(s.startup().store_error, None);
    assert_eq!(s.list_profiles().unwrap().len(), 1);
}

#[test]
fn a_finished_quiz_is_in_the_progress_file_alone_while_the_app_runs() {
    let dir = TempDir::new().unwrap();
    let QuizAnswered { s, lesson, learner, attempt } = quiz_answered(&dir);
    // A copy of the main file alone: (finished attempts, answers) in it.
    let copy = |name: &str| -> (i64, i64) {
        let to = dir.path().join(name);
        fs::create_dir_all(&to).unwrap();
        fs::copy(dir.path().join("progress.sqlite3"), to.join("progress.sqlite3")).unwrap();
        let conn = rusqlite::Connection::open(to.join("progress.sqlite3")).unwrap();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0);
        (count("SELECT COUNT(*) FROM quiz_attempts WHERE finished_at IS NOT NULL"), count("SELECT COUNT(*) FROM quiz_answers"))
    };
    // Before the quiz is finished its answers live only in the WAL (the
    // premise: without the checkpoint a copy of the main file lacks them)...
    assert_eq!(copy("before"), (0, 0));
    s.finish_quiz(learner, attempt).unwrap();
    // ...after it, the main file alone has the whole attempt, app still open.
    assert_eq!(copy("after"), (1, lesson.questions.len() as i64));
}
