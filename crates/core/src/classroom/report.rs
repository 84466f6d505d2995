//! The class view: who did what (a learners × lessons matrix) and which
//! questions were hard. Pure functions over the lessons and a class's
//! progress, so that the screen, the CSV export and the printed report all
//! say the same thing.

use std::collections::HashMap;

use crate::content::{Catalog, Lesson};
use crate::progress::{ClassProgress, Profile};

/// Where a learner stands with a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    NotStarted,
    InProgress,
    /// The best finished attempt.
    Done {
        score: u32,
        total: u32,
    },
}

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub standing: Standing,
    pub quiz_attempts: u32,
    /// The best result of each activity done, in the lesson's order.
    pub activities: Vec<ActivityBest>,
    /// Unix seconds of the last thing done, if anything.
    pub last_activity: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityBest {
    pub activity_id: String,
    pub score: u32,
    pub total: u32,
}

/// Learners (rows) × lessons (columns, in curriculum order).
#[derive(Debug, Clone, PartialEq)]
pub struct ClassMatrix<'c> {
    pub learners: Vec<Profile>,
    pub lessons: Vec<&'c Lesson>,
    /// `cells[learner][lesson]`.
    pub cells: Vec<Vec<Cell>>,
}

pub fn matrix<'c>(catalog: &'c Catalog, progress: &ClassProgress) -> ClassMatrix<'c> {
    let lessons: Vec<&Lesson> = catalog.lessons().iter().collect();
    let column: HashMap<&str, usize> = lessons.iter().enumerate().map(|(i, l)| (l.id.as_str(), i)).collect();
    let row: HashMap<i64, usize> = progress.members.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let empty = Cell { standing: Standing::NotStarted, quiz_attempts: 0, activities: Vec::new(), last_activity: None };
    let mut cells = vec![vec![empty; lessons.len()]; progress.members.len()];
    // Rows and columns of a learner's work with a lesson (one no longer in the catalog has none).
    let at = |profile: i64, lesson: &str| Some((*row.get(&profile)?, *column.get(lesson)?));

    for (profile, lesson, when) in &progress.places {
        if let Some((r, c)) = at(*profile, lesson) {
            started(&mut cells[r][c], *when);
        }
    }
    for a in &progress.attempts {
        let Some((r, c)) = at(a.profile_id, &a.lesson_id) else { continue };
        let cell = &mut cells[r][c];
        cell.quiz_attempts += 1;
        started(cell, a.finished_at.unwrap_or(a.started_at));
        if let (Some(_), Some(score)) = (a.finished_at, a.score) {
            let (score, total) = (score as u32, a.total as u32);
            let better = match cell.standing {
                Standing::Done { score: best, total: best_total } => {
                    u64::from(score) * u64::from(best_total.max(1)) > u64::from(best) * u64::from(total.max(1))
                }
                _ => true,
            };
            if better {
                cell.standing = Standing::Done { score, total };
            }
        }
    }
    for r in &progress.activities {
        let Some((row, column)) = at(r.profile_id, &r.lesson_id) else { continue };
        let cell = &mut cells[row][column];
        started(cell, r.finished_at);
        let (score, total) = (r.score as u32, r.total as u32);
        match cell.activities.iter_mut().find(|b| b.activity_id == r.activity_id) {
            Some(best) if best.score >= score => {}
            Some(best) => *best = ActivityBest { activity_id: r.activity_id.clone(), score, total },
            None => cell.activities.push(ActivityBest { activity_id: r.activity_id.clone(), score, total }),
        }
    }
    // Activities in the lesson's order.
    for row in &mut cells {
        for (cell, lesson) in row.iter_mut().zip(&lessons) {
            cell.activities.sort_by_key(|b| lesson.activities.iter().position(|a| a.id == b.activity_id));
        }
    }
    ClassMatrix { learners: progress.members.clone(), lessons, cells }
}

fn started(cell: &mut Cell, at: i64) {
    if cell.standing == Standing::NotStarted {
        cell.standing = Standing::InProgress;
    }
    cell.last_activity = Some(cell.last_activity.map_or(at, |last| last.max(at)));
}

/// How a question went on each learner's first try.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionStats<'c> {
    pub lesson: &'c Lesson,
    pub question_id: String,
    /// Learners who answered it (the denominator).
    pub learners_answered: u32,
    pub right_first_try: u32,
    /// The wrong option chosen most often on a first try, and by how many.
    pub most_chosen_wrong: Option<(String, u32)>,
}

impl QuestionStats<'_> {
    /// Share answered right on the first try, 0.0 to 1.0.
    pub fn share_right(&self) -> f64 {
        f64::from(self.right_first_try) / f64::from(self.learners_answered.max(1))
    }
}

/// Every question some learner answered, hardest first: the lowest share
/// right on the first try, then the most learners, then curriculum order.
pub fn hardest_questions<'c>(catalog: &'c Catalog, progress: &ClassProgress) -> Vec<QuestionStats<'c>> {
    let mut stats: Vec<QuestionStats> = Vec::new();
    let mut wrong: Vec<HashMap<&str, u32>> = Vec::new();
    let mut position: HashMap<(&str, &str), usize> = HashMap::new();
    for first in &progress.first_tries {
        let Some(lesson) = catalog.lesson(&first.lesson_id) else { continue };
        let Some(question) = lesson.question(&first.question_id) else { continue };
        let at = *position.entry((&first.lesson_id, &first.question_id)).or_insert_with(|| {
            stats.push(QuestionStats {
                lesson,
                question_id: question.id.clone(),
                learners_answered: 0,
                right_first_try: 0,
                most_chosen_wrong: None,
            });
            wrong.push(HashMap::new());
            stats.len() - 1
        });
        stats[at].learners_answered += 1;
        if first.correct {
            stats[at].right_first_try += 1;
        }
        for chosen in &first.wrong_choice {
            if question.option(chosen).is_some_and(|o| !o.right) {
                *wrong[at].entry(chosen.as_str()).or_default() += 1;
            }
        }
    }
    for (s, counts) in stats.iter_mut().zip(&wrong) {
        // Ties go to the option listed first, so the result never depends on hashing.
        let question = s.lesson.question(&s.question_id).expect("found above");
        s.most_chosen_wrong = question.options.iter().filter_map(|o| counts.get(o.id.as_str()).map(|n| (o.id.clone(), *n))).fold(
            None,
            |best: Option<(String, u32)>, (id, n)| match best {
                Some((_, m)) if m >= n => best,
                _ => Some((id, n)),
            },
        );
    }
    let order: HashMap<&str, usize> = catalog.lessons().iter().enumerate().map(|(i, l)| (l.id.as_str(), i)).collect();
    stats.sort_by(|a, b| {
        a.share_right()
            .total_cmp(&b.share_right())
            .then(b.learners_answered.cmp(&a.learners_answered))
            .then(order[a.lesson.id.as_str()].cmp(&order[b.lesson.id.as_str()]))
            .then_with(|| {
                let q = |s: &QuestionStats| s.lesson.questions.iter().position(|q| q.id == s.question_id);
                q(a).cmp(&q(b))
            })
    });
    stats
}
