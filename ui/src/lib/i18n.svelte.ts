// Fluent bundles over the app's locales/<lang>/*.ftl files, and the current UI language.
// t() reads the current language from reactive state, so markup re-renders on a switch.
import { FluentBundle, type FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Locale } from "./bindings";
import type { CommandError } from "./ipc";

export const LOCALES: readonly Locale[] = ["es-MX", "en"];
export const DEFAULT_LOCALE: Locale = "es-MX";

// collector.ftl holds the campaign server's dashboard, which the app never shows.
// Each file comes already parsed, at build time (ui/fluent-precompile.ts), as the JSON
// of a resource's `body`: a resource is nothing more, so the parser stays out of the
// bundle too.
const sources = import.meta.glob<string>(
  ["../../../locales/*/*.ftl", "!../../../locales/*/collector.ftl"],
  { query: "?fluent", import: "default", eager: true },
);

/** The locale folder a glob path belongs to: "../../../locales/en/app.ftl" → "en". */
function localeOfPath(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2];
}

function buildBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const [path, json] of Object.entries(sources)) {
    if (localeOfPath(path) !== locale) continue;
    const body = JSON.parse(json) as FluentResource["body"];
    const errors = bundle.addResource({ body });
    for (const error of errors) console.error(`${path}: ${error.message}`);
  }
  return bundle;
}

// Each language's bundle is parsed the first time it is needed: at start only the
// screen's language is, which keeps the first screen sooner (see README, "How fast").
const bundles: Partial<Record<Locale, FluentBundle>> = {};

function bundleOf(locale: Locale): FluentBundle {
  return (bundles[locale] ??= buildBundle(locale));
}

const current = $state<{ locale: Locale }>({ locale: DEFAULT_LOCALE });

export function getLocale(): Locale {
  return current.locale;
}

export function setLocale(locale: Locale): void {
  current.locale = locale;
  document.documentElement.lang = locale;
}

/** Best guess of the system language when the Rust side could not tell us. */
export function guessLocale(): Locale {
  return navigator.language.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}

export type Args = Record<string, FluentVariable>;

function format(locale: Locale, key: string, args?: Args): string | null {
  const bundle = bundleOf(locale);
  const message = bundle.getMessage(key);
  if (!message?.value) return null;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  for (const error of errors) console.error(`${locale} ${key}: ${error.message}`);
  return text;
}

/** The UI string `key` in the current language. Always call it with a literal key. */
export function t(key: string, args?: Args): string {
  return format(current.locale, key, args) ?? key;
}

/**
 * The message for a failed command: errors.ftl has one per AppError key, with the
 * error's arguments as its variables (the compiler checks each is a Fluent value).
 * Falls back to the generic message if this language lacks it.
 */
export function tError(error: CommandError): string {
  const args: Args = error.args;
  return format(current.locale, error.key, args) ?? t("app-error-unexpected");
}
