//! What the benchmarks share: the real lessons and a class that has done
//! its quizzes. (A folder with no `main.rs`, so Cargo does not take it for
//! a benchmark of its own.)

#![allow(dead_code)] // each benchmark uses its own part

use std::path::{Path, PathBuf};

use ciberescudo_core::content::{load_dir, Catalog};
use ciberescudo_core::progress::Store;

pub const LEARNERS: usize = 45;

/// The lessons folder at the repository root.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

pub fn catalog() -> Catalog {
    load_dir(&content_dir()).expect("the real content is valid")
}

pub fn roster() -> Vec<String> {
    (1..=LEARNERS).map(|i| format!("Estudiante {i}")).collect()
}

/// Every learner of the class takes the first `lessons` quizzes `attempts`
/// times, answering every question (right on odd questions of even
/// attempts, say).
pub fn do_quizzes(store: &Store, catalog: &Catalog, class_id: i64, attempts: usize, lessons: usize) {
    let learners = store.members(class_id).unwrap();
    store
        .write(|tx| {
            for learner in &learners {
                for lesson in catalog.lessons().iter().take(lessons) {
                    for n in 0..attempts {
                        let a = tx.start_attempt(learner.id, &lesson.id, lesson.questions.len())?;
                        for (q, question) in lesson.questions.iter().enumerate() {
                            let right = (q + n) % 2 == 0;
                            let option = question.options.iter().find(|o| o.right == right).unwrap_or(&question.options[0]);
                            tx.record_answer(a.id, &question.id, std::slice::from_ref(&option.id), right)?;
                        }
                        tx.finish_attempt(learner.id, a.id, lesson.questions.len() / 2)?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}
