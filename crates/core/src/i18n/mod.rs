//! Fluent bundles over `locales/`, the one place UI strings live. The UI
//! reads the same files with @fluent/bundle.

mod localizer;
pub mod parity;

pub use localizer::{Arg, Localizer};

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// The embedded `.ftl` files of one language, as (file name, contents).
pub fn embedded_files(locale: crate::Locale) -> impl Iterator<Item = (&'static str, &'static str)> {
    LOCALE_FILES.iter().filter(move |(lang, _, _)| *lang == locale.tag()).map(|(_, name, text)| (*name, *text))
}
