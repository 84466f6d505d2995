//! A bare Tauri app: one window, one static page, no commands.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("error while running the bare app");
}
