//! Report bodies damaged at random (members removed, renamed or repeated,
//! values of the wrong type, huge numbers, odd Unicode, bytes flipped or cut
//! off, random bytes, far too many lessons) read by `Report::from_json`:
//! never a panic; a refusal has a code and a message; whatever is accepted
//! is a valid report that reads back the same.
//!
//! The runner and the damage are shared with core's bad-input tests, the
//! bodies with the collector's, which sends them over HTTP.

#[path = "../../core/tests/bad_input_support/damage.rs"]
mod damage;
#[path = "../../core/tests/bad_input_support/json_damage.rs"]
mod json_damage;
#[path = "../../core/tests/bad_input_support/runner.rs"]
mod runner;
mod support;

use std::cell::RefCell;
use std::collections::BTreeMap;

use ciberescudo_report::{Report, MAX_BODY_BYTES};
use proptest::prelude::*;
use runner::{check, runner};
use serde_json::{json, Value};
use support::bodies::{body, bytes_of, Body};

/// Parsing is microseconds: many cases cost nothing.
const CASES: u32 = 3000;

fn valid() -> Value {
    json!({
        "format": 1,
        "campaign": "K7MD-Q4TW",
        "week": "2026-W48",
        "band": "12-14",
        "state": "09",
        "key": "5f1c0a4e9b2d47c3a8e61f0d2b7c9e14",
        "lessons": [
            { "lesson": "passwords-12-14", "completed": 3, "quiz_attempts": 4, "quiz_passed": 3, "activities_done": 2 },
            { "lesson": "phishing-12-14", "completed": 0, "quiz_attempts": 1, "quiz_passed": 0, "activities_done": 0 }
        ],
        "questions": [
            { "lesson": "passwords-12-14", "question": "long-beats-complex", "answered": 4, "first_try_right": 3 },
            { "lesson": "phishing-12-14", "question": "check-the-sender", "answered": 1, "first_try_right": 0 }
        ]
    })
}

#[test]
fn a_damaged_report_never_panics_and_is_refused_with_a_code_and_a_message() {
    let valid = valid();
    assert!(Report::from_json(valid.to_string().as_bytes()).is_ok(), "the base report is valid");
    let codes = RefCell::new(BTreeMap::<&'static str, u32>::new());

    check(runner(CASES, 0x7e90_47b0_d1e5), body(), |body| {
        let bytes = bytes_of(&body, &valid);
        let code = match Report::from_json(&bytes) {
            Ok(report) => {
                prop_assert_eq!(report.validate(), Ok(()));
                let again = Report::from_json(report.to_json().as_bytes());
                prop_assert_eq!(again.as_ref(), Ok(&report), "an accepted report does not read back the same");
                prop_assert!(
                    !matches!(body, Body::Truncated(_) | Body::Random(_)),
                    "a cut-off or random body was accepted: {:?}",
                    String::from_utf8_lossy(&bytes)
                );
                "accepted"
            }
            Err(error) => {
                prop_assert!(!error.code().is_empty() && !error.to_string().trim().is_empty());
                if bytes.len() > MAX_BODY_BYTES {
                    prop_assert_eq!(error.code(), "too_large");
                }
                error.code()
            }
        };
        *codes.borrow_mut().entry(code).or_default() += 1;
        Ok(())
    });
    let codes = codes.into_inner();
    eprintln!("damaged reports: {codes:?}");
    // The damage reaches past the JSON parser into the checks of meaning.
    for expected in ["malformed", "accepted", "too_many_entries", "too_large", "count_out_of_range"] {
        assert!(codes.contains_key(expected), "no case ended as {expected}: {codes:?}");
    }
}
