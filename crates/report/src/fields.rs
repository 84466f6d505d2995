//! The closed vocabulary of a report: every field is an enum, a bounded
//! number or a checked slug, so nothing free-form can ride along.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The learner's age band, as the lessons are written for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "8-11")]
    Kids,
    #[serde(rename = "12-14")]
    Teens,
    #[serde(rename = "15-17")]
    OlderTeens,
    #[serde(rename = "adults")]
    Adults,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [AgeBand::Kids, AgeBand::Teens, AgeBand::OlderTeens, AgeBand::Adults];

    pub fn tag(self) -> &'static str {
        match self {
            AgeBand::Kids => "8-11",
            AgeBand::Teens => "12-14",
            AgeBand::OlderTeens => "15-17",
            AgeBand::Adults => "adults",
        }
    }

    pub fn from_tag(tag: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|band| band.tag() == tag)
    }
}

/// One of Mexico's 32 entidades federativas, by its INEGI code (`"01"`
/// Aguascalientes … `"32"` Zacatecas). Names live in the pages' locale
/// files; the wire carries only the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct State(u8);

impl State {
    pub const COUNT: u8 = 32;

    pub fn from_number(number: u8) -> Option<State> {
        (1..=Self::COUNT).contains(&number).then_some(State(number))
    }

    pub fn all() -> impl Iterator<Item = State> {
        (1..=Self::COUNT).map(State)
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// The two-digit INEGI code, as on the wire.
    pub fn code(self) -> String {
        format!("{:02}", self.0)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

impl TryFrom<String> for State {
    type Error = String;
    fn try_from(code: String) -> Result<State, String> {
        let unknown = || format!("{code:?} is not an INEGI state code from \"01\" to \"32\"");
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(unknown());
        }
        State::from_number(code.parse().map_err(|_| unknown())?).ok_or_else(unknown)
    }
}

impl From<State> for String {
    fn from(state: State) -> String {
        state.code()
    }
}

/// A lesson or question id as the curriculum writes them: lowercase ASCII
/// letters and digits in hyphen-separated words, at most 64 characters.
/// Nothing else fits, so no typed text can be smuggled in as an id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 64;

    pub fn new(text: impl Into<String>) -> Result<Slug, String> {
        let text = text.into();
        let well_formed = !text.is_empty()
            && text.len() <= Self::MAX_LEN
            && text.split('-').all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if well_formed {
            Ok(Slug(text))
        } else {
            Err(format!("{:?} is not an id (lowercase letters and digits joined by hyphens, at most 64)", truncate(&text)))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Slug {
    type Error = String;
    fn try_from(text: String) -> Result<Slug, String> {
        Slug::new(text)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> String {
        slug.0
    }
}

/// A random 128-bit key made fresh for each report, in 32 lowercase hex
/// digits. A retry sends the same key, so the collector counts the report
/// once; a new report never reuses one, so the key links nothing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IdempotencyKey([u8; 16]);

impl IdempotencyKey {
    /// The caller brings the randomness (the app's and the collector's own
    /// generators), which keeps this crate free of one.
    pub fn from_random_bytes(bytes: [u8; 16]) -> IdempotencyKey {
        IdempotencyKey(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Debug for IdempotencyKey {
    // The key is not secret, but logs have no use for it either.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IdempotencyKey(…)")
    }
}

impl TryFrom<String> for IdempotencyKey {
    type Error = String;
    fn try_from(text: String) -> Result<IdempotencyKey, String> {
        let bad = || format!("{:?} is not an idempotency key (32 lowercase hex digits)", truncate(&text));
        if text.len() != 32 || !text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(bad());
        }
        let mut bytes = [0u8; 16];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(IdempotencyKey(bytes))
    }
}

impl From<IdempotencyKey> for String {
    fn from(key: IdempotencyKey) -> String {
        key.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Error messages quote at most the start of a bad value.
fn truncate(text: &str) -> String {
    text.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_the_32_inegi_codes() {
        assert_eq!(State::all().count(), 32);
        assert_eq!(State::try_from("09".to_string()).unwrap().number(), 9);
        for bad in ["00", "33", "9", "009", "ab", "+9", ""] {
            assert!(State::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_are_curriculum_ids_only() {
        assert!(Slug::new("passwords-12-14").is_ok());
        for bad in ["", "Passwords", "a--b", "-a", "a-", "con espacio", "ñandú", &"a".repeat(65)] {
            assert!(Slug::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn keys_round_trip_and_refuse_anything_else() {
        let text = "00112233445566778899aabbccddeeff".to_string();
        let key = IdempotencyKey::try_from(text.clone()).unwrap();
        assert_eq!(String::from(key), text);
        for bad in ["00112233445566778899AABBCCDDEEFF", "0011", "zz112233445566778899aabbccddeeff"] {
            assert!(IdempotencyKey::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }
}
