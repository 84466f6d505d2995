// The screens of a lesson: the reader with its activities, the quiz and its result.
// Shell.svelte loads them the first time a learner opens a lesson, so the code the
// profile screen waits for stays small (README, "How fast").
export { default as LessonReader } from "./LessonReader.svelte";
export { default as Quiz } from "./Quiz.svelte";
export { default as Result } from "./Result.svelte";
