//! The store's contract, on both backends. Every case runs twice, as
//! `<case>::sqlite` (a file in a temporary directory) and `<case>::postgres`
//! (a fresh database on the server `CIBERESCUDO_TEST_POSTGRES_URL` names; see
//! `support/pg.rs`: without a server the PostgreSQL half fails unless
//! `CIBERESCUDO_TEST_POSTGRES=skip`). A few cases only make sense on
//! PostgreSQL: several instances at once, and both backends agreeing.
//!
//!     scripts/with-postgres.sh cargo test -p ciberescudo-collector --test store

#[path = "support/pg.rs"]
mod pg;

use std::collections::BTreeMap;

use ciberescudo_collector::store::{
    Campaign, Database, Dimension, Filter, LessonRow, NewCampaign, NewSession, Outcome, Place, QuestionRow, Store, StoreError,
};
use ciberescudo_report::{AgeBand, CampaignCode, IdempotencyKey, IsoWeek, LessonCounts, QuestionCounts, Report, Slug, State};
use time::{Date, Duration, OffsetDateTime};

// ---------------------------------------------------------------------------
// Harness

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sqlite,
    Postgres,
}

struct Harness {
    kind: Kind,
    database: Database,
    store: Store,
    pg: Option<pg::TestDatabase>,
    // Last: the SQLite file's directory outlives the store.
    _dir: Option<tempfile::TempDir>,
}

impl Harness {
    async fn sqlite() -> Harness {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let database = Database::Sqlite(dir.path().join("collector.sqlite3"));
        let store = Store::open(&database).await.expect("opening the SQLite store");
        Harness { kind: Kind::Sqlite, database, store, pg: None, _dir: Some(dir) }
    }

    /// `None` only when PostgreSQL is explicitly skipped.
    async fn postgres() -> Option<Harness> {
        let pg = pg::TestDatabase::create().await?;
        let database = Database::parse(&pg.url);
        assert!(matches!(database, Database::Postgres(_)), "{database:?}");
        let store = Store::open(&database).await.expect("opening the PostgreSQL store");
        Some(Harness { kind: Kind::Postgres, database, store, pg: Some(pg), _dir: None })
    }

    /// Another store on the same database: a restart, or a second instance.
    async fn open_again(&self) -> Store {
        Store::open(&self.database).await.expect("opening the store again")
    }

    async fn finish(self) {
        let Harness { store, pg, _dir, .. } = self;
        drop(store);
        if let Some(pg) = pg {
            pg.drop().await;
        }
    }
}

/// One test per backend for each case: `case::sqlite`, `case::postgres`.
macro_rules! on_both_backends {
    ($($case:ident),* $(,)?) => {$(
        mod $case {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let harness = super::Harness::sqlite().await;
                super::$case(&harness).await;
                harness.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(harness) = super::Harness::postgres().await else { return };
                super::$case(&harness).await;
                harness.finish().await;
            }
        }
    )*};
}

on_both_backends!(
    counting,
    duplicates,
    outcomes_before_counting,
    lesson_stats_dimensions_and_filters,
    question_stats,
    campaigns,
    accounts,
    sessions,
    forget_before,
    reopening_keeps_data,
);

// ---------------------------------------------------------------------------
// Building data

fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

fn this_week() -> IsoWeek {
    IsoWeek::containing(today())
}

/// The week `n` weeks before this one.
fn weeks_ago(n: usize) -> IsoWeek {
    (0..n).fold(this_week(), |week, _| week.previous())
}

fn slug(text: &str) -> Slug {
    Slug::new(text).expect("a valid slug")
}

fn random_key() -> IdempotencyKey {
    IdempotencyKey::from_random_bytes(rand::random())
}

fn random_code() -> CampaignCode {
    CampaignCode::from_random(rand::random())
}

/// Lessons as (id, [completed, quiz_attempts, quiz_passed, activities_done]),
/// questions as (lesson, question, [answered, first_try_right]).
fn report(
    campaign: &CampaignCode,
    week: IsoWeek,
    band: AgeBand,
    state: Option<u8>,
    lessons: &[(&str, [u32; 4])],
    questions: &[(&str, &str, [u32; 2])],
) -> Report {
    Report {
        format: 1,
        campaign: campaign.clone(),
        week,
        band,
        state: state.map(|n| State::from_number(n).expect("a state number")),
        key: random_key(),
        lessons: lessons
            .iter()
            .map(|&(lesson, [completed, quiz_attempts, quiz_passed, activities_done])| LessonCounts {
                lesson: slug(lesson),
                completed,
                quiz_attempts,
                quiz_passed,
                activities_done,
            })
            .collect(),
        questions: questions
            .iter()
            .map(|&(lesson, question, [answered, first_try_right])| QuestionCounts {
                lesson: slug(lesson),
                question: slug(question),
                answered,
                first_try_right,
            })
            .collect(),
    }
}

async fn campaign(store: &Store, name: &str, starts_on: Date, ends_on: Date) -> Campaign {
    store.create_campaign(NewCampaign { name: name.into(), starts_on, ends_on }).await.expect("creating a campaign")
}

/// Open since ten weeks ago, for four more weeks.
async fn open_campaign(store: &Store, name: &str) -> Campaign {
    campaign(store, name, today() - Duration::weeks(10), today() + Duration::weeks(4)).await
}

async fn ingest(store: &Store, reports: &[Report]) -> Vec<Outcome> {
    store.ingest(reports.to_vec(), today()).await.expect("ingesting a batch")
}

fn row(key: &str, [completed, quiz_attempts, quiz_passed, activities_done]: [i64; 4]) -> LessonRow {
    LessonRow { key: key.into(), completed, quiz_attempts, quiz_passed, activities_done }
}

fn question_row(lesson: &str, question: &str, [answered, first_try_right]: [i64; 2]) -> QuestionRow {
    QuestionRow { lesson: lesson.into(), question: question.into(), answered, first_try_right }
}

async fn totals(store: &Store, campaign_id: i64) -> Vec<LessonRow> {
    store.lesson_stats(campaign_id, &Filter::default(), Dimension::All).await.expect("lesson stats")
}

const DIMENSIONS: [Dimension; 5] = [Dimension::Week, Dimension::Band, Dimension::State, Dimension::Lesson, Dimension::All];

// ---------------------------------------------------------------------------
// The oracle: what the statistics must be, computed from the counted reports.

/// Lessons completed per group (campaign × week × band × state).
type Groups = BTreeMap<(i64, IsoWeek, AgeBand, Option<State>), i64>;

fn groups(counted: &[(i64, Report)]) -> Groups {
    let mut groups = Groups::new();
    for (id, report) in counted {
        *groups.entry((*id, report.week, report.band, report.state)).or_default() +=
            report.lessons.iter().map(|l| i64::from(l.completed)).sum::<i64>();
    }
    groups
}

fn passes(campaign_id: i64, report: &Report, filter: &Filter, groups: &Groups) -> bool {
    filter.smallest_group.is_none_or(|least| groups[&(campaign_id, report.week, report.band, report.state)] >= least)
        && filter.from.is_none_or(|from| report.week >= from)
        && filter.to.is_none_or(|to| report.week <= to)
        && filter.band.is_none_or(|band| report.band == band)
        && match filter.place {
            None => true,
            Some(Place::NotGiven) => report.state.is_none(),
            Some(Place::State(state)) => report.state == Some(state),
        }
}

fn expected_lessons(counted: &[(i64, Report)], campaign_id: i64, filter: &Filter, by: Dimension) -> Vec<LessonRow> {
    let mut sums: BTreeMap<String, [i64; 4]> = BTreeMap::new();
    let groups = groups(counted);
    for (id, report) in counted {
        if *id != campaign_id || !passes(*id, report, filter, &groups) {
            continue;
        }
        for lesson in &report.lessons {
            if filter.lesson.as_ref().is_some_and(|only| *only != lesson.lesson) {
                continue;
            }
            let key = match by {
                Dimension::Week => report.week.to_string(),
                Dimension::Band => report.band.tag().to_owned(),
                Dimension::State => format!("{:02}", report.state.map_or(0, |state| state.number())),
                Dimension::Lesson => lesson.lesson.to_string(),
                Dimension::All => String::new(),
            };
            let sum = sums.entry(key).or_default();
            sum[0] += i64::from(lesson.completed);
            sum[1] += i64::from(lesson.quiz_attempts);
            sum[2] += i64::from(lesson.quiz_passed);
            sum[3] += i64::from(lesson.activities_done);
        }
    }
    sums.into_iter().map(|(key, sum)| row(&key, sum)).collect()
}

fn expected_questions(counted: &[(i64, Report)], campaign_id: i64, filter: &Filter) -> Vec<QuestionRow> {
    let mut sums: BTreeMap<(String, String), [i64; 2]> = BTreeMap::new();
    let groups = groups(counted);
    for (id, report) in counted {
        if *id != campaign_id || !passes(*id, report, filter, &groups) {
            continue;
        }
        for question in &report.questions {
            if filter.lesson.as_ref().is_some_and(|only| *only != question.lesson) {
                continue;
            }
            let sum = sums.entry((question.lesson.to_string(), question.question.to_string())).or_default();
            sum[0] += i64::from(question.answered);
            sum[1] += i64::from(question.first_try_right);
        }
    }
    sums.into_iter().map(|((lesson, question), sum)| question_row(&lesson, &question, sum)).collect()
}

/// Lesson ids whose byte order differs from a "natural" one, to catch a
/// backend that sorts otherwise.
const LESSONS: [&str; 4] = ["passwords-10", "passwords-2", "phishing", "a-b"];
const QUESTIONS: [&str; 3] = ["q1", "q10", "q2"];

/// A varied, deterministic data set for one campaign: three weeks, every
/// band, states not given / 01 / 09 / 32, four lessons with questions.
fn varied_reports(code: &CampaignCode) -> Vec<Report> {
    let weeks = [weeks_ago(0), weeks_ago(1), weeks_ago(3)];
    let states = [None, Some(1), Some(9), Some(32)];
    let mut reports = Vec::new();
    let mut n: u32 = 0;
    for (w, &week) in weeks.iter().enumerate() {
        for (b, &band) in AgeBand::ALL.iter().enumerate() {
            for (s, &state) in states.iter().enumerate() {
                // Leave some cells empty, fill others with several reports.
                let copies = (w + 2 * b + 3 * s) % 4;
                for copy in 0..copies {
                    n += 1;
                    let pick = |salt: u32| (n * 7 + salt * 13 + copy as u32) % 23;
                    let lessons: Vec<(&str, [u32; 4])> = LESSONS
                        .iter()
                        .enumerate()
                        .filter(|(l, _)| !(n as usize + l).is_multiple_of(3))
                        .map(|(l, &lesson)| {
                            let attempts = pick(l as u32) + 1;
                            (lesson, [pick(l as u32 + 5), attempts, attempts / 2, pick(l as u32 + 9) * 3])
                        })
                        .collect();
                    let questions: Vec<(&str, &str, [u32; 2])> = lessons
                        .iter()
                        .flat_map(|&(lesson, _)| QUESTIONS.iter().map(move |&question| (lesson, question)))
                        .enumerate()
                        .filter(|(q, _)| (n as usize + q).is_multiple_of(2))
                        .map(|(q, (lesson, question))| {
                            let answered = pick(q as u32 + 17) + 1;
                            (lesson, question, [answered, answered / 3])
                        })
                        .collect();
                    let lessons = if lessons.is_empty() { vec![(LESSONS[0], [1, 1, 1, 1])] } else { lessons };
                    reports.push(report(code, week, band, state, &lessons, &questions));
                }
            }
        }
    }
    reports
}

/// Every filter part alone and in combinations, including ones that let
/// nothing through.
fn filters() -> Vec<Filter> {
    let (w0, w1, w3) = (weeks_ago(0), weeks_ago(1), weeks_ago(3));
    let mut filters = vec![
        Filter::default(),
        Filter { from: Some(w1), ..Filter::default() },
        Filter { from: Some(w0), ..Filter::default() },
        Filter { to: Some(w1), ..Filter::default() },
        Filter { to: Some(weeks_ago(2)), ..Filter::default() },
        Filter { from: Some(w1), to: Some(w1), ..Filter::default() },
        Filter { from: Some(w3), to: Some(w0), ..Filter::default() },
        Filter { from: Some(w0), to: Some(w3), ..Filter::default() },
        Filter { from: Some(this_week().next()), ..Filter::default() },
        Filter { place: Some(Place::NotGiven), ..Filter::default() },
        Filter { place: Some(Place::State(State::from_number(5).unwrap())), ..Filter::default() },
        Filter { lesson: Some(slug("no-such-lesson")), ..Filter::default() },
        Filter {
            from: Some(w3),
            to: Some(w1),
            band: Some(AgeBand::Teens),
            place: Some(Place::NotGiven),
            lesson: Some(slug(LESSONS[1])),
            smallest_group: None,
        },
        Filter {
            from: Some(w1),
            band: Some(AgeBand::Adults),
            place: Some(Place::State(State::from_number(32).unwrap())),
            lesson: Some(slug(LESSONS[2])),
            ..Filter::default()
        },
    ];
    filters.extend(AgeBand::ALL.map(|band| Filter { band: Some(band), ..Filter::default() }));
    filters.extend([1, 9, 32].map(|n| Filter { place: Some(Place::State(State::from_number(n).unwrap())), ..Filter::default() }));
    filters.extend(LESSONS.map(|lesson| Filter { lesson: Some(slug(lesson)), ..Filter::default() }));
    // Small groups left out, alone and with other parts.
    filters.extend([10, 40, 1_000_000].map(|least| Filter { smallest_group: Some(least), ..Filter::default() }));
    filters.push(Filter {
        smallest_group: Some(40),
        band: Some(AgeBand::Kids),
        lesson: Some(slug(LESSONS[0])),
        ..Filter::default()
    });
    filters
}

// ---------------------------------------------------------------------------
// Cases on both backends

async fn counting(h: &Harness) {
    let store = &h.store;
    let c = open_campaign(store, "Counting").await;
    let other = open_campaign(store, "Other").await;
    let (w0, w1) = (weeks_ago(0), weeks_ago(1));
    let a = report(&c.code, w0, AgeBand::Kids, None, &[("passwords", [3, 5, 4, 7])], &[("passwords", "q1", [5, 3])]);
    let b = report(
        &c.code,
        w0,
        AgeBand::Kids,
        None,
        &[("passwords", [2, 1, 1, 1]), ("phishing", [1, 2, 2, 3])],
        &[("passwords", "q1", [2, 2]), ("phishing", "q2", [4, 1])],
    );
    let c1 = report(&c.code, w1, AgeBand::Adults, Some(9), &[("phishing", [10, 20, 15, 30])], &[]);
    let d = report(&c.code, w0, AgeBand::Kids, Some(9), &[("passwords", [1, 1, 0, 0])], &[]);
    // Another campaign's report in the same batch must stay out of this one.
    let elsewhere = report(&other.code, w0, AgeBand::Kids, None, &[("passwords", [100, 100, 100, 100])], &[]);

    assert_eq!(store.ingest(Vec::new(), today()).await.unwrap(), Vec::new(), "an empty batch");
    assert_eq!(ingest(store, &[a.clone(), b.clone()]).await, [Outcome::Counted; 2]);
    assert_eq!(ingest(store, &[c1.clone(), elsewhere.clone(), d.clone()]).await, [Outcome::Counted; 3]);

    let stats = |filter: Filter, by| async move { store.lesson_stats(c.id, &filter, by).await.unwrap() };
    assert_eq!(stats(Filter::default(), Dimension::All).await, [row("", [17, 29, 22, 41])]);
    let mut by_week = vec![row(&w1.to_string(), [10, 20, 15, 30]), row(&w0.to_string(), [7, 9, 7, 11])];
    by_week.sort_by(|x, y| x.key.cmp(&y.key));
    assert_eq!(stats(Filter::default(), Dimension::Week).await, by_week);
    assert_eq!(
        stats(Filter::default(), Dimension::Lesson).await,
        [row("passwords", [6, 7, 5, 8]), row("phishing", [11, 22, 17, 33])]
    );
    assert_eq!(stats(Filter::default(), Dimension::State).await, [row("00", [6, 8, 7, 11]), row("09", [11, 21, 15, 30])]);
    assert_eq!(stats(Filter::default(), Dimension::Band).await, [row("8-11", [7, 9, 7, 11]), row("adults", [10, 20, 15, 30])]);
    // The right cell: Kids in state 09 is report d alone.
    let kids_in_09 =
        Filter { band: Some(AgeBand::Kids), place: Some(Place::State(State::from_number(9).unwrap())), ..Filter::default() };
    assert_eq!(stats(kids_in_09, Dimension::All).await, [row("", [1, 1, 0, 0])]);
    assert_eq!(
        store.question_stats(c.id, &Filter::default()).await.unwrap(),
        [question_row("passwords", "q1", [7, 5]), question_row("phishing", "q2", [4, 1])]
    );
    assert_eq!(totals(store, other.id).await, [row("", [100, 100, 100, 100])]);

    // And the oracle agrees on every dimension.
    let counted: Vec<(i64, Report)> = [a, b, c1, d].into_iter().map(|r| (c.id, r)).chain([(other.id, elsewhere)]).collect();
    for by in DIMENSIONS {
        assert_eq!(stats(Filter::default(), by).await, expected_lessons(&counted, c.id, &Filter::default(), by), "{by:?}");
    }
}

async fn duplicates(h: &Harness) {
    let store = &h.store;
    let c = open_campaign(store, "Duplicates").await;
    let other = open_campaign(store, "Other").await;
    let w0 = this_week();
    let r1 = report(&c.code, w0, AgeBand::Teens, Some(14), &[("passwords", [1, 2, 1, 3])], &[("passwords", "q1", [2, 1])]);
    let r2 = report(&c.code, w0, AgeBand::Teens, Some(14), &[("passwords", [10, 20, 10, 30])], &[]);
    let r3 = report(&c.code, weeks_ago(2), AgeBand::Adults, None, &[("phishing", [100, 200, 100, 300])], &[]);
    // A retry may differ in content: only the key decides. Counting it would show.
    let mut r1_again = report(&c.code, w0, AgeBand::Kids, None, &[("passwords", [5000, 5000, 5000, 5000])], &[]);
    r1_again.key = r1.key.clone();
    // A key first seen on a refused report is still free for a valid one.
    let unknown = report(&random_code(), w0, AgeBand::Teens, None, &[("passwords", [7000, 7000, 7000, 7000])], &[]);
    let mut r5 = report(&c.code, w0, AgeBand::Teens, None, &[("passwords", [1000, 1000, 1000, 1000])], &[]);
    r5.key = unknown.key.clone();

    assert_eq!(
        ingest(store, &[r1.clone(), r2.clone(), r1_again.clone(), unknown, r5]).await,
        [Outcome::Counted, Outcome::Counted, Outcome::Duplicate, Outcome::UnknownCampaign, Outcome::Counted]
    );
    assert_eq!(
        ingest(store, &[r2.clone(), r3.clone(), r3.clone(), r1_again]).await,
        [Outcome::Duplicate, Outcome::Counted, Outcome::Duplicate, Outcome::Duplicate]
    );
    // Keys are global: the same key for another campaign is a duplicate too.
    let mut moved = report(&other.code, w0, AgeBand::Teens, None, &[("passwords", [9, 9, 9, 9])], &[]);
    moved.key = r1.key.clone();
    assert_eq!(ingest(store, &[moved]).await, [Outcome::Duplicate]);

    // r1 + r2 + r3 + r5.
    assert_eq!(totals(store, c.id).await, [row("", [1111, 1222, 1111, 1333])]);
    assert_eq!(totals(store, other.id).await, []);
    assert_eq!(store.question_stats(c.id, &Filter::default()).await.unwrap(), [question_row("passwords", "q1", [2, 1])]);
}

async fn outcomes_before_counting(h: &Harness) {
    let store = &h.store;
    let today = today();
    let open = open_campaign(store, "Open").await;
    let closed = campaign(store, "Closed", today - Duration::days(120), today - Duration::days(29)).await;
    let in_grace = campaign(store, "In grace", today - Duration::days(120), today - Duration::days(28)).await;
    let later = campaign(store, "Started two weeks ago", today - Duration::days(14), today + Duration::days(28)).await;
    let long = campaign(store, "Long", today - Duration::days(600), today + Duration::days(28)).await;
    let lessons = [("passwords", [1, 1, 1, 1])];

    let unknown = report(&random_code(), this_week(), AgeBand::Kids, None, &lessons, &[]);
    let too_late = report(&closed.code, IsoWeek::containing(closed.ends_on), AgeBand::Kids, None, &lessons, &[]);
    let late_ok = report(&in_grace.code, IsoWeek::containing(in_grace.ends_on), AgeBand::Kids, None, &lessons, &[]);
    let before_start = report(&later.code, IsoWeek::containing(today - Duration::days(35)), AgeBand::Kids, None, &lessons, &[]);
    let future = report(&open.code, this_week().next(), AgeBand::Kids, None, &lessons, &[]);
    let too_old = report(&long.code, IsoWeek::containing(today - Duration::weeks(62)), AgeBand::Kids, None, &lessons, &[]);
    let oldest_ok = report(&long.code, weeks_ago(60), AgeBand::Kids, None, &lessons, &[]);
    let fine = report(&open.code, this_week(), AgeBand::Kids, None, &lessons, &[]);

    let batch = [unknown, too_late.clone(), late_ok, before_start, future, too_old, oldest_ok, fine];
    assert_eq!(
        ingest(store, &batch).await,
        [
            Outcome::UnknownCampaign,
            Outcome::CampaignClosed,
            Outcome::Counted,
            Outcome::WeekOutsideCampaign,
            Outcome::WeekNotAccepted,
            Outcome::WeekNotAccepted,
            Outcome::Counted,
            Outcome::Counted,
        ]
    );
    assert_eq!(totals(store, closed.id).await, []);
    assert_eq!(totals(store, later.id).await, []);
    assert_eq!(totals(store, in_grace.id).await, [row("", [1, 1, 1, 1])]);
    assert_eq!(totals(store, long.id).await, [row("", [1, 1, 1, 1])]);
    assert_eq!(totals(store, open.id).await, [row("", [1, 1, 1, 1])]);
    // A refused report leaves its key unused.
    let mut retry = report(&open.code, this_week(), AgeBand::Kids, None, &[("passwords", [2, 2, 2, 2])], &[]);
    retry.key = too_late.key;
    assert_eq!(ingest(store, &[retry]).await, [Outcome::Counted]);
    assert_eq!(totals(store, open.id).await, [row("", [3, 3, 3, 3])]);
}

async fn lesson_stats_dimensions_and_filters(h: &Harness) {
    let store = &h.store;
    let c = open_campaign(store, "Varied").await;
    let other = open_campaign(store, "Noise").await;
    let reports = varied_reports(&c.code);
    let noise = varied_reports(&other.code);
    assert!(reports.len() > 40, "{} reports", reports.len());
    // In several batches, mixed with another campaign's reports.
    for (mine, theirs) in reports.chunks(7).zip(noise.chunks(5)) {
        let batch: Vec<Report> = mine.iter().chain(theirs).cloned().collect();
        assert!(ingest(store, &batch).await.iter().all(|outcome| *outcome == Outcome::Counted));
    }
    let counted: Vec<(i64, Report)> = reports.into_iter().map(|r| (c.id, r)).collect();
    let mut nonempty = 0;
    for filter in filters() {
        for by in DIMENSIONS {
            let got = store.lesson_stats(c.id, &filter, by).await.unwrap();
            let want = expected_lessons(&counted, c.id, &filter, by);
            assert_eq!(got, want, "{:?}: {by:?} with {filter:?}", h.kind);
            nonempty += usize::from(!got.is_empty());
        }
    }
    assert!(nonempty > 80, "only {nonempty} non-empty answers: the data set is too thin to test anything");
    // Leaving small groups out leaves some out, and not all.
    let completed = |least| {
        let filter = Filter { smallest_group: least, ..Filter::default() };
        async move { store.lesson_stats(c.id, &filter, Dimension::All).await.unwrap()[0].completed }
    };
    let (all, large) = (completed(None).await, completed(Some(40)).await);
    assert!(0 < large && large < all, "groups of 40+ hold {large} of {all}");
    let by_band = store.lesson_stats(c.id, &Filter::default(), Dimension::Band).await.unwrap();
    let keys: Vec<&str> = by_band.iter().map(|row| row.key.as_str()).collect();
    assert_eq!(keys, ["12-14", "15-17", "8-11", "adults"], "sorted bytewise");
    let by_lesson = store.lesson_stats(c.id, &Filter::default(), Dimension::Lesson).await.unwrap();
    let keys: Vec<&str> = by_lesson.iter().map(|row| row.key.as_str()).collect();
    assert_eq!(keys, ["a-b", "passwords-10", "passwords-2", "phishing"], "sorted bytewise");
    let by_state = store.lesson_stats(c.id, &Filter::default(), Dimension::State).await.unwrap();
    let keys: Vec<&str> = by_state.iter().map(|row| row.key.as_str()).collect();
    assert_eq!(keys, ["00", "01", "09", "32"]);
    // No campaign, no rows.
    assert_eq!(store.lesson_stats(i64::MAX, &Filter::default(), Dimension::All).await.unwrap(), []);
}

async fn question_stats(h: &Harness) {
    let store = &h.store;
    let c = open_campaign(store, "Questions").await;
    let other = open_campaign(store, "Noise").await;
    let reports = varied_reports(&c.code);
    for batch in reports.chunks(9) {
        ingest(store, batch).await;
    }
    ingest(store, &varied_reports(&other.code)).await;
    let counted: Vec<(i64, Report)> = reports.into_iter().map(|r| (c.id, r)).collect();
    let mut nonempty = 0;
    for filter in filters() {
        let got = store.question_stats(c.id, &filter).await.unwrap();
        assert_eq!(got, expected_questions(&counted, c.id, &filter), "{:?}: {filter:?}", h.kind);
        nonempty += usize::from(!got.is_empty());
    }
    assert!(nonempty > 10, "only {nonempty} non-empty answers");
    let all = store.question_stats(c.id, &Filter::default()).await.unwrap();
    let first: Vec<(&str, &str)> = all.iter().take(3).map(|row| (row.lesson.as_str(), row.question.as_str())).collect();
    assert_eq!(first, [("a-b", "q1"), ("a-b", "q10"), ("a-b", "q2")], "sorted by lesson then question, bytewise");
}

async fn campaigns(h: &Harness) {
    let store = &h.store;
    assert_eq!(store.campaigns().await.unwrap(), []);
    let first = campaign(store, "Primera", date("2026-01-12"), date("2026-03-01")).await;
    let second = campaign(store, "Segunda — ñandú", date("2026-02-02"), date("2026-12-31")).await;
    assert_ne!(first.code, second.code);
    assert_eq!((second.starts_on, second.ends_on), (date("2026-02-02"), date("2026-12-31")));
    assert_eq!(store.campaigns().await.unwrap(), [second.clone(), first.clone()], "newest first");
    assert_eq!(store.campaign(first.id).await.unwrap(), Some(first.clone()));
    assert_eq!(store.campaign_by_code(&second.code).await.unwrap(), Some(second.clone()));
    let typed: CampaignCode = second.code.to_string().to_lowercase().parse().unwrap();
    assert_eq!(store.campaign_by_code(&typed).await.unwrap(), Some(second));
    assert_eq!(store.campaign_by_code(&random_code()).await.unwrap(), None);
    assert_eq!(store.campaign(first.id + 1000).await.unwrap(), None);
}

fn date(text: &str) -> Date {
    Date::parse(text, &time::format_description::well_known::Iso8601::DATE).unwrap()
}

fn session_for(account_id: i64, expires_at: OffsetDateTime) -> NewSession {
    NewSession { token_hash: rand::random(), account_id, csrf_token: format!("csrf-{:x}", rand::random::<u64>()), expires_at }
}

async fn accounts(h: &Harness) {
    let store = &h.store;
    assert!(store.account("ana").await.unwrap().is_none());
    store.create_account("ana", "$argon2id$first").await.unwrap();
    store.create_account("Ana", "$argon2id$other").await.expect("names are case-sensitive, as in SQLite");
    store.create_account("beto", "$argon2id$beto").await.unwrap();
    match store.create_account("ana", "$argon2id$second").await {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("a taken name: {other:?}"),
    }
    let ana = store.account("ana").await.unwrap().expect("ana");
    assert_eq!((ana.username.as_str(), ana.password_hash.as_str()), ("ana", "$argon2id$first"));
    let beto = store.account("beto").await.unwrap().expect("beto");
    assert_ne!(ana.id, beto.id);

    let now = OffsetDateTime::now_utc();
    let later = now + Duration::hours(1);
    let (ana1, ana2, beto1) = (session_for(ana.id, later), session_for(ana.id, later), session_for(beto.id, later));
    for session in [&ana1, &ana2, &beto1] {
        store.create_session(session.clone()).await.unwrap();
    }
    assert!(store.session(ana1.token_hash, now).await.unwrap().is_some());

    assert!(store.set_password("ana", "$argon2id$new").await.unwrap());
    assert_eq!(store.account("ana").await.unwrap().unwrap().password_hash, "$argon2id$new");
    assert_eq!(store.account("Ana").await.unwrap().unwrap().password_hash, "$argon2id$other");
    assert!(store.session(ana1.token_hash, now).await.unwrap().is_none(), "a new password ends the sessions");
    assert!(store.session(ana2.token_hash, now).await.unwrap().is_none());
    assert!(store.session(beto1.token_hash, now).await.unwrap().is_some(), "other accounts keep theirs");
    assert!(!store.set_password("nadie", "$argon2id$x").await.unwrap());
}

async fn sessions(h: &Harness) {
    let store = &h.store;
    store.create_account("carla", "$argon2id$c").await.unwrap();
    let carla = store.account("carla").await.unwrap().unwrap();
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap();
    let new = session_for(carla.id, now + Duration::minutes(30));
    store.create_session(new.clone()).await.unwrap();

    let found = store.session(new.token_hash, now).await.unwrap().expect("a live session");
    assert_eq!(found.account_id, carla.id);
    assert_eq!(found.username, "carla");
    assert_eq!(found.csrf_token, new.csrf_token);
    assert_eq!(found.expires_at, new.expires_at);
    let just_before = new.expires_at - Duration::seconds(1);
    assert!(store.session(new.token_hash, just_before).await.unwrap().is_some());
    assert!(store.session(new.token_hash, new.expires_at).await.unwrap().is_none(), "expired at its expiry time");
    assert!(store.session(new.token_hash, new.expires_at + Duration::days(1)).await.unwrap().is_none());
    assert!(store.session(rand::random(), now).await.unwrap().is_none(), "unknown token");

    store.delete_session(new.token_hash).await.unwrap();
    assert!(store.session(new.token_hash, now).await.unwrap().is_none(), "logged out");
    store.delete_session(new.token_hash).await.expect("deleting twice is fine");
}

async fn forget_before(h: &Harness) {
    let store = &h.store;
    let c = open_campaign(store, "Forgetting").await;
    let lessons = [("passwords", [1, 1, 1, 1])];
    let old: Vec<Report> = (0..3).map(|_| report(&c.code, weeks_ago(3), AgeBand::Kids, None, &lessons, &[])).collect();
    let older: Vec<Report> = (0..2).map(|_| report(&c.code, weeks_ago(4), AgeBand::Kids, None, &lessons, &[])).collect();
    let kept: Vec<Report> = (0..4).map(|_| report(&c.code, weeks_ago(2), AgeBand::Kids, None, &lessons, &[])).collect();
    let all: Vec<Report> = old.iter().chain(&older).chain(&kept).cloned().collect();
    assert!(ingest(store, &all).await.iter().all(|outcome| *outcome == Outcome::Counted));

    store.create_account("dora", "$argon2id$d").await.unwrap();
    let dora = store.account("dora").await.unwrap().unwrap();
    let now = OffsetDateTime::now_utc();
    let expired = session_for(dora.id, now - Duration::minutes(5));
    let live = session_for(dora.id, now + Duration::minutes(5));
    store.create_session(expired.clone()).await.unwrap();
    store.create_session(live.clone()).await.unwrap();
    let earlier = now - Duration::minutes(10);
    assert!(store.session(expired.token_hash, earlier).await.unwrap().is_some(), "still stored");

    assert_eq!(store.forget_before(weeks_ago(2), now).await.unwrap(), 5, "the keys of the two older weeks");
    assert_eq!(store.forget_before(weeks_ago(2), now).await.unwrap(), 0, "nothing left to forget");
    assert!(store.session(expired.token_hash, earlier).await.unwrap().is_none(), "expired sessions are deleted");
    assert!(store.session(live.token_hash, now).await.unwrap().is_some());

    // Forgotten keys are new again; kept ones are still duplicates.
    assert_eq!(ingest(store, &[old[0].clone(), kept[0].clone()]).await, [Outcome::Counted, Outcome::Duplicate]);
    assert_eq!(totals(store, c.id).await, [row("", [10, 10, 10, 10])]);
}

async fn reopening_keeps_data(h: &Harness) {
    let c = open_campaign(&h.store, "Kept").await;
    let r =
        report(&c.code, this_week(), AgeBand::Adults, Some(9), &[("passwords", [4, 3, 2, 1])], &[("passwords", "q1", [3, 2])]);
    assert_eq!(ingest(&h.store, std::slice::from_ref(&r)).await, [Outcome::Counted]);
    h.store.create_account("eva", "$argon2id$e").await.unwrap();

    for restart in 0..2 {
        let store = h.open_again().await;
        assert_eq!(store.campaigns().await.unwrap(), std::slice::from_ref(&c));
        assert_eq!(store.account("eva").await.unwrap().unwrap().password_hash, "$argon2id$e");
        assert_eq!(ingest(&store, std::slice::from_ref(&r)).await, [Outcome::Duplicate], "keys survive a restart");
        assert_eq!(totals(&store, c.id).await, [row("", [4, 3, 2, 1].map(|n| n + restart))]);
        assert_eq!(store.question_stats(c.id, &Filter::default()).await.unwrap(), [question_row("passwords", "q1", [3, 2])]);
        // Cells made before the restart take new counts.
        let more = report(&c.code, this_week(), AgeBand::Adults, Some(9), &[("passwords", [1, 1, 1, 1])], &[]);
        assert_eq!(ingest(&store, &[more]).await, [Outcome::Counted]);
    }
    assert_eq!(totals(&h.store, c.id).await, [row("", [6, 5, 4, 3])]);

    // A database from a newer collector is refused, by both backends alike.
    match h.kind {
        Kind::Postgres => {
            let client = h.pg.as_ref().unwrap().connect().await;
            let versions: i64 = client.query_one("SELECT count(*) FROM schema_migrations", &[]).await.unwrap().get(0);
            assert!(versions >= 1);
            client.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (99, now())", &[]).await.unwrap();
            match Store::open(&h.database).await {
                Err(StoreError::TooNew { found: 99, known }) => assert!(known < 99),
                Err(other) => panic!("a newer schema: {other}"),
                Ok(_) => panic!("a newer schema was accepted"),
            }
        }
        Kind::Sqlite => {
            let Database::Sqlite(path) = &h.database else { unreachable!() };
            rusqlite::Connection::open(path).unwrap().pragma_update(None, "user_version", 99).unwrap();
            match Store::open(&h.database).await {
                Err(StoreError::TooNew { found: 99, known }) => assert!(known < 99),
                Err(other) => panic!("a newer schema: {other}"),
                Ok(_) => panic!("a newer schema was accepted"),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// PostgreSQL only

/// The same data in both backends gives the same answers, outcome for
/// outcome and row for row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backends_agree() {
    let Some(postgres) = Harness::postgres().await else { return };
    let sqlite = Harness::sqlite().await;
    let mut campaigns = Vec::new();
    for h in [&sqlite, &postgres] {
        let open = open_campaign(&h.store, "Agree").await;
        let closed = campaign(&h.store, "Closed", today() - Duration::days(200), today() - Duration::days(60)).await;
        campaigns.push((open, closed));
    }
    // One set of reports, addressed to each backend's campaigns.
    let template = varied_reports(&campaigns[0].0.code);
    let mut batches = Vec::new();
    for (open, closed) in &campaigns {
        let mut reports: Vec<Report> = template
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut r = r.clone();
                r.campaign = if i % 11 == 5 { closed.code.clone() } else { open.code.clone() };
                r
            })
            .collect();
        // Retries within the batches and across them.
        reports.push(reports[3].clone());
        reports.insert(10, reports[20].clone());
        batches.push(reports.chunks(8).map(<[Report]>::to_vec).collect::<Vec<_>>());
    }
    let mut outcomes = Vec::new();
    for (h, batches) in [&sqlite, &postgres].into_iter().zip(&batches) {
        let mut all = Vec::new();
        for batch in batches {
            all.extend(ingest(&h.store, batch).await);
        }
        outcomes.push(all);
    }
    assert_eq!(outcomes[0], outcomes[1]);
    assert!(outcomes[0].contains(&Outcome::Duplicate) && outcomes[0].contains(&Outcome::CampaignClosed));

    for filter in filters() {
        for by in DIMENSIONS {
            let on_sqlite = sqlite.store.lesson_stats(campaigns[0].0.id, &filter, by).await.unwrap();
            let on_postgres = postgres.store.lesson_stats(campaigns[1].0.id, &filter, by).await.unwrap();
            assert_eq!(on_sqlite, on_postgres, "{by:?} with {filter:?}");
        }
        let on_sqlite = sqlite.store.question_stats(campaigns[0].0.id, &filter).await.unwrap();
        let on_postgres = postgres.store.question_stats(campaigns[1].0.id, &filter).await.unwrap();
        assert_eq!(on_sqlite, on_postgres, "questions with {filter:?}");
    }
    sqlite.finish().await;
    postgres.finish().await;
}

/// Several instances migrating one empty database at once: one does the
/// work, the others wait for it and find nothing to do.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_migrations() {
    let Some(pg) = pg::TestDatabase::create().await else { return };
    let database = Database::Postgres(pg.url.clone());
    let opening: Vec<_> = (0..6)
        .map(|_| {
            let database = database.clone();
            tokio::spawn(async move { Store::open(&database).await.map(drop) })
        })
        .collect();
    for task in opening {
        task.await.unwrap().expect("every instance opens");
    }
    let client = pg.connect().await;
    let versions: Vec<i32> =
        client.query("SELECT version FROM schema_migrations ORDER BY 1", &[]).await.unwrap().iter().map(|r| r.get(0)).collect();
    assert_eq!(versions, [1]);
    drop(client);
    pg.drop().await;
}

/// Two instances (two pools) taking overlapping batches at once, several
/// batches in flight each: every key counted exactly once, totals exact.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_instances() {
    let Some(h) = Harness::postgres().await else { return };
    let instances = [h.store.clone(), h.open_again().await];
    let c = open_campaign(&instances[0], "Busy").await;
    let (w0, w1) = (weeks_ago(0), weeks_ago(1));
    let bands = [AgeBand::Kids, AgeBand::Adults];
    let reports: Vec<Report> = (0..240u32)
        .map(|i| {
            let counts = |salt: u32| [i % 5 + salt, i % 3 + salt, i % 3, i % 7 + 1];
            report(
                &c.code,
                if i % 2 == 0 { w0 } else { w1 },
                bands[(i / 2 % 2) as usize],
                if i % 3 == 0 { None } else { Some(9) },
                &[("phishing", counts(0)), ("passwords", counts(1)), ("a-b", counts(2))],
                &[("passwords", "q1", [i % 4 + 1, i % 2]), ("phishing", "q2", [2, 1])],
            )
        })
        .collect();

    // Instance 0 takes reports 0..180 forwards, instance 1 takes 60..240
    // backwards, each in three concurrent streams of batches of 12, and each
    // stream sends some reports twice in one batch.
    let mut tasks = Vec::new();
    for (n, store) in instances.iter().enumerate() {
        let mut indices: Vec<usize> = if n == 0 { (0..180).collect() } else { (60..240).rev().collect() };
        indices.extend(indices.clone().iter().step_by(5).copied().collect::<Vec<_>>());
        let batches: Vec<Vec<usize>> = indices
            .chunks(12)
            .map(|chunk| {
                let mut batch = chunk.to_vec();
                batch.push(chunk[0]);
                batch
            })
            .collect();
        for stream in 0..3 {
            let store = store.clone();
            let reports = reports.clone();
            let mine: Vec<Vec<usize>> = batches.iter().skip(stream).step_by(3).cloned().collect();
            tasks.push(tokio::spawn(async move {
                let mut seen = Vec::new();
                for batch in mine {
                    let sent: Vec<Report> = batch.iter().map(|&i| reports[i].clone()).collect();
                    let outcomes = store.ingest(sent, today()).await.expect("a concurrent batch");
                    seen.extend(batch.into_iter().zip(outcomes));
                }
                seen
            }));
        }
    }
    let mut counted = vec![0usize; reports.len()];
    let mut answered = vec![0usize; reports.len()];
    for task in tasks {
        for (index, outcome) in task.await.unwrap() {
            answered[index] += 1;
            match outcome {
                Outcome::Counted => counted[index] += 1,
                Outcome::Duplicate => {}
                other => panic!("report {index}: {other:?}"),
            }
        }
    }
    assert!(answered.iter().all(|n| *n >= 1));
    assert!(answered[60..180].iter().all(|n| *n >= 2), "the overlap was sent by both instances");
    let wrong: Vec<(usize, usize)> = counted.iter().copied().enumerate().filter(|(_, n)| *n != 1).collect();
    assert_eq!(wrong, [], "(report, times counted) for reports not counted exactly once");

    let all: Vec<(i64, Report)> = reports.into_iter().map(|r| (c.id, r)).collect();
    for by in DIMENSIONS {
        let got = instances[1].lesson_stats(c.id, &Filter::default(), by).await.unwrap();
        assert_eq!(got, expected_lessons(&all, c.id, &Filter::default(), by), "{by:?}");
    }
    assert_eq!(
        instances[0].question_stats(c.id, &Filter::default()).await.unwrap(),
        expected_questions(&all, c.id, &Filter::default())
    );
    let client = h.pg.as_ref().unwrap().connect().await;
    let keys: i64 = client.query_one("SELECT count(*) FROM seen_keys", &[]).await.unwrap().get(0);
    assert_eq!(keys, 240);
    let cells: i64 = client.query_one("SELECT count(*) FROM cells", &[]).await.unwrap().get(0);
    assert_eq!(cells, 8, "2 weeks × 2 bands × 2 places, each cell once");
    drop(client);
    drop(instances);
    h.finish().await;
}
