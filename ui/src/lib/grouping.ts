// Home screen grouping: one group per topic, each with the lesson for the profile's
// own band (if there is one) and the same topic's lessons for other ages. Topics and
// lessons keep the order the Rust side listed them in (own band first, then by band,
// in curriculum order), so topics with a lesson for the profile come first.
import type { AgeBand, LessonCard, Topic } from "./bindings";

export type TopicGroup = { topic: Topic; own: LessonCard | null; others: LessonCard[] };

export function groupByTopic(cards: readonly LessonCard[], ownBand: AgeBand): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const card of cards) {
    let group = groups.find((g) => g.topic === card.topic);
    if (!group) {
      group = { topic: card.topic, own: null, others: [] };
      groups.push(group);
    }
    if (card.band === ownBand && group.own === null) group.own = card;
    else group.others.push(card);
  }
  // Stable: topics with a lesson for the profile first, whatever order the cards came in.
  return [...groups.filter((g) => g.own !== null), ...groups.filter((g) => g.own === null)];
}
