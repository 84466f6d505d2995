//! The TypeScript twins of every type that crosses the IPC boundary,
//! written to `ui/src/lib/bindings.ts`. A test fails when that file is
//! stale; `UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings`
//! rewrites it.

use ts_rs::{Config, TS};

use super::dto::*;
use super::AppError;
use crate::content::{Block, QuestionKind};
use crate::progress::{NewProfile, Profile};
use crate::{AgeBand, Locale};

pub fn typescript() -> String {
    let cfg = Config::new();
    let declarations = [
        Locale::decl(&cfg),
        AgeBand::decl(&cfg),
        QuestionKind::decl(&cfg),
        AppError::decl(&cfg),
        Startup::decl(&cfg),
        Profile::decl(&cfg),
        NewProfile::decl(&cfg),
        LessonStatus::decl(&cfg),
        LessonCard::decl(&cfg),
        Block::decl(&cfg),
        SectionView::decl(&cfg),
        SourceView::decl(&cfg),
        LessonView::decl(&cfg),
        OptionView::decl(&cfg),
        QuestionView::decl(&cfg),
        OptionFeedback::decl(&cfg),
        Feedback::decl(&cfg),
        QuizView::decl(&cfg),
        QuestionReview::decl(&cfg),
        QuizResult::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in crates/core by ts-rs. Do not edit.\n\
         // Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings\n\n",
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(declaration.trim());
        out.push('\n');
    }
    out
}
