//! Ciberescudo's domain: lessons and quizzes, learners' progress, and the
//! strings they are shown in. Nothing here knows about windows or IPC; the
//! desktop shell and the command line are thin adapters over this crate.

pub mod clock;
pub mod content;
pub mod i18n;
mod locale;
pub mod scoring;
mod tag;

#[cfg(feature = "app")]
pub mod api;
#[cfg(feature = "store")]
pub mod classroom;
#[cfg(feature = "app")]
pub mod collation;
#[cfg(feature = "store")]
pub mod progress;
#[cfg(feature = "app")]
pub mod stats;

pub use locale::{AgeBand, Locale};
pub use tag::UnknownValue;
