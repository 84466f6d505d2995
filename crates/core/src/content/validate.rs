//! Every rule a lesson must follow, checked over the parsed files. Either
//! the whole lesson is valid and becomes a `Lesson`, or every problem found
//! is returned; nothing is half-built.

use std::collections::HashSet;

use toml::Spanned;

use super::body::{parse_body, Block};
use super::curriculum::{self, BandRules, Topic};
use super::model::{Choice, Lesson, Localized, Question, QuestionKind, Section, Source};
use super::plan::{assemble_plan, check_plan, check_plans_agree, PlanFile};
use super::problem::{Problem, ProblemKind};
use super::raw::{entry, RawLesson, RawText};
use super::readability::{sentences, words, TextStats};
use super::spans::SourceFile;
use super::validate_activity;
use crate::{AgeBand, Locale};

/// One language's file, parsed.
pub(crate) struct TextFile {
    pub locale: Locale,
    pub file: SourceFile,
    pub raw: RawText,
}

pub(crate) struct Report<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Report<'_> {
    pub(crate) fn new(problems: &mut Vec<Problem>) -> Report<'_> {
        Report { problems }
    }
    pub(crate) fn at<T>(&mut self, file: &SourceFile, spanned: &Spanned<T>, kind: ProblemKind) {
        self.problems.push(Problem { file: file.path.clone(), line: file.line(spanned.span().start), kind });
    }
    pub(crate) fn at_line(&mut self, file: &SourceFile, line: usize, kind: ProblemKind) {
        self.problems.push(Problem { file: file.path.clone(), line, kind });
    }
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// An absolute http(s) address, as the WHATWG URL standard parses it, with a
/// host and no user name or password. It must be written out in full
/// (`https://` or `http://`, lowercase) and without spaces or control
/// characters, which the parser would otherwise quietly drop or encode.
pub(crate) fn is_well_formed_url(url: &str) -> bool {
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    match url::Url::parse(url) {
        Ok(parsed) => {
            matches!(parsed.scheme(), "https" | "http")
                && parsed.host().is_some()
                && parsed.username().is_empty()
                && parsed.password().is_none()
        }
        Err(_) => false,
    }
}

const TRUE_FALSE: [&str; 2] = ["true", "false"];

pub(crate) fn build_lesson(
    folder: &str,
    structure: &SourceFile,
    raw: &RawLesson,
    texts: &[TextFile],
    plans: &[PlanFile],
) -> Result<Lesson, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut report = Report { problems: &mut problems };
    for plan in plans {
        check_plan(plan, &mut report);
    }
    let plan_of = |l: Locale| plans.iter().find(|p| p.locale == l);
    if let (Some(es), Some(en)) = (plan_of(Locale::EsMx), plan_of(Locale::En)) {
        check_plans_agree(es, en, &mut report);
    }
    let band = check_structure(folder, structure, raw, &mut report);
    validate_activity::check_structure(structure, raw, band, &mut report);
    for text in texts {
        check_text(structure, raw, text, band, &mut report);
        validate_activity::check_text(structure, raw, text, band, &mut report);
    }
    let complete = texts.len() == Locale::ALL.len();
    match band {
        Some(band) if problems.is_empty() && complete => {
            let plan = plan_of(Locale::EsMx).zip(plan_of(Locale::En)).map(|(es, en)| assemble_plan(&es.raw, &en.raw));
            Ok(Lesson { plan, ..assemble(raw, band, texts) })
        }
        _ => Err(problems),
    }
}

/// Checks `lesson.toml` on its own. Returns the band when it is valid.
fn check_structure(folder: &str, file: &SourceFile, raw: &RawLesson, report: &mut Report) -> Option<AgeBand> {
    let id = raw.id.get_ref();
    if !is_valid_id(id) {
        report.at(file, &raw.id, ProblemKind::BadId { id: id.clone() });
    } else if id != folder {
        report.at(file, &raw.id, ProblemKind::IdMismatch { id: id.clone(), folder: folder.to_owned() });
    }

    let topic = raw.topic.get_ref().parse::<Topic>().ok();
    if topic.is_none() {
        report.at(file, &raw.topic, ProblemKind::UnknownTopic { topic: raw.topic.get_ref().clone() });
    }
    let band = raw.band.get_ref().parse::<AgeBand>().ok();
    if band.is_none() {
        report.at(file, &raw.band, ProblemKind::UnknownBand { band: raw.band.get_ref().clone() });
    }
    if let (Some(band), Some(topic)) = (band, topic) {
        let adult_topic = topic.is_for_adults();
        if adult_topic != (band == AgeBand::Adults) {
            report.at(file, &raw.band, ProblemKind::TopicBandMismatch { topic: topic.tag(), band: band.tag() });
        } else {
            let expected = if adult_topic { topic.tag() } else { format!("{topic}-{band}") };
            if *id != expected && is_valid_id(id) {
                report.at(file, &raw.id, ProblemKind::LessonIdFormat { expected });
            }
        }
    }

    let sections = raw.sections.get_ref();
    if !curriculum::SECTIONS.contains(&sections.len()) {
        report.at(
            file,
            &raw.sections,
            count(ProblemKind::SectionCount { count: sections.len(), min: 0, max: 0 }, &curriculum::SECTIONS),
        );
    }
    check_ids(file, sections.iter(), report);

    if !curriculum::QUESTIONS.contains(&raw.questions.len()) {
        let kind = count(ProblemKind::QuestionCount { count: raw.questions.len(), min: 0, max: 0 }, &curriculum::QUESTIONS);
        report.at_line(file, 1, kind);
    }
    check_ids(file, raw.questions.iter().map(|q| &q.id), report);
    let mut kinds_used = HashSet::new();
    for q in &raw.questions {
        match q.kind.get_ref().parse::<QuestionKind>() {
            Ok(kind) => {
                kinds_used.insert(kind);
                check_question(file, q, kind, report);
            }
            Err(_) => report.at(file, &q.kind, ProblemKind::UnknownQuestionKind { kind: q.kind.get_ref().clone() }),
        }
    }
    if !raw.questions.is_empty() {
        for kind in QuestionKind::ALL.into_iter().filter(|k| !kinds_used.contains(k)) {
            report.at_line(file, 1, ProblemKind::MissingQuestionKind { kind: kind.tag() });
        }
    }

    check_ids(file, raw.sources.iter().map(|s| &s.id), report);
    for source in &raw.sources {
        let url = source.url.get_ref();
        if !is_well_formed_url(url) {
            report.at(file, &source.url, ProblemKind::BadUrl { url: url.clone() });
        }
        if !super::reference::is_iso_date(source.checked.get_ref()) {
            report.at(file, &source.checked, ProblemKind::BadDate { date: source.checked.get_ref().clone() });
        }
    }
    band
}

fn count(kind: ProblemKind, range: &std::ops::RangeInclusive<usize>) -> ProblemKind {
    let (min, max) = (*range.start(), *range.end());
    match kind {
        ProblemKind::SectionCount { count, .. } => ProblemKind::SectionCount { count, min, max },
        ProblemKind::QuestionCount { count, .. } => ProblemKind::QuestionCount { count, min, max },
        ProblemKind::OptionCount { count, .. } => ProblemKind::OptionCount { count, min, max },
        other => other,
    }
}

/// Ids must be kebab-case and unique within their list.
pub(crate) fn check_ids<'a>(file: &SourceFile, ids: impl Iterator<Item = &'a Spanned<String>>, report: &mut Report) {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_valid_id(id.get_ref()) {
            report.at(file, id, ProblemKind::BadId { id: id.get_ref().clone() });
        } else if !seen.insert(id.get_ref().as_str()) {
            report.at(file, id, ProblemKind::DuplicateId { id: id.get_ref().clone() });
        }
    }
}

fn check_question(file: &SourceFile, q: &super::raw::RawQuestion, kind: QuestionKind, report: &mut Report) {
    let options: Vec<&str> = match (&q.options, kind) {
        (Some(options), QuestionKind::TrueFalse) => {
            report.at(file, options, ProblemKind::TrueFalseOptions);
            return;
        }
        (None, QuestionKind::TrueFalse) => TRUE_FALSE.to_vec(),
        (None, _) => {
            report.at(file, &q.id, ProblemKind::MissingOptions);
            return;
        }
        (Some(options), _) => {
            let list = options.get_ref();
            if !curriculum::OPTIONS.contains(&list.len()) {
                report.at(
                    file,
                    options,
                    count(ProblemKind::OptionCount { count: list.len(), min: 0, max: 0 }, &curriculum::OPTIONS),
                );
            }
            check_ids(file, list.iter(), report);
            list.iter().map(|o| o.get_ref().as_str()).collect()
        }
    };

    let answer = q.answer.get_ref();
    let mut seen = HashSet::new();
    for a in answer {
        if !options.contains(&a.get_ref().as_str()) {
            report.at(file, a, ProblemKind::UnknownAnswer { id: a.get_ref().clone() });
        } else if !seen.insert(a.get_ref().as_str()) {
            report.at(file, a, ProblemKind::DuplicateId { id: a.get_ref().clone() });
        }
    }
    match kind {
        QuestionKind::Single if answer.len() != 1 => {
            report.at(file, &q.answer, ProblemKind::SingleAnswer { count: answer.len() })
        }
        // Counted without repetitions, which are reported above.
        QuestionKind::Multiple if answer.is_empty() || seen.len() >= options.iter().collect::<HashSet<_>>().len() => {
            report.at(file, &q.answer, ProblemKind::MultipleAnswer)
        }
        QuestionKind::TrueFalse if answer.len() != 1 => report.at(file, &q.answer, ProblemKind::TrueFalseAnswer),
        _ => {}
    }
}

fn option_ids(q: &super::raw::RawQuestion) -> Vec<String> {
    match &q.options {
        Some(options) => options.get_ref().iter().map(|o| o.get_ref().clone()).collect(),
        None => TRUE_FALSE.iter().map(|s| (*s).to_owned()).collect(),
    }
}

fn is_true_false(q: &super::raw::RawQuestion) -> bool {
    *q.kind.get_ref() == QuestionKind::TrueFalse.tag()
}

/// Checks one language's file against the structure: every id has text,
/// no text lacks an id, nothing is empty, and the body reads at the band's level.
fn check_text(structure: &SourceFile, raw: &RawLesson, text: &TextFile, band: Option<AgeBand>, report: &mut Report) {
    let file = &text.file;
    let t = &text.raw;
    let file_name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let missing = |what: &'static str, id: &str| ProblemKind::MissingText { what, id: id.to_owned(), file: file_name.clone() };

    non_empty(file, &t.title, "title", report);
    non_empty(file, &t.summary, "summary", report);

    // Sections.
    for id in raw.sections.get_ref() {
        match entry(&t.sections, id.get_ref()) {
            None => report.at(structure, id, missing("section", id.get_ref())),
            Some(s) => {
                non_empty(file, &s.title, &format!("sections.{}.title", id.get_ref()), report);
                non_empty(file, &s.body, &format!("sections.{}.body", id.get_ref()), report);
            }
        }
    }
    for key in t.sections.keys() {
        if !raw.sections.get_ref().iter().any(|s| s.get_ref() == key.get_ref()) {
            report.at(file, key, ProblemKind::ExtraText { what: "section", id: key.get_ref().clone() });
        }
    }

    // Questions and their options.
    for q in &raw.questions {
        let qid = q.id.get_ref();
        let Some(qt) = entry(&t.questions, qid) else {
            report.at(structure, &q.id, missing("question", qid));
            continue;
        };
        non_empty(file, &qt.prompt, &format!("questions.{qid}.prompt"), report);
        let ids = option_ids(q);
        for oid in &ids {
            let Some(ot) = entry(&qt.options, oid) else {
                report.at(structure, &q.id, missing("option", &format!("{qid}.{oid}")));
                continue;
            };
            match (&ot.text, is_true_false(q)) {
                (Some(text), true) => report.at(file, text, ProblemKind::TrueFalseOptionText { id: format!("{qid}.{oid}") }),
                (None, false) => report.at(file, &ot.explanation, ProblemKind::MissingOptionText { id: format!("{qid}.{oid}") }),
                (Some(text), false) => non_empty(file, text, &format!("questions.{qid}.options.{oid}.text"), report),
                (None, true) => {}
            }
            non_empty(file, &ot.explanation, &format!("questions.{qid}.options.{oid}.explanation"), report);
        }
        for key in qt.options.keys() {
            if !ids.contains(key.get_ref()) {
                report.at(file, key, ProblemKind::ExtraText { what: "option", id: format!("{qid}.{}", key.get_ref()) });
            }
        }
    }
    for key in t.questions.keys() {
        if !raw.questions.iter().any(|q| q.id.get_ref() == key.get_ref()) {
            report.at(file, key, ProblemKind::ExtraText { what: "question", id: key.get_ref().clone() });
        }
    }

    // Sources.
    for s in &raw.sources {
        let sid = s.id.get_ref();
        match entry(&t.sources, sid) {
            None => report.at(structure, &s.id, missing("source", sid)),
            Some(st) => {
                non_empty(file, &st.title, &format!("sources.{sid}.title"), report);
                non_empty(file, &st.supports, &format!("sources.{sid}.supports"), report);
            }
        }
    }
    for key in t.sources.keys() {
        if !raw.sources.iter().any(|s| s.id.get_ref() == key.get_ref()) {
            report.at(file, key, ProblemKind::ExtraText { what: "source", id: key.get_ref().clone() });
        }
    }

    if let Some(band) = band {
        check_reading_level(text, raw, band, report);
    }
}

pub(crate) fn non_empty(file: &SourceFile, value: &Spanned<String>, field: &str, report: &mut Report) {
    if value.get_ref().trim().is_empty() {
        report.at(file, value, ProblemKind::EmptyText { field: field.to_owned() });
    }
}

/// Length, reading ease and sentence length of the section bodies, in the
/// order the learner reads them.
fn check_reading_level(text: &TextFile, raw: &RawLesson, band: AgeBand, report: &mut Report) {
    let rules = BandRules::for_band(band);
    let file = &text.file;
    let bodies: Vec<&Spanned<String>> =
        raw.sections.get_ref().iter().filter_map(|id| entry(&text.raw.sections, id.get_ref()).map(|s| &s.body)).collect();
    let blocks: Vec<Block> = bodies.iter().flat_map(|b| parse_body(b.get_ref())).collect();
    let pieces: Vec<&str> = blocks.iter().flat_map(Block::texts).collect();
    let stats = TextStats::of(&pieces, text.locale);

    if !(rules.min_words..=rules.max_words).contains(&stats.words) {
        report.at_line(
            file,
            1,
            ProblemKind::WordCount { words: stats.words, min: rules.min_words, max: rules.max_words, band: band.tag() },
        );
    }
    if let Some(score) = stats.reading_ease(text.locale) {
        if score < rules.min_reading_ease {
            report.at_line(file, 1, ProblemKind::ReadingEase { score, min: rules.min_reading_ease, band: band.tag() });
        }
    }
    if let Some(max) = rules.max_sentence_words {
        for body in &bodies {
            // Sentences are found in the file in reading order, each after the
            // previous one, so that two alike are told apart.
            let mut cursor = body.span().start;
            let end = body.span().end;
            for block in parse_body(body.get_ref()) {
                for piece in block.texts() {
                    for sentence in sentences(piece) {
                        // The whole sentence, or its first few words if escapes
                        // make the file's text differ from the parsed one.
                        let head: String = sentence.chars().take(24).collect();
                        let found = file.find_text(cursor..end, sentence).or_else(|| file.find_text(cursor..end, &head));
                        let line = file.line(found.as_ref().map_or(cursor, |r| r.start));
                        if let Some(r) = found {
                            cursor = r.end;
                        }
                        let n = words(sentence).count();
                        if n > max {
                            report.at_line(file, line, ProblemKind::LongSentence { words: n, max });
                        }
                    }
                }
            }
        }
    }
}

/// Builds the lesson once every check has passed.
fn assemble(raw: &RawLesson, band: AgeBand, texts: &[TextFile]) -> Lesson {
    let text_of = |locale: Locale| &texts.iter().find(|t| t.locale == locale).expect("both languages are loaded").raw;
    let (es, en) = (text_of(Locale::EsMx), text_of(Locale::En));
    let both = |f: &dyn Fn(&RawText) -> String| Localized { es_mx: f(es), en: f(en) };

    let sections = raw
        .sections
        .get_ref()
        .iter()
        .map(|id| {
            let id = id.get_ref();
            Section {
                id: id.clone(),
                title: both(&|t| pick(&t.sections, id).title.get_ref().trim().to_owned()),
                blocks: Localized {
                    es_mx: parse_body(pick(&es.sections, id).body.get_ref()),
                    en: parse_body(pick(&en.sections, id).body.get_ref()),
                },
            }
        })
        .collect();

    let questions = raw
        .questions
        .iter()
        .map(|q| {
            let qid = q.id.get_ref();
            let answer: Vec<&str> = q.answer.get_ref().iter().map(|a| a.get_ref().as_str()).collect();
            let options = option_ids(q)
                .into_iter()
                .map(|oid| {
                    let option = |t: &RawText| -> (Option<String>, String) {
                        let o = pick(&pick(&t.questions, qid).options, &oid);
                        (o.text.as_ref().map(|x| x.get_ref().trim().to_owned()), o.explanation.get_ref().trim().to_owned())
                    };
                    let ((es_text, es_explanation), (en_text, en_explanation)) = (option(es), option(en));
                    Choice {
                        right: answer.contains(&oid.as_str()),
                        text: es_text.zip(en_text).map(|(es_mx, en)| Localized { es_mx, en }),
                        explanation: Localized { es_mx: es_explanation, en: en_explanation },
                        id: oid,
                    }
                })
                .collect();
            Question {
                id: qid.clone(),
                kind: q.kind.get_ref().parse().expect("checked"),
                prompt: both(&|t| pick(&t.questions, qid).prompt.get_ref().trim().to_owned()),
                options,
            }
        })
        .collect();

    let sources = raw
        .sources
        .iter()
        .map(|s| {
            let sid = s.id.get_ref();
            Source {
                id: sid.clone(),
                url: s.url.get_ref().clone(),
                checked: trim(&s.checked),
                title: both(&|t| pick(&t.sources, sid).title.get_ref().trim().to_owned()),
                supports: both(&|t| pick(&t.sources, sid).supports.get_ref().trim().to_owned()),
            }
        })
        .collect();

    Lesson {
        activities: validate_activity::assemble(raw, es, en),
        guide: validate_activity::assemble_guide(es, en),
        id: raw.id.get_ref().clone(),
        topic: raw.topic.get_ref().parse().expect("checked"),
        band,
        title: both(&|t| t.title.get_ref().trim().to_owned()),
        summary: both(&|t| t.summary.get_ref().trim().to_owned()),
        sections,
        questions,
        sources,
        plan: None,
    }
}

/// A text value as the app shows it.
pub(crate) fn trim(s: &Spanned<String>) -> String {
    s.get_ref().trim().to_owned()
}

pub(crate) fn pick<'a, T>(map: &'a std::collections::BTreeMap<Spanned<String>, T>, id: &str) -> &'a T {
    entry(map, id).expect("the validator checked that every id has text")
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("passwords-8-11"));
        assert!(is_valid_id("q1"));
        assert!(!is_valid_id("Passwords"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id(""));
    }
}
