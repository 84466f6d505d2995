// The words for a passphrase's strength score (0 to 4, from the Rust side's estimate).
import { t } from "./i18n.svelte";

export function strengthLabel(score: number): string {
  switch (score) {
    case 0:
      return t("passphrase-score-0");
    case 1:
      return t("passphrase-score-1");
    case 2:
      return t("passphrase-score-2");
    case 3:
      return t("passphrase-score-3");
    default:
      return score > 3 ? t("passphrase-score-4") : t("passphrase-score-0");
  }
}
