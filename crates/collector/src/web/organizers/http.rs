//! What every organizer page shares: the page context (language, switch
//! link, who is signed in), HTML answers with their security headers, the
//! error pages, and the layers that guard form posts and remember the
//! chosen language.

use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, HOST, ORIGIN, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::config::Config;
use crate::i18n::{Lang, Tr, LANG_COOKIE};
use crate::web::AppState;

/// No script, no remote anything: the pages are HTML and one stylesheet.
pub const CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The language cookie lasts a year.
const LANG_COOKIE_DAYS: i64 = 365;

/// The request's language and the link to the same page in the other one.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub tr: Tr,
    pub switch_href: String,
}

impl Ctx {
    pub fn of(uri: &Uri, headers: &HeaderMap) -> Ctx {
        let lang = Lang::of_request(uri.query(), headers);
        Ctx { tr: Tr::new(lang), switch_href: switch_href(uri, lang.other()) }
    }

    pub fn lang(&self) -> Lang {
        self.tr.lang
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Ctx, Self::Rejection> {
        Ok(Ctx::of(&parts.uri, &parts.headers))
    }
}

/// The same path and query, with `lang=` set to `to`. Only ever a path on
/// this server (never `//host`), whatever was asked for.
fn switch_href(uri: &Uri, to: Lang) -> String {
    let path = uri.path();
    let path = if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') { path } else { "/" };
    let mut query: Vec<&str> =
        uri.query().unwrap_or("").split('&').filter(|pair| !pair.is_empty() && !pair.starts_with("lang=")).collect();
    let lang = format!("lang={}", to.tag());
    query.push(&lang);
    format!("{path}?{}", query.join("&"))
}

/// Who is signed in, as the layout needs it (for the sign-out form).
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub username: String,
    pub csrf: String,
}

/// What the layout (`base.html`) shows on every page.
#[derive(Debug, Clone)]
pub struct Layout {
    pub t: Tr,
    pub title: String,
    pub switch_href: String,
    pub signed_in: Option<SignedIn>,
}

impl Layout {
    pub fn new(ctx: &Ctx, title_id: &str, signed_in: Option<SignedIn>) -> Layout {
        Layout { t: ctx.tr, title: ctx.tr.s(title_id), switch_href: ctx.switch_href.clone(), signed_in }
    }

    pub fn titled(ctx: &Ctx, title: String, signed_in: Option<SignedIn>) -> Layout {
        Layout { t: ctx.tr, title, switch_href: ctx.switch_href.clone(), signed_in }
    }
}

/// A rendered page. Pages are never cached: they hold figures, tokens or both.
pub fn page(status: StatusCode, rendered: Result<String, askama::Error>) -> Response {
    match rendered {
        Ok(html) => {
            let mut response = (status, html).into_response();
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => {
            tracing::error!(%error, "a page could not be rendered");
            (StatusCode::INTERNAL_SERVER_ERROR, [(CACHE_CONTROL, "no-store")], "500").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    l: Layout,
    text: String,
    link_href: String,
    link_text: String,
}

/// An error page: a title, a sentence and a way on.
pub fn message(ctx: &Ctx, status: StatusCode, title_id: &str, text_id: &str, link: (&str, &str)) -> Response {
    let (link_href, link_text_id) = link;
    let template = MessagePage {
        l: Layout::new(ctx, title_id, None),
        text: ctx.tr.s(text_id),
        link_href: link_href.to_owned(),
        link_text: ctx.tr.s(link_text_id),
    };
    page(status, template.render())
}

pub fn not_found(ctx: &Ctx) -> Response {
    message(
        ctx,
        StatusCode::NOT_FOUND,
        "collector-error-not-found-title",
        "collector-error-not-found",
        ("/", "collector-error-home"),
    )
}

pub fn server_error(ctx: &Ctx, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "an organizer's page failed");
    message(
        ctx,
        StatusCode::INTERNAL_SERVER_ERROR,
        "collector-error-server-title",
        "collector-error-server",
        ("/", "collector-error-home"),
    )
}

/// 403 for a form whose CSRF token is missing or wrong; `again` is where to
/// get a fresh form.
pub fn forbidden_csrf(ctx: &Ctx, again: &str) -> Response {
    message(
        ctx,
        StatusCode::FORBIDDEN,
        "collector-error-forbidden-title",
        "collector-error-csrf",
        (again, "collector-error-try-again"),
    )
}

/// A `Set-Cookie` value: always `HttpOnly; SameSite=Strict; Path=/`, and
/// `Secure` when the server is reached over TLS.
pub fn set_cookie(name: &str, value: &str, config: &Config, max_age: Option<time::Duration>) -> HeaderValue {
    let mut cookie = Cookie::build((name.to_owned(), value.to_owned()))
        .http_only(true)
        .same_site(SameSite::Strict)
        .path("/")
        .secure(config.served_over_tls());
    if let Some(max_age) = max_age {
        cookie = cookie.max_age(max_age);
    }
    HeaderValue::from_str(&cookie.build().to_string()).expect("cookie names and hex values are valid header text")
}

/// A `Set-Cookie` that makes the browser forget `name`.
pub fn clear_cookie(name: &str, config: &Config) -> HeaderValue {
    set_cookie(name, "", config, Some(time::Duration::ZERO))
}

/// A cookie's value from the request, by exact name.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    axum_extra::extract::CookieJar::from_headers(headers).get(name).map(|cookie| cookie.value().to_owned())
}

/// Every answer of the organizers' side: the content security policy, and
/// no caching unless the handler said otherwise (the stylesheet does).
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    if !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// `?lang=` is remembered in a cookie, so the next pages keep the language.
pub async fn remember_lang(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let chosen = Lang::from_query(request.uri().query());
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        let cookie = set_cookie(LANG_COOKIE, lang.tag(), &state.config, Some(time::Duration::days(LANG_COOKIE_DAYS)));
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// Refuses a state-changing request that a browser says came from another
/// site: a `Sec-Fetch-Site` other than `same-origin`, or an `Origin` header
/// that is not this server's own. A request without either (an old browser,
/// a command-line client) still needs its CSRF token.
///
/// `Origin: null` is what browsers send on every form post when the page's
/// referrer policy is `no-referrer` (the whole server's, see [`crate::web`]):
/// it is taken as this server's own only when `Sec-Fetch-Site`, which pages
/// cannot set, says `same-origin`.
pub async fn guard_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !same_origin(&state.config, request.headers()) {
        let ctx = Ctx::of(request.uri(), request.headers());
        return message(
            &ctx,
            StatusCode::FORBIDDEN,
            "collector-error-forbidden-title",
            "collector-error-origin",
            ("/", "collector-error-try-again"),
        );
    }
    next.run(request).await
}

/// The origin people use: `public_url`'s scheme, host and port.
fn configured_origin(public_url: &str) -> String {
    let (scheme, rest) = public_url.split_once("://").unwrap_or(("https", public_url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    format!("{}://{}", scheme.to_ascii_lowercase(), authority.to_ascii_lowercase())
}

fn same_origin(config: &Config, headers: &HeaderMap) -> bool {
    let site = headers.get("sec-fetch-site").map(|value| value.to_str().unwrap_or(""));
    if site.is_some_and(|site| site != "same-origin") {
        return false;
    }
    let Some(origin) = headers.get(ORIGIN) else { return true };
    let Ok(origin) = origin.to_str() else { return false };
    if origin == "null" {
        return site == Some("same-origin");
    }
    let origin = origin.trim_end_matches('/').to_ascii_lowercase();
    match &config.public_url {
        Some(public_url) => origin == configured_origin(public_url),
        // Without a configured address, the browser's Origin must name the
        // host it sent the request to (over either scheme: a proxy may
        // terminate TLS in front of us).
        None => headers.get(HOST).and_then(|host| host.to_str().ok()).is_some_and(|host| {
            let host = host.to_ascii_lowercase();
            origin == format!("http://{host}") || origin == format!("https://{host}")
        }),
    }
}

/// Plain-text refusals from layers and extractors (the login limit's 429,
/// a form that cannot be read, a wrong method) become pages in the
/// organizer's language, keeping their status and headers.
pub async fn pages_for_errors(request: Request, next: Next) -> Response {
    let ctx = Ctx::of(request.uri(), request.headers());
    let response = next.run(request).await;
    let status = response.status();
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if is_html || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (title, text) = match status {
        StatusCode::TOO_MANY_REQUESTS => ("collector-error-too-many-title", "collector-error-too-many"),
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => {
            ("collector-error-not-found-title", "collector-error-not-found")
        }
        status if status.is_server_error() => ("collector-error-server-title", "collector-error-server"),
        _ => ("collector-error-bad-request-title", "collector-error-bad-request"),
    };
    let mut page = message(&ctx, status, title, text, ("/", "collector-error-home"));
    for (name, value) in response.headers() {
        if !matches!(*name, CONTENT_TYPE | axum::http::header::CONTENT_LENGTH) {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_link_keeps_the_query_and_stays_on_this_server() {
        let uri: Uri = "/campaigns/K7MD-Q4TW?from=2026-W48&lang=es-MX&band=8-11".parse().unwrap();
        assert_eq!(switch_href(&uri, Lang::En), "/campaigns/K7MD-Q4TW?from=2026-W48&band=8-11&lang=en");
        assert_eq!(switch_href(&"/login".parse().unwrap(), Lang::En), "/login?lang=en");
        assert_eq!(switch_href(&"//evil.example/x".parse().unwrap(), Lang::EsMx), "/?lang=es-MX");
    }

    #[test]
    fn origins() {
        let mut config = Config::default();
        let mut headers = HeaderMap::new();
        headers.insert(HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(same_origin(&config, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("http://127.0.0.1:8080"));
        assert!(same_origin(&config, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("http://evil.example"));
        assert!(!same_origin(&config, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(&config, &headers));
        // What a browser sends under `Referrer-Policy: no-referrer`.
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&config, &headers));
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-site"));
        assert!(!same_origin(&config, &headers));
        headers.remove("sec-fetch-site");
        config.public_url = Some("https://Estadisticas.example.mx/".into());
        headers.insert(ORIGIN, HeaderValue::from_static("https://estadisticas.example.mx"));
        assert!(same_origin(&config, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("http://estadisticas.example.mx"));
        assert!(!same_origin(&config, &headers));
        headers.remove(ORIGIN);
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&config, &headers));
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&config, &headers));
    }
}
