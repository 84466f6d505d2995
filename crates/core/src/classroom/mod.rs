//! Teacher mode's domain: the adult area's PIN, classes across the lab, and
//! the files that carry them on a USB stick.

pub mod class;
pub mod csv_export;
pub mod dates;
mod envelope;
pub mod files;
pub mod pin;
pub mod report;

pub use envelope::FileError;
