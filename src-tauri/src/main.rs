// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    ciberescudo_app::configure_before_any_thread();
    ciberescudo_app::run();
}
