//! Reading a content folder from disk: every lesson is read and checked,
//! and the catalog exists only if all of them pass.

use std::fs;
use std::path::Path;

use super::model::{Catalog, Lesson};
use super::plan::{PlanFile, RawPlan};
use super::problem::{Problem, ProblemKind};
use super::raw::{RawLesson, RawText};
use super::spans::SourceFile;
use super::validate::{build_lesson, TextFile};
use crate::{AgeBand, Locale};

/// Loads `DIR/lessons/*/`, `DIR/glossary/` and `DIR/help/`. Returns every problem of every lesson, sorted by
/// file and line, or a catalog of all of them.
pub fn load_dir(dir: &Path) -> Result<Catalog, Vec<Problem>> {
    let lessons_dir = dir.join("lessons");
    let entries = match fs::read_dir(&lessons_dir) {
        Ok(entries) => entries,
        Err(e) => {
            return Err(vec![Problem { file: lessons_dir, line: 1, kind: ProblemKind::Unreadable { detail: e.to_string() } }]);
        }
    };
    let mut folders: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    folders.sort();
    if folders.is_empty() {
        return Err(vec![Problem { file: lessons_dir, line: 1, kind: ProblemKind::NoLessons }]);
    }

    let mut lessons = Vec::new();
    let mut problems = Vec::new();
    for folder in &folders {
        match load_lesson(folder) {
            Ok(lesson) => lessons.push(lesson),
            Err(mut p) => problems.append(&mut p),
        }
    }
    let glossary = super::reference::load_glossary(dir, &mut problems);
    let help = super::reference::load_help(dir, &mut problems);
    if problems.is_empty() {
        Ok(Catalog::new(lessons).with_reference(glossary, help))
    } else {
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        Err(problems)
    }
}

/// Loads and checks one lesson folder.
pub fn load_lesson(folder: &Path) -> Result<Lesson, Vec<Problem>> {
    let mut problems = Vec::new();
    let folder_name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();

    let structure = read(folder, "lesson.toml", &mut problems);
    let raw: Option<RawLesson> = structure.as_ref().and_then(|f| parse(f, &mut problems));

    let mut texts = Vec::new();
    for locale in Locale::ALL {
        let name = format!("{}.toml", locale.tag());
        if let Some(file) = read(folder, &name, &mut problems) {
            if let Some(raw) = parse::<RawText>(&file, &mut problems) {
                texts.push(TextFile { locale, file, raw });
            }
        }
    }

    let plans = match &raw {
        Some(raw) => read_plans(folder, raw, &mut problems),
        None => Vec::new(),
    };

    match (structure, raw) {
        (Some(structure), Some(raw)) if problems.is_empty() => build_lesson(&folder_name, &structure, &raw, &texts, &plans),
        (Some(structure), Some(raw)) => {
            // Still report what can be checked, e.g. structure errors while a text file has a syntax error.
            if let Err(mut more) = build_lesson(&folder_name, &structure, &raw, &texts, &plans) {
                problems.append(&mut more);
            }
            Err(problems)
        }
        _ => Err(problems),
    }
}

/// A learner lesson's plans for the teacher, one per language. Lessons for
/// adults have none: a plan file beside one is a mistake worth naming.
fn read_plans(folder: &Path, raw: &RawLesson, problems: &mut Vec<Problem>) -> Vec<PlanFile> {
    let for_adults = raw.band.get_ref().parse::<AgeBand>().is_ok_and(|b| b == AgeBand::Adults);
    let mut plans = Vec::new();
    for locale in Locale::ALL {
        let name = format!("plan.{}.toml", locale.tag());
        if for_adults {
            if folder.join(&name).exists() {
                problems.push(Problem { file: folder.join(&name), line: 1, kind: ProblemKind::UnexpectedPlan });
            }
        } else if let Some(file) = read(folder, &name, problems) {
            if let Some(raw) = parse::<RawPlan>(&file, problems) {
                plans.push(PlanFile { locale, file, raw });
            }
        }
    }
    plans
}

fn read(folder: &Path, name: &str, problems: &mut Vec<Problem>) -> Option<SourceFile> {
    let path = folder.join(name);
    match fs::read_to_string(&path) {
        Ok(text) => Some(SourceFile::new(&path, text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problems.push(Problem { file: folder.to_owned(), line: 1, kind: ProblemKind::MissingFile { name: name.into() } });
            None
        }
        Err(e) => {
            problems.push(Problem { file: path, line: 1, kind: ProblemKind::Unreadable { detail: e.to_string() } });
            None
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<T> {
    match toml::from_str::<T>(&file.text) {
        Ok(value) => Some(value),
        Err(e) => {
            let line = e.span().map(|s| file.line(s.start)).unwrap_or(1);
            problems.push(Problem {
                file: file.path.clone(),
                line,
                kind: ProblemKind::Syntax { detail: e.message().trim().to_owned() },
            });
            None
        }
    }
}
