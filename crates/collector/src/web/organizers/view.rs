//! Everything an organizer can read about a campaign under one filter, as
//! published figures: the dashboard page and every CSV file are rendered
//! from a [`Dashboard`] and from nothing else, so what the suppression test
//! checks is what people really see.
//!
//! The rules are [`crate::suppress`]'s. Here they are applied to the
//! store's sums: the campaign's small groups are found first
//! ([`Protection::load`]) and taken out of every sum under the filter, then
//! every figure is published, then everything derived is worked out from
//! the published figures.

use std::cmp::Reverse;

use ciberescudo_report::{AgeBand, IsoWeek, State};

use crate::store::{Campaign, Dimension, Filter, LessonRow, Place, Store, StoreError};
use crate::suppress::{self, bar_height, share, Published};

/// Bars are this tall at most, in the chart's own units.
pub const BAR_FULL: u32 = 200;
/// The "hardest questions" list is this long at most.
pub const HARDEST: usize = 10;
/// A campaign's weeks are listed up to this many (ten years).
const MAX_WEEKS: usize = 530;

/// The four lesson counters, published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub completed: Published,
    pub quiz_attempts: Published,
    pub quiz_passed: Published,
    pub activities_done: Published,
}

impl Figures {
    fn of(row: Option<&LessonRow>, threshold: u32, publish: Publish) -> Figures {
        let value = |get: fn(&LessonRow) -> i64| publish(row.map_or(0, get), threshold);
        Figures {
            completed: value(|r| r.completed),
            quiz_attempts: value(|r| r.quiz_attempts),
            quiz_passed: value(|r| r.quiz_passed),
            activities_done: value(|r| r.activities_done),
        }
    }

    fn any_shown(&self) -> bool {
        [self.completed, self.quiz_attempts, self.quiz_passed, self.activities_done].iter().any(|f| f.is_shown())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekFigure {
    pub week: IsoWeek,
    pub completed: Published,
    /// Out of [`BAR_FULL`], from published figures.
    pub bar: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFigures {
    pub lesson: String,
    pub question: String,
    pub answered: Published,
    pub first_try_right: Published,
    /// Whole percent, from the published figures; `None` when one is hidden.
    pub share: Option<u32>,
}

/// What an organizer may see of a campaign under one filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub threshold: u32,
    /// Lessons completed, everything the filter lets through.
    pub total: Published,
    /// Every week of the campaign within the filter's weeks, in order.
    pub weeks: Vec<WeekFigure>,
    /// The four age groups (or the one filtered on).
    pub bands: Vec<(AgeBand, Figures)>,
    /// The 32 states and "not given" (or the one filtered on).
    pub states: Vec<(Place, Figures)>,
    /// Lessons with at least one figure shown, by id.
    pub lessons: Vec<(String, Figures)>,
    /// Questions whose `answered` is shown, by lesson and question.
    pub questions: Vec<QuestionFigures>,
    /// Of those with a share, the lowest shares first, at most [`HARDEST`].
    pub hardest: Vec<QuestionFigures>,
    /// Lessons to offer in the filter: those with a figure shown in the
    /// whole campaign.
    pub lesson_choices: Vec<String>,
}

/// The weeks a campaign's dates touch, in order.
pub fn campaign_weeks(campaign: &Campaign) -> Vec<IsoWeek> {
    let last = IsoWeek::containing(campaign.ends_on);
    let mut week = IsoWeek::containing(campaign.starts_on);
    let mut weeks = Vec::new();
    while week <= last && weeks.len() < MAX_WEEKS {
        weeks.push(week);
        week = week.next();
    }
    weeks
}

/// Places in the order tables list them: by INEGI number, "not given" last.
pub fn all_places() -> impl Iterator<Item = Place> {
    State::all().map(Place::State).chain(std::iter::once(Place::NotGiven))
}

fn place_key(place: Place) -> String {
    format!("{:02}", place.number())
}

/// How a true count becomes a published one: [`suppress::publish`] always,
/// except in the test that shows what would leak without its rounding.
pub type Publish = fn(i64, u32) -> Published;

/// Which groups every figure leaves out: the small ones (see
/// [`suppress::is_small_group`]), or none in the test that shows what
/// that would leak. The store does the leaving out, in the same query
/// that sums (`Filter::smallest_group`).
#[derive(Debug, Clone, Copy)]
pub struct Protection {
    smallest_group: Option<i64>,
}

impl Protection {
    pub fn for_threshold(threshold: u32) -> Protection {
        Protection { smallest_group: Some(suppress::smallest_group(threshold)) }
    }

    /// Leaves nothing out: only for the test that shows what that would leak.
    #[doc(hidden)]
    pub fn none() -> Protection {
        Protection { smallest_group: None }
    }

    fn apply(self, filter: &Filter) -> Filter {
        Filter { smallest_group: self.smallest_group, ..filter.clone() }
    }
}

/// Reads the campaign's counters under `filter` and publishes them.
pub async fn dashboard(store: &Store, campaign: &Campaign, filter: &Filter, threshold: u32) -> Result<Dashboard, StoreError> {
    dashboard_with(store, campaign, Protection::for_threshold(threshold), filter, threshold, suppress::publish).await
}

/// [`dashboard`] with the groups to leave out and a publishing rule given
/// (always the small groups and [`suppress::publish`] outside the
/// suppression test).
pub async fn dashboard_with(
    store: &Store,
    campaign: &Campaign,
    protection: Protection,
    filter: &Filter,
    threshold: u32,
    publish: Publish,
) -> Result<Dashboard, StoreError> {
    let id = campaign.id;
    let filter = &protection.apply(filter);
    let all = store.lesson_stats(id, filter, Dimension::All).await?;
    let by_week = store.lesson_stats(id, filter, Dimension::Week).await?;
    let by_band = store.lesson_stats(id, filter, Dimension::Band).await?;
    let by_state = store.lesson_stats(id, filter, Dimension::State).await?;
    let by_lesson = store.lesson_stats(id, filter, Dimension::Lesson).await?;
    let questions = store.question_stats(id, filter).await?;
    // The lessons the filter offers: those with a figure shown in the
    // whole campaign.
    let every_lesson = store.lesson_stats(id, &protection.apply(&Filter::default()), Dimension::Lesson).await?;

    let find = |rows: &[LessonRow], key: &str| rows.iter().find(|row| row.key == key).cloned();

    let total = Figures::of(all.first(), threshold, publish).completed;

    let mut week_list: Vec<IsoWeek> = campaign_weeks(campaign);
    // The store cannot hold weeks outside the campaign, but if it ever did
    // they would still be counted in the total: list them too.
    for row in &by_week {
        if let Ok(week) = row.key.parse::<IsoWeek>() {
            if !week_list.contains(&week) {
                week_list.push(week);
            }
        }
    }
    week_list.sort();
    week_list.retain(|week| filter.from.is_none_or(|from| *week >= from) && filter.to.is_none_or(|to| *week <= to));
    let week_values: Vec<(IsoWeek, Published)> = week_list
        .into_iter()
        .map(|week| (week, Figures::of(find(&by_week, &week.to_string()).as_ref(), threshold, publish).completed))
        .collect();
    let tallest = week_values.iter().map(|(_, value)| value.or_zero()).max().unwrap_or(0);
    let weeks = week_values
        .into_iter()
        .map(|(week, completed)| WeekFigure { week, completed, bar: bar_height(completed, tallest, BAR_FULL) })
        .collect();

    let bands = AgeBand::ALL
        .into_iter()
        .filter(|band| filter.band.is_none_or(|only| only == *band))
        .map(|band| (band, Figures::of(find(&by_band, band.tag()).as_ref(), threshold, publish)))
        .collect();

    let states = all_places()
        .filter(|place| filter.place.is_none_or(|only| only == *place))
        .map(|place| (place, Figures::of(find(&by_state, &place_key(place)).as_ref(), threshold, publish)))
        .collect();

    let lessons = by_lesson
        .iter()
        .map(|row| (row.key.clone(), Figures::of(Some(row), threshold, publish)))
        .filter(|(_, figures)| figures.any_shown())
        .collect();

    let questions: Vec<QuestionFigures> = questions
        .into_iter()
        .map(|row| {
            let answered = publish(row.answered, threshold);
            let first_try_right = publish(row.first_try_right, threshold);
            QuestionFigures {
                lesson: row.lesson,
                question: row.question,
                answered,
                first_try_right,
                share: share(first_try_right, answered),
            }
        })
        .filter(|q| q.answered.is_shown())
        .collect();
    let mut hardest: Vec<QuestionFigures> = questions.iter().filter(|q| q.share.is_some()).cloned().collect();
    hardest.sort_by(|a, b| {
        (a.share, Reverse(a.answered.or_zero()), &a.lesson, &a.question).cmp(&(
            b.share,
            Reverse(b.answered.or_zero()),
            &b.lesson,
            &b.question,
        ))
    });
    hardest.truncate(HARDEST);

    let lesson_choices = every_lesson
        .iter()
        .filter(|row| Figures::of(Some(row), threshold, publish).any_shown())
        .map(|row| row.key.clone())
        .collect();

    Ok(Dashboard { threshold, total, weeks, bands, states, lessons, questions, hardest, lesson_choices })
}
