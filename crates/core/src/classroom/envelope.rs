//! The outer layer of the files that travel on a USB stick: a JSON object
//! naming its format and version, the content as one JSON string, and a seal
//! over that string's exact bytes (a SHA-256 checksum, or an HMAC-SHA256
//! with the class's key). Reading checks, in this order: that it is one of
//! our files at all, that its version is one this app knows, that it is
//! whole, and that the seal matches. Anything else is refused as a whole.

use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Why a file was refused. Each is a Fluent message `error-file-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "app", derive(strum::EnumIter))]
#[serde(rename_all = "kebab-case")]
pub enum FileError {
    /// Not a Ciberescudo file of this kind (another file, another kind of ours).
    #[error("not a Ciberescudo file of this kind")]
    NotOurs,
    /// Cut short or damaged on the way: it does not read as a whole.
    #[error("damaged or incomplete")]
    Damaged,
    /// The content does not match its seal: it was changed after export.
    #[error("changed after it was exported")]
    Edited,
    /// Made by a newer version of Ciberescudo.
    #[error("made by a newer version of Ciberescudo")]
    TooNew,
    /// A progress file of a class this computer does not have.
    #[error("belongs to a class that is not on this computer")]
    UnknownClass,
}

impl FileError {
    /// The Fluent id of the message, shared with the app's `AppError`.
    pub fn message_id(self) -> String {
        format!("error-file-{}", crate::tag::tag_of(&self))
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    /// The class a progress file belongs to; absent in class files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    class: Option<String>,
    content: String,
    seal: String,
}

/// How a file is sealed.
pub(crate) enum Seal<'k> {
    Checksum,
    Hmac(&'k [u8]),
}

impl Seal<'_> {
    fn of(&self, content: &[u8]) -> String {
        match self {
            Seal::Checksum => hex::encode(Sha256::digest(content)),
            Seal::Hmac(key) => {
                let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
                mac.update(content);
                hex::encode(mac.finalize().into_bytes())
            }
        }
    }

    fn matches(&self, content: &[u8], seal: &str) -> bool {
        match self {
            Seal::Checksum => self.of(content) == seal,
            Seal::Hmac(key) => {
                let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
                mac.update(content);
                // Constant-time comparison.
                hex::decode(seal).is_ok_and(|bytes| mac.verify_slice(&bytes).is_ok())
            }
        }
    }
}

pub(crate) fn write<T: Serialize>(format: &str, version: u32, class: Option<String>, value: &T, seal: Seal<'_>) -> Vec<u8> {
    let content = serde_json::to_string(value).expect("file content serialises");
    let seal = seal.of(content.as_bytes());
    let mut bytes =
        serde_json::to_vec_pretty(&Envelope { format: format.into(), version, class, content, seal }).expect("serialises");
    bytes.push(b'\n');
    bytes
}

/// The outside of a file: its format checked, its seal not yet.
pub(crate) struct Opened {
    pub class: Option<String>,
    content: String,
    seal: String,
}

pub(crate) fn open(bytes: &[u8], format: &str, version: u32) -> Result<Opened, FileError> {
    // Tell "not ours at all" from "ours but cut short": ours start with the envelope.
    let looks_ours = std::str::from_utf8(bytes).is_ok_and(|t| t.contains("\"format\"") && t.contains("ciberescudo-"));
    let envelope: Envelope = match serde_json::from_slice(bytes) {
        Ok(envelope) => envelope,
        Err(_) if looks_ours => return Err(FileError::Damaged),
        Err(_) => return Err(FileError::NotOurs),
    };
    if envelope.format != format {
        return Err(FileError::NotOurs);
    }
    if envelope.version > version {
        return Err(FileError::TooNew);
    }
    if envelope.version < version {
        // No older versions exist yet; an older one would be read here.
        return Err(FileError::Damaged);
    }
    Ok(Opened { class: envelope.class, content: envelope.content, seal: envelope.seal })
}

impl Opened {
    /// Checks the seal, then reads the content.
    pub(crate) fn read<T: DeserializeOwned>(self, seal: Seal<'_>, edited: FileError) -> Result<T, FileError> {
        if !seal.matches(self.content.as_bytes(), &self.seal) {
            return Err(edited);
        }
        serde_json::from_str(&self.content).map_err(|_| FileError::Damaged)
    }
}
