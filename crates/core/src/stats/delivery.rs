//! What a collector's answer means for a report in the outbox, and when a
//! report that did not get through is tried again.

use serde::{Deserialize, Serialize};

/// What went wrong with the statistics, in a closed vocabulary: stored in
/// the database, shown to the adult in words (`stats-problem-<tag>`), and
/// never the server's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::EnumIter)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SyncProblem {
    /// No network, no such server, or nothing listening.
    Unreachable,
    /// The server did not answer in time.
    Timeout,
    /// The server answered that it cannot take reports now (5xx, 429).
    ServerBusy,
    /// Something answered that is not a Ciberescudo collector.
    NotACollector,
    /// The collector has no campaign with this code (any more).
    CampaignUnknown,
    /// The campaign has ended and takes no more reports.
    CampaignClosed,
    /// The report's week is outside the campaign's dates.
    WeekOutsideCampaign,
    /// The report's week is too long ago (or, by the server's clock, ahead).
    WeekNotAccepted,
    /// The collector refused the report for another reason.
    ReportRefused,
}

impl SyncProblem {
    pub fn tag(self) -> &'static str {
        match self {
            SyncProblem::Unreachable => "unreachable",
            SyncProblem::Timeout => "timeout",
            SyncProblem::ServerBusy => "server-busy",
            SyncProblem::NotACollector => "not-a-collector",
            SyncProblem::CampaignUnknown => "campaign-unknown",
            SyncProblem::CampaignClosed => "campaign-closed",
            SyncProblem::WeekOutsideCampaign => "week-outside-campaign",
            SyncProblem::WeekNotAccepted => "week-not-accepted",
            SyncProblem::ReportRefused => "report-refused",
        }
    }

    /// A refusal: the report it concerns is never sent again.
    pub fn is_final(self) -> bool {
        !matches!(self, SyncProblem::Unreachable | SyncProblem::Timeout | SyncProblem::ServerBusy | SyncProblem::NotACollector)
    }

    pub fn from_tag(tag: &str) -> Option<SyncProblem> {
        use strum::IntoEnumIterator;
        SyncProblem::iter().find(|p| p.tag() == tag)
    }
}

/// What becomes of a report after one try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The collector has it (counted now, or counted before: a retry).
    Delivered,
    /// Try again later, with the same body and key.
    RetryLater(SyncProblem),
    /// The collector will never take it: show it to the adult, stop trying.
    Refused(SyncProblem),
}

impl Delivery {
    /// Reads a collector's answer: its status and the `status` (2xx) or
    /// `error` (4xx) field of its JSON body (`docs/report-format.md`). A 2xx
    /// without the collector's own word (a captive portal, a proxy's page)
    /// is not taken as delivered.
    pub fn from_answer(status: u16, code: Option<&str>) -> Delivery {
        let error_code = code;
        match status {
            200 | 201 if matches!(code, Some("counted" | "duplicate")) => Delivery::Delivered,
            200..=299 => Delivery::RetryLater(SyncProblem::NotACollector),
            408 => Delivery::RetryLater(SyncProblem::Timeout),
            429 | 500..=599 => Delivery::RetryLater(SyncProblem::ServerBusy),
            400..=499 => Delivery::Refused(match error_code {
                Some("unknown_campaign") => SyncProblem::CampaignUnknown,
                Some("campaign_closed") => SyncProblem::CampaignClosed,
                Some("week_outside_campaign") => SyncProblem::WeekOutsideCampaign,
                Some("week_not_accepted") => SyncProblem::WeekNotAccepted,
                Some(_) => SyncProblem::ReportRefused,
                // A 4xx without the collector's JSON: a proxy or another
                // server at this address. It may be fixed; keep the report.
                None => return Delivery::RetryLater(SyncProblem::NotACollector),
            }),
            // Redirects are not followed (a report goes where the adult
            // said, nowhere else) and other statuses mean the same.
            _ => Delivery::RetryLater(SyncProblem::NotACollector),
        }
    }
}

/// The first retry waits this long; each failure after that doubles it...
pub const FIRST_RETRY_SECS: i64 = 10 * 60;
/// ...up to this.
pub const LONGEST_RETRY_SECS: i64 = 12 * 60 * 60;

/// Seconds to wait after the `failures`-th failed try in a row (1 or more),
/// with "equal jitter": half the exponential delay, plus a random part of
/// the other half, so that a classroom of computers coming back online at
/// once do not all knock on the collector at the same second.
/// `random` is uniform in `[0, 1)`.
pub fn retry_delay(failures: u32, random: f64) -> i64 {
    let doublings = failures.saturating_sub(1).min(16);
    let delay = (FIRST_RETRY_SECS << doublings).min(LONGEST_RETRY_SECS);
    let random = if random.is_finite() { random.clamp(0.0, 1.0) } else { 0.0 };
    delay / 2 + ((delay / 2) as f64 * random) as i64
}

/// A random number in `[0, 1)` for the jitter.
pub fn random_unit() -> f64 {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        return 0.5;
    }
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_definite_refusal_stops_the_retries() {
        assert_eq!(Delivery::from_answer(201, Some("counted")), Delivery::Delivered);
        assert_eq!(Delivery::from_answer(200, Some("duplicate")), Delivery::Delivered);
        // A portal's or proxy's page is not the collector's word.
        assert_eq!(Delivery::from_answer(200, None), Delivery::RetryLater(SyncProblem::NotACollector));
        assert_eq!(Delivery::from_answer(200, Some("ok")), Delivery::RetryLater(SyncProblem::NotACollector));
        for status in [500, 502, 503, 504, 429] {
            assert_eq!(Delivery::from_answer(status, Some("busy")), Delivery::RetryLater(SyncProblem::ServerBusy));
        }
        assert_eq!(Delivery::from_answer(408, Some("timeout")), Delivery::RetryLater(SyncProblem::Timeout));
        assert_eq!(Delivery::from_answer(301, None), Delivery::RetryLater(SyncProblem::NotACollector));
        assert_eq!(Delivery::from_answer(404, None), Delivery::RetryLater(SyncProblem::NotACollector));
        assert_eq!(Delivery::from_answer(404, Some("unknown_campaign")), Delivery::Refused(SyncProblem::CampaignUnknown));
        assert_eq!(Delivery::from_answer(410, Some("campaign_closed")), Delivery::Refused(SyncProblem::CampaignClosed));
        assert_eq!(
            Delivery::from_answer(422, Some("week_outside_campaign")),
            Delivery::Refused(SyncProblem::WeekOutsideCampaign)
        );
        assert_eq!(Delivery::from_answer(422, Some("week_not_accepted")), Delivery::Refused(SyncProblem::WeekNotAccepted));
        assert_eq!(Delivery::from_answer(400, Some("malformed")), Delivery::Refused(SyncProblem::ReportRefused));
        assert_eq!(Delivery::from_answer(413, Some("too_large")), Delivery::Refused(SyncProblem::ReportRefused));
    }

    #[test]
    fn retries_back_off_exponentially_with_jitter_up_to_a_cap() {
        assert_eq!(retry_delay(1, 0.0), 300);
        assert_eq!(retry_delay(1, 0.999_999), 599);
        assert_eq!(retry_delay(2, 0.0), 600);
        assert_eq!(retry_delay(3, 0.5), 1200 + 600);
        // The cap holds however many failures, and the jitter stays in range.
        for failures in 8..200 {
            let low = retry_delay(failures, 0.0);
            let high = retry_delay(failures, 0.999);
            assert_eq!(low, LONGEST_RETRY_SECS / 2);
            assert!(high < LONGEST_RETRY_SECS && high > low);
        }
        assert_eq!(retry_delay(0, 0.0), 300);
        assert_eq!(retry_delay(5, f64::NAN), retry_delay(5, 0.0));
    }

    #[test]
    fn problems_round_trip_through_their_tags() {
        use strum::IntoEnumIterator;
        for problem in SyncProblem::iter() {
            assert_eq!(SyncProblem::from_tag(problem.tag()), Some(problem));
            let retried = matches!(Delivery::from_answer(503, None), Delivery::RetryLater(p) if p == problem)
                || matches!(problem, SyncProblem::Unreachable | SyncProblem::Timeout | SyncProblem::NotACollector);
            assert_eq!(problem.is_final(), !retried, "{problem:?}");
            assert_eq!(serde_json::to_value(problem).unwrap(), serde_json::json!(problem.tag()));
        }
        assert_eq!(SyncProblem::from_tag("nope"), None);
    }
}
