//! Writes a teacher's computer into a folder, for measuring the app from
//! outside (bench/measure-app.mjs): a progress file whose class of 45 has done
//! every quiz of every lesson ten times, and the adult area's PIN.
//!
//!     cargo run --release -p ciberescudo-core --example teacher_computer -- <folder> <pin>

#[path = "../benches/support/mod.rs"]
mod support;

use std::path::PathBuf;

use ciberescudo_core::api::AppService;
use ciberescudo_core::classroom::class;
use ciberescudo_core::i18n::Localizer;
use ciberescudo_core::progress::Store;
use ciberescudo_core::{AgeBand, Locale};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(pin)) = (args.next().map(PathBuf::from), args.next()) else {
        eprintln!("usage: teacher_computer <folder> <pin>");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    let database = dir.join("progress.sqlite3");
    let catalog = support::catalog();
    {
        let store = Store::open(&database).expect("a new progress file");
        let class = class::create_class(&store, "5° B", "2026-2027").unwrap();
        class::add_roster(&store, class.id, &support::roster(), AgeBand::Kids, Locale::EsMx).unwrap();
        support::do_quizzes(&store, &catalog, class.id, 10, catalog.lessons().len());
    }
    let service = AppService::new(catalog, Localizer::embedded(), database, Locale::EsMx);
    assert!(service.startup().store_error.is_none());
    service.set_adult_pin(&pin, &pin).expect("a valid PIN");
    service.close_store();
}
