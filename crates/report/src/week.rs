use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::{Date, Weekday};

/// An ISO 8601 week, written `2026-W48`: the finest time a report carries.
///
/// Only weeks that exist are accepted (`2026-W53` does, `2025-W53` does
/// not), and only years from 2020 to 2100, so a
/// corrupted or hostile value cannot become a date far in the past or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoWeek {
    year: i32,
    week: u8,
}

impl IsoWeek {
    pub const FIRST_YEAR: i32 = 2020;
    pub const LAST_YEAR: i32 = 2100;

    pub fn new(year: i32, week: u8) -> Option<IsoWeek> {
        if !(Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) {
            return None;
        }
        Date::from_iso_week_date(year, week, Weekday::Monday).ok()?;
        Some(IsoWeek { year, week })
    }

    /// The week a calendar day falls in.
    pub fn containing(day: Date) -> IsoWeek {
        let (year, week, _) = day.to_iso_week_date();
        IsoWeek { year, week }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn week(self) -> u8 {
        self.week
    }

    pub fn monday(self) -> Date {
        Date::from_iso_week_date(self.year, self.week, Weekday::Monday).expect("checked when made")
    }

    pub fn sunday(self) -> Date {
        Date::from_iso_week_date(self.year, self.week, Weekday::Sunday).expect("checked when made")
    }

    pub fn next(self) -> IsoWeek {
        IsoWeek::containing(self.sunday().next_day().expect("years are bounded"))
    }

    pub fn previous(self) -> IsoWeek {
        IsoWeek::containing(self.monday().previous_day().expect("years are bounded"))
    }

    /// Whole weeks from `self` to `later` (negative when `later` is earlier).
    pub fn weeks_until(self, later: IsoWeek) -> i64 {
        (later.monday() - self.monday()).whole_weeks()
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

impl FromStr for IsoWeek {
    type Err = String;

    fn from_str(text: &str) -> Result<IsoWeek, String> {
        let bad = || format!("{text:?} is not an ISO week such as 2026-W48");
        let (year, week) = text.split_once("-W").ok_or_else(bad)?;
        if year.len() != 4 || week.len() != 2 || !year.bytes().chain(week.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let (year, week) = (year.parse().map_err(|_| bad())?, week.parse().map_err(|_| bad())?);
        IsoWeek::new(year, week).ok_or_else(|| format!("{text:?} is not a week that exists between 2020 and 2100"))
    }
}

impl TryFrom<String> for IsoWeek {
    type Error = String;
    fn try_from(text: String) -> Result<IsoWeek, String> {
        text.parse()
    }
}

impl From<IsoWeek> for String {
    fn from(week: IsoWeek) -> String {
        week.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_and_prints_round_trip() {
        let week: IsoWeek = "2026-W48".parse().unwrap();
        assert_eq!((week.year(), week.week()), (2026, 48));
        assert_eq!(week.to_string(), "2026-W48");
        assert_eq!(week.monday(), date!(2026 - 11 - 23));
    }

    #[test]
    fn only_weeks_that_exist() {
        assert!("2026-W53".parse::<IsoWeek>().is_ok());
        assert!("2025-W53".parse::<IsoWeek>().is_err());
        for bad in ["2026-W00", "2026-W54", "2026-48", "26-W48", "2026-W4", "2026-W+8", "1999-W10", "2101-W01", ""] {
            assert!(bad.parse::<IsoWeek>().is_err(), "{bad}");
        }
    }

    #[test]
    fn weeks_cross_year_ends() {
        // 2027-01-01 is a Friday: it belongs to the last week of 2026.
        assert_eq!(IsoWeek::containing(date!(2027 - 01 - 01)).to_string(), "2026-W53");
        let last_2026: IsoWeek = "2026-W53".parse().unwrap();
        assert_eq!(last_2026.next().to_string(), "2027-W01");
        assert_eq!(last_2026.next().previous(), last_2026);
        assert_eq!(last_2026.weeks_until(last_2026.next().next()), 2);
        assert_eq!("2025-W52".parse::<IsoWeek>().unwrap().next().to_string(), "2026-W01");
    }
}
