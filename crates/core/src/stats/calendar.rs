//! ISO weeks as the learners live them: in the computer's own time zone.
//! A lesson finished on Sunday at 22:00 in Mexico City belongs to that
//! week, although it is already Monday in UTC.

use chrono::{DateTime, Days, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use ciberescudo_report::IsoWeek;

/// The time zone weeks are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// The computer's, daylight saving included where it applies.
    Local,
    /// A fixed offset from UTC (tests).
    Fixed(FixedOffset),
}

/// A stretch of time in Unix seconds: `start` included, `end` not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: i64,
    pub end: i64,
}

impl Calendar {
    /// The week a moment falls in, here.
    pub fn week_of(&self, unix: i64) -> IsoWeek {
        IsoWeek::containing(to_time_date(self.local_date(unix)))
    }

    /// From Monday 00:00 to the next Monday 00:00, here.
    pub fn span(&self, week: IsoWeek) -> Span {
        let monday = from_time_date(week.monday());
        let next_monday = monday.checked_add_days(Days::new(7)).expect("years are bounded");
        Span { start: self.start_of_day(monday), end: self.start_of_day(next_monday) }
    }

    fn local_date(&self, unix: i64) -> NaiveDate {
        self.local_time(unix).date()
    }

    /// The wall-clock time of a moment, here (the day of a backup, the time
    /// in the name of a file set aside).
    pub fn local_time(&self, unix: i64) -> NaiveDateTime {
        let utc = DateTime::<Utc>::from_timestamp(unix, 0).unwrap_or_default();
        match self {
            Calendar::Local => utc.with_timezone(&Local).naive_local(),
            Calendar::Fixed(offset) => utc.with_timezone(offset).naive_local(),
        }
    }

    fn start_of_day(&self, day: NaiveDate) -> i64 {
        let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
        match self {
            Calendar::Local => first_moment(&Local, midnight),
            Calendar::Fixed(offset) => first_moment(offset, midnight),
        }
    }
}

/// The first moment of a local day. Where a clock change skips midnight,
/// the day starts at the first minute that exists.
fn first_moment<Tz: TimeZone>(zone: &Tz, midnight: NaiveDateTime) -> i64 {
    (0..=180)
        .find_map(|minutes| zone.from_local_datetime(&(midnight + chrono::Duration::minutes(minutes))).earliest())
        .map(|moment| moment.timestamp())
        .unwrap_or_else(|| midnight.and_utc().timestamp())
}

fn to_time_date(day: NaiveDate) -> time::Date {
    use chrono::Datelike;
    let month = time::Month::try_from(day.month() as u8).expect("months are 1 to 12");
    time::Date::from_calendar_date(day.year(), month, day.day() as u8).expect("a real day")
}

fn from_time_date(day: time::Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year(), u8::from(day.month()) as u32, day.day() as u32).expect("a real day")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> i64 {
        DateTime::parse_from_rfc3339(text).unwrap().timestamp()
    }

    fn zone(hours: i32) -> Calendar {
        Calendar::Fixed(FixedOffset::east_opt(hours * 3600).unwrap())
    }

    fn week(text: &str) -> IsoWeek {
        text.parse().unwrap()
    }

    #[test]
    fn a_sunday_evening_in_mexico_city_is_still_that_week() {
        // 2026-11-30 03:00 UTC is Sunday 29 November, 21:00 in Mexico City.
        let moment = utc("2026-11-30T03:00:00Z");
        assert_eq!(zone(-6).week_of(moment), week("2026-W48"));
        assert_eq!(zone(0).week_of(moment), week("2026-W49"));
    }

    #[test]
    fn weeks_cross_the_year_end_by_the_local_calendar() {
        // 2026 has 53 ISO weeks; its last ends on Sunday 3 January 2027.
        assert_eq!(zone(-6).week_of(utc("2027-01-01T12:00:00Z")), week("2026-W53"));
        assert_eq!(zone(-6).week_of(utc("2027-01-04T05:59:59Z")), week("2026-W53"));
        assert_eq!(zone(-6).week_of(utc("2027-01-04T06:00:00Z")), week("2027-W01"));
        // Monday 29 December 2025 is in 2026-W01.
        assert_eq!(zone(0).week_of(utc("2025-12-29T00:00:00Z")), week("2026-W01"));
        assert_eq!(zone(-6).week_of(utc("2025-12-29T00:00:00Z")), week("2025-W52"));
        // The far ends of the offsets a computer can have.
        assert_eq!(zone(14).week_of(utc("2026-12-27T10:00:00Z")), week("2026-W53"));
        assert_eq!(zone(-12).week_of(utc("2026-12-28T11:59:59Z")), week("2026-W52"));
    }

    #[test]
    fn a_span_is_monday_to_monday_at_local_midnight() {
        let span = zone(-6).span(week("2026-W53"));
        assert_eq!(span.start, utc("2026-12-28T06:00:00Z"));
        assert_eq!(span.end, utc("2027-01-04T06:00:00Z"));
        assert_eq!(span.end - span.start, 7 * 24 * 3600);
        // Consecutive weeks tile time with no gap and no overlap.
        let calendar = zone(5);
        let mut w = week("2026-W50");
        for _ in 0..6 {
            assert_eq!(calendar.span(w).end, calendar.span(w.next()).start);
            assert_eq!(calendar.week_of(calendar.span(w).start), w);
            assert_eq!(calendar.week_of(calendar.span(w).end - 1), w);
            w = w.next();
        }
    }

    #[test]
    fn the_computers_own_zone_agrees_with_itself() {
        let calendar = Calendar::Local;
        let w = calendar.week_of(utc("2026-11-25T12:00:00Z"));
        let span = calendar.span(w);
        assert_eq!(calendar.week_of(span.start), w);
        assert_eq!(calendar.week_of(span.end - 1), w);
        assert_eq!(calendar.week_of(span.end), w.next());
    }
}
