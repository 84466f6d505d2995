//! What the desktop shell exposes to the UI: one service whose methods are
//! the app's use cases, and the plain data types that cross the IPC
//! boundary. Their TypeScript twins are generated (`bindings`).

pub mod bindings;
mod dto;
mod dto_activity;
mod error;
mod service;
mod service_activity;
mod views;
mod views_activity;

pub use dto::*;
pub use dto_activity::*;
pub use error::AppError;
pub use service::AppService;
