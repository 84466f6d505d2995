use thiserror::Error;

/// Why a report was refused. [`ReportError::code`] is the short, stable
/// identifier the collector answers with; the message is for people reading
/// logs or a terminal.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReportError {
    #[error("the report is {size} bytes; at most {limit} are accepted")]
    TooLarge { size: usize, limit: usize },
    #[error("the report is not valid JSON of the expected shape: {0}")]
    Malformed(String),
    #[error("report format {0} is not supported (this side speaks format {supported})", supported = crate::FORMAT_VERSION)]
    UnsupportedFormat(u32),
    #[error("the report counts nothing: it must name at least one lesson")]
    Empty,
    #[error("too many {what}: {count} (at most {limit})")]
    TooMany { what: &'static str, count: usize, limit: usize },
    #[error("lesson {0} appears twice")]
    DuplicateLesson(String),
    #[error("question {lesson}/{question} appears twice")]
    DuplicateQuestion { lesson: String, question: String },
    #[error("question {lesson}/{question} belongs to a lesson the report does not list")]
    QuestionWithoutLesson { lesson: String, question: String },
    #[error("{field} is {value}, more than {limit}")]
    CountOutOfRange { field: &'static str, value: u32, limit: u32 },
    #[error("{field} ({part}) cannot be more than {whole}")]
    Inconsistent { field: &'static str, part: u32, whole: u32 },
}

impl ReportError {
    /// A short identifier for the JSON error body: stable across versions,
    /// so that a client can act on it.
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::TooLarge { .. } => "too_large",
            ReportError::Malformed(_) => "malformed",
            ReportError::UnsupportedFormat(_) => "unsupported_format",
            ReportError::Empty => "empty",
            ReportError::TooMany { .. } => "too_many_entries",
            ReportError::DuplicateLesson(_) | ReportError::DuplicateQuestion { .. } => "duplicate_entry",
            ReportError::QuestionWithoutLesson { .. } => "question_without_lesson",
            ReportError::CountOutOfRange { .. } => "count_out_of_range",
            ReportError::Inconsistent { .. } => "inconsistent_counts",
        }
    }
}
