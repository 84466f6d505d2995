// The words for a passphrase's strength score (0 to 4, from the Rust side's estimate)
// and for its tips.
import type { PassphraseTip } from "./bindings";
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

/** A tip's text (content.ftl). Every tip the Rust side can give is here, or this does not compile. */
export function tipText(tip: PassphraseTip): string {
  switch (tip) {
    case "passphrase-tip-start":
      return t("passphrase-tip-start");
    case "passphrase-tip-common":
      return t("passphrase-tip-common");
    case "passphrase-tip-names":
      return t("passphrase-tip-names");
    case "passphrase-tip-dates":
      return t("passphrase-tip-dates");
    case "passphrase-tip-more-words":
      return t("passphrase-tip-more-words");
    case "passphrase-tip-patterns":
      return t("passphrase-tip-patterns");
    case "passphrase-tip-strong":
      return t("passphrase-tip-strong");
    case "passphrase-tip-unusual-words":
      return t("passphrase-tip-unusual-words");
  }
}
