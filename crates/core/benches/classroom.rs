//! Teacher mode at the size of a real class (issue: "45 learners × 32
//! lessons with 10 attempts each"; "20 progress files of 45 learners").
//! The class does every lesson there is (38 since the second edition).
//!
//!   cargo bench -p ciberescudo-core --bench classroom
//!
//! Figures are quoted in the README (scripts/bench.sh prints them in its table).

use std::hint::black_box;

use ciberescudo_core::classroom::class;
use ciberescudo_core::classroom::csv_export::{class_csv, hardest_csv};
use ciberescudo_core::classroom::report::{hardest_questions, matrix};
use ciberescudo_core::content::Catalog;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::Store;
use ciberescudo_core::{AgeBand, Locale};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use tempfile::TempDir;

mod support;
use support::{catalog, do_quizzes, roster};

const ATTEMPTS_PER_LESSON: usize = 10;
const LAB_COMPUTERS: usize = 20;

fn class_view_and_csv(c: &mut Criterion) {
    let catalog = catalog();
    let i18n = Localizer::embedded();
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    let class = class::create_class(&store, "5° B", "2026-2027").unwrap();
    class::add_roster(&store, class.id, &roster(), AgeBand::Kids, Locale::EsMx).unwrap();
    do_quizzes(&store, &catalog, class.id, ATTEMPTS_PER_LESSON, catalog.lessons().len());

    c.bench_function("  of which: reading the class's progress", |b| {
        b.iter(|| black_box(store.class_progress(class.id).unwrap()))
    });
    let progress = store.class_progress(class.id).unwrap();
    c.bench_function("  of which: matrix", |b| b.iter(|| black_box(matrix(&catalog, &progress))));
    c.bench_function("  of which: hardest questions", |b| b.iter(|| black_box(hardest_questions(&catalog, &progress))));
    c.bench_function("class view and both CSVs, 45 learners x every lesson x 10 attempts", |b| {
        b.iter(|| black_box(class_view(&store, class.id, &catalog, &i18n)))
    });

    // The size the target was set for, when the curriculum had 32 lessons.
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    let class = class::create_class(&store, "5° B", "2026-2027").unwrap();
    class::add_roster(&store, class.id, &roster(), AgeBand::Kids, Locale::EsMx).unwrap();
    do_quizzes(&store, &catalog, class.id, ATTEMPTS_PER_LESSON, 32);
    c.bench_function("class view and both CSVs, 45 learners x 32 lessons x 10 attempts", |b| {
        b.iter(|| black_box(class_view(&store, class.id, &catalog, &i18n)))
    });
}

/// What the class screen and its two spreadsheets cost: read the class's
/// progress, build the matrix and the hardest questions, write both CSVs.
fn class_view(store: &Store, class_id: i64, catalog: &Catalog, i18n: &Localizer) -> (Vec<u8>, Vec<u8>) {
    let progress = store.class_progress(class_id).unwrap();
    let m = matrix(catalog, &progress);
    let hardest = hardest_questions(catalog, &progress);
    (class_csv(&m, i18n, Locale::EsMx), hardest_csv(&hardest, i18n, Locale::EsMx))
}

fn merge_progress_files(c: &mut Criterion) {
    let catalog = catalog();
    let teacher_dir = TempDir::new().unwrap();
    let teacher_db = teacher_dir.path().join("progress.sqlite3");
    let (class_file, files) = {
        let teacher = Store::open(&teacher_db).unwrap();
        let class = class::create_class(&teacher, "5° B", "2026-2027").unwrap();
        class::add_roster(&teacher, class.id, &roster(), AgeBand::Kids, Locale::EsMx).unwrap();
        let (_, class_file) = class::class_file(&teacher, class.id).unwrap();
        // Each lab computer: every learner does two lessons' quizzes there.
        let files: Vec<Vec<u8>> = (0..LAB_COMPUTERS)
            .map(|_| {
                let dir = TempDir::new().unwrap();
                let lab = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
                let imported = class::import_class_file(&lab, &class_file, Locale::EsMx).unwrap();
                do_quizzes(&lab, &catalog, imported.class.id, 1, 2);
                class::progress_file(&lab, imported.class.id, 1_790_000_000).unwrap().1
            })
            .collect();
        (class_file, files)
    };
    drop(class_file);
    let pristine = std::fs::read(&teacher_db).unwrap();

    c.bench_function("merge 20 progress files of 45 learners", |b| {
        b.iter_batched(
            || {
                // A fresh copy of the teacher's file for every run.
                let dir = TempDir::new().unwrap();
                std::fs::write(dir.path().join("progress.sqlite3"), &pristine).unwrap();
                let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
                (dir, store)
            },
            |(dir, store)| {
                for file in &files {
                    black_box(class::import_progress_file(&store, file, Locale::EsMx).unwrap());
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = class_view_and_csv, merge_progress_files
}
criterion_main!(benches);
