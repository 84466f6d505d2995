//! The desktop app's logs: one file in the app's log directory, cut at
//! [`MAX_FILE_BYTES`] (1 MiB) and rotated, [`MAX_FILES`] (5) kept, so the logs
//! never take more than [`MAX_TOTAL_BYTES`] (5 MiB) however long the app runs.
//!
//! Nothing logged names a learner or their answers: core logs lesson ids,
//! counts and error keys only, never a path (a path names the computer's
//! user). WebKit, Tauri and the other libraries log warnings and errors only,
//! unless `CIBERESCUDO_LOG` asks for more.
//!
//! A crate of its own, not a module of the app, so that `cargo test
//! --workspace --exclude ciberescudo-app` (the app crate needs WebKit to
//! build its tests) tests the cap.

mod rotating;

use std::io;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use tracing::Subscriber;
use tracing_appender::non_blocking::{NonBlocking, WorkerGuard};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::EnvFilter;

pub use rotating::{RotatingFile, LOG_FILE_NAME, MAX_FILES, MAX_FILE_BYTES, MAX_TOTAL_BYTES};

/// Our own crates at info, everything else at warn.
pub const DEFAULT_FILTER: &str = "warn,ciberescudo_app=info,ciberescudo_core=info,ciberescudo_sync=info";

/// A `tracing` filter that replaces [`DEFAULT_FILTER`].
pub const FILTER_ENV: &str = "CIBERESCUDO_LOG";

/// Keeps the log writer's thread flushing until the app exits.
pub struct LogGuard(Mutex<Option<WorkerGuard>>);

impl LogGuard {
    fn new(guard: Option<WorkerGuard>) -> Self {
        Self(Mutex::new(guard))
    }

    /// Writes out every line still queued and stops the writer's thread;
    /// later lines are dropped. For the app's exit, which ends the process
    /// without dropping this guard.
    pub fn flush_and_stop(&self) {
        let guard = self.0.lock().unwrap_or_else(PoisonError::into_inner).take();
        drop(guard);
    }
}

/// Sends this process's `tracing` events to the log files in `dir`, or to
/// stderr when `dir` cannot be written: the app works either way.
pub fn init(dir: &Path) -> LogGuard {
    let filter = EnvFilter::try_from_env(FILTER_ENV).unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    match file_writer(dir) {
        Ok((writer, guard)) => {
            let _ = subscriber(filter, writer).try_init();
            LogGuard::new(Some(guard))
        }
        Err(_) => {
            let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
            LogGuard::new(None)
        }
    }
}

/// The writer [`init`] logs through: the capped, rotating files in `dir`,
/// written on a thread of their own so a slow disk never holds up a lesson.
/// Dropping the guard writes out what is still queued.
pub fn file_writer(dir: &Path) -> io::Result<(NonBlocking, WorkerGuard)> {
    Ok(tracing_appender::non_blocking(RotatingFile::open(dir)?))
}

/// The subscriber [`init`] installs: plain lines (no colour codes) through `writer`.
pub fn subscriber<W>(filter: EnvFilter, writer: W) -> impl Subscriber + Send + Sync + 'static
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt().with_env_filter(filter).with_ansi(false).with_writer(writer).finish()
}
