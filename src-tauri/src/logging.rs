//! Logs go to the app's log directory, in files capped in size and rotated
//! (at most 5 files of 1 MiB); what is logged and where lives in
//! `crates/logs`, where the cap is tested.

pub use ciberescudo_logs::{init, LogGuard};
