// The one error alert of the app: any screen may raise it; the shell shows it.
import type { CommandError } from "./ipc";

const state = $state<{ error: CommandError | null }>({ error: null });

export function currentError(): CommandError | null {
  return state.error;
}

export function showError(error: CommandError): void {
  state.error = error;
}

export function dismissError(): void {
  state.error = null;
}
