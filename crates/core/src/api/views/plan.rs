//! A learner lesson's plan for the teacher, in the teacher's language.

use serde::Serialize;

use crate::content::{parse_body, Block, Lesson, LessonPlan, PlanPart, Topic};
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LessonPlanView {
    pub lesson_id: String,
    pub lesson_title: String,
    pub topic: Topic,
    pub band: AgeBand,
    pub objective: Vec<Block>,
    /// The five parts of the class period, in teaching order.
    pub steps: Vec<PlanStepView>,
    pub minutes: u32,
    pub offline: Vec<Block>,
    pub disclosure: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanStepView {
    pub part: PlanPart,
    pub minutes: u32,
    pub blocks: Vec<Block>,
    /// The opening's question, or the discussion's questions.
    pub questions: Vec<String>,
}

pub fn lesson_plan_view(lesson: &Lesson, plan: &LessonPlan, locale: Locale) -> LessonPlanView {
    LessonPlanView {
        lesson_id: lesson.id.clone(),
        lesson_title: lesson.title.get(locale).clone(),
        topic: lesson.topic,
        band: lesson.band,
        objective: parse_body(plan.objective.get(locale)),
        steps: plan
            .steps
            .iter()
            .map(|s| PlanStepView {
                part: s.part,
                minutes: s.minutes,
                blocks: s.text.as_ref().map(|t| parse_body(t.get(locale))).unwrap_or_default(),
                questions: s.questions.get(locale).clone(),
            })
            .collect(),
        minutes: plan.steps.iter().map(|s| s.minutes).sum(),
        offline: parse_body(plan.offline.get(locale)),
        disclosure: parse_body(plan.disclosure.get(locale)),
    }
}
