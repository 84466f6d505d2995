//! The home screen's lessons and reading a lesson.

use crate::api::service::profile;
use crate::api::views::{lesson_card, lesson_view, LessonCard, LessonStatus, LessonView};
use crate::api::{AppError, AppService};
use crate::content::Lesson;
use crate::AgeBand;

impl AppService {
    /// Every lesson with the learner's status, the learner's own band first.
    pub fn list_lessons(&self, profile_id: i64) -> Result<Vec<LessonCard>, AppError> {
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let started = s.lessons_started(profile_id)?;
            let best = s.best_scores(profile_id)?;
            let status = |lesson: &Lesson| match best.iter().find(|(id, _, _)| *id == lesson.id) {
                Some((_, score, total)) => LessonStatus::Done { score: *score as u32, total: *total as u32 },
                None if started.contains(&lesson.id) => LessonStatus::InProgress,
                None => LessonStatus::New,
            };
            let band_order = |band: AgeBand| if band == profile.band { 0 } else { 1 + band as usize };
            let mut lessons: Vec<&Lesson> = self.catalog.lessons().iter().collect();
            // Stable: keeps the curriculum order within a band.
            lessons.sort_by_key(|l| band_order(l.band));
            Ok(lessons.into_iter().map(|l| lesson_card(l, profile.locale, status(l))).collect())
        })
    }

    pub fn open_lesson(&self, profile_id: i64, lesson_id: &str) -> Result<LessonView, AppError> {
        let lesson = self.lesson(lesson_id)?;
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let place = s.place(profile_id, lesson_id)?;
            Ok(lesson_view(lesson, profile.locale, place, self.term_index(profile.locale)))
        })
    }

    pub fn save_place(&self, profile_id: i64, lesson_id: &str, section_id: &str) -> Result<(), AppError> {
        let lesson = self.lesson(lesson_id)?;
        if !lesson.has_section(section_id) {
            return Err(AppError::SectionNotFound {});
        }
        self.with_store(|s| {
            profile(s, profile_id)?;
            Ok(s.save_place(profile_id, lesson_id, section_id)?)
        })
    }
}
