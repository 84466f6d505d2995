//! Activities as the UI receives them, and the results it gets back.

use serde::{Deserialize, Serialize};

use crate::content::{Activity, ActivityKind, Channel, Localized, Outcome, ScamPart, SortItem};
use crate::scoring::{self, SpotScore};
use crate::Locale;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ActivityView {
    SpotTheScam(SpotView),
    WhatWouldYouDo(StoryView),
    SortIt(SortView),
    PassphraseLab(PassphraseLabView),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PartView {
    pub id: String,
    pub text: String,
}

/// The message to inspect; which parts are suspicious is only told after checking.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SpotView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub channel: Channel,
    pub parts: Vec<PartView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ChoiceView {
    pub id: String,
    pub text: String,
    pub to: String,
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct StepView {
    pub id: String,
    pub text: String,
    pub choices: Vec<ChoiceView>,
    pub ending: Option<Outcome>,
}

/// A branching story; `steps[0]` is the start. The learner may go back and
/// try every path, so the whole story is sent at once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct StoryView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub steps: Vec<StepView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct GroupView {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ItemView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SortView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub groups: Vec<GroupView>,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PassphraseLabView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PartFeedback {
    pub id: String,
    pub text: String,
    pub suspicious: bool,
    pub marked: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SpotResult {
    pub score: SpotScore,
    pub parts: Vec<PartFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Placement {
    pub item: String,
    pub group: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ItemFeedback {
    pub id: String,
    pub text: String,
    pub right_group: String,
    pub placed_group: Option<String>,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SortResult {
    pub right: u32,
    pub total: u32,
    pub items: Vec<ItemFeedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct StoryResult {
    pub outcome: Outcome,
}

pub(crate) fn activity_view(a: &Activity, locale: Locale) -> ActivityView {
    let (id, after) = (a.id.clone(), a.after.clone());
    let (title, instructions) = (a.title.get(locale).clone(), a.instructions.get(locale).clone());
    let text = |l: &Localized<String>| l.get(locale).clone();
    match &a.kind {
        ActivityKind::SpotTheScam { channel, parts } => ActivityView::SpotTheScam(SpotView {
            id,
            after,
            title,
            instructions,
            channel: *channel,
            parts: parts.iter().map(|p| PartView { id: p.id.clone(), text: text(&p.text) }).collect(),
        }),
        ActivityKind::WhatWouldYouDo { steps } => ActivityView::WhatWouldYouDo(StoryView {
            id,
            after,
            title,
            instructions,
            steps: steps
                .iter()
                .map(|s| StepView {
                    id: s.id.clone(),
                    text: text(&s.text),
                    choices: s
                        .choices
                        .iter()
                        .map(|c| ChoiceView {
                            id: c.id.clone(),
                            text: text(&c.text),
                            to: c.to.clone(),
                            feedback: text(&c.feedback),
                        })
                        .collect(),
                    ending: s.ending,
                })
                .collect(),
        }),
        ActivityKind::SortIt { groups, items } => ActivityView::SortIt(SortView {
            id,
            after,
            title,
            instructions,
            groups: groups.iter().map(|g| GroupView { id: g.id.clone(), label: text(&g.label) }).collect(),
            items: items.iter().map(|i| ItemView { id: i.id.clone(), text: text(&i.text) }).collect(),
        }),
        ActivityKind::PassphraseLab => ActivityView::PassphraseLab(PassphraseLabView { id, after, title, instructions }),
    }
}

pub(crate) fn spot_result(parts: &[ScamPart], marked: &[String], locale: Locale) -> SpotResult {
    SpotResult {
        score: scoring::spot(parts, marked),
        parts: parts
            .iter()
            .map(|p| PartFeedback {
                id: p.id.clone(),
                text: p.text.get(locale).clone(),
                suspicious: p.suspicious,
                marked: marked.contains(&p.id),
                explanation: p.explanation.get(locale).clone(),
            })
            .collect(),
    }
}

pub(crate) fn sort_result(items: &[SortItem], placed: &[Placement], locale: Locale) -> SortResult {
    let placed_in = |id: &str| placed.iter().find(|p| p.item == id).map(|p| p.group.as_str());
    let points = scoring::sort(items, placed_in);
    SortResult {
        right: points.score,
        total: points.total,
        items: items
            .iter()
            .map(|i| ItemFeedback {
                id: i.id.clone(),
                text: i.text.get(locale).clone(),
                right_group: i.group.clone(),
                placed_group: placed_in(&i.id).map(str::to_owned),
                explanation: i.explanation.get(locale).clone(),
            })
            .collect(),
    }
}
