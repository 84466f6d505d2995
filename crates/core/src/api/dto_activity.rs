//! Activities as the UI receives them, and the results it gets back.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Channel, Outcome, SpotScore};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ActivityView {
    SpotTheScam(SpotView),
    WhatWouldYouDo(StoryView),
    SortIt(SortView),
    PassphraseLab(PassphraseLabView),
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PartView {
    pub id: String,
    pub text: String,
}

/// The message to inspect; which parts are suspicious is only told after checking.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SpotView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub channel: Channel,
    pub parts: Vec<PartView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChoiceView {
    pub id: String,
    pub text: String,
    pub to: String,
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StepView {
    pub id: String,
    pub text: String,
    pub choices: Vec<ChoiceView>,
    pub ending: Option<Outcome>,
}

/// A branching story; `steps[0]` is the start. The learner may go back and
/// try every path, so the whole story is sent at once.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoryView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub steps: Vec<StepView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GroupView {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ItemView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SortView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
    pub groups: Vec<GroupView>,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PassphraseLabView {
    pub id: String,
    pub after: String,
    pub title: String,
    pub instructions: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartFeedback {
    pub id: String,
    pub text: String,
    pub suspicious: bool,
    pub marked: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SpotResult {
    pub score: SpotScore,
    pub parts: Vec<PartFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Placement {
    pub item: String,
    pub group: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemFeedback {
    pub id: String,
    pub text: String,
    pub right_group: String,
    pub placed_group: Option<String>,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SortResult {
    pub right: u32,
    pub total: u32,
    pub items: Vec<ItemFeedback>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoryResult {
    pub outcome: Outcome,
}

/// The printable "talk about it at home" guide of an adult lesson.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GuideView {
    pub title: String,
    pub intro: String,
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TermView {
    pub id: String,
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlaceView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub source: String,
    /// YYYY-MM-DD.
    pub checked: String,
    pub topics: Vec<String>,
}
