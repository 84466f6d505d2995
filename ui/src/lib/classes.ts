// What the class screens work out from a class view: which lesson columns the
// filters leave, the band to start with, and which profiles can still join the class.
import { BANDS } from "./bands";
import type { AgeBand, CellView, LessonColumn, ProfileView, Topic } from "./bindings";

export type BandFilter = AgeBand | "all";
export type TopicFilter = Topic | "all";

/**
 * The band most of the class's learners have, to show their lessons first; "all" when
 * the class has no learners yet or no band has more learners than every other.
 */
export function usualBand(learners: readonly ProfileView[]): BandFilter {
  const counts = BANDS.map((band) => learners.filter((l) => l.band === band).length);
  const most = Math.max(0, ...counts);
  if (most === 0 || counts.filter((n) => n === most).length > 1) return "all";
  return BANDS[counts.indexOf(most)];
}

/** The topics of these lessons, once each, in curriculum order. */
export function topicsOf(lessons: readonly LessonColumn[]): Topic[] {
  return [...new Set(lessons.map((l) => l.topic))];
}

/** The bands of these lessons, youngest first. */
export function bandsOf(lessons: readonly LessonColumn[]): AgeBand[] {
  return BANDS.filter((band) => lessons.some((l) => l.band === band));
}

/** The positions of the lessons the filters leave; a learner's cells are at the same positions. */
export function visibleLessons(lessons: readonly LessonColumn[], topic: TopicFilter, band: BandFilter): number[] {
  return lessons.flatMap((l, i) => ((topic === "all" || l.topic === topic) && (band === "all" || l.band === band) ? [i] : []));
}

/** Whether a learner has touched a lesson at all. */
export function started(cell: CellView): boolean {
  return cell.standing.state !== "notStarted" || cell.quizAttempts > 0 || cell.activitiesDone > 0;
}

/**
 * The profiles of this computer that are not in the class: the ones an adult can add,
 * or match (a learner made them by hand) to the class's roster learner.
 */
export function outsiders(profiles: readonly ProfileView[], members: readonly ProfileView[]): ProfileView[] {
  return profiles.filter((p) => !members.some((m) => m.id === p.id));
}
