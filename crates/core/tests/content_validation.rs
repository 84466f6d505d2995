//! Integration tests of the lesson validator: one test per rule of
//! `docs/content-format.md`, each on a copy of a real lesson with exactly one
//! thing broken, checking the kind of problem and the file and line it names.

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::content::readability::TextStats;
use ciberescudo_core::content::{load_dir, load_lesson, Block, Catalog, Problem, ProblemKind, QuestionKind};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

const BASE: &str = "passwords-8-11";
const LESSON: &str = "lesson.toml";
const ES: &str = "es-MX.toml";
const EN: &str = "en.toml";
const PLAN_ES: &str = "plan.es-MX.toml";
const PLAN_EN: &str = "plan.en.toml";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository root exists")
}

fn copy_lesson(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for name in [LESSON, ES, EN, PLAN_ES, PLAN_EN] {
        fs::copy(from.join(name), to.join(name)).unwrap_or_else(|e| panic!("copying {name}: {e}"));
    }
}

/// A content folder in a temporary directory holding one lesson, a copy of
/// `content/lessons/passwords-8-11`, which passes every check.
struct Fixture {
    _tmp: TempDir,
    /// The content folder (`<tmp>/content`), what `load_dir` takes.
    content: PathBuf,
    /// The lesson folder (`<tmp>/content/lessons/passwords-8-11`).
    lesson: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture::named(BASE)
    }

    /// The valid lesson, in a folder with another name.
    fn named(folder: &str) -> Fixture {
        let tmp = TempDir::new().unwrap();
        let content = tmp.path().join("content");
        let lesson = content.join("lessons").join(folder);
        copy_lesson(&repo().join("content/lessons").join(BASE), &lesson);
        Fixture { _tmp: tmp, content, lesson }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.lesson.join(name)
    }

    fn read(&self, name: &str) -> String {
        fs::read_to_string(self.path(name)).unwrap()
    }

    fn write(&self, name: &str, text: &str) {
        fs::write(self.path(name), text).unwrap();
    }

    /// Replaces the one occurrence of `from` in a file.
    fn replace(&self, name: &str, from: &str, to: &str) {
        let text = self.read(name);
        assert_eq!(text.matches(from).count(), 1, "{from:?} must occur exactly once in {name}");
        self.write(name, &text.replacen(from, to, 1));
    }

    fn edit(&self, name: &str, f: impl FnOnce(&str) -> String) {
        let text = self.read(name);
        self.write(name, &f(&text));
    }

    fn append(&self, name: &str, more: &str) {
        let mut text = self.read(name);
        text.push_str(more);
        self.write(name, &text);
    }

    /// The 1-based line of the one occurrence of `needle` in a file.
    fn line_of(&self, name: &str, needle: &str) -> usize {
        let text = self.read(name);
        assert_eq!(text.matches(needle).count(), 1, "{needle:?} must occur exactly once in {name}");
        let offset = text.find(needle).unwrap();
        text[..offset].matches('\n').count() + 1
    }

    /// A problem in one of the lesson's files.
    fn at(&self, name: &str, line: usize, kind: ProblemKind) -> Problem {
        Problem { file: self.path(name), line, kind }
    }

    /// Every problem of the lesson; panics if it loads.
    fn problems(&self) -> Vec<Problem> {
        match load_lesson(&self.lesson) {
            Ok(lesson) => panic!("lesson {} loaded although it is broken", lesson.id),
            Err(problems) => {
                assert!(!problems.is_empty(), "an error without problems");
                problems
            }
        }
    }

    /// Asserts that the lesson fails with exactly these problems, in any order.
    fn assert_problems(&self, mut expected: Vec<Problem>) {
        let mut actual = self.problems();
        let key = |p: &Problem| format!("{p}");
        actual.sort_by_key(key);
        expected.sort_by_key(key);
        assert_eq!(actual, expected, "\nactual:\n{}", render(&actual));
    }
}

fn render(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

/// The one problem of a kind (matched by message id) in a list.
fn only<'p>(problems: &'p [Problem], message_id: &str) -> &'p Problem {
    let found: Vec<&Problem> = problems.iter().filter(|p| p.kind.message_id() == message_id).collect();
    assert_eq!(found.len(), 1, "expected one {message_id} in:\n{}", render(problems));
    found[0]
}

fn syntax_detail(problem: &Problem) -> &str {
    match &problem.kind {
        ProblemKind::Syntax { detail } => detail,
        other => panic!("expected a syntax problem, got {other:?}"),
    }
}

/// Removes the table `[table]` and all its sub-tables (`[table.…]`).
fn remove_tables(text: &str, table: &str) -> String {
    let (head, sub) = (format!("[{table}]"), format!("[{table}."));
    let mut out = String::new();
    let (mut skipping, mut removed) = (false, false);
    for line in text.split_inclusive('\n') {
        if line.starts_with('[') {
            skipping = line.starts_with(&head) || line.starts_with(&sub);
            removed |= skipping;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    assert!(removed, "no table [{table}]");
    out
}

/// Removes the `[[questions]]` entry with this id from `lesson.toml`.
fn remove_question(text: &str, id: &str) -> String {
    let mut blocks: Vec<String> = vec![String::new()];
    for line in text.split_inclusive('\n') {
        if line.starts_with("[[") {
            blocks.push(String::new());
        }
        blocks.last_mut().unwrap().push_str(line);
    }
    let marker = format!("id = \"{id}\"\n");
    let before = blocks.len();
    blocks.retain(|b| !(b.starts_with("[[questions]]") && b.contains(&marker)));
    assert_eq!(blocks.len() + 1, before, "no question {id}");
    blocks.concat()
}

/// Replaces the body of one section of a text file.
fn set_body(text: &str, section: &str, body: &str) -> String {
    let header = format!("[sections.{section}]\n");
    let start = text.find(&header).unwrap_or_else(|| panic!("no section {section}")) + header.len();
    let open = start + text[start..].find("body = \"\"\"\n").expect("a multi-line body") + "body = \"\"\"\n".len();
    let close = open + text[open..].find("\"\"\"").expect("the body ends");
    format!("{}{body}\n{}", &text[..open], &text[close..])
}

/// The section ids of the base lesson, in order.
fn base_sections() -> Vec<String> {
    let lesson = load_lesson(&repo().join("content/lessons").join(BASE)).expect("the base lesson is valid");
    lesson.sections.iter().map(|s| s.id.clone()).collect()
}

// ---------------------------------------------------------------------------
// The base

#[test]
fn the_unchanged_copy_is_valid() {
    let f = Fixture::new();
    let lesson = load_lesson(&f.lesson).unwrap_or_else(|p| panic!("{}", render(&p)));
    assert_eq!(lesson.id, BASE);
    assert_eq!(lesson.band, AgeBand::Kids);
    let catalog = load_dir(&f.content).unwrap_or_else(|p| panic!("{}", render(&p)));
    assert_eq!(catalog.lessons().len(), 1);
}

// ---------------------------------------------------------------------------
// Files and syntax

#[test]
fn unknown_key_in_lesson_toml() {
    let f = Fixture::new();
    f.replace(LESSON, "band = \"8-11\"\n", "band = \"8-11\"\nauthor = \"Ana\"\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    let p = &problems[0];
    assert_eq!((p.file.as_path(), p.line), (f.path(LESSON).as_path(), f.line_of(LESSON, "author")));
    let detail = syntax_detail(p);
    assert!(detail.contains("unknown field") && detail.contains("author"), "{detail}");
}

#[test]
fn unknown_key_in_a_question_of_lesson_toml() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"say-no-kindly\"]\n", "answer = [\"say-no-kindly\"]\npoints = 3\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(LESSON), f.line_of(LESSON, "points = 3")));
    assert!(syntax_detail(&problems[0]).contains("points"));
}

#[test]
fn unknown_key_in_es_mx_toml() {
    let f = Fixture::new();
    f.replace(ES, "title = \"Un mensaje con truco\"\n", "title = \"Un mensaje con truco\"\nsubtitle = \"Ojo\"\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(ES), f.line_of(ES, "subtitle")));
    let detail = syntax_detail(&problems[0]);
    assert!(detail.contains("unknown field") && detail.contains("subtitle"), "{detail}");
}

#[test]
fn unknown_key_in_en_toml() {
    let f = Fixture::new();
    f.replace(EN, "text = \"I log out.\"\n", "text = \"I log out.\"\nhint = \"Think!\"\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(EN), f.line_of(EN, "hint")));
    let detail = syntax_detail(&problems[0]);
    assert!(detail.contains("unknown field") && detail.contains("hint"), "{detail}");
}

#[test]
fn unknown_top_level_key_in_a_text_file() {
    let f = Fixture::new();
    f.replace(EN, "title = \"Your password is a secret\"\n", "title = \"Your password is a secret\"\nauthor = \"Ana\"\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(EN), 2));
    assert!(syntax_detail(&problems[0]).contains("author"));
}

#[test]
fn toml_syntax_error() {
    let f = Fixture::new();
    f.replace(LESSON, "topic = \"passwords\"\n", "topic = \"passwords\n");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(LESSON), 2));
    assert!(!syntax_detail(&problems[0]).is_empty());
}

#[test]
fn toml_syntax_error_in_a_text_file_still_reports_structure_problems() {
    let f = Fixture::new();
    f.replace(ES, "[sections.chat-trick]\n", "[sections.chat-trick\n");
    f.replace(LESSON, "band = \"8-11\"", "band = \"9-12\"");
    let problems = f.problems();
    assert_eq!(problems.len(), 2, "{}", render(&problems));
    let syntax = only(&problems, "content-syntax");
    assert_eq!((&syntax.file, syntax.line), (&f.path(ES), f.line_of(ES, "[sections.chat-trick\n")));
    assert!(problems.contains(&f.at(LESSON, 3, ProblemKind::UnknownBand { band: "9-12".into() })));
}

#[test]
fn missing_explanation_is_a_syntax_problem_in_its_table() {
    let f = Fixture::new();
    f.replace(ES, "explanation = \"¡Muy bien! Así cuidas tu cuenta y también tu amistad.\"\n", "");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    let p = &problems[0];
    assert_eq!(p.file, f.path(ES));
    // The header of the table that lacks it.
    assert_eq!(p.line, f.line_of(ES, "[questions.friend-asks.options.say-no-kindly]"));
    let detail = syntax_detail(p);
    assert!(detail.contains("missing field") && detail.contains("explanation"), "{detail}");
}

#[test]
fn missing_text_file() {
    let f = Fixture::new();
    fs::remove_file(f.path(EN)).unwrap();
    f.assert_problems(vec![Problem { file: f.lesson.clone(), line: 1, kind: ProblemKind::MissingFile { name: EN.into() } }]);
}

#[test]
fn missing_lesson_toml() {
    let f = Fixture::new();
    fs::remove_file(f.path(LESSON)).unwrap();
    f.assert_problems(vec![Problem { file: f.lesson.clone(), line: 1, kind: ProblemKind::MissingFile { name: LESSON.into() } }]);
}

// ---------------------------------------------------------------------------
// lesson.toml: identity

#[test]
fn id_differs_from_folder() {
    let f = Fixture::named("passwords-kids");
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::IdMismatch { id: BASE.into(), folder: "passwords-kids".into() })]);
}

#[test]
fn bad_lesson_id() {
    let f = Fixture::new();
    f.replace(LESSON, "id = \"passwords-8-11\"", "id = \"Passwords_8_11\"");
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::BadId { id: "Passwords_8_11".into() })]);
}

#[test]
fn bad_section_id() {
    let f = Fixture::new();
    f.replace(LESSON, "\"chat-trick\"", "\"chat--trick\"");
    let problems = f.problems();
    assert_eq!(only(&problems, "content-bad-id"), &f.at(LESSON, 4, ProblemKind::BadId { id: "chat--trick".into() }));
}

#[test]
fn bad_option_id() {
    let f = Fixture::new();
    f.replace(LESSON, "\"log-out\", \"leave-it-open\"", "\"log-out\", \"Leave it open\"");
    let problems = f.problems();
    let line = f.line_of(LESSON, "Leave it open");
    assert_eq!(only(&problems, "content-bad-id"), &f.at(LESSON, line, ProblemKind::BadId { id: "Leave it open".into() }));
}

#[test]
fn unknown_topic() {
    let f = Fixture::new();
    f.replace(LESSON, "topic = \"passwords\"", "topic = \"hacking\"");
    f.assert_problems(vec![f.at(LESSON, 2, ProblemKind::UnknownTopic { topic: "hacking".into() })]);
}

#[test]
fn unknown_band() {
    let f = Fixture::new();
    f.replace(LESSON, "band = \"8-11\"", "band = \"9-12\"");
    f.assert_problems(vec![f.at(LESSON, 3, ProblemKind::UnknownBand { band: "9-12".into() })]);
}

#[test]
fn adult_topic_with_a_learner_band() {
    let f = Fixture::new();
    f.replace(LESSON, "topic = \"passwords\"", "topic = \"family-talk\"");
    f.assert_problems(vec![f.at(LESSON, 3, ProblemKind::TopicBandMismatch { topic: "family-talk".into(), band: "8-11".into() })]);
}

#[test]
fn learner_topic_with_the_adult_band() {
    let f = Fixture::new();
    f.replace(LESSON, "band = \"8-11\"", "band = \"adults\"");
    let problems = f.problems();
    assert_eq!(
        only(&problems, "content-topic-band-mismatch"),
        &f.at(LESSON, 3, ProblemKind::TopicBandMismatch { topic: "passwords".into(), band: "adults".into() })
    );
    assert!(problems.iter().all(|p| p.kind.message_id() != "content-lesson-id-format"));
}

#[test]
fn learner_lesson_id_must_be_topic_and_band() {
    let f = Fixture::named("passwords-kids");
    f.replace(LESSON, "id = \"passwords-8-11\"", "id = \"passwords-kids\"");
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::LessonIdFormat { expected: "passwords-8-11".into() })]);
}

#[test]
fn lesson_id_with_another_band() {
    // Folder and id agree, but they name another band than the lesson's.
    let f = Fixture::named("passwords-12-14");
    f.replace(LESSON, "id = \"passwords-8-11\"", "id = \"passwords-12-14\"");
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::LessonIdFormat { expected: "passwords-8-11".into() })]);
}

// ---------------------------------------------------------------------------
// lesson.toml: sections

/// Adds sections to all three files, with short, easy bodies.
fn add_sections(f: &Fixture, ids: &[&str]) {
    let list: String = ids.iter().map(|id| format!(", \"{id}\"")).collect();
    f.replace(LESSON, "\"what-to-do\"]", &format!("\"what-to-do\"{list}]"));
    for (name, title, body) in [(ES, "Más", "Pide ayuda en casa."), (EN, "More", "Ask for help at home.")] {
        let tables: String =
            ids.iter().map(|id| format!("\n[sections.{id}]\ntitle = \"{title}\"\nbody = \"\"\"\n{body}\n\"\"\"\n")).collect();
        f.append(name, &tables);
    }
}

#[test]
fn too_many_sections() {
    let f = Fixture::new();
    add_sections(&f, &["more-a", "more-b", "more-c"]);
    f.assert_problems(vec![f.at(LESSON, 4, ProblemKind::SectionCount { count: 9, min: 4, max: 8 })]);
}

#[test]
fn eight_sections_are_allowed() {
    let f = Fixture::new();
    add_sections(&f, &["more-a", "more-b"]);
    let lesson = load_lesson(&f.lesson).unwrap_or_else(|p| panic!("{}", render(&p)));
    assert_eq!(lesson.sections.len(), 8);
    assert_eq!(lesson.sections[7].id, "more-b");
}

#[test]
fn too_few_sections() {
    let f = Fixture::new();
    f.replace(
        LESSON,
        "sections = [\"your-game-account\", \"friend-asks\", \"chat-trick\", \"shared-tablet\", \"passphrases\", \"what-to-do\"]",
        "sections = [\"your-game-account\", \"friend-asks\", \"chat-trick\"]",
    );
    for name in [ES, EN] {
        f.edit(name, |t| {
            let t = remove_tables(t, "sections.shared-tablet");
            let t = remove_tables(&t, "sections.passphrases");
            remove_tables(&t, "sections.what-to-do")
        });
    }
    let problems = f.problems();
    assert_eq!(
        only(&problems, "content-section-count"),
        &f.at(LESSON, 4, ProblemKind::SectionCount { count: 3, min: 4, max: 8 })
    );
}

#[test]
fn section_count_is_reported_where_a_multiline_list_starts() {
    let f = Fixture::new();
    f.replace(
        LESSON,
        "sections = [\"your-game-account\", \"friend-asks\", \"chat-trick\", \"shared-tablet\", \"passphrases\", \"what-to-do\"]",
        "sections = [\n  \"your-game-account\",\n  \"friend-asks\",\n  \"chat-trick\",\n  \"shared-tablet\",\n  \"passphrases\",\n  \"what-to-do\",\n  \"more-a\",\n  \"more-b\",\n  \"more-c\",\n]",
    );
    for (name, body) in [(ES, "Pide ayuda en casa."), (EN, "Ask for help at home.")] {
        for id in ["more-a", "more-b", "more-c"] {
            f.append(name, &format!("\n[sections.{id}]\ntitle = \"T\"\nbody = \"{body}\"\n"));
        }
    }
    f.assert_problems(vec![f.at(LESSON, 4, ProblemKind::SectionCount { count: 9, min: 4, max: 8 })]);
}

#[test]
fn duplicate_section_id() {
    let f = Fixture::new();
    f.replace(LESSON, "\"passphrases\", \"what-to-do\"]", "\"passphrases\", \"what-to-do\", \"chat-trick\"]");
    let problems = f.problems();
    assert_eq!(only(&problems, "content-duplicate-id"), &f.at(LESSON, 4, ProblemKind::DuplicateId { id: "chat-trick".into() }));
}

// ---------------------------------------------------------------------------
// lesson.toml: questions

#[test]
fn duplicate_question_id() {
    let f = Fixture::new();
    f.replace(LESSON, "id = \"cousin-advice\"", "id = \"adult-at-home\"");
    let second = f.read(LESSON).match_indices("id = \"adult-at-home\"").nth(1).unwrap().0;
    let line = f.read(LESSON)[..second].matches('\n').count() + 1;
    let extra = |name: &str| {
        f.at(
            name,
            f.line_of(name, "[questions.cousin-advice]"),
            ProblemKind::ExtraText { what: "question", id: "cousin-advice".into() },
        )
    };
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::DuplicateId { id: "adult-at-home".into() }), extra(ES), extra(EN)]);
}

#[test]
fn duplicate_source_id() {
    let f = Fixture::new();
    f.append(
        LESSON,
        "\n[[sources]]\nid = \"ncsc-three-random-words\"\nurl = \"https://example.org/other\"\nchecked = \"2026-12-01\"\n",
    );
    let line = f.line_of(LESSON, "https://example.org/other") - 1;
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::DuplicateId { id: "ncsc-three-random-words".into() })]);
}

#[test]
fn every_source_says_when_it_was_checked() {
    /// The base lesson's first `checked = "…"` line, and the text without it or with it changed.
    fn first_checked(text: &str) -> (usize, usize) {
        let at = text.find("checked = \"").expect("the base lesson has a source");
        (at, at + text[at..].find('\n').unwrap() + 1)
    }

    let f = Fixture::new();
    let text = f.read(LESSON);
    let (at, end) = first_checked(&text);
    f.write(LESSON, &format!("{}checked = \"2026-13-01\"\n{}", &text[..at], &text[end..]));
    let line = f.line_of(LESSON, "checked = \"2026-13-01\"");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::BadDate { date: "2026-13-01".into() })]);

    let f = Fixture::new();
    let text = f.read(LESSON);
    let (at, end) = first_checked(&text);
    f.write(LESSON, &format!("{}{}", &text[..at], &text[end..]));
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    assert!(syntax_detail(&problems[0]).contains("checked"), "{}", render(&problems));
}

#[test]
fn duplicate_option_id() {
    let f = Fixture::new();
    f.replace(LESSON, "[\"log-out\", \"leave-it-open\", \"sticky-note\"]", "[\"log-out\", \"leave-it-open\", \"log-out\"]");
    let line = f.line_of(LESSON, "[\"log-out\", \"leave-it-open\", \"log-out\"]");
    let extra = |name: &str| {
        f.at(
            name,
            f.line_of(name, "[questions.shared-tablet.options.sticky-note]"),
            ProblemKind::ExtraText { what: "option", id: "shared-tablet.sticky-note".into() },
        )
    };
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::DuplicateId { id: "log-out".into() }), extra(ES), extra(EN)]);
}

/// Adds true/false questions to all three files.
fn add_true_false_questions(f: &Fixture, ids: &[&str]) {
    for id in ids {
        f.append(LESSON, &format!("\n[[questions]]\nid = \"{id}\"\nkind = \"true-false\"\nanswer = [\"true\"]\n"));
        for name in [ES, EN] {
            f.append(
                name,
                &format!(
                    "\n[questions.{id}]\nprompt = \"P\"\n[questions.{id}.options.true]\nexplanation = \"E\"\n[questions.{id}.options.false]\nexplanation = \"E\"\n"
                ),
            );
        }
    }
}

#[test]
fn too_many_questions() {
    let f = Fixture::new();
    // Appended [[questions]] after [[sources]] is still valid TOML.
    add_true_false_questions(&f, &["extra-a", "extra-b", "extra-c"]);
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::QuestionCount { count: 11, min: 6, max: 10 })]);
}

#[test]
fn ten_questions_are_allowed() {
    let f = Fixture::new();
    add_true_false_questions(&f, &["extra-a", "extra-b"]);
    let lesson = load_lesson(&f.lesson).unwrap_or_else(|p| panic!("{}", render(&p)));
    assert_eq!(lesson.questions.len(), 10);
}

#[test]
fn too_few_questions() {
    let f = Fixture::new();
    for id in ["free-coins", "shared-tablet", "someone-saw"] {
        f.edit(LESSON, |t| remove_question(t, id));
        for name in [ES, EN] {
            f.edit(name, |t| remove_tables(t, &format!("questions.{id}")));
        }
    }
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::QuestionCount { count: 5, min: 6, max: 10 })]);
}

#[test]
fn unknown_question_kind() {
    let f = Fixture::new();
    f.replace(LESSON, "id = \"friend-asks\"\nkind = \"single\"", "id = \"friend-asks\"\nkind = \"open\"");
    let line = f.line_of(LESSON, "kind = \"open\"");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::UnknownQuestionKind { kind: "open".into() })]);
}

#[test]
fn quiz_without_multiple_answer_questions() {
    let f = Fixture::new();
    f.edit(LESSON, |t| {
        t.replace("kind = \"multiple\"", "kind = \"single\"")
            .replace("answer = [\"random-words\", \"silly-sentence\"]", "answer = [\"random-words\"]")
            .replace("answer = [\"make-passphrase\", \"log-out-after\"]", "answer = [\"make-passphrase\"]")
    });
    f.assert_problems(vec![f.at(LESSON, 1, ProblemKind::MissingQuestionKind { kind: "multiple".into() })]);
}

#[test]
fn quiz_without_true_false_questions() {
    let f = Fixture::new();
    for id in ["adult-at-home", "cousin-advice", "someone-saw"] {
        f.edit(LESSON, |t| remove_question(t, id));
        for name in [ES, EN] {
            f.edit(name, |t| remove_tables(t, &format!("questions.{id}")));
        }
    }
    // Five questions are left: that is reported too.
    f.assert_problems(vec![
        f.at(LESSON, 1, ProblemKind::QuestionCount { count: 5, min: 6, max: 10 }),
        f.at(LESSON, 1, ProblemKind::MissingQuestionKind { kind: "true-false".into() }),
    ]);
}

#[test]
fn too_many_options() {
    let f = Fixture::new();
    f.replace(LESSON, "\"silly-sentence\", \"pet-name\"]", "\"silly-sentence\", \"pet-name\", \"extra-a\", \"extra-b\"]");
    for name in [ES, EN] {
        for id in ["extra-a", "extra-b"] {
            f.append(name, &format!("\n[questions.good-passphrases.options.{id}]\ntext = \"T\"\nexplanation = \"E\"\n"));
        }
    }
    let line = f.line_of(LESSON, "\"extra-b\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::OptionCount { count: 7, min: 2, max: 6 })]);
}

#[test]
fn too_few_options() {
    let f = Fixture::new();
    f.replace(LESSON, "options = [\"share-it\", \"say-no-kindly\", \"share-then-change\"]", "options = [\"say-no-kindly\"]");
    let extra = |name: &str, oid: &str| {
        f.at(
            name,
            f.line_of(name, &format!("[questions.friend-asks.options.{oid}]")),
            ProblemKind::ExtraText { what: "option", id: format!("friend-asks.{oid}") },
        )
    };
    f.assert_problems(vec![
        f.at(LESSON, f.line_of(LESSON, "options = [\"say-no-kindly\"]"), ProblemKind::OptionCount { count: 1, min: 2, max: 6 }),
        extra(ES, "share-it"),
        extra(ES, "share-then-change"),
        extra(EN, "share-it"),
        extra(EN, "share-then-change"),
    ]);
}

#[test]
fn true_false_with_options() {
    let f = Fixture::new();
    f.replace(
        LESSON,
        "id = \"adult-at-home\"\nkind = \"true-false\"\n",
        "id = \"adult-at-home\"\nkind = \"true-false\"\noptions = [\"true\", \"false\"]\n",
    );
    let line = f.line_of(LESSON, "options = [\"true\", \"false\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::TrueFalseOptions)]);
}

#[test]
fn single_without_options() {
    let f = Fixture::new();
    f.replace(LESSON, "options = [\"give-it\", \"ask-if-real\", \"no-reply-tell\"]\n", "");
    let line = f.line_of(LESSON, "id = \"free-coins\"");
    let problems = f.problems();
    assert_eq!(only(&problems, "content-missing-options"), &f.at(LESSON, line, ProblemKind::MissingOptions));
}

#[test]
fn single_with_two_answers() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"say-no-kindly\"]", "answer = [\"say-no-kindly\", \"share-it\"]");
    let line = f.line_of(LESSON, "answer = [\"say-no-kindly\", \"share-it\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::SingleAnswer { count: 2 })]);
}

#[test]
fn single_without_answer() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"say-no-kindly\"]", "answer = []");
    let line = f.line_of(LESSON, "answer = []");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::SingleAnswer { count: 0 })]);
}

#[test]
fn multiple_with_every_option_right() {
    let f = Fixture::new();
    f.replace(
        LESSON,
        "answer = [\"make-passphrase\", \"log-out-after\"]",
        "answer = [\"make-passphrase\", \"tell-friends\", \"log-out-after\", \"answer-chat\"]",
    );
    let line = f.line_of(LESSON, "answer = [\"make-passphrase\", \"tell-friends\"");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::MultipleAnswer)]);
}

#[test]
fn multiple_without_answer() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"make-passphrase\", \"log-out-after\"]", "answer = []");
    let line = f.line_of(LESSON, "answer = []");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::MultipleAnswer)]);
}

#[test]
fn repeated_answer_is_a_duplicate_not_a_missing_wrong_option() {
    // Options a, b, c, d with answer [a, b, b, c]: d is still wrong, so
    // only the repetition is a problem.
    let f = Fixture::new();
    f.replace(
        LESSON,
        "answer = [\"make-passphrase\", \"log-out-after\"]",
        "answer = [\"make-passphrase\", \"log-out-after\", \"log-out-after\", \"tell-friends\"]",
    );
    let line = f.line_of(LESSON, "answer = [\"make-passphrase\", \"log-out-after\", \"log-out-after\"");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::DuplicateId { id: "log-out-after".into() })]);
}

#[test]
fn answer_that_is_not_an_option() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"say-no-kindly\"]", "answer = [\"say-yes\"]");
    let line = f.line_of(LESSON, "answer = [\"say-yes\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::UnknownAnswer { id: "say-yes".into() })]);
}

#[test]
fn true_false_answer_that_is_not_true_or_false() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"true\"]", "answer = [\"yes\"]");
    let line = f.line_of(LESSON, "answer = [\"yes\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::UnknownAnswer { id: "yes".into() })]);
}

#[test]
fn true_false_with_both_answers() {
    let f = Fixture::new();
    f.replace(LESSON, "answer = [\"true\"]", "answer = [\"true\", \"false\"]");
    let line = f.line_of(LESSON, "answer = [\"true\", \"false\"]");
    f.assert_problems(vec![f.at(LESSON, line, ProblemKind::TrueFalseAnswer)]);
}

#[test]
fn bad_urls() {
    for url in ["www.ncsc.gov.uk/three-random-words", "https://", "https://example.org/a page", "ftp://example.org/"] {
        let f = Fixture::new();
        f.edit(LESSON, |t| {
            let start = t.find("url = \"").unwrap();
            let end = start + t[start..].find('\n').unwrap();
            format!("{}url = \"{url}\"{}", &t[..start], &t[end..])
        });
        let line = f.line_of(LESSON, "url = ");
        f.assert_problems(vec![f.at(LESSON, line, ProblemKind::BadUrl { url: url.into() })]);
    }
}

// ---------------------------------------------------------------------------
// Text files

#[test]
fn missing_section_text() {
    let f = Fixture::new();
    f.edit(EN, |t| remove_tables(t, "sections.chat-trick"));
    let problems = f.problems();
    assert_eq!(
        only(&problems, "content-missing-text"),
        &f.at(LESSON, 4, ProblemKind::MissingText { what: "section", id: "chat-trick".into(), file: EN.into() })
    );
    // Only the shorter body may add a word count problem, in en.toml.
    assert!(problems.iter().all(|p| p.kind.message_id() == "content-missing-text"
        || (p.kind.message_id() == "content-word-count" && p.file == f.path(EN))));
}

#[test]
fn missing_section_text_in_a_multiline_list_points_at_the_id() {
    let f = Fixture::new();
    f.replace(LESSON, "\"friend-asks\", \"chat-trick\", ", "\n  \"friend-asks\",\n  \"chat-trick\",\n  ");
    f.edit(ES, |t| remove_tables(t, "sections.chat-trick"));
    let problems = f.problems();
    assert_eq!(
        only(&problems, "content-missing-text"),
        &f.at(LESSON, 6, ProblemKind::MissingText { what: "section", id: "chat-trick".into(), file: ES.into() })
    );
}

#[test]
fn missing_question_text() {
    let f = Fixture::new();
    f.edit(EN, |t| remove_tables(t, "questions.free-coins"));
    let line = f.line_of(LESSON, "id = \"free-coins\"");
    f.assert_problems(vec![f.at(
        LESSON,
        line,
        ProblemKind::MissingText { what: "question", id: "free-coins".into(), file: EN.into() },
    )]);
}

#[test]
fn missing_option_text() {
    let f = Fixture::new();
    f.edit(EN, |t| remove_tables(t, "questions.free-coins.options.ask-if-real"));
    let line = f.line_of(LESSON, "id = \"free-coins\"");
    f.assert_problems(vec![f.at(
        LESSON,
        line,
        ProblemKind::MissingText { what: "option", id: "free-coins.ask-if-real".into(), file: EN.into() },
    )]);
}

#[test]
fn missing_true_false_option_text() {
    let f = Fixture::new();
    f.edit(ES, |t| remove_tables(t, "questions.someone-saw.options.false"));
    let line = f.line_of(LESSON, "id = \"someone-saw\"");
    f.assert_problems(vec![f.at(
        LESSON,
        line,
        ProblemKind::MissingText { what: "option", id: "someone-saw.false".into(), file: ES.into() },
    )]);
}

#[test]
fn missing_source_text() {
    let f = Fixture::new();
    f.edit(EN, |t| remove_tables(t, "sources.ncsc-three-random-words"));
    let line = f.line_of(LESSON, "id = \"ncsc-three-random-words\"");
    f.assert_problems(vec![f.at(
        LESSON,
        line,
        ProblemKind::MissingText { what: "source", id: "ncsc-three-random-words".into(), file: EN.into() },
    )]);
}

#[test]
fn extra_section_text() {
    let f = Fixture::new();
    f.append(ES, "\n[sections.bonus]\ntitle = \"Extra\"\nbody = \"Más texto.\"\n");
    let line = f.line_of(ES, "[sections.bonus]");
    f.assert_problems(vec![f.at(ES, line, ProblemKind::ExtraText { what: "section", id: "bonus".into() })]);
}

#[test]
fn extra_question_text() {
    let f = Fixture::new();
    f.append(EN, "\n[questions.bonus]\nprompt = \"Why?\"\n");
    let line = f.line_of(EN, "[questions.bonus]");
    f.assert_problems(vec![f.at(EN, line, ProblemKind::ExtraText { what: "question", id: "bonus".into() })]);
}

#[test]
fn extra_option_text() {
    let f = Fixture::new();
    f.append(EN, "\n[questions.friend-asks.options.maybe]\ntext = \"Maybe\"\nexplanation = \"No.\"\n");
    let line = f.line_of(EN, "[questions.friend-asks.options.maybe]");
    f.assert_problems(vec![f.at(EN, line, ProblemKind::ExtraText { what: "option", id: "friend-asks.maybe".into() })]);
}

#[test]
fn extra_true_false_option_text() {
    let f = Fixture::new();
    f.append(ES, "\n[questions.adult-at-home.options.maybe]\nexplanation = \"No.\"\n");
    let line = f.line_of(ES, "[questions.adult-at-home.options.maybe]");
    f.assert_problems(vec![f.at(ES, line, ProblemKind::ExtraText { what: "option", id: "adult-at-home.maybe".into() })]);
}

#[test]
fn extra_source_text() {
    let f = Fixture::new();
    f.append(ES, "\n[sources.wikipedia]\ntitle = \"W\"\nsupports = \"Nada.\"\n");
    let line = f.line_of(ES, "[sources.wikipedia]");
    f.assert_problems(vec![f.at(ES, line, ProblemKind::ExtraText { what: "source", id: "wikipedia".into() })]);
}

#[test]
fn true_false_option_with_text() {
    let f = Fixture::new();
    f.replace(ES, "[questions.adult-at-home.options.true]\n", "[questions.adult-at-home.options.true]\ntext = \"Sí\"\n");
    let line = f.line_of(ES, "text = \"Sí\"");
    f.assert_problems(vec![f.at(ES, line, ProblemKind::TrueFalseOptionText { id: "adult-at-home.true".into() })]);
}

#[test]
fn option_without_text() {
    let f = Fixture::new();
    f.replace(EN, "text = \"I give it to her, because she's my best friend.\"\n", "");
    // Reported at the option's explanation, the one key it has.
    let line = f.line_of(EN, "[questions.friend-asks.options.share-it]") + 1;
    f.assert_problems(vec![f.at(EN, line, ProblemKind::MissingOptionText { id: "friend-asks.share-it".into() })]);
}

#[test]
fn empty_texts() {
    // (file, start of the line to empty, the key, the field named)
    let cases = [
        (ES, "title = \"Tu contraseña es un secreto\"", "title", "title"),
        (EN, "summary = \"Learn to keep", "summary", "summary"),
        (EN, "prompt = \"You finished playing on the tablet", "prompt", "questions.shared-tablet.prompt"),
        (ES, "text = \"Cierro mi sesión.\"", "text", "questions.shared-tablet.options.log-out.text"),
        (
            EN,
            "explanation = \"Great job! That way nobody gets into your account by mistake.\"",
            "explanation",
            "questions.shared-tablet.options.log-out.explanation",
        ),
        (ES, "title = \"Un mensaje con truco\"", "title", "sections.chat-trick.title"),
        (ES, "supports = \"Juntar tres", "supports", "sources.ncsc-three-random-words.supports"),
    ];
    for (name, line_start, key, field) in cases {
        for empty in ["\"\"", "\" \\n \""] {
            let f = Fixture::new();
            let line = f.line_of(name, line_start);
            f.edit(name, |t| {
                let mut lines: Vec<String> = t.lines().map(str::to_owned).collect();
                lines[line - 1] = format!("{key} = {empty}");
                lines.join("\n") + "\n"
            });
            f.assert_problems(vec![f.at(name, line, ProblemKind::EmptyText { field: field.into() })]);
        }
    }
}

// ---------------------------------------------------------------------------
// Reading level

#[test]
fn too_few_words() {
    let f = Fixture::new();
    // 8 words and 9 syllables per body: very easy, but far too short.
    for id in base_sections() {
        f.edit(ES, |t| set_body(t, &id, "Di que no a quien te la pida."));
    }
    let words = 8 * base_sections().len();
    f.assert_problems(vec![f.at(ES, 1, ProblemKind::WordCount { words, min: 250, max: 600, band: "8-11".into() })]);
}

#[test]
fn too_many_words() {
    let f = Fixture::new();
    f.edit(EN, |t| set_body(t, "what-to-do", &"Say no. Tell an adult. ".repeat(100)));
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    match &problems[0].kind {
        ProblemKind::WordCount { words, min: 250, max: 600, band } if band == "8-11" => assert!(*words > 600 + 100, "{words}"),
        other => panic!("{other:?}"),
    }
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(EN), 1));
}

#[test]
fn reading_ease_too_low() {
    let f = Fixture::new();
    let sentence = "Authentication infrastructure necessitates comprehensive cryptographic verification.";
    let paragraph = [sentence; 10].join(" ");
    for id in base_sections() {
        f.edit(EN, |t| set_body(t, &id, &paragraph));
    }
    let pieces = vec![paragraph.as_str(); base_sections().len()];
    let stats = TextStats::of(&pieces, Locale::En);
    assert_eq!((stats.words, stats.sentences), (60 * base_sections().len(), 10 * base_sections().len()));
    let score = stats.reading_ease(Locale::En).unwrap();
    assert!(score < 0.0, "{score}");
    f.assert_problems(vec![f.at(EN, 1, ProblemKind::ReadingEase { score, min: 80.0, band: "8-11".into() })]);
}

#[test]
fn spanish_reading_ease_too_low() {
    let f = Fixture::new();
    let sentence = "La autenticación multifactorial constituye una salvaguarda imprescindible.";
    let paragraph = [sentence; 10].join(" ");
    for id in base_sections() {
        f.edit(ES, |t| set_body(t, &id, &paragraph));
    }
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{}", render(&problems));
    match &problems[0].kind {
        ProblemKind::ReadingEase { score, min, band } => {
            assert!(*score < 80.0, "{score}");
            assert_eq!((*min, band.as_str()), (80.0, "8-11"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!((&problems[0].file, problems[0].line), (&f.path(ES), 1));
}

/// A 17-word sentence.
const LONG_ES: &str = "A veces hay pleitos entre amistades y alguien se enoja mucho con otra persona de su salón.";

#[test]
fn long_sentence_in_a_kids_lesson() {
    let f = Fixture::new();
    f.replace(ES, "A veces hay pleitos entre amistades.", LONG_ES);
    let line = f.line_of(ES, LONG_ES);
    f.assert_problems(vec![f.at(ES, line, ProblemKind::LongSentence { words: 17, max: 14 })]);
}

#[test]
fn long_sentence_in_a_list_item() {
    let f = Fixture::new();
    let item = "- Don't answer messages that ask for your password, even when they promise you lots of free coins.";
    f.replace(EN, "- Don't answer messages that ask for your password.", item);
    let line = f.line_of(EN, item);
    f.assert_problems(vec![f.at(EN, line, ProblemKind::LongSentence { words: 17, max: 14 })]);
}

#[test]
fn long_sentence_wrapped_over_lines_is_reported_where_it_starts() {
    let f = Fixture::new();
    // A paragraph's lines are joined with spaces; the sentence starts at
    // the end of one line and goes on in the next.
    f.replace(
        ES,
        "Diego es buena onda. Aun así, tu contraseña no se presta.",
        "Diego es buena onda. Tu amigo\n  puede enojarse contigo y contar tu secreto a otras personas de la escuela sin querer.\nAun así, tu contraseña no se presta.",
    );
    let line = f.line_of(ES, "Diego es buena onda. Tu amigo");
    f.assert_problems(vec![f.at(ES, line, ProblemKind::LongSentence { words: 17, max: 14 })]);
}

#[test]
fn two_long_sentences_with_the_same_start_are_each_reported_at_their_line() {
    let f = Fixture::new();
    let first = "Si alguien te pide tu contraseña en el chat del juego, no se la des nunca jamás.";
    let second = "Si alguien te pide tu contraseña en la escuela, tampoco se la des aunque sea tu amigo.";
    f.replace(ES, "Ojo: no uses este ejemplo.", &format!("{first}\n\n{second}\n\nOjo: no uses este ejemplo."));
    f.assert_problems(vec![
        f.at(ES, f.line_of(ES, first), ProblemKind::LongSentence { words: 17, max: 14 }),
        f.at(ES, f.line_of(ES, second), ProblemKind::LongSentence { words: 17, max: 14 }),
    ]);
}

#[test]
fn long_sentence_starting_like_an_earlier_short_one() {
    let f = Fixture::new();
    let short = "Si alguien te pide tu contraseña, di que no.";
    let long = "Si alguien te pide tu contraseña en la escuela, tampoco se la des aunque sea tu amigo.";
    f.replace(ES, "Ojo: no uses este ejemplo.", &format!("{short}\n\n{long}\n\nOjo: no uses este ejemplo."));
    f.assert_problems(vec![f.at(ES, f.line_of(ES, long), ProblemKind::LongSentence { words: 17, max: 14 })]);
}

#[test]
fn fourteen_words_are_fine_in_a_kids_lesson() {
    let f = Fixture::new();
    // 14 words.
    f.replace(
        ES,
        "A veces hay pleitos entre amistades.",
        "A veces hay pleitos entre amistades y alguien se enoja mucho con otra persona.",
    );
    load_lesson(&f.lesson).unwrap_or_else(|p| panic!("{}", render(&p)));
}

#[test]
fn long_sentences_are_allowed_for_older_bands() {
    let privacy = repo().join("content/lessons/privacy-15-17");
    let lesson = load_lesson(&privacy).expect("privacy-15-17 is valid");
    let longest = lesson
        .sections
        .iter()
        .flat_map(|s| s.blocks.es_mx.iter().flat_map(Block::texts).map(str::to_owned).collect::<Vec<_>>())
        .flat_map(|piece| {
            ciberescudo_core::content::readability::sentences(&piece)
                .into_iter()
                .map(|s| ciberescudo_core::content::readability::words(s).count())
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap();
    assert!(longest >= 15, "the 15-17 lesson should show that long sentences pass; longest has {longest} words");
}

// ---------------------------------------------------------------------------
// Folders

#[test]
fn never_half_loads() {
    let f = Fixture::new();
    let broken = f.content.join("lessons").join("broken-lesson");
    copy_lesson(&f.lesson, &broken);
    fs::remove_file(broken.join(EN)).unwrap();
    let problems = load_dir(&f.content).expect_err("one lesson is broken");
    assert_eq!(
        problems,
        vec![
            Problem { file: broken.clone(), line: 1, kind: ProblemKind::MissingFile { name: EN.into() } },
            Problem {
                file: broken.join(LESSON),
                line: 1,
                kind: ProblemKind::IdMismatch { id: BASE.into(), folder: "broken-lesson".into() },
            },
        ]
    );
    assert!(problems.iter().all(|p| p.file.starts_with(&broken)));
}

#[test]
fn problems_of_several_lessons_are_sorted_by_file_and_line() {
    let f = Fixture::new();
    let other = f.content.join("lessons").join("a-first");
    copy_lesson(&f.lesson, &other);
    f.replace(LESSON, "band = \"8-11\"", "band = \"9-12\"");
    f.replace(LESSON, "topic = \"passwords\"", "topic = \"hacking\"");
    let problems = load_dir(&f.content).expect_err("both lessons are broken");
    assert_eq!(
        problems,
        vec![
            Problem {
                file: other.join(LESSON),
                line: 1,
                kind: ProblemKind::IdMismatch { id: BASE.into(), folder: "a-first".into() },
            },
            f.at(LESSON, 2, ProblemKind::UnknownTopic { topic: "hacking".into() }),
            f.at(LESSON, 3, ProblemKind::UnknownBand { band: "9-12".into() }),
        ]
    );
}

#[test]
fn folder_without_lessons() {
    let tmp = TempDir::new().unwrap();
    fs::create_dir_all(tmp.path().join("lessons")).unwrap();
    fs::write(tmp.path().join("lessons/README.md"), "not a lesson").unwrap();
    assert_eq!(
        load_dir(tmp.path()),
        Err(vec![Problem { file: tmp.path().join("lessons"), line: 1, kind: ProblemKind::NoLessons }])
    );
}

#[test]
fn folder_without_lessons_dir() {
    let tmp = TempDir::new().unwrap();
    let problems = load_dir(tmp.path()).expect_err("there is no lessons/");
    assert_eq!(problems.len(), 1);
    assert_eq!((&problems[0].file, problems[0].line), (&tmp.path().join("lessons"), 1));
    assert!(matches!(problems[0].kind, ProblemKind::Unreadable { .. }), "{:?}", problems[0].kind);
}

// ---------------------------------------------------------------------------
// The real content

fn real_catalog() -> Catalog {
    load_dir(&repo().join("content")).unwrap_or_else(|p| panic!("content/ is invalid:\n{}", render(&p)))
}

#[test]
fn real_content_loads() {
    let catalog = real_catalog();
    let folders = fs::read_dir(repo().join("content/lessons")).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count();
    assert_eq!(catalog.lessons().len(), folders);
    assert!(catalog.lesson(BASE).is_some());
    // Ordered by band.
    let bands: Vec<AgeBand> = catalog.lessons().iter().map(|l| l.band).collect();
    let mut sorted = bands.clone();
    sorted.sort();
    assert_eq!(bands, sorted);
}

#[test]
fn real_content_is_complete_in_both_languages() {
    for lesson in real_catalog().lessons() {
        for locale in Locale::ALL {
            let ctx = format!("{} ({locale})", lesson.id);
            assert!(!lesson.title.get(locale).trim().is_empty(), "{ctx}: title");
            assert!(!lesson.summary.get(locale).trim().is_empty(), "{ctx}: summary");
            for s in &lesson.sections {
                assert!(!s.title.get(locale).trim().is_empty(), "{ctx}: section {}", s.id);
                let blocks = s.blocks.get(locale);
                assert!(!blocks.is_empty(), "{ctx}: section {} has no body", s.id);
                assert!(blocks.iter().flat_map(Block::texts).all(|t| !t.trim().is_empty()), "{ctx}: {}", s.id);
            }
            for q in &lesson.questions {
                assert!(!q.prompt.get(locale).trim().is_empty(), "{ctx}: question {}", q.id);
                for o in &q.options {
                    assert!(!o.explanation.get(locale).trim().is_empty(), "{ctx}: {}.{}", q.id, o.id);
                    if let Some(text) = &o.text {
                        assert!(!text.get(locale).trim().is_empty(), "{ctx}: {}.{}", q.id, o.id);
                    }
                }
            }
            for s in &lesson.sources {
                assert!(!s.title.get(locale).trim().is_empty(), "{ctx}: source {}", s.id);
                assert!(!s.supports.get(locale).trim().is_empty(), "{ctx}: source {}", s.id);
            }
        }
    }
}

#[test]
fn real_quizzes_have_right_answers() {
    for lesson in real_catalog().lessons() {
        assert!((6..=10).contains(&lesson.questions.len()), "{}", lesson.id);
        for kind in QuestionKind::ALL {
            assert!(lesson.questions.iter().any(|q| q.kind == kind), "{}: no {kind:?}", lesson.id);
        }
        for q in &lesson.questions {
            let ctx = format!("{}: {}", lesson.id, q.id);
            let right: Vec<&str> = q.options.iter().filter(|o| o.right).map(|o| o.id.as_str()).collect();
            assert!(!right.is_empty(), "{ctx}: no right option");
            match q.kind {
                QuestionKind::Single => assert_eq!(right.len(), 1, "{ctx}"),
                QuestionKind::Multiple => assert!(right.len() < q.options.len(), "{ctx}: every option is right"),
                QuestionKind::TrueFalse => {
                    let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
                    assert_eq!(ids, ["true", "false"], "{ctx}");
                    assert_eq!(right.len(), 1, "{ctx}");
                    assert!(q.options.iter().all(|o| o.text.is_none()), "{ctx}");
                }
            }
            if q.kind != QuestionKind::TrueFalse {
                assert!(q.options.iter().all(|o| o.text.is_some()), "{ctx}: an option without text");
            }
            let right_answer: Vec<String> = right.iter().map(|s| (*s).to_owned()).collect();
            assert!(ciberescudo_core::scoring::is_right(q, &right_answer), "{ctx}");
        }
    }
}

#[test]
fn catalog_json_round_trips() {
    let catalog = real_catalog();
    let json = catalog.to_json();
    let back = Catalog::from_json(&json).expect("the catalog's own JSON parses");
    assert_eq!(back, catalog);
    assert_eq!(back.to_json(), json);
    assert!(json.contains("\"es-MX\""), "localized texts are keyed by language tag");
}
