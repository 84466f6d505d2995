//! Lesson files with random damage (lines deleted, duplicated or swapped,
//! values replaced, bits flipped, bytes cut off), loaded by the real loader:
//! never a panic, and every refusal is a list of problems that each name an
//! existing file and a line in it, and read as a sentence in both languages.

mod bad_input_support;

use std::cell::Cell;
use std::fs;
use std::path::{Path, PathBuf};

use bad_input_support::damage::{damaged, damages, text_damage};
use bad_input_support::runner::{check, runner};
use ciberescudo_core::content::{load_dir, load_lesson, Problem};
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::Locale;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use tempfile::TempDir;

/// One lesson loaded per case: a few milliseconds each.
const LESSON_CASES: u32 = 256;
/// The whole catalog loaded per case, as the app does at start.
const CATALOG_CASES: u32 = 24;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// Every `.toml` file under `dir`, relative to it, sorted.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                found.push(path.strip_prefix(dir).unwrap().to_owned());
            }
        }
    }
    found.sort();
    found
}

fn copy_tree(from: &Path, to: &Path) {
    for file in toml_files(from) {
        fs::create_dir_all(to.join(&file).parent().unwrap()).unwrap();
        fs::copy(from.join(&file), to.join(&file)).unwrap();
    }
}

/// What a refusal must be: problems, each naming a file (or, for a missing
/// file, its folder) under `root` that exists, a line within it, and a
/// message that both languages have and fill in.
fn check_refusal(i18n: &Localizer, root: &Path, problems: &[Problem]) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty(), "a refusal without a problem");
    for problem in problems {
        prop_assert!(problem.file.starts_with(root), "{problem} names a file elsewhere");
        prop_assert!(problem.file.exists(), "{problem} names a file that does not exist");
        prop_assert!(problem.line >= 1, "{problem} names line 0");
        if problem.file.is_file() {
            let lines = String::from_utf8_lossy(&fs::read(&problem.file).unwrap()).lines().count();
            prop_assert!(problem.line <= lines + 1, "{problem} is past the end of a file of {lines} lines");
        }
        let id = problem.kind.message_id();
        for locale in Locale::ALL {
            prop_assert!(i18n.has(locale, &id), "{id} has no message in {locale}");
            let message = i18n.format(locale, &id, &problem.kind.args());
            prop_assert!(!message.trim().is_empty(), "{id} is blank in {locale}");
            // Fluent writes `{$name}` for an argument it did not get.
            prop_assert!(!message.contains("{$"), "{id} in {locale} lacks an argument: {message}");
            let shown = i18n.problem(locale, problem);
            let place = format!("{}:{}: ", problem.file.display(), problem.line);
            prop_assert!(shown.starts_with(&place), "{shown}");
        }
    }
    Ok(())
}

#[test]
fn a_damaged_lesson_file_is_refused_with_problems_that_name_a_file_and_line() {
    let i18n = Localizer::embedded();
    let lessons = content().join("lessons");
    let files = toml_files(&lessons);
    assert!(files.len() >= 38 * 3, "the real lessons are there: {}", files.len());
    let tmp = TempDir::new().unwrap();
    let (refused, case) = (Cell::new(0), Cell::new(0));

    check(runner(LESSON_CASES, 0x1e55_0a5f_11e5), (any::<Index>(), damages(text_damage())), |(which, damage)| {
        case.set(case.get() + 1);
        let file = &files[which.index(files.len())];
        let lesson = file.parent().unwrap();
        // The lesson in a folder of the same name (the loader checks it), fresh for each case.
        let root = tmp.path().join(format!("case-{}", case.get()));
        copy_tree(&lessons.join(lesson), &root.join(lesson));
        fs::write(root.join(file), damaged(&fs::read(lessons.join(file)).unwrap(), &damage)).unwrap();

        let loaded = load_lesson(&root.join(lesson));
        if let Err(problems) = &loaded {
            refused.set(refused.get() + 1);
            check_refusal(&i18n, &root, problems)?;
        }
        fs::remove_dir_all(&root).unwrap();
        Ok(())
    });
    // Most damage must be caught; some (a duplicated blank line) is harmless.
    eprintln!("{} of {} damaged lessons refused", refused.get(), case.get());
    assert!(refused.get() * 4 >= case.get() * 3, "only {} of {} damaged lessons refused", refused.get(), case.get());
}

#[test]
fn a_damaged_file_anywhere_in_the_content_folder_stops_the_whole_catalog() {
    let i18n = Localizer::embedded();
    let tmp = TempDir::new().unwrap();
    let root = tmp.path().join("content");
    copy_tree(&content(), &root);
    let files = toml_files(&root);
    assert!(load_dir(&root).is_ok(), "the copy of the real content loads");
    let (refused, case) = (Cell::new(0), Cell::new(0));

    check(runner(CATALOG_CASES, 0xca7a_1065), (any::<Index>(), damages(text_damage())), |(which, damage)| {
        case.set(case.get() + 1);
        let file = root.join(&files[which.index(files.len())]);
        let original = fs::read(&file).unwrap();
        // The next case (or the shrinking of this one) starts from the real file, even after a panic.
        let _restore = Restore { path: file.clone(), bytes: original.clone() };
        fs::write(&file, damaged(&original, &damage)).unwrap();

        if let Err(problems) = load_dir(&root) {
            refused.set(refused.get() + 1);
            check_refusal(&i18n, &root, &problems)?;
        }
        Ok(())
    });
    eprintln!("{} of {} damaged catalogs refused", refused.get(), case.get());
    assert!(refused.get() * 4 >= case.get() * 3, "only {} of {} damaged catalogs refused", refused.get(), case.get());
}

/// Writes a file's original bytes back when dropped.
struct Restore {
    path: PathBuf,
    bytes: Vec<u8>,
}

impl Drop for Restore {
    fn drop(&mut self) {
        fs::write(&self.path, &self.bytes).expect("restore a damaged file");
    }
}
