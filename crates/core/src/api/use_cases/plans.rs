//! Lesson plans, in the teacher area beside the class view.

use crate::api::views::{lesson_plan_view, LessonPlanView};
use crate::api::{AppError, AppService};
use crate::Locale;

impl AppService {
    /// A learner lesson's plan for a class period. Lessons for adults have
    /// none, and answer as an unknown lesson would.
    pub fn lesson_plan(&self, lesson_id: &str, locale: Locale) -> Result<LessonPlanView, AppError> {
        self.adult()?;
        let lesson = self.lesson(lesson_id)?;
        let plan = lesson.plan.as_ref().ok_or(AppError::LessonNotFound {})?;
        Ok(lesson_plan_view(lesson, plan, locale))
    }
}
