//! The IPC contract between the desktop shell and the UI.
//!
//! `src-tauri/src/commands.rs` is the one list of commands: every
//! `#[tauri::command]` function there is a command. From it this crate
//! derives what must agree with it, so that nothing is written twice:
//!
//! - the handler list and the permission names (used by `src-tauri/build.rs`);
//! - the check that the capability files grant exactly those permissions;
//! - `ui/src/lib/commands.ts`, the UI's typed function per command and the
//!   `Commands` map that the UI tests' fake backend must implement.

mod parse;
mod typescript;

pub use parse::{parse_commands, Arg, Command, TsType};
pub use typescript::typescript;

use std::collections::BTreeSet;

/// The permission Tauri generates for a command: `allow-list-profiles`.
pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

/// `tauri::generate_handler![commands::a, commands::b, …]`, for `include!`.
pub fn handler_expression(commands: &[Command]) -> String {
    let paths: Vec<String> = commands.iter().map(|c| format!("commands::{}", c.name)).collect();
    format!("tauri::generate_handler![{}]", paths.join(", "))
}

/// Compares the `allow-*` permissions granted by the capability files (JSON
/// texts) with the commands. Returns one line per disagreement.
pub fn check_capabilities<'a>(
    commands: &[Command],
    capability_files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<String> {
    let expected: BTreeSet<String> = commands.iter().map(|c| permission(&c.name)).collect();
    let mut granted = BTreeSet::new();
    let mut problems = Vec::new();
    for (name, text) in capability_files {
        let json: serde_json::Value = match serde_json::from_str(text) {
            Ok(json) => json,
            Err(e) => {
                problems.push(format!("{name}: not valid JSON: {e}"));
                continue;
            }
        };
        for permission in json["permissions"].as_array().into_iter().flatten() {
            // A permission is a string or `{ "identifier": …, … }`.
            let id = permission.as_str().or_else(|| permission["identifier"].as_str()).unwrap_or_default();
            if id.starts_with("allow-") {
                granted.insert(id.to_owned());
            }
        }
    }
    for missing in expected.difference(&granted) {
        problems.push(format!("no capability grants `{missing}`: add it to a file in src-tauri/capabilities/"));
    }
    for unknown in granted.difference(&expected) {
        problems.push(format!("a capability grants `{unknown}`, which names no command in src-tauri/src/commands.rs"));
    }
    problems
}
