//! The class as spreadsheets: one row per learner and lesson, and one per
//! question with how hard it was. Written with the `csv` crate so that it
//! opens cleanly in Excel and LibreOffice set to Mexican Spanish: UTF-8 with
//! a byte-order mark, CRLF line ends, numbers as plain numbers (a share as a
//! whole percent, never "50%"), dates as ISO `YYYY-MM-DD`, and every text
//! cell guarded against formula injection (OWASP: a cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`).
//! Columns: docs/class-files.md.

use super::report::{ClassMatrix, QuestionStats, Standing};
use crate::content::Choice;
use crate::i18n::Localizer;
use crate::Locale;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// `grupo-5-b-turno-matutino-2026-11-30.csv`: what the file holds (a word
/// in the teacher's language), the class, and today's date.
pub fn file_name(what: &str, class_name: &str) -> String {
    format!("{what}-{}-{}.csv", super::class::file_slug(class_name), super::dates::today())
}

/// Text a spreadsheet will never run as a formula.
pub fn guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

fn header(w: &mut csv::Writer<Vec<u8>>, i18n: &Localizer, locale: Locale, ids: &[&str]) {
    let names: Vec<String> = ids.iter().map(|id| i18n.format(locale, &format!("csv-{id}"), &[])).collect();
    w.write_record(&names).expect("writing to memory cannot fail");
}

/// One row per learner × lesson.
pub fn class_csv(matrix: &ClassMatrix, i18n: &Localizer, locale: Locale) -> Vec<u8> {
    let mut w = writer();
    header(
        &mut w,
        i18n,
        locale,
        &[
            "learner",
            "band",
            "lesson-id",
            "lesson",
            "topic",
            "status",
            "best-score",
            "questions",
            "best-percent",
            "quiz-attempts",
            "activities-done",
            "last-activity",
        ],
    );
    for (learner, row) in matrix.learners.iter().zip(&matrix.cells) {
        for (lesson, cell) in matrix.lessons.iter().zip(row) {
            let status = match cell.standing {
                Standing::NotStarted => "not-started",
                Standing::InProgress => "in-progress",
                Standing::Done { .. } => "done",
            };
            let (best, percent) = match cell.standing {
                Standing::Done { score, total } => {
                    (score.to_string(), (f64::from(score) * 100.0 / f64::from(total.max(1))).round().to_string())
                }
                _ => (String::new(), String::new()),
            };
            let record = [
                guard(&learner.nickname),
                learner.band.tag(),
                lesson.id.clone(),
                guard(lesson.title.get(locale)),
                guard(&i18n.format(locale, &format!("topic-{}", lesson.topic), &[])),
                i18n.format(locale, &format!("csv-status-{status}"), &[]),
                best,
                lesson.questions.len().to_string(),
                percent,
                cell.quiz_attempts.to_string(),
                cell.activities.len().to_string(),
                cell.last_activity.map(super::dates::local_date).unwrap_or_default(),
            ];
            w.write_record(&record).expect("writing to memory cannot fail");
        }
    }
    finish(w)
}

/// One row per question answered, hardest first.
pub fn hardest_csv(stats: &[QuestionStats], i18n: &Localizer, locale: Locale) -> Vec<u8> {
    let mut w = writer();
    header(
        &mut w,
        i18n,
        locale,
        &[
            "lesson-id",
            "lesson",
            "question",
            "learners-answered",
            "right-first-try",
            "right-percent",
            "most-chosen-wrong",
            "chosen-by",
        ],
    );
    for s in stats {
        let question = s.lesson.question(&s.question_id).expect("stats name questions of their lesson");
        let option_text = |id: &str| {
            let choice: &Choice = question.option(id).expect("stats name options of their question");
            match &choice.text {
                Some(text) => text.get(locale).clone(),
                None => i18n.format(locale, &format!("quiz-option-{id}"), &[]),
            }
        };
        let (wrong, by) = match &s.most_chosen_wrong {
            Some((id, n)) => (guard(&option_text(id)), n.to_string()),
            None => (String::new(), String::new()),
        };
        let record = [
            s.lesson.id.clone(),
            guard(s.lesson.title.get(locale)),
            guard(question.prompt.get(locale)),
            s.learners_answered.to_string(),
            s.right_first_try.to_string(),
            (s.share_right() * 100.0).round().to_string(),
            wrong,
            by,
        ];
        w.write_record(&record).expect("writing to memory cannot fail");
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_defused() {
        for risky in ["=1+1", "+52 55", "-3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard(risky), format!("'{risky}"));
        }
        for safe in ["Ana", "5° B", "", "ñandú", "1+1"] {
            assert_eq!(guard(safe), safe);
        }
    }
}
