/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vite";
import { fluentPrecompile } from "./fluent-precompile.ts";

const uiDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = fileURLToPath(new URL("..", import.meta.url));
// Set by `tauri dev` when the app runs on another device (mobile); unused on desktop.
const tauriDevHost = process.env.TAURI_DEV_HOST;

export default defineConfig({
  root: uiDir,
  // Keep Vite's and Vitest's caches with the one node_modules at the repository root.
  cacheDir: fileURLToPath(new URL("../node_modules/.vite", import.meta.url)),
  plugins: [fluentPrecompile(), svelte(), svelteTesting()],
  clearScreen: false,
  envPrefix: ["VITE_", "TAURI_ENV_"],
  server: {
    port: 5173,
    strictPort: true,
    host: tauriDevHost || false,
    // The UI imports the Fluent files from ../locales.
    fs: { allow: [repoDir] },
    watch: { ignored: ["**/src-tauri/**", "**/crates/**", "**/target/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
  },
});
