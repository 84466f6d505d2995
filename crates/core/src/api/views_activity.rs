//! Activities, guides and reference data in one language. Pure functions.

use super::dto::BlockView;
use super::dto_activity::*;
use crate::content::{
    score_spot, Activity, ActivityKind, Block, Guide, HelpPlace, Localized, ScamPart, SortItem, Term, TermIndex,
};
use crate::Locale;

pub(super) fn activity_view(a: &Activity, locale: Locale) -> ActivityView {
    let (id, after) = (a.id.clone(), a.after.clone());
    let (title, instructions) = (a.title.get(locale).clone(), a.instructions.get(locale).clone());
    let text = |l: &Localized<String>| l.get(locale).clone();
    match &a.kind {
        ActivityKind::SpotTheScam { channel, parts } => ActivityView::SpotTheScam(SpotView {
            id,
            after,
            title,
            instructions,
            channel: *channel,
            parts: parts.iter().map(|p| PartView { id: p.id.clone(), text: text(&p.text) }).collect(),
        }),
        ActivityKind::WhatWouldYouDo { steps } => ActivityView::WhatWouldYouDo(StoryView {
            id,
            after,
            title,
            instructions,
            steps: steps
                .iter()
                .map(|s| StepView {
                    id: s.id.clone(),
                    text: text(&s.text),
                    choices: s
                        .choices
                        .iter()
                        .map(|c| ChoiceView { id: c.id.clone(), text: text(&c.text), to: c.to.clone(), feedback: text(&c.feedback) })
                        .collect(),
                    ending: s.ending,
                })
                .collect(),
        }),
        ActivityKind::SortIt { groups, items } => ActivityView::SortIt(SortView {
            id,
            after,
            title,
            instructions,
            groups: groups.iter().map(|g| GroupView { id: g.id.clone(), label: text(&g.label) }).collect(),
            items: items.iter().map(|i| ItemView { id: i.id.clone(), text: text(&i.text) }).collect(),
        }),
        ActivityKind::PassphraseLab => ActivityView::PassphraseLab(PassphraseLabView { id, after, title, instructions }),
    }
}

pub(super) fn spot_result(parts: &[ScamPart], marked: &[String], locale: Locale) -> SpotResult {
    SpotResult {
        score: score_spot(parts, marked),
        parts: parts
            .iter()
            .map(|p| PartFeedback {
                id: p.id.clone(),
                text: p.text.get(locale).clone(),
                suspicious: p.suspicious,
                marked: marked.contains(&p.id),
                explanation: p.explanation.get(locale).clone(),
            })
            .collect(),
    }
}

pub(super) fn sort_result(items: &[SortItem], placed: &[Placement], locale: Locale) -> SortResult {
    let placed_in = |id: &str| placed.iter().find(|p| p.item == id).map(|p| p.group.clone());
    let feedback: Vec<ItemFeedback> = items
        .iter()
        .map(|i| ItemFeedback {
            id: i.id.clone(),
            text: i.text.get(locale).clone(),
            right_group: i.group.clone(),
            placed_group: placed_in(&i.id),
            explanation: i.explanation.get(locale).clone(),
        })
        .collect();
    let right = feedback.iter().filter(|f| f.placed_group.as_deref() == Some(f.right_group.as_str())).count() as u32;
    SortResult { right, total: items.len() as u32, items: feedback }
}

pub(super) fn guide_view(g: &Guide, locale: Locale) -> GuideView {
    GuideView {
        title: g.title.get(locale).clone(),
        intro: g.intro.get(locale).clone(),
        questions: g.questions.get(locale).clone(),
    }
}

/// A section's blocks with glossary links; each term is linked once per section.
pub(super) fn linked_blocks(blocks: &[Block], index: &TermIndex) -> Vec<BlockView> {
    let mut linked = Vec::new();
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => BlockView::Paragraph { segments: index.link(text, &mut linked) },
            Block::List { items } => BlockView::List { items: items.iter().map(|i| index.link(i, &mut linked)).collect() },
        })
        .collect()
}

pub(super) fn term_view(t: &Term, locale: Locale) -> TermView {
    TermView { id: t.id.clone(), term: t.term.get(locale).clone(), definition: t.definition.get(locale).clone() }
}

pub(super) fn place_view(p: &HelpPlace, locale: Locale) -> PlaceView {
    PlaceView {
        id: p.id.clone(),
        name: p.name.get(locale).clone(),
        description: p.description.get(locale).clone(),
        phone: p.phone.clone(),
        url: p.url.clone(),
        source: p.source.clone(),
        checked: p.checked.clone(),
        topics: p.topics.clone(),
    }
}
