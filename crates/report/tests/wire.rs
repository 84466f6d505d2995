//! The wire format as a client and a server see it: a documented example
//! reads back, and every kind of bad body is refused with its own error.

use ciberescudo_report::{AgeBand, Report, ReportError, MAX_BODY_BYTES, MAX_COUNT};
use serde_json::{json, Value};

fn example() -> Value {
    json!({
        "format": 1,
        "campaign": "K7MD-Q4TW",
        "week": "2026-W48",
        "band": "12-14",
        "state": "09",
        "key": "5f1c0a4e9b2d47c3a8e61f0d2b7c9e14",
        "lessons": [
            { "lesson": "passwords-12-14", "completed": 3, "quiz_attempts": 4, "quiz_passed": 3, "activities_done": 2 }
        ],
        "questions": [
            { "lesson": "passwords-12-14", "question": "long-beats-complex", "answered": 4, "first_try_right": 3 }
        ]
    })
}

fn parse(value: &Value) -> Result<Report, ReportError> {
    Report::from_json(value.to_string().as_bytes())
}

fn refused(value: Value) -> ReportError {
    parse(&value).expect_err("must be refused")
}

#[test]
fn the_documented_example_reads_and_writes_back_unchanged() {
    let report = parse(&example()).unwrap();
    assert_eq!(report.band, AgeBand::Teens);
    assert_eq!(report.state.unwrap().number(), 9);
    assert_eq!(serde_json::from_str::<Value>(&report.to_json()).unwrap(), example());
    // The example in docs/report-format.md is this one, so the docs cannot drift.
    let documented = include_str!("../../../docs/report-format.md");
    let block = documented.split("```json\n").nth(1).and_then(|rest| rest.split("```").next()).expect("a json block");
    assert_eq!(serde_json::from_str::<Value>(block).unwrap(), example());
}

#[test]
fn the_state_and_questions_may_be_left_out() {
    let mut value = example();
    value.as_object_mut().unwrap().remove("state");
    value.as_object_mut().unwrap().remove("questions");
    let report = parse(&value).unwrap();
    assert!(report.state.is_none() && report.questions.is_empty());
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    for pointer in ["", "/lessons/0", "/questions/0"] {
        let mut value = example();
        value.pointer_mut(pointer).unwrap().as_object_mut().unwrap().insert("nickname".into(), json!("Ana"));
        assert!(matches!(refused(value), ReportError::Malformed(m) if m.contains("nickname")), "{pointer}");
    }
}

#[test]
fn unknown_bands_states_weeks_and_codes_are_refused() {
    for (field, bad) in [
        ("band", json!("18-99")),
        ("state", json!("33")),
        ("state", json!(9)),
        ("week", json!("2026-11-30")),
        ("week", json!("2025-W53")),
        ("campaign", json!("K7MD-Q4T0")),
        ("key", json!("not-a-key")),
        ("format", json!("1")),
    ] {
        let mut value = example();
        value[field] = bad.clone();
        assert_eq!(refused(value).code(), "malformed", "{field} = {bad}");
    }
}

#[test]
fn counts_must_be_in_range_and_agree() {
    let mut value = example();
    value["lessons"][0]["completed"] = json!(MAX_COUNT + 1);
    assert_eq!(refused(value).code(), "count_out_of_range");

    let mut value = example();
    value["lessons"][0]["completed"] = json!(-1);
    assert_eq!(refused(value).code(), "malformed");

    let mut value = example();
    value["lessons"][0]["quiz_passed"] = json!(5);
    assert_eq!(refused(value).code(), "inconsistent_counts");

    let mut value = example();
    value["questions"][0]["first_try_right"] = json!(5);
    assert_eq!(refused(value).code(), "inconsistent_counts");
}

#[test]
fn shape_errors_have_their_own_codes() {
    let mut value = example();
    value["format"] = json!(2);
    assert_eq!(refused(value), ReportError::UnsupportedFormat(2));

    let mut value = example();
    value["lessons"] = json!([]);
    assert_eq!(refused(value), ReportError::Empty);

    let mut value = example();
    let lesson = value["lessons"][0].clone();
    value["lessons"].as_array_mut().unwrap().push(lesson);
    assert_eq!(refused(value).code(), "duplicate_entry");

    let mut value = example();
    value["questions"][0]["lesson"] = json!("scams-12-14");
    assert_eq!(refused(value).code(), "question_without_lesson");

    let mut value = example();
    value["questions"] = json!((0..1025)
        .map(|i| json!({ "lesson": "passwords-12-14", "question": format!("q{i}"), "answered": 1, "first_try_right": 1 }))
        .collect::<Vec<_>>());
    assert_eq!(refused(value).code(), "too_many_entries");
}

#[test]
fn oversize_and_non_json_bodies_are_refused_before_parsing() {
    let big = vec![b' '; MAX_BODY_BYTES + 1];
    assert_eq!(Report::from_json(&big).unwrap_err().code(), "too_large");
    for body in [&b""[..], b"{", b"null", b"[]", b"\xff\xfe"] {
        assert_eq!(Report::from_json(body).unwrap_err().code(), "malformed");
    }
}
