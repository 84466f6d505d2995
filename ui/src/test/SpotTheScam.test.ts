import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import SpotTheScam from "../components/SpotTheScam.svelte";
import type { Channel, SpotView } from "../lib/bindings";
import { setLocale } from "../lib/i18n.svelte";
import { ANA, activityView, fakeBackend, SPOT, spotOn } from "./fake-backend";

function setup(spot = SPOT) {
  const backend = fakeBackend();
  const activity = activityView(spot, "es-MX") as SpotView;
  const { rerender } = render(SpotTheScam, { props: { profile: ANA, lessonId: "passwords-8-11", activity } });
  return { backend, rerender, user: userEvent.setup() };
}

const part = (id: string) => screen.getByTestId(`spot-part-${id}`);

describe("spot the scam", () => {
  it("draws a text message with its sender on top, every part a toggle", () => {
    setup();
    const message = screen.getByTestId("spot-message");
    expect(message.dataset.channel).toBe("sms");
    expect(message.getAttribute("aria-label")).toBe("Mensaje de texto");
    const parts = within(message).getAllByRole("button");
    expect(parts.map((b) => b.dataset.testid)).toEqual([
      "spot-part-sender",
      "spot-part-greeting",
      "spot-part-prize",
      "spot-part-link",
      "spot-part-sign-off",
    ]);
    expect(part("sender").closest(".phone-top")).not.toBeNull();
    expect(part("greeting").closest(".bubble")).not.toBeNull();
    for (const button of parts) expect(button.getAttribute("aria-pressed")).toBe("false");
  });

  it.each<[Channel, string, string]>([
    ["chat", ".sender", "Mensaje de chat"],
    ["email", ".headers", "Correo electrónico"],
    ["web", ".page-header", "Página web"],
  ])("draws a %s message with its first part as the header", (channel, header, label) => {
    setup(spotOn(channel));
    expect(screen.getByTestId("spot-message").getAttribute("aria-label")).toBe(label);
    expect(part("sender").closest(header)).not.toBeNull();
  });

  it("puts an e-mail's second part in the subject", () => {
    setup(spotOn("email"));
    expect(screen.getByText("Asunto:").nextElementSibling?.contains(part("greeting"))).toBe(true);
  });

  it("puts a web page's address in the address bar, and styles addresses as links", () => {
    const address = { id: "address", text: { "es-MX": "premio.example/gana", en: "prize.example/win" }, suspicious: true };
    setup({ ...spotOn("web"), parts: [address, ...SPOT.parts] });
    expect(part("address").closest(".address-bar")).not.toBeNull();
    expect(part("address").classList.contains("address")).toBe(true);
    expect(part("sender").closest(".page-header")).toBeNull();
    expect(part("link").classList.contains("address")).toBe(true);
    expect(part("prize").classList.contains("address")).toBe(false);
  });

  it("marks and unmarks parts, checks them in reading order, and explains every part", async () => {
    const { backend, user } = setup();
    const check = screen.getByTestId("spot-check") as HTMLButtonElement;
    expect(check.disabled).toBe(true);

    await user.click(part("link"));
    await user.click(part("greeting"));
    await user.click(part("sender"));
    await user.click(part("greeting"));
    expect(part("link").getAttribute("aria-pressed")).toBe("true");
    expect(part("greeting").getAttribute("aria-pressed")).toBe("false");
    expect(part("link").textContent).toContain("Sospechosa");
    await user.click(part("sign-off"));

    await user.click(check);
    const result = await screen.findByTestId("spot-result");
    expect(backend.callsTo("check_spot")).toEqual([
      { profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize", marked: ["sender", "link", "sign-off"] },
    ]);
    expect(backend.recorded).toEqual([{ profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize" }]);
    expect(result.dataset.caught).toBe("2");
    expect(result.dataset.missed).toBe("1");
    expect(result.dataset.falseAlarms).toBe("1");
    expect(result.textContent).toContain("Encontraste 2 de 3 señales sospechosas");
    expect(result.textContent).toContain("También marcaste 1 parte que no era sospechosa.");
    expect(document.activeElement).toBe(result);

    const prize = within(screen.getByTestId("part-feedback-prize"));
    expect(prize.getByText("Era sospechosa")).toBeTruthy();
    expect(prize.getByText("No la marcaste")).toBeTruthy();
    expect(prize.getByText("⚠ ¡Ganaste un celular!")).toBeTruthy();
    const signOff = within(screen.getByTestId("part-feedback-sign-off"));
    expect(signOff.getByText("No era sospechosa")).toBeTruthy();
    expect(signOff.getByText("La marcaste")).toBeTruthy();
    expect((part("prize") as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByTestId("spot-retry"));
    expect(screen.queryByTestId("spot-result")).toBeNull();
    expect(part("link").getAttribute("aria-pressed")).toBe("false");
    expect(document.activeElement).toBe(part("sender"));
  });

  it("celebrates finding every sign with no false alarm", async () => {
    const { user } = setup();
    for (const id of ["sender", "prize", "link"]) await user.click(part(id));
    await user.click(screen.getByTestId("spot-check"));
    const result = await screen.findByTestId("spot-result");
    expect(result.textContent).toContain("¡Lo lograste!");
    expect(result.textContent).not.toContain("También marcaste");
  });

  it("reviews the result in the new language, keeping the marks and recording nothing more", async () => {
    const { backend, rerender, user } = setup();
    await user.click(part("prize"));
    await user.click(screen.getByTestId("spot-check"));
    await screen.findByTestId("spot-result");

    backend.profiles[0].locale = "en";
    setLocale("en");
    await rerender({ profile: { ...ANA, locale: "en" }, activity: activityView(SPOT, "en") as SpotView });
    await waitFor(() => expect(screen.getByTestId("spot-result").textContent).toContain("You found 1 of 3"));
    // Only the learner's own check is recorded; the review in English is not.
    expect(backend.callsTo("check_spot")).toEqual([
      { profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize", marked: ["prize"] },
    ]);
    expect(backend.callsTo("review_spot")).toEqual([
      { profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize", marked: ["prize"] },
    ]);
    expect(backend.recorded).toHaveLength(1);
    expect(screen.getByTestId("part-feedback-prize").textContent).toContain("You won a phone!");
  });
});
