//! Scoring for the passphrase lab. The estimate comes from zxcvbn (the
//! strength estimator by Dropbox); the tips are ours, as Fluent ids, so the
//! learner reads them in their language. Nothing here stores or logs what
//! was typed.

use serde::Serialize;
use ts_rs::TS;
use zxcvbn::feedback::Warning;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    pub words: u32,
    /// Fluent message ids (`passphrase-tip-*`), most useful first.
    pub tips: Vec<String>,
}

/// The score a passphrase must reach for the lab to count it as strong.
pub const STRONG: u8 = 3;

pub fn estimate(text: &str) -> PassphraseStrength {
    let words = text.split_whitespace().count() as u32;
    if text.trim().is_empty() {
        return PassphraseStrength { score: 0, words: 0, tips: vec!["passphrase-tip-start".into()] };
    }
    let entropy = zxcvbn::zxcvbn(text, &[]);
    let score: u8 = entropy.score().into();
    let mut tips = Vec::new();
    if let Some(warning) = entropy.feedback().and_then(|f| f.warning()) {
        tips.push(
            match warning {
                Warning::ThisIsATop10Password
                | Warning::ThisIsATop100Password
                | Warning::ThisIsACommonPassword
                | Warning::ThisIsSimilarToACommonlyUsedPassword => "passphrase-tip-common",
                Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
                    "passphrase-tip-names"
                }
                Warning::DatesAreOftenEasyToGuess | Warning::RecentYearsAreEasyToGuess => "passphrase-tip-dates",
                Warning::AWordByItselfIsEasyToGuess => "passphrase-tip-more-words",
                _ => "passphrase-tip-patterns",
            }
            .to_owned(),
        );
    }
    if words < 3 && !tips.iter().any(|t| t == "passphrase-tip-more-words") {
        tips.push("passphrase-tip-more-words".into());
    }
    if score >= STRONG {
        tips.push("passphrase-tip-strong".into());
    } else if words >= 3 {
        tips.push("passphrase-tip-unusual-words".into());
    }
    PassphraseStrength { score, words, tips }
}

/// Every tip `estimate` can give, for the tests that check the locales.
pub const TIPS: [&str; 8] = [
    "passphrase-tip-start",
    "passphrase-tip-common",
    "passphrase-tip-names",
    "passphrase-tip-dates",
    "passphrase-tip-more-words",
    "passphrase-tip-patterns",
    "passphrase-tip-strong",
    "passphrase-tip-unusual-words",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_weak_and_random_words_are_strong() {
        let weak = estimate("password");
        assert!(weak.score <= 1, "{weak:?}");
        assert!(weak.tips.contains(&"passphrase-tip-common".to_string()), "{weak:?}");

        let strong = estimate("jirafa taco nube trompeta");
        assert!(strong.score >= STRONG, "{strong:?}");
        assert_eq!(strong.words, 4);
        assert!(strong.tips.contains(&"passphrase-tip-strong".to_string()));
    }

    #[test]
    fn short_input_asks_for_more_words() {
        let s = estimate("hola");
        assert!(s.tips.contains(&"passphrase-tip-more-words".to_string()), "{s:?}");
        assert_eq!(estimate("   ").tips, vec!["passphrase-tip-start".to_string()]);
    }

    #[test]
    fn every_tip_is_listed() {
        for text in ["", "password", "hola", "123456789", "maria", "2024", "jirafa taco nube trompeta", "a b c"] {
            for tip in estimate(text).tips {
                assert!(TIPS.contains(&tip.as_str()), "{tip}");
            }
        }
    }
}
