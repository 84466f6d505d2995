//! `ciberescudo`: the command line over ciberescudo-core. Thin on purpose:
//! it parses arguments, calls core and prints in the user's language.

mod classes;

use std::path::PathBuf;
use std::process::ExitCode;

use ciberescudo_core::content::{linked_phrases, load_dir, Catalog, QuizBalance, TermIndex};
use ciberescudo_core::i18n::{Arg, Localizer};
use ciberescudo_core::progress::{Store, StoreError, APP_IDENTIFIER, DATABASE_FILE, DATA_DIR_ENV};
use ciberescudo_core::Locale;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "ciberescudo", version, about = "Ciberescudo: safe internet lessons for children and families")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Work with lesson content.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Classes across a computer lab: class files and progress files.
    Class {
        #[command(subcommand)]
        command: ClassCommand,
    },
    /// The adult area of the app on this computer.
    Adult {
        #[command(subcommand)]
        command: AdultCommand,
    },
}

#[derive(Subcommand)]
enum ClassCommand {
    /// List the classes on this computer.
    List {
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Create a class and its learners from a class file (or update them).
    Import {
        file: PathBuf,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Write the progress file of a class (by name or uid) into a folder.
    ExportProgress {
        class: String,
        #[arg(long)]
        to: PathBuf,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Write the class's two spreadsheets (CSV: the class, and its hardest questions) into a folder.
    ExportCsv {
        class: String,
        #[arg(long)]
        to: PathBuf,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Merge progress files, or every .json file of a folder, into this computer's progress.
    ImportProgress {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AdultCommand {
    /// Forget the adult area's PIN, for when nobody remembers it. Every
    /// learner's progress stays. Needs the computer's own account (the one
    /// whose files hold the progress), and the app closed.
    ResetPin {
        /// The folder that holds progress.sqlite3 (default: $CIBERESCUDO_DATA_DIR,
        /// or the app's data folder of this account).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate every lesson under DIR (default: content/) and print each
    /// problem as `file:line: message`. Exits with 1 if there is any.
    Check {
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Also list every phrase of every lesson that links to the
        /// glossary, with the term it links to, for a reviewer to read.
        #[arg(long)]
        links: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let locale = Locale::from_system(sys_locale::get_locale().as_deref());
    let i18n = Localizer::embedded();
    match cli.command {
        Command::Content { command: ContentCommand::Check { dir, links } } => check(&dir, links, locale, &i18n),
        Command::Adult { command: AdultCommand::ResetPin { data_dir } } => reset_pin(data_dir, locale, &i18n),
        Command::Class { command } => classes::run(command, locale, &i18n),
    }
}

/// Where the app keeps progress.sqlite3, as the desktop app resolves it.
fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)))
}

/// Opens this computer's progress file, or says in the user's language why not.
fn open_store(flag: Option<PathBuf>, locale: Locale, i18n: &Localizer) -> Result<Store, ExitCode> {
    let Some(dir) = data_dir(flag) else {
        eprintln!("{}", i18n.format(locale, "cli-no-data-dir", &[]));
        return Err(ExitCode::FAILURE);
    };
    let path = dir.join(DATABASE_FILE);
    if !path.is_file() {
        eprintln!("{}", i18n.format(locale, "cli-no-database", &[("path", Arg::Text(path.display().to_string()))]));
        return Err(ExitCode::FAILURE);
    }
    Store::open(&path).map_err(|e| {
        store_error(&e, locale, i18n);
        ExitCode::FAILURE
    })
}

fn store_error(e: &StoreError, locale: Locale, i18n: &Localizer) {
    match e {
        StoreError::InUse { .. } => eprintln!("{}", i18n.format(locale, "cli-database-in-use", &[])),
        other => eprintln!("{}", i18n.format(locale, "cli-database-refused", &[("detail", Arg::Text(other.to_string()))])),
    }
}

fn reset_pin(flag: Option<PathBuf>, locale: Locale, i18n: &Localizer) -> ExitCode {
    let store = match open_store(flag, locale, i18n) {
        Ok(store) => store,
        Err(code) => return code,
    };
    match store.clear_pin() {
        Ok(true) => {
            println!("{}", i18n.format(locale, "cli-pin-cleared", &[]));
            ExitCode::SUCCESS
        }
        Ok(false) => {
            println!("{}", i18n.format(locale, "cli-pin-none", &[]));
            ExitCode::SUCCESS
        }
        Err(e) => {
            store_error(&e, locale, i18n);
            ExitCode::FAILURE
        }
    }
}

/// How guessable the quizzes are, over the whole curriculum (see `QuizBalance`).
fn print_quiz_balance(balance: &QuizBalance, locale: Locale, i18n: &Localizer) {
    let percent = |share: f64| Arg::Number((share * 100.0).round());
    let number = |n: usize| Arg::Number(n as f64);
    let longest = i18n.format(
        locale,
        "cli-quiz-longest-right",
        &[
            ("questions", number(balance.single_choice)),
            ("spanish", number(balance.longest_right[0])),
            ("spanishPercent", percent(balance.longest_right_share(Locale::EsMx))),
            ("english", number(balance.longest_right[1])),
            ("englishPercent", percent(balance.longest_right_share(Locale::En))),
        ],
    );
    let truth = i18n.format(
        locale,
        "cli-quiz-true-share",
        &[
            ("questions", number(balance.true_false)),
            ("true", number(balance.true_right)),
            ("percent", percent(balance.true_share())),
        ],
    );
    eprintln!("{longest}\n{truth}");
}

/// `lesson-id es-MX: "phrase" → term-id`, one line per linked phrase.
fn print_links(catalog: &Catalog) {
    for language in Locale::ALL {
        let index = TermIndex::new(catalog.glossary(), language);
        for lesson in catalog.lessons() {
            for (phrase, term) in linked_phrases(lesson, &index, language) {
                println!("{} {}: \"{phrase}\" → {term}", lesson.id, language.tag());
            }
        }
    }
}

fn check(dir: &std::path::Path, links: bool, locale: Locale, i18n: &Localizer) -> ExitCode {
    match load_dir(dir) {
        Ok(catalog) => {
            if links {
                print_links(&catalog);
            }
            let count = Arg::Number(catalog.lessons().len() as f64);
            eprintln!("{}", i18n.format(locale, "cli-check-ok", &[("count", count)]));
            let balance = QuizBalance::of(catalog.lessons());
            print_quiz_balance(&balance, locale, i18n);
            if balance.is_balanced() {
                ExitCode::SUCCESS
            } else {
                eprintln!("{}", i18n.format(locale, "cli-quiz-unbalanced", &[]));
                ExitCode::FAILURE
            }
        }
        Err(problems) => {
            for problem in &problems {
                println!("{}", i18n.problem(locale, problem));
            }
            let count = Arg::Number(problems.len() as f64);
            eprintln!("{}", i18n.format(locale, "cli-check-failed", &[("count", count)]));
            ExitCode::FAILURE
        }
    }
}
