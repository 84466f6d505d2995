//! Lesson plans: the rules of docs/content-format.md, one test per rule, on a
//! copy of a real lesson whose plan files are replaced by a known plan.

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::content::{load_dir, load_lesson, Block, Lesson, PlanPart, Problem, ProblemKind};
use tempfile::TempDir;

const BASE: &str = "passwords-8-11";
const PLAN_ES: &str = "plan.es-MX.toml";
const PLAN_EN: &str = "plan.en.toml";

/// A plan in one language; every text says which language it is in.
fn plan(lang: &str) -> String {
    format!(
        r#"objective = "{lang} objective"

[opening]
minutes = 5
question = "{lang} opening question?"
text = "{lang} opening"

[lesson]
minutes = 15
text = """
{lang} lesson first paragraph.

- {lang} stop one
- {lang} stop two
"""

[activity]
minutes = 10
text = "{lang} activity"

[discussion]
minutes = 10
questions = ["{lang} q1?", "{lang} q2?", "{lang} q3?"]

[closing]
minutes = 5
text = "{lang} closing"

[offline]
text = "{lang} offline"

[disclosure]
text = "{lang} disclosure"
"#
    )
}

struct Fixture {
    _dir: TempDir,
    lesson: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = TempDir::new().unwrap();
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/lessons").join(BASE);
        let lesson = dir.path().join(BASE);
        fs::create_dir(&lesson).unwrap();
        for name in ["lesson.toml", "es-MX.toml", "en.toml"] {
            fs::copy(real.join(name), lesson.join(name)).unwrap();
        }
        let f = Fixture { _dir: dir, lesson };
        f.write(PLAN_ES, &plan("es"));
        f.write(PLAN_EN, &plan("en"));
        f
    }

    fn path(&self, name: &str) -> PathBuf {
        self.lesson.join(name)
    }

    fn write(&self, name: &str, text: &str) {
        fs::write(self.path(name), text).unwrap();
    }

    fn replace(&self, name: &str, from: &str, to: &str) {
        let s = fs::read_to_string(self.path(name)).unwrap();
        assert_eq!(s.matches(from).count(), 1, "{from:?} must occur once in {name}");
        self.write(name, &s.replacen(from, to, 1));
    }

    fn line_of(&self, name: &str, needle: &str) -> usize {
        let s = fs::read_to_string(self.path(name)).unwrap();
        let at = s.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {name}"));
        s[..at].matches('\n').count() + 1
    }

    fn load(&self) -> Result<Lesson, Vec<Problem>> {
        load_lesson(&self.lesson)
    }

    /// Asserts that exactly these problems are reported, in any order.
    fn expect_only(&self, expected: &[(&str, usize, ProblemKind)]) {
        let mut problems = self.load().expect_err("the fixture should be invalid");
        let mut wanted: Vec<Problem> = expected
            .iter()
            .map(|(name, line, kind)| Problem { file: self.path(name), line: *line, kind: kind.clone() })
            .collect();
        let key = |p: &Problem| format!("{p}");
        problems.sort_by_key(key);
        wanted.sort_by_key(key);
        assert_eq!(problems, wanted);
    }
}

#[test]
fn a_plan_loads_in_both_languages_with_its_five_parts_in_order() {
    let lesson = Fixture::new().load().expect("a valid plan");
    let plan = lesson.plan.expect("a learner lesson has its plan");
    assert_eq!(plan.objective.es_mx, "es objective");
    assert_eq!(plan.objective.en, "en objective");
    assert_eq!(plan.steps.iter().map(|s| s.part).collect::<Vec<_>>(), PlanPart::ALL.to_vec());
    assert_eq!(plan.steps.iter().map(|s| s.minutes).collect::<Vec<_>>(), vec![5, 15, 10, 10, 5]);
    let opening = &plan.steps[0];
    assert_eq!(opening.questions.es_mx, vec!["es opening question?"]);
    assert_eq!(opening.text.as_ref().unwrap().en, "en opening");
    let discussion = &plan.steps[3];
    assert_eq!(discussion.questions.en, vec!["en q1?", "en q2?", "en q3?"]);
    assert!(discussion.text.is_none());
    assert_eq!(plan.disclosure.en, "en disclosure");
    // Texts keep the lesson bodies' markup for the screen to split.
    let lesson_text = &plan.steps[1].text.as_ref().unwrap().es_mx;
    assert_eq!(
        ciberescudo_core::content::parse_body(lesson_text),
        vec![
            Block::Paragraph { text: "es lesson first paragraph.".into() },
            Block::List { items: vec!["es stop one".into(), "es stop two".into()] },
        ]
    );
}

#[test]
fn a_learner_lesson_needs_both_plan_files() {
    let f = Fixture::new();
    fs::remove_file(f.path(PLAN_EN)).unwrap();
    let problems = f.load().expect_err("a plan is missing");
    assert_eq!(
        problems,
        vec![Problem { file: f.lesson.clone(), line: 1, kind: ProblemKind::MissingFile { name: PLAN_EN.into() } }]
    );
}

#[test]
fn lessons_for_adults_have_no_plan() {
    let f = Fixture::new();
    let adult = f.lesson.with_file_name("family-accounts");
    fs::rename(&f.lesson, &adult).unwrap();
    let f = Fixture { lesson: adult, ..f };
    f.replace("lesson.toml", "id = \"passwords-8-11\"", "id = \"family-accounts\"");
    f.replace("lesson.toml", "topic = \"passwords\"", "topic = \"family-accounts\"");
    f.replace("lesson.toml", "band = \"8-11\"", "band = \"adults\"");
    let problems = f.load().expect_err("an adult lesson with a plan");
    for name in [PLAN_ES, PLAN_EN] {
        let wanted = Problem { file: f.path(name), line: 1, kind: ProblemKind::UnexpectedPlan };
        assert!(problems.contains(&wanted), "{wanted:?} not in {problems:#?}");
    }
}

#[test]
fn the_parts_add_up_to_45_minutes() {
    let f = Fixture::new();
    f.replace(PLAN_ES, "[lesson]\nminutes = 15", "[lesson]\nminutes = 20");
    f.replace(PLAN_EN, "[lesson]\nminutes = 15", "[lesson]\nminutes = 20");
    f.expect_only(&[
        (PLAN_ES, 1, ProblemKind::PlanMinutes { minutes: 50, expected: 45 }),
        (PLAN_EN, 1, ProblemKind::PlanMinutes { minutes: 50, expected: 45 }),
    ]);
}

#[test]
fn no_part_lasts_zero_minutes() {
    let f = Fixture::new();
    for name in [PLAN_ES, PLAN_EN] {
        f.replace(name, "[closing]\nminutes = 5", "[closing]\nminutes = 0");
        f.replace(name, "[lesson]\nminutes = 15", "[lesson]\nminutes = 20");
    }
    let line = f.line_of(PLAN_ES, "minutes = 0");
    f.expect_only(&[
        (PLAN_ES, line, ProblemKind::PlanMinutes { minutes: 0, expected: 45 }),
        (PLAN_EN, line, ProblemKind::PlanMinutes { minutes: 0, expected: 45 }),
    ]);
}

#[test]
fn both_languages_keep_the_same_schedule() {
    let f = Fixture::new();
    f.replace(PLAN_EN, "[lesson]\nminutes = 15", "[lesson]\nminutes = 10");
    f.replace(PLAN_EN, "[activity]\nminutes = 10", "[activity]\nminutes = 15");
    f.expect_only(&[
        (PLAN_EN, f.line_of(PLAN_EN, "minutes = 10\ntext = \"\"\""), ProblemKind::PlanDiffers { field: "lesson.minutes".into() }),
        (PLAN_EN, f.line_of(PLAN_EN, "minutes = 15"), ProblemKind::PlanDiffers { field: "activity.minutes".into() }),
    ]);
}

#[test]
fn the_discussion_has_three_to_five_questions_in_both_languages() {
    let f = Fixture::new();
    f.replace(PLAN_EN, r#"questions = ["en q1?", "en q2?", "en q3?"]"#, r#"questions = ["en q1?", "en q2?"]"#);
    let line = f.line_of(PLAN_EN, "questions = [");
    f.expect_only(&[
        (PLAN_EN, line, ProblemKind::PlanQuestionCount { count: 2, min: 3, max: 5 }),
        (PLAN_EN, line, ProblemKind::PlanDiffers { field: "discussion.questions".into() }),
    ]);
}

#[test]
fn only_the_opening_has_a_question_and_only_the_discussion_has_questions() {
    let f = Fixture::new();
    f.replace(PLAN_ES, "question = \"es opening question?\"\n", "");
    f.replace(PLAN_ES, "text = \"es closing\"", "text = \"es closing\"\nquestion = \"¿Y luego?\"");
    f.replace(PLAN_ES, "questions = [\"es q1?\", \"es q2?\", \"es q3?\"]", "text = \"es discussion\"");
    f.expect_only(&[
        (PLAN_ES, f.line_of(PLAN_ES, "[opening]") + 1, ProblemKind::PlanFieldMissing { field: "opening.question".into() }),
        (
            PLAN_ES,
            f.line_of(PLAN_ES, "question = \"¿Y luego?\""),
            ProblemKind::PlanFieldUnused { field: "closing.question".into() },
        ),
        (PLAN_ES, f.line_of(PLAN_ES, "[discussion]") + 1, ProblemKind::PlanFieldMissing { field: "discussion.questions".into() }),
        (PLAN_EN, f.line_of(PLAN_EN, "[discussion]") + 1, ProblemKind::PlanDiffers { field: "discussion.text".into() }),
    ]);
}

#[test]
fn every_text_is_required_and_not_empty() {
    let f = Fixture::new();
    f.replace(PLAN_ES, "text = \"es activity\"\n", "");
    f.replace(PLAN_EN, "text = \"en disclosure\"", "text = \"  \"");
    f.expect_only(&[
        (PLAN_ES, f.line_of(PLAN_ES, "[activity]") + 1, ProblemKind::PlanFieldMissing { field: "activity.text".into() }),
        (PLAN_EN, f.line_of(PLAN_EN, "text = \"  \""), ProblemKind::EmptyText { field: "disclosure.text".into() }),
    ]);
}

#[test]
fn an_unknown_key_is_a_syntax_problem_naming_the_line() {
    let f = Fixture::new();
    f.replace(PLAN_ES, "[offline]\n", "[offline]\nmaterials = \"papel\"\n");
    let problems = f.load().expect_err("an unknown key");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, f.path(PLAN_ES));
    assert_eq!(problems[0].line, f.line_of(PLAN_ES, "materials"));
    assert!(matches!(&problems[0].kind, ProblemKind::Syntax { detail } if detail.contains("materials")), "{problems:?}");
}

/// The real curriculum: every learner lesson has a plan of 45 minutes, every
/// lesson for adults has none.
#[test]
fn every_learner_lesson_of_the_curriculum_has_its_plan() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let catalog = load_dir(&content).unwrap_or_else(|p| panic!("{p:#?}"));
    for lesson in catalog.lessons() {
        let for_adults = lesson.topic.is_for_adults();
        assert_eq!(lesson.plan.is_some(), !for_adults, "{}", lesson.id);
        if let Some(plan) = &lesson.plan {
            assert_eq!(plan.steps.iter().map(|s| s.minutes).sum::<u32>(), 45, "{}", lesson.id);
        }
    }
}
