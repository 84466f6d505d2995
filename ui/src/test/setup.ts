import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach } from "vitest";
import { dismissError } from "../lib/alerts.svelte";
import { forgetGlossaries } from "../lib/glossary";
import { setLocale } from "../lib/i18n.svelte";

afterEach(() => {
  clearMocks();
  dismissError();
  forgetGlossaries();
  setLocale("es-MX");
});

// jsdom has <dialog> but not its modal methods: open and close it, as a browser would
// (without the top layer; the tests check focus and Escape themselves).
if (typeof HTMLDialogElement.prototype.showModal !== "function") {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

// The adult area and a lesson's screens are loaded on first use (dynamic imports in
// Shell.svelte). Load them once here, so a test that opens one waits for the screen, not
// for Vite to transform the chunk.
await import("../components/AdultArea.svelte");
await import("../components/lesson-screens");
