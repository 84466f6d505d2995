//! Damage to a file as bytes and as lines of text: what a USB stick pulled
//! out too early, a bad sector or a careless edit does.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;

/// One kind of damage to a file. Positions are drawn as `Index`es and fitted
/// to the file's length (or line count) when applied, so that one list of
/// damage fits any file and shrinks towards its start.
#[derive(Debug, Clone)]
pub enum Damage {
    FlipBit {
        at: Index,
        bit: u8,
    },
    /// A bit flipped at an offset from the start (or in the last byte of a shorter file).
    FlipBitAt {
        offset: usize,
        bit: u8,
    },
    SetByte {
        at: Index,
        byte: u8,
    },
    Truncate {
        at: Index,
    },
    Overwrite {
        at: Index,
        bytes: Vec<u8>,
    },
    Delete {
        at: Index,
        len: usize,
    },
    Insert {
        at: Index,
        bytes: Vec<u8>,
    },
    DeleteLine {
        line: Index,
    },
    DuplicateLine {
        line: Index,
    },
    SwapLines {
        a: Index,
        b: Index,
    },
    /// The value of a `key = value` line replaced by one of [`odd_values`].
    ReplaceValue {
        line: Index,
        value: Index,
    },
}

/// Damage that knows nothing of the file's format: what a USB stick pulled
/// out too early, or a bad sector, does.
pub fn byte_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), 0u8..8).prop_map(|(at, bit)| Damage::FlipBit { at, bit }),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Damage::SetByte { at, byte }),
        2 => any::<Index>().prop_map(|at| Damage::Truncate { at }),
        1 => (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..64)).prop_map(|(at, bytes)| Damage::Overwrite { at, bytes }),
        1 => (any::<Index>(), 1usize..64).prop_map(|(at, len)| Damage::Delete { at, len }),
        1 => (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
    ]
}

/// Damage to a text file as a person editing it, or a broken copy, does.
pub fn text_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        2 => any::<Index>().prop_map(|line| Damage::DeleteLine { line }),
        2 => any::<Index>().prop_map(|line| Damage::DuplicateLine { line }),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::SwapLines { a, b }),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(line, value)| Damage::ReplaceValue { line, value }),
        3 => byte_damage(),
    ]
}

/// One to three pieces of damage, done one after the other.
pub fn damages(one: impl Strategy<Value = Damage>) -> impl Strategy<Value = Vec<Damage>> {
    proptest::collection::vec(one, 1..=3)
}

/// Values that a lesson file's author (or a broken editor) could leave
/// where another belongs: the wrong type, out of range, unterminated, odd
/// characters, far too long.
pub fn odd_values() -> Vec<String> {
    let mut values: Vec<String> = [
        "\"\"",
        "\"   \"",
        "0",
        "-1",
        "18446744073709551616",
        "1e400",
        "nan",
        "-inf",
        "true",
        "[]",
        "[[]]",
        "{}",
        "{ id = \"x\" }",
        "[\"a\", \"a\"]",
        "\"a\"",
        "\"8-11\"",
        "\"adults\"",
        "\"ñandú 🙂 \u{202e}\"",
        "\"\\u0000\"",
        "\"\\uD800\"",
        "'''",
        "\"\"\"",
        "\"unterminated",
        "1979-05-27T07:32:00Z",
        "\"https://\"",
        "\"javascript:alert(1)\"",
        "\"{ $nombre }\"",
        "",
    ]
    .iter()
    .map(|v| v.to_string())
    .collect();
    values.push(format!("\"{}\"", "palabra ".repeat(5_000)));
    values.push(format!("[{}]", vec!["\"x\""; 2_000].join(", ")));
    values
}

impl Damage {
    pub fn apply(&self, bytes: &mut Vec<u8>) {
        let len = bytes.len();
        match self {
            Damage::FlipBit { at, bit } if len > 0 => bytes[at.index(len)] ^= 1 << bit,
            Damage::FlipBitAt { offset, bit } if len > 0 => bytes[(*offset).min(len - 1)] ^= 1 << bit,
            Damage::SetByte { at, byte } if len > 0 => bytes[at.index(len)] = *byte,
            Damage::Truncate { at } => bytes.truncate(at.index(len + 1)),
            Damage::Overwrite { at, bytes: new } if len > 0 => {
                let start = at.index(len);
                let end = (start + new.len()).min(len);
                bytes[start..end].copy_from_slice(&new[..end - start]);
            }
            Damage::Delete { at, len: n } if len > 0 => {
                let start = at.index(len);
                bytes.drain(start..(start + n).min(len));
            }
            Damage::Insert { at, bytes: new } => {
                let at = at.index(len + 1);
                bytes.splice(at..at, new.iter().copied());
            }
            Damage::DeleteLine { line } => with_lines(bytes, |lines| {
                let i = line.index(lines.len());
                lines.remove(i);
            }),
            Damage::DuplicateLine { line } => with_lines(bytes, |lines| {
                let i = line.index(lines.len());
                let copy = ensure_newline(lines[i].clone());
                lines[i] = ensure_newline(std::mem::take(&mut lines[i]));
                lines.insert(i, copy);
            }),
            Damage::SwapLines { a, b } => with_lines(bytes, |lines| {
                let (a, b) = (a.index(lines.len()), b.index(lines.len()));
                // The last line may lack its newline: give both one so that they stay two lines.
                lines[a] = ensure_newline(std::mem::take(&mut lines[a]));
                lines[b] = ensure_newline(std::mem::take(&mut lines[b]));
                lines.swap(a, b);
            }),
            Damage::ReplaceValue { line, value } => with_lines(bytes, |lines| {
                let assignments: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].windows(3).any(|w| w == b" = ")).collect();
                if assignments.is_empty() {
                    return;
                }
                let i = assignments[line.index(assignments.len())];
                let values = odd_values();
                let key_end = lines[i].windows(3).position(|w| w == b" = ").expect("an assignment") + 3;
                lines[i].truncate(key_end);
                lines[i].extend_from_slice(values[value.index(values.len())].as_bytes());
                lines[i].push(b'\n');
            }),
            // Damage that needs a byte to work on, on an empty file.
            _ => {}
        }
    }
}

fn with_lines(bytes: &mut Vec<u8>, change: impl FnOnce(&mut Vec<Vec<u8>>)) {
    let mut lines: Vec<Vec<u8>> = bytes.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    if lines.is_empty() {
        return;
    }
    change(&mut lines);
    *bytes = lines.concat();
}

fn ensure_newline(mut line: Vec<u8>) -> Vec<u8> {
    if line.last() != Some(&b'\n') {
        line.push(b'\n');
    }
    line
}

/// `original` with every piece of damage done in turn.
pub fn damaged(original: &[u8], damage: &[Damage]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for d in damage {
        d.apply(&mut bytes);
    }
    bytes
}
