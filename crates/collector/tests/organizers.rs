//! The organizers' side in process: the whole application (`web::router`)
//! on a SQLite store in a temporary directory, driven request by request
//! with `tower::ServiceExt::oneshot` and a small cookie jar.
//!
//! Sign-in and sessions, CSRF and origins, languages, campaigns, the
//! dashboard and its CSV files, and the suppression attacker test.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::Router;
use ciberescudo_collector::config::Config;
use ciberescudo_collector::ingest::Ingestor;
use ciberescudo_collector::store::{Campaign, Database, Dimension, Filter, NewCampaign, Place, Store};
use ciberescudo_collector::suppress::Published;
use ciberescudo_collector::web::organizers::export::{self, Table};
use ciberescudo_collector::web::organizers::view::{self, Dashboard};
use ciberescudo_collector::web::{self, AppState};
use ciberescudo_collector::{i18n, password};
use ciberescudo_report::{AgeBand, IdempotencyKey, IsoWeek, LessonCounts, QuestionCounts, Report, Slug, State};
use sha2::{Digest, Sha256};
use time::macros::date;
use time::Date;
use tower::ServiceExt;

const USER: &str = "ana.organiza";
const PASSWORD: &str = "correct horse battery staple";
const HOST: &str = "collector.test";

struct App {
    router: Router,
    store: Store,
    _dir: tempfile::TempDir,
}

async fn app_with(change: impl FnOnce(&mut Config)) -> App {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("collector.sqlite3");
    let mut config = Config { database: path.display().to_string(), ..Default::default() };
    change(&mut config);
    let store = Store::open(&Database::Sqlite(path)).await.unwrap();
    store.create_account(USER, &password::hash(PASSWORD)).await.unwrap();
    let ingestor = Ingestor::start(store.clone(), config.ingest());
    let router = web::router(AppState { store: store.clone(), ingestor, config: Arc::new(config) });
    App { router, store, _dir: dir }
}

async fn app() -> App {
    app_with(|_| {}).await
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(|v| v.to_str().unwrap()).unwrap_or("")
    }

    fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect()
    }

    fn set_cookie(&self, name: &str) -> Option<String> {
        self.set_cookies().into_iter().find(|c| c.starts_with(&format!("{name}=")))
    }

    /// The value of the hidden `csrf` field of the page's (last) form.
    fn csrf_field(&self) -> String {
        let text = self.text();
        let at = text.rfind("name=\"csrf\" value=\"").expect("a form with a csrf field") + "name=\"csrf\" value=\"".len();
        text[at..].split('"').next().unwrap().to_owned()
    }
}

/// A browser: cookies, a language, an address.
struct Browser<'a> {
    app: &'a App,
    cookies: BTreeMap<String, String>,
    extra: Vec<(String, String)>,
    peer: SocketAddr,
}

fn form_encode(pairs: &[(&str, &str)]) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
                b' ' => "+".to_owned(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

impl<'a> Browser<'a> {
    fn new(app: &'a App) -> Browser<'a> {
        // Each browser its own address, so that only the test of the sign-in
        // limit meets it.
        let peer = SocketAddr::from(([198, 51, 100, rand::random::<u8>()], 40000 + u16::from(rand::random::<u8>())));
        Browser { app, cookies: BTreeMap::new(), extra: Vec::new(), peer }
    }

    fn with_header(mut self, name: &str, value: &str) -> Self {
        self.extra.push((name.to_owned(), value.to_owned()));
        self
    }

    async fn send(&mut self, method: &str, path: &str, body: Option<String>, headers: &[(&str, &str)]) -> Answer {
        let mut request = Request::builder().method(method).uri(path).header("host", HOST);
        if !self.cookies.is_empty() {
            let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            request = request.header("cookie", cookie);
        }
        for (name, value) in &self.extra {
            request = request.header(name.as_str(), value.as_str());
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let body = match body {
            Some(form) => {
                request = request.header("content-type", "application/x-www-form-urlencoded");
                Body::from(form)
            }
            None => Body::empty(),
        };
        let mut request = request.body(body).unwrap();
        request.extensions_mut().insert(ConnectInfo(self.peer));
        let response = self.app.router.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let body = axum::body::to_bytes(body, usize::MAX).await.unwrap().to_vec();
        let answer = Answer { status: parts.status, headers: parts.headers, body };
        for cookie in answer.set_cookies() {
            let (pair, attributes) = cookie.split_once(';').unwrap_or((&cookie, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        answer
    }

    async fn get(&mut self, path: &str) -> Answer {
        self.send("GET", path, None, &[]).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Answer {
        self.send("POST", path, Some(form_encode(form)), &[]).await
    }

    async fn post_with(&mut self, path: &str, form: &[(&str, &str)], headers: &[(&str, &str)]) -> Answer {
        self.send("POST", path, Some(form_encode(form)), headers).await
    }

    /// Opens the sign-in page and signs in; returns the POST's answer.
    async fn log_in(&mut self, username: &str, password: &str) -> Answer {
        let form = self.get("/login").await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.text());
        let csrf = form.csrf_field();
        self.post("/login", &[("username", username), ("password", password), ("csrf", &csrf)]).await
    }

    async fn signed_in(app: &'a App) -> Browser<'a> {
        let mut browser = Browser::new(app);
        let answer = browser.log_in(USER, PASSWORD).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
        browser
    }

    /// The csrf token of the signed-in pages (from the sign-out form).
    async fn page_csrf(&mut self) -> String {
        let page = self.get("/campaigns").await;
        assert_eq!(page.status, StatusCode::OK);
        page.csrf_field()
    }
}

fn assert_html_page(answer: &Answer) {
    assert!(answer.header("content-type").starts_with("text/html"), "{:?}", answer.headers);
    assert_eq!(
        answer.header("content-security-policy"),
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    );
    assert_eq!(answer.header("cache-control"), "no-store");
    let text = answer.text();
    assert!(text.starts_with("<!DOCTYPE html>"), "{text}");
    assert!(!text.to_lowercase().contains("<script"), "a page has a script");
    assert!(!text.contains("style=\""), "an inline style would be blocked by the CSP");
}

// ---------------------------------------------------------------- sign-in

#[tokio::test]
async fn signing_in_sets_a_strict_session_cookie_and_opens_the_pages() {
    let app = app().await;
    let mut browser = Browser::new(&app);
    let form = browser.get("/login").await;
    assert_html_page(&form);
    let csrf_cookie = form.set_cookie("collector-csrf").expect("the sign-in form sets its CSRF cookie");
    assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Strict") && csrf_cookie.contains("Path=/"));
    assert!(!csrf_cookie.contains("Secure"), "{csrf_cookie}");
    assert_eq!(browser.cookies["collector-csrf"], form.csrf_field());

    let csrf = form.csrf_field();
    let answer = browser.post("/login", &[("username", USER), ("password", PASSWORD), ("csrf", &csrf)]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/campaigns");
    let session = answer.set_cookie("collector-session").expect("a session cookie");
    let token = session.split(';').next().unwrap().trim_start_matches("collector-session=");
    assert_eq!(token.len(), 64);
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"] {
        assert!(session.contains(attribute), "{attribute} missing in {session}");
    }
    assert!(!session.contains("Secure"), "no TLS configured: {session}");
    // The sign-in form's token has done its job.
    assert!(answer.set_cookie("collector-csrf").unwrap().contains("Max-Age=0"));

    let page = browser.get("/campaigns").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_html_page(&page);
    assert!(page.text().contains(USER));
    assert_eq!(browser.get("/").await.header("location"), "/campaigns");
    // Signed in, the sign-in page leads on.
    assert_eq!(browser.get("/login").await.header("location"), "/campaigns");
}

#[tokio::test]
async fn over_tls_cookies_are_secure_and_host_prefixed() {
    let app = app_with(|c| c.public_url = Some("https://estadisticas.example.mx".into())).await;
    let mut browser = Browser::new(&app);
    let form = browser.get("/login").await;
    let csrf_cookie = form.set_cookie("__Host-collector-csrf").expect("a __Host- CSRF cookie");
    assert!(csrf_cookie.contains("Secure") && csrf_cookie.contains("Path=/") && !csrf_cookie.contains("Domain"));
    assert!(form.set_cookie("collector-csrf").is_none());

    let csrf = form.csrf_field();
    let origin = [("origin", "https://estadisticas.example.mx")];
    let answer = browser.post_with("/login", &[("username", USER), ("password", PASSWORD), ("csrf", &csrf)], &origin).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
    let session = answer.set_cookie("__Host-collector-session").expect("a __Host- session cookie");
    for attribute in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(session.contains(attribute), "{attribute} missing in {session}");
    }
    assert!(!session.contains("Domain"));
    assert_eq!(browser.get("/campaigns").await.status, StatusCode::OK);
    // The plain name is not read when the server is behind TLS.
    let token = browser.cookies["__Host-collector-session"].clone();
    let mut other = Browser::new(&app);
    other.cookies.insert("collector-session".into(), token);
    assert_eq!(other.get("/campaigns").await.status, StatusCode::SEE_OTHER);
    // An origin over plain HTTP is another origin.
    let csrf = browser.page_csrf().await;
    let answer = browser.post_with("/logout", &[("csrf", &csrf)], &[("origin", "http://estadisticas.example.mx")]).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer() {
    let app = app().await;
    let mut browser = Browser::new(&app);
    let wrong = browser.log_in(USER, "not the password at all").await;
    let unknown = browser.log_in("nadie.aqui", PASSWORD).await;
    assert_eq!(wrong.status, StatusCode::OK);
    assert_eq!(wrong.status, unknown.status);
    assert!(wrong.set_cookie("collector-session").is_none() && unknown.set_cookie("collector-session").is_none());
    assert!(wrong.text().contains("El usuario o la contraseña no son correctos."));
    // Byte for byte, once the name typed (shown again in the form) is set aside.
    assert_eq!(wrong.text().replace(USER, "NAME"), unknown.text().replace("nadie.aqui", "NAME"));
    assert_eq!(browser.get("/campaigns").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn every_sign_in_gets_a_new_token_and_ends_the_old_session() {
    let app = app().await;
    let browser = Browser::signed_in(&app).await;
    let first = browser.cookies["collector-session"].clone();
    // The same browser signs in again from a tab that had the form open.
    let mut tab = Browser::new(&app);
    let csrf = tab.get("/login").await.csrf_field();
    tab.cookies.insert("collector-session".into(), first.clone());
    let answer = tab.post("/login", &[("username", USER), ("password", PASSWORD), ("csrf", &csrf)]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let second = tab.cookies["collector-session"].clone();
    assert_ne!(first, second, "a new token at every sign-in");
    // The old one no longer opens anything; the new one does.
    let mut stale = Browser::new(&app);
    stale.cookies.insert("collector-session".into(), first);
    assert_eq!(stale.get("/campaigns").await.header("location"), "/login");
    assert_eq!(tab.get("/campaigns").await.status, StatusCode::OK);
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let app = app().await;
    let mut browser = Browser::signed_in(&app).await;
    let token = browser.cookies["collector-session"].clone();
    let csrf = browser.page_csrf().await;
    let answer = browser.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/login?signed_out=1");
    let cleared = answer.set_cookie("collector-session").unwrap();
    assert!(cleared.contains("Max-Age=0") && cleared.contains("HttpOnly") && cleared.contains("Path=/"), "{cleared}");
    let page = browser.get("/login?signed_out=1").await;
    assert!(page.text().contains("Cerraste tu sesión."));
    // Even a copy of the cookie kept from before opens nothing.
    let mut copy = Browser::new(&app);
    copy.cookies.insert("collector-session".into(), token);
    assert_eq!(copy.get("/campaigns").await.header("location"), "/login");
}

#[tokio::test]
async fn pages_need_a_session() {
    let app = app().await;
    let campaign = app.store.create_campaign(new_campaign("Privada")).await.unwrap();
    let mut browser = Browser::new(&app);
    assert_eq!(browser.get("/").await.header("location"), "/login");
    for path in [
        "/campaigns".to_owned(),
        format!("/campaigns/{}", campaign.code),
        format!("/campaigns/{}/weeks.csv", campaign.code),
        "/campaigns/K7MD-Q4TW".to_owned(),
    ] {
        let answer = browser.get(&path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(answer.header("location"), "/login", "{path}");
    }
    let answer = browser.post("/campaigns", &[("name", "x"), ("starts", "2026-01-01"), ("ends", "2026-02-01")]).await;
    assert_eq!(answer.header("location"), "/login");
    // A made-up cookie is no session either.
    browser.cookies.insert("collector-session".into(), "ab".repeat(32));
    assert_eq!(browser.get("/campaigns").await.header("location"), "/login");
    assert_eq!(app.store.campaigns().await.unwrap().len(), 1);
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address() {
    let app = app().await;
    let mut browser = Browser::new(&app).with_header("accept-language", "en-US,en;q=0.9");
    for _ in 0..5 {
        assert_eq!(browser.log_in(USER, "wrong password, again").await.status, StatusCode::OK);
    }
    let limited = browser.log_in(USER, PASSWORD).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.header("retry-after").parse::<u64>().is_ok(), "{:?}", limited.headers);
    assert_html_page(&limited);
    assert!(limited.text().contains("Too many attempts"), "{}", limited.text());
    // Another address is not held up, and the form itself still shows.
    let mut elsewhere = Browser::new(&app);
    elsewhere.peer = "203.0.113.9:5000".parse().unwrap();
    assert_eq!(elsewhere.log_in(USER, PASSWORD).await.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/login").await.status, StatusCode::OK);
}

// ---------------------------------------------------------------- CSRF and origins

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    let app = app().await;

    // Sign-in: no field, a wrong one, or no cookie.
    let mut browser = Browser::new(&app);
    let form = browser.get("/login").await;
    let csrf = form.csrf_field();
    let refused = browser.post("/login", &[("username", USER), ("password", PASSWORD)]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_html_page(&refused);
    assert!(refused.text().contains("El formulario caducó"), "{}", refused.text());
    let wrong = "0".repeat(64);
    assert_eq!(
        browser.post("/login", &[("username", USER), ("password", PASSWORD), ("csrf", &wrong)]).await.status,
        StatusCode::FORBIDDEN
    );
    let mut cookieless = Browser::new(&app);
    let answer = cookieless.post("/login", &[("username", USER), ("password", PASSWORD), ("csrf", &csrf)]).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert!(answer.set_cookie("collector-session").is_none());

    // Signed in: sign-out and a new campaign need the session's token.
    let mut organizer = Browser::signed_in(&app).await;
    let token = organizer.page_csrf().await;
    assert_eq!(organizer.post("/logout", &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(organizer.post("/logout", &[("csrf", &wrong)]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(organizer.get("/campaigns").await.status, StatusCode::OK, "still signed in");
    let campaign = [("name", "Colegios de Oaxaca"), ("starts", "2026-11-23"), ("ends", "2026-12-18")];
    let refused = organizer.post("/campaigns", &campaign).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let with_wrong = [campaign.as_slice(), &[("csrf", wrong.as_str())]].concat();
    assert_eq!(organizer.post("/campaigns", &with_wrong).await.status, StatusCode::FORBIDDEN);
    // Another session's token does not do either.
    let mut someone = Browser::signed_in(&app).await;
    let theirs = someone.page_csrf().await;
    assert_ne!(theirs, token);
    let with_theirs = [campaign.as_slice(), &[("csrf", theirs.as_str())]].concat();
    assert_eq!(organizer.post("/campaigns", &with_theirs).await.status, StatusCode::FORBIDDEN);
    assert!(app.store.campaigns().await.unwrap().is_empty());
    // With its own token, it works.
    let with_token = [campaign.as_slice(), &[("csrf", token.as_str())]].concat();
    assert_eq!(organizer.post("/campaigns", &with_token).await.status, StatusCode::SEE_OTHER);
    assert_eq!(organizer.post("/logout", &[("csrf", &token)]).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn posts_from_another_origin_are_refused() {
    let app = app().await;
    let mut browser = Browser::new(&app);
    let csrf = browser.get("/login").await.csrf_field();
    let form = [("username", USER), ("password", PASSWORD), ("csrf", csrf.as_str())];
    for headers in [
        [("origin", "https://evil.example")],
        [("origin", "null")],
        [("origin", "http://collector.test.evil.example")],
        [("sec-fetch-site", "cross-site")],
        [("sec-fetch-site", "same-site")],
    ] {
        let answer = browser.post_with("/login", &form, &headers).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(answer.text().contains("llegó desde otro sitio"));
        assert!(answer.set_cookie("collector-session").is_none());
    }
    // The server's own origin is fine.
    let answer =
        browser.post_with("/login", &form, &[("origin", "http://collector.test"), ("sec-fetch-site", "same-origin")]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let token = browser.page_csrf().await;
    let answer = browser.post_with("/logout", &[("csrf", &token)], &[("origin", "https://evil.example")]).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(browser.get("/campaigns").await.status, StatusCode::OK, "still signed in");
}

// ---------------------------------------------------------------- languages

#[tokio::test]
async fn pages_come_in_both_languages() {
    let app = app().await;
    let mut browser = Browser::new(&app);
    let spanish = browser.get("/login").await;
    assert!(spanish.text().contains("<html lang=\"es-MX\">"));
    assert!(spanish.text().contains("Iniciar sesión") && spanish.text().contains("Contraseña"));
    assert!(spanish.text().contains("href=\"/login?lang=en\""), "a link to switch");

    let english = browser.get("/login?lang=en").await;
    assert!(english.text().contains("<html lang=\"en\">"));
    assert!(english.text().contains("Sign in") && english.text().contains("Password"));
    let cookie = english.set_cookie("lang").expect("the choice is remembered");
    assert!(cookie.starts_with("lang=en;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    // Remembered: the next page is in English without asking.
    assert!(browser.get("/login").await.text().contains("Sign in"));
    // The cookie wins over the browser's languages, and ?lang= over both.
    let mut browser = Browser::new(&app).with_header("accept-language", "en-GB,en;q=0.9");
    assert!(browser.get("/login").await.text().contains("<html lang=\"en\">"));
    assert!(browser.get("/login?lang=es-MX").await.text().contains("Iniciar sesión"));
    assert!(browser.get("/login").await.text().contains("Iniciar sesión"));
    let mut browser = Browser::new(&app).with_header("accept-language", "es-419,es;q=0.9,en;q=0.8");
    assert!(browser.get("/login").await.text().contains("Iniciar sesión"));

    // Error pages too.
    let mut organizer = Browser::signed_in(&app).await;
    let missing = organizer.get("/campaigns/K7MD-Q4TW?lang=en").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_html_page(&missing);
    assert!(missing.text().contains("Page not found"));
    let nowhere = organizer.get("/no/such/page?lang=es-MX").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert!(nowhere.text().contains("No encontramos esta página"));
    assert_eq!(organizer.get("/static/collector.css").await.header("content-type"), "text/css; charset=utf-8");
}

// ---------------------------------------------------------------- campaigns

fn new_campaign(name: &str) -> NewCampaign {
    NewCampaign { name: name.into(), starts_on: date!(2026 - 11 - 23), ends_on: date!(2026 - 12 - 06) }
}

#[tokio::test]
async fn creating_a_campaign_shows_its_code_and_explains_mistakes() {
    let app = app().await;
    let mut browser = Browser::signed_in(&app).await;
    let csrf = browser.page_csrf().await;
    let empty = browser.get("/campaigns").await;
    assert!(empty.text().contains("Todavía no hay campañas"));

    for (form, message) in [
        ([("name", "  "), ("starts", "2026-11-23"), ("ends", "2026-12-18")], "Escribe un nombre para la campaña."),
        ([("name", "Puebla"), ("starts", "23/11/2026"), ("ends", "2026-12-18")], "Escribe una fecha de inicio válida"),
        ([("name", "Puebla"), ("starts", "2026-11-23"), ("ends", "")], "Escribe una fecha de fin válida"),
        ([("name", "Puebla"), ("starts", "2026-12-18"), ("ends", "2026-11-23")], "La fecha de fin no puede ser anterior"),
    ] {
        let answer = browser.post("/campaigns", &[form.as_slice(), &[("csrf", csrf.as_str())]].concat()).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{form:?}");
        assert_html_page(&answer);
        assert!(answer.text().contains(message), "{message} not in {}", answer.text());
        assert!(answer.text().contains("aria-invalid=\"true\""));
    }
    let english = browser
        .post("/campaigns?lang=en", &[("name", ""), ("starts", "2026-11-23"), ("ends", "2026-12-18"), ("csrf", &csrf)])
        .await;
    assert!(english.text().contains("Enter a name for the campaign."));
    browser.get("/campaigns?lang=es-MX").await;
    assert!(app.store.campaigns().await.unwrap().is_empty());

    let answer = browser
        .post(
            "/campaigns",
            &[("name", "Primarias de Puebla <2026>"), ("starts", "2026-11-23"), ("ends", "2026-12-18"), ("csrf", &csrf)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let campaigns = app.store.campaigns().await.unwrap();
    assert_eq!(campaigns.len(), 1);
    let code = campaigns[0].code.to_string();
    assert_eq!(answer.header("location"), format!("/campaigns?created={code}"));
    let page = browser.get(answer.header("location")).await;
    let text = page.text();
    assert!(text.contains(&format!("<p class=\"big-code\" data-testid=\"created-code\">{code}</p>")), "{text}");
    assert!(text.contains("Primarias de Puebla &#60;2026&#62;") || text.contains("Primarias de Puebla &lt;2026&gt;"), "escaped");
    assert!(text.contains("2026-11-23") && text.contains("2026-12-18"));
}

// ---------------------------------------------------------------- dashboard and CSV

fn key(n: u64) -> IdempotencyKey {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&n.to_le_bytes());
    bytes[8..].copy_from_slice(&rand::random::<[u8; 8]>());
    IdempotencyKey::from_random_bytes(bytes)
}

fn slug(text: &str) -> Slug {
    Slug::new(text).unwrap()
}

/// A report of one cell: `(lesson, completed, attempts, passed, activities)`
/// and `(lesson, question, answered, right)`.
fn cell_report(
    campaign: &Campaign,
    week: &str,
    band: AgeBand,
    state: Option<u8>,
    lessons: &[(&str, u32, u32, u32, u32)],
    questions: &[(&str, &str, u32, u32)],
) -> Report {
    Report {
        format: 1,
        campaign: campaign.code.clone(),
        week: week.parse().unwrap(),
        band,
        state: state.map(|n| State::from_number(n).unwrap()),
        key: key(rand::random()),
        lessons: lessons
            .iter()
            .map(|&(lesson, completed, quiz_attempts, quiz_passed, activities_done)| LessonCounts {
                lesson: slug(lesson),
                completed,
                quiz_attempts,
                quiz_passed,
                activities_done,
            })
            .collect(),
        questions: questions
            .iter()
            .map(|&(lesson, question, answered, first_try_right)| QuestionCounts {
                lesson: slug(lesson),
                question: slug(question),
                answered,
                first_try_right,
            })
            .collect(),
    }
}

/// The day the test campaign's reports are taken (after its last week).
const REPORTS_ON: Date = date!(2026 - 12 - 07);
const L1: &str = "passwords-8-11";
const L2: &str = "phishing-12-14";
const Q1: &str = "long-beats-complex";
const Q2: &str = "check-the-sender";

/// A small campaign over weeks 2026-W48 and 2026-W49, with one cell
/// (adults in Coahuila, week 49) whose every counter is `hidden`.
async fn campaign_with_hidden_cell(store: &Store, hidden: u32) -> Campaign {
    let campaign = store.create_campaign(new_campaign("Prueba de supresión")).await.unwrap();
    let h = hidden;
    let reports = vec![
        cell_report(
            &campaign,
            "2026-W48",
            AgeBand::Kids,
            Some(9),
            &[(L1, 23, 31, 22, 17), (L2, 14, 16, 11, 12)],
            &[(L1, Q1, 31, 13), (L2, Q2, 16, 12)],
        ),
        cell_report(&campaign, "2026-W49", AgeBand::Kids, Some(9), &[(L1, 21, 24, 18, 11)], &[(L1, Q1, 24, 19)]),
        cell_report(
            &campaign,
            "2026-W49",
            AgeBand::Teens,
            Some(15),
            &[(L1, 36, 41, 33, 22), (L2, 47, 52, 38, 26)],
            &[(L1, Q1, 41, 27), (L2, Q2, 52, 31)],
        ),
        cell_report(&campaign, "2026-W48", AgeBand::OlderTeens, None, &[(L2, 32, 34, 27, 16)], &[(L2, Q2, 34, 21)]),
        cell_report(&campaign, "2026-W49", AgeBand::Adults, Some(5), &[(L1, h, h, h, h)], &[(L1, Q1, h, h)]),
    ];
    let outcomes = store.ingest(reports, REPORTS_ON).await.unwrap();
    assert!(outcomes.iter().all(|o| *o == ciberescudo_collector::store::Outcome::Counted), "{outcomes:?}");
    campaign
}

#[tokio::test]
async fn the_dashboard_shows_published_figures_and_the_csv_matches() {
    let app = app().await;
    let campaign = campaign_with_hidden_cell(&app.store, 3).await;
    let mut browser = Browser::signed_in(&app).await;
    let page = browser.get(&format!("/campaigns/{}", campaign.code.as_compact().to_lowercase())).await;
    assert_eq!(page.status, StatusCode::OK, "a compact, lowercase code works too");
    assert_html_page(&page);
    let text = page.text();
    // 23+14+21+36+47+32 = 173 lessons completed → 170; the adults of
    // Coahuila (3, a small group) are left out.
    assert!(text.contains("<p class=\"big-number\" data-testid=\"total-completed\">170</p>"), "{text}");
    assert!(text.contains("las cifras menores que 10 se muestran como «&#60;10»"), "{text}");
    // Adults (3) are hidden; 8–11 is 23+14+21 = 58 → 60.
    let row = |key: &str| {
        let at = text.find(&format!("data-testid=\"{key}\"")).unwrap_or_else(|| panic!("{key} row"));
        text[at..at + text[at..].find("</tr>").unwrap()].to_owned()
    };
    assert!(
        row("band-adults").contains("<td class=\"num\">&#60;10</td>") || row("band-adults").contains("&lt;10"),
        "{}",
        row("band-adults")
    );
    assert!(row("band-8-11").contains("<td class=\"num\">60</td>"), "{}", row("band-8-11"));
    assert!(row("state-05").contains("Coahuila"));
    assert!(row("state-00").contains("No indicado"));
    assert!(row("state-15").contains("México"));
    assert_eq!(text.matches("data-testid=\"state-").count(), 33, "all 32 states and \"not given\"");
    assert!(
        text.contains("<svg")
            && text.contains("<title id=\"weeks-chart-title\">")
            && text.contains("<desc id=\"weeks-chart-desc\">")
    );
    assert!(text.contains("Preguntas más difíciles"));
    assert!(text.contains(&format!("href=\"/campaigns/{}/weeks.csv\"", campaign.code)));

    // English, filtered: the links carry the filter.
    let filtered = browser.get(&format!("/campaigns/{}?band=8-11&state=09&lang=en", campaign.code)).await;
    let text = filtered.text();
    assert!(text.contains("Lessons completed by week") && text.contains("Mexico City"));
    assert!(text.contains("<p class=\"big-number\" data-testid=\"total-completed\">60</p>"), "{text}");
    let link = format!("href=\"/campaigns/{}/bands.csv?band=8-11&#38;state=09\"", campaign.code);
    assert!(text.contains(&link) || text.contains(&link.replace("&#38;", "&amp;")), "{text}");

    // CSV: BOM, CRLF, a localized header, numbers as numbers, <10 as text.
    let csv = browser.get(&format!("/campaigns/{}/bands.csv?lang=es-MX", campaign.code)).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    let today = time::OffsetDateTime::now_utc().date();
    assert_eq!(
        csv.header("content-disposition"),
        format!("attachment; filename=\"ciberescudo-{}-bands-{today}.csv\"", campaign.code)
    );
    assert_eq!(csv.header("cache-control"), "no-store");
    assert!(csv.body.starts_with(b"\xEF\xBB\xBF"));
    let body = String::from_utf8(csv.body[3..].to_vec()).unwrap();
    assert!(body.ends_with("\r\n") && !body.replace("\r\n", "").contains('\n'), "{body:?}");
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(lines[0], "Edad,Lecciones completadas,Intentos de cuestionario,Cuestionarios aprobados,Actividades hechas");
    assert_eq!(lines[1], "8 a 11 años,60,70,50,40");
    assert_eq!(lines[4], "Personas adultas,<10,<10,<10,<10");

    let weeks = browser.get(&format!("/campaigns/{}/weeks.csv?lang=en", campaign.code)).await;
    let body = String::from_utf8(weeks.body[3..].to_vec()).unwrap();
    assert_eq!(body, "Week,Monday of the week,Lessons completed\r\n2026-W48,2026-11-23,70\r\n2026-W49,2026-11-30,100\r\n");
    let questions = browser.get(&format!("/campaigns/{}/questions.csv", campaign.code)).await;
    let body = String::from_utf8(questions.body[3..].to_vec()).unwrap();
    // Q1: 31+24+41 = 96 → 100 answered, 13+19+27 = 59 → 60 right: 60 %.
    assert!(body.contains(&format!("{L1},{Q1},100,60,60\r\n")), "{body}");
    assert_eq!(browser.get(&format!("/campaigns/{}/secrets.csv", campaign.code)).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_filters_get_a_message_never_a_500() {
    let app = app().await;
    let campaign = campaign_with_hidden_cell(&app.store, 3).await;
    let mut browser = Browser::signed_in(&app).await;
    for (query, message) in [
        ("from=2026-W99", "Una de las semanas no es válida"),
        ("to=mañana", "Una de las semanas no es válida"),
        ("band=9-12", "La edad elegida no existe"),
        ("state=33", "El estado elegido no existe"),
        ("state=%00%FF", "El estado elegido no existe"),
        ("lesson=%3Cscript%3E", "La lección elegida no es válida"),
        ("from=2026-W49&to=2026-W48", "La semana inicial es posterior"),
    ] {
        let page = browser.get(&format!("/campaigns/{}?{query}", campaign.code)).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        assert_html_page(&page);
        assert!(page.text().contains(message), "{query}: {message}");
        assert!(!page.text().contains("<script>"));
        let csv = browser.get(&format!("/campaigns/{}/lessons.csv?{query}", campaign.code)).await;
        assert_eq!(csv.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(csv.text().contains(message), "{query}");
    }
}

// ---------------------------------------------------------------- the attacker test

/// Every filter the dashboard's form can send: each band, each state and
/// "not given", each week, each lesson, and "all" for each, in every
/// combination. (The form has a "from" and a "to" week; over this
/// two-week campaign every range it accepts lists the same weeks as one of
/// "all", "only 2026-W48" or "only 2026-W49".)
fn every_filter(campaign: &Campaign, lessons: &[&str]) -> Vec<Filter> {
    let weeks: Vec<Option<IsoWeek>> = std::iter::once(None).chain(view::campaign_weeks(campaign).into_iter().map(Some)).collect();
    let bands: Vec<Option<AgeBand>> = std::iter::once(None).chain(AgeBand::ALL.into_iter().map(Some)).collect();
    let places: Vec<Option<Place>> = std::iter::once(None).chain(view::all_places().map(Some)).collect();
    let lessons: Vec<Option<Slug>> = std::iter::once(None).chain(lessons.iter().map(|l| Some(slug(l)))).collect();
    let mut filters = Vec::new();
    for &week in &weeks {
        for &band in &bands {
            for &place in &places {
                for lesson in &lessons {
                    filters.push(Filter { from: week, to: week, band, place, lesson: lesson.clone(), smallest_group: None });
                }
            }
        }
    }
    filters
}

/// No filter, then one filter at a time.
fn single_filters(campaign: &Campaign, lessons: &[&str]) -> Vec<Filter> {
    let mut filters = vec![Filter::default()];
    filters.extend(view::campaign_weeks(campaign).into_iter().map(|w| Filter {
        from: Some(w),
        to: Some(w),
        ..Default::default()
    }));
    filters.extend(AgeBand::ALL.into_iter().map(|band| Filter { band: Some(band), ..Default::default() }));
    filters.extend(view::all_places().map(|place| Filter { place: Some(place), ..Default::default() }));
    filters.extend(lessons.iter().map(|l| Filter { lesson: Some(slug(l)), ..Default::default() }));
    filters
}

/// Everything an organizer can read under each filter, folded into one
/// digest: the dashboard's published view (which the page is rendered
/// from; only the campaign's random code and the organizer's name are
/// added) and every CSV file in both languages.
async fn everything_published(
    store: &Store,
    campaign: &Campaign,
    protection: view::Protection,
    filters: &[Filter],
    publish: view::Publish,
) -> [u8; 32] {
    let mut digest = Sha256::new();
    for filter in filters {
        let dashboard: Dashboard = view::dashboard_with(store, campaign, protection, filter, 10, publish).await.unwrap();
        digest.update(format!("{dashboard:?}").as_bytes());
        for table in Table::ALL {
            for lang in i18n::Lang::ALL {
                digest.update(export::table(&dashboard, table, i18n::Tr::new(lang)));
            }
        }
    }
    digest.finalize().into()
}

/// Small cells hidden, the rest exact: what would leak without rounding.
fn hide_without_rounding(value: i64, threshold: u32) -> Published {
    if value < i64::from(threshold) {
        Published::Hidden(threshold)
    } else {
        Published::Shown(value)
    }
}

/// Groups the hidden values 0..10 by what they publish.
fn classes(digests: &[[u8; 32]]) -> Vec<Vec<u32>> {
    let mut by_digest: BTreeMap<[u8; 32], Vec<u32>> = BTreeMap::new();
    for (hidden, digest) in digests.iter().enumerate() {
        by_digest.entry(*digest).or_default().push(hidden as u32);
    }
    let mut classes: Vec<Vec<u32>> = by_digest.into_values().collect();
    classes.sort();
    classes
}

struct World {
    /// Everything published, under every filter.
    published: [u8; 32],
    /// Small cells hidden, nothing rounded, no group left out; one filter at a time.
    unrounded: [u8; 32],
    /// Rounded, but no group left out; one filter at a time.
    rounding_only: [u8; 32],
    /// `all ages − the other three`, on the unrounded figures.
    subtracted: i64,
}

/// For each possible value 0–9 of a hidden group (adults in Coahuila in
/// week 49, every counter), builds the same campaign in a store of its own
/// and computes everything the dashboard and the CSV files publish, under
/// every filter the page allows. Whoever knows every other count exactly
/// must still be unable to tell the hidden value: all ten publish the same
/// bytes. And, so that the test can fail: without rounding, plain
/// subtraction gives the hidden value back, and with rounding but without
/// leaving small groups out, the figures still tell some values apart (see
/// `suppress`: each figure holding the group splits 0–9 at a point set by
/// the rest of its sum).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suppression_defeats_differencing() {
    let mut tasks = Vec::new();
    for hidden in 0..10u32 {
        tasks.push(tokio::spawn(async move {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(&Database::Sqlite(dir.path().join("c.sqlite3"))).await.unwrap();
            let campaign = campaign_with_hidden_cell(&store, hidden).await;
            let protection = view::Protection::for_threshold(10);
            let unprotected = view::Protection::none();
            // The hidden group, and only it, is small: leaving small groups
            // out takes exactly its lessons off the total.
            let completed = |smallest_group| {
                let filter = Filter { smallest_group, ..Filter::default() };
                let store = store.clone();
                async move { store.lesson_stats(campaign.id, &filter, Dimension::All).await.unwrap()[0].completed }
            };
            assert_eq!(completed(None).await - completed(Some(10)).await, i64::from(hidden));
            let filters = every_filter(&campaign, &[L1, L2]);
            assert_eq!(filters.len(), 3 * 5 * 34 * 3);
            let published =
                everything_published(&store, &campaign, protection, &filters, ciberescudo_collector::suppress::publish).await;

            let single = single_filters(&campaign, &[L1, L2]);
            let unrounded = everything_published(&store, &campaign, unprotected, &single, hide_without_rounding).await;
            let rounding_only =
                everything_published(&store, &campaign, unprotected, &single, ciberescudo_collector::suppress::publish).await;
            let all = view::dashboard_with(&store, &campaign, unprotected, &Filter::default(), 10, hide_without_rounding)
                .await
                .unwrap();
            let others: i64 =
                all.bands.iter().filter(|(band, _)| *band != AgeBand::Adults).map(|(_, f)| f.completed.or_zero()).sum();
            World { published, unrounded, rounding_only, subtracted: all.total.or_zero() - others }
        }));
    }
    let mut worlds = Vec::new();
    for task in tasks {
        worlds.push(task.await.unwrap());
    }
    let published = classes(&worlds.iter().map(|w| w.published).collect::<Vec<_>>());
    assert_eq!(published, [(0..10).collect::<Vec<u32>>()], "the hidden value shows through: {published:?}");

    // The guards: without the rules, the same test sees the hidden value.
    for (hidden, world) in worlds.iter().enumerate() {
        assert_eq!(world.subtracted, hidden as i64, "without rounding, total − visible parts = the hidden group");
    }
    let unrounded = classes(&worlds.iter().map(|w| w.unrounded).collect::<Vec<_>>());
    assert_eq!(unrounded.len(), 10, "{unrounded:?}");
    let rounding_only = classes(&worlds.iter().map(|w| w.rounding_only).collect::<Vec<_>>());
    eprintln!("rounding without leaving small groups out, hidden values that publish the same: {rounding_only:?}");
    assert!(rounding_only.iter().any(|class| class.len() == 1), "{rounding_only:?}");
}
