// Campaign statistics as the adult's screens show them: the states an adult may
// choose, what went wrong with a send in words, and a waiting report's week and fate.
// (The rules themselves are the Rust side's: crates/core/src/stats/.)
import type { OutboxReportView, StatsOn, StatsStatus, SyncProblem } from "./bindings";
import { formatDateTime, formatDayRange } from "./format";
import { t } from "./i18n.svelte";

/** The statistics' setting when they are on, or null when off. */
export function statsOn(status: StatsStatus): StatsOn | null {
  return status.state === "on" ? status : null;
}

/** The 32 states in INEGI order, by their INEGI code ("01" Aguascalientes to "32" Zacatecas). */
export const STATES: readonly { code: string; name: () => string }[] = [
  { code: "01", name: () => t("state-01") },
  { code: "02", name: () => t("state-02") },
  { code: "03", name: () => t("state-03") },
  { code: "04", name: () => t("state-04") },
  { code: "05", name: () => t("state-05") },
  { code: "06", name: () => t("state-06") },
  { code: "07", name: () => t("state-07") },
  { code: "08", name: () => t("state-08") },
  { code: "09", name: () => t("state-09") },
  { code: "10", name: () => t("state-10") },
  { code: "11", name: () => t("state-11") },
  { code: "12", name: () => t("state-12") },
  { code: "13", name: () => t("state-13") },
  { code: "14", name: () => t("state-14") },
  { code: "15", name: () => t("state-15") },
  { code: "16", name: () => t("state-16") },
  { code: "17", name: () => t("state-17") },
  { code: "18", name: () => t("state-18") },
  { code: "19", name: () => t("state-19") },
  { code: "20", name: () => t("state-20") },
  { code: "21", name: () => t("state-21") },
  { code: "22", name: () => t("state-22") },
  { code: "23", name: () => t("state-23") },
  { code: "24", name: () => t("state-24") },
  { code: "25", name: () => t("state-25") },
  { code: "26", name: () => t("state-26") },
  { code: "27", name: () => t("state-27") },
  { code: "28", name: () => t("state-28") },
  { code: "29", name: () => t("state-29") },
  { code: "30", name: () => t("state-30") },
  { code: "31", name: () => t("state-31") },
  { code: "32", name: () => t("state-32") },
];

/** A state's name by its INEGI code; "no state" for none. */
export function stateName(code: string | null): string {
  if (code === null) return t("stats-no-state");
  return STATES.find((s) => s.code === code)?.name() ?? code;
}

/**
 * What went wrong, in words: what happened and what the adult can do. The first four
 * are tried again by themselves; the others are the collector's refusals, for good.
 */
export function problemText(problem: SyncProblem): string {
  switch (problem) {
    case "unreachable":
      return t("stats-problem-unreachable");
    case "timeout":
      return t("stats-problem-timeout");
    case "server-busy":
      return t("stats-problem-server-busy");
    case "not-a-collector":
      return t("stats-problem-not-a-collector");
    case "campaign-unknown":
      return t("stats-problem-campaign-unknown");
    case "campaign-closed":
      return t("stats-problem-campaign-closed");
    case "week-outside-campaign":
      return t("stats-problem-week-outside-campaign");
    case "week-not-accepted":
      return t("stats-problem-week-not-accepted");
    case "report-refused":
      return t("stats-problem-report-refused");
  }
}

/** A report's week as its days ("Semana del 23–29 de noviembre de 2026"), never as a number alone. */
export function reportWeek(report: OutboxReportView): string {
  return t("stats-week", { range: formatDayRange(report.monday, report.sunday) });
}

/** What becomes of a waiting report: refused for good, tried again later, or sent when its day of review is over. */
export type ReportFate = "refused" | "retrying" | "waiting";

export function reportFate(report: OutboxReportView): ReportFate {
  if (report.refused !== null) return "refused";
  return report.failures > 0 ? "retrying" : "waiting";
}

/** That fate in one sentence. */
export function reportFateText(report: OutboxReportView): string {
  if (report.refused !== null) return problemText(report.refused);
  if (report.failures > 0) return t("stats-report-retrying");
  return t("stats-report-send-after", { when: formatDateTime(report.sendAfter) });
}
