//! Lessons: the cards of the home screen and the reader's view.

use serde::Serialize;

use super::activity::{activity_view, ActivityView};
use crate::content::{Block, Guide, Lesson, Segment, TermIndex, Topic};
use crate::{AgeBand, Locale};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum LessonStatus {
    New,
    InProgress,
    Done { score: u32, total: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LessonCard {
    pub id: String,
    pub topic: Topic,
    pub band: AgeBand,
    pub title: String,
    pub summary: String,
    pub status: LessonStatus,
}

/// A paragraph or list of a section, split into runs that may link to the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum BlockView {
    Paragraph { segments: Vec<Segment> },
    List { items: Vec<Vec<Segment>> },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    pub id: String,
    pub title: String,
    pub blocks: Vec<BlockView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    pub id: String,
    pub url: String,
    pub title: String,
    pub supports: String,
    /// When the page was last checked (YYYY-MM-DD).
    pub checked: String,
}

/// The printable "talk about it at home" guide of an adult lesson.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct GuideView {
    pub title: String,
    pub intro: String,
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LessonView {
    pub id: String,
    pub topic: Topic,
    pub band: AgeBand,
    pub title: String,
    pub summary: String,
    pub sections: Vec<SectionView>,
    pub sources: Vec<SourceView>,
    /// The section where the learner left off.
    pub place: Option<String>,
    pub activities: Vec<ActivityView>,
    /// Adult lessons only.
    pub guide: Option<GuideView>,
}

pub(crate) fn lesson_card(lesson: &Lesson, locale: Locale, status: LessonStatus) -> LessonCard {
    LessonCard {
        id: lesson.id.clone(),
        topic: lesson.topic,
        band: lesson.band,
        title: lesson.title.get(locale).clone(),
        summary: lesson.summary.get(locale).clone(),
        status,
    }
}

pub(crate) fn lesson_view(lesson: &Lesson, locale: Locale, place: Option<String>, terms: &TermIndex) -> LessonView {
    LessonView {
        id: lesson.id.clone(),
        topic: lesson.topic,
        band: lesson.band,
        title: lesson.title.get(locale).clone(),
        summary: lesson.summary.get(locale).clone(),
        sections: lesson
            .sections
            .iter()
            .map(|s| SectionView {
                id: s.id.clone(),
                title: s.title.get(locale).clone(),
                blocks: linked_blocks(s.blocks.get(locale), terms),
            })
            .collect(),
        sources: lesson
            .sources
            .iter()
            .map(|s| SourceView {
                id: s.id.clone(),
                url: s.url.clone(),
                title: s.title.get(locale).clone(),
                supports: s.supports.get(locale).clone(),
                checked: s.checked.clone(),
            })
            .collect(),
        // A place saved before the lesson was rewritten may name a section that is gone.
        place: place.filter(|p| lesson.has_section(p)),
        activities: lesson.activities.iter().map(|a| activity_view(a, locale)).collect(),
        guide: lesson.guide.as_ref().map(|g| guide_view(g, locale)),
    }
}

fn guide_view(g: &Guide, locale: Locale) -> GuideView {
    GuideView {
        title: g.title.get(locale).clone(),
        intro: g.intro.get(locale).clone(),
        questions: g.questions.get(locale).clone(),
    }
}

/// A section's blocks with glossary links; each term is linked once per section.
fn linked_blocks(blocks: &[Block], index: &TermIndex) -> Vec<BlockView> {
    let mut linked = Vec::new();
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => BlockView::Paragraph { segments: index.link(text, &mut linked) },
            Block::List { items } => BlockView::List { items: items.iter().map(|i| index.link(i, &mut linked)).collect() },
        })
        .collect()
}
