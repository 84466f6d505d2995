//! What the desktop shell exposes to the UI:
//!
//! - `service`: `AppService`, the one object the shell holds;
//! - `use_cases/`: its methods, one per thing a learner does;
//! - `views/`: the data sent to the screen and the pure functions that build it;
//! - `error`: `AppError`, every error the screen can receive;
//! - `bindings`: the TypeScript twins of `views` and `error`.
//!
//! Storage rows stay in `progress` and never cross the IPC boundary.

#[cfg(feature = "typescript")]
pub mod bindings;
mod error;
mod service;
mod use_cases;
pub mod views;

pub use error::AppError;
pub use service::AppService;
pub use use_cases::{Outgoing, OutgoingReport, StatsTarget, NICKNAME_MAX_CHARS};
pub use views::*;
