//! Activities, attempt history and the reference screens, over the real
//! lessons and real SQLite files.

use std::cmp::Ordering;
use std::path::Path;

use ciberescudo_core::api::NewProfile;
use ciberescudo_core::api::{ActivityView, AppService, Placement};
use ciberescudo_core::content::{load_dir, Activity, ActivityKind, Catalog, Lesson, Outcome};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

fn catalog() -> Catalog {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")).expect("the real content is valid")
}

struct App {
    dir: TempDir,
    service: AppService,
    catalog: Catalog,
    me: i64,
}

fn app() -> App {
    let dir = TempDir::new().unwrap();
    let catalog = catalog();
    let service = AppService::new(catalog.clone(), Localizer::embedded(), dir.path().join("progress.sqlite3"), Locale::EsMx);
    assert_eq!(service.startup().store_error, None);
    let me = service
        .create_profile(NewProfile {
            nickname: "Ajolote".into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx
        })
        .unwrap()
        .id;
    App { dir, service, catalog, me }
}

impl App {
    /// The first lesson with an activity of this kind.
    fn find(&self, kind: fn(&ActivityKind) -> bool) -> (&Lesson, &Activity) {
        self.catalog
            .lessons()
            .iter()
            .find_map(|l| l.activities.iter().find(|a| kind(&a.kind)).map(|a| (l, a)))
            .expect("the curriculum has an activity of every kind")
    }

    /// What the database holds, read beside the open app the way an
    /// adult's SQLite browser would: read-only, not through the app.
    fn recorded(&self) -> Vec<(String, i64, i64)> {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
        let conn = rusqlite::Connection::open_with_flags(self.dir.path().join("progress.sqlite3"), flags).unwrap();
        let mut stmt =
            conn.prepare("SELECT activity_id, score, total FROM activity_results WHERE profile_id = ?1 ORDER BY id").unwrap();
        stmt.query_map([self.me], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
    }
}

#[test]
fn the_curriculum_uses_every_kind_of_activity_and_every_learner_lesson_has_one() {
    let catalog = catalog();
    for lesson in catalog.lessons().iter().filter(|l| l.band != AgeBand::Adults) {
        assert!(!lesson.activities.is_empty(), "{} has no activity", lesson.id);
    }
    for lesson in catalog.lessons().iter().filter(|l| l.band == AgeBand::Adults) {
        assert!(lesson.guide.is_some(), "{} has no home guide", lesson.id);
    }
    let kinds: Vec<&ActivityKind> = catalog.lessons().iter().flat_map(|l| &l.activities).map(|a| &a.kind).collect();
    assert!(kinds.iter().any(|k| matches!(k, ActivityKind::SpotTheScam { .. })));
    assert!(kinds.iter().any(|k| matches!(k, ActivityKind::WhatWouldYouDo { .. })));
    assert!(kinds.iter().any(|k| matches!(k, ActivityKind::SortIt { .. })));
    assert!(kinds.iter().any(|k| matches!(k, ActivityKind::PassphraseLab)));
}

#[test]
fn lesson_views_carry_activities_in_the_learners_language() {
    let a = app();
    let (lesson, activity) = a.find(|k| matches!(k, ActivityKind::SpotTheScam { .. }));
    let view = a.service.open_lesson(a.me, &lesson.id).unwrap();
    let spot = view
        .activities
        .iter()
        .find_map(|v| match v {
            ActivityView::SpotTheScam(s) if s.id == activity.id => Some(s),
            _ => None,
        })
        .expect("the activity is in the view");
    assert_eq!(spot.title, activity.title.es_mx);
    assert_eq!(spot.after, activity.after);
    // The view never reveals which parts are suspicious.
    let json = serde_json::to_string(&view.activities).unwrap();
    assert!(!json.contains("suspicious"), "{json}");
}

#[test]
fn spot_the_scam_scores_caught_missed_and_false_alarms_and_records_it() {
    let a = app();
    let (lesson, activity) = a.find(|k| matches!(k, ActivityKind::SpotTheScam { .. }));
    let ActivityKind::SpotTheScam { parts, .. } = &activity.kind else { unreachable!() };
    let suspicious: Vec<String> = parts.iter().filter(|p| p.suspicious).map(|p| p.id.clone()).collect();
    let innocent = parts.iter().find(|p| !p.suspicious).unwrap().id.clone();

    // One suspicious part missed, one innocent part marked.
    let mut marked = suspicious[1..].to_vec();
    marked.push(innocent.clone());
    let result = a.service.check_spot(a.me, &lesson.id, &activity.id, marked).unwrap();
    let n = suspicious.len() as u32;
    assert_eq!((result.score.caught, result.score.missed, result.score.false_alarms, result.score.suspicious), (n - 1, 1, 1, n));
    let missed = result.parts.iter().find(|p| p.id == suspicious[0]).unwrap();
    assert!(missed.suspicious && !missed.marked);
    assert!(!missed.explanation.is_empty());
    assert!(result.parts.iter().find(|p| p.id == innocent).unwrap().marked);

    let perfect = a.service.check_spot(a.me, &lesson.id, &activity.id, suspicious.clone()).unwrap();
    // Asking again for the same result in another language records nothing more.
    a.service.review_spot(a.me, &lesson.id, &activity.id, suspicious.clone()).unwrap();
    assert_eq!((perfect.score.caught, perfect.score.missed, perfect.score.false_alarms), (n, 0, 0));
    assert_eq!(a.recorded(), vec![(activity.id.clone(), (n - 2) as i64, n as i64), (activity.id.clone(), n as i64, n as i64)]);

    let bad = a.service.check_spot(a.me, &lesson.id, &activity.id, vec!["no-such-part".into()]).unwrap_err();
    assert_eq!(bad.key(), "error-invalid-answer");
    let wrong_kind = a.service.check_sort(a.me, &lesson.id, &activity.id, vec![]).unwrap_err();
    assert_eq!(wrong_kind.key(), "error-activity-not-found");
}

#[test]
fn sort_it_needs_every_item_once_and_counts_the_right_groups() {
    let a = app();
    let (lesson, activity) = a.find(|k| matches!(k, ActivityKind::SortIt { .. }));
    let ActivityKind::SortIt { groups, items } = &activity.kind else { unreachable!() };
    let right: Vec<Placement> = items.iter().map(|i| Placement { item: i.id.clone(), group: i.group.clone() }).collect();

    let mut one_wrong = right.clone();
    one_wrong[0].group = groups.iter().find(|g| g.id != items[0].group).unwrap().id.clone();
    let result = a.service.check_sort(a.me, &lesson.id, &activity.id, one_wrong.clone()).unwrap();
    assert_eq!((result.right, result.total), (items.len() as u32 - 1, items.len() as u32));
    let first = &result.items[0];
    assert_eq!(first.right_group, items[0].group);
    assert_eq!(first.placed_group.as_deref(), Some(one_wrong[0].group.as_str()));

    assert_eq!(
        a.service.check_sort(a.me, &lesson.id, &activity.id, right[1..].to_vec()).unwrap_err().key(),
        "error-invalid-answer"
    );
    let mut unknown_group = right.clone();
    unknown_group[0].group = "nowhere".into();
    assert_eq!(a.service.check_sort(a.me, &lesson.id, &activity.id, unknown_group).unwrap_err().key(), "error-invalid-answer");
    assert_eq!(a.recorded().len(), 1);
}

#[test]
fn a_story_is_followed_from_the_start_to_an_ending() {
    let a = app();
    let (lesson, activity) = a.find(|k| matches!(k, ActivityKind::WhatWouldYouDo { .. }));
    let ActivityKind::WhatWouldYouDo { steps } = &activity.kind else { unreachable!() };

    // Walk the first choice at every step until an ending.
    let mut path = Vec::new();
    let mut step = &steps[0];
    while step.ending.is_none() {
        let choice = &step.choices[0];
        path.push(choice.id.clone());
        step = steps.iter().find(|s| s.id == choice.to).unwrap();
    }
    let result = a.service.finish_story(a.me, &lesson.id, &activity.id, path.clone()).unwrap();
    assert_eq!(Some(result.outcome), step.ending);
    let points = match result.outcome {
        Outcome::Good => 2,
        Outcome::Okay => 1,
        Outcome::Risky => 0,
    };
    assert_eq!(a.recorded(), vec![(activity.id.clone(), points, 2)]);

    // A path that stops before an ending, or takes a choice from another step, is refused.
    let invalid = a.service.finish_story(a.me, &lesson.id, &activity.id, path[..path.len() - 1].to_vec()).unwrap_err();
    assert_eq!(invalid.key(), "error-invalid-answer");
    let invalid = a.service.finish_story(a.me, &lesson.id, &activity.id, vec!["made-up".into()]).unwrap_err();
    assert_eq!(invalid.key(), "error-invalid-answer");
}

#[test]
fn the_passphrase_lab_records_the_score_and_never_the_text() {
    let a = app();
    let (lesson, activity) = a.find(|k| matches!(k, ActivityKind::PassphraseLab));
    let secret = "jirafa taco nube trompeta";
    let log_path = a.dir.path().join("logs/core.log");
    std::fs::create_dir_all(log_path.parent().unwrap()).unwrap();
    let log_file = std::fs::File::create(&log_path).unwrap();
    // Everything core logs, at every level, goes to a file beside the database.
    let subscriber =
        tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_ansi(false).with_writer(log_file).finish();
    tracing::subscriber::with_default(subscriber, || {
        assert!(AppService::estimate_passphrase("123456").score <= 1);
        assert!(AppService::estimate_passphrase(secret).score >= 3);
        let strength = a.service.finish_passphrase_lab(a.me, &lesson.id, &activity.id, secret).unwrap();
        assert!(strength.score >= 3);
        assert_eq!(a.recorded(), vec![(activity.id.clone(), strength.score as i64, 4)]);
        // Something is logged, so the scan below reads a real log.
        let quiz = a.service.start_quiz(a.me, &lesson.id).unwrap();
        assert!(a.service.finish_quiz(a.me, quiz.attempt_id).is_err());
        tracing::info!("end of test");
    });

    // Once the app has finished writing (the store closed, the log flushed),
    // the text is in no file: not the database, its WAL, nor the log.
    let App { dir, service, .. } = a;
    drop(service);
    let files = files_under(dir.path());
    let names: Vec<String> = files.iter().map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(names.contains(&"progress.sqlite3".to_string()) && names.contains(&"core.log".to_string()), "{names:?}");
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("end of test"), "the log was written: {log}");
    for (path, bytes) in files {
        assert!(!bytes.is_empty() || path != log_path);
        assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the passphrase was written to {}", path.display());
    }
}

/// Every file under `dir`, recursively, with its bytes.
fn files_under(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    files
}

#[test]
fn past_attempts_are_listed_newest_first_and_can_be_reviewed() {
    let a = app();
    let lesson = a.catalog.lessons().iter().find(|l| l.band == AgeBand::Kids).unwrap();
    let right =
        |q: usize| -> Vec<String> { lesson.questions[q].options.iter().filter(|o| o.right).map(|o| o.id.clone()).collect() };
    let mut ids = Vec::new();
    for _ in 0..2 {
        let quiz = a.service.start_quiz(a.me, &lesson.id).unwrap();
        for (i, q) in lesson.questions.iter().enumerate() {
            a.service.answer_question(a.me, quiz.attempt_id, &q.id, right(i)).unwrap();
        }
        a.service.finish_quiz(a.me, quiz.attempt_id).unwrap();
        ids.push(quiz.attempt_id);
    }
    let open = a.service.start_quiz(a.me, &lesson.id).unwrap();

    let attempts = a.service.list_attempts(a.me, &lesson.id).unwrap();
    assert_eq!(attempts.iter().map(|x| x.attempt_id).collect::<Vec<_>>(), vec![open.attempt_id, ids[1], ids[0]]);
    assert!(!attempts[0].finished && attempts[1].finished);
    assert_eq!(attempts[1].score, Some(lesson.questions.len() as u32));

    let review = a.service.quiz_result(a.me, ids[0]).unwrap();
    assert_eq!(review.review.len(), lesson.questions.len());
    assert_eq!(a.service.quiz_result(a.me, open.attempt_id).unwrap_err().key(), "error-quiz-incomplete");
}

#[test]
fn the_glossary_is_sorted_in_each_language_and_links_lesson_text() {
    let a = app();
    assert!(!a.catalog.glossary().is_empty(), "the glossary ships with the app");
    for locale in Locale::ALL {
        let terms: Vec<String> = a
            .service
            .glossary(locale)
            .into_iter()
            .map(|t| {
                assert!(!t.term.is_empty() && !t.definition.is_empty(), "{t:?}");
                t.term
            })
            .collect();
        assert_eq!(terms.len(), a.catalog.glossary().len());

        // Each term sorts at or before the next, by a collator built here
        // rather than the app's own: base letters first, then accents, then case.
        let collator = icu_collator::Collator::try_new(
            match locale {
                Locale::EsMx => icu_locale_core::locale!("es"),
                Locale::En => icu_locale_core::locale!("en"),
            }
            .into(),
            Default::default(),
        )
        .unwrap();
        for pair in terms.windows(2) {
            assert_ne!(
                collator.compare(&pair[0], &pair[1]),
                Ordering::Greater,
                "{locale:?}: {:?} is before {:?}",
                pair[0],
                pair[1]
            );
        }

        // And without ICU: first letters follow the language's alphabet, where
        // an accent does not change the letter and in Spanish ñ comes after n.
        let alphabet = match locale {
            Locale::EsMx => "abcdefghijklmnñopqrstuvwxyz",
            Locale::En => "abcdefghijklmnopqrstuvwxyz",
        };
        let letter = |term: &str| {
            let c = term.chars().next().unwrap().to_lowercase().next().unwrap();
            let base = match c {
                'á' | 'à' | 'ä' => 'a',
                'é' | 'è' | 'ë' => 'e',
                'í' | 'ï' => 'i',
                'ó' | 'ö' => 'o',
                'ú' | 'ü' => 'u',
                'ñ' if locale == Locale::En => 'n',
                c => c,
            };
            alphabet.chars().position(|l| l == base).unwrap_or_else(|| panic!("{term:?} starts with a letter outside {alphabet}"))
        };
        for pair in terms.windows(2) {
            assert!(letter(&pair[0]) <= letter(&pair[1]), "{locale:?}: {:?} is before {:?}", pair[0], pair[1]);
        }
        if locale == Locale::EsMx {
            let n = letter("n");
            let last_n = terms.iter().rposition(|t| letter(t) == n);
            let first_enie = terms.iter().position(|t| letter(t) == n + 1);
            if let (Some(last_n), Some(first_enie)) = (last_n, first_enie) {
                assert!(last_n < first_enie, "every n-term comes before the first ñ-term");
            }
        }
    }
    // Some lesson text links to the glossary, and linking never changes the text.
    let mut links = 0;
    for lesson in a.catalog.lessons() {
        let view = a.service.open_lesson(a.me, &lesson.id).unwrap();
        for (section, original) in view.sections.iter().zip(&lesson.sections) {
            for (block, original) in section.blocks.iter().zip(original.blocks.es_mx.iter()) {
                let rebuilt: Vec<String> = match block {
                    ciberescudo_core::api::BlockView::Paragraph { segments } => {
                        links += segments.iter().filter(|s| s.term.is_some()).count();
                        vec![segments.iter().map(|s| s.text.as_str()).collect()]
                    }
                    ciberescudo_core::api::BlockView::List { items } => {
                        items.iter().map(|segs| segs.iter().map(|s| s.text.as_str()).collect()).collect()
                    }
                };
                assert_eq!(rebuilt, original.texts());
            }
        }
    }
    assert!(links > 20, "lesson text should link to the glossary, found {links} links");
}
