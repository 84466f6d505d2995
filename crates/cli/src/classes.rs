//! `ciberescudo class …`: the class and progress files of teacher mode, for
//! a lab where the app's screens are not at hand (or for scripts).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use ciberescudo_core::classroom::class::{self, ClassroomError};
use ciberescudo_core::classroom::{csv_export, report};
use ciberescudo_core::content::Catalog;
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::progress::{ClassRow, Store};
use ciberescudo_core::Locale;

use crate::{open_store, store_error, ClassCommand};

/// What a subcommand does once the progress file is open.
type Action<'a> = Box<dyn FnOnce(&Store) -> ExitCode + 'a>;

pub(crate) fn run(command: ClassCommand, locale: Locale, i18n: &Localizer) -> ExitCode {
    let (data_dir, action): (Option<PathBuf>, Action<'_>) = match command {
        ClassCommand::List { data_dir } => (data_dir, Box::new(move |s| list(s, locale, i18n))),
        ClassCommand::Import { file, data_dir } => (data_dir, Box::new(move |s| import_class(s, &file, locale, i18n))),
        ClassCommand::ExportProgress { class, to, data_dir } => {
            (data_dir, Box::new(move |s| export_progress(s, &class, &to, locale, i18n)))
        }
        ClassCommand::ExportCsv { class, to, data_dir } => {
            (data_dir, Box::new(move |s| export_csv(s, &class, &to, locale, i18n)))
        }
        ClassCommand::ImportProgress { paths, data_dir } => {
            (data_dir, Box::new(move |s| import_progress(s, &paths, locale, i18n)))
        }
    };
    match open_store(data_dir, locale, i18n) {
        Ok(store) => action(&store),
        Err(code) => code,
    }
}

fn text(s: impl ToString) -> Arg {
    Arg::Text(s.to_string())
}

fn number(n: impl Into<f64>) -> Arg {
    Arg::Number(n.into())
}

fn list(store: &Store, locale: Locale, i18n: &Localizer) -> ExitCode {
    let classes = match store.classes() {
        Ok(classes) => classes,
        Err(e) => {
            store_error(&e, locale, i18n);
            return ExitCode::FAILURE;
        }
    };
    for c in classes {
        let learners = store.members(c.id).map(|m| m.len()).unwrap_or(0);
        let args = [
            ("name", text(&c.name)),
            ("year", text(&c.school_year)),
            ("uid", text(c.uid)),
            ("learners", number(learners as u32)),
        ];
        println!("{}", i18n.format(locale, "cli-class-line", &args));
    }
    ExitCode::SUCCESS
}

/// Says why a file was refused, naming it.
fn refused(path: &Path, e: &ClassroomError, locale: Locale, i18n: &Localizer) {
    match e {
        ClassroomError::File(problem) => {
            let reason = i18n.format(locale, &problem.message_id(), &[("file", text(path.display()))]);
            eprintln!("{reason}");
        }
        ClassroomError::Store(e) => store_error(e, locale, i18n),
    }
}

fn read(path: &Path, locale: Locale, i18n: &Localizer) -> Option<Vec<u8>> {
    std::fs::read(path)
        .map_err(|e| {
            let args = [("file", text(path.display())), ("detail", text(e))];
            eprintln!("{}", i18n.format(locale, "cli-file-unreadable", &args));
        })
        .ok()
}

fn import_class(store: &Store, file: &Path, locale: Locale, i18n: &Localizer) -> ExitCode {
    let Some(bytes) = read(file, locale, i18n) else { return ExitCode::FAILURE };
    match class::import_class_file(store, &bytes, locale) {
        Ok(import) => {
            let args = [
                ("name", text(&import.class.name)),
                ("added", number(import.learners_added)),
                ("known", number(import.learners_known)),
            ];
            println!("{}", i18n.format(locale, "cli-class-imported", &args));
            ExitCode::SUCCESS
        }
        Err(e) => {
            refused(file, &e, locale, i18n);
            ExitCode::FAILURE
        }
    }
}

fn find_class(store: &Store, wanted: &str) -> Option<ClassRow> {
    let classes = store.classes().ok()?;
    classes.into_iter().find(|c| c.uid.to_string() == wanted || c.name == wanted)
}

fn export_progress(store: &Store, wanted: &str, to: &Path, locale: Locale, i18n: &Localizer) -> ExitCode {
    let Some(class) = find_class(store, wanted) else {
        eprintln!("{}", i18n.format(locale, "cli-class-unknown", &[("class", text(wanted))]));
        return ExitCode::FAILURE;
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    match class::progress_file(store, class.id, now) {
        Ok((name, bytes)) => write_file(&to.join(name), &bytes, locale, i18n),
        Err(e) => {
            store_error(&e, locale, i18n);
            ExitCode::FAILURE
        }
    }
}

/// The lessons, as the desktop app has them (validated when this was built).
fn catalog() -> Catalog {
    Catalog::from_json(include_str!(concat!(env!("OUT_DIR"), "/catalog.json"))).unwrap_or_default()
}

fn export_csv(store: &Store, wanted: &str, to: &Path, locale: Locale, i18n: &Localizer) -> ExitCode {
    let Some(class) = find_class(store, wanted) else {
        eprintln!("{}", i18n.format(locale, "cli-class-unknown", &[("class", text(wanted))]));
        return ExitCode::FAILURE;
    };
    let progress = match store.class_progress(class.id) {
        Ok(progress) => progress,
        Err(e) => {
            store_error(&e, locale, i18n);
            return ExitCode::FAILURE;
        }
    };
    let catalog = catalog();
    let files = [
        (
            csv_export::file_name(&i18n.format(locale, "csv-file-class", &[]), &class.name),
            csv_export::class_csv(&report::matrix(&catalog, &progress), i18n, locale),
        ),
        (
            csv_export::file_name(&i18n.format(locale, "csv-file-hardest", &[]), &class.name),
            csv_export::hardest_csv(&report::hardest_questions(&catalog, &progress), i18n, locale),
        ),
    ];
    for (name, bytes) in files {
        let code = write_file(&to.join(name), &bytes, locale, i18n);
        if code != ExitCode::SUCCESS {
            return code;
        }
    }
    ExitCode::SUCCESS
}

/// Writes a file aside and renames it: a pulled USB stick never leaves half
/// a file under the real name.
fn write_file(path: &Path, bytes: &[u8], locale: Locale, i18n: &Localizer) -> ExitCode {
    let partial = path.with_extension("partial");
    if let Err(e) = std::fs::write(&partial, bytes).and_then(|()| std::fs::rename(&partial, path)) {
        let _ = std::fs::remove_file(&partial);
        let args = [("file", text(path.display())), ("detail", text(e))];
        eprintln!("{}", i18n.format(locale, "cli-file-unwritable", &args));
        return ExitCode::FAILURE;
    }
    println!("{}", i18n.format(locale, "cli-file-saved", &[("file", text(path.display()))]));
    ExitCode::SUCCESS
}

/// The files named, with each folder replaced by its `.json` files.
fn files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn import_progress(store: &Store, paths: &[PathBuf], locale: Locale, i18n: &Localizer) -> ExitCode {
    let mut failed = false;
    for path in files(paths) {
        let Some(bytes) = read(&path, locale, i18n) else {
            failed = true;
            continue;
        };
        match class::import_progress_file(store, &bytes, locale) {
            Ok(import) => {
                let m = import.merged;
                let args = [
                    ("file", text(path.display())),
                    ("attempts", number(m.attempts_added + m.attempts_finished)),
                    ("answers", number(m.answers_added)),
                    ("activities", number(m.activities_added)),
                ];
                println!("{}", i18n.format(locale, "cli-progress-imported", &args));
            }
            Err(e) => {
                failed = true;
                refused(&path, &e, locale, i18n);
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
