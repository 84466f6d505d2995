//! The write path alone: batches of realistic reports (10 lessons and 80
//! question counters each, spread over bands and states) added to a SQLite
//! store on disk, as the group-commit writer does. The HTTP side is measured
//! from outside by `scripts/bench-collector.sh`.

use ciberescudo_collector::store::{Database, NewCampaign, Store};
use ciberescudo_report::{AgeBand, CampaignCode, IdempotencyKey, IsoWeek, LessonCounts, QuestionCounts, Report, Slug, State};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use time::{Duration, OffsetDateTime};

#[rustfmt::skip]
const LESSONS: [&str; 32] = [
    "devices-8-11", "devices-12-14", "devices-15-17", "kindness-8-11", "kindness-12-14", "kindness-15-17",
    "misinformation-8-11", "misinformation-12-14", "misinformation-15-17", "passwords-8-11", "passwords-12-14",
    "passwords-15-17", "privacy-8-11", "privacy-12-14", "privacy-15-17", "rights-8-11", "rights-12-14",
    "rights-15-17", "scams-8-11", "scams-12-14", "scams-15-17", "strangers-8-11", "strangers-12-14",
    "strangers-15-17", "wellbeing-8-11", "wellbeing-12-14", "wellbeing-15-17", "family-accounts",
    "family-scams", "family-settings", "family-talk", "family-warning-signs",
];

/// Report number `n`, as `scripts/bench-collector/reports.lua` makes it.
fn report(code: &CampaignCode, week: IsoWeek, n: u64) -> Report {
    let mut lessons = Vec::new();
    let mut questions = Vec::new();
    for k in 0..10u64 {
        let lesson = Slug::new(LESSONS[((n * 7 + k * 3) % 32) as usize]).unwrap();
        let completed = 1 + ((n + k) % 5) as u32;
        lessons.push(LessonCounts {
            lesson: lesson.clone(),
            completed,
            quiz_attempts: completed + (n % 2) as u32,
            quiz_passed: completed,
            activities_done: ((n + 2 * k) % 4) as u32,
        });
        for q in 1..=8u64 {
            let answered = 1 + ((n + q) % 4) as u32;
            questions.push(QuestionCounts {
                lesson: lesson.clone(),
                question: Slug::new(format!("question-{q}")).unwrap(),
                answered,
                first_try_right: ((n + k + q) % u64::from(answered + 1)) as u32,
            });
        }
    }
    let mut key = [0u8; 16];
    key[8..].copy_from_slice(&n.to_be_bytes());
    key[0] = 0xbe;
    Report {
        format: 1,
        campaign: code.clone(),
        week,
        band: AgeBand::ALL[(n % 4) as usize],
        state: State::from_number((n % 33) as u8),
        key: IdempotencyKey::from_random_bytes(key),
        lessons,
        questions,
    }
}

fn ingest(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let today = OffsetDateTime::now_utc().date();
    let week = IsoWeek::containing(today - Duration::weeks(1));
    let (store, code) = runtime.block_on(async {
        let store = Store::open(&Database::Sqlite(dir.path().join("bench.sqlite3"))).await.unwrap();
        let campaign = store
            .create_campaign(NewCampaign {
                name: "Bench".into(),
                starts_on: today - Duration::days(60),
                ends_on: today + Duration::days(60),
            })
            .await
            .unwrap();
        (store, campaign.code)
    });
    let mut n = 0u64;
    let mut group = c.benchmark_group("collector");
    for size in [1u64, 32] {
        group.throughput(Throughput::Elements(size));
        group.bench_function(format!("ingest a batch of {size} reports (SQLite, committed)"), |b| {
            b.iter_batched(
                || {
                    let batch: Vec<Report> = (n..n + size).map(|i| report(&code, week, i)).collect();
                    n += size;
                    batch
                },
                |batch| runtime.block_on(store.ingest(batch, today)).unwrap(),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(8));
    targets = ingest
}
criterion_main!(benches);
