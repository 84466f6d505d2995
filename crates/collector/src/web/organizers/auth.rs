//! Organizers' sign-in, sessions and CSRF protection, after the OWASP
//! session-management and CSRF cheat sheets.
//!
//! - **Sessions.** Signing in makes a new token every time (no fixation):
//!   32 bytes from the operating system's generator, sent as hex in a cookie
//!   that is `HttpOnly; SameSite=Strict; Path=/`, plus `Secure` and the
//!   `__Host-` prefix when the server is reached over TLS. The database
//!   keeps only the token's SHA-256, so a copy of it opens no session. A
//!   session ends 8 hours after sign-in (absolute), or at sign-out, which
//!   deletes it.
//! - **Sign-in.** One message for an unknown name and a wrong password, and
//!   an unknown name is checked against a decoy hash so that it takes as
//!   long. Attempts are limited per address (5 at once, then one every 12
//!   seconds).
//! - **CSRF.** Every form that changes something carries a hidden `csrf`
//!   field. Signed in, it must equal the session's own random token; the
//!   sign-in form uses a double-submit cookie (random, `HttpOnly`,
//!   `SameSite=Strict`, `__Host-` over TLS) instead. Both compare in
//!   constant time. On top of that, [`super::http::guard_origin`] refuses
//!   posts that a browser marks as coming from another site.

use std::net::IpAddr;
use std::time::Duration;

use askama::Template;
use axum::extract::{FromRequestParts, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor};
use tower_governor::{GovernorError, GovernorLayer};

use super::http::{clear_cookie, cookie_value, forbidden_csrf, page, server_error, set_cookie, Ctx, Layout, SignedIn};
use crate::config::Config;
use crate::password;
use crate::store::{NewSession, StoreError};
use crate::web::AppState;

/// A session ends this long after sign-in, whatever happens meanwhile.
pub const SESSION_LIFETIME: time::Duration = time::Duration::hours(8);
/// Sign-in attempts per address: this many at once…
pub const LOGIN_BURST: u32 = 5;
/// …then one more every this often.
pub const LOGIN_PERIOD: Duration = Duration::from_secs(12);
/// Longer names and passwords are refused without a database look-up.
const MAX_USERNAME: usize = 200;
const MAX_PASSWORD: usize = 1024;

pub fn session_cookie_name(config: &Config) -> &'static str {
    if config.served_over_tls() {
        "__Host-collector-session"
    } else {
        "collector-session"
    }
}

pub fn csrf_cookie_name(config: &Config) -> &'static str {
    if config.served_over_tls() {
        "__Host-collector-csrf"
    } else {
        "collector-csrf"
    }
}

/// 32 random bytes from the operating system, as 64 hex digits.
fn random_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// The SHA-256 of a session cookie's token, if it is one (64 hex digits).
fn token_hash(token: &str) -> Option<[u8; 32]> {
    let bytes = hex::decode(token).ok().filter(|bytes| bytes.len() == 32)?;
    Some(Sha256::digest(&bytes).into())
}

/// Whether a submitted secret matches the expected one, in time that does
/// not depend on where they differ. An empty secret never matches.
pub fn same_secret(expected: &str, given: &str) -> bool {
    !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(given.as_bytes()))
}

/// A signed-in organizer. As an extractor, it sends anyone else to the
/// sign-in page.
#[derive(Debug, Clone)]
pub struct Organizer {
    pub username: String,
    pub csrf: String,
    token_hash: [u8; 32],
}

impl Organizer {
    pub fn signed_in(&self) -> SignedIn {
        SignedIn { username: self.username.clone(), csrf: self.csrf.clone() }
    }

    /// Whether a form's `csrf` field is this session's token.
    pub fn csrf_ok(&self, given: &str) -> bool {
        same_secret(&self.csrf, given)
    }
}

/// The organizer whose session cookie the request carries, if the session
/// exists and has not expired.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<Option<Organizer>, StoreError> {
    let Some(hash) = cookie_value(headers, session_cookie_name(&state.config)).and_then(|token| token_hash(&token)) else {
        return Ok(None);
    };
    Ok(state.store.session(hash, OffsetDateTime::now_utc()).await?.map(|session| Organizer {
        username: session.username,
        csrf: session.csrf_token,
        token_hash: hash,
    }))
}

pub fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, location.to_owned())]).into_response()
}

impl FromRequestParts<AppState> for Organizer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Organizer, Response> {
        match current(state, &parts.headers).await {
            Ok(Some(organizer)) => Ok(organizer),
            // Pages and forms alike: sign in first. (Nothing is kept of
            // where the organizer was going, so nothing can redirect away.)
            Ok(None) => Err(see_other("/login")),
            Err(error) => Err(server_error(&Ctx::of(&parts.uri, &parts.headers), &error)),
        }
    }
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    l: Layout,
    csrf: String,
    username: String,
    error: Option<String>,
    notice: Option<String>,
}

fn login_page(ctx: &Ctx, csrf: &str, username: &str, error: bool, notice: bool) -> Response {
    let template = LoginPage {
        l: Layout::new(ctx, "collector-login-title", None),
        csrf: csrf.to_owned(),
        username: username.to_owned(),
        error: error.then(|| ctx.tr.s("collector-login-failed")),
        notice: notice.then(|| ctx.tr.s("collector-logged-out")),
    };
    page(StatusCode::OK, template.render())
}

/// The double-submit token of the sign-in form: the browser's, if it has a
/// well-formed one (so that two open sign-in tabs both work), or a new one.
fn login_csrf(state: &AppState, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    let name = csrf_cookie_name(&state.config);
    match cookie_value(headers, name).filter(|value| value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())) {
        Some(existing) => (existing, None),
        None => {
            let fresh = random_token();
            let cookie = set_cookie(name, &fresh, &state.config, None);
            (fresh, Some(cookie))
        }
    }
}

/// `GET /login`.
pub async fn login_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    query: axum::extract::Query<Vec<(String, String)>>,
) -> Response {
    match current(&state, &headers).await {
        Ok(Some(_)) => return see_other("/campaigns"),
        Ok(None) => {}
        Err(error) => return server_error(&ctx, &error),
    }
    let signed_out = query.0.iter().any(|(name, _)| name == "signed_out");
    let (csrf, cookie) = login_csrf(&state, &headers);
    let mut response = login_page(&ctx, &csrf, "", false, signed_out);
    if let Some(cookie) = cookie {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /login`.
pub async fn login(State(state): State<AppState>, ctx: Ctx, headers: HeaderMap, Form(form): Form<LoginForm>) -> Response {
    let csrf_name = csrf_cookie_name(&state.config);
    let expected = cookie_value(&headers, csrf_name).unwrap_or_default();
    if !same_secret(&expected, &form.csrf) {
        return forbidden_csrf(&ctx, "/login");
    }

    // A name no account can have (PostgreSQL would even refuse a NUL in it)
    // goes straight to the decoy hash, never to the database.
    let plausible = crate::admin::check_username(&form.username).is_ok() && form.password.len() <= MAX_PASSWORD;
    let account = if plausible {
        match state.store.account(&form.username).await {
            Ok(account) => account,
            Err(error) => return server_error(&ctx, &error),
        }
    } else {
        None
    };
    // Always one argon2 verification, against the decoy when there is no
    // such account, so that a wrong name takes as long as a wrong password.
    let hash = account.as_ref().map_or_else(|| password::decoy_hash().to_owned(), |a| a.password_hash.clone());
    let password: String = form.password.chars().take(MAX_PASSWORD).collect();
    let verified = tokio::task::spawn_blocking(move || password::verify(&password, &hash)).await.unwrap_or(false);
    let Some(account) = account.filter(|_| verified) else {
        let shown_name: String = form.username.chars().take(MAX_USERNAME).collect();
        return login_page(&ctx, &expected, &shown_name, true, false);
    };

    // A previous session in this browser ends here: one browser, one session.
    if let Ok(Some(previous)) = current(&state, &headers).await {
        if let Err(error) = state.store.delete_session(previous.token_hash).await {
            return server_error(&ctx, &error);
        }
    }
    let token = random_token();
    let session = NewSession {
        token_hash: token_hash(&token).expect("a fresh token is 64 hex digits"),
        account_id: account.id,
        csrf_token: random_token(),
        expires_at: OffsetDateTime::now_utc() + SESSION_LIFETIME,
    };
    if let Err(error) = state.store.create_session(session).await {
        return server_error(&ctx, &error);
    }
    tracing::info!("an organizer signed in");
    let mut response = see_other("/campaigns");
    let headers = response.headers_mut();
    headers.append(SET_COOKIE, set_cookie(session_cookie_name(&state.config), &token, &state.config, Some(SESSION_LIFETIME)));
    headers.append(SET_COOKIE, clear_cookie(csrf_name, &state.config));
    response
}

#[derive(Debug, Default, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

/// `POST /logout`.
pub async fn logout(State(state): State<AppState>, ctx: Ctx, organizer: Organizer, Form(form): Form<CsrfForm>) -> Response {
    if !organizer.csrf_ok(&form.csrf) {
        return forbidden_csrf(&ctx, "/campaigns");
    }
    if let Err(error) = state.store.delete_session(organizer.token_hash).await {
        return server_error(&ctx, &error);
    }
    let mut response = see_other("/login?signed_out=1");
    response.headers_mut().append(SET_COOKIE, clear_cookie(session_cookie_name(&state.config), &state.config));
    response
}

/// The sign-in limit: per address (the proxy's `X-Forwarded-For` when the
/// configuration trusts it), on `POST /login` only. The addresses live in
/// memory as the buckets' keys, are never stored or logged, and idle ones
/// are dropped every minute. A refusal is a plain 429 here; the layer
/// [`super::http::pages_for_errors`] turns it into a page in the
/// organizer's language.
pub fn login_limit<S>(router: axum::routing::MethodRouter<S>, config: &Config) -> axum::routing::MethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
{
    if config.trust_forwarded_for {
        limit(router, SmartIpKeyExtractor)
    } else {
        limit(router, PeerIpKeyExtractor)
    }
}

fn limit<S, K>(router: axum::routing::MethodRouter<S>, key: K) -> axum::routing::MethodRouter<S>
where
    S: Clone + Send + Sync + 'static,
    K: KeyExtractor<Key = IpAddr> + Send + Sync + 'static,
{
    let config = GovernorConfigBuilder::default()
        .period(LOGIN_PERIOD)
        .burst_size(LOGIN_BURST)
        .methods(vec![Method::POST])
        .key_extractor(key)
        .finish()
        .expect("the period and the burst are not zero");
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let limiter = std::sync::Arc::downgrade(config.limiter());
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
    let layer = GovernorLayer::new(config).error_handler(|error: GovernorError| match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            (StatusCode::TOO_MANY_REQUESTS, [(axum::http::header::RETRY_AFTER, wait_time.to_string())]).into_response()
        }
        GovernorError::UnableToExtractKey => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        GovernorError::Other { code, .. } => code.into_response(),
    });
    router.layer(layer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_hash_to_32_bytes() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(token_hash(&a).is_some());
        assert_ne!(token_hash(&a), token_hash(&b));
        assert_eq!(token_hash("abc"), None);
        assert_eq!(token_hash(&"zz".repeat(32)), None);
    }

    #[test]
    fn secrets_compare_exactly_and_never_empty() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
        assert!(!same_secret("", ""));
    }

    #[test]
    fn cookie_names_follow_tls() {
        let mut config = Config::default();
        assert_eq!(session_cookie_name(&config), "collector-session");
        config.public_url = Some("https://estadisticas.example.mx".into());
        assert_eq!(session_cookie_name(&config), "__Host-collector-session");
        assert_eq!(csrf_cookie_name(&config), "__Host-collector-csrf");
    }
}
