// What the printable class report works out from a class view, all on this side: per
// lesson, how many learners finished, are on it, or have not started, and the average
// best score of those who finished; per learner, what they finished and what to
// practise next. A learner's page never looks at the other learners.
import type { CellView, ClassView, LearnerRow, LessonColumn } from "./bindings";

/** How many lessons a learner's page suggests next, at most. */
export const NEXT_LESSONS = 3;

/** How many of the hardest questions the report prints, at most. */
export const REPORT_HARDEST = 10;

export type LessonSummary = {
  lesson: LessonColumn;
  done: number;
  inProgress: number;
  notStarted: number;
  /** The average of the best scores of those who finished, 0 to 1; null when nobody has. */
  average: number | null;
};

/** Each shown lesson (positions into `view.lessons`), in that order, counted over every learner of the class. */
export function summarize(view: ClassView, shown: readonly number[]): LessonSummary[] {
  return shown.map((i) => {
    const cells = view.learners.map((row) => row.cells[i]);
    const ratios = cells.flatMap((cell) =>
      cell.standing.state === "done" ? [cell.standing.score / Math.max(cell.standing.total, 1)] : [],
    );
    return {
      lesson: view.lessons[i],
      done: ratios.length,
      inProgress: cells.filter((cell) => cell.standing.state === "inProgress").length,
      notStarted: cells.filter((cell) => cell.standing.state === "notStarted").length,
      average: ratios.length === 0 ? null : ratios.reduce((sum, r) => sum + r, 0) / ratios.length,
    };
  });
}

export type DoneLesson = { lesson: LessonColumn; score: number; total: number };

export type LearnerReport = {
  /** The lessons finished, of any age band, in curriculum order, each with its best score. */
  done: DoneLesson[];
  /** Up to NEXT_LESSONS lessons of the learner's own band not finished yet, in curriculum order. */
  next: LessonColumn[];
  /** How many lessons the learner's band has: all of them finished when `next` is empty and this is not 0. */
  ownLessons: number;
};

/** One learner's own progress, from their row alone (lessons in curriculum order, as the class view lists them). */
export function learnerReport(row: LearnerRow, lessons: readonly LessonColumn[]): LearnerReport {
  const done: DoneLesson[] = [];
  const next: LessonColumn[] = [];
  let ownLessons = 0;
  lessons.forEach((lesson, i) => {
    const cell: CellView | undefined = row.cells[i];
    const finished = cell?.standing.state === "done";
    if (cell?.standing.state === "done") {
      done.push({ lesson, score: cell.standing.score, total: cell.standing.total });
    }
    if (lesson.band === row.learner.band) {
      ownLessons += 1;
      if (!finished && next.length < NEXT_LESSONS) next.push(lesson);
    }
  });
  return { done, next, ownLessons };
}

/** Which encouraging sentence suits a learner's page. */
export function cheerFor(report: LearnerReport): "start" | "going" | "all-done" {
  if (report.ownLessons > 0 && report.next.length === 0) return "all-done";
  return report.done.length === 0 ? "start" : "going";
}

