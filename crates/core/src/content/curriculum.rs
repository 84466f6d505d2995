//! The curriculum's fixed vocabulary and the per-band writing rules of
//! `CONTENT.md`.

use serde::{Deserialize, Serialize};

use crate::tag::string_enum;
use crate::AgeBand;

/// What a lesson is about. Declared in the order the curriculum teaches
/// them, which is the order lessons are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Passwords,
    Privacy,
    Scams,
    Kindness,
    Strangers,
    Misinformation,
    Wellbeing,
    Devices,
    Rights,
    Ai,
    HarmfulContent,
    // Lessons for families and teachers (band `adults`).
    FamilyTalk,
    FamilySettings,
    FamilyWarningSigns,
    FamilyScams,
    FamilyAccounts,
}

string_enum!(Topic);

impl Topic {
    /// Learner topics: each is written once per learner band.
    pub const LEARNER: [Topic; 11] = [
        Topic::Passwords,
        Topic::Privacy,
        Topic::Scams,
        Topic::Kindness,
        Topic::Strangers,
        Topic::Misinformation,
        Topic::Wellbeing,
        Topic::Devices,
        Topic::Rights,
        Topic::Ai,
        Topic::HarmfulContent,
    ];

    /// Lessons for families and teachers, one lesson each.
    pub const ADULT: [Topic; 5] =
        [Topic::FamilyTalk, Topic::FamilySettings, Topic::FamilyWarningSigns, Topic::FamilyScams, Topic::FamilyAccounts];

    pub fn is_for_adults(self) -> bool {
        Topic::ADULT.contains(&self)
    }
}

/// How long and how easy a lesson's body must be for its readers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandRules {
    pub min_words: usize,
    pub max_words: usize,
    /// Fernández-Huerta (Spanish) or Flesch (English) reading ease.
    pub min_reading_ease: f64,
    /// The longest sentence allowed, in words, where the band limits it.
    pub max_sentence_words: Option<usize>,
}

impl BandRules {
    pub fn for_band(band: AgeBand) -> BandRules {
        match band {
            // "Sentences under 15 words" for primary school.
            AgeBand::Kids => BandRules { min_words: 250, max_words: 600, min_reading_ease: 80.0, max_sentence_words: Some(14) },
            AgeBand::Teens => BandRules { min_words: 350, max_words: 800, min_reading_ease: 70.0, max_sentence_words: None },
            AgeBand::OlderTeens => {
                BandRules { min_words: 400, max_words: 1000, min_reading_ease: 60.0, max_sentence_words: None }
            }
            AgeBand::Adults => BandRules { min_words: 400, max_words: 1000, min_reading_ease: 60.0, max_sentence_words: None },
        }
    }
}

pub(crate) const SECTIONS: std::ops::RangeInclusive<usize> = 4..=8;
pub(crate) const QUESTIONS: std::ops::RangeInclusive<usize> = 6..=10;
pub(crate) const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;
