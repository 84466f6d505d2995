//! What the screen receives: plain data, already in the learner's language,
//! and the pure functions that build it from validated content and stored
//! rows. Answer keys are never sent before the learner has answered.
//!
//! Every type here crosses the IPC boundary and has a TypeScript twin in
//! `ui/src/lib/bindings.ts` (see `api::bindings`). Storage rows live in
//! `progress` and never cross it.

mod activity;
mod adult;
mod backup;
mod class;
mod lesson;
mod plan;
mod profile;
mod quiz;
mod reference;
mod stats;

pub use activity::*;
pub use adult::*;
pub use backup::*;
pub use class::*;
pub use lesson::*;
pub use plan::*;
pub use profile::*;
pub use quiz::*;
pub use reference::*;
pub use stats::*;
