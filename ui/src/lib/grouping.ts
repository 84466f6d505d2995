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

/**
 * The topics whose every lesson for this band is done: the ones that earn the learner
 * a printable certificate. A topic with no lesson for the band earns none.
 */
export function finishedTopics(cards: readonly LessonCard[], band: AgeBand): Set<Topic> {
  const own = cards.filter((card) => card.band === band);
  return new Set(
    own
      .filter((card) => own.every((other) => other.topic !== card.topic || other.status.state === "done"))
      .map((card) => card.topic),
  );
}
