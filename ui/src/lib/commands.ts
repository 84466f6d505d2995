// Generated from src-tauri/src/commands.rs by crates/ipc-contract. Do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-ipc-contract

import type { AttemptView, Feedback, LessonCard, LessonView, Locale, NewProfile, PassphraseStrength, PlaceView, Placement, ProfileView, QuizResult, QuizView, SortResult, SpotResult, Startup, StoryResult, TermView } from "./bindings";
import { call } from "./ipc";

/** Every command the UI may call: its arguments and what it resolves with. */
export type Commands = {
  startup: { args: Record<string, never>; result: Startup };
  list_profiles: { args: Record<string, never>; result: ProfileView[] };
  create_profile: { args: { profile: NewProfile }; result: ProfileView };
  set_profile_locale: { args: { profileId: number; locale: Locale }; result: ProfileView };
  list_lessons: { args: { profileId: number }; result: LessonCard[] };
  open_lesson: { args: { profileId: number; lessonId: string }; result: LessonView };
  save_place: { args: { profileId: number; lessonId: string; sectionId: string }; result: null };
  start_quiz: { args: { profileId: number; lessonId: string }; result: QuizView };
  quiz_view: { args: { profileId: number; attemptId: number }; result: QuizView };
  answer_question: { args: { profileId: number; attemptId: number; questionId: string; chosen: string[] }; result: Feedback };
  finish_quiz: { args: { profileId: number; attemptId: number }; result: QuizResult };
  check_spot: { args: { profileId: number; lessonId: string; activityId: string; marked: string[] }; result: SpotResult };
  review_spot: { args: { profileId: number; lessonId: string; activityId: string; marked: string[] }; result: SpotResult };
  check_sort: { args: { profileId: number; lessonId: string; activityId: string; placed: Placement[] }; result: SortResult };
  review_sort: { args: { profileId: number; lessonId: string; activityId: string; placed: Placement[] }; result: SortResult };
  finish_story: { args: { profileId: number; lessonId: string; activityId: string; path: string[] }; result: StoryResult };
  estimate_passphrase: { args: { text: string }; result: PassphraseStrength };
  finish_passphrase_lab: { args: { profileId: number; lessonId: string; activityId: string; text: string }; result: PassphraseStrength };
  list_attempts: { args: { profileId: number; lessonId: string }; result: AttemptView[] };
  quiz_result: { args: { profileId: number; attemptId: number }; result: QuizResult };
  glossary: { args: { locale: Locale }; result: TermView[] };
  help_places: { args: { locale: Locale }; result: PlaceView[] };
};

export type CommandName = keyof Commands;

export const startup = () => call("startup", {});

export const listProfiles = () => call("list_profiles", {});

export const createProfile = (profile: NewProfile) => call("create_profile", { profile });

export const setProfileLocale = (profileId: number, locale: Locale) => call("set_profile_locale", { profileId, locale });

export const listLessons = (profileId: number) => call("list_lessons", { profileId });

export const openLesson = (profileId: number, lessonId: string) => call("open_lesson", { profileId, lessonId });

export const savePlace = (profileId: number, lessonId: string, sectionId: string) => call("save_place", { profileId, lessonId, sectionId });

export const startQuiz = (profileId: number, lessonId: string) => call("start_quiz", { profileId, lessonId });

export const quizView = (profileId: number, attemptId: number) => call("quiz_view", { profileId, attemptId });

export const answerQuestion = (profileId: number, attemptId: number, questionId: string, chosen: string[]) => call("answer_question", { profileId, attemptId, questionId, chosen });

export const finishQuiz = (profileId: number, attemptId: number) => call("finish_quiz", { profileId, attemptId });

/** Scores and records a spot-the-scam attempt. */
export const checkSpot = (profileId: number, lessonId: string, activityId: string, marked: string[]) => call("check_spot", { profileId, lessonId, activityId, marked });

/** The same result again (e.g. in another language); records nothing. */
export const reviewSpot = (profileId: number, lessonId: string, activityId: string, marked: string[]) => call("review_spot", { profileId, lessonId, activityId, marked });

/** Scores and records a sort-it attempt. */
export const checkSort = (profileId: number, lessonId: string, activityId: string, placed: Placement[]) => call("check_sort", { profileId, lessonId, activityId, placed });

/** The same result again (e.g. in another language); records nothing. */
export const reviewSort = (profileId: number, lessonId: string, activityId: string, placed: Placement[]) => call("review_sort", { profileId, lessonId, activityId, placed });

export const finishStory = (profileId: number, lessonId: string, activityId: string, path: string[]) => call("finish_story", { profileId, lessonId, activityId, path });

/** Pure and stateless: the text is estimated and dropped, never stored or logged. */
export const estimatePassphrase = (text: string) => call("estimate_passphrase", { text });

export const finishPassphraseLab = (profileId: number, lessonId: string, activityId: string, text: string) => call("finish_passphrase_lab", { profileId, lessonId, activityId, text });

export const listAttempts = (profileId: number, lessonId: string) => call("list_attempts", { profileId, lessonId });

export const quizResult = (profileId: number, attemptId: number) => call("quiz_result", { profileId, attemptId });

export const glossary = (locale: Locale) => call("glossary", { locale });

export const helpPlaces = (locale: Locale) => call("help_places", { locale });
