//! `serve`: opens the store, starts the group-commit writer, binds, says
//! where it listens, and answers until SIGTERM or SIGINT, then finishes the
//! requests under way (each of which waits for its commit) and stops.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use time::OffsetDateTime;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

use crate::config::Config;
use crate::ingest::Ingestor;
use crate::store::{Database, Outcome, Store, StoreError};
use crate::web::{self, AppState};

/// Idempotency keys of weeks no longer accepted, and expired sessions, go
/// this often.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(60 * 60);

/// Logs go to standard error (systemd's journal). `RUST_LOG` decides what
/// is shown; without it, `info` for the collector and `warn` for libraries.
/// Nothing logged ever holds a report, a cookie, a password, an address or
/// a query string: requests are logged by method and route only (see
/// [`web::router`]).
pub fn init_logging() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("warn,ciberescudo_collector=info,ciberescudo_report=info"));
    // A second call (never made by the binary) would only fail; ignore it.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(filter)
        .try_init();
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot open the database {database}: {source}")]
    Store { database: String, source: StoreError },
    #[error("cannot listen on {address}: {source}")]
    Bind { address: SocketAddr, source: std::io::Error },
    #[error("cannot handle SIGTERM: {0}")]
    Signal(std::io::Error),
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
}

/// Serves until a signal to stop. Prints exactly one line to standard
/// output, `listening on http://ADDRESS`, once it accepts connections.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let database = config.database();
    let over_tls = config.served_over_tls();
    let store = Store::open(&database).await.map_err(|source| ServeError::Store { database: shown(&database), source })?;
    let ingestor = Ingestor::start(store.clone(), config.ingest());
    let listener =
        TcpListener::bind(config.listen).await.map_err(|source| ServeError::Bind { address: config.listen, source })?;
    let address = listener.local_addr().map_err(|source| ServeError::Bind { address: config.listen, source })?;
    let app = web::router(AppState { store: store.clone(), ingestor, config: Arc::new(config) });
    let stop = stop_signal()?;
    spawn_housekeeping(store);

    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on http://{address}").and_then(|()| stdout.flush()).map_err(ServeError::Stdout)?;
    drop(stdout);
    tracing::info!(%address, "listening");
    if !over_tls {
        // Organizers' passwords and session cookies would cross the network
        // in clear, and cookies go without `Secure`.
        tracing::warn!(
            "public_url is not an https:// address: session cookies are not marked Secure; \
             serve the organizers' pages only through a reverse proxy with TLS and set public_url"
        );
    }

    // The peer address is for the rate limit alone, in memory (see web::api).
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(stop)
        .await
        .map_err(ServeError::Serve)?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM (systemd's stop) or SIGINT (Ctrl-C). The handlers
/// are installed before this returns, so a signal sent as soon as the
/// server says it listens is not missed.
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, ServeError> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate()).map_err(ServeError::Signal)?;
        let mut interrupt = signal(SignalKind::interrupt()).map_err(ServeError::Signal)?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => tracing::info!("SIGTERM: finishing the requests under way"),
                _ = interrupt.recv() => tracing::info!("SIGINT: finishing the requests under way"),
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

fn spawn_housekeeping(store: Store) {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(HOUSEKEEPING_EVERY);
        every_hour.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every_hour.tick().await;
            let now = OffsetDateTime::now_utc();
            match store.forget_before(Outcome::oldest_kept_week(now.date()), now).await {
                Ok(0) => {}
                Ok(keys) => tracing::info!(keys, "forgot the idempotency keys of weeks no longer accepted"),
                Err(error) => tracing::error!(%error, "housekeeping failed; it is tried again in an hour"),
            }
        }
    });
}

/// The database as it may be shown in a message: a PostgreSQL URL without
/// its password.
pub fn shown(database: &Database) -> String {
    match database {
        Database::Sqlite(path) => path.display().to_string(),
        Database::Postgres(url) => {
            let Some((scheme, rest)) = url.split_once("://") else { return "(a PostgreSQL URL)".into() };
            let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
            let without_password = match rest[..authority_end].rfind('@') {
                Some(at) => {
                    let user = rest[..at].split(':').next().unwrap_or_default();
                    format!("{scheme}://{user}@{}", &rest[at + 1..])
                }
                None => url.clone(),
            };
            // A password given as `?password=` stays out too.
            without_password.split("password=").next().unwrap_or_default().to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_not_shown() {
        let shown = |url: &str| shown(&Database::parse(url));
        assert_eq!(shown("postgres://collector:s3cret@db:5432/stats"), "postgres://collector@db:5432/stats");
        assert_eq!(shown("postgres://db/stats"), "postgres://db/stats");
        assert_eq!(shown("postgresql://u@db/stats?password=s3cret"), "postgresql://u@db/stats?");
        assert_eq!(shown("collector.sqlite3"), "collector.sqlite3");
    }
}
