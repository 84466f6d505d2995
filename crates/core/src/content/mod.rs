//! Lessons and quizzes: their model, how they are read from disk, and the
//! rules they must follow before the app will show them.
//!
//! A lesson is a folder: `lesson.toml` holds the language-neutral structure
//! and `es-MX.toml` / `en.toml` hold its text, keyed by the same ids. See
//! `docs/content-format.md`.

mod activity;
mod balance;
mod body;
mod curriculum;
mod loader;
mod model;
mod plan;
mod problem;
mod raw;
pub mod readability;
mod reference;
mod spans;
mod terms;
mod validate;
mod validate_activity;

pub use activity::{
    Activity, ActivityKind, ActivityType, Channel, Guide, Outcome, ScamPart, SortGroup, SortItem, Step, StepChoice,
};
pub use balance::QuizBalance;
pub use body::{parse_body, Block};
pub use curriculum::{BandRules, Topic};
pub use loader::{load_dir, load_lesson};
pub use model::{Catalog, Choice, Lesson, Localized, Question, QuestionKind, Section, Source};
pub use plan::{LessonPlan, PlanPart, PlanStep, DISCUSSION_QUESTIONS, PLAN_MINUTES};
pub use problem::{Problem, ProblemKind};
pub use reference::{HelpPlace, Term};
pub use terms::{linked_phrases, Segment, TermIndex};
