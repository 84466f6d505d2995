//! Validates `content/` with the same loader the CLI uses and embeds the
//! result. Invalid content stops the build with every problem listed.

use std::path::Path;
use std::{env, fs};

use ciberescudo_core::content::load_dir;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::Locale;

/// The commands the UI may call. Each becomes a permission (`allow-<name>`)
/// that `capabilities/default.json` grants; nothing else is reachable.
const COMMANDS: &[&str] = &[
    "startup",
    "list_profiles",
    "create_profile",
    "set_profile_locale",
    "list_lessons",
    "open_lesson",
    "save_place",
    "start_quiz",
    "quiz_view",
    "answer_question",
    "finish_quiz",
    "check_spot",
    "check_sort",
    "finish_story",
    "estimate_passphrase",
    "finish_passphrase_lab",
    "list_attempts",
    "quiz_result",
    "glossary",
    "help_places",
];

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

    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
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
