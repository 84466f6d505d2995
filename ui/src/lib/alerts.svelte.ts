// The one error alert of the app: any screen may raise it; the shell shows it.
import type { AppError } from "./bindings";

const state = $state<{ error: AppError | null }>({ error: null });

export function currentError(): AppError | null {
  return state.error;
}

export function showError(error: AppError): void {
  state.error = error;
}

export function dismissError(): void {
  state.error = null;
}
