//! `ciberescudo`: the command line over ciberescudo-core. Thin on purpose:
//! it parses arguments, calls core and prints in the user's language.

use std::path::PathBuf;
use std::process::ExitCode;

use ciberescudo_core::content::load_dir;
use ciberescudo_core::i18n::{Arg, Localizer};
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
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate every lesson under DIR (default: content/) and print each
    /// problem as `file:line: message`. Exits with 1 if there is any.
    Check {
        #[arg(default_value = "content")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let locale = Locale::from_system(sys_locale::get_locale().as_deref());
    let i18n = Localizer::embedded();
    match cli.command {
        Command::Content { command: ContentCommand::Check { dir } } => check(&dir, locale, &i18n),
    }
}

fn check(dir: &std::path::Path, locale: Locale, i18n: &Localizer) -> ExitCode {
    match load_dir(dir) {
        Ok(catalog) => {
            let count = Arg::Number(catalog.lessons().len() as f64);
            eprintln!("{}", i18n.format(locale, "cli-check-ok", &[("count", count)]));
            ExitCode::SUCCESS
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
