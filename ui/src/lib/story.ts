// Walking a branching story ("What would you do?") along the choices made so far.
import type { ChoiceView, StepView, StoryView } from "./bindings";

/**
 * The step reached by following `path` (choice ids) from the start, with the choices
 * that could be followed. A choice that no longer fits (e.g. changed content) ends the walk.
 */
export function walk(story: StoryView, path: readonly string[]): { step: StepView; path: string[] } {
  let step = story.steps[0];
  const followed: string[] = [];
  for (const choiceId of path) {
    const choice = step.choices.find((c) => c.id === choiceId);
    const next = choice ? story.steps.find((s) => s.id === choice.to) : undefined;
    if (!choice || !next) break;
    followed.push(choiceId);
    step = next;
  }
  return { step, path: followed };
}

export function choiceOf(step: StepView, choiceId: string | null): ChoiceView | null {
  return step.choices.find((c) => c.id === choiceId) ?? null;
}
