//! Validated lessons, as the rest of the app sees them. A value of these
//! types has passed every check of the validator: both languages are
//! complete and every answer key fits its question.

use serde::{Deserialize, Serialize};

use super::activity::{Activity, Guide};
use super::body::Block;
use super::curriculum::Topic;
use super::plan::LessonPlan;
use super::reference::{HelpPlace, Term};
use crate::tag::string_enum;
use crate::{AgeBand, Locale};

/// The same text in every language the app speaks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Localized<T> {
    #[serde(rename = "es-MX")]
    pub es_mx: T,
    pub en: T,
}

impl<T> Localized<T> {
    pub fn get(&self, locale: Locale) -> &T {
        match locale {
            Locale::EsMx => &self.es_mx,
            Locale::En => &self.en,
        }
    }
}

/// Everything that ships with the app: the lessons in curriculum order,
/// the glossary and the help lines.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    lessons: Vec<Lesson>,
    glossary: Vec<Term>,
    help: Vec<HelpPlace>,
}

impl Catalog {
    /// Orders lessons by band, then by the curriculum's topic order.
    pub fn new(mut lessons: Vec<Lesson>) -> Catalog {
        lessons.sort_by_key(|l| (l.band, l.topic, l.id.clone()));
        Catalog { lessons, glossary: Vec::new(), help: Vec::new() }
    }

    pub fn with_reference(mut self, glossary: Vec<Term>, help: Vec<HelpPlace>) -> Catalog {
        self.glossary = glossary;
        self.help = help;
        self
    }

    pub fn glossary(&self) -> &[Term] {
        &self.glossary
    }

    pub fn help(&self) -> &[HelpPlace] {
        &self.help
    }

    pub fn lessons(&self) -> &[Lesson] {
        &self.lessons
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a catalog always serialises")
    }

    pub fn from_json(json: &str) -> Result<Catalog, serde_json::Error> {
        serde_json::from_str(json)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub topic: Topic,
    pub band: AgeBand,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
    pub sources: Vec<Source>,
    pub activities: Vec<Activity>,
    /// Adult lessons only: questions to talk about at home.
    pub guide: Option<Guide>,
    /// Learner lessons only: the teacher's plan for a class period.
    pub plan: Option<LessonPlan>,
}

impl Lesson {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn has_section(&self, id: &str) -> bool {
        self.sections.iter().any(|s| s.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: Localized<String>,
    pub blocks: Localized<Vec<Block>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Exactly one right option.
    Single,
    /// One or more right options, and at least one wrong one.
    Multiple,
    /// Options `true` and `false`, one of them right.
    TrueFalse,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 3] = [QuestionKind::Single, QuestionKind::Multiple, QuestionKind::TrueFalse];

    /// Whether a learner may pick more than one option.
    pub fn allows_many(self) -> bool {
        self == QuestionKind::Multiple
    }
}

string_enum!(QuestionKind);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: Localized<String>,
    pub options: Vec<Choice>,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}

/// One option of a question. (`Option` would shadow the prelude.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub right: bool,
    /// `None` for true/false options, whose labels come from the locales.
    pub text: Option<Localized<String>>,
    pub explanation: Localized<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub url: String,
    /// When the page was last checked (YYYY-MM-DD).
    pub checked: String,
    pub title: Localized<String>,
    pub supports: Localized<String>,
}
