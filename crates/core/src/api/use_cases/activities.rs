//! Activities. Checking an answer records its result; reviewing one (the
//! same result again, e.g. after a language switch) records nothing.

use crate::api::service::profile;
use crate::api::views::{sort_result, spot_result, Placement, SortResult, SpotResult, StoryResult};
use crate::api::{AppError, AppService};
use crate::content::{Activity, ActivityKind, ScamPart, SortGroup, SortItem, Step};
use crate::scoring;
use crate::scoring::passphrase::{self, PassphraseStrength};

impl AppService {
    /// Scores the parts a learner marked as suspicious and records the result.
    pub fn check_spot(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        marked: Vec<String>,
    ) -> Result<SpotResult, AppError> {
        let parts = self.spot_parts(lesson_id, activity_id, &marked)?;
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let result = spot_result(parts, &marked, profile.locale);
            let points = scoring::spot_points(result.score);
            s.record_activity(profile_id, lesson_id, activity_id, points.score, points.total)?;
            Ok(result)
        })
    }

    /// The result of `check_spot` for the same marks, in the learner's
    /// current language. Records nothing.
    pub fn review_spot(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        marked: Vec<String>,
    ) -> Result<SpotResult, AppError> {
        let parts = self.spot_parts(lesson_id, activity_id, &marked)?;
        self.with_store(|s| Ok(spot_result(parts, &marked, profile(s, profile_id)?.locale)))
    }

    /// Scores where a learner placed every item and records the result.
    pub fn check_sort(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        placed: Vec<Placement>,
    ) -> Result<SortResult, AppError> {
        let items = self.sort_items(lesson_id, activity_id, &placed)?;
        self.with_store(|s| {
            let profile = profile(s, profile_id)?;
            let result = sort_result(items, &placed, profile.locale);
            s.record_activity(profile_id, lesson_id, activity_id, result.right, result.total)?;
            Ok(result)
        })
    }

    /// The result of `check_sort` for the same placements, in the learner's
    /// current language. Records nothing.
    pub fn review_sort(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        placed: Vec<Placement>,
    ) -> Result<SortResult, AppError> {
        let items = self.sort_items(lesson_id, activity_id, &placed)?;
        self.with_store(|s| Ok(sort_result(items, &placed, profile(s, profile_id)?.locale)))
    }

    /// Follows the learner's choices from the start of a story to an ending
    /// and records how it turned out.
    pub fn finish_story(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        path: Vec<String>,
    ) -> Result<StoryResult, AppError> {
        let ActivityKind::WhatWouldYouDo { steps } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::ActivityNotFound {});
        };
        let outcome = ending(steps, &path).ok_or(AppError::InvalidAnswer {})?;
        self.with_store(|s| {
            profile(s, profile_id)?;
            let points = scoring::story(outcome);
            s.record_activity(profile_id, lesson_id, activity_id, points.score, points.total)?;
            Ok(StoryResult { outcome })
        })
    }

    /// Live strength of a passphrase. Touches nothing: no store, no log.
    pub fn estimate_passphrase(text: &str) -> PassphraseStrength {
        passphrase::estimate(text)
    }

    /// Records how strong the learner's practice passphrase got: the score
    /// only, never the text.
    pub fn finish_passphrase_lab(
        &self,
        profile_id: i64,
        lesson_id: &str,
        activity_id: &str,
        text: &str,
    ) -> Result<PassphraseStrength, AppError> {
        let ActivityKind::PassphraseLab = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::ActivityNotFound {});
        };
        let strength = passphrase::estimate(text);
        self.with_store(|s| {
            profile(s, profile_id)?;
            let points = scoring::passphrase_points(strength.score);
            s.record_activity(profile_id, lesson_id, activity_id, points.score, points.total)?;
            Ok(strength)
        })
    }

    fn activity<'a>(&'a self, lesson_id: &str, activity_id: &str) -> Result<&'a Activity, AppError> {
        self.lesson(lesson_id)?.activities.iter().find(|a| a.id == activity_id).ok_or(AppError::ActivityNotFound {})
    }

    /// The message's parts, once the marks are known to name them, once each.
    fn spot_parts(&self, lesson_id: &str, activity_id: &str, marked: &[String]) -> Result<&[ScamPart], AppError> {
        let ActivityKind::SpotTheScam { parts, .. } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::ActivityNotFound {});
        };
        let known = marked.iter().all(|m| parts.iter().any(|p| p.id == *m));
        if !known || has_repeats(marked) {
            return Err(AppError::InvalidAnswer {});
        }
        Ok(parts)
    }

    /// The items to sort, once every item is known to be placed once, in a known group.
    fn sort_items(&self, lesson_id: &str, activity_id: &str, placed: &[Placement]) -> Result<&[SortItem], AppError> {
        let ActivityKind::SortIt { groups, items } = &self.activity(lesson_id, activity_id)?.kind else {
            return Err(AppError::ActivityNotFound {});
        };
        let every_item_once =
            placed.len() == items.len() && items.iter().all(|i| placed.iter().filter(|p| p.item == i.id).count() == 1);
        let known_group = |id: &str| groups.iter().any(|g: &SortGroup| g.id == id);
        if !every_item_once || !placed.iter().all(|p| known_group(&p.group)) {
            return Err(AppError::InvalidAnswer {});
        }
        Ok(items)
    }
}

/// Where a path of choices from the story's start leads, if it is an ending.
fn ending(steps: &[Step], path: &[String]) -> Option<crate::content::Outcome> {
    let mut step = steps.first()?;
    for choice_id in path {
        let choice = step.choices.iter().find(|c| c.id == *choice_id)?;
        step = steps.iter().find(|s| s.id == choice.to)?;
    }
    step.ending
}

fn has_repeats(ids: &[String]) -> bool {
    ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id))
}
