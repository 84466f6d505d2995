//! The glossary and help-line files: the real ones are complete, and broken
//! copies are reported with file and line.

use std::fs;
use std::path::{Path, PathBuf};

use ciberescudo_core::content::{load_dir, Problem, ProblemKind};
use tempfile::TempDir;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

#[test]
fn the_reference_data_is_complete() {
    let catalog = load_dir(&content()).expect("valid content");
    assert!(catalog.glossary().len() >= 40, "the glossary has {} terms", catalog.glossary().len());
    assert!(!catalog.help().is_empty());
    for place in catalog.help() {
        assert!(place.source.starts_with("http"), "{} has no source", place.id);
        assert_eq!(place.checked.len(), 10, "{} has no check date", place.id);
        assert!(place.phone.is_some() || place.url.is_some(), "{} has no way to reach it", place.id);
    }
}

/// A content folder with one real lesson and copies of the real glossary and help files.
fn fixture() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let root = dir.path().to_owned();
    let copy = |rel: &str| {
        let to = root.join(rel);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(content().join(rel), to).unwrap();
    };
    for name in ["lesson.toml", "es-MX.toml", "en.toml", "plan.es-MX.toml", "plan.en.toml"] {
        copy(&format!("lessons/passwords-8-11/{name}"));
    }
    for name in ["terms.toml", "es-MX.toml", "en.toml"] {
        copy(&format!("glossary/{name}"));
    }
    for name in ["places.toml", "es-MX.toml", "en.toml"] {
        copy(&format!("help/{name}"));
    }
    (dir, root)
}

fn edit(path: &Path, f: impl FnOnce(&str) -> String) {
    let s = fs::read_to_string(path).unwrap();
    fs::write(path, f(&s)).unwrap();
}

fn line_of(path: &Path, needle: &str) -> usize {
    let s = fs::read_to_string(path).unwrap();
    s[..s.find(needle).unwrap()].matches('\n').count() + 1
}

fn problems(root: &Path) -> Vec<Problem> {
    load_dir(root).expect_err("the copy is broken")
}

#[test]
fn the_copies_load() {
    let (_dir, root) = fixture();
    let catalog = load_dir(&root).unwrap();
    assert_eq!(catalog.glossary().len(), load_dir(&content()).unwrap().glossary().len());
}

#[test]
fn a_term_without_english_text_is_reported_where_it_is_declared() {
    let (_dir, root) = fixture();
    let terms = root.join("glossary/terms.toml");
    let first_id = fs::read_to_string(&terms).unwrap().split('"').nth(1).unwrap().to_owned();
    let en = root.join("glossary/en.toml");
    edit(&en, |s| s.replacen(&format!("[terms.{first_id}]"), "[terms.renamed-term]", 1));
    let problems = problems(&root);
    let declared = line_of(&terms, &format!("\"{first_id}\""));
    assert!(
        problems.contains(&Problem {
            file: terms.clone(),
            line: declared,
            kind: ProblemKind::MissingText { what: "term", id: first_id.clone(), file: "en.toml".into() },
        }),
        "{problems:#?}"
    );
    assert!(
        problems.contains(&Problem {
            file: en.clone(),
            line: line_of(&en, "[terms.renamed-term]"),
            kind: ProblemKind::ExtraText { what: "term", id: "renamed-term".into() },
        }),
        "{problems:#?}"
    );
}

#[test]
fn forms_are_lowercase_and_unique() {
    let (_dir, root) = fixture();
    let es = root.join("glossary/es-MX.toml");
    edit(&es, |s| s.replacen("forms = [\"", "forms = [\"Mayúsculas\", \"", 1));
    let line = line_of(&es, "\"Mayúsculas\"");
    let problems = problems(&root);
    assert_eq!(problems, vec![Problem { file: es, line, kind: ProblemKind::BadForm { form: "Mayúsculas".into() } }]);
}

#[test]
fn help_places_need_a_well_formed_source_and_date() {
    let (_dir, root) = fixture();
    let places = root.join("help/places.toml");
    edit(&places, |s| {
        let s = s.replacen("checked = \"", "checked = \"21/11/2026\" # was \"", 1);
        s.replacen("source = \"", "source = \"not a url\" # was \"", 1)
    });
    let problems = problems(&root);
    assert!(
        problems.contains(&Problem {
            file: places.clone(),
            line: line_of(&places, "checked = \"21/11/2026\""),
            kind: ProblemKind::BadDate { date: "21/11/2026".into() },
        }),
        "{problems:#?}"
    );
    assert!(
        problems.contains(&Problem {
            file: places.clone(),
            line: line_of(&places, "source = \"not a url\""),
            kind: ProblemKind::BadUrl { url: "not a url".into() },
        }),
        "{problems:#?}"
    );
}

/// Puts `value` in place of the first `key = "..."` in `help/places.toml` and
/// returns what loading reports, with the line the value is on.
fn with_first(key: &str, value: &str) -> (PathBuf, usize, Vec<Problem>, TempDir) {
    let (dir, root) = fixture();
    let places = root.join("help/places.toml");
    let marker = format!("{key} = \"{value}\" # edited");
    edit(&places, |s| s.replacen(&format!("{key} = \""), &format!("{marker} was \""), 1));
    let line = line_of(&places, &marker);
    let problems = load_dir(&root).err().unwrap_or_default();
    (places, line, problems, dir)
}

#[test]
fn impossible_check_dates_are_reported_at_their_line() {
    for date in ["2026-02-31", "2026-02-29", "2026-04-31", "2026-11-00", "2026-00-21", "+2026-11-21"] {
        let (places, line, problems, _dir) = with_first("checked", date);
        assert_eq!(problems, vec![Problem { file: places, line, kind: ProblemKind::BadDate { date: date.into() } }], "{date}");
    }
}

#[test]
fn real_check_dates_load() {
    for date in ["2024-02-29", "2026-12-31", "2026-01-01"] {
        let (_, _, problems, _dir) = with_first("checked", date);
        assert_eq!(problems, vec![], "{date}");
    }
}

#[test]
fn urls_the_parser_refuses_are_reported_at_their_line() {
    for url in [
        // Also refused by the old prefix-and-spaces check. The last two are
        // spellings the URL parser would quietly repair.
        "https://exa mple.org",
        "https://",
        "ftp://example.org/",
        "https:example.org",
        "HTTPS://example.org",
        // Let through by the old check: credentials, no host, bad hosts and ports.
        "https://user:pw@x.org",
        "https://user@x.org/",
        "https://:443/",
        "https://#top",
        "https://exa%20mple.org",
        "https://exa<mple.org/",
        "https://[::1/",
        "https://example.org:99999/",
        "https://999.999.999.999/",
    ] {
        for key in ["source", "url"] {
            let (places, line, problems, _dir) = with_first(key, url);
            assert_eq!(
                problems,
                vec![Problem { file: places, line, kind: ProblemKind::BadUrl { url: url.into() } }],
                "{key} = {url:?}"
            );
        }
    }
}

#[test]
fn well_formed_urls_load() {
    for url in [
        "https://www.gob.mx/segob/prensa?id=1#inicio",
        "http://example.org",
        "https://example.org:8443/a%20b",
        "https://señal.example.mx/ayuda",
    ] {
        let (_, _, problems, _dir) = with_first("source", url);
        assert_eq!(problems, vec![], "{url}");
    }
}

#[test]
fn unknown_keys_in_reference_files_are_errors() {
    let (_dir, root) = fixture();
    let en = root.join("help/en.toml");
    edit(&en, |s| format!("{s}\n[places.bogus]\nname = \"x\"\ndescription = \"y\"\nphone = \"1\"\n"));
    let problems = problems(&root);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, en);
    assert!(matches!(&problems[0].kind, ProblemKind::Syntax { detail } if detail.contains("phone")), "{problems:#?}");
}

#[test]
fn every_help_place_says_what_its_source_supports() {
    let (_dir, root) = fixture();
    let es = root.join("help/es-MX.toml");
    let text = fs::read_to_string(&es).unwrap();
    let at = text.find("source_supports = ").expect("places say what their source supports");
    let end = at + text[at..].find('\n').unwrap() + 1;
    fs::write(&es, format!("{}{}", &text[..at], &text[end..])).unwrap();
    let problems = problems(&root);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, es);
    assert!(matches!(&problems[0].kind, ProblemKind::Syntax { detail } if detail.contains("source_supports")), "{problems:#?}");
}

#[test]
fn every_help_place_says_whom_it_serves() {
    for bad in ["33", "00", "9", "nacional", "Country", ""] {
        let (places, line, problems, _dir) = with_first("serves", bad);
        assert_eq!(
            problems,
            vec![Problem { file: places, line, kind: ProblemKind::UnknownServes { serves: bad.into() } }],
            "{bad}"
        );
    }
    for good in ["country", "world", "01", "09", "32"] {
        let (_places, _line, problems, _dir) = with_first("serves", good);
        assert_eq!(problems, vec![], "{good}");
    }
}
