//! Weekly reports built from real SQLite files and the real lessons: counts
//! exact, weeks by the local calendar (year ends, time zones), nothing
//! before the opt-in, nothing personal, each week once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use ciberescudo_core::content::{load_dir, Catalog, Lesson};
use ciberescudo_core::progress::{NewStatsSetting, Store};
use ciberescudo_core::stats::closing::close_finished_weeks;
use ciberescudo_core::stats::Calendar;
use ciberescudo_core::AgeBand;
use ciberescudo_report::{IdempotencyKey, Report};
use rusqlite::{params, Connection};
use tempfile::TempDir;

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

fn at(text: &str) -> i64 {
    DateTime::parse_from_rfc3339(text).unwrap().timestamp()
}

fn mexico_city() -> Calendar {
    Calendar::Fixed(FixedOffset::west_opt(6 * 3600).unwrap())
}

fn utc() -> Calendar {
    Calendar::Fixed(FixedOffset::east_opt(0).unwrap())
}

/// A distinct key per call, as the real random keys are.
fn keys() -> impl FnMut() -> IdempotencyKey {
    let mut n = 0u8;
    move || {
        n += 1;
        IdempotencyKey::from_random_bytes([n; 16])
    }
}

struct Fixture {
    _dir: TempDir,
    path: PathBuf,
    store: Store,
    /// A second connection, to write rows at chosen times.
    conn: Connection,
    catalog: Catalog,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("progress.sqlite3");
        let store = Store::open(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        Fixture { _dir: dir, path, store, conn, catalog: catalog() }
    }

    fn turn_on(&self, enabled_at: i64, state: Option<&str>) {
        self.store
            .turn_stats_on(&NewStatsSetting {
                server_url: "https://estadisticas.example.mx/".into(),
                campaign: "K7MD-Q4TW".into(),
                campaign_name: "Campaña de prueba".into(),
                state: state.map(str::to_owned),
                enabled_at,
            })
            .unwrap();
    }

    fn learner(&self, nickname: &str, band: AgeBand) -> i64 {
        let tag = match band {
            AgeBand::Kids => "8-11",
            AgeBand::Teens => "12-14",
            AgeBand::OlderTeens => "15-17",
            AgeBand::Adults => "adults",
        };
        self.conn
            .execute(
                "INSERT INTO profiles (nickname, avatar, band, locale, created_at, uid) VALUES (?1, '🐙', ?2, 'es-MX', 0, ?3)",
                params![nickname, tag, uuid::Uuid::now_v7().to_string()],
            )
            .unwrap();
        self.conn.last_insert_rowid()
    }

    /// A quiz attempt finished at `finished` (or left unfinished), with one
    /// answer per question: right for the first `right` questions.
    fn attempt(&self, profile: i64, lesson: &Lesson, finished: Option<i64>, right: usize, merged: bool) {
        let total = lesson.questions.len();
        let started = finished.unwrap_or(at("2026-11-25T12:00:00Z")) - 600;
        self.conn
            .execute(
                "INSERT INTO quiz_attempts (profile_id, lesson_id, started_at, finished_at, score, total, uid, merged)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    profile,
                    lesson.id,
                    started,
                    finished,
                    finished.map(|_| right as i64),
                    total as i64,
                    uuid::Uuid::now_v7().to_string(),
                    merged
                ],
            )
            .unwrap();
        let attempt = self.conn.last_insert_rowid();
        for (i, question) in lesson.questions.iter().enumerate() {
            self.conn
                .execute(
                    "INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct, answered_at) VALUES (?1, ?2, '[\"x\"]', ?3, ?4)",
                    params![attempt, question.id, i < right, started + i as i64],
                )
                .unwrap();
        }
    }

    fn activity(&self, profile: i64, lesson: &Lesson, finished: i64, merged: bool) {
        self.conn
            .execute(
                "INSERT INTO activity_results (profile_id, lesson_id, activity_id, score, total, finished_at, uid, merged)
                 VALUES (?1, ?2, 'any', 1, 1, ?3, ?4, ?5)",
                params![profile, lesson.id, finished, uuid::Uuid::now_v7().to_string(), merged],
            )
            .unwrap();
    }

    fn close(&self, calendar: Calendar, now: i64) -> usize {
        close_finished_weeks(&self.store, &self.catalog, &calendar, now, keys()).unwrap()
    }

    /// The outbox's reports, read back through the collector's own parser.
    fn reports(&self) -> Vec<Report> {
        self.store
            .outbox()
            .unwrap()
            .iter()
            .map(|row| Report::from_json(row.body.as_bytes()).expect("the collector would accept it"))
            .collect()
    }

    fn lesson(&self, band: AgeBand, n: usize) -> Lesson {
        self.catalog.lessons().iter().filter(|l| l.band == band).nth(n).cloned().unwrap()
    }
}

fn counts(report: &Report, lesson: &Lesson) -> (u32, u32, u32, u32) {
    let l = report.lessons.iter().find(|l| l.lesson.as_str() == lesson.id).expect("the lesson is in the report");
    (l.completed, l.quiz_attempts, l.quiz_passed, l.activities_done)
}

#[test]
fn counts_are_exact_per_band_lesson_and_question() {
    let f = Fixture::new();
    // Week 2026-W48 runs from Monday 23 to Sunday 29 November, Mexico City time.
    f.turn_on(at("2026-11-20T12:00:00-06:00"), Some("09"));
    let (kids_1, kids_2, teens_1) = (f.lesson(AgeBand::Kids, 0), f.lesson(AgeBand::Kids, 1), f.lesson(AgeBand::Teens, 0));
    let questions = kids_1.questions.len();
    let (ana, beto, caro) =
        (f.learner("Ana", AgeBand::Kids), f.learner("Beto", AgeBand::Kids), f.learner("Caro", AgeBand::Teens));

    // Ana: a first try with one right (not passed), then all right (passed).
    f.attempt(ana, &kids_1, Some(at("2026-11-24T10:00:00-06:00")), 1, false);
    f.attempt(ana, &kids_1, Some(at("2026-11-25T10:00:00-06:00")), questions, false);
    // Beto: all right at the first try, an activity, and a quiz left unfinished.
    f.attempt(beto, &kids_1, Some(at("2026-11-29T23:59:00-06:00")), questions, false);
    f.activity(beto, &kids_1, at("2026-11-26T09:00:00-06:00"), false);
    f.attempt(beto, &kids_2, None, 0, false);
    // Caro (12-14): one try, under the pass mark.
    f.attempt(caro, &teens_1, Some(at("2026-11-27T09:00:00-06:00")), 1, false);
    // Not this computer's: merged in from another computer's progress file.
    f.attempt(caro, &kids_2, Some(at("2026-11-27T09:00:00-06:00")), 2, true);
    f.activity(caro, &teens_1, at("2026-11-27T09:00:00-06:00"), true);
    // Next week's, not closed yet: Monday 30 November, 00:00 Mexico City.
    f.attempt(ana, &kids_2, Some(at("2026-11-30T00:00:00-06:00")), 1, false);

    let written = f.close(mexico_city(), at("2026-12-01T08:00:00-06:00"));
    assert_eq!(written, 2, "one report per age band that did anything");
    let reports = f.reports();
    let kids = reports.iter().find(|r| r.band.tag() == "8-11").unwrap();
    let teens = reports.iter().find(|r| r.band.tag() == "12-14").unwrap();
    for r in &reports {
        assert_eq!(r.week.to_string(), "2026-W48");
        assert_eq!(r.campaign.to_string(), "K7MD-Q4TW");
        assert_eq!(r.state.map(|s| s.code()).as_deref(), Some("09"));
    }

    // completed: Ana and Beto finished it for the first time; 3 attempts, 2 passed; Beto's activity.
    assert_eq!(counts(kids, &kids_1), (2, 3, 2, 1));
    assert_eq!(kids.lessons.len(), 1, "unfinished, merged and next week's work is not in it");
    // Questions: Ana's and Beto's first tries. Ana got the first one right, Beto all.
    for (i, question) in kids_1.questions.iter().enumerate() {
        let q = kids.questions.iter().find(|q| q.question.as_str() == question.id).unwrap();
        assert_eq!((q.answered, q.first_try_right), (2, if i == 0 { 2 } else { 1 }), "{}", question.id);
    }
    assert_eq!(kids.questions.len(), questions);

    assert_eq!(counts(teens, &teens_1), (1, 1, 0, 0), "the merged activity is not counted");
    assert_eq!(teens.lessons.len(), 1);
}

#[test]
fn weeks_follow_the_local_calendar_across_the_year_end() {
    for (calendar, expected) in [
        // Sunday 3 January 2027, 21:00 in Mexico City is the last day of
        // 2026-W53; in UTC it is already Monday of 2027-W01.
        (mexico_city(), vec![("2026-W53", 1), ("2027-W01", 1)]),
        (utc(), vec![("2027-W01", 2)]),
    ] {
        let f = Fixture::new();
        f.turn_on(at("2026-12-20T00:00:00Z"), None);
        let lesson = f.lesson(AgeBand::Kids, 0);
        let ana = f.learner("Ana", AgeBand::Kids);
        let beto = f.learner("Beto", AgeBand::Kids);
        f.attempt(ana, &lesson, Some(at("2027-01-04T03:00:00Z")), 0, false);
        f.attempt(beto, &lesson, Some(at("2027-01-04T07:00:00Z")), 0, false);
        f.close(calendar, at("2027-01-12T12:00:00Z"));
        let got: Vec<(String, u32)> = f.reports().iter().map(|r| (r.week.to_string(), r.lessons[0].completed)).collect();
        let expected: Vec<(String, u32)> = expected.iter().map(|(w, n)| (w.to_string(), *n)).collect();
        assert_eq!(got, expected, "{calendar:?}");
        assert!(f.reports().iter().all(|r| r.state.is_none()), "no state chosen, none sent");
    }
}

#[test]
fn nothing_from_before_the_opt_in_is_ever_sent() {
    let f = Fixture::new();
    let lesson = f.lesson(AgeBand::Kids, 0);
    let ana = f.learner("Ana", AgeBand::Kids);
    // The week before, and the opt-in week before and after the moment.
    f.attempt(ana, &lesson, Some(at("2026-11-18T10:00:00-06:00")), 1, false);
    f.attempt(ana, &lesson, Some(at("2026-11-24T09:00:00-06:00")), 1, false);
    f.turn_on(at("2026-11-24T12:00:00-06:00"), None);
    f.attempt(ana, &lesson, Some(at("2026-11-24T15:00:00-06:00")), 1, false);

    f.close(mexico_city(), at("2026-12-10T12:00:00-06:00"));
    let reports = f.reports();
    assert_eq!(reports.len(), 1, "only the opt-in week had anything after the opt-in");
    assert_eq!(reports[0].week.to_string(), "2026-W48");
    // One attempt after the opt-in; the lesson was completed before it.
    assert_eq!(counts(&reports[0], &lesson), (0, 1, 0, 0));
}

#[test]
fn a_week_with_nothing_done_sends_nothing_and_each_week_closes_once() {
    let f = Fixture::new();
    f.turn_on(at("2026-11-02T12:00:00-06:00"), None);
    let lesson = f.lesson(AgeBand::Teens, 0);
    let caro = f.learner("Caro", AgeBand::Teens);
    f.attempt(caro, &lesson, Some(at("2026-11-12T10:00:00-06:00")), 1, false);

    assert_eq!(f.close(mexico_city(), at("2026-11-30T12:00:00-06:00")), 1);
    let first = f.store.outbox().unwrap();
    assert_eq!(first.len(), 1, "W45, W47 and W48 were empty");
    assert_eq!(first[0].week, "2026-W46");
    assert_eq!(f.store.stats_setting().unwrap().unwrap().built_through.as_deref(), Some("2026-W48"));

    // Closing again (a restart, the next round) writes nothing new, and the
    // waiting report keeps its body and key across a reopening of the file.
    assert_eq!(f.close(mexico_city(), at("2026-11-30T13:00:00-06:00")), 0);
    let path = f.path.clone();
    let Fixture { store, conn, catalog, _dir, .. } = f;
    drop((store, conn));
    let store = Store::open(&path).unwrap();
    assert_eq!(store.outbox().unwrap(), first);
    assert_eq!(close_finished_weeks(&store, &catalog, &mexico_city(), at("2026-12-01T12:00:00-06:00"), keys()).unwrap(), 0);
    assert_eq!(store.outbox().unwrap(), first);
    drop(_dir);
}

#[test]
fn every_report_gets_its_own_key_and_waits_a_day_for_an_adult() {
    let f = Fixture::new();
    f.turn_on(at("2026-11-02T12:00:00-06:00"), None);
    let lesson = f.lesson(AgeBand::Kids, 0);
    let teens_lesson = f.lesson(AgeBand::Teens, 0);
    let ana = f.learner("Ana", AgeBand::Kids);
    let caro = f.learner("Caro", AgeBand::Teens);
    for day in ["2026-11-03", "2026-11-10", "2026-11-17"] {
        f.attempt(ana, &lesson, Some(at(&format!("{day}T10:00:00-06:00"))), 1, false);
        f.attempt(caro, &teens_lesson, Some(at(&format!("{day}T10:00:00-06:00"))), 1, false);
    }
    let now = at("2026-11-30T12:00:00-06:00");
    // The real random keys.
    close_finished_weeks(&f.store, &f.catalog, &mexico_city(), now, ciberescudo_core::stats::build::random_key).unwrap();
    let keys: BTreeSet<[u8; 16]> = f.reports().iter().map(|r| *r.key.as_bytes()).collect();
    assert_eq!(keys.len(), 6);
    for row in f.store.outbox().unwrap() {
        assert_eq!(row.send_after, now + 24 * 3600);
    }
}

#[test]
fn the_outbox_keeps_at_most_52_weeks() {
    let f = Fixture::new();
    let lesson = f.lesson(AgeBand::Kids, 0);
    let ana = f.learner("Ana", AgeBand::Kids);
    let start = at("2025-06-02T12:00:00-06:00");
    f.turn_on(start - 3600, None);
    for week in 0..80 {
        f.attempt(ana, &lesson, Some(start + week * 7 * 24 * 3600), 1, false);
    }
    f.close(mexico_city(), start + 80 * 7 * 24 * 3600);
    let weeks: Vec<String> = f.store.outbox().unwrap().into_iter().map(|r| r.week).collect();
    assert_eq!(weeks.len(), 52);
    assert_eq!(weeks.last().unwrap(), &mexico_city().week_of(start + 79 * 7 * 24 * 3600).to_string());
}

#[test]
fn no_report_holds_a_nickname_an_id_a_time_or_an_answer() {
    let f = Fixture::new();
    f.turn_on(at("2026-11-20T12:00:00-06:00"), Some("14"));
    let lesson = f.lesson(AgeBand::OlderTeens, 0);
    let nickname = "Ximena_Secreta_2011";
    let me = f.learner(nickname, AgeBand::OlderTeens);
    let finished = at("2026-11-25T17:42:13-06:00");
    f.attempt(me, &lesson, Some(finished), 2, false);
    f.activity(me, &lesson, finished + 60, false);
    f.close(mexico_city(), at("2026-12-02T12:00:00-06:00"));

    let rows = f.store.outbox().unwrap();
    assert_eq!(rows.len(), 1);
    let body = &rows[0].body;
    let uids: Vec<String> = f
        .conn
        .prepare("SELECT uid FROM profiles UNION ALL SELECT uid FROM quiz_attempts UNION ALL SELECT uid FROM activity_results")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!body.contains(nickname) && !body.contains("Ximena"));
    for uid in &uids {
        assert!(!body.contains(uid.as_str()) && !body.contains(&uid[..8]));
    }
    assert!(!body.contains("\"x\""), "no chosen option");
    // No time finer than the week: no Unix time, no date, no clock time.
    for needle in [finished.to_string(), (finished / 1000).to_string(), "2026-11-25".into(), "17:42".into()] {
        assert!(!body.contains(&needle), "{needle}");
    }
    // Exactly the documented fields, at every level.
    let value: serde_json::Value = serde_json::from_str(body).unwrap();
    let fields = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(fields(&value), ["band", "campaign", "format", "key", "lessons", "questions", "state", "week"]);
    assert_eq!(fields(&value["lessons"][0]), ["activities_done", "completed", "lesson", "quiz_attempts", "quiz_passed"]);
    assert_eq!(fields(&value["questions"][0]), ["answered", "first_try_right", "lesson", "question"]);
}

#[test]
fn turning_off_deletes_every_waiting_report_and_stops_closing_weeks() {
    let f = Fixture::new();
    f.turn_on(at("2026-11-02T12:00:00-06:00"), None);
    let lesson = f.lesson(AgeBand::Kids, 0);
    let ana = f.learner("Ana", AgeBand::Kids);
    f.attempt(ana, &lesson, Some(at("2026-11-03T10:00:00-06:00")), 1, false);
    f.close(mexico_city(), at("2026-11-30T12:00:00-06:00"));
    assert_eq!(f.store.outbox().unwrap().len(), 1);

    assert_eq!(f.store.turn_stats_off().unwrap(), 1);
    assert!(f.store.outbox().unwrap().is_empty());
    assert_eq!(f.store.stats_setting().unwrap(), None);
    f.attempt(ana, &lesson, Some(at("2026-12-01T10:00:00-06:00")), 1, false);
    assert_eq!(f.close(mexico_city(), at("2026-12-20T12:00:00-06:00")), 0);
    assert!(f.store.outbox().unwrap().is_empty());
}
