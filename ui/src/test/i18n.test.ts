import { describe, expect, it } from "vitest";
import { isAppError, toAppError, UNEXPECTED_ERROR_KEY } from "../lib/api";
import { formatPercent } from "../lib/format";
import { getLocale, setLocale, t, tError } from "../lib/i18n.svelte";

describe("i18n", () => {
  it("formats a message in the current language and follows a switch", () => {
    setLocale("es-MX");
    expect(t("home-greeting", { nickname: "Ana" })).toBe("¡Hola, Ana!");
    setLocale("en");
    expect(getLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(t("home-greeting", { nickname: "Ana" })).toBe("Hi, Ana!");
  });

  it("picks plural and selector variants, with no isolation marks", () => {
    setLocale("es-MX");
    expect(t("result-mistakes-title", { count: 1 })).toBe("Repasa esta pregunta");
    expect(t("result-mistakes-title", { count: 3 })).toBe("Repasa estas 3 preguntas");
    expect(t("result-cheer", { level: "perfect" })).toMatch(/^¡Lo lograste!/);
    expect(t("result-cheer", { level: "anything" })).toMatch(/^¡Buen intento!/);
    expect(t("lesson-status-done", { score: 8, total: 10 })).toBe("Terminada: 8 de 10");
  });

  it("renders an error from its key and args, and falls back for an unknown key", () => {
    setLocale("en");
    expect(tError({ key: "error-nickname-too-long", args: { max: 24 } })).toBe("The nickname can have up to 24 letters.");
    expect(tError({ key: "error-database-corrupt", args: { path: "/tmp/p.db" } })).toContain("it is still at /tmp/p.db.");
    expect(tError(toAppError({ key: "error-nobody-knows-this", args: {} }))).toBe(t("app-error-unexpected"));
  });

  it("turns anything a command rejects with into an AppError, or the unexpected error", () => {
    const error = { key: "error-database-corrupt", args: { path: "/tmp/a" } };
    expect(toAppError(error)).toBe(error);
    const plain = { key: "error-quiz-finished", args: {} };
    expect(toAppError(plain)).toBe(plain);
    const unexpected = { key: UNEXPECTED_ERROR_KEY, args: {} };
    expect(toAppError("boom")).toEqual(unexpected);
    expect(toAppError(new Error("boom"))).toEqual(unexpected);
    expect(toAppError(null)).toEqual(unexpected);
    // Only what bindings.ts describes: a known key with exactly its arguments, of their types.
    expect(isAppError({ key: "error-x", args: {} })).toBe(false);
    expect(isAppError({ key: "error-database-corrupt", args: {} })).toBe(false);
    expect(isAppError({ key: "error-database-corrupt", args: { path: 7 } })).toBe(false);
    expect(isAppError({ key: "error-quiz-finished", args: { path: "/tmp/a" } })).toBe(false);
    expect(isAppError({ key: "error-quiz-finished" })).toBe(false);
    expect(isAppError({ key: "error-nickname-too-long", args: { max: 24 } })).toBe(true);
    expect(isAppError({ key: "error-nickname-too-long", args: { max: "24" } })).toBe(false);
    expect(isAppError({ key: "toString", args: {} })).toBe(false);
  });

  it("formats percentages for the current language", () => {
    for (const locale of ["es-MX", "en"] as const) {
      setLocale(locale);
      const intl = new Intl.NumberFormat(locale, { style: "percent" });
      expect(formatPercent(0.755)).toBe(intl.format(0.76));
    }
    setLocale("en");
    expect(formatPercent(2 / 3)).toBe("67%");
  });
});
