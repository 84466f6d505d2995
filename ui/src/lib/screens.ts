// Where the learner is. The shell keeps one of these; screens ask to move.
export type Screen =
  | { name: "profiles" }
  | { name: "newProfile" }
  | { name: "home" }
  | { name: "lesson"; lessonId: string }
  | { name: "quiz"; lessonId: string }
  | { name: "result"; lessonId: string; attemptId: number };
