//! A shutdown, a logout or Ctrl+C in a terminal quits the app the way
//! closing its window does. Left to their default, SIGTERM, SIGHUP and SIGINT
//! end the process at once: the exit handler in lib.rs would never run, the
//! progress file would not be checkpointed (its latest pages would stay in the
//! -wal file beside it) and the last log lines would be lost.

use tauri::AppHandle;
use tokio::signal::unix::{signal, SignalKind};

/// Turns SIGTERM, SIGHUP and SIGINT into a normal exit of `app`.
pub fn quit_on_termination(app: &AppHandle) {
    for kind in [SignalKind::terminate(), SignalKind::hangup(), SignalKind::interrupt()] {
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            // Registering needs the tokio runtime Tauri has already started.
            let mut stream = match signal(kind) {
                Ok(stream) => stream,
                Err(error) => {
                    tracing::warn!(%error, "cannot listen for a termination signal");
                    return;
                }
            };
            if stream.recv().await.is_some() {
                tracing::info!(signal = kind.as_raw_value(), "asked to quit by a signal");
                app.exit(0);
            }
        });
    }
}
