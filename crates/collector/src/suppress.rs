//! Small-cell suppression: the gate every figure passes before an organizer
//! can read it, on a page or in a CSV file.
//!
//! # The rules
//!
//! 1. **Small groups count in no figure.** A *group* is one week × age group
//!    × state (or "not given") of a campaign: the finest grid the collector
//!    keeps. A group with fewer lessons completed than the threshold (10 by
//!    default, never less) is [`is_small_group`], and is left out of every
//!    figure: every total, table, chart and file is computed as if it had
//!    never reported.
//! 2. **Every figure is [`publish`]`(value, threshold)`:** under the
//!    threshold, [`Published::Hidden`], shown as `<10`; otherwise the value
//!    rounded to the nearest multiple of 10, halves up (14 → 10, 15 → 20,
//!    1 234 → 1 230). This goes for every table cell, every total, every bar.
//! 3. **Everything derived comes from published figures only**: a
//!    percentage, the order of the "hardest questions", the height of a bar,
//!    whether a row is listed at all. Rows are either always listed (the four
//!    age groups, the 32 states and "not given", every week of the campaign)
//!    or listed when one of their published figures is a number (lessons,
//!    questions), so a row's presence says nothing the figures do not.
//!
//! # Why each rule
//!
//! *Hiding alone does not protect.* The dashboard shows a total next to its
//! parts, and the same counters under many filters. With exact figures,
//! `total − visible parts = hidden part`: `all ages − the other three`, or
//! `weeks 48–49 − week 48`, gives a hidden cell back to the unit. Rounding
//! every published figure (totals too) makes a single such subtraction
//! useless: each rounded term is off by up to ±5, as much as the whole hidden
//! range. The rounding is deterministic, so asking again gives the same
//! answer and there is no noise to average away.
//!
//! *Rounding alone does not protect either, against someone who knows the
//! rest.* Say a group holds `h` (0–9, hidden) and a figure adds it to other
//! counts worth `x`, which an attacker knows exactly (a teacher who is also
//! the organizer knows their own school's counts from the app). The figure
//! shows `round(x + h)`, which changes value at one point of 0–9 that
//! depends on `x mod 10`; the dashboard offers many figures holding the same
//! group (each counter, each lesson, each question, each filter), with many
//! different `x`, and together they split 0–9 into pieces that are often a
//! single value. No deterministic function of `x + h` can avoid this for
//! every `x` without being constant. So a small group must not be *in* any
//! figure at all: rule 1. Then what is published is the same whatever the
//! small group holds, and the organizers' test
//! `suppression_defeats_differencing` checks exactly that, over every filter
//! the page allows, for every value 0–9 of a hidden group (and that the
//! figures without these rules give it away).
//!
//! *Derived figures from published ones:* anything computed from the true
//! counts would be a second, sharper view of them; a percentage
//! `true_right / true_answered`, or a ranking by exact shares, lets exact
//! counts be worked back out.
//!
//! # What this costs and does not promise
//!
//! A small group's activity is missing from the totals: a campaign whose
//! learners are spread thinly (a few per state and week) shows less than it
//! had. That is the price of not being able to pick out a family or a small
//! class; the page says so. Within groups that are not small, a single
//! counter (one lesson, one question) can still be small; it is hidden or
//! rounded like every figure, but someone who knows everything else about
//! that group can narrow it down as above. Counts are of lessons, not of
//! people: a group over the threshold may still be few learners. This is not
//! a formal guarantee such as differential privacy; raising the `threshold`
//! setting widens both rules.

use std::fmt;

/// What an organizer may see of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Published {
    /// Under the threshold, which it carries: shown `<10`.
    Hidden(u32),
    /// At or over the threshold, rounded to the nearest 10 (halves up).
    Shown(i64),
}

/// How figures are rounded: to a multiple of this.
pub const ROUNDING: i64 = 10;

/// Whether a group (week × age group × state) with `lessons_completed`
/// lessons completed is left out of every figure.
pub fn is_small_group(lessons_completed: i64, threshold: u32) -> bool {
    lessons_completed < smallest_group(threshold)
}

/// The fewest lessons completed a group must hold to count in any figure;
/// the store leaves the others out of its sums (`Filter::smallest_group`).
pub fn smallest_group(threshold: u32) -> i64 {
    i64::from(threshold.max(crate::config::MIN_THRESHOLD))
}

/// The only way from a count to something an organizer sees.
pub fn publish(true_value: i64, threshold: u32) -> Published {
    // The configuration refuses thresholds under 10; a lower one here is a
    // programming error, and still never hides less than 10.
    let threshold = threshold.max(crate::config::MIN_THRESHOLD);
    if true_value < i64::from(threshold) {
        Published::Hidden(threshold)
    } else {
        Published::Shown((true_value + ROUNDING / 2) / ROUNDING * ROUNDING)
    }
}

impl Published {
    /// The number, if it is shown.
    pub fn shown(self) -> Option<i64> {
        match self {
            Published::Shown(value) => Some(value),
            Published::Hidden(_) => None,
        }
    }

    pub fn is_shown(self) -> bool {
        self.shown().is_some()
    }

    /// For heights and sums of published figures: a hidden one counts as 0.
    pub fn or_zero(self) -> i64 {
        self.shown().unwrap_or(0)
    }
}

impl fmt::Display for Published {
    /// As in a CSV cell: `1230` or `<10`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Shown(value) => write!(f, "{value}"),
            Published::Hidden(under) => write!(f, "<{under}"),
        }
    }
}

/// `part / whole` as a whole percent, from published figures only: `None`
/// when either is hidden or the whole is 0.
pub fn share(part: Published, whole: Published) -> Option<u32> {
    let (part, whole) = (part.shown()?, whole.shown()?);
    if whole <= 0 {
        return None;
    }
    // Rounding is monotonic, so a part never exceeds its whole once published either.
    let percent = (part.clamp(0, whole) * 100 + whole / 2) / whole;
    u32::try_from(percent).ok()
}

/// A bar's height out of `full`, from published figures only: hidden bars
/// and an all-hidden chart are flat.
pub fn bar_height(value: Published, tallest: i64, full: u32) -> u32 {
    if tallest <= 0 {
        return 0;
    }
    let height = (value.or_zero().clamp(0, tallest) * i64::from(full) + tallest / 2) / tallest;
    u32::try_from(height).unwrap_or(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_the_threshold_are_small() {
        assert!(is_small_group(0, 10) && is_small_group(9, 10));
        assert!(!is_small_group(10, 10));
        assert!(is_small_group(24, 25) && !is_small_group(25, 25));
        assert!(is_small_group(9, 3), "never under 10");
    }

    #[test]
    fn under_the_threshold_is_hidden() {
        for value in [-3, 0, 1, 5, 9] {
            assert_eq!(publish(value, 10), Published::Hidden(10), "{value}");
        }
        for value in [0, 10, 19, 24] {
            assert_eq!(publish(value, 25), Published::Hidden(25), "{value}");
        }
        assert_eq!(publish(25, 25), Published::Shown(30));
    }

    #[test]
    fn the_rest_is_rounded_to_the_nearest_ten_halves_up() {
        let cases =
            [(10, 10), (11, 10), (14, 10), (15, 20), (19, 20), (20, 20), (25, 30), (1234, 1230), (1235, 1240), (99_995, 100_000)];
        for (value, shown) in cases {
            assert_eq!(publish(value, 10), Published::Shown(shown), "{value}");
        }
    }

    #[test]
    fn the_threshold_never_goes_under_ten() {
        assert_eq!(publish(5, 3), Published::Hidden(10));
        assert_eq!(publish(9, 0), Published::Hidden(10));
        assert_eq!(publish(10, 0), Published::Shown(10));
    }

    #[test]
    fn publishing_is_monotonic() {
        // So a part (right answers) never shows more than its whole (answers).
        let mut last = publish(0, 10);
        for value in 1..2_000 {
            let now = publish(value, 10);
            assert!(last.or_zero() <= now.or_zero(), "{value}");
            last = now;
        }
    }

    #[test]
    fn shown_in_csv_and_text() {
        assert_eq!(Published::Hidden(10).to_string(), "<10");
        assert_eq!(Published::Shown(1230).to_string(), "1230");
    }

    #[test]
    fn shares_come_from_published_figures_only() {
        // True 14 of 15 would be 93 %; published 10 of 20 is 50 %.
        assert_eq!(share(publish(14, 10), publish(15, 10)), Some(50));
        assert_eq!(share(publish(20, 10), publish(20, 10)), Some(100));
        assert_eq!(share(publish(9, 10), publish(40, 10)), None);
        assert_eq!(share(publish(30, 10), publish(9, 10)), None);
        assert_eq!(share(Published::Shown(10), Published::Shown(30)), Some(33));
        assert_eq!(share(Published::Shown(20), Published::Shown(30)), Some(67));
    }

    #[test]
    fn bars_come_from_published_figures_only() {
        assert_eq!(bar_height(Published::Hidden(10), 100, 200), 0);
        assert_eq!(bar_height(Published::Shown(50), 100, 200), 100);
        assert_eq!(bar_height(Published::Shown(100), 100, 200), 200);
        assert_eq!(bar_height(Published::Shown(10), 0, 200), 0);
    }
}
