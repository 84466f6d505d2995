// Home screen grouping: the profile's own band first, then each other band in the
// order the Rust side listed them. Lesson order within a band is kept.
import type { AgeBand, LessonCard } from "./bindings";

export type BandGroup = { band: AgeBand; lessons: LessonCard[] };

export function groupLessons(
  cards: readonly LessonCard[],
  ownBand: AgeBand,
): { own: BandGroup; others: BandGroup[] } {
  const own: BandGroup = { band: ownBand, lessons: [] };
  const others: BandGroup[] = [];
  for (const card of cards) {
    if (card.band === ownBand) {
      own.lessons.push(card);
      continue;
    }
    let group = others.find((g) => g.band === card.band);
    if (!group) {
      group = { band: card.band, lessons: [] };
      others.push(group);
    }
    group.lessons.push(card);
  }
  return { own, others };
}
