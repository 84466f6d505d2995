// The avatars a profile can pick, each with a spoken name for screen readers.
import { t } from "./i18n.svelte";

export type Avatar = { emoji: string; label: () => string };

export const AVATARS: readonly Avatar[] = [
  { emoji: "🦊", label: () => t("avatar-fox") },
  { emoji: "🐼", label: () => t("avatar-panda") },
  { emoji: "🐢", label: () => t("avatar-turtle") },
  { emoji: "🦉", label: () => t("avatar-owl") },
  { emoji: "🐙", label: () => t("avatar-octopus") },
  { emoji: "🦄", label: () => t("avatar-unicorn") },
  { emoji: "🐝", label: () => t("avatar-bee") },
  { emoji: "🐬", label: () => t("avatar-dolphin") },
  { emoji: "🦁", label: () => t("avatar-lion") },
  { emoji: "🐸", label: () => t("avatar-frog") },
  { emoji: "🚀", label: () => t("avatar-rocket") },
  { emoji: "🌵", label: () => t("avatar-cactus") },
];
