//! The organizers' side: sign-in, campaigns, the dashboard and its CSV files.
//!
//! Server-rendered HTML in Mexican Spanish or English, without a line of
//! JavaScript: forms, links, one stylesheet and inline SVG charts. Every
//! figure shown or downloaded comes out of [`view::dashboard`], which
//! publishes it through [`crate::suppress`].
//!
//! Routes: `/` (to the campaigns or the sign-in), `GET|POST /login`,
//! `POST /logout`, `GET|POST /campaigns`, `GET /campaigns/{code}` (the
//! dashboard), `GET /campaigns/{code}/{table}.csv`, `GET /static/collector.css`,
//! and a page in the organizer's language for anything else.

pub mod auth;
pub mod export;
pub mod http;
pub mod pages;
pub mod view;

use axum::middleware;
use axum::routing::{get, post};
use axum::Router;

use super::AppState;

pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/login", auth::login_limit(get(auth::login_form).post(auth::login), &state.config))
        .route("/logout", post(auth::logout))
        .route("/campaigns", get(pages::campaigns).post(pages::create_campaign))
        .route("/campaigns/{code}", get(pages::dashboard))
        .route("/campaigns/{code}/{file}", get(pages::download))
        .route("/static/collector.css", get(pages::stylesheet))
        .fallback(pages::fallback)
        .layer(middleware::from_fn(http::pages_for_errors))
        .layer(middleware::from_fn_with_state(state.clone(), http::guard_origin))
        .layer(middleware::from_fn_with_state(state.clone(), http::remember_lang))
        .layer(middleware::from_fn(http::security_headers))
}
