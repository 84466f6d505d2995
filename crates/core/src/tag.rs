//! Enums that travel as strings (in lesson files, over IPC, in SQLite
//! columns and as parts of Fluent ids) are spelled by serde alone: the
//! `#[serde(rename…)]` attributes on the enum are the one place that names
//! each value. `Display` and `FromStr` go through serde too, so a value is
//! written the same way everywhere and no enum has a hand-written parser.

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde::Serialize;

/// A string that names no value of the enum it was read as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value `{0}`")]
pub struct UnknownValue(pub String);

/// The serde name of a unit variant: `AgeBand::Kids` → `"8-11"`.
pub fn tag_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(tag)) => tag,
        other => unreachable!("a string enum serialises as a string, got {other:?}"),
    }
}

/// The variant serde reads from `tag`.
pub fn from_tag<T: DeserializeOwned>(tag: &str) -> Result<T, UnknownValue> {
    let deserializer: StrDeserializer<'_, ValueError> = tag.into_deserializer();
    T::deserialize(deserializer).map_err(|_| UnknownValue(tag.to_owned()))
}

/// `Display` and `FromStr` through serde, for enums of unit variants.
macro_rules! string_enum {
    ($($name:ty),+ $(,)?) => {$(
        impl $name {
            /// The value's name in files, over IPC and in the database.
            pub fn tag(self) -> String {
                $crate::tag::tag_of(&self)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::tag::tag_of(self))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::tag::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::tag::from_tag(s)
            }
        }
    )+};
}
pub(crate) use string_enum;
