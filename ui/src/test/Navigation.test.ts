// The whole UI over the fake backend: the glossary and help screens from the header and
// from a lesson, reviewing a past attempt, and language switches on the new screens.
import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import { fakeBackend } from "./fake-backend";

function setup() {
  const backend = fakeBackend();
  render(App);
  return { backend, user: userEvent.setup() };
}

const h1 = () => screen.getByRole("heading", { level: 1 });
const sectionId = () => screen.getByTestId("section-title").dataset.sectionId;

async function openLesson(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId("profile-1"));
  await user.click(await screen.findByTestId("lesson-card-passwords-8-11"));
  await screen.findByTestId("section-title");
}

describe("glossary and help from the header", () => {
  it("opens from a lesson and goes back to the same section", async () => {
    const { user } = setup();
    await openLesson(user);
    await user.click(screen.getByTestId("section-next"));

    await user.click(screen.getByTestId("open-glossary"));
    expect(h1().textContent).toContain("Glosario");
    expect(document.activeElement).toBe(h1());
    expect(screen.getByTestId("open-glossary").getAttribute("aria-current")).toBe("page");
    await screen.findByTestId("glossary-term-password");

    await user.click(screen.getByTestId("open-help"));
    expect(h1().textContent).toContain("¿Dónde pedir ayuda?");
    expect(screen.getByTestId("open-glossary").getAttribute("aria-current")).toBeNull();
    await screen.findByTestId("help-place-helpline");

    // Back from help goes to the lesson, not to the glossary.
    await user.click(screen.getByTestId("help-back"));
    await screen.findByTestId("section-title");
    expect(sectionId()).toBe("a-good-secret");
  });

  it("works before a profile is chosen, and keeps the screen on a language switch", async () => {
    const { backend, user } = setup();
    await screen.findByTestId("profile-1");
    await user.click(screen.getByTestId("open-help"));
    await screen.findByTestId("help-place-helpline");
    await user.click(screen.getByTestId("lang-en"));
    await waitFor(() => expect(screen.getByTestId("help-place-helpline").textContent).toContain("Helpline"));
    expect(h1().textContent).toContain("Where to get help");
    expect(backend.callsTo("help_places")).toEqual([{ locale: "es-MX" }, { locale: "en" }]);
    await user.click(screen.getByTestId("help-back"));
    expect(h1().textContent).toBe("Who are you?");
  });

  it("opens a word's entry from the lesson, and the lesson again from there", async () => {
    const { user } = setup();
    await openLesson(user);
    await user.click(screen.getByTestId("term-link-password"));
    await user.click(screen.getByTestId("term-glossary"));
    const entry = await screen.findByTestId("glossary-term-password");
    expect(entry.classList.contains("highlight")).toBe(true);

    await user.click(screen.getByTestId("lang-en"));
    await waitFor(() => expect(screen.getByTestId("glossary-term-password").textContent).toContain("A secret word"));
    await user.click(screen.getByTestId("glossary-back"));
    await waitFor(() => expect(screen.getByTestId("section-title").textContent?.trim()).toBe("The key"));
    expect(sectionId()).toBe("the-key");
  });
});

describe("reviewing a past attempt", () => {
  it("goes from the lesson to an attempt's review and back to the lesson", async () => {
    const { backend, user } = setup();
    await openLesson(user);
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("start-quiz"));
    await user.click(await screen.findByTestId("option-say-no"));
    await user.click(screen.getByTestId("check-answer"));
    await user.click(await screen.findByTestId("next-question"));
    await user.click(screen.getByTestId("option-pet-name"));
    await user.click(screen.getByTestId("check-answer"));
    await user.click(await screen.findByTestId("next-question"));
    await user.click(screen.getByTestId("option-false"));
    await user.click(screen.getByTestId("check-answer"));
    await user.click(await screen.findByTestId("see-results"));
    await screen.findByTestId("result-score");

    await user.click(screen.getByTestId("back-home"));
    await user.click(await screen.findByTestId("lesson-card-passwords-8-11"));
    await screen.findByTestId("section-title");
    expect(sectionId()).toBe("what-to-do");
    await user.click(screen.getByTestId("lesson-attempts"));
    await user.click(await screen.findByTestId("attempt-1"));

    expect((await screen.findByTestId("result-score")).textContent?.trim()).toBe("Acertaste 2 de 3");
    expect(h1().textContent).toBe("Repaso de tu intento");
    expect(screen.getByTestId("review-good-passphrases").dataset.correct).toBe("false");
    expect(backend.callsTo("quiz_result")).toEqual([{ profileId: 1, attemptId: 1 }]);

    await user.click(screen.getByTestId("lang-en"));
    await waitFor(() => expect(h1().textContent).toBe("Review of your attempt"));
    expect(screen.getByTestId("result-score").textContent?.trim()).toBe("You got 2 of 3 right");

    await user.click(screen.getByTestId("review-back"));
    await screen.findByTestId("section-title");
    expect(sectionId()).toBe("what-to-do");
  });
});
