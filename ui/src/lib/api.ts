// What components call the Rust side with: one function per command, generated from
// src-tauri/src/commands.rs into commands.ts, and the error helpers of ipc.ts. Every
// function resolves with its command's result or rejects with a CommandError.
export * from "./commands";
export { isAppError, toAppError, UNEXPECTED_ERROR_KEY } from "./ipc";
export type { CommandError, UnexpectedError } from "./ipc";
