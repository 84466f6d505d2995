//! Checking a campaign code against its collector before the setting is
//! saved: the one request made while the statistics are still off, and
//! only because an adult pressed the button that asks for it.

use ciberescudo_core::api::{AppError, StatsTarget};
use reqwest::StatusCode;
use serde::Deserialize;

use crate::client::{bounded_body, json_word};

/// What `GET /v1/campaigns/{code}` answers.
#[derive(Debug, Deserialize)]
struct CampaignAnswer {
    name: String,
    open: bool,
}

/// The campaign's name if the collector knows the code and the campaign is
/// open to new computers; otherwise the reason, for the adult.
pub async fn check(http: &reqwest::Client, target: &StatsTarget) -> Result<String, AppError> {
    let response = match http.get(target.server.campaign(&target.campaign)).send().await {
        Ok(response) => response,
        Err(error) => {
            tracing::warn!(timeout = error.is_timeout(), "the collector could not be reached to check a campaign");
            return Err(AppError::StatsServerUnreachable {});
        }
    };
    let status = response.status();
    let body = bounded_body(response).await;
    match status {
        StatusCode::OK => match serde_json::from_slice::<CampaignAnswer>(&body) {
            Ok(answer) if answer.open => Ok(answer.name),
            Ok(_) => Err(AppError::StatsCampaignNotOpen {}),
            Err(_) => Err(AppError::StatsNotACollector {}),
        },
        StatusCode::NOT_FOUND if json_word(&body, "error").as_deref() == Some("unknown_campaign") => {
            Err(AppError::StatsCampaignUnknown {})
        }
        status if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS => {
            tracing::warn!(status = status.as_u16(), "the collector could not answer a campaign check");
            Err(AppError::StatsServerUnreachable {})
        }
        status => {
            tracing::warn!(status = status.as_u16(), "an unexpected answer to a campaign check");
            Err(AppError::StatsNotACollector {})
        }
    }
}
