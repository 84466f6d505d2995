//! The two files a teacher carries on a USB stick.
//!
//! - The **class file** goes from the teacher to every lab computer: the
//!   class (uid, name, school year, signing key) and its learners (uid,
//!   nickname, avatar, band), so that a learner is the same learner on
//!   every computer. Sealed with a SHA-256 checksum against damage.
//! - A **progress file** comes back from each lab computer: everything the
//!   class's learners did there. Sealed with an HMAC-SHA256 under the
//!   class's key, so a file edited on the way is refused.
//!
//! Format: `docs/class-files.md`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::envelope::{self, FileError, Seal};
use crate::progress::fields::{self, CLASS_NAME_MAX_CHARS, NICKNAME_MAX_CHARS, SCHOOL_YEAR_MAX_CHARS};
use crate::progress::{ActivityRecord, AttemptRecord};

pub const CLASS_FORMAT: &str = "ciberescudo-class";
pub const PROGRESS_FORMAT: &str = "ciberescudo-progress";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassFile {
    pub class: ClassInfo,
    pub learners: Vec<LearnerInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassInfo {
    pub uid: Uuid,
    pub name: String,
    pub school_year: String,
    /// Hex of the key that signs the class's progress files.
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerInfo {
    pub uid: Uuid,
    pub nickname: String,
    pub avatar: String,
    pub band: crate::AgeBand,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressFile {
    pub class_uid: Uuid,
    /// The computer it came from (its progress database's random id).
    pub device: Uuid,
    /// Unix seconds.
    pub exported_at: i64,
    pub learners: Vec<LearnerProgress>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerProgress {
    pub learner: LearnerInfo,
    pub quiz_attempts: Vec<AttemptRecord>,
    pub activity_results: Vec<ActivityRecord>,
}

impl ClassFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        envelope::write(CLASS_FORMAT, VERSION, None, self, Seal::Checksum)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ClassFile, FileError> {
        // Without a key, an edit cannot be told from damage.
        let file: ClassFile = envelope::open(bytes, CLASS_FORMAT, VERSION)?.read(Seal::Checksum, FileError::Damaged)?;
        let well_formed = file.class.is_well_formed() && file.learners.iter().all(LearnerInfo::is_well_formed);
        well_formed.then_some(file).ok_or(FileError::Damaged)
    }
}

impl ClassInfo {
    /// As this app writes it: a name and a school year an adult could have
    /// typed, and a signing key of at least 128 bits.
    fn is_well_formed(&self) -> bool {
        is_exactly(&self.name, fields::short_text(&self.name, CLASS_NAME_MAX_CHARS))
            && is_exactly(&self.school_year, fields::short_text(&self.school_year, SCHOOL_YEAR_MAX_CHARS))
            && hex::decode(&self.key).is_ok_and(|key| key.len() >= 16)
    }
}

impl LearnerInfo {
    /// As this app writes it: a nickname and an avatar a profile could have.
    fn is_well_formed(&self) -> bool {
        is_exactly(&self.nickname, fields::short_text(&self.nickname, NICKNAME_MAX_CHARS))
            && is_exactly(&self.avatar, fields::avatar(&self.avatar))
    }
}

/// Whether the rules took `text` as it is (the app stores trimmed text only).
fn is_exactly(text: &str, accepted: Option<&str>) -> bool {
    accepted == Some(text)
}

impl ProgressFile {
    pub fn to_bytes(&self, key: &[u8]) -> Vec<u8> {
        envelope::write(PROGRESS_FORMAT, VERSION, Some(self.class_uid.to_string()), self, Seal::Hmac(key))
    }

    /// Reads a progress file; `key_of` gives the key of a class on this
    /// computer by its uid, or `None` if the class is not here.
    pub fn from_bytes(bytes: &[u8], key_of: impl FnOnce(Uuid) -> Option<Vec<u8>>) -> Result<ProgressFile, FileError> {
        let opened = envelope::open(bytes, PROGRESS_FORMAT, VERSION)?;
        let class_uid = opened.class.as_deref().and_then(|c| Uuid::parse_str(c).ok()).ok_or(FileError::Damaged)?;
        let key = key_of(class_uid).ok_or(FileError::UnknownClass)?;
        let file: ProgressFile = opened.read(Seal::Hmac(&key), FileError::Edited)?;
        // The class outside must be the class inside (the seal covers only the inside).
        if file.class_uid != class_uid {
            return Err(FileError::Edited);
        }
        // Signed by a computer of the class, so only a bug could get here.
        if !file.learners.iter().all(|l| l.learner.is_well_formed()) {
            return Err(FileError::Damaged);
        }
        Ok(file)
    }
}
