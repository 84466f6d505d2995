//! Activities: short exercises where the learner practises a decision, and
//! the printable home guide of adult lessons. Validated like everything
//! else in a lesson; scoring lives here too, so the UI only displays.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::Localized;

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

impl ActivityKind {
    pub const TAGS: [&'static str; 4] = ["spot-the-scam", "what-would-you-do", "sort-it", "passphrase-lab"];
}

/// How a spot-the-scam message is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Sms,
    Chat,
    Email,
    Web,
}

impl Channel {
    pub fn from_tag(tag: &str) -> Option<Channel> {
        match tag {
            "sms" => Some(Channel::Sms),
            "chat" => Some(Channel::Chat),
            "email" => Some(Channel::Email),
            "web" => Some(Channel::Web),
            _ => None,
        }
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Good,
    Okay,
    Risky,
}

impl Outcome {
    pub fn from_tag(tag: &str) -> Option<Outcome> {
        match tag {
            "good" => Some(Outcome::Good),
            "okay" => Some(Outcome::Okay),
            "risky" => Some(Outcome::Risky),
            _ => None,
        }
    }
}

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

/// How a spot-the-scam attempt went: every part is either caught (suspicious
/// and marked), missed (suspicious, not marked), a false alarm (marked but
/// fine) or rightly left alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SpotScore {
    pub caught: u32,
    pub missed: u32,
    pub false_alarms: u32,
    pub suspicious: u32,
}

pub fn score_spot(parts: &[ScamPart], marked: &[String]) -> SpotScore {
    let mut score = SpotScore::default();
    for part in parts {
        let is_marked = marked.contains(&part.id);
        match (part.suspicious, is_marked) {
            (true, true) => score.caught += 1,
            (true, false) => score.missed += 1,
            (false, true) => score.false_alarms += 1,
            (false, false) => {}
        }
        score.suspicious += part.suspicious as u32;
    }
    score
}

/// Sort-it: how many items were placed in their right group.
pub fn score_sort(items: &[SortItem], placed: &[(String, String)]) -> u32 {
    items
        .iter()
        .filter(|item| placed.iter().any(|(id, group)| *id == item.id && *group == item.group))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Localized<String> {
        Localized { es_mx: s.into(), en: s.into() }
    }

    #[test]
    fn spot_scores_caught_missed_and_false_alarms() {
        let parts: Vec<ScamPart> = [("sender", true), ("hello", false), ("link", true), ("bye", false)]
            .into_iter()
            .map(|(id, suspicious)| ScamPart { id: id.into(), suspicious, text: text(id), explanation: text("") })
            .collect();
        let score = score_spot(&parts, &["link".into(), "hello".into()]);
        assert_eq!(score, SpotScore { caught: 1, missed: 1, false_alarms: 1, suspicious: 2 });
        let perfect = score_spot(&parts, &["sender".into(), "link".into()]);
        assert_eq!(perfect, SpotScore { caught: 2, missed: 0, false_alarms: 0, suspicious: 2 });
    }

    #[test]
    fn sort_counts_items_in_their_group() {
        let items: Vec<SortItem> = [("color", "share"), ("address", "never")]
            .into_iter()
            .map(|(id, group)| SortItem { id: id.into(), group: group.into(), text: text(id), explanation: text("") })
            .collect();
        let placed = vec![("color".to_string(), "share".to_string()), ("address".to_string(), "share".to_string())];
        assert_eq!(score_sort(&items, &placed), 1);
        assert_eq!(score_sort(&items, &[]), 0);
    }
}
