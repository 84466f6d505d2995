//! The app's reference data beside the lessons: the glossary and the help
//! lines. Same layout as a lesson: a language-neutral file of ids and facts,
//! and one text file per language keyed by the same ids.
//!
//! ```text
//! glossary/terms.toml   [[terms]] id
//! glossary/<lang>.toml  [terms.<id>] term, definition, forms
//! help/places.toml      [[places]] id, phone?, url?, source, checked, topics?
//! help/<lang>.toml      [places.<id>] name, description, source_supports
//! ```

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};
use time::macros::format_description;
use toml::Spanned;

use super::curriculum;
use super::model::Localized;
use super::problem::{Problem, ProblemKind};
use super::raw::entry;
use super::spans::SourceFile;
use super::validate::{check_ids, is_well_formed_url, non_empty, trim, Report};
use crate::Locale;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub term: Localized<String>,
    pub definition: Localized<String>,
    /// Lowercase words and phrases that link lesson text to this entry.
    pub forms: Localized<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelpPlace {
    pub id: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    /// Where what this entry says was verified, and when.
    pub source: String,
    pub checked: String,
    pub topics: Vec<String>,
    /// Whom it serves: "country" (all of Mexico), "world" (from any
    /// country), or one state's INEGI code ("09").
    pub serves: String,
    pub name: Localized<String>,
    pub description: Localized<String>,
    /// What the page in `source` supports of this entry.
    pub source_supports: Localized<String>,
}

/// Whether `serves` names the whole country, the world, or one of the 32 states.
pub fn is_known_reach(serves: &str) -> bool {
    matches!(serves, "country" | "world") || (serves.len() == 2 && serves.parse::<u8>().is_ok_and(|n| (1..=32).contains(&n)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerms {
    terms: Vec<RawId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawId {
    id: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTermTexts {
    terms: BTreeMap<Spanned<String>, RawTermText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTermText {
    term: Spanned<String>,
    definition: Spanned<String>,
    forms: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaces {
    places: Vec<RawPlace>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Spanned<String>,
    phone: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    source: Spanned<String>,
    checked: Spanned<String>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    serves: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceTexts {
    places: BTreeMap<Spanned<String>, RawPlaceText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceText {
    name: Spanned<String>,
    description: Spanned<String>,
    /// What the page in `source` supports of this entry, in this language.
    source_supports: Spanned<String>,
}

/// Loads `DIR/glossary/`, or nothing if the folder does not exist (a content
/// pack may have no glossary of its own).
pub(crate) fn load_glossary(dir: &Path, problems: &mut Vec<Problem>) -> Vec<Term> {
    let dir = dir.join("glossary");
    if !dir.is_dir() {
        return Vec::new();
    }
    let Some((ids_file, raw)) = read_parse::<RawTerms>(&dir, "terms.toml", problems) else { return Vec::new() };
    let texts: Vec<(Locale, SourceFile, RawTermTexts)> = Locale::ALL
        .into_iter()
        .filter_map(|l| read_parse::<RawTermTexts>(&dir, &format!("{}.toml", l.tag()), problems).map(|(f, r)| (l, f, r)))
        .collect();
    let before = problems.len();
    let mut report = Report::new(problems);
    check_ids(&ids_file, raw.terms.iter().map(|t| &t.id), &mut report);
    for (_, file, text) in &texts {
        let declared: Vec<&Spanned<String>> = raw.terms.iter().map(|t| &t.id).collect();
        cover(&ids_file, file, "term", &declared, text.terms.keys().collect(), &mut report);
        let mut seen_forms = HashSet::new();
        for (id, t) in &text.terms {
            non_empty(file, &t.term, &format!("terms.{}.term", id.get_ref()), &mut report);
            non_empty(file, &t.definition, &format!("terms.{}.definition", id.get_ref()), &mut report);
            if t.forms.get_ref().is_empty() {
                report.at(file, &t.forms, ProblemKind::EmptyText { field: format!("terms.{}.forms", id.get_ref()) });
            }
            for form in t.forms.get_ref() {
                let f = form.get_ref();
                if f.trim().is_empty() || *f != f.to_lowercase() || f.trim() != f {
                    report.at(file, form, ProblemKind::BadForm { form: f.clone() });
                } else if !seen_forms.insert(f.clone()) {
                    report.at(file, form, ProblemKind::DuplicateId { id: f.clone() });
                }
            }
        }
    }
    if problems.len() > before || texts.len() < Locale::ALL.len() {
        return Vec::new();
    }
    let text_of = |l: Locale| &texts.iter().find(|(x, _, _)| *x == l).expect("both loaded").2;
    let (es, en) = (text_of(Locale::EsMx), text_of(Locale::En));
    let mut terms: Vec<Term> = raw
        .terms
        .iter()
        .map(|t| {
            let id = t.id.get_ref();
            let (e, n) = (entry(&es.terms, id).expect("checked"), entry(&en.terms, id).expect("checked"));
            let forms = |x: &RawTermText| x.forms.get_ref().iter().map(|f| f.get_ref().clone()).collect();
            Term {
                id: id.clone(),
                term: Localized { es_mx: trim(&e.term), en: trim(&n.term) },
                definition: Localized { es_mx: trim(&e.definition), en: trim(&n.definition) },
                forms: Localized { es_mx: forms(e), en: forms(n) },
            }
        })
        .collect();
    terms.sort_by(|a, b| a.id.cmp(&b.id));
    terms
}

/// Loads `DIR/help/`, or nothing if the folder does not exist.
pub(crate) fn load_help(dir: &Path, problems: &mut Vec<Problem>) -> Vec<HelpPlace> {
    let dir = dir.join("help");
    if !dir.is_dir() {
        return Vec::new();
    }
    let Some((places_file, raw)) = read_parse::<RawPlaces>(&dir, "places.toml", problems) else { return Vec::new() };
    let texts: Vec<(Locale, SourceFile, RawPlaceTexts)> = Locale::ALL
        .into_iter()
        .filter_map(|l| read_parse::<RawPlaceTexts>(&dir, &format!("{}.toml", l.tag()), problems).map(|(f, r)| (l, f, r)))
        .collect();
    let before = problems.len();
    let mut report = Report::new(problems);
    check_ids(&places_file, raw.places.iter().map(|p| &p.id), &mut report);
    for p in &raw.places {
        for url in [Some(&p.source), p.url.as_ref()].into_iter().flatten() {
            if !is_well_formed_url(url.get_ref()) {
                report.at(&places_file, url, ProblemKind::BadUrl { url: url.get_ref().clone() });
            }
        }
        if !is_iso_date(p.checked.get_ref()) {
            report.at(&places_file, &p.checked, ProblemKind::BadDate { date: p.checked.get_ref().clone() });
        }
        if let Some(phone) = &p.phone {
            non_empty(&places_file, phone, &format!("places.{}.phone", p.id.get_ref()), &mut report);
        }
        if !is_known_reach(p.serves.get_ref()) {
            report.at(&places_file, &p.serves, ProblemKind::UnknownServes { serves: p.serves.get_ref().clone() });
        }
        for topic in &p.topics {
            if !topic.get_ref().parse::<curriculum::Topic>().is_ok_and(|t| !t.is_for_adults()) {
                report.at(&places_file, topic, ProblemKind::UnknownTopic { topic: topic.get_ref().clone() });
            }
        }
    }
    for (_, file, text) in &texts {
        let declared: Vec<&Spanned<String>> = raw.places.iter().map(|p| &p.id).collect();
        cover(&places_file, file, "place", &declared, text.places.keys().collect(), &mut report);
        for (id, t) in &text.places {
            non_empty(file, &t.name, &format!("places.{}.name", id.get_ref()), &mut report);
            non_empty(file, &t.description, &format!("places.{}.description", id.get_ref()), &mut report);
            non_empty(file, &t.source_supports, &format!("places.{}.source_supports", id.get_ref()), &mut report);
        }
    }
    if problems.len() > before || texts.len() < Locale::ALL.len() {
        return Vec::new();
    }
    let text_of = |l: Locale| &texts.iter().find(|(x, _, _)| *x == l).expect("both loaded").2;
    let (es, en) = (text_of(Locale::EsMx), text_of(Locale::En));
    raw.places
        .iter()
        .map(|p| {
            let id = p.id.get_ref();
            let (e, n) = (entry(&es.places, id).expect("checked"), entry(&en.places, id).expect("checked"));
            HelpPlace {
                id: id.clone(),
                phone: p.phone.as_ref().map(trim),
                url: p.url.as_ref().map(trim),
                source: trim(&p.source),
                checked: trim(&p.checked),
                topics: p.topics.iter().map(trim).collect(),
                serves: trim(&p.serves),
                name: Localized { es_mx: trim(&e.name), en: trim(&n.name) },
                description: Localized { es_mx: trim(&e.description), en: trim(&n.description) },
                source_supports: Localized { es_mx: trim(&e.source_supports), en: trim(&n.source_supports) },
            }
        })
        .collect()
}

fn read_parse<T: serde::de::DeserializeOwned>(dir: &Path, name: &str, problems: &mut Vec<Problem>) -> Option<(SourceFile, T)> {
    let path = dir.join(name);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problems.push(Problem { file: dir.to_owned(), line: 1, kind: ProblemKind::MissingFile { name: name.into() } });
            return None;
        }
        Err(e) => {
            problems.push(Problem { file: path, line: 1, kind: ProblemKind::Unreadable { detail: e.to_string() } });
            return None;
        }
    };
    let file = SourceFile::new(&path, text);
    match toml::from_str::<T>(&file.text) {
        Ok(raw) => Some((file, raw)),
        Err(e) => {
            let line = e.span().map(|s| file.line(s.start)).unwrap_or(1);
            problems.push(Problem { file: path, line, kind: ProblemKind::Syntax { detail: e.message().trim().to_owned() } });
            None
        }
    }
}

/// Every declared id has text, and every text has a declared id.
fn cover(
    ids_file: &SourceFile,
    text_file: &SourceFile,
    what: &'static str,
    declared: &[&Spanned<String>],
    keys: Vec<&Spanned<String>>,
    report: &mut Report,
) {
    let file_name = text_file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for id in declared {
        if !keys.iter().any(|k| k.get_ref() == id.get_ref()) {
            report.at(ids_file, *id, ProblemKind::MissingText { what, id: id.get_ref().clone(), file: file_name.clone() });
        }
    }
    for key in keys {
        if !declared.iter().any(|d| d.get_ref() == key.get_ref()) {
            report.at(text_file, key, ProblemKind::ExtraText { what, id: key.get_ref().clone() });
        }
    }
}

/// A real calendar date written `YYYY-MM-DD` (so `2026-02-31` is refused).
/// `[year]` also takes a leading `+` or `-`, which a check date never has.
pub(super) fn is_iso_date(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) && time::Date::parse(s, format_description!("[year]-[month]-[day]")).is_ok()
}

#[cfg(test)]
mod tests {
    use super::is_iso_date;

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-11-21"));
        assert!(is_iso_date("2028-02-29"), "a leap day");
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("21/11/2026"));
        assert!(!is_iso_date("2026-1-1"));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for date in ["2026-02-31", "2026-02-29", "2026-04-31", "2026-00-10", "2026-11-00", "2026-11-32"] {
            assert!(!is_iso_date(date), "{date}");
        }
    }

    #[test]
    fn only_the_plain_format_is_accepted() {
        for date in [
            "+2026-11-21",
            "-2026-11-21",
            "02026-11-21",
            "2026-11-21 ",
            " 2026-11-21",
            "2026-11-21T00:00",
            "2026/11/21",
            "26-11-21",
            "",
        ] {
            assert!(!is_iso_date(date), "{date:?}");
        }
    }
}
