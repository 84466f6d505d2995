// The one place that formats numbers for display, with Intl, in the current UI language.
// (Numbers inside Fluent messages are formatted by Fluent, also with Intl, in the same language.)
import { getLocale } from "./i18n.svelte";

/** `ratio` between 0 and 1, shown as a whole percentage ("75 %" / "75%"). */
export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(getLocale(), {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(ratio);
}
