//! A fresh PostgreSQL database per test, on the server that
//! `CIBERESCUDO_TEST_POSTGRES_URL` names (`scripts/with-postgres.sh` starts
//! one and sets it). Without that variable the PostgreSQL half of a test
//! fails, unless `CIBERESCUDO_TEST_POSTGRES=skip` says to leave it out: a
//! missing server must not pass silently.
//!
//! Include it with `#[path = "support/pg.rs"] mod pg;`.
#![allow(dead_code)]

use tokio_postgres::NoTls;

pub const URL_VARIABLE: &str = "CIBERESCUDO_TEST_POSTGRES_URL";
pub const SWITCH_VARIABLE: &str = "CIBERESCUDO_TEST_POSTGRES";

/// The server's URL; `None` only when skipping PostgreSQL was asked for.
pub fn server_url() -> Option<String> {
    match std::env::var(URL_VARIABLE) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var(SWITCH_VARIABLE).as_deref() == Ok("skip") => {
            eprintln!("{SWITCH_VARIABLE}=skip: the PostgreSQL half of this test is left out");
            None
        }
        _ => panic!(
            "{URL_VARIABLE} is not set: run the tests under scripts/with-postgres.sh \
             (or set {SWITCH_VARIABLE}=skip to leave PostgreSQL out on purpose)"
        ),
    }
}

/// A database made for one test, dropped by `drop`.
pub struct TestDatabase {
    server: String,
    pub name: String,
    /// A `postgres://` URL to the new database.
    pub url: String,
}

impl TestDatabase {
    /// Creates an empty database with a random name; `None` when skipping.
    pub async fn create() -> Option<TestDatabase> {
        let server = server_url()?;
        let name = format!("test_{:016x}", rand::random::<u64>());
        connect(&server)
            .await
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name} on {server}: {e}"));
        let url = with_database(&server, &name);
        Some(TestDatabase { server, name, url })
    }

    /// A plain connection to the test's database, for looking behind the store.
    pub async fn connect(&self) -> tokio_postgres::Client {
        connect(&self.url).await
    }

    /// Drops the database, ending any connection still open to it.
    pub async fn drop(self) {
        connect(&self.server)
            .await
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
            .await
            .unwrap_or_else(|e| panic!("DROP DATABASE {}: {e}", self.name));
    }
}

pub async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await.unwrap_or_else(|e| panic!("connecting to {url}: {e}"));
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// The URL with its database replaced: `postgres://u@h:p/old?x=y` → `postgres://u@h:p/NAME?x=y`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority = base.find("://").map(|at| at + 3).unwrap_or_else(|| panic!("{URL_VARIABLE} is not a postgres:// URL"));
    let path = base[authority..].find('/').map_or(base.len(), |at| authority + at);
    let mut out = format!("{}/{name}", &base[..path]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

#[test]
fn urls_get_the_new_database() {
    assert_eq!(with_database("postgres://postgres@127.0.0.1:55432/postgres", "t"), "postgres://postgres@127.0.0.1:55432/t");
    assert_eq!(with_database("postgresql://u:p@h", "t"), "postgresql://u:p@h/t");
    assert_eq!(with_database("postgres://u@h:1/db?sslmode=disable", "t"), "postgres://u@h:1/t?sslmode=disable");
}
