//! The two languages of `locales/` have the same files and the same messages,
//! and every content problem has a sentence in both.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::content::ProblemKind;
use ciberescudo_core::i18n::parity::{compare, message_ids};
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::Locale;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").canonicalize().expect("locales/ exists")
}

fn ftl_files(lang: &str) -> BTreeSet<String> {
    let dir = locales_dir().join(lang);
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn read(lang: &str, name: &str) -> String {
    fs::read_to_string(locales_dir().join(lang).join(name)).unwrap()
}

#[test]
fn there_is_a_folder_per_locale_and_nothing_else() {
    let folders: BTreeSet<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let tags: BTreeSet<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    assert_eq!(folders, tags);
}

#[test]
fn english_has_every_spanish_file_with_the_same_messages() {
    let es = ftl_files("es-MX");
    assert!(es.contains("content.ftl"), "{es:?}");
    for name in &es {
        let en_path = locales_dir().join("en").join(name);
        assert!(en_path.is_file(), "en/{name} is missing");
        let problems = compare(&format!("es-MX/{name}"), &read("es-MX", name), &format!("en/{name}"), &read("en", name));
        assert!(problems.is_empty(), "es-MX/{name} and en/{name} differ:\n{}", problems.join("\n"));
        assert!(!message_ids(&read("es-MX", name)).is_empty(), "es-MX/{name} has no messages");
    }
    // And English has no file Spanish lacks.
    assert_eq!(ftl_files("en"), es);
}

#[test]
fn the_parity_check_can_fail() {
    // A guard against a `compare` that always passes.
    let es = read("es-MX", "content.ftl");
    let en = read("en", "content.ftl").replace("content-bad-url =", "content-bad-link =");
    let problems = compare("es-MX/content.ftl", &es, "en/content.ftl", &en);
    assert!(problems.iter().any(|p| p.contains("content-bad-url")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("content-bad-link")), "{problems:?}");
}

#[test]
fn the_embedded_locales_are_the_files() {
    for locale in Locale::ALL {
        let embedded: BTreeSet<String> =
            ciberescudo_core::i18n::embedded_files(locale).map(|(name, _)| name.to_owned()).collect();
        assert_eq!(embedded, ftl_files(&locale.tag()), "{locale}");
        for (name, text) in ciberescudo_core::i18n::embedded_files(locale) {
            assert_eq!(text, read(&locale.tag(), name), "{locale}/{name} is stale in the build");
        }
    }
}

/// One problem of every kind. The `match` has no wildcard, so a new kind
/// does not compile until it is added here (and so gets its messages tested).
fn one_of_each_kind() -> Vec<ProblemKind> {
    use ProblemKind::*;
    let text = |s: &str| s.to_owned();
    let all = vec![
        Unreadable { detail: text("permission denied") },
        NoLessons,
        MissingFile { name: text("en.toml") },
        Syntax { detail: text("unknown field `colour`") },
        IdMismatch { id: text("passwords-8-11"), folder: text("passwords-kids") },
        BadId { id: text("Bad_Id") },
        UnknownTopic { topic: text("hacking") },
        UnknownBand { band: text("9-12") },
        TopicBandMismatch { topic: text("family-talk"), band: text("8-11") },
        LessonIdFormat { expected: text("passwords-8-11") },
        SectionCount { count: 3, min: 4, max: 8 },
        DuplicateId { id: text("twice-used") },
        QuestionCount { count: 11, min: 6, max: 10 },
        MissingQuestionKind { kind: text("true-false") },
        UnknownQuestionKind { kind: text("essay") },
        OptionCount { count: 7, min: 2, max: 6 },
        TrueFalseOptions,
        MissingOptions,
        UnknownAnswer { id: text("say-yes") },
        SingleAnswer { count: 2 },
        MultipleAnswer,
        TrueFalseAnswer,
        BadUrl { url: text("www.example.org") },
        MissingText { what: "section", id: text("chat-trick"), file: text("en.toml") },
        MissingText { what: "question", id: text("free-coins"), file: text("en.toml") },
        MissingText { what: "option", id: text("free-coins.ask"), file: text("es-MX.toml") },
        MissingText { what: "source", id: text("ncsc"), file: text("en.toml") },
        ExtraText { what: "section", id: text("bonus-section") },
        ExtraText { what: "question", id: text("bonus-question") },
        ExtraText { what: "option", id: text("q.bonus-option") },
        ExtraText { what: "source", id: text("bonus-source") },
        TrueFalseOptionText { id: text("adult-at-home.true") },
        MissingOptionText { id: text("friend-asks.share-it") },
        EmptyText { field: text("questions.q.prompt") },
        WordCount { words: 48, min: 250, max: 600, band: text("8-11") },
        ReadingEase { score: 62.345, min: 75.0, band: text("8-11") },
        LongSentence { words: 17, max: 14 },
        MissingText { what: "activity", id: text("fake-package"), file: text("en.toml") },
        MissingText { what: "part", id: text("fake-package.link"), file: text("en.toml") },
        MissingText { what: "step", id: text("game-friend.start"), file: text("en.toml") },
        MissingText { what: "choice", id: text("game-friend.block"), file: text("en.toml") },
        MissingText { what: "group", id: text("what-to-share.never"), file: text("en.toml") },
        MissingText { what: "item", id: text("what-to-share.address"), file: text("en.toml") },
        ExtraText { what: "activity", id: text("bonus-activity") },
        ExtraText { what: "part", id: text("fake-package.bonus") },
        ExtraText { what: "step", id: text("game-friend.bonus") },
        ExtraText { what: "choice", id: text("game-friend.bonus") },
        ExtraText { what: "group", id: text("what-to-share.bonus") },
        ExtraText { what: "item", id: text("what-to-share.bonus") },
        MissingActivity,
        UnknownReference { id: text("no-such-step") },
        UnknownActivityKind { kind: text("crossword") },
        ActivityFieldUnused { field: text("channel"), kind: text("sort-it") },
        ActivityFieldMissing { field: text("parts"), kind: text("spot-the-scam") },
        UnknownChannel { channel: text("fax") },
        PartCount { count: 2, min: 3, max: 12 },
        SuspiciousParts,
        EndingWithChoices { id: text("end-told") },
        UnknownOutcome { outcome: text("great") },
        StepWithoutEnding { id: text("asks-photo") },
        UnreachableStep { id: text("lonely-step") },
        NoGoodEnding,
        GroupCount { count: 5, min: 2, max: 4 },
        ItemCount { count: 3, min: 4, max: 12 },
        EmptyGroup { id: text("ask-first") },
        MissingGuide,
        UnexpectedGuide,
        GuideQuestionCount { count: 2, min: 3, max: 8 },
        BadForm { form: text("Contraseña ") },
        BadDate { date: text("21/11/2026") },
        UnknownServes { serves: text("33") },
        PlanMinutes { minutes: 50, expected: 45 },
        PlanFieldMissing { field: text("opening.question") },
        PlanFieldUnused { field: text("closing.questions") },
        PlanQuestionCount { count: 2, min: 3, max: 5 },
        PlanDiffers { field: text("lesson.minutes") },
        UnexpectedPlan,
        MissingText { what: "term", id: text("phishing"), file: text("en.toml") },
        MissingText { what: "place", id: text("linea-de-la-vida"), file: text("en.toml") },
        ExtraText { what: "term", id: text("bonus-term") },
        ExtraText { what: "place", id: text("bonus-place") },
    ];
    for kind in &all {
        match kind {
            Unreadable { .. }
            | NoLessons
            | MissingFile { .. }
            | Syntax { .. }
            | IdMismatch { .. }
            | BadId { .. }
            | UnknownTopic { .. }
            | UnknownBand { .. }
            | TopicBandMismatch { .. }
            | LessonIdFormat { .. }
            | SectionCount { .. }
            | DuplicateId { .. }
            | QuestionCount { .. }
            | MissingQuestionKind { .. }
            | UnknownQuestionKind { .. }
            | OptionCount { .. }
            | TrueFalseOptions
            | MissingOptions
            | UnknownAnswer { .. }
            | SingleAnswer { .. }
            | MultipleAnswer
            | TrueFalseAnswer
            | BadUrl { .. }
            | MissingText { .. }
            | ExtraText { .. }
            | TrueFalseOptionText { .. }
            | MissingOptionText { .. }
            | EmptyText { .. }
            | WordCount { .. }
            | ReadingEase { .. }
            | LongSentence { .. }
            | MissingActivity
            | UnknownReference { .. }
            | UnknownActivityKind { .. }
            | ActivityFieldUnused { .. }
            | ActivityFieldMissing { .. }
            | UnknownChannel { .. }
            | PartCount { .. }
            | SuspiciousParts
            | EndingWithChoices { .. }
            | UnknownOutcome { .. }
            | StepWithoutEnding { .. }
            | UnreachableStep { .. }
            | NoGoodEnding
            | GroupCount { .. }
            | ItemCount { .. }
            | EmptyGroup { .. }
            | MissingGuide
            | UnexpectedGuide
            | GuideQuestionCount { .. }
            | BadForm { .. }
            | BadDate { .. }
            | UnknownServes { .. }
            | PlanMinutes { .. }
            | PlanFieldMissing { .. }
            | PlanFieldUnused { .. }
            | PlanQuestionCount { .. }
            | PlanDiffers { .. }
            | UnexpectedPlan => {}
        }
    }
    all
}

#[test]
fn every_problem_kind_has_a_distinct_message_id() {
    let kinds = one_of_each_kind();
    let ids: BTreeSet<String> = kinds.iter().map(ProblemKind::message_id).collect();
    // 59 kinds; MissingText and ExtraText appear twelve times each above.
    assert_eq!(ids.len(), 59);
    for id in &ids {
        assert!(id.starts_with("content-"), "{id}");
    }
}

#[test]
fn every_problem_kind_has_a_message_in_both_files() {
    for name in ["es-MX", "en"] {
        let ids = message_ids(&read(name, "content.ftl"));
        for kind in one_of_each_kind() {
            assert!(ids.contains(&kind.message_id()), "{name}/content.ftl lacks {}", kind.message_id());
        }
    }
}

#[test]
fn every_problem_kind_formats_in_both_languages() {
    let i18n = Localizer::embedded();
    for locale in Locale::ALL {
        for kind in one_of_each_kind() {
            let id = kind.message_id();
            assert!(i18n.has(locale, &id), "{locale}: {id}");
            let text = i18n.format(locale, &id, &kind.args());
            assert_ne!(text, id, "{locale}: {id} came back untranslated");
            assert!(!text.trim().is_empty(), "{locale}: {id} is blank");
            // A `{ $variable }` without a value shows up as `{$variable}`.
            assert!(!text.contains('{') && !text.contains('}'), "{locale}: {id}: unfilled placeable in {text:?}");
            // Every text and number argument appears in the sentence.
            for (name, value) in kind.args() {
                let shown = match value {
                    // `what` only selects the variant.
                    Arg::Text(_) if name == "what" => continue,
                    Arg::Text(s) => s,
                    Arg::Number(x) => format!("{x}"),
                };
                assert!(text.contains(&shown), "{locale}: {id}: ${name} = {shown:?} not in {text:?}");
            }
        }
    }
}

#[test]
fn missing_and_extra_text_name_what_is_missing() {
    let i18n = Localizer::embedded();
    let words = [
        (Locale::EsMx, [("section", "sección"), ("question", "pregunta"), ("option", "opción"), ("source", "fuente")]),
        (Locale::En, [("section", "section"), ("question", "question"), ("option", "option"), ("source", "source")]),
    ];
    for (locale, pairs) in words {
        for (what, word) in pairs {
            for kind in [
                ProblemKind::MissingText { what, id: "x".into(), file: "en.toml".into() },
                ProblemKind::ExtraText { what, id: "x".into() },
            ] {
                let text = i18n.format(locale, &kind.message_id(), &kind.args());
                assert!(text.to_lowercase().contains(word), "{locale}: {what}: {text:?}");
            }
        }
    }
}

#[test]
fn reading_ease_is_shown_with_one_decimal() {
    let i18n = Localizer::embedded();
    let kind = ProblemKind::ReadingEase { score: 62.345, min: 75.0, band: "8-11".into() };
    assert!(i18n.format(Locale::En, &kind.message_id(), &kind.args()).contains("62.3"));
    assert!(!i18n.format(Locale::En, &kind.message_id(), &kind.args()).contains("62.34"));
}

#[test]
fn cli_and_quiz_messages_exist_in_both_languages() {
    let i18n = Localizer::embedded();
    for locale in Locale::ALL {
        for id in ["cli-check-ok", "cli-check-failed", "quiz-option-true", "quiz-option-false"] {
            assert!(i18n.has(locale, id), "{locale}: {id}");
        }
        for count in [1.0, 3.0] {
            for id in ["cli-check-ok", "cli-check-failed"] {
                let text = i18n.format(locale, id, &[("count", Arg::Number(count))]);
                assert!(text.contains(&format!("{count}")) && text != id, "{locale}: {id}: {text:?}");
            }
        }
    }
    assert_eq!(
        i18n.format(Locale::EsMx, "cli-check-ok", &[("count", Arg::Number(1.0))]),
        "Se revisó 1 lección: no hay problemas."
    );
    assert_eq!(i18n.format(Locale::En, "cli-check-failed", &[("count", Arg::Number(2.0))]), "Found 2 problems.");
}
