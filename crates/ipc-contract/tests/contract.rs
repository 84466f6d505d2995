//! The real command list agrees with everything derived from it: the UI's
//! generated calls are fresh and the capability files grant exactly the
//! commands. (The build script checks the capabilities again, so a release
//! build cannot ship a command the window may not call.)

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_ipc_contract::{check_capabilities, parse_commands, typescript};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn commands() -> Vec<ciberescudo_ipc_contract::Command> {
    let source = fs::read_to_string(root().join("src-tauri/src/commands.rs")).unwrap();
    parse_commands(&source).unwrap()
}

#[test]
fn the_ui_commands_file_is_fresh() {
    let path = root().join("ui/src/lib/commands.ts");
    let expected = typescript(&commands());
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        fs::write(&path, &expected).unwrap();
        return;
    }
    let actual = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is stale. Regenerate it with:\n  UPDATE_BINDINGS=1 cargo test -p ciberescudo-ipc-contract",
        path.display()
    );
}

#[test]
fn the_capabilities_grant_exactly_the_commands() {
    let dir = root().join("src-tauri/capabilities");
    let files: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect();
    assert!(!files.is_empty());
    let problems = check_capabilities(&commands(), files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_capability_that_drifts_is_caught() {
    let commands = commands();
    let first = ciberescudo_ipc_contract::permission(&commands[0].name);
    let rest: Vec<String> = commands[1..].iter().map(|c| ciberescudo_ipc_contract::permission(&c.name)).collect();
    let mut granted = rest.clone();
    granted.push("allow-launch-rockets".into());
    let json = serde_json::json!({ "permissions": granted }).to_string();
    let problems = check_capabilities(&commands, [("drift.json", json.as_str())]);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains(&first));
    assert!(problems[1].contains("allow-launch-rockets"));
}
