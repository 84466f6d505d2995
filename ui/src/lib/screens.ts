// Where the learner is. The shell keeps one of these; screens ask to move.
export type Screen =
  | { name: "profiles" }
  | { name: "newProfile" }
  // The adult area: its PIN door, then managing the profiles. Reached only from the picker.
  | { name: "adult" }
  | { name: "home" }
  | { name: "lesson"; lessonId: string }
  | { name: "quiz"; lessonId: string }
  | { name: "result"; lessonId: string; attemptId: number }
  | { name: "review"; lessonId: string; attemptId: number }
  // Reference screens open from anywhere and go back to where they were opened.
  | { name: "glossary"; termId: string | null; back: Screen }
  | { name: "help"; back: Screen };

/** The screen a reference screen goes back to: never another reference screen. */
export function origin(screen: Screen): Screen {
  return screen.name === "glossary" || screen.name === "help" ? screen.back : screen;
}
