//! One HTTP client for the statistics, set up once.

use std::time::Duration;

/// Giving up on connecting after this long.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Giving up on any request (connect, send, answer) after this long.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The most of an answer's body read: a collector's answers are tiny.
pub const MAX_ANSWER_BYTES: usize = 16 * 1024;

/// HTTPS through rustls (ring), certificates checked against the system's
/// trust store. Redirects are not followed: a report goes to the address
/// the adult gave and nowhere else. No cookies; the system's proxy
/// settings apply; a user agent that names the app and nothing else.
///
/// Fails only if the system's certificates cannot be loaded (a computer
/// without a CA store): then nothing can be sent, but the app runs on.
pub fn http_client() -> Result<reqwest::Client, reqwest::Error> {
    // Several clients (tests) may race to install it; one wins, all use ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(REQUEST_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Ciberescudo/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Reads at most [`MAX_ANSWER_BYTES`] of an answer: a misbehaving server
/// cannot make the app hold a large body.
pub async fn bounded_body(mut response: reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        let room = MAX_ANSWER_BYTES - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_ANSWER_BYTES {
            break;
        }
    }
    body
}

/// A short text field of a JSON answer: the collector's refusal code
/// (`{"error": "<code>", …}`) or its acceptance (`{"status": "counted"}`).
pub fn json_word(body: &[u8], field: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.get(field)?.as_str().filter(|word| word.len() <= 64).map(str::to_owned)
}
