// The one door to the Rust side. `call` sends a command of the generated list
// (commands.ts) and resolves with its result, or rejects with a CommandError: the
// AppError the Rust side answered with, or the UI's own "unexpected" error when the
// call failed some other way (Tauri itself rejects with a plain string when, say, a
// command's arguments do not deserialize). It never rejects with anything else.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings";
import type { CommandName, Commands } from "./commands";

/** The UI's own message (app.ftl) for a failure that came without an AppError. */
export const UNEXPECTED_ERROR_KEY = "app-error-unexpected";

/** A failure the Rust side did not describe. */
export type UnexpectedError = { key: typeof UNEXPECTED_ERROR_KEY; args: Record<string, never> };

/** What a command rejects with. */
export type CommandError = AppError | UnexpectedError;

type ArgsOf<K extends AppError["key"]> = Extract<AppError, { key: K }>["args"];
type TypeName<T> = T extends string ? "string" : T extends number ? "number" : never;

/**
 * Every key of the generated AppError with its arguments and their runtime types.
 * The compiler checks it against bindings.ts: a missing or extra key, a missing or
 * extra argument, or an argument of another type does not compile.
 */
const APP_ERRORS: { [K in AppError["key"]]: { [A in keyof ArgsOf<K> & string]: TypeName<ArgsOf<K>[A]> } } = {
  "error-database-corrupt": { path: "string" },
  "error-database-too-new": { path: "string" },
  "error-database-unavailable": { path: "string" },
  "error-database-in-use": {},
  "error-database-not-open": {},
  "error-database": {},
  "error-backup-not-found": {},
  "error-backup-damaged": {},
  "error-backup-too-new": {},
  "error-database-not-damaged": {},
  "error-not-found": {},
  "error-profile-not-found": {},
  "error-lesson-not-found": {},
  "error-section-not-found": {},
  "error-question-not-found": {},
  "error-activity-not-found": {},
  "error-quiz-not-found": {},
  "error-quiz-finished": {},
  "error-quiz-incomplete": {},
  "error-invalid-answer": {},
  "error-nickname-empty": {},
  "error-nickname-too-long": { max: "number" },
  "error-nickname-invalid": {},
  "error-avatar-invalid": {},
  "error-pin-format": { min: "number", max: "number" },
  "error-pin-mismatch": {},
  "error-pin-already-set": {},
  "error-pin-not-set": {},
  "error-pin-wrong": { tries_left: "number" },
  "error-pin-locked": { seconds: "number", minutes: "number" },
  "error-adult-area-closed": {},
  "error-save-failed": {},
  "error-open-failed": {},
  "error-class-not-found": {},
  "error-match-not-allowed": {},
  "error-class-name-invalid": { max: "number" },
  "error-school-year-invalid": { max: "number" },
  "error-roster-line-invalid": { line: "number" },
  "error-file-not-ours": { file: "string" },
  "error-file-damaged": { file: "string" },
  "error-file-edited": { file: "string" },
  "error-file-too-new": { file: "string" },
  "error-file-unknown-class": { file: "string" },
  "error-stats-server-invalid": {},
  "error-stats-server-not-secure": {},
  "error-stats-campaign-invalid": {},
  "error-stats-state-invalid": {},
  "error-stats-server-unreachable": {},
  "error-stats-not-a-collector": {},
  "error-stats-campaign-unknown": {},
  "error-stats-campaign-not-open": {},
  "error-stats-report-not-found": {},
};

/** Every key of AppError, for checks (e.g. that each has a message in errors.ftl). */
export const APP_ERROR_KEYS = Object.keys(APP_ERRORS) as AppError["key"][];

/** The names of an AppError's arguments, as errors.ftl must use them. */
export function appErrorArgNames(key: AppError["key"]): string[] {
  return Object.keys(APP_ERRORS[key]);
}

/** Whether a value is an AppError as bindings.ts describes it: a known key, exactly its arguments. */
export function isAppError(value: unknown): value is AppError {
  if (typeof value !== "object" || value === null) return false;
  const { key, args } = value as { key?: unknown; args?: unknown };
  if (typeof key !== "string" || !Object.hasOwn(APP_ERRORS, key)) return false;
  if (typeof args !== "object" || args === null || Array.isArray(args)) return false;
  const expected: Record<string, string> = APP_ERRORS[key as AppError["key"]];
  const given = args as Record<string, unknown>;
  return (
    Object.keys(given).length === Object.keys(expected).length &&
    Object.entries(expected).every(([name, type]) => typeof given[name] === type)
  );
}

/** Anything a command rejected with, as a CommandError. */
export function toAppError(value: unknown): CommandError {
  return isAppError(value) ? value : { key: UNEXPECTED_ERROR_KEY, args: {} };
}

/** Runs a command: its result, or a rejection with a CommandError. */
export async function call<C extends CommandName>(command: C, args: Commands[C]["args"]): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}
