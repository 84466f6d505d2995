//! Validates `content/` with the same loader the CLI uses and embeds the
//! result. Invalid content stops the build with every problem listed.
//!
//! Also reads the one list of commands, `src/commands.rs`: each command
//! becomes a handler (`OUT_DIR/handler.rs`) and a permission
//! (`allow-<name>`), and the build stops if the capability files do not
//! grant exactly those permissions.

use std::path::Path;
use std::{env, fs};

use ciberescudo_core::content::load_dir;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::Locale;
use ciberescudo_ipc_contract as ipc;

fn main() {
    let content = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../content");
    let content = content.canonicalize().expect("content/ exists at the repository root");
    println!("cargo:rerun-if-changed={}", content.display());
    rerun_if_any_file_changes(&content);

    match load_dir(&content) {
        Ok(catalog) => {
            let out = Path::new(&env::var("OUT_DIR").unwrap()).join("catalog.json");
            fs::write(out, catalog.to_json()).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            let i18n = Localizer::embedded();
            for problem in &problems {
                println!("cargo:warning={}", i18n.problem(Locale::En, problem));
            }
            panic!("content/ has {} problem(s); run `cargo run -p ciberescudo-cli -- content check`", problems.len());
        }
    }

    // tauri-build keeps the names for the whole build; a build script may leak them.
    let names: &'static [&'static str] = Vec::leak(commands().into_iter().map(|c| &*String::leak(c)).collect());
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(names)))
        .expect("tauri build step");
}

/// Reads `src/commands.rs`, writes the handler list, checks the capabilities
/// and returns the command names.
fn commands() -> Vec<String> {
    let manifest = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).to_owned();
    let source_path = manifest.join("src/commands.rs");
    println!("cargo:rerun-if-changed={}", source_path.display());
    let source = fs::read_to_string(&source_path).expect("src/commands.rs exists");
    let commands = ipc::parse_commands(&source).unwrap_or_else(|e| panic!("{e}"));

    let capabilities = manifest.join("capabilities");
    println!("cargo:rerun-if-changed={}", capabilities.display());
    let files: Vec<(String, String)> = fs::read_dir(&capabilities)
        .expect("src-tauri/capabilities exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).expect("readable capability file")))
        .collect();
    let problems = ipc::check_capabilities(&commands, files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    if !problems.is_empty() {
        for problem in &problems {
            println!("cargo:warning={problem}");
        }
        panic!("the capability files disagree with src/commands.rs:\n{}", problems.join("\n"));
    }

    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("handler.rs");
    fs::write(out, ipc::handler_expression(&commands)).expect("OUT_DIR is writable");
    commands.into_iter().map(|c| c.name).collect()
}

/// Cargo only watches a directory's own entries; lessons are two levels down.
fn rerun_if_any_file_changes(dir: &Path) {
    for entry in fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok) {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            rerun_if_any_file_changes(&path);
        }
    }
}
