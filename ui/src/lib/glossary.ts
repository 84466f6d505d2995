// The glossary of each language, asked for once and shared by the term pop-ups and the
// glossary screen. A failed request is forgotten, so the next one asks again.
import * as api from "./api";
import type { Locale, TermView } from "./bindings";

const cache = new Map<Locale, Promise<TermView[]>>();

export function loadGlossary(locale: Locale): Promise<TermView[]> {
  let request = cache.get(locale);
  if (!request) {
    request = api.glossary(locale);
    cache.set(locale, request);
    request.catch(() => cache.delete(locale));
  }
  return request;
}

/** Forget every glossary (for tests, which each bring their own backend). */
export function forgetGlossaries(): void {
  cache.clear();
}

/** Text folded for searching: lowercase and without accents ("Contraseña" → "contrasena"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
