//! How every exercise is scored: quizzes, the four activities and the
//! passphrase lab. Pure functions over validated content; the use cases
//! record what these return and the UI only displays it.

#[cfg(feature = "app")]
pub mod passphrase;

use serde::Serialize;

use crate::content::{Lesson, Outcome, Question, ScamPart, SortItem};

/// What is recorded for an activity: points out of a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Points {
    pub score: u32,
    pub total: u32,
}

/// A learner's answer is right when it picks every right option and no
/// wrong one; order and repetition do not matter.
pub fn is_right(question: &Question, chosen: &[String]) -> bool {
    question.options.iter().all(|o| o.right == chosen.contains(&o.id)) && chosen.iter().all(|c| question.option(c).is_some())
}

/// A quiz's score: how many of the lesson's questions were answered right.
/// `correct` holds, per question id that has an answer, whether it was right;
/// answers to questions a newer lesson no longer has do not count.
pub fn quiz_score<'a>(lesson: &Lesson, correct: impl IntoIterator<Item = (&'a str, bool)>) -> u32 {
    correct.into_iter().filter(|(id, right)| *right && lesson.question(id).is_some()).count() as u32
}

/// How a spot-the-scam attempt went: every part is either caught (suspicious
/// and marked), missed (suspicious, not marked), a false alarm (marked but
/// fine) or rightly left alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SpotScore {
    pub caught: u32,
    pub missed: u32,
    pub false_alarms: u32,
    pub suspicious: u32,
}

pub fn spot(parts: &[ScamPart], marked: &[String]) -> SpotScore {
    let mut score = SpotScore::default();
    for part in parts {
        let is_marked = marked.contains(&part.id);
        match (part.suspicious, is_marked) {
            (true, true) => score.caught += 1,
            (true, false) => score.missed += 1,
            (false, true) => score.false_alarms += 1,
            (false, false) => {}
        }
        score.suspicious += part.suspicious as u32;
    }
    score
}

/// Caught parts count; false alarms take points back, never below zero.
pub fn spot_points(score: SpotScore) -> Points {
    Points { score: score.caught.saturating_sub(score.false_alarms), total: score.suspicious }
}

/// Sort-it: items placed in their right group, out of all items.
/// `placed_in` tells which group the learner put an item in.
pub fn sort<'a>(items: &[SortItem], placed_in: impl Fn(&str) -> Option<&'a str>) -> Points {
    let right = items.iter().filter(|item| placed_in(&item.id) == Some(item.group.as_str())).count();
    Points { score: right as u32, total: items.len() as u32 }
}

/// A story's ending: a good one is worth 2, an okay one 1.
pub fn story(outcome: Outcome) -> Points {
    let score = match outcome {
        Outcome::Good => 2,
        Outcome::Okay => 1,
        Outcome::Risky => 0,
    };
    Points { score, total: 2 }
}

/// The passphrase lab records zxcvbn's score, 0 to 4.
pub fn passphrase_points(zxcvbn_score: u8) -> Points {
    Points { score: zxcvbn_score.into(), total: 4 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, Localized, QuestionKind};

    fn text(s: &str) -> Localized<String> {
        Localized { es_mx: s.into(), en: s.into() }
    }

    fn question(kind: QuestionKind, right: &[&str], all: &[&str]) -> Question {
        Question {
            id: "q".into(),
            kind,
            prompt: text("?"),
            options: all
                .iter()
                .map(|id| Choice { id: (*id).into(), right: right.contains(id), text: None, explanation: text("e") })
                .collect(),
        }
    }

    #[test]
    fn multiple_answer_needs_exactly_the_right_set() {
        let q = question(QuestionKind::Multiple, &["a", "c"], &["a", "b", "c"]);
        assert!(is_right(&q, &["c".into(), "a".into()]));
        assert!(!is_right(&q, &["a".into()]));
        assert!(!is_right(&q, &["a".into(), "b".into(), "c".into()]));
        assert!(!is_right(&q, &["a".into(), "c".into(), "zzz".into()]));
        assert!(!is_right(&q, &[]));
    }

    #[test]
    fn single_answer() {
        let q = question(QuestionKind::TrueFalse, &["false"], &["true", "false"]);
        assert!(is_right(&q, &["false".into()]));
        assert!(!is_right(&q, &["true".into()]));
    }

    #[test]
    fn a_quiz_counts_right_answers_to_questions_the_lesson_has() {
        let lesson: Lesson = serde_json::from_value(serde_json::json!({
            "id": "l", "topic": "passwords", "band": "8-11",
            "title": {"es-MX": "t", "en": "t"}, "summary": {"es-MX": "s", "en": "s"},
            "sections": [], "sources": [], "activities": [], "guide": null,
            "questions": [serde_json::to_value(question(QuestionKind::Single, &["a"], &["a", "b"])).unwrap()],
        }))
        .unwrap();
        assert_eq!(quiz_score(&lesson, [("q", true)]), 1);
        assert_eq!(quiz_score(&lesson, [("q", false)]), 0);
        assert_eq!(quiz_score(&lesson, [("gone", true)]), 0, "a question the lesson no longer has");
    }
    #[test]
    fn spot_scores_caught_missed_and_false_alarms() {
        let parts: Vec<ScamPart> = [("sender", true), ("hello", false), ("link", true), ("bye", false)]
            .into_iter()
            .map(|(id, suspicious)| ScamPart { id: id.into(), suspicious, text: text(id), explanation: text("") })
            .collect();
        let score = spot(&parts, &["link".into(), "hello".into()]);
        assert_eq!(score, SpotScore { caught: 1, missed: 1, false_alarms: 1, suspicious: 2 });
        assert_eq!(spot_points(score), Points { score: 0, total: 2 });
        let perfect = spot(&parts, &["sender".into(), "link".into()]);
        assert_eq!(perfect, SpotScore { caught: 2, missed: 0, false_alarms: 0, suspicious: 2 });
        assert_eq!(spot_points(perfect), Points { score: 2, total: 2 });
    }

    #[test]
    fn sort_counts_items_in_their_group() {
        let items: Vec<SortItem> = [("color", "share"), ("address", "never")]
            .into_iter()
            .map(|(id, group)| SortItem { id: id.into(), group: group.into(), text: text(id), explanation: text("") })
            .collect();
        // Everything in "share": the color is right, the address is not.
        let placed = |_: &str| Some("share");
        assert_eq!(sort(&items, placed), Points { score: 1, total: 2 });
        assert_eq!(sort(&items, |_| None), Points { score: 0, total: 2 });
    }

    #[test]
    fn story_endings_are_worth_two_one_or_nothing() {
        assert_eq!(story(Outcome::Good).score, 2);
        assert_eq!(story(Outcome::Okay).score, 1);
        assert_eq!(story(Outcome::Risky).score, 0);
    }
}
