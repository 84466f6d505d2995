//! Where the app keeps its files. `CIBERESCUDO_DATA_DIR` overrides the
//! OS app-data directory, so tests (and a USB-stick install) can point the
//! app at a folder of their own.

use std::path::PathBuf;

use tauri::{AppHandle, Manager};

use ciberescudo_core::progress::{DATABASE_FILE, DATA_DIR_ENV};

pub struct AppDirs {
    pub database: PathBuf,
    pub logs: PathBuf,
}

impl AppDirs {
    pub fn resolve(app: &AppHandle) -> tauri::Result<AppDirs> {
        let (data, logs) = match std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            Some(dir) => {
                let dir = PathBuf::from(dir);
                (dir.clone(), dir.join("logs"))
            }
            None => (app.path().app_data_dir()?, app.path().app_log_dir()?),
        };
        Ok(AppDirs { database: data.join(DATABASE_FILE), logs })
    }
}
