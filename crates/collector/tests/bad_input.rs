//! Damaged report bodies (the report crate's bad-input bodies) sent to the
//! real collector on loopback: every one gets an answer, never a 5xx and
//! never a dropped connection; a refusal is a 4xx with an error code and a
//! message, and leaves every aggregate in the database as it was; whatever
//! is counted is a report the parser itself accepts.
//!
//! One collector on SQLite for all cases. PostgreSQL shares the same HTTP
//! and parsing code; `http.rs` already mangles bodies against both.

#[path = "../../report/tests/support/bodies.rs"]
mod bodies;
#[path = "../../core/tests/bad_input_support/damage.rs"]
mod damage;
#[path = "../../core/tests/bad_input_support/json_damage.rs"]
mod json_damage;
#[path = "../../core/tests/bad_input_support/runner.rs"]
mod runner;
mod support;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use bodies::{body, bytes_of};
use ciberescudo_report::Report;
use proptest::prelude::*;
use runner::{check, runner};
use serde_json::Value;
use support::server::{client, report, Backend, Server, TestDb, NO_RATE_LIMIT};

/// Each case is one request and two reads of a small SQLite file.
const CASES: u32 = 400;

/// Every row of the tables that reports are added to.
fn aggregates(path: &Path) -> BTreeMap<&'static str, Vec<String>> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    ["cells", "lesson_counts", "question_counts", "seen_keys"]
        .into_iter()
        .map(|table| {
            let mut statement = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
            let columns = statement.column_count();
            let mut rows: Vec<String> = statement
                .query_map([], |row| {
                    Ok((0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect::<Vec<_>>().join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            (table, rows)
        })
        .collect()
}

#[test]
fn damaged_reports_get_a_4xx_and_change_nothing() {
    let db = TestDb::new(Backend::Sqlite).expect("SQLite needs nothing");
    let code = db.open_campaign();
    let server = Server::start(&db, NO_RATE_LIMIT);
    let client = client();
    let database = Path::new(&db.setting).to_owned();
    let statuses = RefCell::new(BTreeMap::<u16, u32>::new());

    // A fresh key per case, so that a body the damage left valid is counted, not a duplicate.
    check(runner(CASES, 0xc011_ec70), (body(), any::<u128>()), |(body, key)| {
        let bytes = bytes_of(&body, &report(&code, &format!("{key:032x}"), 3));
        let before = aggregates(&database);
        let response = client
            .post(server.at("/v1/reports"))
            .header("content-type", "application/json")
            .body(bytes.clone())
            .send()
            .map_err(|e| TestCaseError::fail(format!("no answer: {e}")))?;
        let status = response.status().as_u16();
        *statuses.borrow_mut().entry(status).or_default() += 1;
        prop_assert!((200..300).contains(&status) || (400..500).contains(&status), "answered {status}");
        if status >= 400 {
            let answer: Value = response.json().map_err(|e| TestCaseError::fail(format!("a {status} without JSON: {e}")))?;
            prop_assert!(answer["error"].as_str().is_some_and(|c| !c.is_empty()), "{answer}");
            prop_assert!(answer["message"].as_str().is_some_and(|m| !m.trim().is_empty()), "{answer}");
            prop_assert_eq!(aggregates(&database), before, "a refused report ({}) changed the aggregates", answer["error"]);
        } else {
            prop_assert!(Report::from_json(&bytes).is_ok(), "counted a body the parser refuses");
        }
        Ok(())
    });
    let statuses = statuses.into_inner();
    eprintln!("answers to damaged reports: {statuses:?}");
    assert!(statuses.keys().any(|s| *s == 201), "some damage leaves a valid report: {statuses:?}");
    assert!(statuses.keys().filter(|s| **s >= 400).count() >= 2, "refusals of more than one kind: {statuses:?}");
    let health = client.get(server.at("/health")).send().unwrap();
    assert_eq!(health.status(), 200, "the server did not survive:\n{}", server.log_text());
}
