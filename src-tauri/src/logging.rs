//! Logs go to a daily file in the app's log directory, a week of them kept.
//! Nothing logged names a learner or their answers: core logs lesson ids,
//! counts and error keys only, never a path (a path names the computer's
//! user). WebKit, Tauri and the other libraries log warnings and errors
//! only, unless `CIBERESCUDO_LOG` asks for more.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::EnvFilter;

/// Our own crates at info, everything else at warn.
pub const DEFAULT_FILTER: &str = "warn,ciberescudo_app=info,ciberescudo_core=info,ciberescudo_sync=info";

/// Keeps the log writer flushing until the app exits.
pub struct LogGuard(#[allow(dead_code)] Option<WorkerGuard>);

pub fn init(dir: &Path) -> LogGuard {
    let filter = EnvFilter::try_from_env("CIBERESCUDO_LOG").unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let appender = std::fs::create_dir_all(dir).ok().and_then(|_| {
        Builder::new()
            .rotation(Rotation::DAILY)
            .filename_prefix("ciberescudo")
            .filename_suffix("log")
            .max_log_files(7)
            .build(dir)
            .ok()
    });
    match appender {
        Some(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let _ = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(false).with_writer(writer).try_init();
            LogGuard(Some(guard))
        }
        // No writable log directory: the app still works, it just logs to stderr.
        None => {
            let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
            LogGuard(None)
        }
    }
}
