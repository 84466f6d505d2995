// Each language's own name, as shown on the language switch and in the profile form.
import type { Locale } from "./bindings";
import { t } from "./i18n.svelte";

/** Short name for the header switch ("Español", "English"). */
export function languageName(locale: Locale): string {
  return locale === "en" ? t("language-en") : t("language-es-MX");
}

/** Full name for the profile form ("Español (México)", "English"). */
export function languageLongName(locale: Locale): string {
  return locale === "en" ? t("language-long-en") : t("language-long-es-MX");
}
