//! Errors as the UI receives them: a Fluent message id from
//! `locales/*/errors.ftl` and its arguments, so the UI shows them in the
//! learner's language.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use crate::progress::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppError {
    pub key: String,
    pub args: BTreeMap<String, String>,
}

impl AppError {
    pub fn new(key: &str) -> AppError {
        AppError { key: key.to_owned(), args: BTreeMap::new() }
    }

    pub fn with(mut self, name: &str, value: impl ToString) -> AppError {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.key)?;
        for (k, v) in &self.args {
            write!(f, " {k}={v:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::Corrupt { path } => AppError::new("error-database-corrupt").with("path", path.display()),
            StoreError::TooNew { path, .. } => AppError::new("error-database-too-new").with("path", path.display()),
            StoreError::Unavailable { path, .. } => AppError::new("error-database-unavailable").with("path", path.display()),
            StoreError::NotFound => AppError::new("error-not-found"),
            StoreError::Sqlite(e) => {
                // The detail goes to the log for whoever maintains the computer;
                // the learner gets a calm sentence.
                tracing::error!(error = %e, "database error");
                AppError::new("error-database")
            }
        }
    }
}
