// The small pure helpers behind the new screens.
import { describe, expect, it } from "vitest";
import type { LessonCard, StoryView, Topic } from "../lib/bindings";
import { formatDay } from "../lib/format";
import { fold } from "../lib/glossary";
import { groupByTopic } from "../lib/grouping";
import { setLocale } from "../lib/i18n.svelte";
import { layoutMessage, looksLikeAddress } from "../lib/message";
import { walk } from "../lib/story";
import { activityView, STORY } from "./fake-backend";

const card = (id: string, topic: Topic, band: LessonCard["band"]): LessonCard => ({
  id,
  topic,
  band,
  title: id,
  summary: "",
  status: { state: "new" },
});

describe("groupByTopic", () => {
  it("puts each topic's own-band lesson first and topics with one before the others", () => {
    const groups = groupByTopic(
      [
        card("scams-12-14", "scams", "12-14"),
        card("passwords-8-11", "passwords", "8-11"),
        card("passwords-12-14", "passwords", "12-14"),
        card("family-talk", "family-talk", "adults"),
      ],
      "8-11",
    );
    expect(groups.map((g) => [g.topic, g.own?.id ?? null, g.others.map((c) => c.id)])).toEqual([
      ["passwords", "passwords-8-11", ["passwords-12-14"]],
      ["scams", null, ["scams-12-14"]],
      ["family-talk", null, ["family-talk"]],
    ]);
  });
});

describe("layoutMessage", () => {
  const parts = ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() }));

  it("takes the first part as the sender, and an e-mail's second as its subject", () => {
    expect(layoutMessage("sms", parts)).toEqual({ from: parts[0], subject: null, address: null, body: parts.slice(1) });
    expect(layoutMessage("chat", parts).from).toBe(parts[0]);
    expect(layoutMessage("email", parts)).toEqual({ from: parts[0], subject: parts[1], address: null, body: parts.slice(2) });
  });

  it("puts a web page's first part in the address bar only when it reads as an address", () => {
    expect(layoutMessage("web", parts).from).toBe(parts[0]);
    const page = [{ id: "url", text: "banco-seguro.example/login" }, ...parts];
    expect(layoutMessage("web", page)).toEqual({ from: null, subject: null, address: page[0], body: parts });
  });

  it("knows a web address when it sees one", () => {
    for (const text of ["paqueteria-mx.example/pago", "https://example.org", "robux-gratis-ya.example/premio"]) {
      expect(looksLikeAddress(text), text).toBe(true);
    }
    for (const text of ["Gracias.", "+52 55 0000 0000", "Solo tienes 5 minutos.", "Hola. Adiós"]) {
      expect(looksLikeAddress(text), text).toBe(false);
    }
  });
});

describe("walk", () => {
  const story = activityView(STORY, "es-MX") as StoryView;

  it("follows the choices from the start, stopping at one that does not fit", () => {
    expect(walk(story, []).step.id).toBe("start");
    expect(walk(story, ["say-no", "tell-adult"])).toMatchObject({ step: { id: "end-told" }, path: ["say-no", "tell-adult"] });
    expect(walk(story, ["say-no", "nope", "ignore"])).toMatchObject({ step: { id: "asks-again" }, path: ["say-no"] });
  });
});

describe("formatDay and fold", () => {
  it("formats a calendar day without shifting it, in the current language", () => {
    setLocale("es-MX");
    expect(formatDay("2026-01-01")).toBe("1 de enero de 2026");
    setLocale("en");
    expect(formatDay("2026-01-01")).toBe("January 1, 2026");
    expect(formatDay("soon")).toBe("soon");
  });

  it("folds text for searching", () => {
    expect(fold("Contraseña VERIFICACIÓN")).toBe("contrasena verificacion");
  });
});
