//! The dashboard's tables as CSV files, written like the teacher's class
//! export so that they open cleanly in Excel and LibreOffice set to Mexican
//! Spanish: UTF-8 with a byte-order mark, CRLF line ends, a header row in
//! the organizer's language, numbers as plain numbers, a hidden figure as
//! the text `<10`, and every text cell guarded against formula injection
//! (OWASP: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading `'`).
//!
//! Every file is made from a [`Dashboard`], the same published figures the
//! page shows.

use crate::i18n::Tr;
use crate::suppress::Published;

use super::view::{Dashboard, Figures};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The tables that can be downloaded, by their file name's stem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Weeks,
    Bands,
    States,
    Lessons,
    Questions,
}

impl Table {
    pub const ALL: [Table; 5] = [Table::Weeks, Table::Bands, Table::States, Table::Lessons, Table::Questions];

    pub fn stem(self) -> &'static str {
        match self {
            Table::Weeks => "weeks",
            Table::Bands => "bands",
            Table::States => "states",
            Table::Lessons => "lessons",
            Table::Questions => "questions",
        }
    }

    /// `weeks.csv` → `Weeks`.
    pub fn from_file_name(name: &str) -> Option<Table> {
        let stem = name.strip_suffix(".csv")?;
        Table::ALL.into_iter().find(|table| table.stem() == stem)
    }

    /// The message naming the table (the section's title on the page).
    pub fn title_id(self) -> &'static str {
        match self {
            Table::Weeks => "collector-by-week-title",
            Table::Bands => "collector-by-band-title",
            Table::States => "collector-by-state-title",
            Table::Lessons => "collector-by-lesson-title",
            Table::Questions => "collector-all-questions",
        }
    }
}

/// `ciberescudo-K7MD-Q4TW-weeks-2026-11-30.csv`.
pub fn file_name(code: &str, table: Table, today: time::Date) -> String {
    format!("ciberescudo-{code}-{}-{today}.csv", table.stem())
}

/// Text a spreadsheet will never run as a formula.
pub fn guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A published figure as a cell: a plain number, or the text `<10`.
fn cell(value: Published) -> String {
    value.to_string()
}

fn figures(f: &Figures) -> [String; 4] {
    [cell(f.completed), cell(f.quiz_attempts), cell(f.quiz_passed), cell(f.activities_done)]
}

const FIGURE_COLUMNS: [&str; 4] =
    ["collector-col-completed", "collector-col-quiz-attempts", "collector-col-quiz-passed", "collector-col-activities"];

/// One table of a dashboard, as the bytes of a CSV file.
pub fn table(dashboard: &Dashboard, table: Table, tr: Tr) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
    let mut row = |cells: Vec<String>| w.write_record(&cells).expect("writing to memory cannot fail");
    let header = |ids: &[&str]| ids.iter().map(|id| guard(&tr.s(id))).collect::<Vec<_>>();
    match table {
        Table::Weeks => {
            row(header(&["collector-col-week", "collector-col-week-starts", "collector-col-completed"]));
            for week in &dashboard.weeks {
                row(vec![guard(&week.week.to_string()), week.week.monday().to_string(), cell(week.completed)]);
            }
        }
        Table::Bands => {
            row([header(&["collector-col-band"]), header(&FIGURE_COLUMNS)].concat());
            for (band, f) in &dashboard.bands {
                row([vec![guard(&tr.band(band))], figures(f).to_vec()].concat());
            }
        }
        Table::States => {
            row([header(&["collector-col-state-code", "collector-col-state"]), header(&FIGURE_COLUMNS)].concat());
            for (place, f) in &dashboard.states {
                let code = match place {
                    crate::store::Place::State(state) => state.code(),
                    crate::store::Place::NotGiven => String::new(),
                };
                row([vec![code, guard(&tr.place(place))], figures(f).to_vec()].concat());
            }
        }
        Table::Lessons => {
            row([header(&["collector-col-lesson"]), header(&FIGURE_COLUMNS)].concat());
            for (lesson, f) in &dashboard.lessons {
                row([vec![guard(lesson)], figures(f).to_vec()].concat());
            }
        }
        Table::Questions => {
            row(header(&[
                "collector-col-lesson",
                "collector-col-question",
                "collector-col-answered",
                "collector-col-first-try-right",
                "collector-col-first-try-share",
            ]));
            for q in &dashboard.questions {
                row(vec![
                    guard(&q.lesson),
                    guard(&q.question),
                    cell(q.answered),
                    cell(q.first_try_right),
                    q.share.map(|s| s.to_string()).unwrap_or_default(),
                ]);
            }
        }
    }
    w.into_inner().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_defused() {
        for risky in ["=1+1", "+52 55", "-3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard(risky), format!("'{risky}"));
        }
        for safe in ["passwords-8-11", "Ciudad de México", "", "<10", "1+1"] {
            assert_eq!(guard(safe), safe);
        }
    }

    #[test]
    fn file_names_and_tables() {
        let day = time::macros::date!(2026 - 11 - 30);
        assert_eq!(file_name("K7MD-Q4TW", Table::Weeks, day), "ciberescudo-K7MD-Q4TW-weeks-2026-11-30.csv");
        assert_eq!(Table::from_file_name("questions.csv"), Some(Table::Questions));
        assert_eq!(Table::from_file_name("questions"), None);
        assert_eq!(Table::from_file_name("secrets.csv"), None);
    }
}
