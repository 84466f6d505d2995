//! The class view and its spreadsheets, over the real lessons and a real
//! SQLite file: the matrix, the hardest questions (first tries, with their
//! denominator) and the CSV bytes as Excel and LibreOffice read them.

use std::path::Path;

use ciberescudo_core::classroom::class;
use ciberescudo_core::classroom::csv_export::{class_csv, hardest_csv};
use ciberescudo_core::classroom::report::{hardest_questions, matrix, Standing};
use ciberescudo_core::content::{load_dir, Catalog, Lesson};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::Store;
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

fn right(lesson: &Lesson, q: usize) -> Vec<String> {
    lesson.questions[q].options.iter().filter(|o| o.right).map(|o| o.id.clone()).collect()
}

fn wrong(lesson: &Lesson, q: usize) -> Vec<String> {
    vec![lesson.questions[q].options.iter().find(|o| !o.right).unwrap().id.clone()]
}

/// Three learners in "=5° B" (a name a spreadsheet would take for a formula):
/// Ana gets question 0 wrong then right on a second attempt; Beto gets it
/// right; Carla only opens the lesson.
fn class_with_work(catalog: &Catalog) -> (TempDir, Store, i64, Lesson) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("progress.sqlite3")).unwrap();
    let c = class::create_class(&store, "=5° B", "2026-2027").unwrap();
    let names = ["Ana", "-Beto", "Carla"].map(String::from);
    let learners = class::add_roster(&store, c.id, &names, AgeBand::Kids, Locale::EsMx).unwrap();
    let lesson = catalog.lessons().iter().find(|l| l.band == AgeBand::Kids).unwrap().clone();
    let n = lesson.questions.len();
    let take = |profile: i64, first_wrong: bool| {
        let a = store.start_attempt(profile, &lesson.id, n).unwrap();
        for q in 0..n {
            let chosen = if q == 0 && first_wrong { wrong(&lesson, q) } else { right(&lesson, q) };
            store.record_answer(a.id, &lesson.questions[q].id, &chosen, !(q == 0 && first_wrong)).unwrap();
        }
        store.finish_attempt(profile, a.id, if first_wrong { n - 1 } else { n }).unwrap();
    };
    take(learners[0].id, true);
    take(learners[0].id, false);
    take(learners[1].id, false);
    store.save_place(learners[2].id, &lesson.id, &lesson.sections[0].id).unwrap();
    (dir, store, c.id, lesson)
}

#[test]
fn the_matrix_shows_who_did_what_with_the_best_score() {
    let catalog = catalog();
    let (_dir, store, class_id, lesson) = class_with_work(&catalog);
    let progress = store.class_progress(class_id).unwrap();
    let m = matrix(&catalog, &progress);
    assert_eq!(m.learners.iter().map(|p| p.nickname.as_str()).collect::<Vec<_>>(), ["Ana", "-Beto", "Carla"]);
    assert_eq!(m.lessons.len(), catalog.lessons().len());
    let col = m.lessons.iter().position(|l| l.id == lesson.id).unwrap();
    let n = lesson.questions.len() as u32;
    assert_eq!(m.cells[0][col].standing, Standing::Done { score: n, total: n }, "Ana's best of two");
    assert_eq!(m.cells[0][col].quiz_attempts, 2);
    assert_eq!(m.cells[1][col].standing, Standing::Done { score: n, total: n });
    assert_eq!(m.cells[2][col].standing, Standing::InProgress);
    assert_eq!(m.cells[2][col].quiz_attempts, 0);
    let other = (col + 1) % m.lessons.len();
    assert_eq!(m.cells[0][other].standing, Standing::NotStarted);
}

#[test]
fn hardest_questions_count_first_tries_of_learners_who_answered() {
    let catalog = catalog();
    let (_dir, store, class_id, lesson) = class_with_work(&catalog);
    let stats = hardest_questions(&catalog, &store.class_progress(class_id).unwrap());
    assert_eq!(stats.len(), lesson.questions.len());
    let hardest = &stats[0];
    assert_eq!(hardest.question_id, lesson.questions[0].id);
    // Two learners answered (Carla did not): Ana wrong at first, Beto right.
    assert_eq!((hardest.learners_answered, hardest.right_first_try), (2, 1));
    assert_eq!(hardest.most_chosen_wrong, Some((wrong(&lesson, 0)[0].clone(), 1)));
    assert!(stats[1..].iter().all(|s| s.right_first_try == 2 && s.learners_answered == 2));
}

#[test]
fn the_csv_opens_in_a_spanish_spreadsheet_exactly_as_written() {
    let catalog = catalog();
    let (_dir, store, class_id, lesson) = class_with_work(&catalog);
    let progress = store.class_progress(class_id).unwrap();
    let i18n = Localizer::embedded();
    let bytes = class_csv(&matrix(&catalog, &progress), &i18n, Locale::EsMx);

    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Estudiante,Edad,Clave de la lección,Lección,Tema,Estado,Mejor resultado,Preguntas,Mejor porcentaje,\
         Intentos del cuestionario,Actividades hechas,Última actividad"
    );
    assert_eq!(lines.len() - 2, 3 * catalog.lessons().len(), "a row per learner and lesson, then the final CRLF");
    let n = lesson.questions.len();
    let title = lesson.title.get(Locale::EsMx);
    let topic = i18n.format(Locale::EsMx, &format!("topic-{}", lesson.topic), &[]);
    let beto = lines.iter().find(|l| l.starts_with("'-Beto,") && l.contains(&lesson.id)).expect("Beto's row, defused");
    let date = beto.rsplit(',').next().unwrap();
    assert_eq!(*beto, format!("'-Beto,8-11,{},{title},{topic},Terminada,{n},{n},100,1,0,{date}", lesson.id));
    assert_eq!(date.len(), 10, "an ISO date: {date}");
    let carla = lines.iter().find(|l| l.starts_with("Carla,") && l.contains(&lesson.id)).unwrap();
    assert!(carla.contains(",En curso,,") && carla.ends_with(&format!(",{n},,0,0,{date}")), "{carla}");

    let hard = hardest_csv(&hardest_questions(&catalog, &progress), &i18n, Locale::EsMx);
    let hard = std::str::from_utf8(&hard[3..]).unwrap();
    let first = hard.split("\r\n").nth(1).unwrap();
    assert!(first.starts_with(&format!("{},", lesson.id)) && first.contains(",2,1,50,"), "{first}");
}
