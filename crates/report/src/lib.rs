//! The anonymous weekly report that a computer sends to a campaign's
//! collector, written once for both sides.
//!
//! A report holds counters and nothing else: which campaign, which ISO week
//! (never a finer time), which age band, optionally which of Mexico's 32
//! states, and per lesson and per quiz question how often something was
//! done. There is no install id, no profile id, no nickname and no free
//! text, and the type system makes it impossible to add one by accident:
//! every field is a closed enum, a bounded number or a checked slug.
//!
//! [`Report::from_json`] is the only way in from the wire: it refuses unknown
//! fields, out-of-range counts, unknown bands and states, and oversize bodies,
//! each with its own [`ReportError`]. The format is documented in
//! `docs/report-format.md`.

mod campaign;
mod error;
mod fields;
mod report;
mod week;

pub use campaign::CampaignCode;
pub use error::ReportError;
pub use fields::{AgeBand, IdempotencyKey, Slug, State};
pub use report::{LessonCounts, QuestionCounts, Report, FORMAT_VERSION, MAX_BODY_BYTES, MAX_COUNT, MAX_LESSONS, MAX_QUESTIONS};
pub use week::IsoWeek;
