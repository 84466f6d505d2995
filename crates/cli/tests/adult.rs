//! `ciberescudo adult reset-pin`: the way out of a forgotten PIN, which needs
//! the computer's own account (its files), not the app.

use std::path::Path;
use std::process::{Command, Output};

use ciberescudo_core::classroom::pin;
use ciberescudo_core::progress::{NewProfileRow, Store, APP_IDENTIFIER, DATABASE_FILE};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

/// Tests in this file run one at a time. A test that spawns the command
/// forks this process; for that instant the child holds copies of every
/// open file, among them another test's progress-file lock, so that test's
/// own command could find its file "in use". (Between the app and the
/// command, two separate programs, this cannot happen.)
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn reset_pin(dir: &Path, lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ciberescudo"))
        .args(["adult", "reset-pin", "--data-dir"])
        .arg(dir)
        .env("LANG", lang)
        .env("LC_ALL", lang)
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

/// A progress file with one learner who has done something, and a PIN.
fn progress_with_pin(dir: &TempDir) -> i64 {
    let store = Store::open(&dir.path().join(DATABASE_FILE)).unwrap();
    let new = NewProfileRow { nickname: "Ajolote".into(), avatar: "🦎".into(), band: AgeBand::Kids, locale: Locale::EsMx };
    let id = store.create_profile(&new).unwrap().id;
    store.save_place(id, "passwords-8-11", "passphrases").unwrap();
    store.set_pin_hash(&pin::hash("2468")).unwrap();
    id
}

#[test]
fn the_pin_is_cleared_and_progress_stays() {
    let _serial = one_at_a_time();
    let dir = TempDir::new().unwrap();
    let id = progress_with_pin(&dir);

    let out = reset_pin(dir.path(), "es_MX.UTF-8");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Se borró el PIN"), "{out:?}");

    let store = Store::open(&dir.path().join(DATABASE_FILE)).unwrap();
    assert_eq!(store.pin().unwrap(), None);
    assert_eq!(store.profile(id).unwrap().nickname, "Ajolote");
    assert_eq!(store.place(id, "passwords-8-11").unwrap().as_deref(), Some("passphrases"));
    drop(store);

    // Again: nothing to clear, still a success, and said so.
    let again = reset_pin(dir.path(), "en_US.UTF-8");
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("There was no PIN"), "{again:?}");
}

#[test]
fn it_refuses_while_the_app_has_the_file_open() {
    let _serial = one_at_a_time();
    let dir = TempDir::new().unwrap();
    progress_with_pin(&dir);
    let app = Store::open(&dir.path().join(DATABASE_FILE)).unwrap();

    let out = reset_pin(dir.path(), "en_US.UTF-8");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Close it and run this command again"), "{out:?}");
    assert!(app.pin().unwrap().is_some(), "the PIN is untouched");
}

#[test]
fn a_folder_without_progress_is_named_and_left_alone() {
    let _serial = one_at_a_time();
    let dir = TempDir::new().unwrap();
    let out = reset_pin(dir.path(), "es_MX.UTF-8");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("No hay un archivo de avance"), "{out:?}");
    assert!(!dir.path().join(DATABASE_FILE).exists(), "no database is created");
}

#[test]
fn the_default_folder_is_the_apps_own() {
    let _serial = one_at_a_time();
    let conf = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/tauri.conf.json")).unwrap();
    let conf: serde_json::Value = serde_json::from_str(&conf).unwrap();
    assert_eq!(conf["identifier"], APP_IDENTIFIER);
}
