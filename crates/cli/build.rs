//! Embeds the validated lessons, as the desktop app does, so that
//! `ciberescudo class export-csv` names lessons and questions on a computer
//! that has no `content/` folder. (`content check` reads a folder instead.)

use std::path::Path;
use std::{env, fs};

fn main() {
    let content = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../content");
    let content = content.canonicalize().expect("content/ exists at the repository root");
    watch(&content);
    // Invalid content fails the desktop app's build with every problem listed;
    // here an empty catalog is embedded instead, so `content check` can still
    // be built and run to list those problems.
    let json = ciberescudo_core::content::load_dir(&content).map(|c| c.to_json()).unwrap_or_default();
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("catalog.json"), json).expect("OUT_DIR is writable");
}

/// Cargo only watches a directory's own entries; lessons are two levels down.
fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok) {
        if entry.path().is_dir() {
            watch(&entry.path());
        } else {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
}
