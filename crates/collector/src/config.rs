//! The `serve --config FILE` settings, in TOML. Every setting has a default
//! that is right for one machine behind a TLS-terminating reverse proxy, so
//! an empty file is a valid configuration.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use crate::ingest::IngestSettings;
use crate::store::Database;

/// Cells under this many are never shown; the setting cannot go lower.
pub const MIN_THRESHOLD: u32 = 10;

/// Reports waiting in memory at most (each is a few KB).
const MAX_QUEUE: usize = 1_000_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where to listen. Loopback by default: a reverse proxy faces the world.
    pub listen: SocketAddr,
    /// A SQLite file path, or a `postgres://` URL.
    pub database: String,
    /// The address people use, such as `https://estadisticas.example.mx`.
    /// When it starts with `https://`, session cookies are `Secure` and
    /// `__Host-` prefixed.
    pub public_url: Option<String>,
    /// Small-cell suppression: counts under this show as "<N" (at least 10).
    pub threshold: u32,
    /// Behind a reverse proxy every request comes from the proxy; set this
    /// to rate-limit by the `X-Forwarded-For` address the proxy adds
    /// instead. Never set it without a proxy that overwrites that header.
    pub trust_forwarded_for: bool,
    pub rate_limit: RateLimit,
    pub limits: Limits,
}

/// Per sender address, a token bucket (held in memory only, never stored).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimit {
    /// Requests a sender may make per second, sustained.
    pub per_second: u32,
    /// Requests a sender may make at once before the rate applies.
    pub burst: u32,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub request_timeout_secs: u64,
    /// Reports waiting to be written before new ones get 503.
    pub queue: usize,
    /// Reports per transaction at most.
    pub max_batch: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database: "collector.sqlite3".into(),
            public_url: None,
            threshold: MIN_THRESHOLD,
            trust_forwarded_for: false,
            rate_limit: RateLimit::default(),
            limits: Limits::default(),
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        // A school's computers behind one address send a few reports each
        // a week; this leaves ample room and still stops a flood.
        RateLimit { per_second: 20, burst: 100 }
    }
}

impl Default for Limits {
    fn default() -> Self {
        let ingest = IngestSettings::default();
        Limits { request_timeout_secs: 10, queue: ingest.queue, max_batch: ingest.max_batch }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: {source}")]
    Syntax { path: String, source: toml::de::Error },
    #[error("{path}: {problem}")]
    Invalid { path: String, problem: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: shown.clone(), source })?;
        let config: Config = toml::from_str(&text).map_err(|source| ConfigError::Syntax { path: shown.clone(), source })?;
        config.check().map_err(|problem| ConfigError::Invalid { path: shown, problem })?;
        Ok(config)
    }

    /// What the types cannot say.
    pub fn check(&self) -> Result<(), String> {
        if self.threshold < MIN_THRESHOLD {
            return Err(format!("threshold is {}; it cannot be under {MIN_THRESHOLD}", self.threshold));
        }
        if self.rate_limit.per_second == 0 || self.rate_limit.burst == 0 {
            return Err("rate_limit.per_second and rate_limit.burst must be at least 1".into());
        }
        if self.limits.request_timeout_secs == 0 || self.limits.queue == 0 || self.limits.max_batch == 0 {
            return Err("limits.request_timeout_secs, limits.queue and limits.max_batch must be at least 1".into());
        }
        if self.limits.queue > MAX_QUEUE || self.limits.max_batch > MAX_QUEUE {
            return Err(format!("limits.queue and limits.max_batch can be at most {MAX_QUEUE}"));
        }
        if let Some(url) = &self.public_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(format!("public_url {url:?} must start with https:// (or http:// for a test on this machine)"));
            }
        }
        Ok(())
    }

    pub fn database(&self) -> Database {
        Database::parse(&self.database)
    }

    /// Cookies get `Secure` (and the `__Host-` prefix) when served over TLS.
    pub fn served_over_tls(&self) -> bool {
        self.public_url.as_deref().is_some_and(|url| url.starts_with("https://"))
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.limits.request_timeout_secs)
    }

    pub fn ingest(&self) -> IngestSettings {
        IngestSettings { queue: self.limits.queue, max_batch: self.limits.max_batch }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_is_a_working_configuration() {
        let config: Config = toml::from_str("").unwrap();
        assert!(config.check().is_ok());
        assert_eq!(config.threshold, 10);
        assert!(!config.served_over_tls());
    }

    #[test]
    fn the_threshold_cannot_go_under_ten() {
        let config: Config = toml::from_str("threshold = 9").unwrap();
        assert!(config.check().unwrap_err().contains("under 10"));
        let config: Config = toml::from_str("threshold = 25").unwrap();
        assert!(config.check().is_ok());
    }

    #[test]
    fn unknown_settings_and_postgres_urls() {
        assert!(toml::from_str::<Config>("treshold = 10").is_err());
        let config: Config = toml::from_str("database = \"postgres://collector@db/stats\"").unwrap();
        assert!(matches!(config.database(), Database::Postgres(_)));
        let config: Config = toml::from_str("public_url = \"https://estadisticas.example.mx\"").unwrap();
        assert!(config.served_over_tls());
    }
}
