// What each kind of activity is called, with its icon.
import type { ActivityView } from "./bindings";
import { t } from "./i18n.svelte";

export function activityKindLabel(kind: ActivityView["kind"]): string {
  switch (kind) {
    case "spot-the-scam":
      return t("activity-kind-spot");
    case "what-would-you-do":
      return t("activity-kind-story");
    case "sort-it":
      return t("activity-kind-sort");
    case "passphrase-lab":
      return t("activity-kind-passphrase");
  }
}

/** Decoration only: the label above says the same in words. */
export function activityIcon(kind: ActivityView["kind"]): string {
  switch (kind) {
    case "spot-the-scam":
      return "🔎";
    case "what-would-you-do":
      return "🧭";
    case "sort-it":
      return "🗂️";
    case "passphrase-lab":
      return "🔐";
  }
}
