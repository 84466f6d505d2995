//! The files exactly as written, with the position of every value so that
//! problems can name a line. Unknown keys are rejected by serde.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLesson {
    pub id: Spanned<String>,
    pub topic: Spanned<String>,
    pub band: Spanned<String>,
    pub sections: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub activities: Vec<RawActivity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub options: Option<Spanned<Vec<Spanned<String>>>>,
    pub answer: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub id: Spanned<String>,
    pub url: Spanned<String>,
    /// The day the page was last read and found to say what `supports` says.
    pub checked: Spanned<String>,
}

/// One language's text for a lesson.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    #[serde(default)]
    pub sections: BTreeMap<Spanned<String>, RawSectionText>,
    #[serde(default)]
    pub questions: BTreeMap<Spanned<String>, RawQuestionText>,
    #[serde(default)]
    pub sources: BTreeMap<Spanned<String>, RawSourceText>,
    #[serde(default)]
    pub activities: BTreeMap<Spanned<String>, RawActivityText>,
    pub guide: Option<Spanned<RawGuide>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSectionText {
    pub title: Spanned<String>,
    pub body: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestionText {
    pub prompt: Spanned<String>,
    #[serde(default)]
    pub options: BTreeMap<Spanned<String>, RawOptionText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOptionText {
    pub text: Option<Spanned<String>>,
    pub explanation: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSourceText {
    pub title: Spanned<String>,
    pub supports: Spanned<String>,
}

/// An activity as declared in `lesson.toml`. Which fields apply depends on
/// `kind`; the validator reports fields that are missing or do not apply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivity {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub after: Spanned<String>,
    // spot-the-scam
    pub channel: Option<Spanned<String>>,
    pub parts: Option<Spanned<Vec<Spanned<String>>>>,
    pub suspicious: Option<Spanned<Vec<Spanned<String>>>>,
    // what-would-you-do
    pub steps: Option<Spanned<Vec<Spanned<String>>>>,
    pub choices: Option<Spanned<IndexMap<Spanned<String>, Vec<RawChoice>>>>,
    pub endings: Option<Spanned<IndexMap<Spanned<String>, Spanned<String>>>>,
    // sort-it
    pub groups: Option<Spanned<Vec<Spanned<String>>>>,
    pub items: Option<Spanned<IndexMap<Spanned<String>, Spanned<String>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChoice {
    pub id: Spanned<String>,
    pub to: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivityText {
    pub title: Spanned<String>,
    pub instructions: Spanned<String>,
    #[serde(default)]
    pub parts: BTreeMap<Spanned<String>, RawExplainedText>,
    #[serde(default)]
    pub steps: BTreeMap<Spanned<String>, RawStepText>,
    #[serde(default)]
    pub choices: BTreeMap<Spanned<String>, RawChoiceText>,
    #[serde(default)]
    pub groups: BTreeMap<Spanned<String>, RawGroupText>,
    #[serde(default)]
    pub items: BTreeMap<Spanned<String>, RawExplainedText>,
}

/// A scam part or a sort item: what it says, and why it is where it is.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExplainedText {
    pub text: Spanned<String>,
    pub explanation: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStepText {
    pub text: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChoiceText {
    pub text: Spanned<String>,
    pub feedback: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGroupText {
    pub label: Spanned<String>,
}

/// The printable "talk about it at home" guide of an adult lesson.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGuide {
    pub title: Spanned<String>,
    pub intro: Spanned<String>,
    pub questions: Spanned<Vec<Spanned<String>>>,
}

/// Looks up an entry of a map keyed by spanned ids.
pub(crate) fn entry<'m, T>(map: &'m BTreeMap<Spanned<String>, T>, id: &str) -> Option<&'m T> {
    map.iter().find(|(k, _)| k.get_ref() == id).map(|(_, v)| v)
}
