//! `ciberescudo content check`, run as a user would run it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository root exists")
}

/// The command with a fixed language: `lang` goes to both LANG and LC_ALL,
/// and the variables that would take precedence over them are removed.
fn ciberescudo(lang: &str) -> Command {
    ciberescudo_env(lang, lang)
}

fn ciberescudo_env(lang: &str, lc_all: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ciberescudo"));
    cmd.env("LANG", lang).env("LC_ALL", lc_all).env_remove("LANGUAGE").env_remove("LC_MESSAGES");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn lesson_count() -> usize {
    fs::read_dir(repo().join("content/lessons")).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count()
}

const ES_MX: &str = "es_MX.UTF-8";
const EN_US: &str = "en_US.UTF-8";

// ---------------------------------------------------------------------------
// The real content

#[test]
fn real_content_passes_in_spanish() {
    let out = run(ciberescudo(ES_MX).args(["content", "check"]).arg(repo().join("content")));
    assert_eq!(out.status.code(), Some(0), "stdout:\n{}\nstderr:\n{}", stdout(&out), stderr(&out));
    assert_eq!(stdout(&out), "");
    let n = lesson_count();
    assert!(n > 1, "the plural form is tested");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], format!("Se revisaron {n} lecciones: no hay problemas."));
    // The quizzes' balance, with figures.
    assert!(lines[1].starts_with("Opción única: la respuesta correcta es la opción más larga en "), "{err}");
    assert!(lines[2].starts_with("Verdadero o falso: «verdadero» es la respuesta correcta en "), "{err}");
    assert_eq!(lines.len(), 3, "{err}");
}

#[test]
fn real_content_passes_in_english() {
    let out = run(ciberescudo(EN_US).args(["content", "check"]).arg(repo().join("content")));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], format!("Checked {} lessons: no problems.", lesson_count()));
    assert!(lines[1].starts_with("Single choice: the right answer is the longest option in "), "{err}");
    assert!(lines[2].starts_with("True or false: \"true\" is the right answer in "), "{err}");
}

#[test]
fn links_lists_every_linked_phrase_with_its_term() {
    let out = run(ciberescudo(EN_US).args(["content", "check", "--links"]).arg(repo().join("content")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 100, "{text}");
    for line in &lines {
        let (lesson, rest) = line.split_once(' ').unwrap();
        assert!(repo().join("content/lessons").join(lesson).is_dir(), "{line}");
        assert!(rest.starts_with("es-MX: \"") || rest.starts_with("en: \""), "{line}");
        assert!(rest.contains("\" → "), "{line}");
    }
    // The fingerprint Take It Down computes is the image's hash, not the learner's digital footprint.
    assert!(lines.contains(&"strangers-15-17 es-MX: \"huella digital de la imagen\" → hash"), "{text}");
    assert!(lines.contains(&"rights-15-17 es-MX: \"huella digital de la imagen\" → hash"), "{text}");
}

#[test]
fn dir_defaults_to_content() {
    let out = run(ciberescudo(EN_US).current_dir(repo()).args(["content", "check"]));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stderr(&out).contains(&format!("Checked {} lessons", lesson_count())), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------
// Broken content

/// A copy of `content/` with two problems in `passwords-8-11`: an unknown
/// band (lesson.toml line 3) and a section in en.toml that lesson.toml lacks.
struct Broken {
    _tmp: TempDir,
    content: PathBuf,
    lesson: PathBuf,
}

/// A copy of `content/`, untouched.
fn copy_of_content() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let content = tmp.path().join("content");
    for entry in fs::read_dir(repo().join("content/lessons")).unwrap() {
        let from = entry.unwrap().path();
        if !from.is_dir() {
            continue;
        }
        let to = content.join("lessons").join(from.file_name().unwrap());
        fs::create_dir_all(&to).unwrap();
        for file in fs::read_dir(&from).unwrap() {
            let file = file.unwrap().path();
            fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
        }
    }
    (tmp, content)
}

fn broken() -> Broken {
    let (tmp, content) = copy_of_content();
    let lesson = content.join("lessons/passwords-8-11");
    let structure = fs::read_to_string(lesson.join("lesson.toml")).unwrap();
    assert_eq!(structure.lines().nth(2), Some("band = \"8-11\""));
    fs::write(lesson.join("lesson.toml"), structure.replacen("band = \"8-11\"", "band = \"9-12\"", 1)).unwrap();
    let mut en = fs::read_to_string(lesson.join("en.toml")).unwrap();
    en.push_str("\n[sections.bonus]\ntitle = \"Bonus\"\nbody = \"More.\"\n");
    fs::write(lesson.join("en.toml"), &en).unwrap();
    Broken { _tmp: tmp, content, lesson }
}

#[test]
fn quizzes_that_can_be_guessed_fail_the_check() {
    // Every true/false answer made "false": valid lessons, a guessable curriculum.
    let (_tmp, content) = copy_of_content();
    for entry in fs::read_dir(content.join("lessons")).unwrap() {
        let structure = entry.unwrap().path().join("lesson.toml");
        let text = fs::read_to_string(&structure).unwrap();
        fs::write(&structure, text.replace("answer = [\"true\"]", "answer = [\"false\"]")).unwrap();
    }
    let out = run(ciberescudo(EN_US).args(["content", "check"]).arg(&content));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("\"true\" is the right answer in 0 of "), "{err}");
    assert!(err.contains("The quizzes can be guessed without understanding"), "{err}");
}

impl Broken {
    fn bonus_line(&self) -> usize {
        let en = fs::read_to_string(self.lesson.join("en.toml")).unwrap();
        en.lines().position(|l| l == "[sections.bonus]").unwrap() + 1
    }
}

/// Splits `path:line: message`, checking the shape.
fn parse_line(line: &str) -> (PathBuf, usize, &str) {
    let (location, message) = line.split_once(": ").unwrap_or_else(|| panic!("no `: ` in {line:?}"));
    let (path, number) = location.rsplit_once(':').unwrap_or_else(|| panic!("no `:line` in {line:?}"));
    assert!(!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()), "{line:?}");
    assert!(!message.trim().is_empty(), "{line:?}");
    (PathBuf::from(path), number.parse().unwrap(), message)
}

#[test]
fn broken_content_fails_in_spanish_by_default() {
    let b = broken();
    let out = run(ciberescudo(ES_MX).args(["content", "check"]).arg(&b.content));
    assert_eq!(out.status.code(), Some(1), "stdout:\n{}\nstderr:\n{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{}:{}: La sección «bonus» no está en lesson.toml.", b.lesson.join("en.toml").display(), b.bonus_line()),
            format!(
                "{}:3: «9-12» no es un rango de edad; usa 8-11, 12-14, 15-17 o adults.",
                b.lesson.join("lesson.toml").display()
            ),
        ]
    );
    for line in &lines {
        let (path, number, _) = parse_line(line);
        assert!(path.starts_with(&b.lesson) && path.is_file(), "{line}");
        assert!(number >= 1);
    }
    assert_eq!(stderr(&out).trim_end(), "Se encontraron 2 problemas.");
}

#[test]
fn broken_content_fails_in_english() {
    let b = broken();
    let out = run(ciberescudo(EN_US).args(["content", "check"]).arg(&b.content));
    assert_eq!(out.status.code(), Some(1), "stdout:\n{}\nstderr:\n{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{}:{}: Section \"bonus\" is not in lesson.toml.", b.lesson.join("en.toml").display(), b.bonus_line()),
            format!(
                "{}:3: \"9-12\" is not an age band; use 8-11, 12-14, 15-17 or adults.",
                b.lesson.join("lesson.toml").display()
            ),
        ]
    );
    assert_eq!(stderr(&out).trim_end(), "Found 2 problems.");
}

#[test]
fn language_follows_lang_when_lc_all_is_empty() {
    let b = broken();
    let en = run(ciberescudo_env(EN_US, "").args(["content", "check"]).arg(&b.content));
    assert_eq!(en.status.code(), Some(1));
    assert!(stdout(&en).contains("is not an age band"), "{}", stdout(&en));
    let es = run(ciberescudo_env(ES_MX, "").args(["content", "check"]).arg(&b.content));
    assert!(stdout(&es).contains("no es un rango de edad"), "{}", stdout(&es));
}

#[test]
fn other_languages_get_spanish() {
    let b = broken();
    for lang in ["C", "C.UTF-8", "fr_FR.UTF-8", "POSIX"] {
        let out = run(ciberescudo(lang).args(["content", "check"]).arg(&b.content));
        assert_eq!(out.status.code(), Some(1), "{lang}");
        assert!(stdout(&out).contains("no es un rango de edad"), "{lang}: {}", stdout(&out));
        assert_eq!(stderr(&out).trim_end(), "Se encontraron 2 problemas.", "{lang}");
    }
}

#[test]
fn one_problem_uses_the_singular() {
    let b = broken();
    // Undo the extra section: only the band is left.
    let en = fs::read_to_string(b.lesson.join("en.toml")).unwrap();
    fs::write(b.lesson.join("en.toml"), en.replace("\n[sections.bonus]\ntitle = \"Bonus\"\nbody = \"More.\"\n", "")).unwrap();
    let out = run(ciberescudo(ES_MX).args(["content", "check"]).arg(&b.content));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert_eq!(stderr(&out).trim_end(), "Se encontró 1 problema.");
    let out = run(ciberescudo(EN_US).args(["content", "check"]).arg(&b.content));
    assert_eq!(stderr(&out).trim_end(), "Found 1 problem.");
}

#[test]
fn missing_dir_fails() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("nowhere");
    let out = run(ciberescudo(EN_US).args(["content", "check"]).arg(&dir));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    let (path, number, message) = parse_line(lines[0]);
    assert_eq!((path, number), (dir.join("lessons"), 1));
    assert!(message.starts_with("Could not read: "), "{message}");
}

#[test]
fn empty_lessons_dir_fails() {
    let tmp = TempDir::new().unwrap();
    fs::create_dir_all(tmp.path().join("lessons")).unwrap();
    let out = run(ciberescudo(ES_MX).args(["content", "check"]).arg(tmp.path()));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out).trim_end(),
        format!("{}:1: No hay ninguna carpeta de lección aquí.", tmp.path().join("lessons").display())
    );
}
