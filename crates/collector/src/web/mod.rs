//! The HTTP side: the reports API for the app, and the organizers' pages.

pub mod api;
pub mod organizers;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::header::X_FRAME_OPTIONS;
use axum::http::header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

use crate::config::Config;
use crate::ingest::Ingestor;
use crate::store::Store;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub ingestor: Ingestor,
    pub config: Arc<Config>,
}

/// The whole application: API and pages, with their layers.
///
/// From the outside in: a request log that names only the method and the
/// route (never the query string, a cookie, a body or an address), security
/// headers on every answer, JSON bodies for the API's errors whichever layer
/// made them, the request time-out (408), and the body limit. The API's
/// routes add the per-sender rate limit themselves (see [`api::routes`]).
pub fn router(state: AppState) -> Router {
    let timeout = state.config.request_timeout();
    Router::new()
        .merge(api::routes(&state))
        .merge(organizers::routes(&state))
        .layer(DefaultBodyLimit::max(ciberescudo_report::MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(ciberescudo_report::MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(middleware::from_fn(json_errors_for_api))
        .layer(security_header(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        // `same-origin`, not `no-referrer`: with no referrer at all, browsers
        // send `Origin: null` on form posts, which the pages' origin check
        // could not tell from another site's.
        .layer(security_header(REFERRER_POLICY, "same-origin"))
        .layer(security_header(X_FRAME_OPTIONS, "DENY"))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<Body>| {
                    // The route's pattern (`/v1/campaigns/{code}`), not the path
                    // that was asked for, and never the query string.
                    let route = request.extensions().get::<MatchedPath>().map_or("(no route)", MatchedPath::as_str);
                    tracing::info_span!("request", method = %request.method(), route = %route)
                })
                .on_request(())
                .on_response(|response: &Response<Body>, latency: Duration, _span: &Span| {
                    tracing::info!(status = response.status().as_u16(), latency_ms = latency.as_millis() as u64, "answered");
                })
                .on_failure(()),
        )
        .with_state(state)
}

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}

/// Whether a path belongs to the app's API, whose every answer is JSON.
fn is_api_path(path: &str) -> bool {
    path.starts_with("/v1/") || path == "/v1" || path == "/health"
}

/// The API promises `{"error": "<code>", "message": "..."}` for every
/// refusal. The handlers answer so themselves; this turns the plain-text
/// answers of the layers and of axum's own extractors (408 from the
/// time-out, 413 from the body limit, 405 for a wrong method…) into the same
/// shape, keeping their status and headers (`Allow`, `Retry-After`).
async fn json_errors_for_api(request: Request, next: Next) -> Response {
    let api = is_api_path(request.uri().path());
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    if !api || is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.remove(CONTENT_TYPE);
    let (code, message) = describe(status);
    (parts, api::error_body(code, message)).into_response()
}

/// A code and an English sentence for an error status no handler explained.
fn describe(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::BAD_REQUEST => ("bad_request", "The request could not be read."),
        StatusCode::NOT_FOUND => ("not_found", "There is nothing at this address."),
        StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", "This address does not take that method."),
        StatusCode::REQUEST_TIMEOUT => ("timeout", "The request took too long."),
        StatusCode::PAYLOAD_TOO_LARGE => ("too_large", "The body is larger than 128 KiB."),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported_media_type", "The body must be application/json."),
        StatusCode::TOO_MANY_REQUESTS => ("rate_limited", "Too many requests from this address; try again later."),
        StatusCode::SERVICE_UNAVAILABLE => ("unavailable", "The collector cannot take this now; try again later."),
        status if status.is_server_error() => ("internal", "The collector failed to answer."),
        _ => ("refused", "The request was refused."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_api_gets_json_errors() {
        assert!(is_api_path("/v1/reports"));
        assert!(is_api_path("/health"));
        assert!(!is_api_path("/v1reports"));
        assert!(!is_api_path("/login"));
        assert_eq!(describe(StatusCode::PAYLOAD_TOO_LARGE).0, "too_large");
        assert_eq!(describe(StatusCode::BAD_GATEWAY).0, "internal");
    }
}
