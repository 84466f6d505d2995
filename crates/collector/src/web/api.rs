//! The app's API: `POST /v1/reports`, `GET /v1/campaigns/{code}`, `GET /health`.
//!
//! Every refusal is a short JSON body `{"error": "<code>", "message": "..."}`;
//! the codes are stable (see `docs/report-format.md`), the messages are for
//! people. Nothing here logs a report, an address or a key.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::{Json, Router};
use ciberescudo_report::{CampaignCode, Report, ReportError};
use serde_json::json;
use time::OffsetDateTime;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor};
use tower_governor::{GovernorError, GovernorLayer};

use super::AppState;
use crate::config::RateLimit;
use crate::ingest::IngestError;
use crate::store::Outcome;

/// How long a client is asked to wait when the collector is overloaded or
/// its database is unreachable.
const BUSY_RETRY_AFTER_SECS: u64 = 5;
const UNAVAILABLE_RETRY_AFTER_SECS: u64 = 30;

pub fn routes(state: &AppState) -> Router<AppState> {
    let v1 = Router::new()
        .route("/v1/reports", post(submit_report))
        .route("/v1/campaigns/{code}", get(check_campaign))
        .route("/v1/{*rest}", any(unknown_route));
    let v1 = if state.config.trust_forwarded_for {
        limit_rate(v1, state.config.rate_limit, SmartIpKeyExtractor)
    } else {
        limit_rate(v1, state.config.rate_limit, PeerIpKeyExtractor)
    };
    Router::new().merge(v1).route("/health", get(health))
}

/// Puts the per-sender token bucket in front of `routes`.
///
/// The governor keeps the senders' addresses in memory only, as the keys of
/// its buckets, and forgets idle ones every minute: an address is never
/// stored, never logged (tower_governor's `tracing` feature, which would log
/// it, is off) and gone when the process ends.
fn limit_rate<K>(routes: Router<AppState>, settings: RateLimit, key: K) -> Router<AppState>
where
    K: KeyExtractor + Send + Sync + 'static,
    K::Key: Send + Sync + 'static,
{
    // tower_governor's `per_second(n)` means one request every n seconds;
    // ours means n requests a second, so give it the period instead.
    let period = (Duration::from_secs(1) / settings.per_second.max(1)).max(Duration::from_nanos(1));
    let config = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(settings.burst.max(1))
        .key_extractor(key)
        .finish()
        .expect("the period and the burst are at least 1");
    // Drop the buckets of senders quiet long enough to be back to a full
    // burst, once a minute, for as long as the limiter exists.
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let limiter = Arc::downgrade(config.limiter());
        runtime.spawn(async move {
            let mut every_minute = tokio::time::interval(Duration::from_secs(60));
            loop {
                every_minute.tick().await;
                let Some(limiter) = limiter.upgrade() else { return };
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        });
    }
    let layer = GovernorLayer::new(config).error_handler(|error| match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            // The governor rounds the wait down to whole seconds.
            with_retry_after(
                error_response(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate_limited",
                    "Too many requests from this address; try again after the time in Retry-After.",
                ),
                wait_time + 1,
            )
        }
        GovernorError::UnableToExtractKey => {
            tracing::error!("the rate limit found no sender address (is the server run with connect info?)");
            error_response(StatusCode::INTERNAL_SERVER_ERROR, "internal", "The collector failed to answer.")
        }
        GovernorError::Other { code, .. } => error_response(code, "refused", "The request was refused."),
    });
    routes.layer(layer)
}

/// `{"error": code, "message": message}` as the body of a response.
pub fn error_body(code: &str, message: &str) -> Json<serde_json::Value> {
    Json(json!({ "error": code, "message": message }))
}

pub fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    (status, error_body(code, message)).into_response()
}

fn with_retry_after(mut response: Response, seconds: u64) -> Response {
    response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
    response
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// Error messages quote at most this much of what the sender sent.
fn short(message: String) -> String {
    const MAX: usize = 200;
    if message.chars().count() <= MAX {
        message
    } else {
        message.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}

/// `POST /v1/reports`: a 2xx only once the report's batch has committed.
async fn submit_report(State(state): State<AppState>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    if !is_json(&headers) {
        return error_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "A report must be sent as Content-Type: application/json.",
        );
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error_response(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "The report is larger than 128 KiB.");
        }
        Err(_) => return error_response(StatusCode::BAD_REQUEST, "malformed", "The report's body could not be read."),
    };
    let report = match Report::from_json(&body) {
        Ok(report) => report,
        Err(error) => {
            let status = match error {
                ReportError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::BAD_REQUEST,
            };
            return error_response(status, error.code(), &short(capitalised(&error.to_string())));
        }
    };
    match state.ingestor.submit(report).await {
        Ok(Outcome::Counted) => (StatusCode::CREATED, Json(json!({ "status": "counted" }))).into_response(),
        Ok(Outcome::Duplicate) => (StatusCode::OK, Json(json!({ "status": "duplicate" }))).into_response(),
        Ok(Outcome::UnknownCampaign) => {
            error_response(StatusCode::NOT_FOUND, "unknown_campaign", "There is no campaign with this code.")
        }
        Ok(Outcome::CampaignClosed) => {
            error_response(StatusCode::GONE, "campaign_closed", "This campaign has ended and takes no more reports.")
        }
        Ok(Outcome::WeekOutsideCampaign) => error_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            "week_outside_campaign",
            "The report's week is outside the campaign's dates.",
        ),
        Ok(Outcome::WeekNotAccepted) => error_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            "week_not_accepted",
            "The report's week is in the future or too long ago.",
        ),
        Err(IngestError::Busy) => with_retry_after(
            error_response(StatusCode::SERVICE_UNAVAILABLE, "busy", "Too many reports are waiting; try again shortly."),
            BUSY_RETRY_AFTER_SECS,
        ),
        Err(error @ (IngestError::Store(_) | IngestError::Stopped)) => {
            tracing::error!(%error, "a report could not be stored");
            with_retry_after(
                error_response(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "The report could not be stored; try again later.",
                ),
                UNAVAILABLE_RETRY_AFTER_SECS,
            )
        }
    }
}

/// `GET /v1/campaigns/{code}`: lets the app check a code an adult typed.
async fn check_campaign(State(state): State<AppState>, Path(code): Path<String>) -> Response {
    let Ok(code) = code.parse::<CampaignCode>() else {
        return error_response(StatusCode::BAD_REQUEST, "malformed", "This is not a campaign code such as K7MD-Q4TW.");
    };
    match state.store.campaign_by_code(&code).await {
        Ok(Some(campaign)) => {
            let today = OffsetDateTime::now_utc().date();
            Json(json!({
                "code": campaign.code.to_string(),
                "name": campaign.name,
                "open": campaign.is_open(today),
                "takes_reports": campaign.takes_reports(today),
            }))
            .into_response()
        }
        Ok(None) => error_response(StatusCode::NOT_FOUND, "unknown_campaign", "There is no campaign with this code."),
        Err(error) => {
            tracing::error!(%error, "a campaign could not be looked up");
            with_retry_after(
                error_response(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "The collector cannot answer now; try again later.",
                ),
                UNAVAILABLE_RETRY_AFTER_SECS,
            )
        }
    }
}

/// `GET /health`: the process answers and its database does too.
async fn health(State(state): State<AppState>) -> Response {
    match state.store.campaign(0).await {
        Ok(_) => Json(json!({ "status": "ok" })).into_response(),
        Err(error) => {
            tracing::error!(%error, "the health check could not reach the database");
            error_response(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "The database does not answer.")
        }
    }
}

async fn unknown_route() -> Response {
    error_response(StatusCode::NOT_FOUND, "not_found", "There is no such API address.")
}

fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        let mut headers = HeaderMap::new();
        assert!(!is_json(&headers));
        for (value, json) in [
            ("application/json", true),
            ("application/json; charset=utf-8", true),
            ("Application/JSON", true),
            ("text/plain", false),
            ("application/jsonx", false),
        ] {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(value));
            assert_eq!(is_json(&headers), json, "{value}");
        }
    }

    #[test]
    fn messages_are_short_sentences() {
        assert_eq!(capitalised("the report"), "The report");
        assert_eq!(short("x".repeat(500)).chars().count(), 201);
    }
}
