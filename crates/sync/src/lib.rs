//! The campaign statistics on the network: the only code in the app that
//! opens a connection, and only when an adult has turned the statistics on
//! (or is checking a campaign code to turn them on).
//!
//! - [`client`]: the HTTP client (rustls, time-outs, no redirects, no cookies);
//! - [`campaign`]: checking a code an adult typed against the collector;
//! - [`deliver`]: posting one report and reading the collector's answer;
//! - [`Syncer`]: rounds of closing weeks and sending what is due, at
//!   start-up, every few hours, and when an adult says "send now".
//!
//! What to send and when is decided in `ciberescudo_core::stats`; the
//! outbox lives in the progress database, so nothing is lost on a crash.
//! No log line here holds a report's body, a key or a campaign code.

pub mod campaign;
pub mod client;
pub mod deliver;
mod syncer;

pub use syncer::{Round, Syncer};
