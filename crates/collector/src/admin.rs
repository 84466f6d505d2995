//! The operator's commands besides `serve`: organizers' accounts and
//! campaigns, straight on the database named by the configuration.

use std::io::{BufRead, IsTerminal};

use time::macros::format_description;
use time::Date;

use crate::password;
use crate::store::{Campaign, NewCampaign, Store, StoreError};

/// Campaign names are for people; this is plenty.
pub const MAX_CAMPAIGN_NAME: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// Something the operator typed, explained.
    #[error("{0}")]
    Refused(String),
    #[error("cannot read the password: {0}")]
    Input(std::io::Error),
    #[error("the database: {0}")]
    Store(#[from] StoreError),
}

fn refused(message: impl Into<String>) -> AdminError {
    AdminError::Refused(message.into())
}

/// Usernames are `[a-z0-9._-]{1,64}`: easy to type and to read in a log.
pub fn check_username(username: &str) -> Result<(), AdminError> {
    let well_formed = (1..=64).contains(&username.len())
        && username.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if well_formed {
        Ok(())
    } else {
        Err(refused(format!(
            "{:?} is not a username: use 1 to 64 lowercase letters, digits, '.', '_' or '-'",
            username.chars().take(70).collect::<String>()
        )))
    }
}

pub fn check_password(password: &str) -> Result<(), AdminError> {
    if password.chars().count() < password::MIN_LENGTH {
        return Err(refused(format!("the password is too short: use at least {} characters", password::MIN_LENGTH)));
    }
    Ok(())
}

/// The new password: the first line of standard input when it is not a
/// terminal (a script, a pipe), else typed twice without echo.
pub fn read_password() -> Result<String, AdminError> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin.lock().read_line(&mut line).map_err(AdminError::Input)?;
        let password = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line);
        return Ok(password.to_owned());
    }
    let first = rpassword::prompt_password("New password: ").map_err(AdminError::Input)?;
    check_password(&first)?;
    let again = rpassword::prompt_password("The same again: ").map_err(AdminError::Input)?;
    if first != again {
        return Err(refused("the two passwords differ; nothing was changed"));
    }
    Ok(first)
}

pub async fn add_account(store: &Store, username: &str, password: &str) -> Result<(), AdminError> {
    check_username(username)?;
    check_password(password)?;
    match store.create_account(username, &password::hash(password)).await {
        Err(StoreError::Conflict(_)) => Err(refused(format!("an account named {username:?} already exists"))),
        other => Ok(other?),
    }
}

pub async fn set_password(store: &Store, username: &str, password: &str) -> Result<(), AdminError> {
    check_password(password)?;
    if store.set_password(username, &password::hash(password)).await? {
        Ok(())
    } else {
        Err(refused(format!("there is no account named {username:?}")))
    }
}

/// A day written `YYYY-MM-DD`, in the years reports can have.
pub fn parse_date(text: &str, what: &str) -> Result<Date, AdminError> {
    let date = Date::parse(text.trim(), format_description!("[year]-[month]-[day]"))
        .map_err(|_| refused(format!("{what} {text:?} is not a date such as 2026-09-01 (YYYY-MM-DD)")))?;
    if !(ciberescudo_report::IsoWeek::FIRST_YEAR..=ciberescudo_report::IsoWeek::LAST_YEAR).contains(&date.year()) {
        return Err(refused(format!(
            "{what} {text:?} is outside the years reports can have ({} to {})",
            ciberescudo_report::IsoWeek::FIRST_YEAR,
            ciberescudo_report::IsoWeek::LAST_YEAR
        )));
    }
    Ok(date)
}

/// Checks a campaign as typed on the command line.
pub fn new_campaign(name: &str, starts: &str, ends: &str) -> Result<NewCampaign, AdminError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(refused("the campaign needs a name"));
    }
    if name.chars().count() > MAX_CAMPAIGN_NAME || name.chars().any(char::is_control) {
        return Err(refused(format!("the name must be one line of at most {MAX_CAMPAIGN_NAME} characters")));
    }
    let starts_on = parse_date(starts, "--starts")?;
    let ends_on = parse_date(ends, "--ends")?;
    if ends_on < starts_on {
        return Err(refused(format!("the campaign ends ({ends_on}) before it starts ({starts_on})")));
    }
    Ok(NewCampaign { name: name.to_owned(), starts_on, ends_on })
}

/// `campaign list`: one campaign a line, newest first.
pub fn campaign_table(campaigns: &[Campaign], today: Date) -> String {
    let mut table = format!("{:<9}  {:<10}  {:<10}  {:<4}  {}\n", "CODE", "STARTS", "ENDS", "OPEN", "NAME");
    for campaign in campaigns {
        table.push_str(&format!(
            "{:<9}  {:<10}  {:<10}  {:<4}  {}\n",
            campaign.code.to_string(),
            campaign.starts_on.to_string(),
            campaign.ends_on.to_string(),
            if campaign.is_open(today) { "yes" } else { "no" },
            campaign.name
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn usernames() {
        for good in ["ana", "ana.lopez", "org_1-b", &"a".repeat(64)] {
            assert!(check_username(good).is_ok(), "{good}");
        }
        for bad in ["", "Ana", "ana lopez", "ana@x", "añá", &"a".repeat(65)] {
            assert!(check_username(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_have_a_minimum_length() {
        assert!(check_password("short").is_err());
        assert!(check_password("exactly12chr").is_ok());
    }

    #[test]
    fn campaigns_need_real_dates_in_order() {
        let campaign = new_campaign(" Escuelas de Puebla ", "2026-09-01", "2026-12-15").unwrap();
        assert_eq!(campaign.name, "Escuelas de Puebla");
        assert_eq!((campaign.starts_on, campaign.ends_on), (date!(2026 - 09 - 01), date!(2026 - 12 - 15)));
        assert!(new_campaign("X", "2026-12-15", "2026-09-01").unwrap_err().to_string().contains("before it starts"));
        assert!(new_campaign("X", "2026-02-30", "2026-03-01").is_err());
        assert!(new_campaign("X", "01/09/2026", "2026-12-15").is_err());
        assert!(new_campaign("X", "1999-01-01", "2026-12-15").is_err());
        assert!(new_campaign("  ", "2026-09-01", "2026-12-15").is_err());
        assert!(new_campaign("a\nb", "2026-09-01", "2026-12-15").is_err());
    }

    #[test]
    fn the_table_says_whether_a_campaign_is_open() {
        let campaign = Campaign {
            id: 1,
            code: "K7MD-Q4TW".parse().unwrap(),
            name: "Puebla".into(),
            starts_on: date!(2026 - 09 - 01),
            ends_on: date!(2026 - 12 - 15),
        };
        let table = campaign_table(&[campaign], date!(2026 - 10 - 01));
        assert!(table.lines().nth(1).unwrap().starts_with("K7MD-Q4TW  2026-09-01  2026-12-15  yes   Puebla"), "{table}");
    }
}
