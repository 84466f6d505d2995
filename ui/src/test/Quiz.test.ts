import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import Quiz from "../components/Quiz.svelte";
import { ANA, fakeBackend } from "./fake-backend";

const LESSON = "passwords-8-11";

function setup(backend = fakeBackend()) {
  const onresults = vi.fn();
  const onhome = vi.fn();
  render(Quiz, { props: { profile: ANA, lessonId: LESSON, onresults, onhome } });
  return { backend, onresults, onhome, user: userEvent.setup() };
}

const prompt = () => screen.getByTestId("question-prompt");
const option = (id: string) => screen.getByTestId(`option-${id}`) as HTMLInputElement;
const check = () => screen.getByTestId("check-answer") as HTMLButtonElement;

describe("quiz", () => {
  it("asks one question at a time and explains every option after checking", async () => {
    const { backend, user } = setup();
    await screen.findByText("Pregunta 1 de 3");
    expect(backend.callsTo("start_quiz")).toEqual([{ profileId: 1, lessonId: LESSON }]);
    expect(prompt().dataset.questionId).toBe("friend-asks");
    expect(prompt().tagName).toBe("LEGEND");
    expect(option("share").type).toBe("radio");
    expect(check().disabled).toBe(true);

    await user.click(option("share"));
    expect(check().disabled).toBe(false);
    await user.click(check());

    expect(backend.callsTo("answer_question")).toEqual([
      { profileId: 1, attemptId: 1, questionId: "friend-asks", chosen: ["share"] },
    ]);
    const feedback = await screen.findByTestId("feedback");
    expect(feedback.dataset.correct).toBe("false");
    expect(feedback.closest("[aria-live]")).not.toBeNull();
    expect(feedback.textContent).toContain("Esta vez no");
    const items = within(feedback).getAllByRole("listitem");
    expect(items[0].textContent).toContain("se la das");
    expect(items[0].textContent).toContain("Incorrecta");
    expect(items[0].textContent).toContain("Tu respuesta");
    expect(items[0].textContent).toContain("Porque se la das.");
    expect(items[1].textContent).toContain("Correcta");
    expect(items[1].textContent).not.toContain("Tu respuesta");
    expect(items[1].textContent).toContain("Porque le dices que no.");
    expect(screen.queryByTestId("check-answer")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("next-question"));
  });

  it("uses checkboxes for multiple answers and ends with the results button", async () => {
    const { onresults, user } = setup();
    await user.click(await screen.findByTestId("option-say-no"));
    await user.click(check());
    expect((await screen.findByTestId("feedback")).dataset.correct).toBe("true");
    await user.click(screen.getByTestId("next-question"));

    expect(screen.getByText("Pregunta 2 de 3")).toBeTruthy();
    expect(document.activeElement?.textContent?.trim()).toBe("Pregunta 2 de 3");
    expect(prompt().dataset.questionId).toBe("good-passphrases");
    expect(prompt().closest("fieldset")).not.toBeNull();
    expect(option("three-words").type).toBe("checkbox");
    expect(screen.getByText("Elige todas las respuestas correctas.")).toBeTruthy();
    await user.click(option("three-words"));
    await user.click(option("pet-name"));
    await user.click(option("silly-sentence"));
    await user.click(option("pet-name"));
    await user.click(check());
    expect((await screen.findByTestId("feedback")).dataset.correct).toBe("true");
    await user.click(screen.getByTestId("next-question"));

    expect(prompt().dataset.questionId).toBe("teacher-knows");
    await user.click(option("false"));
    await user.click(check());
    await screen.findByTestId("feedback");
    expect(screen.queryByTestId("next-question")).toBeNull();
    await user.click(screen.getByTestId("see-results"));
    expect(onresults).toHaveBeenCalledWith(1);
  });

  it("resumes an unfinished attempt at the first unanswered question, with earlier feedback", async () => {
    const backend = fakeBackend();
    backend.attempts.push({
      id: 7,
      profileId: 1,
      lessonId: LESSON,
      answers: new Map([["friend-asks", ["share"]]]),
      finished: false,
    });
    const { user } = setup(backend);
    expect((await screen.findByTestId("question-prompt")).dataset.questionId).toBe("good-passphrases");
    expect(screen.queryByTestId("feedback")).toBeNull();

    await user.click(screen.getByTestId("quiz-prev"));
    expect(prompt().dataset.questionId).toBe("friend-asks");
    expect(screen.getByTestId("feedback").dataset.correct).toBe("false");
    expect(screen.queryByTestId("check-answer")).toBeNull();
  });

  it("shows the last question's feedback when every question was answered", async () => {
    const backend = fakeBackend();
    backend.attempts.push({
      id: 3,
      profileId: 1,
      lessonId: LESSON,
      answers: new Map([
        ["friend-asks", ["say-no"]],
        ["good-passphrases", ["pet-name"]],
        ["teacher-knows", ["false"]],
      ]),
      finished: false,
    });
    const { onresults, user } = setup(backend);
    expect((await screen.findByTestId("question-prompt")).dataset.questionId).toBe("teacher-knows");
    expect(screen.getByTestId("feedback").dataset.correct).toBe("true");
    await user.click(screen.getByTestId("see-results"));
    expect(onresults).toHaveBeenCalledWith(3);
  });
});
