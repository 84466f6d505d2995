//! Embeds every `locales/<lang>/*.ftl` file into the crate, so that the app
//! and the command line need no files beside them at run time.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../locales");
    let root = root.canonicalize().expect("locales/ exists at the repository root");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = Vec::new();
    for lang in fs::read_dir(&root).unwrap().filter_map(Result::ok).filter(|e| e.path().is_dir()) {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for file in fs::read_dir(lang.path()).unwrap().filter_map(Result::ok) {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                // Each file too: a directory's timestamp changes when a file is
                // added or removed, not when one is edited.
                println!("cargo:rerun-if-changed={}", path.display());
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                files.push((lang.file_name().to_string_lossy().into_owned(), name, path));
            }
        }
    }
    files.sort();

    let mut out = String::from("/// (language tag, file name, contents) of every file under `locales/`.\n");
    out.push_str("pub(crate) const LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in &files {
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locale_files.rs"), out).unwrap();
}
