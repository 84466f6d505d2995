//! Dates on class files and in spreadsheets are the computer's own calendar
//! day, not UTC's (at 8 p.m. in Mexico City, UTC is already tomorrow),
//! written as ISO `YYYY-MM-DD`.

use chrono::{DateTime, Local, TimeZone, Utc};

/// The local calendar day of a Unix time.
pub fn local_date(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0).map(|t| day_in(t, &Local)).unwrap_or_default()
}

/// Today, here.
pub fn today() -> String {
    day_in(Utc::now(), &Local)
}

fn day_in<Z: TimeZone>(t: DateTime<Utc>, zone: &Z) -> String {
    t.with_timezone(zone).date_naive().to_string()
}

#[cfg(test)]
mod tests {
    use chrono::FixedOffset;

    use super::*;

    #[test]
    fn an_evening_in_mexico_is_still_that_day() {
        // 2026-09-22 02:00 UTC is 20:00 of the 21st in Mexico City (UTC-6).
        let t = DateTime::from_timestamp(1_790_042_400, 0).unwrap();
        assert_eq!(day_in(t, &Utc), "2026-09-22");
        assert_eq!(day_in(t, &FixedOffset::west_opt(6 * 3600).unwrap()), "2026-09-21");
        assert_eq!(local_date(1_790_042_400), day_in(t, &Local));
    }
}
