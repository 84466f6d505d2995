//! The learner's side at start-up and the weekly report, with criterion:
//!
//!   cargo bench -p ciberescudo-core --bench app
//!
//! - loading and validating every lesson (what `content check` and the
//!   app's build script do);
//! - what the desktop shell does before the first screen can show: the
//!   catalog from the JSON that build.rs embeds, the Fluent strings of both
//!   languages, the service with its glossary index, then the first
//!   screen's one command, `startup` (open the progress file, list the
//!   profiles), on a new computer and on a teacher's, where the day's first
//!   start also backs the progress file up;
//! - building a week's campaign report for a lab computer whose 45
//!   learners did every lesson that week.
//!
//! scripts/bench.sh prints these in its table; the README quotes it.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use ciberescudo_core::api::AppService;
use ciberescudo_core::classroom::class;
use ciberescudo_core::content::{load_dir, Catalog};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::Store;
use ciberescudo_core::stats::build::{week_reports, Destination};
use ciberescudo_core::stats::{Calendar, PASS_PERCENT};
use ciberescudo_core::{clock, AgeBand, Locale};
use ciberescudo_report::{CampaignCode, IdempotencyKey};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};
use tempfile::TempDir;

mod support;
use support::{catalog, content_dir, do_quizzes, roster};

fn content(c: &mut Criterion) {
    let dir = content_dir();
    c.bench_function("load and validate every lesson", |b| b.iter(|| black_box(load_dir(&dir).unwrap())));
}

fn start_up(c: &mut Criterion) {
    let catalog = catalog();
    let json = catalog.to_json();
    c.bench_function("start-up: catalog from the embedded JSON", |b| b.iter(|| black_box(Catalog::from_json(&json).unwrap())));
    c.bench_function("start-up: Fluent strings of both languages", |b| b.iter(|| black_box(Localizer::embedded())));
    let dir = TempDir::new().unwrap();
    c.bench_function("start-up: the service and its glossary index", |b| {
        b.iter_batched(
            || (catalog.clone(), Localizer::embedded()),
            |(catalog, i18n)| black_box(AppService::new(catalog, i18n, dir.path().join("p.sqlite3"), Locale::EsMx)),
            BatchSize::SmallInput,
        )
    });
    // A new computer: the first screen's command opens (and creates) the
    // progress file, then lists its profiles.
    c.bench_function("first screen: open a new progress file and list profiles", |b| {
        b.iter_batched(
            || {
                let dir = TempDir::new().unwrap();
                let service =
                    AppService::new(catalog.clone(), Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
                (dir, service)
            },
            |(dir, service)| {
                let startup = black_box(service.startup());
                assert!(startup.store_error.is_none());
                (dir, service)
            },
            BatchSize::PerIteration,
        )
    });

    // A teacher's computer: a class of 45 has done every quiz ten times, and
    // the day's first start also backs the progress file up.
    let class_dir = TempDir::new().unwrap();
    {
        let store = Store::open(&class_dir.path().join("progress.sqlite3")).unwrap();
        let class = class::create_class(&store, "5° B", "2026-2027").unwrap();
        class::add_roster(&store, class.id, &roster(), AgeBand::Kids, Locale::EsMx).unwrap();
        do_quizzes(&store, &catalog, class.id, 10, catalog.lessons().len());
    }
    let first_of_day = snapshot(class_dir.path());
    {
        let service =
            AppService::new(catalog.clone(), Localizer::embedded(), class_dir.path().join("progress.sqlite3"), Locale::EsMx);
        assert!(service.startup().store_error.is_none());
    }
    let later_that_day = snapshot(class_dir.path());

    let mut group = c.benchmark_group("first screen");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (name, files) in [
        ("a teacher's computer, the day's first start (with its backup)", &first_of_day),
        ("a teacher's computer, a later start", &later_that_day),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    let dir = TempDir::new().unwrap();
                    restore(files, dir.path());
                    let path = dir.path().join("progress.sqlite3");
                    (dir, AppService::new(catalog.clone(), Localizer::embedded(), path, Locale::EsMx))
                },
                |(dir, service)| {
                    let startup = black_box(service.startup());
                    assert!(startup.store_error.is_none());
                    (dir, service)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// Every file under `dir` (the progress file, its -wal, the backups), by
/// relative path; not the lock or SQLite's shared-memory index.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                pending.push(path);
            } else if !name.ends_with(".lock") && !name.ends_with("-shm") {
                files.push((path.strip_prefix(dir).unwrap().to_owned(), std::fs::read(&path).unwrap()));
            }
        }
    }
    files
}

fn restore(files: &[(PathBuf, Vec<u8>)], dir: &Path) {
    for (relative, bytes) in files {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

fn weekly_report(c: &mut Criterion) {
    let catalog = catalog();
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    let class = class::create_class(&store, "5° B", "2026-2027").unwrap();
    class::add_roster(&store, class.id, &roster(), AgeBand::Kids, Locale::EsMx).unwrap();
    do_quizzes(&store, &catalog, class.id, 1, catalog.lessons().len());
    let calendar = Calendar::Local;
    let week = calendar.week_of(clock::now());
    let span = calendar.span(week);
    let destination = Destination { campaign: "K7MD-Q4TW".parse::<CampaignCode>().unwrap(), state: None };
    let key = || IdempotencyKey::from_random_bytes([7; 16]);

    let reports =
        week_reports(&store.week_activity(span.start, span.end, PASS_PERCENT).unwrap(), week, &destination, &catalog, key);
    assert_eq!(reports.len(), 1, "one band did something this week");
    c.bench_function("weekly report, 45 learners x every lesson", |b| {
        b.iter(|| {
            let activity = store.week_activity(span.start, span.end, PASS_PERCENT).unwrap();
            black_box(week_reports(&activity, week, &destination, &catalog, key))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = content, start_up, weekly_report
}
criterion_main!(benches);
