//! The app's use cases over the real lessons and real SQLite files: what the
//! desktop shell exposes, minus the window.

use std::fs;
use std::path::Path;

use ciberescudo_core::api::{AppError, AppService, LessonStatus, NewProfile};
use ciberescudo_core::content::{load_dir, Catalog, Lesson, QuestionKind, Topic};
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::scoring::passphrase::PassphraseTip;
use ciberescudo_core::{AgeBand, Locale};
use strum::IntoEnumIterator;
use tempfile::TempDir;

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

fn service(dir: &TempDir) -> AppService {
    let s = AppService::new(catalog(), Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(s.startup().store_error, None);
    s
}

fn profile(s: &AppService, nickname: &str, band: AgeBand, locale: Locale) -> i64 {
    s.create_profile(NewProfile { nickname: nickname.into(), avatar: "🐙".into(), band, locale }).unwrap().id
}

fn kids_lesson() -> Lesson {
    catalog().lessons().iter().find(|l| l.band == AgeBand::Kids).cloned().expect("an 8-11 lesson exists")
}

/// The right option ids, and one wrong choice, of a question.
fn right(lesson: &Lesson, q: usize) -> Vec<String> {
    lesson.questions[q].options.iter().filter(|o| o.right).map(|o| o.id.clone()).collect()
}
fn wrong(lesson: &Lesson, q: usize) -> Vec<String> {
    vec![lesson.questions[q].options.iter().find(|o| !o.right).unwrap().id.clone()]
}

#[test]
fn lessons_of_the_learners_band_come_first_with_their_status() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let teen = profile(&s, "Quetzal", AgeBand::Teens, Locale::EsMx);
    let cards = s.list_lessons(teen).unwrap();
    assert_eq!(cards.len(), catalog().lessons().len());
    assert_eq!(cards[0].band, AgeBand::Teens);
    let first_other = cards.iter().position(|c| c.band != AgeBand::Teens).unwrap();
    assert!(cards[first_other..].iter().all(|c| c.band != AgeBand::Teens), "own band is one block at the top");
    assert!(cards.iter().all(|c| c.status == LessonStatus::New));
}

#[test]
fn status_goes_from_new_to_in_progress_to_done() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = kids_lesson();
    let me = profile(&s, "Ajolote", AgeBand::Kids, Locale::EsMx);
    let status = |s: &AppService| s.list_lessons(me).unwrap().into_iter().find(|c| c.id == lesson.id).unwrap().status;

    assert_eq!(status(&s), LessonStatus::New);
    s.save_place(me, &lesson.id, &lesson.sections[1].id).unwrap();
    assert_eq!(status(&s), LessonStatus::InProgress);

    let quiz = s.start_quiz(me, &lesson.id).unwrap();
    for (i, q) in lesson.questions.iter().enumerate() {
        let chosen = if i == 0 { wrong(&lesson, i) } else { right(&lesson, i) };
        s.answer_question(me, quiz.attempt_id, &q.id, chosen).unwrap();
    }
    let result = s.finish_quiz(me, quiz.attempt_id).unwrap();
    let total = lesson.questions.len() as u32;
    assert_eq!((result.score, result.total), (total - 1, total));
    assert_eq!(status(&s), LessonStatus::Done { score: total - 1, total });
}

#[test]
fn the_quiz_gives_feedback_and_the_result_explains_mistakes() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = kids_lesson();
    let me = profile(&s, "Ajolote", AgeBand::Kids, Locale::EsMx);
    let quiz = s.start_quiz(me, &lesson.id).unwrap();
    assert_eq!(quiz.questions.len(), lesson.questions.len());
    assert!(quiz.answers.is_empty());

    let q0 = &lesson.questions[0];
    let chosen = wrong(&lesson, 0);
    let feedback = s.answer_question(me, quiz.attempt_id, &q0.id, chosen.clone()).unwrap();
    assert!(!feedback.correct);
    assert_eq!(feedback.options.len(), q0.options.len());
    let picked = feedback.options.iter().find(|o| o.was_chosen).unwrap();
    assert_eq!(picked.id, chosen[0]);
    assert!(!picked.is_right);
    assert_eq!(picked.explanation, q0.option(&chosen[0]).unwrap().explanation.es_mx);
    assert!(feedback.options.iter().any(|o| o.is_right));

    // Finishing early is refused; resuming shows the answer already given.
    assert_eq!(s.finish_quiz(me, quiz.attempt_id).unwrap_err().key(), "error-quiz-incomplete");
    let resumed = s.start_quiz(me, &lesson.id).unwrap();
    assert_eq!(resumed.attempt_id, quiz.attempt_id);
    assert_eq!(resumed.answers, vec![feedback.clone()]);

    for (i, q) in lesson.questions.iter().enumerate().skip(1) {
        assert!(s.answer_question(me, quiz.attempt_id, &q.id, right(&lesson, i)).unwrap().correct);
    }
    let result = s.finish_quiz(me, quiz.attempt_id).unwrap();
    let mistakes: Vec<_> = result.review.iter().filter(|r| !r.feedback.correct).collect();
    assert_eq!(mistakes.len(), 1);
    assert_eq!(mistakes[0].question_id, q0.id);
    assert_eq!(mistakes[0].prompt, q0.prompt.es_mx);

    // The result can be shown again, in another language, unchanged in substance.
    s.set_profile_locale(me, Locale::En).unwrap();
    let again = s.finish_quiz(me, quiz.attempt_id).unwrap();
    assert_eq!(again.score, result.score);
    assert_eq!(again.review[0].prompt, q0.prompt.en);

    // Answering after the end is refused; a new start is a new attempt.
    let late = s.answer_question(me, quiz.attempt_id, &q0.id, right(&lesson, 0)).unwrap_err();
    assert_eq!(late.key(), "error-quiz-finished");
    assert_ne!(s.start_quiz(me, &lesson.id).unwrap().attempt_id, quiz.attempt_id);
}

#[test]
fn an_attempt_shows_its_options_in_one_shuffled_order_throughout() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = catalog()
        .lessons()
        .iter()
        .find(|l| l.questions.iter().any(|q| q.kind != QuestionKind::TrueFalse && q.options.len() >= 3))
        .cloned()
        .unwrap();
    let me = profile(&s, "Ajolote", lesson.band, Locale::EsMx);
    let ids = |quiz: &ciberescudo_core::api::QuizView| -> Vec<Vec<String>> {
        quiz.questions.iter().map(|q| q.options.iter().map(|o| o.id.clone()).collect()).collect()
    };
    let quiz = s.start_quiz(me, &lesson.id).unwrap();
    let shown = ids(&quiz);
    // Resumed, and in the other language: the same order.
    assert_eq!(ids(&s.start_quiz(me, &lesson.id).unwrap()), shown);
    s.set_profile_locale(me, Locale::En).unwrap();
    assert_eq!(ids(&s.quiz_view(me, quiz.attempt_id).unwrap()), shown);
    // Feedback and the review list the options in that order too.
    for (i, q) in lesson.questions.iter().enumerate() {
        let feedback = s.answer_question(me, quiz.attempt_id, &q.id, right(&lesson, i)).unwrap();
        assert_eq!(feedback.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(), shown[i]);
    }
    let result = s.finish_quiz(me, quiz.attempt_id).unwrap();
    for (review, order) in result.review.iter().zip(&shown) {
        assert_eq!(&review.feedback.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>(), order);
    }
    // Later attempts get orders of their own: over a few, some question's order changes.
    let changed = (0..6).any(|_| {
        let next = s.start_quiz(me, &lesson.id).unwrap();
        let order = ids(&next);
        for (i, q) in lesson.questions.iter().enumerate() {
            s.answer_question(me, next.attempt_id, &q.id, right(&lesson, i)).unwrap();
        }
        s.finish_quiz(me, next.attempt_id).unwrap();
        order != shown
    });
    assert!(changed, "a new attempt shuffles anew");
}

#[test]
fn invalid_answers_are_refused_without_being_recorded() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = kids_lesson();
    let me = profile(&s, "Ajolote", AgeBand::Kids, Locale::EsMx);
    let quiz = s.start_quiz(me, &lesson.id).unwrap();
    let single = lesson.questions.iter().find(|q| q.kind != QuestionKind::Multiple).unwrap();
    let two: Vec<String> = single.options.iter().take(2).map(|o| o.id.clone()).collect();

    for chosen in [vec![], vec!["no-such-option".to_string()], two] {
        let err = s.answer_question(me, quiz.attempt_id, &single.id, chosen).unwrap_err();
        assert_eq!(err.key(), "error-invalid-answer");
    }
    let err = s.answer_question(me, quiz.attempt_id, "no-such-question", vec!["a".into()]).unwrap_err();
    assert_eq!(err.key(), "error-question-not-found");
    assert!(s.quiz_view(me, quiz.attempt_id).unwrap().answers.is_empty());
}

#[test]
fn profiles_see_only_their_own_progress() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = kids_lesson();
    let ana = profile(&s, "Ana", AgeBand::Kids, Locale::EsMx);
    let beto = profile(&s, "Beto", AgeBand::Kids, Locale::EsMx);

    s.save_place(ana, &lesson.id, &lesson.sections[2].id).unwrap();
    let quiz = s.start_quiz(ana, &lesson.id).unwrap();
    s.answer_question(ana, quiz.attempt_id, &lesson.questions[0].id, right(&lesson, 0)).unwrap();

    assert_eq!(s.open_lesson(beto, &lesson.id).unwrap().place, None);
    assert!(s.list_lessons(beto).unwrap().iter().all(|c| c.status == LessonStatus::New));
    assert_eq!(s.quiz_view(beto, quiz.attempt_id).unwrap_err().key(), "error-quiz-not-found");
    let err = s.answer_question(beto, quiz.attempt_id, &lesson.questions[1].id, right(&lesson, 1)).unwrap_err();
    assert_eq!(err.key(), "error-quiz-not-found");
    assert_ne!(s.start_quiz(beto, &lesson.id).unwrap().attempt_id, quiz.attempt_id);
    assert_eq!(s.open_lesson(ana, &lesson.id).unwrap().place.as_deref(), Some(lesson.sections[2].id.as_str()));
}

#[test]
fn switching_language_keeps_the_place_and_translates_everything() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let lesson = kids_lesson();
    let me = profile(&s, "Ajolote", AgeBand::Kids, Locale::EsMx);
    s.save_place(me, &lesson.id, &lesson.sections[2].id).unwrap();

    let es = s.open_lesson(me, &lesson.id).unwrap();
    s.set_profile_locale(me, Locale::En).unwrap();
    let en = s.open_lesson(me, &lesson.id).unwrap();
    assert_eq!(es.place, en.place);
    assert_eq!(es.title, lesson.title.es_mx);
    assert_eq!(en.title, lesson.title.en);
    assert_ne!(es.sections[0].blocks, en.sections[0].blocks);

    // True/false labels come from the locales.
    if let Some(tf) = lesson.questions.iter().position(|q| q.kind == QuestionKind::TrueFalse) {
        let quiz = s.start_quiz(me, &lesson.id).unwrap();
        let labels: Vec<_> = quiz.questions[tf].options.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(labels, vec!["True", "False"]);
        s.set_profile_locale(me, Locale::EsMx).unwrap();
        let quiz = s.quiz_view(me, quiz.attempt_id).unwrap();
        let labels: Vec<_> = quiz.questions[tf].options.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(labels, vec!["Verdadero", "Falso"]);
    }
}

#[test]
fn unknown_ids_are_clear_errors() {
    let dir = TempDir::new().unwrap();
    let s = service(&dir);
    let me = profile(&s, "Ajolote", AgeBand::Kids, Locale::EsMx);
    assert_eq!(s.open_lesson(me, "nope").unwrap_err().key(), "error-lesson-not-found");
    assert_eq!(s.list_lessons(999).unwrap_err().key(), "error-profile-not-found");
    let lesson = kids_lesson();
    assert_eq!(s.save_place(me, &lesson.id, "nope").unwrap_err().key(), "error-section-not-found");
}

#[test]
fn profiles_reach_the_screen_without_their_global_id() {
    let dir = TempDir::new().unwrap();
    let s = AppService::new(catalog(), Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(s.startup().store_error, None);
    let new = NewProfile { nickname: "Ana".into(), avatar: "🦊".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    let json = serde_json::to_value(s.create_profile(new).unwrap()).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["avatar", "band", "id", "locale", "nickname"]);
}

#[test]
fn a_second_window_on_the_same_progress_file_is_told_so_and_nothing_is_lost() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let first = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    assert_eq!(first.startup().store_error, None);
    let me = first
        .create_profile(NewProfile { nickname: "Ana".into(), avatar: "🦊".into(), band: AgeBand::Kids, locale: Locale::EsMx })
        .unwrap()
        .id;

    let second = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    assert_eq!(second.startup().store_error, Some(AppError::DatabaseInUse {}));
    assert_eq!(second.list_profiles().unwrap_err(), AppError::DatabaseNotOpen {});

    // The first window goes on recording; once it closes, "Try again" in the second works.
    let lesson = kids_lesson();
    let quiz = first.start_quiz(me, &lesson.id).unwrap();
    let right: Vec<String> = lesson.questions[0].options.iter().filter(|o| o.right).map(|o| o.id.clone()).collect();
    first.answer_question(me, quiz.attempt_id, &lesson.questions[0].id, right).unwrap();
    drop(first);
    assert_eq!(second.startup().store_error, None);
    assert_eq!(second.quiz_view(me, quiz.attempt_id).unwrap().answers.len(), 1);
}

#[test]
fn a_corrupt_database_is_reported_and_kept_until_it_is_fixed() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("progress.sqlite3");
    fs::write(&path, b"garbage garbage garbage garbage").unwrap();
    let s = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::En);

    let startup = s.startup();
    let error = startup.store_error.expect("the damaged file is refused");
    assert_eq!(error, AppError::DatabaseCorrupt { path: path.display().to_string() });
    assert_eq!(startup.system_locale, Locale::En);
    assert_eq!(s.list_profiles().unwrap_err().key(), "error-database-not-open");
    assert_eq!(fs::read(&path).unwrap(), b"garbage garbage garbage garbage");

    // An adult moves the file away; "Try again" works.
    fs::rename(&path, dir.path().join("damaged.sqlite3")).unwrap();
    assert_eq!(s.startup().store_error, None);
    assert!(s.list_profiles().unwrap().is_empty());
}

/// The first screen draws from `startup` alone: the profiles come with it, in
/// the order `list_profiles` gives them, and none when the file is refused.
#[test]
fn startup_brings_the_first_screens_profiles() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let s = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    assert_eq!(s.startup().profiles, []);
    profile(&s, "Quetzal", AgeBand::Teens, Locale::EsMx);
    profile(&s, "Ajolote", AgeBand::Kids, Locale::En);
    drop(s);

    let s = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    let startup = s.startup();
    assert_eq!(startup.store_error, None);
    assert_eq!(startup.profiles, s.list_profiles().unwrap());
    let nicknames: Vec<&str> = startup.profiles.iter().map(|p| p.nickname.as_str()).collect();
    assert_eq!(nicknames.len(), 2);
    assert!(nicknames.contains(&"Quetzal") && nicknames.contains(&"Ajolote"));

    let second = AppService::new(catalog(), Localizer::embedded(), path, Locale::EsMx);
    let refused = second.startup();
    assert_eq!(refused.store_error, Some(AppError::DatabaseInUse {}));
    assert_eq!(refused.profiles, []);
}

/// The shell opens the file on a thread of its own while WebKit starts; the
/// first screen's `startup` then finds it open, or, if opening failed, tries
/// again and says why, as it would have without the early start.
#[test]
fn opening_early_leaves_startup_the_same_answer() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("progress.sqlite3");
    let s = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    std::thread::scope(|scope| {
        scope.spawn(|| s.open_early());
    });
    assert!(path.exists(), "opened (and made) before the first screen asked");
    assert!(dir.path().join("backups").read_dir().unwrap().next().is_some(), "with the day's backup");
    assert_eq!(s.startup().store_error, None);
    assert!(s.list_profiles().unwrap().is_empty());

    let damaged = TempDir::new().unwrap();
    let path = damaged.path().join("progress.sqlite3");
    fs::write(&path, b"garbage garbage garbage garbage").unwrap();
    let s = AppService::new(catalog(), Localizer::embedded(), path.clone(), Locale::EsMx);
    s.open_early();
    assert_eq!(s.startup().store_error, Some(AppError::DatabaseCorrupt { path: path.display().to_string() }));
    assert_eq!(fs::read(&path).unwrap(), b"garbage garbage garbage garbage");
}

#[test]
fn every_error_has_a_message_in_both_languages_that_uses_its_arguments() {
    let i18n = Localizer::embedded();
    let mut keys = std::collections::BTreeSet::new();
    for error in AppError::iter() {
        let key = error.key();
        assert!(keys.insert(key.clone()), "{key} names two variants");
        let named = error.args();
        let args: Vec<(&str, Arg)> = named.iter().map(|(n, v)| (n.as_str(), Arg::Text(v.clone()))).collect();
        for locale in Locale::ALL {
            assert!(i18n.has(locale, &key), "{key} is missing in {locale}");
            let text = i18n.format(locale, &key, &args);
            // Fluent writes `{$name}` for an argument the message expects but did not get.
            assert!(!text.contains("{$"), "{key} in {locale} expects an argument it does not get: {text}");
            assert!(!text.trim().is_empty());
        }
    }
    assert!(keys.len() >= 19, "{keys:?}");
}

#[test]
fn every_passphrase_tip_topic_and_band_has_a_message_in_both_languages() {
    let i18n = Localizer::embedded();
    let mut ids: Vec<String> = PassphraseTip::iter().map(PassphraseTip::message_id).collect();
    ids.extend(Topic::LEARNER.iter().chain(&Topic::ADULT).map(|t| format!("topic-{t}")));
    ids.extend(AgeBand::ALL.iter().map(|b| format!("band-{b}")));
    for id in ids {
        for locale in Locale::ALL {
            assert!(i18n.has(locale, &id), "{id} is missing in {locale}");
        }
    }
}
