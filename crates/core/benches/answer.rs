//! Recording one answer, as the `answer_question` command does it (check
//! the choice, write it in its own transaction, build the feedback), timed
//! one by one so the tail shows: criterion reports a mean and a median, a
//! learner notices the slow ones.
//!
//!   cargo bench -p ciberescudo-core --bench answer
//!
//! Prints one line, `BENCH answer n=… p50_us=… p99_us=… max_us=…`, which
//! scripts/bench.sh puts in its table. The percentiles are exact (every
//! duration is kept and sorted), so no histogram crate is needed.
//! The progress file lives in a temporary folder on the same disk as the
//! system's temp dir, like the app's own, so checkpoints pay real writes.

use std::time::{Duration, Instant};

use ciberescudo_core::api::{AppService, NewProfile};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

mod support;
use support::catalog;

/// Answers timed, after `WARM_UP` untimed ones.
const ANSWERS: usize = 5_000;
const WARM_UP: usize = 300;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing and expects a quick run.
    let quick = !std::env::args().any(|a| a == "--bench");
    let (answers, warm_up) = if quick { (50, 0) } else { (ANSWERS, WARM_UP) };

    let catalog = catalog();
    let lessons: Vec<_> = catalog.lessons().to_vec();
    let dir = TempDir::new().unwrap();
    let service = AppService::new(catalog, Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
    assert!(service.startup().store_error.is_none());
    let profile = service
        .create_profile(NewProfile { nickname: "Ana".into(), avatar: "🦊".into(), band: AgeBand::Kids, locale: Locale::EsMx })
        .unwrap();

    let total = answers + warm_up;
    let mut timings: Vec<Duration> = Vec::with_capacity(total);
    // Quiz after quiz, lesson after lesson, as a class would.
    'quizzes: for lesson in lessons.iter().cycle() {
        let quiz = service.start_quiz(profile.id, &lesson.id).unwrap();
        for question in &lesson.questions {
            let chosen = vec![question.options[0].id.clone()];
            let started = Instant::now();
            std::hint::black_box(service.answer_question(profile.id, quiz.attempt_id, &question.id, chosen).unwrap());
            timings.push(started.elapsed());
            if timings.len() == total {
                break 'quizzes;
            }
        }
        service.finish_quiz(profile.id, quiz.attempt_id).unwrap();
    }
    let mut timings = timings.split_off(warm_up);
    timings.sort_unstable();
    let n = timings.len();
    let at = |p: f64| timings[((n as f64 * p).ceil() as usize).clamp(1, n) - 1].as_secs_f64() * 1e6;
    println!("BENCH answer n={n} p50_us={:.0} p99_us={:.0} max_us={:.0}", at(0.50), at(0.99), at(1.0));
}
