//! What the validator reports: where (file and line) and what, as a kind
//! that the locales turn into a sentence (`locales/*/content.ftl`).

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Arg;

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based; 1 when a problem concerns a whole file.
    pub line: usize,
    pub kind: ProblemKind,
}

/// Kinds of content problems. Each maps to a Fluent message whose id is
/// `content-` followed by the kebab-case name of the variant.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum ProblemKind {
    Unreadable {
        detail: String,
    },
    NoLessons,
    MissingFile {
        name: String,
    },
    Syntax {
        detail: String,
    },
    IdMismatch {
        id: String,
        folder: String,
    },
    BadId {
        id: String,
    },
    UnknownTopic {
        topic: String,
    },
    UnknownBand {
        band: String,
    },
    TopicBandMismatch {
        topic: String,
        band: String,
    },
    LessonIdFormat {
        expected: String,
    },
    SectionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    DuplicateId {
        id: String,
    },
    QuestionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    MissingQuestionKind {
        kind: String,
    },
    UnknownQuestionKind {
        kind: String,
    },
    OptionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    TrueFalseOptions,
    MissingOptions,
    UnknownAnswer {
        id: String,
    },
    SingleAnswer {
        count: usize,
    },
    MultipleAnswer,
    TrueFalseAnswer,
    BadUrl {
        url: String,
    },
    /// `what` is one of section, question, option, source, activity, part, step, choice, group, item, term, place.
    MissingText {
        what: &'static str,
        id: String,
        file: String,
    },
    ExtraText {
        what: &'static str,
        id: String,
    },
    TrueFalseOptionText {
        id: String,
    },
    MissingOptionText {
        id: String,
    },
    EmptyText {
        field: String,
    },
    WordCount {
        words: usize,
        min: usize,
        max: usize,
        band: String,
    },
    ReadingEase {
        score: f64,
        min: f64,
        band: String,
    },
    LongSentence {
        words: usize,
        max: usize,
    },
    MissingActivity,
    /// An id that names nothing declared where it should be (a section, a part, a step, a group).
    UnknownReference {
        id: String,
    },
    UnknownActivityKind {
        kind: String,
    },
    ActivityFieldUnused {
        field: String,
        kind: String,
    },
    ActivityFieldMissing {
        field: String,
        kind: String,
    },
    UnknownChannel {
        channel: String,
    },
    PartCount {
        count: usize,
        min: usize,
        max: usize,
    },
    SuspiciousParts,
    EndingWithChoices {
        id: String,
    },
    UnknownOutcome {
        outcome: String,
    },
    StepWithoutEnding {
        id: String,
    },
    UnreachableStep {
        id: String,
    },
    NoGoodEnding,
    GroupCount {
        count: usize,
        min: usize,
        max: usize,
    },
    ItemCount {
        count: usize,
        min: usize,
        max: usize,
    },
    EmptyGroup {
        id: String,
    },
    MissingGuide,
    UnexpectedGuide,
    GuideQuestionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    /// A glossary form that is empty, not lowercase, or padded with spaces.
    BadForm {
        form: String,
    },
    BadDate {
        date: String,
    },
    /// A plan's parts that do not add up to a class period, or a part of none.
    PlanMinutes {
        minutes: usize,
        expected: usize,
    },
    PlanFieldMissing {
        field: String,
    },
    PlanFieldUnused {
        field: String,
    },
    PlanQuestionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    /// The two languages' plans disagree on the schedule.
    PlanDiffers {
        field: String,
    },
    UnexpectedPlan,
    /// A help place's `serves` that is not "country", "world" or a state's INEGI code.
    UnknownServes {
        serves: String,
    },
}

impl ProblemKind {
    /// The Fluent id in `content.ftl`: `content-` and the variant's name in
    /// kebab case (`UnknownTopic` → `content-unknown-topic`), spelled by
    /// serde like every other enum that travels as a string.
    pub fn message_id(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => match map.get("problem") {
                Some(serde_json::Value::String(name)) => format!("content-{name}"),
                _ => unreachable!("every variant is tagged"),
            },
            _ => unreachable!("a ProblemKind serialises as an object"),
        }
    }

    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        use ProblemKind::*;
        let t = |s: &str| Arg::Text(s.to_owned());
        let n = |x: usize| Arg::Number(x as f64);
        match self {
            Unreadable { detail } | Syntax { detail } => vec![("detail", t(detail))],
            NoLessons | TrueFalseOptions | MissingOptions | MultipleAnswer | TrueFalseAnswer => vec![],
            MissingFile { name } => vec![("name", t(name))],
            IdMismatch { id, folder } => vec![("id", t(id)), ("folder", t(folder))],
            BadId { id } | DuplicateId { id } | UnknownAnswer { id } | TrueFalseOptionText { id } | MissingOptionText { id } => {
                vec![("id", t(id))]
            }
            UnknownTopic { topic } => vec![("topic", t(topic))],
            UnknownBand { band } => vec![("band", t(band))],
            TopicBandMismatch { topic, band } => vec![("topic", t(topic)), ("band", t(band))],
            LessonIdFormat { expected } => vec![("expected", t(expected))],
            SectionCount { count, min, max } | QuestionCount { count, min, max } | OptionCount { count, min, max } => {
                vec![("count", n(*count)), ("min", n(*min)), ("max", n(*max))]
            }
            MissingQuestionKind { kind } | UnknownQuestionKind { kind } => vec![("kind", t(kind))],
            SingleAnswer { count } => vec![("count", n(*count))],
            BadUrl { url } => vec![("url", t(url))],
            MissingText { what, id, file } => vec![("what", t(what)), ("id", t(id)), ("file", t(file))],
            ExtraText { what, id } => vec![("what", t(what)), ("id", t(id))],
            EmptyText { field } => vec![("field", t(field))],
            WordCount { words, min, max, band } => {
                vec![("words", n(*words)), ("min", n(*min)), ("max", n(*max)), ("band", t(band))]
            }
            // Reading ease is shown with one decimal.
            ReadingEase { score, min, band } => {
                vec![("score", Arg::Number((score * 10.0).round() / 10.0)), ("min", Arg::Number(*min)), ("band", t(band))]
            }
            LongSentence { words, max } => vec![("words", n(*words)), ("max", n(*max))],
            MissingActivity | SuspiciousParts | NoGoodEnding | MissingGuide | UnexpectedGuide | UnexpectedPlan => vec![],
            UnknownReference { id }
            | EndingWithChoices { id }
            | StepWithoutEnding { id }
            | UnreachableStep { id }
            | EmptyGroup { id } => {
                vec![("id", t(id))]
            }
            UnknownActivityKind { kind } => vec![("kind", t(kind))],
            ActivityFieldUnused { field, kind } | ActivityFieldMissing { field, kind } => {
                vec![("field", t(field)), ("kind", t(kind))]
            }
            UnknownChannel { channel } => vec![("channel", t(channel))],
            BadForm { form } => vec![("form", t(form))],
            BadDate { date } => vec![("date", t(date))],
            UnknownServes { serves } => vec![("serves", t(serves))],
            PlanMinutes { minutes, expected } => vec![("minutes", n(*minutes)), ("expected", n(*expected))],
            PlanFieldMissing { field } | PlanFieldUnused { field } | PlanDiffers { field } => vec![("field", t(field))],
            UnknownOutcome { outcome } => vec![("outcome", t(outcome))],
            PartCount { count, min, max }
            | GroupCount { count, min, max }
            | ItemCount { count, min, max }
            | GuideQuestionCount { count, min, max }
            | PlanQuestionCount { count, min, max } => {
                vec![("count", n(*count)), ("min", n(*min)), ("max", n(*max))]
            }
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line: message-id` — the untranslated form, for logs and panics.
    /// People see `i18n::Localizer::problem`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.kind.message_id())?;
        for (name, value) in self.kind.args() {
            match value {
                Arg::Text(s) => write!(f, " {name}={s:?}")?,
                Arg::Number(x) => write!(f, " {name}={x}")?,
            }
        }
        Ok(())
    }
}
