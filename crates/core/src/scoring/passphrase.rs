//! Scoring for the passphrase lab. The estimate comes from zxcvbn (the
//! strength estimator by Dropbox); the tips are ours, as Fluent ids, so the
//! learner reads them in their language. Nothing here stores or logs what
//! was typed.

use serde::Serialize;
use zxcvbn::feedback::Warning;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    pub words: u32,
    /// Most useful first.
    pub tips: Vec<PassphraseTip>,
}

/// A tip shown under the passphrase meter. Its serde name is its Fluent
/// message id in `content.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::EnumIter)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum PassphraseTip {
    #[serde(rename = "passphrase-tip-start")]
    Start,
    #[serde(rename = "passphrase-tip-common")]
    Common,
    #[serde(rename = "passphrase-tip-names")]
    Names,
    #[serde(rename = "passphrase-tip-dates")]
    Dates,
    #[serde(rename = "passphrase-tip-more-words")]
    MoreWords,
    #[serde(rename = "passphrase-tip-patterns")]
    Patterns,
    #[serde(rename = "passphrase-tip-strong")]
    Strong,
    #[serde(rename = "passphrase-tip-unusual-words")]
    UnusualWords,
}

impl PassphraseTip {
    /// The Fluent message id.
    pub fn message_id(self) -> String {
        crate::tag::tag_of(&self)
    }
}

/// The score a passphrase must reach for the lab to count it as strong.
pub const STRONG: u8 = 3;

pub fn estimate(text: &str) -> PassphraseStrength {
    let words = text.split_whitespace().count() as u32;
    if text.trim().is_empty() {
        return PassphraseStrength { score: 0, words: 0, tips: vec![PassphraseTip::Start] };
    }
    let entropy = zxcvbn::zxcvbn(text, &[]);
    let score: u8 = entropy.score().into();
    let mut tips = Vec::new();
    if let Some(warning) = entropy.feedback().and_then(|f| f.warning()) {
        tips.push(match warning {
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword => PassphraseTip::Common,
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
                PassphraseTip::Names
            }
            Warning::DatesAreOftenEasyToGuess | Warning::RecentYearsAreEasyToGuess => PassphraseTip::Dates,
            Warning::AWordByItselfIsEasyToGuess => PassphraseTip::MoreWords,
            _ => PassphraseTip::Patterns,
        });
    }
    if words < 3 && !tips.contains(&PassphraseTip::MoreWords) {
        tips.push(PassphraseTip::MoreWords);
    }
    if score >= STRONG {
        tips.push(PassphraseTip::Strong);
    } else if words >= 3 {
        tips.push(PassphraseTip::UnusualWords);
    }
    PassphraseStrength { score, words, tips }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_weak_and_random_words_are_strong() {
        let weak = estimate("password");
        assert!(weak.score <= 1, "{weak:?}");
        assert!(weak.tips.contains(&PassphraseTip::Common), "{weak:?}");

        let strong = estimate("jirafa taco nube trompeta");
        assert!(strong.score >= STRONG, "{strong:?}");
        assert_eq!(strong.words, 4);
        assert!(strong.tips.contains(&PassphraseTip::Strong));
    }

    #[test]
    fn short_input_asks_for_more_words() {
        let s = estimate("hola");
        assert!(s.tips.contains(&PassphraseTip::MoreWords), "{s:?}");
        assert_eq!(estimate("   ").tips, vec![PassphraseTip::Start]);
    }
}
