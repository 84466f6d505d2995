//! Linking lesson text to the glossary: finds the glossary's forms in a
//! paragraph, whole words only, longest form first.

use serde::Serialize;

use super::reference::Term;
use crate::Locale;

/// A run of text, linked to a glossary entry or not. Joining the runs'
/// text gives back the original paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Segment {
    pub text: String,
    pub term: Option<String>,
}

/// The forms of every term in one language, longest first, as lowercase chars.
pub struct TermIndex {
    forms: Vec<(Vec<char>, String)>,
}

impl TermIndex {
    pub fn new(terms: &[Term], locale: Locale) -> TermIndex {
        let mut forms: Vec<(Vec<char>, String)> =
            terms.iter().flat_map(|t| t.forms.get(locale).iter().map(move |f| (f.chars().collect(), t.id.clone()))).collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
        TermIndex { forms }
    }

    /// Splits `text` into segments. Each term is linked once: `linked`
    /// carries the terms already linked (e.g. earlier in the same section).
    pub fn link(&self, text: &str, linked: &mut Vec<String>) -> Vec<Segment> {
        let chars: Vec<char> = text.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
        let boundary = |i: usize| i == 0 || i >= chars.len() || !chars[i].is_alphanumeric() || !chars[i - 1].is_alphanumeric();
        let mut segments = Vec::new();
        let mut plain_start = 0;
        let mut i = 0;
        while i < chars.len() {
            let at_word_start = i == 0 || !chars[i - 1].is_alphanumeric();
            let found = at_word_start
                .then(|| {
                    self.forms.iter().find(|(form, id)| {
                        let end = i + form.len();
                        end <= chars.len() && lower[i..end] == form[..] && boundary(end) && !linked.contains(id)
                    })
                })
                .flatten();
            match found {
                Some((form, id)) => {
                    if plain_start < i {
                        segments.push(Segment { text: chars[plain_start..i].iter().collect(), term: None });
                    }
                    let end = i + form.len();
                    segments.push(Segment { text: chars[i..end].iter().collect(), term: Some(id.clone()) });
                    linked.push(id.clone());
                    i = end;
                    plain_start = end;
                }
                None => i += 1,
            }
        }
        if plain_start < chars.len() || segments.is_empty() {
            segments.push(Segment { text: chars[plain_start..].iter().collect(), term: None });
        }
        segments
    }
}

/// Every phrase of a lesson's text that links to the glossary, in reading
/// order, with the term it links to: what `ciberescudo content check
/// --links` lists so a reviewer can read them all at once. Linked as the
/// app links them (each term once per section).
pub fn linked_phrases(lesson: &super::Lesson, index: &TermIndex, locale: Locale) -> Vec<(String, String)> {
    let mut phrases = Vec::new();
    for section in &lesson.sections {
        let mut linked = Vec::new();
        for block in section.blocks.get(locale) {
            let texts: Vec<&String> = match block {
                super::Block::Paragraph { text } => vec![text],
                super::Block::List { items } => items.iter().collect(),
            };
            for text in texts {
                for segment in index.link(text, &mut linked) {
                    if let Some(term) = segment.term {
                        phrases.push((segment.text, term));
                    }
                }
            }
        }
    }
    phrases
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Localized;

    fn term(id: &str, es: &[&str]) -> Term {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Term {
            id: id.into(),
            term: Localized { es_mx: id.into(), en: id.into() },
            definition: Localized { es_mx: "d".into(), en: "d".into() },
            forms: Localized { es_mx: l(es), en: l(es) },
        }
    }

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match &s.term {
                Some(t) => format!("[{}|{t}]", s.text),
                None => s.text.clone(),
            })
            .collect()
    }

    #[test]
    fn links_whole_words_longest_first_once_each() {
        let index = TermIndex::new(
            &[
                term("password", &["contraseña", "contraseñas"]),
                term("two-step", &["verificación en dos pasos"]),
                term("step", &["pasos"]),
            ],
            Locale::EsMx,
        );
        let mut linked = Vec::new();
        let segs = index.link("Tu Contraseña y la verificación en dos pasos protegen tus contraseñas.", &mut linked);
        assert_eq!(render(&segs), "Tu [Contraseña|password] y la [verificación en dos pasos|two-step] protegen tus contraseñas.");
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            "Tu Contraseña y la verificación en dos pasos protegen tus contraseñas."
        );
        // Already linked in this section: not again.
        assert_eq!(render(&index.link("Otra contraseña.", &mut linked)), "Otra contraseña.");
    }

    #[test]
    fn no_links_inside_words() {
        let index = TermIndex::new(&[term("app", &["app"])], Locale::EsMx);
        assert_eq!(render(&index.link("happy apps", &mut Vec::new())), "happy apps");
        assert_eq!(render(&index.link("una app.", &mut Vec::new())), "una [app|app].");
        assert_eq!(index.link("", &mut Vec::new()), vec![Segment { text: String::new(), term: None }]);
    }
}
