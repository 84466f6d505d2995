//! The rules for activities and adult home guides. Same shape as
//! `validate.rs`: structure first, then each language's text, then assembly.

use std::collections::HashSet;

use toml::Spanned;

use super::activity::*;
use super::model::Localized;
use super::problem::ProblemKind;
use super::raw::{entry, RawActivity, RawActivityText, RawLesson, RawText};
use super::spans::SourceFile;
use super::validate::{check_ids, non_empty, pick, trim, Report, TextFile};
use crate::AgeBand;

const PARTS: std::ops::RangeInclusive<usize> = 3..=12;
const GROUPS: std::ops::RangeInclusive<usize> = 2..=4;
const ITEMS: std::ops::RangeInclusive<usize> = 4..=12;
const GUIDE_QUESTIONS: std::ops::RangeInclusive<usize> = 3..=8;

/// Every field an activity may have, with the kind that uses it.
fn field_kinds(a: &RawActivity) -> [(&'static str, bool, &'static str); 8] {
    [
        ("channel", a.channel.is_some(), "spot-the-scam"),
        ("parts", a.parts.is_some(), "spot-the-scam"),
        ("suspicious", a.suspicious.is_some(), "spot-the-scam"),
        ("steps", a.steps.is_some(), "what-would-you-do"),
        ("choices", a.choices.is_some(), "what-would-you-do"),
        ("endings", a.endings.is_some(), "what-would-you-do"),
        ("groups", a.groups.is_some(), "sort-it"),
        ("items", a.items.is_some(), "sort-it"),
    ]
}

pub(crate) fn check_structure(file: &SourceFile, raw: &RawLesson, band: Option<AgeBand>, report: &mut Report) {
    check_ids(file, raw.activities.iter().map(|a| &a.id), report);
    if band.is_some_and(|b| b != AgeBand::Adults) && raw.activities.is_empty() {
        report.at_line(file, 1, ProblemKind::MissingActivity);
    }
    for a in &raw.activities {
        if !raw.sections.get_ref().iter().any(|s| s.get_ref() == a.after.get_ref()) {
            report.at(file, &a.after, ProblemKind::UnknownReference { id: a.after.get_ref().clone() });
        }
        let kind = a.kind.get_ref().as_str();
        let Ok(activity_type) = kind.parse::<ActivityType>() else {
            report.at(file, &a.kind, ProblemKind::UnknownActivityKind { kind: kind.to_owned() });
            continue;
        };
        for (field, present, owner) in field_kinds(a) {
            if present && owner != kind {
                report.at(file, &a.id, ProblemKind::ActivityFieldUnused { field: field.into(), kind: kind.into() });
            } else if !present && owner == kind && field != "endings" {
                report.at(file, &a.id, ProblemKind::ActivityFieldMissing { field: field.into(), kind: kind.into() });
            }
        }
        match activity_type {
            ActivityType::SpotTheScam => check_spot(file, a, report),
            ActivityType::WhatWouldYouDo => check_story(file, a, report),
            ActivityType::SortIt => check_sort(file, a, report),
            ActivityType::PassphraseLab => {}
        }
    }
}

fn check_spot(file: &SourceFile, a: &RawActivity, report: &mut Report) {
    if let Some(channel) = &a.channel {
        if channel.get_ref().parse::<Channel>().is_err() {
            report.at(file, channel, ProblemKind::UnknownChannel { channel: channel.get_ref().clone() });
        }
    }
    let (Some(parts), Some(suspicious)) = (&a.parts, &a.suspicious) else { return };
    let count = parts.get_ref().len();
    if !PARTS.contains(&count) {
        report.at(file, parts, ProblemKind::PartCount { count, min: *PARTS.start(), max: *PARTS.end() });
    }
    check_ids(file, parts.get_ref().iter(), report);
    check_ids(file, suspicious.get_ref().iter(), report);
    for s in suspicious.get_ref() {
        if !parts.get_ref().iter().any(|p| p.get_ref() == s.get_ref()) {
            report.at(file, s, ProblemKind::UnknownReference { id: s.get_ref().clone() });
        }
    }
    let marked: HashSet<&str> = suspicious.get_ref().iter().map(|s| s.get_ref().as_str()).collect();
    if marked.is_empty() || marked.len() >= count {
        report.at(file, suspicious, ProblemKind::SuspiciousParts);
    }
}

fn check_story(file: &SourceFile, a: &RawActivity, report: &mut Report) {
    let (Some(steps), Some(choices)) = (&a.steps, &a.choices) else { return };
    let step_ids: Vec<&str> = steps.get_ref().iter().map(|s| s.get_ref().as_str()).collect();
    check_ids(file, steps.get_ref().iter(), report);
    let endings = a.endings.as_ref().map(|e| e.get_ref());
    let is_ending = |id: &str| endings.is_some_and(|e| e.keys().any(|k| k.get_ref() == id));

    let mut choice_ids = HashSet::new();
    for (step, list) in choices.get_ref() {
        if !step_ids.contains(&step.get_ref().as_str()) {
            report.at(file, step, ProblemKind::UnknownReference { id: step.get_ref().clone() });
        }
        if is_ending(step.get_ref()) {
            report.at(file, step, ProblemKind::EndingWithChoices { id: step.get_ref().clone() });
        }
        for choice in list {
            if !super::validate::is_valid_id(choice.id.get_ref()) {
                report.at(file, &choice.id, ProblemKind::BadId { id: choice.id.get_ref().clone() });
            } else if !choice_ids.insert(choice.id.get_ref().clone()) {
                report.at(file, &choice.id, ProblemKind::DuplicateId { id: choice.id.get_ref().clone() });
            }
            if !step_ids.contains(&choice.to.get_ref().as_str()) {
                report.at(file, &choice.to, ProblemKind::UnknownReference { id: choice.to.get_ref().clone() });
            }
        }
    }
    let mut good = false;
    for (step, outcome) in endings.into_iter().flatten() {
        if !step_ids.contains(&step.get_ref().as_str()) {
            report.at(file, step, ProblemKind::UnknownReference { id: step.get_ref().clone() });
        }
        match outcome.get_ref().parse::<Outcome>() {
            Ok(o) => good |= o == Outcome::Good,
            Err(_) => report.at(file, outcome, ProblemKind::UnknownOutcome { outcome: outcome.get_ref().clone() }),
        }
    }
    let has_choices = |id: &str| choices.get_ref().iter().any(|(k, list)| k.get_ref() == id && !list.is_empty());
    for step in steps.get_ref() {
        if !has_choices(step.get_ref()) && !is_ending(step.get_ref()) {
            report.at(file, step, ProblemKind::StepWithoutEnding { id: step.get_ref().clone() });
        }
    }
    // Every step must be reachable from the first one.
    let mut reached: HashSet<&str> = HashSet::new();
    let mut frontier: Vec<&str> = step_ids.first().copied().into_iter().collect();
    while let Some(step) = frontier.pop() {
        if reached.insert(step) {
            for (k, list) in choices.get_ref() {
                if k.get_ref() == step {
                    frontier.extend(list.iter().map(|c| c.to.get_ref().as_str()));
                }
            }
        }
    }
    for step in steps.get_ref() {
        if !reached.contains(step.get_ref().as_str()) {
            report.at(file, step, ProblemKind::UnreachableStep { id: step.get_ref().clone() });
        }
    }
    if !good {
        report.at(file, &a.id, ProblemKind::NoGoodEnding);
    }
}

fn check_sort(file: &SourceFile, a: &RawActivity, report: &mut Report) {
    let (Some(groups), Some(items)) = (&a.groups, &a.items) else { return };
    let count = groups.get_ref().len();
    if !GROUPS.contains(&count) {
        report.at(file, groups, ProblemKind::GroupCount { count, min: *GROUPS.start(), max: *GROUPS.end() });
    }
    check_ids(file, groups.get_ref().iter(), report);
    let count = items.get_ref().len();
    if !ITEMS.contains(&count) {
        report.at(file, items, ProblemKind::ItemCount { count, min: *ITEMS.start(), max: *ITEMS.end() });
    }
    check_ids(file, items.get_ref().keys(), report);
    for group in items.get_ref().values() {
        if !groups.get_ref().iter().any(|g| g.get_ref() == group.get_ref()) {
            report.at(file, group, ProblemKind::UnknownReference { id: group.get_ref().clone() });
        }
    }
    for group in groups.get_ref() {
        if !items.get_ref().values().any(|g| g.get_ref() == group.get_ref()) {
            report.at(file, group, ProblemKind::EmptyGroup { id: group.get_ref().clone() });
        }
    }
}

fn list(v: &Option<Spanned<Vec<Spanned<String>>>>) -> Vec<&str> {
    v.as_ref().map(|v| v.get_ref().iter().map(|s| s.get_ref().as_str()).collect()).unwrap_or_default()
}

/// The ids each activity's text must cover, by kind of entry.
struct Expected<'a> {
    parts: Vec<&'a str>,
    steps: Vec<&'a str>,
    choices: Vec<&'a str>,
    groups: Vec<&'a str>,
    items: Vec<&'a str>,
}

fn expected(a: &RawActivity) -> Expected<'_> {
    Expected {
        parts: list(&a.parts),
        steps: list(&a.steps),
        choices: a
            .choices
            .as_ref()
            .map(|c| c.get_ref().values().flatten().map(|c| c.id.get_ref().as_str()).collect())
            .unwrap_or_default(),
        groups: list(&a.groups),
        items: a.items.as_ref().map(|i| i.get_ref().keys().map(|k| k.get_ref().as_str()).collect()).unwrap_or_default(),
    }
}

pub(crate) fn check_text(structure: &SourceFile, raw: &RawLesson, text: &TextFile, band: Option<AgeBand>, report: &mut Report) {
    let file = &text.file;
    let t = &text.raw;
    let file_name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let missing = |what: &'static str, id: String| ProblemKind::MissingText { what, id, file: file_name.clone() };

    for a in &raw.activities {
        let aid = a.id.get_ref();
        let Some(at) = entry(&t.activities, aid) else {
            report.at(structure, &a.id, missing("activity", aid.clone()));
            continue;
        };
        non_empty(file, &at.title, &format!("activities.{aid}.title"), report);
        non_empty(file, &at.instructions, &format!("activities.{aid}.instructions"), report);
        let want = expected(a);
        let mut covers = |what: &'static str, ids: &[&str], map_keys: Vec<&Spanned<String>>| {
            for id in ids {
                if !map_keys.iter().any(|k| k.get_ref() == id) {
                    report.at(structure, &a.id, missing(what, format!("{aid}.{id}")));
                }
            }
            for key in map_keys {
                if !ids.contains(&key.get_ref().as_str()) {
                    report.at(file, key, ProblemKind::ExtraText { what, id: format!("{aid}.{}", key.get_ref()) });
                }
            }
        };
        covers("part", &want.parts, at.parts.keys().collect());
        covers("step", &want.steps, at.steps.keys().collect());
        covers("choice", &want.choices, at.choices.keys().collect());
        covers("group", &want.groups, at.groups.keys().collect());
        covers("item", &want.items, at.items.keys().collect());
        check_activity_strings(file, aid, at, report);
    }
    for key in t.activities.keys() {
        if !raw.activities.iter().any(|a| a.id.get_ref() == key.get_ref()) {
            report.at(file, key, ProblemKind::ExtraText { what: "activity", id: key.get_ref().clone() });
        }
    }

    match (&t.guide, band) {
        (None, Some(AgeBand::Adults)) => report.at_line(file, 1, ProblemKind::MissingGuide),
        (Some(guide), Some(b)) if b != AgeBand::Adults => report.at(file, guide, ProblemKind::UnexpectedGuide),
        (Some(guide), _) => {
            let g = guide.get_ref();
            non_empty(file, &g.title, "guide.title", report);
            non_empty(file, &g.intro, "guide.intro", report);
            let count = g.questions.get_ref().len();
            if !GUIDE_QUESTIONS.contains(&count) {
                let (min, max) = (*GUIDE_QUESTIONS.start(), *GUIDE_QUESTIONS.end());
                report.at(file, &g.questions, ProblemKind::GuideQuestionCount { count, min, max });
            }
            for (i, q) in g.questions.get_ref().iter().enumerate() {
                non_empty(file, q, &format!("guide.questions[{}]", i + 1), report);
            }
        }
        _ => {}
    }
}

fn check_activity_strings(file: &SourceFile, aid: &str, at: &RawActivityText, report: &mut Report) {
    for (k, v) in &at.parts {
        non_empty(file, &v.text, &format!("activities.{aid}.parts.{}.text", k.get_ref()), report);
        non_empty(file, &v.explanation, &format!("activities.{aid}.parts.{}.explanation", k.get_ref()), report);
    }
    for (k, v) in &at.steps {
        non_empty(file, &v.text, &format!("activities.{aid}.steps.{}.text", k.get_ref()), report);
    }
    for (k, v) in &at.choices {
        non_empty(file, &v.text, &format!("activities.{aid}.choices.{}.text", k.get_ref()), report);
        non_empty(file, &v.feedback, &format!("activities.{aid}.choices.{}.feedback", k.get_ref()), report);
    }
    for (k, v) in &at.groups {
        non_empty(file, &v.label, &format!("activities.{aid}.groups.{}.label", k.get_ref()), report);
    }
    for (k, v) in &at.items {
        non_empty(file, &v.text, &format!("activities.{aid}.items.{}.text", k.get_ref()), report);
        non_empty(file, &v.explanation, &format!("activities.{aid}.items.{}.explanation", k.get_ref()), report);
    }
}

/// Builds the activities once every check has passed.
pub(crate) fn assemble(raw: &RawLesson, es: &RawText, en: &RawText) -> Vec<Activity> {
    raw.activities
        .iter()
        .map(|a| {
            let aid = a.id.get_ref();
            let (tes, ten) = (pick(&es.activities, aid), pick(&en.activities, aid));
            let both = |f: &dyn Fn(&RawActivityText) -> String| Localized { es_mx: f(tes), en: f(ten) };
            let kind = match a.kind.get_ref().parse().expect("checked") {
                ActivityType::SpotTheScam => {
                    let suspicious: Vec<&str> =
                        a.suspicious.as_ref().expect("checked").get_ref().iter().map(|s| s.get_ref().as_str()).collect();
                    ActivityKind::SpotTheScam {
                        channel: a.channel.as_ref().expect("checked").get_ref().parse().expect("checked"),
                        parts: expected(a)
                            .parts
                            .into_iter()
                            .map(|id| ScamPart {
                                id: id.to_owned(),
                                suspicious: suspicious.contains(&id),
                                text: both(&|t| trim(&pick(&t.parts, id).text)),
                                explanation: both(&|t| trim(&pick(&t.parts, id).explanation)),
                            })
                            .collect(),
                    }
                }
                ActivityType::WhatWouldYouDo => {
                    let choices = a.choices.as_ref().expect("checked").get_ref();
                    let endings = a.endings.as_ref().map(|e| e.get_ref());
                    ActivityKind::WhatWouldYouDo {
                        steps: expected(a)
                            .steps
                            .into_iter()
                            .map(|id| Step {
                                id: id.to_owned(),
                                text: both(&|t| trim(&pick(&t.steps, id).text)),
                                choices: choices
                                    .iter()
                                    .filter(|(k, _)| k.get_ref() == id)
                                    .flat_map(|(_, list)| list)
                                    .map(|c| {
                                        let cid = c.id.get_ref().as_str();
                                        StepChoice {
                                            id: cid.to_owned(),
                                            to: c.to.get_ref().clone(),
                                            text: both(&|t| trim(&pick(&t.choices, cid).text)),
                                            feedback: both(&|t| trim(&pick(&t.choices, cid).feedback)),
                                        }
                                    })
                                    .collect(),
                                ending: endings
                                    .and_then(|e| e.iter().find(|(k, _)| k.get_ref() == id))
                                    .and_then(|(_, o)| o.get_ref().parse().ok()),
                            })
                            .collect(),
                    }
                }
                ActivityType::SortIt => {
                    let items = a.items.as_ref().expect("checked").get_ref();
                    ActivityKind::SortIt {
                        groups: expected(a)
                            .groups
                            .into_iter()
                            .map(|id| SortGroup { id: id.to_owned(), label: both(&|t| trim(&pick(&t.groups, id).label)) })
                            .collect(),
                        items: items
                            .iter()
                            .map(|(id, group)| {
                                let id = id.get_ref().as_str();
                                SortItem {
                                    id: id.to_owned(),
                                    group: group.get_ref().clone(),
                                    text: both(&|t| trim(&pick(&t.items, id).text)),
                                    explanation: both(&|t| trim(&pick(&t.items, id).explanation)),
                                }
                            })
                            .collect(),
                    }
                }
                ActivityType::PassphraseLab => ActivityKind::PassphraseLab,
            };
            Activity {
                id: aid.clone(),
                after: a.after.get_ref().clone(),
                title: both(&|t| trim(&t.title)),
                instructions: both(&|t| trim(&t.instructions)),
                kind,
            }
        })
        .collect()
}

pub(crate) fn assemble_guide(es: &RawText, en: &RawText) -> Option<Guide> {
    let (es, en) = (es.guide.as_ref()?.get_ref(), en.guide.as_ref()?.get_ref());
    let questions = |g: &super::raw::RawGuide| g.questions.get_ref().iter().map(trim).collect();
    Some(Guide {
        title: Localized { es_mx: trim(&es.title), en: trim(&en.title) },
        intro: Localized { es_mx: trim(&es.intro), en: trim(&en.intro) },
        questions: Localized { es_mx: questions(es), en: questions(en) },
    })
}
