//! What time it is, for everything that records progress or closes a week.
//!
//! One seam for tests: `CIBERESCUDO_TEST_CLOCK` (an RFC 3339 time) starts the
//! app's clock at that moment, and it runs on from there at its normal pace.
//! The end-to-end test of the campaign statistics uses it to do a week's
//! lessons "last week" and then see the week close; nothing else sets it.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Only tests set this. See the module documentation.
pub const TEST_CLOCK_ENV: &str = "CIBERESCUDO_TEST_CLOCK";

/// When the test clock started, if one was set: (its Unix seconds then, the
/// real instant then).
static TEST_START: OnceLock<Option<(i64, Instant)>> = OnceLock::new();

/// Seconds since the Unix epoch, by the app's clock.
pub fn now() -> i64 {
    match TEST_START.get_or_init(test_start) {
        Some((at, since)) => at + since.elapsed().as_secs() as i64,
        None => system_now(),
    }
}

fn system_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

fn test_start() -> Option<(i64, Instant)> {
    let text = std::env::var(TEST_CLOCK_ENV).ok()?;
    match parse(&text) {
        Some(at) => {
            tracing::warn!("the clock starts at {text} ({TEST_CLOCK_ENV}, for tests only)");
            Some((at, Instant::now()))
        }
        None => {
            tracing::warn!("{TEST_CLOCK_ENV} ignored: not an RFC 3339 time");
            None
        }
    }
}

fn parse(text: &str) -> Option<i64> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).ok().map(OffsetDateTime::unix_timestamp)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_rfc_3339_with_any_offset() {
        assert_eq!(super::parse("2026-11-25T12:00:00Z"), Some(1_795_608_000));
        assert_eq!(super::parse("2026-11-25T06:00:00-06:00"), Some(1_795_608_000));
        assert_eq!(super::parse("last tuesday"), None);
    }

    #[test]
    fn without_the_variable_it_is_the_system_clock() {
        // The test binary never sets it.
        assert!((super::now() - super::system_now()).abs() <= 1);
    }
}
