// The only module that talks to the Rust side. Every function resolves with the
// command's result or rejects with an AppError (never with anything else).
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  AppError,
  AttemptSummary,
  Feedback,
  LessonCard,
  LessonView,
  Locale,
  NewProfile,
  PassphraseStrength,
  Placement,
  PlaceView,
  Profile,
  QuizResult,
  QuizView,
  SortResult,
  SpotResult,
  Startup,
  StoryResult,
  TermView,
} from "./bindings";

/** Key shown when a command fails with something that is not an AppError. */
export const UNEXPECTED_ERROR_KEY = "app-error-unexpected";

function isAppError(value: unknown): value is AppError {
  if (typeof value !== "object" || value === null) return false;
  const { key, args } = value as { key?: unknown; args?: unknown };
  return typeof key === "string" && typeof args === "object" && args !== null;
}

export function toAppError(value: unknown): AppError {
  return isAppError(value) ? value : { key: UNEXPECTED_ERROR_KEY, args: {} };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

export const startup = () => call<Startup>("startup");

export const listProfiles = () => call<Profile[]>("list_profiles");

export const createProfile = (profile: NewProfile) =>
  call<Profile>("create_profile", { profile });

export const setProfileLocale = (profileId: number, locale: Locale) =>
  call<Profile>("set_profile_locale", { profileId, locale });

export const listLessons = (profileId: number) =>
  call<LessonCard[]>("list_lessons", { profileId });

export const openLesson = (profileId: number, lessonId: string) =>
  call<LessonView>("open_lesson", { profileId, lessonId });

export const savePlace = (profileId: number, lessonId: string, sectionId: string) =>
  call<null>("save_place", { profileId, lessonId, sectionId });

export const startQuiz = (profileId: number, lessonId: string) =>
  call<QuizView>("start_quiz", { profileId, lessonId });

export const quizView = (profileId: number, attemptId: number) =>
  call<QuizView>("quiz_view", { profileId, attemptId });

export const answerQuestion = (
  profileId: number,
  attemptId: number,
  questionId: string,
  chosen: string[],
) => call<Feedback>("answer_question", { profileId, attemptId, questionId, chosen });

export const finishQuiz = (profileId: number, attemptId: number) =>
  call<QuizResult>("finish_quiz", { profileId, attemptId });

/** Read-only: the result of a finished attempt, for reviewing it later. */
export const quizResult = (profileId: number, attemptId: number) =>
  call<QuizResult>("quiz_result", { profileId, attemptId });

/** The attempts at a lesson's quiz, newest first. */
export const listAttempts = (profileId: number, lessonId: string) =>
  call<AttemptSummary[]>("list_attempts", { profileId, lessonId });

/** `record` is false when only asking for the same result again, e.g. in another language. */
export const checkSpot = (profileId: number, lessonId: string, activityId: string, marked: string[], record: boolean) =>
  call<SpotResult>("check_spot", { profileId, lessonId, activityId, marked, record });

export const checkSort = (profileId: number, lessonId: string, activityId: string, placed: Placement[], record: boolean) =>
  call<SortResult>("check_sort", { profileId, lessonId, activityId, placed, record });

/** `path`: the choice ids from the start of the story to an ending. */
export const finishStory = (profileId: number, lessonId: string, activityId: string, path: string[]) =>
  call<StoryResult>("finish_story", { profileId, lessonId, activityId, path });

/** Pure: nothing is stored or logged on the Rust side. */
export const estimatePassphrase = (text: string) =>
  call<PassphraseStrength>("estimate_passphrase", { text });

/** Records only the score, never the text. */
export const finishPassphraseLab = (profileId: number, lessonId: string, activityId: string, text: string) =>
  call<PassphraseStrength>("finish_passphrase_lab", { profileId, lessonId, activityId, text });

/** Every glossary term, sorted by term in `locale`. */
export const glossary = (locale: Locale) => call<TermView[]>("glossary", { locale });

export const helpPlaces = (locale: Locale) => call<PlaceView[]>("help_places", { locale });
