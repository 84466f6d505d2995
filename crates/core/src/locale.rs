//! The two small vocabularies everything else is keyed by.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the app speaks. Mexican Spanish is the source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum Locale {
    #[serde(rename = "es-MX")]
    EsMx,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EsMx, Locale::En];

    /// The BCP 47 tag, also the name of the folder under `locales/` and of the
    /// lesson text files (`es-MX.toml`, `en.toml`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EsMx => "es-MX",
            Locale::En => "en",
        }
    }

    /// Picks the app language from an operating-system locale such as
    /// `en_US.UTF-8` or `es-MX`. Anything that is not English gets Spanish:
    /// the app is made for Mexico first.
    pub fn from_system(tag: Option<&str>) -> Locale {
        match tag {
            Some(t) if t.trim().to_ascii_lowercase().starts_with("en") => Locale::En,
            _ => Locale::EsMx,
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// Who a lesson is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
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
    /// In the order the home screen lists them after the learner's own band.
    pub const ALL: [AgeBand; 4] = [AgeBand::Kids, AgeBand::Teens, AgeBand::OlderTeens, AgeBand::Adults];

    pub fn tag(self) -> &'static str {
        match self {
            AgeBand::Kids => "8-11",
            AgeBand::Teens => "12-14",
            AgeBand::OlderTeens => "15-17",
            AgeBand::Adults => "adults",
        }
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for AgeBand {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AgeBand::ALL
            .into_iter()
            .find(|b| b.tag() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value `{0}`")]
pub struct UnknownValue(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(l.tag().parse::<Locale>(), Ok(l));
        }
        for b in AgeBand::ALL {
            assert_eq!(b.tag().parse::<AgeBand>(), Ok(b));
        }
        assert!("es".parse::<Locale>().is_err());
        assert!("9-12".parse::<AgeBand>().is_err());
    }

    #[test]
    fn system_locale_defaults_to_spanish() {
        assert_eq!(Locale::from_system(Some("en_US.UTF-8")), Locale::En);
        assert_eq!(Locale::from_system(Some("es-MX")), Locale::EsMx);
        assert_eq!(Locale::from_system(Some("fr_FR")), Locale::EsMx);
        assert_eq!(Locale::from_system(None), Locale::EsMx);
    }

    #[test]
    fn serde_uses_tags() {
        assert_eq!(serde_json::to_string(&AgeBand::Teens).unwrap(), "\"12-14\"");
        assert_eq!(serde_json::to_string(&Locale::EsMx).unwrap(), "\"es-MX\"");
    }
}
