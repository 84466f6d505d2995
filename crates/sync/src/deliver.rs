//! Posting one report and reading what the collector made of it.

use ciberescudo_core::stats::{Delivery, SyncProblem};
use reqwest::header::CONTENT_TYPE;

use crate::client::{bounded_body, json_word};

/// Sends one report's body, exactly as stored, and classifies the answer.
/// A network failure or time-out is a retry, never a refusal.
pub async fn post_report(http: &reqwest::Client, url: reqwest::Url, body: String) -> Delivery {
    let (delivery, status) = match http.post(url).header(CONTENT_TYPE, "application/json").body(body).send().await {
        Ok(response) => {
            let status = response.status();
            let field = if status.is_success() { "status" } else { "error" };
            let word = if status.is_success() || status.is_client_error() {
                json_word(&bounded_body(response).await, field)
            } else {
                None
            };
            (Delivery::from_answer(status.as_u16(), word.as_deref()), status.as_u16())
        }
        Err(error) if error.is_timeout() => (Delivery::RetryLater(SyncProblem::Timeout), 0),
        Err(_) => (Delivery::RetryLater(SyncProblem::Unreachable), 0),
    };
    // The status (0: no answer) and the collector's refusal code only: never the body.
    match delivery {
        Delivery::Delivered => tracing::info!(status, "a weekly report was delivered"),
        Delivery::RetryLater(problem) => tracing::warn!(status, problem = problem.tag(), "a weekly report will be retried"),
        Delivery::Refused(problem) => tracing::warn!(status, problem = problem.tag(), "a weekly report was refused"),
    }
    delivery
}
