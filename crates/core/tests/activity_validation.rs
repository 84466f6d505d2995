//! Activities and home guides: the rules of docs/content-format.md, one test
//! per rule, on a copy of a real lesson extended with one activity of every kind.

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::content::{load_lesson, ActivityKind, Channel, Lesson, Outcome, Problem, ProblemKind};
use tempfile::TempDir;

const BASE: &str = "passwords-8-11";

const STRUCTURE: &str = r#"
[[activities]]
id = "fake-prize"
kind = "spot-the-scam"
after = "chat-trick"
channel = "chat"
parts = ["sender", "greeting", "offer", "link"]
suspicious = ["sender", "offer", "link"]

[[activities]]
id = "game-friend"
kind = "what-would-you-do"
after = "friend-asks"
steps = ["start", "asks-again", "end-told", "end-shared"]
[activities.choices]
start = [{ id = "keep-chatting", to = "asks-again" }, { id = "tell-adult", to = "end-told" }]
asks-again = [{ id = "share", to = "end-shared" }, { id = "say-no", to = "end-told" }]
[activities.endings]
end-told = "good"
end-shared = "risky"

[[activities]]
id = "what-to-share"
kind = "sort-it"
after = "what-to-do"
groups = ["share", "never"]
[activities.items]
favorite-color = "share"
favorite-game = "share"
password = "never"
home-address = "never"
"#;

fn text(lang: &str) -> String {
    let mut out = String::new();
    let mut entry = |header: &str, fields: &[&str]| {
        out.push_str(&format!("\n[activities.{header}]\n"));
        for field in fields {
            out.push_str(&format!("{field} = \"{lang} {header} {field}\"\n"));
        }
    };
    entry("fake-prize", &["title", "instructions"]);
    for part in ["sender", "greeting", "offer", "link"] {
        entry(&format!("fake-prize.parts.{part}"), &["text", "explanation"]);
    }
    entry("game-friend", &["title", "instructions"]);
    for step in ["start", "asks-again", "end-told", "end-shared"] {
        entry(&format!("game-friend.steps.{step}"), &["text"]);
    }
    for choice in ["keep-chatting", "tell-adult", "share", "say-no"] {
        entry(&format!("game-friend.choices.{choice}"), &["text", "feedback"]);
    }
    entry("what-to-share", &["title", "instructions"]);
    for group in ["share", "never"] {
        entry(&format!("what-to-share.groups.{group}"), &["label"]);
    }
    for item in ["favorite-color", "favorite-game", "password", "home-address"] {
        entry(&format!("what-to-share.items.{item}"), &["text", "explanation"]);
    }
    out
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
        for name in ["lesson.toml", "es-MX.toml", "en.toml", "plan.es-MX.toml", "plan.en.toml"] {
            fs::copy(real.join(name), lesson.join(name)).unwrap();
        }
        let f = Fixture { _dir: dir, lesson };
        f.append("lesson.toml", STRUCTURE);
        f.append("es-MX.toml", &text("es"));
        f.append("en.toml", &text("en"));
        f
    }

    fn path(&self, name: &str) -> PathBuf {
        self.lesson.join(name)
    }

    fn append(&self, name: &str, extra: &str) {
        let mut s = fs::read_to_string(self.path(name)).unwrap();
        s.push_str(extra);
        fs::write(self.path(name), s).unwrap();
    }

    fn replace(&self, name: &str, from: &str, to: &str) {
        let s = fs::read_to_string(self.path(name)).unwrap();
        assert!(s.contains(from), "{name} does not contain {from:?}");
        fs::write(self.path(name), s.replacen(from, to, 1)).unwrap();
    }

    fn line_of(&self, name: &str, needle: &str) -> usize {
        let s = fs::read_to_string(self.path(name)).unwrap();
        let at = s.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {name}"));
        s[..at].matches('\n').count() + 1
    }

    fn load(&self) -> Result<Lesson, Vec<Problem>> {
        load_lesson(&self.lesson)
    }

    fn problems(&self) -> Vec<Problem> {
        self.load().expect_err("the fixture should be invalid")
    }

    /// Asserts that exactly this problem is reported, at this file and line.
    fn expect_only(&self, name: &str, line: usize, kind: ProblemKind) {
        let problems = self.problems();
        assert_eq!(problems, vec![Problem { file: self.path(name), line, kind }], "{problems:#?}");
    }

    /// Asserts that this problem is among those reported.
    fn expect(&self, name: &str, line: usize, kind: ProblemKind) {
        let problems = self.problems();
        let wanted = Problem { file: self.path(name), line, kind };
        assert!(problems.contains(&wanted), "{wanted:?} not in {problems:#?}");
    }
}

#[test]
fn every_kind_of_activity_loads_into_the_model() {
    let lesson = Fixture::new().load().expect("the fixture is valid");
    let kinds: Vec<&ActivityKind> = lesson.activities.iter().map(|a| &a.kind).collect();
    assert!(matches!(kinds[0], ActivityKind::PassphraseLab));

    let spot = &lesson.activities[1];
    assert_eq!(spot.after, "chat-trick");
    assert_eq!(spot.title.en, "en fake-prize title");
    let ActivityKind::SpotTheScam { channel, parts } = &spot.kind else { panic!("spot-the-scam") };
    assert_eq!(*channel, Channel::Chat);
    let flags: Vec<(&str, bool)> = parts.iter().map(|p| (p.id.as_str(), p.suspicious)).collect();
    assert_eq!(flags, vec![("sender", true), ("greeting", false), ("offer", true), ("link", true)]);
    assert_eq!(parts[3].explanation.es_mx, "es fake-prize.parts.link explanation");

    let ActivityKind::WhatWouldYouDo { steps } = &lesson.activities[2].kind else { panic!("what-would-you-do") };
    assert_eq!(steps[0].id, "start");
    let start: Vec<(&str, &str)> = steps[0].choices.iter().map(|c| (c.id.as_str(), c.to.as_str())).collect();
    assert_eq!(start, vec![("keep-chatting", "asks-again"), ("tell-adult", "end-told")]);
    assert_eq!(steps[0].ending, None);
    assert_eq!(steps[2].ending, Some(Outcome::Good));
    assert_eq!(steps[3].ending, Some(Outcome::Risky));
    assert_eq!(steps[0].choices[1].feedback.en, "en game-friend.choices.tell-adult feedback");

    let ActivityKind::SortIt { groups, items } = &lesson.activities[3].kind else { panic!("sort-it") };
    assert_eq!(groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), vec!["share", "never"]);
    // Items keep the order they are written in.
    let placed: Vec<(&str, &str)> = items.iter().map(|i| (i.id.as_str(), i.group.as_str())).collect();
    assert_eq!(
        placed,
        vec![("favorite-color", "share"), ("favorite-game", "share"), ("password", "never"), ("home-address", "never")]
    );
    assert_eq!(lesson.guide, None);
}

#[test]
fn a_learner_lesson_needs_an_activity() {
    let f = Fixture::new();
    let s = fs::read_to_string(f.path("lesson.toml")).unwrap();
    let cut = s.find("[[activities]]").unwrap();
    fs::write(f.path("lesson.toml"), &s[..cut]).unwrap();
    for name in ["es-MX.toml", "en.toml"] {
        let s = fs::read_to_string(f.path(name)).unwrap();
        fs::write(f.path(name), &s[..s.find("[activities.").unwrap()]).unwrap();
    }
    f.expect_only("lesson.toml", 1, ProblemKind::MissingActivity);
}

#[test]
fn unknown_kind() {
    let f = Fixture::new();
    f.replace("lesson.toml", "kind = \"passphrase-lab\"", "kind = \"crossword\"");
    let line = f.line_of("lesson.toml", "kind = \"crossword\"");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownActivityKind { kind: "crossword".into() });
}

#[test]
fn after_must_name_a_section() {
    let f = Fixture::new();
    f.replace("lesson.toml", "after = \"chat-trick\"", "after = \"nowhere\"");
    let line = f.line_of("lesson.toml", "after = \"nowhere\"");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownReference { id: "nowhere".into() });
}

#[test]
fn fields_of_another_kind_are_errors() {
    let f = Fixture::new();
    f.replace("lesson.toml", "kind = \"sort-it\"\n", "kind = \"sort-it\"\nchannel = \"sms\"\n");
    let line = f.line_of("lesson.toml", "id = \"what-to-share\"");
    f.expect_only("lesson.toml", line, ProblemKind::ActivityFieldUnused { field: "channel".into(), kind: "sort-it".into() });
}

#[test]
fn missing_fields_are_errors() {
    let f = Fixture::new();
    f.replace("lesson.toml", "channel = \"chat\"\n", "");
    let line = f.line_of("lesson.toml", "id = \"fake-prize\"");
    f.expect_only(
        "lesson.toml",
        line,
        ProblemKind::ActivityFieldMissing { field: "channel".into(), kind: "spot-the-scam".into() },
    );
}

#[test]
fn unknown_channel() {
    let f = Fixture::new();
    f.replace("lesson.toml", "channel = \"chat\"", "channel = \"fax\"");
    let line = f.line_of("lesson.toml", "channel = \"fax\"");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownChannel { channel: "fax".into() });
}

#[test]
fn a_message_has_three_to_twelve_parts() {
    let f = Fixture::new();
    f.replace("lesson.toml", "parts = [\"sender\", \"greeting\", \"offer\", \"link\"]", "parts = [\"sender\", \"link\"]");
    f.replace("lesson.toml", "suspicious = [\"sender\", \"offer\", \"link\"]", "suspicious = [\"link\"]");
    let line = f.line_of("lesson.toml", "parts = [\"sender\", \"link\"]");
    f.expect("lesson.toml", line, ProblemKind::PartCount { count: 2, min: 3, max: 12 });
}

#[test]
fn suspicious_parts_are_some_but_not_all() {
    let f = Fixture::new();
    f.replace(
        "lesson.toml",
        "suspicious = [\"sender\", \"offer\", \"link\"]",
        "suspicious = [\"sender\", \"greeting\", \"offer\", \"link\"]",
    );
    let line = f.line_of("lesson.toml", "suspicious = [");
    f.expect_only("lesson.toml", line, ProblemKind::SuspiciousParts);

    let f = Fixture::new();
    f.replace("lesson.toml", "suspicious = [\"sender\", \"offer\", \"link\"]", "suspicious = [\"sender\", \"footer\"]");
    let line = f.line_of("lesson.toml", "suspicious = [");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownReference { id: "footer".into() });
}

#[test]
fn a_choice_must_lead_to_a_step() {
    let f = Fixture::new();
    f.replace("lesson.toml", "{ id = \"share\", to = \"end-shared\" }", "{ id = \"share\", to = \"the-void\" }");
    let line = f.line_of("lesson.toml", "the-void");
    f.expect("lesson.toml", line, ProblemKind::UnknownReference { id: "the-void".into() });
    // end-shared is now unreachable too.
    let line = f.line_of("lesson.toml", "steps = [");
    f.expect("lesson.toml", line, ProblemKind::UnreachableStep { id: "end-shared".into() });
}

#[test]
fn endings_have_no_choices_and_other_steps_have_some() {
    let f = Fixture::new();
    f.replace("lesson.toml", "end-told = \"good\"\n", "end-told = \"good\"\nasks-again = \"okay\"\n");
    let line = f.line_of("lesson.toml", "asks-again = [");
    f.expect_only("lesson.toml", line, ProblemKind::EndingWithChoices { id: "asks-again".into() });

    let f = Fixture::new();
    f.replace("lesson.toml", "end-shared = \"risky\"\n", "");
    let line = f.line_of("lesson.toml", "steps = [");
    f.expect_only("lesson.toml", line, ProblemKind::StepWithoutEnding { id: "end-shared".into() });
}

#[test]
fn outcomes_are_good_okay_or_risky_and_one_is_good() {
    let f = Fixture::new();
    f.replace("lesson.toml", "end-shared = \"risky\"", "end-shared = \"awful\"");
    let line = f.line_of("lesson.toml", "end-shared = \"awful\"");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownOutcome { outcome: "awful".into() });

    let f = Fixture::new();
    f.replace("lesson.toml", "end-told = \"good\"", "end-told = \"okay\"");
    let line = f.line_of("lesson.toml", "id = \"game-friend\"");
    f.expect_only("lesson.toml", line, ProblemKind::NoGoodEnding);
}

#[test]
fn sort_groups_and_items_are_bounded_and_every_group_is_used() {
    let f = Fixture::new();
    f.replace("lesson.toml", "groups = [\"share\", \"never\"]", "groups = [\"share\", \"never\", \"ask-first\"]");
    f.append("es-MX.toml", "\n[activities.what-to-share.groups.ask-first]\nlabel = \"x\"\n");
    f.append("en.toml", "\n[activities.what-to-share.groups.ask-first]\nlabel = \"x\"\n");
    let line = f.line_of("lesson.toml", "groups = [");
    f.expect_only("lesson.toml", line, ProblemKind::EmptyGroup { id: "ask-first".into() });

    let f = Fixture::new();
    f.replace("lesson.toml", "password = \"never\"", "password = \"maybe\"");
    let line = f.line_of("lesson.toml", "password = \"maybe\"");
    f.expect_only("lesson.toml", line, ProblemKind::UnknownReference { id: "maybe".into() });

    let f = Fixture::new();
    f.replace("lesson.toml", "favorite-game = \"share\"\n", "");
    f.replace("es-MX.toml", "[activities.what-to-share.items.favorite-game]", "[activities.what-to-share.items.unused]");
    f.replace("en.toml", "[activities.what-to-share.items.favorite-game]", "[activities.what-to-share.items.unused]");
    let line = f.line_of("lesson.toml", "[activities.items]");
    f.expect("lesson.toml", line, ProblemKind::ItemCount { count: 3, min: 4, max: 12 });
}

#[test]
fn every_part_step_choice_group_and_item_has_text_in_both_languages() {
    let f = Fixture::new();
    f.replace("en.toml", "[activities.fake-prize.parts.offer]", "[activities.fake-prize.parts.bonus]");
    let declared = f.line_of("lesson.toml", "id = \"fake-prize\"");
    let extra = f.line_of("en.toml", "[activities.fake-prize.parts.bonus]");
    let problems = f.problems();
    let en = f.path("en.toml");
    assert_eq!(
        problems,
        vec![
            Problem {
                file: f.path("lesson.toml"),
                line: declared,
                kind: ProblemKind::MissingText { what: "part", id: "fake-prize.offer".into(), file: "en.toml".into() }
            },
            Problem { file: en, line: extra, kind: ProblemKind::ExtraText { what: "part", id: "fake-prize.bonus".into() } },
        ]
    );

    let f = Fixture::new();
    f.replace("es-MX.toml", "[activities.game-friend.choices.say-no]", "[activities.game-friend.choices.say-maybe]");
    let declared = f.line_of("lesson.toml", "id = \"game-friend\"");
    f.expect(
        "lesson.toml",
        declared,
        ProblemKind::MissingText { what: "choice", id: "game-friend.say-no".into(), file: "es-MX.toml".into() },
    );
}

#[test]
fn activity_text_must_not_be_empty() {
    let f = Fixture::new();
    f.replace("en.toml", "feedback = \"en game-friend.choices.share feedback\"", "feedback = \" \"");
    let line = f.line_of("en.toml", "feedback = \" \"");
    f.expect_only("en.toml", line, ProblemKind::EmptyText { field: "activities.game-friend.choices.share.feedback".into() });
}

#[test]
fn guides_belong_to_adult_lessons_only() {
    let f = Fixture::new();
    f.append("es-MX.toml", "\n[guide]\ntitle = \"t\"\nintro = \"i\"\nquestions = [\"a\", \"b\", \"c\"]\n");
    let line = f.line_of("es-MX.toml", "[guide]");
    f.expect_only("es-MX.toml", line, ProblemKind::UnexpectedGuide);
}

/// Turns the fixture into an adult lesson (`family-accounts`), whose rules
/// on length and reading ease are met by the same text.
fn adult_fixture() -> Fixture {
    let f = Fixture::new();
    let adult = f.lesson.with_file_name("family-accounts");
    fs::rename(&f.lesson, &adult).unwrap();
    let f = Fixture { lesson: adult, ..f };
    f.replace("lesson.toml", "id = \"passwords-8-11\"", "id = \"family-accounts\"");
    f.replace("lesson.toml", "topic = \"passwords\"", "topic = \"family-accounts\"");
    f.replace("lesson.toml", "band = \"8-11\"", "band = \"adults\"");
    // Lessons for adults have no lesson plan.
    for name in ["plan.es-MX.toml", "plan.en.toml"] {
        fs::remove_file(f.path(name)).unwrap();
    }
    f
}

#[test]
fn adult_lessons_need_a_guide_of_three_to_eight_questions() {
    let f = adult_fixture();
    f.expect("es-MX.toml", 1, ProblemKind::MissingGuide);
    f.expect("en.toml", 1, ProblemKind::MissingGuide);

    let f = adult_fixture();
    for name in ["es-MX.toml", "en.toml"] {
        f.append(name, "\n[guide]\ntitle = \"Para platicar\"\nintro = \"Pregunte con calma.\"\nquestions = [\"¿Qué juegas?\", \"¿Con quién?\"]\n");
    }
    let line = f.line_of("en.toml", "questions = [");
    f.expect("en.toml", line, ProblemKind::GuideQuestionCount { count: 2, min: 3, max: 8 });
}

#[test]
fn an_adult_guide_loads_in_both_languages() {
    let f = adult_fixture();
    f.append("es-MX.toml", "\n[guide]\ntitle = \"Para platicar\"\nintro = \"Pregunte con calma.\"\nquestions = [\"¿Qué juegas?\", \"¿Con quién?\", \"¿Qué te gusta?\"]\n");
    f.append("en.toml", "\n[guide]\ntitle = \"Talk at home\"\nintro = \"Ask calmly.\"\nquestions = [\"What do you play?\", \"With whom?\", \"What do you like?\"]\n");
    let lesson = f.load().expect("a valid adult lesson");
    let guide = lesson.guide.expect("it has a guide");
    assert_eq!(guide.title.es_mx, "Para platicar");
    assert_eq!(guide.questions.en, vec!["What do you play?", "With whom?", "What do you like?"]);
}
