//! Ciberescudo's desktop shell. It wires Tauri to `ciberescudo_core`:
//! where files live, logging, and one thin command per use case.

mod commands;
mod files;
mod javascript_engine;
mod logging;
mod paths;
mod signals;

use std::sync::Arc;

use ciberescudo_core::api::AppService;
use ciberescudo_core::content::Catalog;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::Locale;
use ciberescudo_sync::Syncer;
use tauri::Manager;

pub use javascript_engine::configure_before_any_thread;

/// The lessons, validated by build.rs when the app was compiled.
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

pub fn run() {
    tauri::Builder::default()
        // Used from Rust only (save dialogs); the window gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let dirs = paths::AppDirs::resolve(app.handle())?;
            let guard = logging::init(&dirs.logs);
            app.manage(guard);
            signals::quit_on_termination(app.handle());

            let catalog = Catalog::from_json(CATALOG_JSON).expect("build.rs wrote a valid catalog");
            let system_locale = Locale::from_system(sys_locale::get_locale().as_deref());
            tracing::info!(lessons = catalog.lessons().len(), "starting");
            let service = Arc::new(AppService::new(catalog, Localizer::embedded(), dirs.database, system_locale));
            std::thread::spawn({
                let service = Arc::clone(&service);
                move || service.open_early()
            });
            // Sends nothing and connects nowhere until an adult turns the
            // campaign statistics on; then delivers the outbox in the background.
            let syncer = Arc::new(Syncer::new(Arc::clone(&service)));
            tauri::async_runtime::spawn(Arc::clone(&syncer).run());
            app.manage(service);
            app.manage(syncer);
            Ok(())
        })
        // Every #[tauri::command] in commands.rs, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .build(tauri::generate_context!())
        .expect("error while building Ciberescudo")
        .run(|app, event| {
            // Tauri ends the process without dropping what it manages, so
            // the store would never close and its latest pages would stay in
            // the -wal file beside it, and the log writer's queue would be
            // lost. Closing checkpoints the pages into progress.sqlite3,
            // which is then complete on its own.
            if let tauri::RunEvent::Exit = event {
                if let Some(service) = app.try_state::<Arc<AppService>>() {
                    service.close_store();
                }
                // Then the log lines still queued, this one included, reach the file.
                tracing::info!("quit");
                if let Some(logs) = app.try_state::<logging::LogGuard>() {
                    logs.flush_and_stop();
                }
            }
        });
}
