//! The two small vocabularies everything else is keyed by.

use serde::{Deserialize, Serialize};

use crate::tag::string_enum;

/// A language the app speaks. Mexican Spanish is the source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum Locale {
    /// The BCP 47 tag is also the name of the folder under `locales/` and of
    /// the lesson text files (`es-MX.toml`, `en.toml`).
    #[serde(rename = "es-MX")]
    EsMx,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EsMx, Locale::En];

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

/// Who a lesson is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
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
}

string_enum!(Locale, AgeBand);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(l.to_string().parse::<Locale>(), Ok(l));
        }
        for b in AgeBand::ALL {
            assert_eq!(b.to_string().parse::<AgeBand>(), Ok(b));
        }
        assert_eq!(AgeBand::Teens.to_string(), "12-14");
        assert_eq!(Locale::EsMx.to_string(), "es-MX");
        assert!("es".parse::<Locale>().is_err());
        assert!("9-12".parse::<AgeBand>().is_err());
        assert!("EsMx".parse::<Locale>().is_err(), "the Rust name is not a tag");
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
