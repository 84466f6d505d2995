//! The glossary and the help places: the same for every learner.

use crate::api::views::{place_view, term_view, PlaceView, TermView};
use crate::api::AppService;
use crate::collation;
use crate::Locale;

impl AppService {
    /// The glossary, sorted by term in the reader's language and its
    /// alphabetical order (in Spanish, ñ comes after n).
    pub fn glossary(&self, locale: Locale) -> Vec<TermView> {
        let mut terms: Vec<TermView> = self.catalog.glossary().iter().map(|t| term_view(t, locale)).collect();
        collation::sort_by_term(&mut terms, locale, |t| &t.term);
        terms
    }

    pub fn help_places(&self, locale: Locale) -> Vec<PlaceView> {
        self.catalog.help().iter().map(|p| place_view(p, locale)).collect()
    }
}
