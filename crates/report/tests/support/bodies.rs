//! Damaged report bodies, for the report's bad-input test and the
//! collector's (which includes this file with `#[path]`). The including
//! test crate has the modules `damage` and `json_damage` of
//! `crates/core/tests/bad_input_support/` at its root.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

use crate::damage::{byte_damage, damaged, damages, Damage};
use crate::json_damage::{damaged_json, json_damage, JsonDamage};

/// A body as it may reach the collector.
#[derive(Debug, Clone)]
pub enum Body {
    /// Still JSON, with damage to its members and values.
    Json(Vec<JsonDamage>),
    /// Its bytes damaged.
    Bytes(Vec<Damage>),
    /// Cut short before its last brace.
    Truncated(Index),
    /// Never a report.
    Random(Vec<u8>),
    /// Many distinct lessons (past the limit, and past the size limit).
    ManyLessons(usize),
}

pub fn body() -> impl Strategy<Value = Body> {
    prop_oneof![
        5 => proptest::collection::vec(json_damage(), 1..=3).prop_map(Body::Json),
        3 => damages(byte_damage()).prop_map(Body::Bytes),
        1 => any::<Index>().prop_map(Body::Truncated),
        1 => proptest::collection::vec(any::<u8>(), 0..512).prop_map(Body::Random),
        1 => (100usize..2_000).prop_map(Body::ManyLessons),
    ]
}

/// The bytes of `body`, made from the valid report `valid`.
pub fn bytes_of(body: &Body, valid: &Value) -> Vec<u8> {
    match body {
        Body::Json(damage) => damaged_json(valid, damage).into_bytes(),
        Body::Bytes(damage) => damaged(valid.to_string().as_bytes(), damage),
        Body::Truncated(at) => {
            let text = valid.to_string();
            text.as_bytes()[..at.index(text.len())].to_vec()
        }
        Body::Random(bytes) => bytes.clone(),
        Body::ManyLessons(n) => {
            let mut value = valid.clone();
            let lesson = |i: usize| json!({ "lesson": format!("lesson-{i}"), "completed": 1, "quiz_attempts": 1, "quiz_passed": 1, "activities_done": 0 });
            value["lessons"] = Value::Array((0..*n).map(lesson).collect());
            value["questions"] = json!([]);
            value.to_string().into_bytes()
        }
    }
}
