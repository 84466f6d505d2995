//! What a learner's nickname and avatar and a class's name and school year may
//! hold: one set of rules for what an adult types in the app and for what a
//! class or progress file brings from another computer. A class file is
//! sealed against damage only, so one edited by hand (and its checksum
//! recomputed) must not slip a 10,000-character "nickname" past the rules.

pub const NICKNAME_MAX_CHARS: usize = 24;
pub const CLASS_NAME_MAX_CHARS: usize = 60;
pub const SCHOOL_YEAR_MAX_CHARS: usize = 20;
/// An emoji, possibly of several code points (a skin tone, a ZWJ sequence).
const AVATAR_MAX_BYTES: usize = 32;

/// `text` trimmed, if that is not empty, at most `max` characters long and
/// holds no control characters (a line break would break a CSV row or a
/// screen's layout).
pub fn short_text(text: &str, max: usize) -> Option<&str> {
    let text = text.trim();
    let chars = text.chars().count();
    (chars > 0 && chars <= max && !text.chars().any(char::is_control)).then_some(text)
}

/// `avatar` trimmed, if it is an emoji picked on screen rather than free text:
/// short and with no ASCII at all (no letters, digits or markup).
pub fn avatar(avatar: &str) -> Option<&str> {
    let avatar = avatar.trim();
    let valid = !avatar.is_empty() && avatar.len() <= AVATAR_MAX_BYTES && !avatar.chars().any(|c| c.is_ascii() || c.is_control());
    valid.then_some(avatar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_trimmed_bounded_and_printable() {
        assert_eq!(short_text("  Ajolote ", NICKNAME_MAX_CHARS), Some("Ajolote"));
        assert_eq!(short_text(&"ñ".repeat(24), NICKNAME_MAX_CHARS).map(str::len), Some(48));
        assert_eq!(short_text(&"ñ".repeat(25), NICKNAME_MAX_CHARS), None);
        assert_eq!(short_text("   ", NICKNAME_MAX_CHARS), None);
        assert_eq!(short_text("Ana\nBeto", NICKNAME_MAX_CHARS), None);
        assert_eq!(short_text("Ana\u{7}", NICKNAME_MAX_CHARS), None);
    }

    #[test]
    fn an_avatar_is_an_emoji_not_text() {
        assert_eq!(avatar(" 🦎 "), Some("🦎"));
        assert_eq!(avatar("👩🏽‍🚀"), Some("👩🏽‍🚀"));
        assert_eq!(avatar("x"), None);
        assert_eq!(avatar("<b>"), None);
        assert_eq!(avatar(""), None);
        assert_eq!(avatar(&"🦎".repeat(9)), None);
    }
}
