//! `ciberescudo-collector`: the campaign statistics server and its
//! operator's commands. Every failure is one line on standard error and
//! exit code 1.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use ciberescudo_collector::admin::{self, AdminError};
use ciberescudo_collector::config::{Config, ConfigError};
use ciberescudo_collector::server;
use ciberescudo_collector::store::{NewCampaign, Store};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "ciberescudo-collector", version, about = "Ciberescudo's campaign statistics server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Answer the app's reports and the organizers' pages until SIGTERM.
    Serve {
        /// The configuration file (TOML).
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Organizers' accounts.
    Account {
        #[command(subcommand)]
        command: AccountCommand,
    },
    /// Campaigns.
    Campaign {
        #[command(subcommand)]
        command: CampaignCommand,
    },
}

#[derive(Subcommand)]
enum AccountCommand {
    /// Create an account; the password is read from standard input (its
    /// first line) or, at a terminal, typed twice.
    Add {
        username: String,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    /// Set a new password and end the account's sessions.
    Password {
        username: String,
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Create a campaign and print its code.
    Create {
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
        #[arg(long)]
        name: String,
        /// First day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        starts: String,
        /// Last day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        ends: String,
    },
    /// List every campaign, newest first.
    List {
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    server::init_logging();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // One line, whatever the error's own text looks like.
            let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
            eprintln!("ciberescudo-collector: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    let config_path = match &command {
        Command::Serve { config } => config,
        Command::Account { command: AccountCommand::Add { config, .. } | AccountCommand::Password { config, .. } } => config,
        Command::Campaign { command: CampaignCommand::Create { config, .. } | CampaignCommand::List { config } } => config,
    };
    let config = load_config(config_path)?;
    // Checked before anything is opened or typed.
    let new_campaign = match &command {
        Command::Campaign { command: CampaignCommand::Create { name, starts, ends, .. } } => {
            Some(admin::new_campaign(name, starts, ends).map_err(|e| e.to_string())?)
        }
        Command::Account { command: AccountCommand::Add { username, .. } } => {
            admin::check_username(username).map_err(|e| e.to_string())?;
            None
        }
        _ => None,
    };

    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| format!("cannot start the runtime: {e}"))?;
    let result = runtime.block_on(async move {
        if let Command::Serve { .. } = command {
            return server::serve(config).await.map_err(|e| e.to_string());
        }
        let database = config.database();
        let store =
            Store::open(&database).await.map_err(|e| format!("cannot open the database {}: {e}", server::shown(&database)))?;
        administer(&store, command, new_campaign).await.map_err(|e| e.to_string())
    });
    // Blocking database work still under way gets a moment to finish.
    runtime.shutdown_timeout(Duration::from_secs(10));
    result
}

/// The account and campaign commands (`serve` is not one of them).
async fn administer(store: &Store, command: Command, new_campaign: Option<NewCampaign>) -> Result<(), AdminError> {
    match command {
        Command::Serve { .. } => Ok(()),
        Command::Account { command: AccountCommand::Add { username, .. } } => {
            admin::add_account(store, &username, &admin::read_password()?).await
        }
        Command::Account { command: AccountCommand::Password { username, .. } } => {
            admin::set_password(store, &username, &admin::read_password()?).await
        }
        Command::Campaign { command: CampaignCommand::Create { .. } } => {
            if let Some(new_campaign) = new_campaign {
                let campaign = store.create_campaign(new_campaign).await?;
                println!("{}", campaign.code);
            }
            Ok(())
        }
        Command::Campaign { command: CampaignCommand::List { .. } } => {
            let campaigns = store.campaigns().await?;
            print!("{}", admin::campaign_table(&campaigns, time::OffsetDateTime::now_utc().date()));
            Ok(())
        }
    }
}

/// The configuration, or one line saying what is wrong with it.
fn load_config(path: &Path) -> Result<Config, String> {
    Config::load(path).map_err(|error| match error {
        // toml's own text draws the line in a box; say it in one.
        ConfigError::Syntax { path: shown, source } => {
            let line = source.span().and_then(|span| {
                let text = std::fs::read_to_string(path).ok()?;
                Some(text.get(..span.start)?.matches('\n').count() + 1)
            });
            match line {
                Some(line) => format!("{shown}, line {line}: {}", source.message()),
                None => format!("{shown}: {}", source.message()),
            }
        }
        other => other.to_string(),
    })
}
