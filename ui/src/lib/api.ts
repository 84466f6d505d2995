// The only module that talks to the Rust side. Every function resolves with the
// command's result or rejects with an AppError (never with anything else).
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  AppError,
  Feedback,
  LessonCard,
  LessonView,
  Locale,
  NewProfile,
  Profile,
  QuizResult,
  QuizView,
  Startup,
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
