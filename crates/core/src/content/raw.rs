//! The files exactly as written, with the position of every value so that
//! problems can name a line. Unknown keys are rejected by serde.

use std::collections::BTreeMap;

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

/// Looks up an entry of a map keyed by spanned ids.
pub(crate) fn entry<'m, T>(map: &'m BTreeMap<Spanned<String>, T>, id: &str) -> Option<&'m T> {
    map.iter().find(|(k, _)| k.get_ref() == id).map(|(_, v)| v)
}
