//! The TypeScript twins of every type that crosses the IPC boundary,
//! written to `ui/src/lib/bindings.ts`. A test fails when that file is
//! stale; `UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings`
//! rewrites it.

use ts_rs::{Config, TS};

use super::views::*;
use super::AppError;
use crate::content::{Block, Channel, Outcome, PlanPart, QuestionKind, Segment, Topic};
use crate::scoring::passphrase::{PassphraseStrength, PassphraseTip};
use crate::scoring::SpotScore;
use crate::stats::SyncProblem;
use crate::{AgeBand, Locale};

pub fn typescript() -> String {
    let cfg = Config::new();
    let declarations = [
        Locale::decl(&cfg),
        AgeBand::decl(&cfg),
        Topic::decl(&cfg),
        QuestionKind::decl(&cfg),
        AppError::decl(&cfg),
        BackupView::decl(&cfg),
        BackupRestored::decl(&cfg),
        Startup::decl(&cfg),
        ProfileView::decl(&cfg),
        NewProfile::decl(&cfg),
        LessonStatus::decl(&cfg),
        LessonCard::decl(&cfg),
        Segment::decl(&cfg),
        BlockView::decl(&cfg),
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
        AttemptView::decl(&cfg),
        Channel::decl(&cfg),
        Outcome::decl(&cfg),
        PartView::decl(&cfg),
        SpotView::decl(&cfg),
        ChoiceView::decl(&cfg),
        StepView::decl(&cfg),
        StoryView::decl(&cfg),
        GroupView::decl(&cfg),
        ItemView::decl(&cfg),
        SortView::decl(&cfg),
        PassphraseLabView::decl(&cfg),
        ActivityView::decl(&cfg),
        SpotScore::decl(&cfg),
        PartFeedback::decl(&cfg),
        SpotResult::decl(&cfg),
        Placement::decl(&cfg),
        ItemFeedback::decl(&cfg),
        SortResult::decl(&cfg),
        StoryResult::decl(&cfg),
        PassphraseTip::decl(&cfg),
        PassphraseStrength::decl(&cfg),
        GuideView::decl(&cfg),
        Block::decl(&cfg),
        PlanPart::decl(&cfg),
        PlanStepView::decl(&cfg),
        LessonPlanView::decl(&cfg),
        TermView::decl(&cfg),
        PlaceView::decl(&cfg),
        AdultStatus::decl(&cfg),
        ProfileHoldingsView::decl(&cfg),
        ClassSummary::decl(&cfg),
        RosterResult::decl(&cfg),
        CellStanding::decl(&cfg),
        CellView::decl(&cfg),
        LessonColumn::decl(&cfg),
        LearnerRow::decl(&cfg),
        ClassView::decl(&cfg),
        HardQuestionView::decl(&cfg),
        FileImportView::decl(&cfg),
        SyncProblem::decl(&cfg),
        OutboxReportView::decl(&cfg),
        StatsOn::decl(&cfg),
        StatsStatus::decl(&cfg),
        ReportLessonView::decl(&cfg),
        ReportQuestionView::decl(&cfg),
        StatsReportView::decl(&cfg),
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
