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
