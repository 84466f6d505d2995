//! A closed week's counters as reports in the collector's format: one per
//! age band with anything done, counters only.
//!
//! Everything that goes into a report passes through a closed type of
//! `ciberescudo_report`: the band and state are enums, lesson and question
//! ids must be curriculum slugs of lessons this app has, and counts are
//! bounded. A learner's nickname, id, answers or anything typed has no field
//! to go into, and times are the ISO week only.

use std::collections::BTreeMap;

use ciberescudo_report::{
    AgeBand, CampaignCode, IdempotencyKey, IsoWeek, LessonCounts, QuestionCounts, Report, Slug, State, FORMAT_VERSION, MAX_COUNT,
    MAX_LESSONS, MAX_QUESTIONS,
};

use crate::content::Catalog;
use crate::progress::WeekActivity;

/// Where the reports go and what they say about the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destination {
    pub campaign: CampaignCode,
    pub state: Option<State>,
}

/// The week's reports, one per age band that did anything, each with a
/// fresh key from `new_key`. A week with nothing done gives none.
pub fn week_reports(
    activity: &WeekActivity,
    week: IsoWeek,
    destination: &Destination,
    catalog: &Catalog,
    mut new_key: impl FnMut() -> IdempotencyKey,
) -> Vec<Report> {
    let mut lessons: BTreeMap<AgeBand, Vec<LessonCounts>> = BTreeMap::new();
    for ((band, lesson_id), counts) in &activity.lessons {
        let (Some(band), Some(lesson)) = (AgeBand::from_tag(band), curriculum_slug(catalog, lesson_id)) else { continue };
        let entry = LessonCounts {
            lesson,
            completed: bounded(counts.completed),
            quiz_attempts: bounded(counts.quiz_attempts),
            quiz_passed: bounded(counts.quiz_passed.min(counts.quiz_attempts)),
            activities_done: bounded(counts.activities_done),
        };
        if entry.completed + entry.quiz_attempts + entry.activities_done > 0 {
            lessons.entry(band).or_default().push(entry);
        }
    }

    let mut reports = Vec::new();
    for (band, mut band_lessons) in lessons {
        band_lessons.truncate(MAX_LESSONS);
        let mut questions: Vec<QuestionCounts> = activity
            .questions
            .iter()
            .filter(|((b, _, _), _)| AgeBand::from_tag(b) == Some(band))
            .filter_map(|((_, lesson_id, question_id), counts)| {
                let lesson = band_lessons.iter().find(|l| l.lesson.as_str() == lesson_id)?.lesson.clone();
                let known = catalog.lesson(lesson_id)?.question(question_id).is_some();
                let question = Slug::new(question_id.as_str()).ok().filter(|_| known)?;
                let answered = bounded(counts.answered);
                Some(QuestionCounts {
                    lesson,
                    question,
                    answered,
                    first_try_right: bounded(counts.first_try_right).min(answered),
                })
            })
            .filter(|q| q.answered > 0)
            .collect();
        questions.truncate(MAX_QUESTIONS);
        let report = Report {
            format: FORMAT_VERSION,
            campaign: destination.campaign.clone(),
            week,
            band,
            state: destination.state,
            key: new_key(),
            lessons: band_lessons,
            questions,
        };
        match report.validate() {
            Ok(()) => reports.push(report),
            // Cannot happen with the bounds above; if it ever does, the
            // collector would refuse it anyway, so it is not queued.
            Err(error) => tracing::error!(code = error.code(), "a weekly report failed its own checks"),
        }
    }
    reports
}

/// A lesson id the report may carry: one of this app's lessons, as a slug.
fn curriculum_slug(catalog: &Catalog, lesson_id: &str) -> Option<Slug> {
    catalog.lesson(lesson_id)?;
    Slug::new(lesson_id).ok()
}

fn bounded(count: u32) -> u32 {
    count.min(MAX_COUNT)
}

/// A fresh random idempotency key from the operating system.
pub fn random_key() -> IdempotencyKey {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    IdempotencyKey::from_random_bytes(bytes)
}
