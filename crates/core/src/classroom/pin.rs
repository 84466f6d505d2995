//! The adult area's PIN: 4 to 8 digits, stored only as an argon2id hash
//! (RustCrypto's `argon2`, OWASP's recommended parameters by default), and a
//! growing wait after five wrong tries in a row.

use std::time::Duration;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 8;

/// Wrong tries in a row that cost nothing; after these, each one waits longer.
pub const FREE_TRIES: u32 = 5;
const FIRST_WAIT: Duration = Duration::from_secs(30);
const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);

/// Whether `pin` is 4 to 8 ASCII digits.
pub fn is_well_formed(pin: &str) -> bool {
    (MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// An argon2id PHC string for `pin`, with a fresh random salt.
pub fn hash(pin: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(pin.as_bytes(), &salt).expect("argon2 hashes any input with default parameters").to_string()
}

/// Whether `pin` matches a hash made by [`hash`]. A hash that does not
/// parse matches nothing.
pub fn verify(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok())
}

/// How long to wait after `failed` wrong tries in a row: nothing for the
/// first five, then 30 s, doubling with each further wrong try, up to 15 min.
pub fn wait_after(failed: u32) -> Duration {
    if failed < FREE_TRIES {
        return Duration::ZERO;
    }
    let doublings = (failed - FREE_TRIES).min(10);
    (FIRST_WAIT * 2u32.pow(doublings)).min(LONGEST_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_four_to_eight_digits() {
        assert!(is_well_formed("1234") && is_well_formed("12345678"));
        for bad in ["123", "123456789", "12a4", "", " 1234", "１２３４"] {
            assert!(!is_well_formed(bad), "{bad:?}");
        }
    }

    #[test]
    fn the_hash_is_argon2id_salted_and_never_the_pin() {
        let (a, b) = (hash("4826"), hash("4826"));
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "a fresh salt every time");
        assert!(!a.contains("4826"));
        assert!(verify("4826", &a) && verify("4826", &b));
        assert!(!verify("4827", &a));
        assert!(!verify("4826", "not a hash"));
    }

    #[test]
    fn waits_grow_after_five_wrong_tries_and_are_capped() {
        assert_eq!(wait_after(4), Duration::ZERO);
        assert_eq!(wait_after(5), Duration::from_secs(30));
        assert_eq!(wait_after(6), Duration::from_secs(60));
        assert_eq!(wait_after(7), Duration::from_secs(120));
        assert_eq!(wait_after(40), Duration::from_secs(900));
    }
}
