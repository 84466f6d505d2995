// Age bands in their natural order, with their labels.
import type { AgeBand } from "./bindings";
import { t } from "./i18n.svelte";

export const BANDS: readonly AgeBand[] = ["8-11", "12-14", "15-17", "adults"];

export function bandLabel(band: AgeBand): string {
  switch (band) {
    case "8-11":
      return t("band-8-11");
    case "12-14":
      return t("band-12-14");
    case "15-17":
      return t("band-15-17");
    case "adults":
      return t("band-adults");
  }
}
