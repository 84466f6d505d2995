//! The property runner's settings for the bad-input tests.
//!
//! Runs are deterministic: each test has a fixed seed, so the test command
//! tries the same cases on every machine and a failure comes back on the
//! next run. `PROPTEST_RNG_SEED=<n>` tries other cases and
//! `PROPTEST_CASES=<n>` more of them; a failure found that way is shrunk
//! and printed, and belongs in the test as a named case. Nothing is
//! persisted: a `.proptest-regressions` file written on a CI clone would be
//! lost anyway, and a fixed seed already replays every case.
#![allow(dead_code)]

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

/// A runner that tries `cases` cases (or `PROPTEST_CASES`) from `seed` (or
/// `PROPTEST_RNG_SEED`), persisting nothing.
pub fn runner(cases: u32, seed: u64) -> TestRunner {
    let defaults = Config::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() { defaults.cases } else { cases };
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() { defaults.rng_seed } else { RngSeed::Fixed(seed) };
    TestRunner::new(Config {
        cases,
        rng_seed,
        failure_persistence: None,
        // A failing case is shrunk within bounds: each case touches files.
        max_shrink_iters: 512,
        ..defaults
    })
}

/// Runs `test` on every case and panics with the smallest failing input.
pub fn check<S: Strategy>(mut runner: TestRunner, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    if let Err(failure) = runner.run(&strategy, test) {
        panic!("{failure}");
    }
}
