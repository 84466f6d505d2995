//! Use cases for activities, past attempts and the reference screens.

use super::dto::QuizResult;
use super::dto_activity::*;
use super::service::{attempt_error, profile_error};
use super::{views, views_activity, AppError, AppService};
use crate::content::passphrase::{self, PassphraseStrength};
use crate::content::{Activity, ActivityKind, Outcome};
use crate::progress::AttemptSummary;
use crate::Locale;

impl AppService {
    fn activity<'a>(&'a self, lesson_id: &str, activity_id: &str) -> Result<&'a Activity, AppError> {
        self.lesson(lesson_id)?
            .activities
            .iter()
            .find(|a| a.id == activity_id)
            .ok_or_else(|| AppError::new("error-activity-not-found"))
    }

    /// Scores the parts a learner marked as suspicious. `record` is false
    /// when the UI only asks for the same result again in another language.
    pub fn check_spot(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        marked: Vec<String>,
        record: bool,
    ) -> Result<SpotResult, AppError> {
        let ActivityKind::SpotTheScam { parts, .. } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::new("error-activity-not-found"));
        };
        let known = marked.iter().all(|m| parts.iter().any(|p| p.id == *m));
        if !known || has_repeats(&marked) {
            return Err(AppError::new("error-invalid-answer"));
        }
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let result = views_activity::spot_result(parts, &marked, profile.locale);
            // Caught parts count; false alarms take points back, never below zero.
            let points = result.score.caught.saturating_sub(result.score.false_alarms);
            if record {
                s.record_activity(profile_id, lesson_id, activity_id, points, result.score.suspicious)?;
            }
            Ok(result)
        })
    }

    /// Scores where a learner placed every item; `record` as in `check_spot`.
    pub fn check_sort(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        placed: Vec<Placement>,
        record: bool,
    ) -> Result<SortResult, AppError> {
        let ActivityKind::SortIt { groups, items } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::new("error-activity-not-found"));
        };
        let every_item_once = placed.len() == items.len() && items.iter().all(|i| placed.iter().filter(|p| p.item == i.id).count() == 1);
        let known_groups = placed.iter().all(|p| groups.iter().any(|g| g.id == p.group));
        if !every_item_once || !known_groups {
            return Err(AppError::new("error-invalid-answer"));
        }
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let result = views_activity::sort_result(items, &placed, profile.locale);
            if record {
                s.record_activity(profile_id, lesson_id, activity_id, result.right, result.total)?;
            }
            Ok(result)
        })
    }

    /// Follows the learner's choices from the start of a story to an ending
    /// and records how it turned out.
    pub fn finish_story(&self, profile_id: i64, lesson_id: &str, activity_id: &str, path: Vec<String>) -> Result<StoryResult, AppError> {
        let ActivityKind::WhatWouldYouDo { steps } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::new("error-activity-not-found"));
        };
        let invalid = || AppError::new("error-invalid-answer");
        let mut step = steps.first().ok_or_else(invalid)?;
        for choice_id in &path {
            let choice = step.choices.iter().find(|c| c.id == *choice_id).ok_or_else(invalid)?;
            step = steps.iter().find(|s| s.id == choice.to).ok_or_else(invalid)?;
        }
        let outcome = step.ending.ok_or_else(invalid)?;
        let points = match outcome {
            Outcome::Good => 2,
            Outcome::Okay => 1,
            Outcome::Risky => 0,
        };
        self.with_store(|s| {
            s.profile(profile_id).map_err(profile_error)?;
            s.record_activity(profile_id, lesson_id, activity_id, points, 2)?;
            Ok(StoryResult { outcome })
        })
    }

    /// Live strength of a passphrase. Touches nothing: no store, no log.
    pub fn estimate_passphrase(text: &str) -> PassphraseStrength {
        passphrase::estimate(text)
    }

    /// Records how strong the learner's practice passphrase got: the score
    /// only, never the text.
    pub fn finish_passphrase_lab(&self, profile_id: i64, lesson_id: &str, activity_id: &str, text: &str) -> Result<PassphraseStrength, AppError> {
        let ActivityKind::PassphraseLab = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::new("error-activity-not-found"));
        };
        let strength = passphrase::estimate(text);
        self.with_store(|s| {
            s.profile(profile_id).map_err(profile_error)?;
            s.record_activity(profile_id, lesson_id, activity_id, strength.score.into(), 4)?;
            Ok(strength)
        })
    }

    pub fn list_attempts(&self, profile_id: i64, lesson_id: &str) -> Result<Vec<AttemptSummary>, AppError> {
        self.lesson(lesson_id)?;
        self.with_store(|s| {
            s.profile(profile_id).map_err(profile_error)?;
            Ok(s.attempts(profile_id, lesson_id)?)
        })
    }

    /// Every answer of a finished attempt, with explanations, for review.
    pub fn quiz_result(&self, profile_id: i64, attempt_id: i64) -> Result<QuizResult, AppError> {
        self.with_store(|s| {
            let profile = s.profile(profile_id).map_err(profile_error)?;
            let attempt = s.attempt(profile_id, attempt_id).map_err(attempt_error)?;
            if !attempt.finished {
                return Err(AppError::new("error-quiz-incomplete"));
            }
            let lesson = self.lesson(&attempt.lesson_id)?;
            let answers = s.answers(attempt.id)?;
            Ok(views::quiz_result(&attempt, lesson, &answers, profile.locale, &self.i18n))
        })
    }

    /// The glossary, sorted by term in the reader's language.
    pub fn glossary(&self, locale: Locale) -> Vec<TermView> {
        let mut terms: Vec<TermView> = self.catalog.glossary().iter().map(|t| views_activity::term_view(t, locale)).collect();
        terms.sort_by_cached_key(|t| sort_key(&t.term));
        terms
    }

    pub fn help_places(&self, locale: Locale) -> Vec<PlaceView> {
        self.catalog.help().iter().map(|p| views_activity::place_view(p, locale)).collect()
    }
}

fn has_repeats(ids: &[String]) -> bool {
    ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id))
}

/// Alphabetical order that ignores case and Spanish accents (á sorts with a).
fn sort_key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}
