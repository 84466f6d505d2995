//! The teacher's lesson plan beside each learner lesson: `plan.es-MX.toml`
//! and `plan.en.toml`. A class period of 45 minutes in five parts (opening,
//! the lesson, its activity, discussion, closing), the same class without
//! computers, and what to do when a learner discloses something. Texts use
//! the lesson bodies' small markup (paragraphs and "- " lists).

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::model::Localized;
use super::problem::ProblemKind;
use super::spans::SourceFile;
use super::validate::{non_empty, trim, Report};
use crate::tag::string_enum;
use crate::Locale;

/// One school period in Mexico's secundaria: the plan fills it exactly.
pub const PLAN_MINUTES: u32 = 45;
pub const DISCUSSION_QUESTIONS: RangeInclusive<usize> = 3..=5;

/// The five parts of a class period, in the order they are taught.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PlanPart {
    Opening,
    Lesson,
    Activity,
    Discussion,
    Closing,
}

string_enum!(PlanPart);

impl PlanPart {
    pub const ALL: [PlanPart; 5] =
        [PlanPart::Opening, PlanPart::Lesson, PlanPart::Activity, PlanPart::Discussion, PlanPart::Closing];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonPlan {
    pub objective: Localized<String>,
    /// The five parts, in `PlanPart::ALL` order.
    pub steps: Vec<PlanStep>,
    /// The same class in a room with no computers.
    pub offline: Localized<String>,
    /// What to do when a learner tells the teacher something worrying.
    pub disclosure: Localized<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanStep {
    pub part: PlanPart,
    pub minutes: u32,
    /// How to run this part; the discussion may have none.
    pub text: Option<Localized<String>>,
    /// The opening's one question to the class, or the discussion's questions.
    pub questions: Localized<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPlan {
    objective: Spanned<String>,
    opening: RawStep,
    lesson: RawStep,
    activity: RawStep,
    discussion: RawStep,
    closing: RawStep,
    offline: RawNote,
    disclosure: RawNote,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    minutes: Spanned<u32>,
    text: Option<Spanned<String>>,
    /// The opening's question.
    question: Option<Spanned<String>>,
    /// The discussion's questions.
    questions: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    text: Spanned<String>,
}

/// A plan file as read: its language, its file (for line numbers) and its contents.
pub(crate) struct PlanFile {
    pub locale: Locale,
    pub file: SourceFile,
    pub raw: RawPlan,
}

impl RawPlan {
    fn step(&self, part: PlanPart) -> &RawStep {
        match part {
            PlanPart::Opening => &self.opening,
            PlanPart::Lesson => &self.lesson,
            PlanPart::Activity => &self.activity,
            PlanPart::Discussion => &self.discussion,
            PlanPart::Closing => &self.closing,
        }
    }
}

/// Checks one language's plan on its own: every field the part needs and
/// none it does not, and 45 minutes in all.
pub(crate) fn check_plan(plan: &PlanFile, report: &mut Report) {
    let (file, raw) = (&plan.file, &plan.raw);
    non_empty(file, &raw.objective, "objective", report);
    non_empty(file, &raw.offline.text, "offline.text", report);
    non_empty(file, &raw.disclosure.text, "disclosure.text", report);
    let mut total = 0;
    for part in PlanPart::ALL {
        let step = raw.step(part);
        let name = part.tag();
        if *step.minutes.get_ref() == 0 {
            report.at(file, &step.minutes, ProblemKind::PlanMinutes { minutes: 0, expected: PLAN_MINUTES as usize });
        }
        total += step.minutes.get_ref();
        match (&step.text, part) {
            (Some(text), _) => non_empty(file, text, &format!("{name}.text"), report),
            (None, PlanPart::Discussion) => {}
            (None, _) => report.at(file, &step.minutes, ProblemKind::PlanFieldMissing { field: format!("{name}.text") }),
        }
        match (&step.question, part) {
            (Some(q), PlanPart::Opening) => non_empty(file, q, "opening.question", report),
            (None, PlanPart::Opening) => {
                report.at(file, &step.minutes, ProblemKind::PlanFieldMissing { field: "opening.question".into() })
            }
            (Some(q), _) => report.at(file, q, ProblemKind::PlanFieldUnused { field: format!("{name}.question") }),
            (None, _) => {}
        }
        match (&step.questions, part) {
            (Some(qs), PlanPart::Discussion) => {
                let count = qs.get_ref().len();
                if !DISCUSSION_QUESTIONS.contains(&count) {
                    let (min, max) = (*DISCUSSION_QUESTIONS.start(), *DISCUSSION_QUESTIONS.end());
                    report.at(file, qs, ProblemKind::PlanQuestionCount { count, min, max });
                }
                for q in qs.get_ref() {
                    non_empty(file, q, "discussion.questions", report);
                }
            }
            (None, PlanPart::Discussion) => {
                report.at(file, &step.minutes, ProblemKind::PlanFieldMissing { field: "discussion.questions".into() })
            }
            (Some(qs), _) => report.at(file, qs, ProblemKind::PlanFieldUnused { field: format!("{name}.questions") }),
            (None, _) => {}
        }
    }
    if total != PLAN_MINUTES {
        report.at_line(file, 1, ProblemKind::PlanMinutes { minutes: total as usize, expected: PLAN_MINUTES as usize });
    }
}

/// The languages must agree on the schedule: the same minutes for each part
/// and as many discussion questions.
pub(crate) fn check_plans_agree(es: &PlanFile, en: &PlanFile, report: &mut Report) {
    for part in PlanPart::ALL {
        let (a, b) = (es.raw.step(part), en.raw.step(part));
        if a.minutes.get_ref() != b.minutes.get_ref() {
            report.at(&en.file, &b.minutes, ProblemKind::PlanDiffers { field: format!("{}.minutes", part.tag()) });
        }
        // Only the discussion's text is optional; a missing required one is named by `check_plan`.
        if part == PlanPart::Discussion && a.text.is_some() != b.text.is_some() {
            report.at(&en.file, &b.minutes, ProblemKind::PlanDiffers { field: format!("{}.text", part.tag()) });
        }
        let count = |s: &RawStep| s.questions.as_ref().map(|q| q.get_ref().len());
        if let (Some(n), Some(m)) = (count(a), count(b)) {
            if n != m {
                let at = b.questions.as_ref().expect("counted");
                report.at(&en.file, at, ProblemKind::PlanDiffers { field: format!("{}.questions", part.tag()) });
            }
        }
    }
}

/// Builds the plan from both languages once they have passed the checks.
pub(crate) fn assemble_plan(es: &RawPlan, en: &RawPlan) -> LessonPlan {
    let both = |f: &dyn Fn(&RawPlan) -> &Spanned<String>| Localized { es_mx: trim(f(es)), en: trim(f(en)) };
    let list = |s: &RawStep| -> Vec<String> {
        match (&s.question, &s.questions) {
            (Some(q), _) => vec![trim(q)],
            (None, Some(qs)) => qs.get_ref().iter().map(trim).collect(),
            (None, None) => Vec::new(),
        }
    };
    let steps = PlanPart::ALL
        .into_iter()
        .map(|part| {
            let (a, b) = (es.step(part), en.step(part));
            PlanStep {
                part,
                minutes: *a.minutes.get_ref(),
                text: a.text.as_ref().zip(b.text.as_ref()).map(|(x, y)| Localized { es_mx: trim(x), en: trim(y) }),
                questions: Localized { es_mx: list(a), en: list(b) },
            }
        })
        .collect();
    LessonPlan {
        objective: both(&|p| &p.objective),
        steps,
        offline: both(&|p| &p.offline.text),
        disclosure: both(&|p| &p.disclosure.text),
    }
}
