//! Damage to a JSON document that keeps it JSON: a member removed, renamed
//! or repeated, a value of the wrong type, out of range, far too long or
//! strangely spelled. Shared by the bad-input tests of the report, the
//! collector and the class files (`#[path]`), so that one list of damage
//! covers every JSON this project reads from outside.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

#[derive(Debug, Clone)]
pub enum JsonDamage {
    /// A member of an object, or an element of an array, left out.
    Remove { at: Index },
    /// Any value replaced by one of [`odd_values`].
    Replace { at: Index, with: Index },
    /// A number or a boolean sent as text ("3" for 3).
    AsText { at: Index },
    /// An array's element repeated.
    Duplicate { at: Index },
    /// A member under another name.
    Rename { at: Index, to: Index },
}

pub fn json_damage() -> impl Strategy<Value = JsonDamage> {
    prop_oneof![
        2 => any::<Index>().prop_map(|at| JsonDamage::Remove { at }),
        4 => (any::<Index>(), any::<Index>()).prop_map(|(at, with)| JsonDamage::Replace { at, with }),
        1 => any::<Index>().prop_map(|at| JsonDamage::AsText { at }),
        1 => any::<Index>().prop_map(|at| JsonDamage::Duplicate { at }),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(at, to)| JsonDamage::Rename { at, to }),
    ]
}

/// What goes where a value was: JSON text, some of which `serde_json::Value`
/// cannot hold (numbers beyond 64 bits, lone surrogates, deep nesting), so
/// they are put in as text after the document is written.
pub fn odd_values() -> Vec<String> {
    let mut values: Vec<String> = [
        "null",
        "true",
        "0",
        "-1",
        "0.5",
        "-0",
        "10001",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "-9223372036854775808",
        "18446744073709551616",
        "99999999999999999999999999999",
        "1e308",
        "1e400",
        "-1e-400",
        "\"\"",
        "\" \"",
        "\"ñandú 🙂\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\u202e\"",
        "\"<script>alert(1)</script>\"",
        "\"=HYPERLINK(\\\"x\\\")\"",
        "[]",
        "[null]",
        "{}",
        "{\"a\": 1}",
    ]
    .iter()
    .map(|v| v.to_string())
    .collect();
    values.push(format!("\"{}\"", "x".repeat(10_000)));
    values.push(format!("{}{}", "[".repeat(200), "]".repeat(200)));
    values
}

/// Every value's JSON pointer, the document's root first.
fn pointers(value: &Value) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut i = 0;
    while i < all.len() {
        let here = all[i].clone();
        match value.pointer(&here) {
            Some(Value::Object(map)) => {
                all.extend(map.keys().map(|k| format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"))))
            }
            Some(Value::Array(items)) => all.extend((0..items.len()).map(|n| format!("{here}/{n}"))),
            _ => {}
        }
        i += 1;
    }
    all
}

/// The parent's pointer and the last step of `pointer` (not the root).
fn split(pointer: &str) -> Option<(&str, String)> {
    let (parent, last) = pointer.rsplit_once('/')?;
    Some((parent, last.replace("~1", "/").replace("~0", "~")))
}

/// `document` with the damage done, written as JSON text.
pub fn damaged_json(document: &Value, damage: &[JsonDamage]) -> String {
    let mut value = document.clone();
    // Odd values go in as placeholders and are swapped for their text at the end.
    let mut raw = Vec::new();
    for d in damage {
        let all = pointers(&value);
        let pick = |at: &Index| all[at.index(all.len())].clone();
        match d {
            JsonDamage::Remove { at } => {
                let Some((parent, last)) = split(&pick(at)).map(|(p, l)| (p.to_owned(), l)) else { continue };
                match value.pointer_mut(&parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&last);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(n) = last.parse::<usize>() {
                            items.remove(n);
                        }
                    }
                    _ => {}
                }
            }
            JsonDamage::Replace { at, with } => {
                let values = odd_values();
                let placeholder = format!("\u{1}raw{}\u{1}", raw.len());
                raw.push(values[with.index(values.len())].clone());
                if let Some(target) = value.pointer_mut(&pick(at)) {
                    *target = Value::String(placeholder);
                }
            }
            JsonDamage::AsText { at } => {
                if let Some(target) = value.pointer_mut(&pick(at)) {
                    if matches!(target, Value::Number(_) | Value::Bool(_)) {
                        *target = Value::String(target.to_string());
                    }
                }
            }
            JsonDamage::Duplicate { at } => {
                let Some((parent, last)) = split(&pick(at)).map(|(p, l)| (p.to_owned(), l)) else { continue };
                if let (Some(Value::Array(items)), Ok(n)) = (value.pointer_mut(&parent), last.parse::<usize>()) {
                    let copy = items[n].clone();
                    items.insert(n, copy);
                }
            }
            JsonDamage::Rename { at, to } => {
                const NAMES: &[&str] = &["nickname", "", "FORMAT", "uid ", "__proto__", "ñ"];
                let Some((parent, last)) = split(&pick(at)).map(|(p, l)| (p.to_owned(), l)) else { continue };
                if let Some(Value::Object(map)) = value.pointer_mut(&parent) {
                    if let Some(member) = map.remove(&last) {
                        map.insert(NAMES[to.index(NAMES.len())].to_owned(), member);
                    }
                }
            }
        }
    }
    let mut text = value.to_string();
    for (n, replacement) in raw.iter().enumerate() {
        text = text.replace(&format!("\"\\u0001raw{n}\\u0001\""), replacement);
    }
    text
}
