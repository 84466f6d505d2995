//! Campaign statistics: what an adult may choose to send to a campaign's
//! collector, and the rules for sending it. The network itself is not here
//! (see `crates/sync`); this module decides *what* leaves and *when*.
//!
//! - [`calendar`]: ISO weeks in the computer's own time zone;
//! - [`endpoint`]: which server addresses are acceptable (HTTPS, or this computer);
//! - [`build`]: a closed week's counters as reports in the collector's format;
//! - [`closing`]: writing each finished week's reports to the outbox;
//! - [`delivery`]: what a collector's answer means for a report, and when to try again.

pub mod build;
pub mod calendar;
pub mod closing;
pub mod delivery;
pub mod endpoint;

pub use calendar::{Calendar, Span};
pub use delivery::{Delivery, SyncProblem};
pub use endpoint::ServerUrl;

use std::time::Duration;

/// A quiz attempt counts as passed with at least this share right: the
/// result screen's "good" level.
pub const PASS_PERCENT: i64 = 70;

/// A closed week's reports wait this long in the outbox before they are
/// sent on their own, so that an adult can look at them (and delete one)
/// first. "Send now" sends them at once.
pub const REVIEW_HOLD: Duration = Duration::from_secs(24 * 60 * 60);

/// The outbox keeps at most this many weeks; older reports are dropped.
/// (The collector keeps idempotency keys for 60 weeks, so any retry of a
/// report still in the outbox is recognised.)
pub const OUTBOX_WEEKS: i64 = 52;

/// While the app is open it looks for reports to send this often (and
/// sooner when a retry is due).
pub const SYNC_EVERY: Duration = Duration::from_secs(3 * 60 * 60);
