// The one place that formats numbers and dates for display, with Intl, in the current UI language.
// (Numbers inside Fluent messages are formatted by Fluent, also with Intl, in the same language.)
import { getLocale } from "./i18n.svelte";

/** `ratio` between 0 and 1, shown as a whole percentage ("75 %" / "75%"). */
export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(getLocale(), {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(ratio);
}

/** A moment given in unix seconds, as a date and time ("12 de noviembre de 2026, 10:30"). */
export function formatDateTime(unixSeconds: number): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: "long", timeStyle: "short" }).format(
    new Date(unixSeconds * 1000),
  );
}

/** A calendar day written "YYYY-MM-DD" as a Date at UTC midnight, or null for other text. */
function dayOf(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** Calendar days have no time zone: they are read and written in UTC so they never shift by one. */
const dayFormat = () => new Intl.DateTimeFormat(getLocale(), { dateStyle: "long", timeZone: "UTC" });

/** A calendar day written "YYYY-MM-DD", as a date ("12 de noviembre de 2026"); other text as is. */
export function formatDay(day: string): string {
  const date = dayOf(day);
  return date ? dayFormat().format(date) : day;
}

/**
 * Two calendar days "YYYY-MM-DD" as one range, the month and year written once when
 * they are shared ("23–29 de noviembre de 2026" / "November 23 – 29, 2026").
 */
export function formatDayRange(first: string, last: string): string {
  const [from, to] = [dayOf(first), dayOf(last)];
  if (!from || !to || from > to) return `${formatDay(first)} – ${formatDay(last)}`;
  return dayFormat().formatRange(from, to);
}

/** Names joined as a sentence does ("Ana, Beto y Carla" / "Ana, Beto, and Carla"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(getLocale(), { style: "long", type: "conjunction" }).format(items);
}

/** A moment as a date alone ("12 de noviembre de 2026" / "November 12, 2026"). */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: "long" }).format(date);
}
