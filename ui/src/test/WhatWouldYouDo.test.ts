import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import WhatWouldYouDo from "../components/WhatWouldYouDo.svelte";
import type { StoryView } from "../lib/bindings";
import { setLocale } from "../lib/i18n.svelte";
import { ANA, activityView, fakeBackend, STORY } from "./fake-backend";

function setup() {
  const backend = fakeBackend();
  const activity = activityView(STORY, "es-MX") as StoryView;
  const { rerender } = render(WhatWouldYouDo, { props: { profile: ANA, lessonId: "passwords-8-11", activity } });
  return { backend, rerender, user: userEvent.setup() };
}

const step = () => screen.getByTestId("story-step");
const choices = () => screen.queryAllByTestId(/^story-choice-/).map((b) => b.dataset.testid);

describe("what would you do", () => {
  it("starts at the first step with its choices, and nothing to go back to", () => {
    setup();
    expect(step().dataset.stepId).toBe("start");
    expect(step().textContent).toContain("Tu amiga te pide tu contraseña.");
    expect(choices()).toEqual(["story-choice-share", "story-choice-say-no"]);
    expect(screen.queryByTestId("story-back")).toBeNull();
    expect(screen.queryByTestId("story-restart")).toBeNull();
    expect(screen.queryByTestId("story-feedback")).toBeNull();
  });

  it("shows a choice's feedback, continues to the next step, and ends with the outcome", async () => {
    const { backend, user } = setup();
    await user.click(screen.getByTestId("story-choice-say-no"));
    expect(screen.getByTestId("story-feedback").textContent).toContain("Porque: Le digo que no.");
    expect(step().dataset.stepId).toBe("start");
    expect((screen.getByTestId("story-choice-share") as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId("story-continue"));

    await user.click(screen.getByTestId("story-continue"));
    expect(step().dataset.stepId).toBe("asks-again");
    expect(document.activeElement).toBe(step());
    expect(screen.queryByTestId("story-feedback")).toBeNull();
    expect(choices()).toEqual(["story-choice-tell-adult", "story-choice-ignore"]);

    await user.click(screen.getByTestId("story-choice-tell-adult"));
    await user.click(screen.getByTestId("story-continue"));
    expect(step().dataset.stepId).toBe("end-told");
    const ending = screen.getByTestId("story-ending");
    expect(ending.dataset.outcome).toBe("good");
    expect(ending.textContent).toContain("¡Buen final!");
    expect(ending.textContent).toContain("🌟");
    expect(choices()).toEqual([]);
    expect(screen.queryByTestId("story-continue")).toBeNull();
    await waitFor(() =>
      expect(backend.callsTo("finish_story")).toEqual([
        { profileId: 1, lessonId: "passwords-8-11", activityId: "friend-asks-story", path: ["say-no", "tell-adult"] },
      ]),
    );
  });

  it("goes back to try another choice, and reaches another ending", async () => {
    const { backend, user } = setup();
    await user.click(screen.getByTestId("story-choice-share"));
    // Back from the feedback: the same step, its choices open again.
    await user.click(screen.getByTestId("story-back"));
    expect(step().dataset.stepId).toBe("start");
    expect(screen.queryByTestId("story-feedback")).toBeNull();
    expect((screen.getByTestId("story-choice-share") as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByTestId("story-choice-say-no"));
    await user.click(screen.getByTestId("story-continue"));
    await user.click(screen.getByTestId("story-choice-ignore"));
    await user.click(screen.getByTestId("story-continue"));
    expect(screen.getByTestId("story-ending").dataset.outcome).toBe("okay");
    expect(screen.getByTestId("story-ending").textContent).toContain("Un final a medias");

    // Back from an ending: the step before it, to try its other choice.
    await user.click(screen.getByTestId("story-back"));
    expect(step().dataset.stepId).toBe("asks-again");
    await user.click(screen.getByTestId("story-choice-tell-adult"));
    await user.click(screen.getByTestId("story-continue"));
    expect(screen.getByTestId("story-ending").dataset.outcome).toBe("good");
    await waitFor(() =>
      expect(backend.callsTo("finish_story").map((c) => c.path)).toEqual([
        ["say-no", "ignore"],
        ["say-no", "tell-adult"],
      ]),
    );
  });

  it("starts over, and calls a risky ending kindly, with an icon", async () => {
    const { user } = setup();
    await user.click(screen.getByTestId("story-choice-share"));
    await user.click(screen.getByTestId("story-continue"));
    const ending = screen.getByTestId("story-ending");
    expect(ending.dataset.outcome).toBe("risky");
    expect(ending.textContent).toContain("Un final arriesgado");
    expect(ending.textContent).toContain("aquí se vale equivocarse");
    expect(ending.textContent).toContain("⚠️");

    await user.click(screen.getByTestId("story-restart"));
    expect(step().dataset.stepId).toBe("start");
    expect(screen.queryByTestId("story-ending")).toBeNull();
    expect(screen.queryByTestId("story-back")).toBeNull();
  });

  it("keeps the place in the story across a language switch", async () => {
    const { backend, rerender, user } = setup();
    await user.click(screen.getByTestId("story-choice-say-no"));
    await user.click(screen.getByTestId("story-continue"));
    await user.click(screen.getByTestId("story-choice-ignore"));

    setLocale("en");
    await rerender({ profile: { ...ANA, locale: "en" }, activity: activityView(STORY, "en") as StoryView });
    expect(step().dataset.stepId).toBe("asks-again");
    expect(step().textContent).toContain("She asks again.");
    expect(screen.getByTestId("story-feedback").textContent).toContain("Because: I don't answer.");
    expect(screen.getByTestId("story-continue").textContent).toContain("Continue");
    expect(backend.callsTo("finish_story")).toEqual([]);
  });
});
