//! The glossary and the help places, in one language.

use serde::Serialize;

use crate::content::{HelpPlace, Term, Topic};
use crate::Locale;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TermView {
    pub id: String,
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PlaceView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub source: String,
    /// YYYY-MM-DD.
    pub checked: String,
    pub topics: Vec<Topic>,
    /// "country", "world", or a state's INEGI code ("09").
    pub serves: String,
}

pub(crate) fn term_view(t: &Term, locale: Locale) -> TermView {
    TermView { id: t.id.clone(), term: t.term.get(locale).clone(), definition: t.definition.get(locale).clone() }
}

pub(crate) fn place_view(p: &HelpPlace, locale: Locale) -> PlaceView {
    PlaceView {
        id: p.id.clone(),
        name: p.name.get(locale).clone(),
        description: p.description.get(locale).clone(),
        phone: p.phone.clone(),
        url: p.url.clone(),
        source: p.source.clone(),
        checked: p.checked.clone(),
        // Validated against the curriculum's topics when the content loaded.
        topics: p.topics.iter().filter_map(|t| t.parse().ok()).collect(),
        serves: p.serves.clone(),
    }
}
