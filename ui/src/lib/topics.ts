// The curriculum's topics, each with its heading on the home screen.
import type { Topic } from "./bindings";
import { t } from "./i18n.svelte";

/** Every topic of the generated Topic type has a heading here, or this does not compile. */
export function topicLabel(topic: Topic): string {
  switch (topic) {
    case "passwords":
      return t("topic-passwords");
    case "privacy":
      return t("topic-privacy");
    case "scams":
      return t("topic-scams");
    case "kindness":
      return t("topic-kindness");
    case "strangers":
      return t("topic-strangers");
    case "misinformation":
      return t("topic-misinformation");
    case "wellbeing":
      return t("topic-wellbeing");
    case "devices":
      return t("topic-devices");
    case "rights":
      return t("topic-rights");
    case "ai":
      return t("topic-ai");
    case "harmful-content":
      return t("topic-harmful-content");
    case "family-talk":
      return t("topic-family-talk");
    case "family-settings":
      return t("topic-family-settings");
    case "family-warning-signs":
      return t("topic-family-warning-signs");
    case "family-scams":
      return t("topic-family-scams");
    case "family-accounts":
      return t("topic-family-accounts");
  }
}
