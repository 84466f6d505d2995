//! Organizers' passwords, as argon2id hashes (PHC strings).

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// Passwords shorter than this are refused when an account is made.
pub const MIN_LENGTH: usize = 12;

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 with default parameters").to_string()
}

/// False for a wrong password and for a hash that cannot be read.
pub fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A hash to check against when the account does not exist, so that a
/// wrong name takes as long to refuse as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("not a password anyone has"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_are_argon2id_and_verify() {
        let hash = super::hash("correct horse battery");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(super::verify("correct horse battery", &hash));
        assert!(!super::verify("correct horse batterY", &hash));
        assert!(!super::verify("anything", "not a hash"));
    }
}
