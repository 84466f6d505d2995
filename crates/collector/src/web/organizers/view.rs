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

use crate::store::{Campaign, Dimension, Filter, LessonRow, Place, QuestionRow, Store, StoreError};
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

/// One week × age group × state of a campaign with fewer lessons completed
/// than the threshold (see [`suppress::is_small_group`]), and everything it
/// holds, to be taken out of every figure.
#[derive(Debug, Clone)]
struct SmallGroup {
    week: IsoWeek,
    band: AgeBand,
    place: Place,
    lessons: Vec<LessonRow>,
    questions: Vec<QuestionRow>,
}

impl SmallGroup {
    fn under(&self, filter: &Filter) -> bool {
        filter.from.is_none_or(|from| self.week >= from)
            && filter.to.is_none_or(|to| self.week <= to)
            && filter.band.is_none_or(|band| band == self.band)
            && filter.place.is_none_or(|place| place == self.place)
    }
}

/// What every dashboard of a campaign needs whatever its filter: the small
/// groups to leave out, and the lessons the filter offers.
#[derive(Debug, Clone)]
pub struct Protection {
    small: Vec<SmallGroup>,
    /// The campaign's counters by lesson, small groups left out.
    every_lesson: Vec<LessonRow>,
}

impl Protection {
    /// Finds the campaign's small groups: for each week with reports and
    /// each age group, its states' lessons completed; then what each small
    /// group holds.
    pub async fn load(store: &Store, campaign: &Campaign, threshold: u32) -> Result<Protection, StoreError> {
        let id = campaign.id;
        let weeks = store.lesson_stats(id, &Filter::default(), Dimension::Week).await?;
        let mut small = Vec::new();
        for week in weeks.iter().filter_map(|row| row.key.parse::<IsoWeek>().ok()) {
            for band in AgeBand::ALL {
                let group_filter = |place| Filter { from: Some(week), to: Some(week), band: Some(band), place, lesson: None };
                for row in store.lesson_stats(id, &group_filter(None), Dimension::State).await? {
                    if !suppress::is_small_group(row.completed, threshold) {
                        continue;
                    }
                    let Some(place) = place_of_key(&row.key) else { continue };
                    let filter = group_filter(Some(place));
                    let lessons = store.lesson_stats(id, &filter, Dimension::Lesson).await?;
                    let questions = store.question_stats(id, &filter).await?;
                    small.push(SmallGroup { week, band, place, lessons, questions });
                }
            }
        }
        let mut every_lesson = store.lesson_stats(id, &Filter::default(), Dimension::Lesson).await?;
        for group in &small {
            for row in &group.lessons {
                subtract(&mut every_lesson, &row.key, row);
            }
        }
        Ok(Protection { small, every_lesson })
    }

    /// Leaves nothing out: only for the test that shows what that would leak.
    #[doc(hidden)]
    pub async fn none(store: &Store, campaign: &Campaign) -> Result<Protection, StoreError> {
        let every_lesson = store.lesson_stats(campaign.id, &Filter::default(), Dimension::Lesson).await?;
        Ok(Protection { small: Vec::new(), every_lesson })
    }

    /// How many groups are left out (for tests).
    pub fn small_groups(&self) -> usize {
        self.small.len()
    }
}

/// A state's key in the store's rows (`09`, `00` for not given) back to a place.
fn place_of_key(key: &str) -> Option<Place> {
    match key.parse::<u8>().ok()? {
        0 => Some(Place::NotGiven),
        number => State::from_number(number).map(Place::State),
    }
}

/// Takes `part`'s counters off the row of `rows` with `key`.
fn subtract(rows: &mut [LessonRow], key: &str, part: &LessonRow) {
    if let Some(row) = rows.iter_mut().find(|row| row.key == key) {
        row.completed -= part.completed;
        row.quiz_attempts -= part.quiz_attempts;
        row.quiz_passed -= part.quiz_passed;
        row.activities_done -= part.activities_done;
    }
}

/// Reads the campaign's counters under `filter` and publishes them.
pub async fn dashboard(store: &Store, campaign: &Campaign, filter: &Filter, threshold: u32) -> Result<Dashboard, StoreError> {
    let protection = Protection::load(store, campaign, threshold).await?;
    dashboard_with(store, campaign, &protection, filter, threshold, suppress::publish).await
}

/// [`dashboard`] with the campaign's [`Protection`] already loaded (the
/// suppression test reuses it across filters) and a publishing rule (which
/// is always [`suppress::publish`] outside that test).
pub async fn dashboard_with(
    store: &Store,
    campaign: &Campaign,
    protection: &Protection,
    filter: &Filter,
    threshold: u32,
    publish: Publish,
) -> Result<Dashboard, StoreError> {
    let id = campaign.id;
    let mut all = store.lesson_stats(id, filter, Dimension::All).await?;
    let mut by_week = store.lesson_stats(id, filter, Dimension::Week).await?;
    let mut by_band = store.lesson_stats(id, filter, Dimension::Band).await?;
    let mut by_state = store.lesson_stats(id, filter, Dimension::State).await?;
    let mut by_lesson = store.lesson_stats(id, filter, Dimension::Lesson).await?;
    let mut questions = store.question_stats(id, filter).await?;
    let every_lesson = &protection.every_lesson;

    // Small groups count in no figure: take each one under the filter out
    // of every sum it is in.
    for group in protection.small.iter().filter(|group| group.under(filter)) {
        let lessons = group.lessons.iter().filter(|row| filter.lesson.as_ref().is_none_or(|only| only.as_str() == row.key));
        for row in lessons {
            subtract(&mut all, "", row);
            subtract(&mut by_week, &group.week.to_string(), row);
            subtract(&mut by_band, group.band.tag(), row);
            subtract(&mut by_state, &place_key(group.place), row);
            subtract(&mut by_lesson, &row.key, row);
        }
        let group_questions =
            group.questions.iter().filter(|row| filter.lesson.as_ref().is_none_or(|only| only.as_str() == row.lesson));
        for part in group_questions {
            if let Some(row) = questions.iter_mut().find(|row| row.lesson == part.lesson && row.question == part.question) {
                row.answered -= part.answered;
                row.first_try_right -= part.first_try_right;
            }
        }
    }

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
