// The adult area's rules as the screens need them (the Rust side enforces them:
// crates/core/src/classroom/pin.rs and crates/core/src/api/use_cases/adult.rs).
import { type CommandError, toAppError } from "./ipc";

/** A PIN is 4 to 8 digits. */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

/** Minutes without use after which the Rust side closes the area. */
export const AREA_IDLE_MINUTES = 5;

/** How often an open area asks whether it is still open, so it never stays on screen after closing. */
export const AREA_CHECK_MS = 30_000;

/** How many daily backups of the progress file the Rust side keeps (KEEP_BACKUPS). */
export const BACKUPS_KEPT = 7;

/** What the door says when the area closed by itself. */
export const AREA_CLOSED: CommandError = { key: "error-adult-area-closed", args: {} };

/** Whether an adult-only command failed because the area is closed (left idle, or never opened). */
export function isAreaClosed(error: CommandError): boolean {
  return error.key === "error-adult-area-closed";
}

/**
 * What an adult command failed with, to show next to what the adult did; or null when
 * the area had closed, after handing that to `onclosed` (the door takes over).
 */
export function problemOf(failure: unknown, onclosed: (error: CommandError) => void): CommandError | null {
  const error = toAppError(failure);
  if (!isAreaClosed(error)) return error;
  onclosed(error);
  return null;
}
