//! Making and choosing profiles on a shared computer.

use crate::api::service::profile;
use crate::api::views::{profile_view, NewProfile, ProfileView};
use crate::api::{AppError, AppService};
use crate::progress::fields::{self, NICKNAME_MAX_CHARS};
use crate::progress::NewProfileRow;
use crate::Locale;

impl AppService {
    pub fn list_profiles(&self) -> Result<Vec<ProfileView>, AppError> {
        self.with_store(|s| Ok(s.profiles()?.iter().map(profile_view).collect()))
    }

    pub fn create_profile(&self, new: NewProfile) -> Result<ProfileView, AppError> {
        let row = validate_profile(new)?;
        self.with_store(|s| Ok(profile_view(&s.create_profile(&row)?)))
    }

    pub fn set_profile_locale(&self, profile_id: i64, locale: Locale) -> Result<ProfileView, AppError> {
        self.with_store(|s| {
            profile(s, profile_id)?;
            Ok(profile_view(&s.set_profile_locale(profile_id, locale)?))
        })
    }
}

/// A nickname is enough: short, printable, and never required to be a real name.
pub(super) fn validate_nickname(nickname: &str) -> Result<String, AppError> {
    let nickname = nickname.trim().to_owned();
    let chars = nickname.chars().count();
    if chars == 0 {
        return Err(AppError::NicknameEmpty {});
    }
    if chars > NICKNAME_MAX_CHARS {
        return Err(AppError::NicknameTooLong { max: NICKNAME_MAX_CHARS as u32 });
    }
    if nickname.chars().any(char::is_control) {
        return Err(AppError::NicknameInvalid {});
    }
    Ok(nickname)
}

fn validate_profile(new: NewProfile) -> Result<NewProfileRow, AppError> {
    let nickname = validate_nickname(&new.nickname)?;
    let avatar = fields::avatar(&new.avatar).ok_or(AppError::AvatarInvalid {})?;
    Ok(NewProfileRow { nickname, avatar: avatar.to_owned(), band: new.band, locale: new.locale })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AgeBand;

    fn new(nickname: &str, avatar: &str) -> NewProfile {
        NewProfile { nickname: nickname.into(), avatar: avatar.into(), band: AgeBand::Kids, locale: Locale::EsMx }
    }

    #[test]
    fn nicknames_are_trimmed_and_bounded() {
        assert_eq!(validate_profile(new("  Ajolote  ", "🦎")).unwrap().nickname, "Ajolote");
        assert_eq!(validate_profile(new("   ", "🦎")).unwrap_err(), AppError::NicknameEmpty {});
        let long = "a".repeat(NICKNAME_MAX_CHARS + 1);
        assert_eq!(validate_profile(new(&long, "🦎")).unwrap_err(), AppError::NicknameTooLong { max: 24 });
        // Counted in characters, not bytes.
        assert!(validate_profile(new(&"ñ".repeat(NICKNAME_MAX_CHARS), "🦎")).is_ok());
        assert_eq!(validate_profile(new("a\u{7}b", "🦎")).unwrap_err(), AppError::NicknameInvalid {});
    }

    #[test]
    fn avatars_are_emoji() {
        assert_eq!(validate_profile(new("Ana", "")).unwrap_err(), AppError::AvatarInvalid {});
        assert_eq!(validate_profile(new("Ana", "javascript:")).unwrap_err(), AppError::AvatarInvalid {});
        assert!(validate_profile(new("Ana", "🐙")).is_ok());
    }
}
