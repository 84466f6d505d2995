//! Activities: short exercises where the learner practises a decision, and
//! the printable home guide of adult lessons. Validated like everything
//! else in a lesson; scored in `crate::scoring`.

use serde::{Deserialize, Serialize};

use super::model::Localized;
use crate::tag::string_enum;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: String,
    /// The section the activity follows in the reader.
    pub after: String,
    pub title: Localized<String>,
    pub instructions: Localized<String>,
    pub kind: ActivityKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActivityKind {
    SpotTheScam { channel: Channel, parts: Vec<ScamPart> },
    WhatWouldYouDo { steps: Vec<Step> },
    SortIt { groups: Vec<SortGroup>, items: Vec<SortItem> },
    PassphraseLab,
}

/// The `kind = "…"` of an activity in a lesson file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityType {
    SpotTheScam,
    WhatWouldYouDo,
    SortIt,
    PassphraseLab,
}

/// How a spot-the-scam message is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Sms,
    Chat,
    Email,
    Web,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScamPart {
    pub id: String,
    pub suspicious: bool,
    pub text: Localized<String>,
    pub explanation: Localized<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub text: Localized<String>,
    pub choices: Vec<StepChoice>,
    /// Set on endings, which have no choices.
    pub ending: Option<Outcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepChoice {
    pub id: String,
    pub to: String,
    pub text: Localized<String>,
    pub feedback: Localized<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Good,
    Okay,
    Risky,
}

string_enum!(ActivityType, Channel, Outcome);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SortGroup {
    pub id: String,
    pub label: Localized<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SortItem {
    pub id: String,
    pub group: String,
    pub text: Localized<String>,
    pub explanation: Localized<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub title: Localized<String>,
    pub intro: Localized<String>,
    pub questions: Localized<Vec<String>>,
}
