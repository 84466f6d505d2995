// For screens that re-fetch (e.g. after a language switch): apply only the answer
// to the most recent request, so a slow older answer never overwrites a newer one.
import { type CommandError, toAppError } from "./ipc";

export function latestOnly<T>(apply: (value: T) => void, fail: (error: CommandError) => void) {
  let latest = 0;
  return async (request: Promise<T>): Promise<void> => {
    const mine = ++latest;
    try {
      const value = await request;
      if (mine === latest) apply(value);
    } catch (error) {
      if (mine === latest) fail(toAppError(error));
    }
  };
}
