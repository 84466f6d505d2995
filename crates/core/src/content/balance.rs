//! Whether the quizzes can be passed by test-wiseness instead of
//! understanding, measured over the whole curriculum: how often the right
//! option of a single-choice question is the strictly longest (a learner
//! who always picks the longest would score that much), and how often
//! "true" is the right answer of a true/false question.
//!
//! `CONTENT.md` asks for at most 40 % and for 40–60 %; `ciberescudo content
//! check` prints the figures and fails outside them.

use super::{Lesson, QuestionKind};
use crate::Locale;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuizBalance {
    pub single_choice: usize,
    /// Single-choice questions whose right option is strictly the longest,
    /// in characters, in Spanish and in English.
    pub longest_right: [usize; 2],
    pub true_false: usize,
    /// True/false questions whose right answer is "true".
    pub true_right: usize,
}

impl QuizBalance {
    pub fn of(lessons: &[Lesson]) -> QuizBalance {
        let mut balance = QuizBalance::default();
        for question in lessons.iter().flat_map(|l| &l.questions) {
            match question.kind {
                QuestionKind::Single => {
                    balance.single_choice += 1;
                    for (i, locale) in Locale::ALL.into_iter().enumerate() {
                        let length = |right: bool| {
                            question
                                .options
                                .iter()
                                .filter(|o| o.right == right)
                                .map(|o| o.text.as_ref().map_or(0, |t| t.get(locale).chars().count()))
                                .max()
                                .unwrap_or(0)
                        };
                        if length(true) > length(false) {
                            balance.longest_right[i] += 1;
                        }
                    }
                }
                QuestionKind::TrueFalse => {
                    balance.true_false += 1;
                    if question.options.iter().any(|o| o.right && o.id == "true") {
                        balance.true_right += 1;
                    }
                }
                QuestionKind::Multiple => {}
            }
        }
        balance
    }

    /// The share of single-choice questions whose right option is the longest, 0–1.
    pub fn longest_right_share(&self, locale: Locale) -> f64 {
        let i = Locale::ALL.iter().position(|l| *l == locale).expect("a known locale");
        share(self.longest_right[i], self.single_choice)
    }

    /// The share of true/false questions whose answer is "true", 0–1.
    pub fn true_share(&self) -> f64 {
        share(self.true_right, self.true_false)
    }

    /// Within `CONTENT.md`'s limits: the right option strictly the longest
    /// in at most [`MAX_LONGEST_RIGHT`] of single-choice questions in each
    /// language, and "true" the answer of [`TRUE_SHARE`] of true/false ones.
    pub fn is_balanced(&self) -> bool {
        Locale::ALL.into_iter().all(|l| self.longest_right_share(l) <= MAX_LONGEST_RIGHT)
            && (self.true_false == 0 || TRUE_SHARE.contains(&self.true_share()))
    }
}

/// At most this share of single-choice questions may have the right option
/// as their strictly longest.
pub const MAX_LONGEST_RIGHT: f64 = 0.40;
/// The share of true/false questions whose answer is "true" lies here.
pub const TRUE_SHARE: std::ops::RangeInclusive<f64> = 0.40..=0.60;

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, Localized, Question};

    fn text(es: &str, en: &str) -> Localized<String> {
        Localized { es_mx: es.into(), en: en.into() }
    }

    fn single(right: (&str, &str), wrong: (&str, &str)) -> Question {
        Question {
            id: "q".into(),
            kind: QuestionKind::Single,
            prompt: text("?", "?"),
            options: vec![
                Choice { id: "a".into(), right: true, text: Some(text(right.0, right.1)), explanation: text(".", ".") },
                Choice { id: "b".into(), right: false, text: Some(text(wrong.0, wrong.1)), explanation: text(".", ".") },
            ],
        }
    }

    fn true_false(answer: &str) -> Question {
        let option = |id: &str| Choice { id: id.into(), right: id == answer, text: None, explanation: text(".", ".") };
        Question {
            id: "tf".into(),
            kind: QuestionKind::TrueFalse,
            prompt: text("?", "?"),
            options: vec![option("true"), option("false")],
        }
    }

    #[test]
    fn counts_the_strictly_longest_right_option_per_language_and_the_true_answers() {
        let questions = [
            single(("larguísima", "long"), ("corta", "longer")), // es: longest; en: not
            single(("igual", "same"), ("igual", "same")),        // a tie is not "strictly longest"
            single(("no", "no"), ("más largo", "longer")),
            true_false("true"),
            true_false("false"),
            true_false("false"),
        ];
        let lesson: Lesson = serde_json::from_value(serde_json::json!({
            "id": "l", "topic": "passwords", "band": "8-11",
            "title": {"es-MX": "t", "en": "t"}, "summary": {"es-MX": "s", "en": "s"},
            "sections": [], "questions": [], "sources": [], "activities": [], "guide": null
        }))
        .unwrap();
        let lesson = Lesson { questions: questions.to_vec(), ..lesson };
        let balance = QuizBalance::of(&[lesson]);
        assert_eq!(balance, QuizBalance { single_choice: 3, longest_right: [1, 0], true_false: 3, true_right: 1 });
        assert!((balance.longest_right_share(Locale::EsMx) - 1.0 / 3.0).abs() < 1e-9);
        assert!((balance.true_share() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(QuizBalance::default().true_share(), 0.0);
        assert!(!balance.is_balanced(), "a third true is too few");
        let even = QuizBalance { single_choice: 10, longest_right: [4, 3], true_false: 10, true_right: 5 };
        assert!(even.is_balanced());
        assert!(!QuizBalance { longest_right: [4, 5], ..even }.is_balanced(), "each language counts");
        assert!(!QuizBalance { true_right: 7, ..even }.is_balanced());
    }
}
