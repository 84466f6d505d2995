import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach } from "vitest";
import { dismissError } from "../lib/alerts.svelte";
import { setLocale } from "../lib/i18n.svelte";

afterEach(() => {
  clearMocks();
  dismissError();
  setLocale("es-MX");
});
