//! Files the adult exports or imports, through the system's dialogs: where
//! to save, which file or folder to read. The window itself gets no dialog
//! or file-system permission; these commands are the only way to a file.
//!
//! Under WebDriver no native dialog can be answered, so two variables that
//! only tests set stand in for them: `CIBERESCUDO_SAVE_DIR` (save there,
//! under the suggested name) and `CIBERESCUDO_OPEN_PATH` (the file or
//! folder to read).

use std::path::{Path, PathBuf};

use ciberescudo_core::api::AppError;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// A file read for an import: its name (to name it in messages) and its bytes.
pub type ReadFile = (String, Vec<u8>);

pub const SAVE_DIR_ENV: &str = "CIBERESCUDO_SAVE_DIR";
pub const OPEN_PATH_ENV: &str = "CIBERESCUDO_OPEN_PATH";

/// Saves `bytes` where the adult chooses; `Ok(None)` when they cancel.
pub fn save_as(app: &AppHandle, suggested_name: &str, bytes: &[u8]) -> Result<Option<PathBuf>, AppError> {
    let Some(path) = choose_save_path(app, suggested_name) else { return Ok(None) };
    write(&path, bytes)?;
    Ok(Some(path))
}

/// Saves `bytes` next to a file saved a moment ago.
pub fn save_beside(first: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, AppError> {
    let path = first.with_file_name(name);
    write(&path, bytes)?;
    Ok(path)
}

/// The name of a saved file, for the screen.
pub fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Written beside the target and renamed over it, so a full disk or a
/// pulled USB stick never leaves half a file under the chosen name.
fn write(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let partial = path.with_extension("partial");
    let written = std::fs::write(&partial, bytes).and_then(|()| std::fs::rename(&partial, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        tracing::warn!(kind = ?e.kind(), "export not saved");
        AppError::SaveFailed {}
    })
}

fn choose_save_path(app: &AppHandle, suggested_name: &str) -> Option<PathBuf> {
    if let Some(dir) = test_path(SAVE_DIR_ENV) {
        return Some(dir.join(suggested_name));
    }
    app.dialog().file().set_file_name(suggested_name).blocking_save_file().and_then(|p| p.into_path().ok())
}

/// One JSON file the adult picks: (its name, its bytes); `Ok(None)` on cancel.
pub fn pick_json_file(app: &AppHandle) -> Result<Option<ReadFile>, AppError> {
    let path = match test_path(OPEN_PATH_ENV) {
        Some(path) => Some(path),
        None => app.dialog().file().add_filter("JSON", &["json"]).blocking_pick_file().and_then(|p| p.into_path().ok()),
    };
    let Some(path) = path else { return Ok(None) };
    Ok(Some(read(&path)?))
}

/// Every `.json` file of a folder the adult picks, by name; `Ok(None)` on cancel.
pub fn pick_json_folder(app: &AppHandle) -> Result<Option<Vec<ReadFile>>, AppError> {
    let dir = match test_path(OPEN_PATH_ENV) {
        Some(path) => Some(path),
        None => app.dialog().file().blocking_pick_folder().and_then(|p| p.into_path().ok()),
    };
    let Some(dir) = dir else { return Ok(None) };
    let entries = std::fs::read_dir(&dir).map_err(|_| AppError::OpenFailed {})?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
        .collect();
    paths.sort();
    paths.iter().map(|p| read(p)).collect::<Result<Vec<_>, _>>().map(Some)
}

fn read(path: &Path) -> Result<ReadFile, AppError> {
    // A progress file of a whole class is a few hundred kilobytes; refuse
    // anything absurd before reading it into memory.
    const MAX_BYTES: u64 = 64 * 1024 * 1024;
    let too_big = std::fs::metadata(path).map(|m| m.len() > MAX_BYTES).unwrap_or(false);
    if too_big {
        return Err(AppError::FileNotOurs { file: file_name(path) });
    }
    let bytes = std::fs::read(path).map_err(|_| AppError::OpenFailed {})?;
    Ok((file_name(path), bytes))
}

fn test_path(variable: &str) -> Option<PathBuf> {
    std::env::var_os(variable).filter(|v| !v.is_empty()).map(PathBuf::from)
}
