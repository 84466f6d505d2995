//! The campaign collector: anonymous weekly reports in (`POST /v1/reports`),
//! small-cell-suppressed statistics out (the organizers' dashboard and CSV).
//!
//! - [`store`]: aggregates in SQLite or PostgreSQL; no raw report, no address.
//! - [`ingest`]: group commit; a report is answered only once its batch is committed.
//! - [`config`]: the `serve --config` file.
//! - [`server`]: serving the [`web`] application; [`admin`]: the account and campaign commands.

pub mod admin;
pub mod config;
pub mod i18n;
pub mod ingest;
pub mod password;
pub mod server;
pub mod store;
pub mod suppress;
pub mod web;
