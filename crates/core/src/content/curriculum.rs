//! The curriculum's fixed vocabulary and the per-band writing rules of
//! `CONTENT.md`.

use crate::AgeBand;

/// Learner topics, in the order the curriculum teaches them.
pub const LEARNER_TOPICS: [&str; 9] = [
    "passwords",
    "privacy",
    "scams",
    "kindness",
    "strangers",
    "misinformation",
    "wellbeing",
    "devices",
    "rights",
];

/// Lessons for families and teachers (band `adults`).
pub const ADULT_TOPICS: [&str; 5] = [
    "family-talk",
    "family-settings",
    "family-warning-signs",
    "family-scams",
    "family-accounts",
];

/// Position of a topic in the curriculum, used to order lessons on screen.
pub(crate) fn topic_rank(topic: &str) -> usize {
    LEARNER_TOPICS
        .iter()
        .chain(ADULT_TOPICS.iter())
        .position(|t| *t == topic)
        .unwrap_or(usize::MAX)
}

pub(crate) fn is_adult_topic(topic: &str) -> bool {
    ADULT_TOPICS.contains(&topic)
}

pub(crate) fn is_known_topic(topic: &str) -> bool {
    topic_rank(topic) != usize::MAX
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
            AgeBand::Kids => BandRules { min_words: 250, max_words: 600, min_reading_ease: 75.0, max_sentence_words: Some(14) },
            AgeBand::Teens => BandRules { min_words: 350, max_words: 800, min_reading_ease: 65.0, max_sentence_words: None },
            AgeBand::OlderTeens => BandRules { min_words: 400, max_words: 1000, min_reading_ease: 55.0, max_sentence_words: None },
            AgeBand::Adults => BandRules { min_words: 400, max_words: 1000, min_reading_ease: 50.0, max_sentence_words: None },
        }
    }
}

pub(crate) const SECTIONS: std::ops::RangeInclusive<usize> = 4..=8;
pub(crate) const QUESTIONS: std::ops::RangeInclusive<usize> = 6..=10;
pub(crate) const OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;
