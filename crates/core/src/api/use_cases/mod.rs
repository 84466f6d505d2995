//! The app's use cases, grouped by what the learner is doing. Each is one
//! method of `AppService`; the desktop shell has one command per method.

mod activities;
mod adult;
mod backups;
mod classes;
mod lessons;
mod plans;
mod profiles;
mod quiz;
mod reference;
mod stats;

pub use crate::progress::fields::NICKNAME_MAX_CHARS;
pub use stats::{Outgoing, OutgoingReport, StatsTarget};
