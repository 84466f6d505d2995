//! `ciberescudo class …` across two computers' data folders: the class file
//! to the lab, the progress file back, and refusals that name the file.

use std::path::Path;
use std::process::{Command, Output};

use ciberescudo_core::classroom::class;
use ciberescudo_core::progress::{Store, DATABASE_FILE};
use ciberescudo_core::{AgeBand, Locale};
use tempfile::TempDir;

/// Tests in this file run one at a time. A test that spawns the command
/// forks this process; for that instant the child holds copies of every
/// open file, among them another test's progress-file lock, so that test's
/// own command could find its file "in use". (Between the app and the
/// command, two separate programs, this cannot happen.)
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn ciberescudo(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ciberescudo"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("LANG", "es_MX.UTF-8")
        .env("LC_ALL", "es_MX.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn store(dir: &TempDir) -> Store {
    Store::open(&dir.path().join(DATABASE_FILE)).unwrap()
}

#[test]
fn a_class_goes_to_the_lab_and_its_progress_comes_back() {
    let _serial = one_at_a_time();
    let (teacher, lab, usb) = (TempDir::new().unwrap(), TempDir::new().unwrap(), TempDir::new().unwrap());
    {
        let t = store(&teacher);
        let c = class::create_class(&t, "5° B", "2026-2027").unwrap();
        class::add_roster(&t, c.id, &["Ana".to_string(), "Beto".to_string()], AgeBand::Kids, Locale::EsMx).unwrap();
        let (name, bytes) = class::class_file(&t, c.id).unwrap();
        std::fs::write(usb.path().join(name), bytes).unwrap();
    }
    drop(store(&lab)); // the lab computer has run the app once

    let class_file = usb.path().join("ciberescudo-class-5-b.json");
    let imported = ciberescudo(lab.path(), &["class", "import", class_file.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", out(&imported));
    assert!(out(&imported).contains("Grupo «5° B» listo en esta computadora: 2 estudiantes nuevos"), "{}", out(&imported));

    // Ana does a quiz on the lab computer.
    {
        let l = store(&lab);
        let ana = l.profiles().unwrap().into_iter().find(|p| p.nickname == "Ana").unwrap();
        let a = l.start_attempt(ana.id, "passwords-8-11", 2).unwrap();
        l.record_answer(a.id, "q1", &["a".into()], true).unwrap();
        l.record_answer(a.id, "q2", &["b".into()], false).unwrap();
        l.finish_attempt(ana.id, a.id, 1).unwrap();
    }
    let exported = ciberescudo(lab.path(), &["class", "export-progress", "5° B", "--to", usb.path().to_str().unwrap()]);
    assert!(exported.status.success(), "{}", out(&exported));

    // The teacher imports the whole stick: the class file is skipped as not a progress file, the progress counted once.
    let first = ciberescudo(teacher.path(), &["class", "import-progress", usb.path().to_str().unwrap()]);
    assert!(out(&first).contains("se agregaron 1 cuestionario, 2 respuestas y 0 actividades"), "{}", out(&first));
    assert!(out(&first).contains("ciberescudo-class-5-b.json no es un archivo de Ciberescudo de este tipo"), "{}", out(&first));
    assert!(!first.status.success(), "a refused file makes the command fail");
    let progress: Vec<_> = std::fs::read_dir(usb.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("ciberescudo-progress-"))
        .collect();
    assert_eq!(progress.len(), 1);
    let again = ciberescudo(teacher.path(), &["class", "import-progress", progress[0].to_str().unwrap()]);
    assert!(again.status.success());
    assert!(out(&again).contains("se agregaron 0 cuestionarios, 0 respuestas y 0 actividades"), "{}", out(&again));

    let listed = ciberescudo(teacher.path(), &["class", "list"]);
    assert!(out(&listed).contains("5° B (2026-2027): 2 estudiantes"), "{}", out(&listed));

    // The same spreadsheets the app saves.
    let sheets = TempDir::new().unwrap();
    let csv = ciberescudo(teacher.path(), &["class", "export-csv", "5° B", "--to", sheets.path().to_str().unwrap()]);
    assert!(csv.status.success(), "{}", out(&csv));
    let mut names: Vec<String> =
        std::fs::read_dir(sheets.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("grupo-5-b-") && names[1].starts_with("preguntas-dificiles-5-b-"), "{names:?}");
    let class_csv = std::fs::read_to_string(sheets.path().join(&names[0])).unwrap();
    assert!(class_csv.starts_with("\u{feff}Estudiante,Edad,"), "{class_csv}");
    let ana_row = class_csv.split("\r\n").find(|l| l.starts_with("Ana,8-11,passwords-8-11,")).unwrap();
    assert!(ana_row.contains(",Terminada,1,"), "{ana_row}");
}

#[test]
fn an_edited_progress_file_is_refused_by_name_and_nothing_is_imported() {
    let _serial = one_at_a_time();
    let (teacher, lab, usb) = (TempDir::new().unwrap(), TempDir::new().unwrap(), TempDir::new().unwrap());
    let (class_bytes, path) = {
        let t = store(&teacher);
        let c = class::create_class(&t, "6° A", "2026-2027").unwrap();
        class::add_roster(&t, c.id, &["Ana".to_string()], AgeBand::Kids, Locale::EsMx).unwrap();
        (class::class_file(&t, c.id).unwrap().1, usb.path().join("edited.json"))
    };
    let l = store(&lab);
    class::import_class_file(&l, &class_bytes, Locale::EsMx).unwrap();
    let ana = l.profiles().unwrap().remove(0);
    let a = l.start_attempt(ana.id, "passwords-8-11", 1).unwrap();
    l.record_answer(a.id, "q1", &["a".into()], false).unwrap();
    let (_, bytes) = class::progress_file(&l, 1, 1_790_000_000).unwrap();
    drop(l);
    let edited = String::from_utf8(bytes).unwrap().replacen(r#"\"correct\":false"#, r#"\"correct\":true "#, 1);
    std::fs::write(&path, edited).unwrap();

    let refused = ciberescudo(teacher.path(), &["class", "import-progress", path.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(out(&refused).contains("edited.json fue modificado después de exportarse. No se importó nada"), "{}", out(&refused));
    let t = store(&teacher);
    let ana_here = t.profiles().unwrap().remove(0);
    assert!(t.attempts(ana_here.id, "passwords-8-11").unwrap().is_empty());
}
