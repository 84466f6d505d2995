import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import Result from "../components/Result.svelte";
import { ANA, fakeBackend } from "./fake-backend";

/**
 * The result screen of attempt 5. The Rust side finishes only a quiz with every question
 * answered; one with unanswered questions can only have been finished by an earlier
 * version (`finished`), and finishing it again answers with the same result.
 */
function setup(answers: [string, string[]][], finished = false) {
  const backend = fakeBackend();
  backend.attempts.push({
    id: 5,
    profileId: 1,
    lessonId: "passwords-8-11",
    answers: new Map(answers),
    finished,
  });
  const onretry = vi.fn();
  const onhome = vi.fn();
  render(Result, { props: { profile: ANA, attemptId: 5, onretry, onhome } });
  return { backend, onretry, onhome, user: userEvent.setup() };
}

describe("result", () => {
  it("shows the score and, for each wrong answer, what was chosen, what was right and why", async () => {
    const { backend } = setup([
      ["friend-asks", ["share"]],
      ["good-passphrases", ["three-words", "silly-sentence"]],
      ["teacher-knows", ["true"]],
    ]);
    const score = await screen.findByTestId("result-score");
    expect(backend.callsTo("finish_quiz")).toEqual([{ profileId: 1, attemptId: 5 }]);
    expect(score.textContent?.trim()).toBe("Acertaste 1 de 3");
    expect(score.dataset.score).toBe("1");
    expect(score.dataset.total).toBe("3");
    expect(screen.getByText("Repasa estas 2 preguntas")).toBeTruthy();
    expect(screen.getByText(/Buen intento/)).toBeTruthy();

    expect(screen.queryByTestId("mistake-good-passphrases")).toBeNull();
    const mistake = within(screen.getByTestId("mistake-friend-asks"));
    expect(mistake.getByRole("heading").textContent).toBe("Tu amiga te pide tu contraseña. ¿Qué haces?");
    expect(mistake.getByText("Elegiste:").nextElementSibling?.textContent).toBe("se la das");
    expect(mistake.getByText("Respuesta correcta:").nextElementSibling?.textContent).toBe("le dices que no");
    expect(mistake.getByText("Porque se la das.")).toBeTruthy();
    expect(mistake.getByText("Porque le dices que no.")).toBeTruthy();

    const second = within(screen.getByTestId("mistake-teacher-knows"));
    expect(second.getByText("Porque verdadero.")).toBeTruthy();
    expect(second.getByText("Porque falso.")).toBeTruthy();
  });

  it("celebrates a perfect score and lists no mistakes", async () => {
    setup([
      ["friend-asks", ["say-no"]],
      ["good-passphrases", ["silly-sentence", "three-words"]],
      ["teacher-knows", ["false"]],
    ]);
    expect((await screen.findByTestId("result-score")).textContent?.trim()).toBe("Acertaste 3 de 3");
    expect(screen.getByText(/¡Lo lograste!/)).toBeTruthy();
    expect(screen.queryByText(/Repasa/)).toBeNull();
  });

  it("says when a question was left unanswered, and names every right answer", async () => {
    setup([["friend-asks", ["say-no"]]], true);
    const mistake = within(await screen.findByTestId("mistake-good-passphrases"));
    expect(mistake.getByText("No respondiste esta pregunta.")).toBeTruthy();
    expect(mistake.getByText("Respuestas correctas:").nextElementSibling?.textContent).toBe(
      "tres palabras al azar · una frase chistosa",
    );
  });

  it("goes back to the lessons or tries the quiz again", async () => {
    const { onretry, onhome, user } = setup([], true);
    await user.click(await screen.findByTestId("retry-quiz"));
    expect(onretry).toHaveBeenCalledOnce();
    await user.click(screen.getByTestId("back-home"));
    expect(onhome).toHaveBeenCalledOnce();
  });
});

describe("review of a past attempt", () => {
  function setupReview(finished = true) {
    const backend = fakeBackend();
    backend.attempts.push({
      id: 7,
      profileId: 1,
      lessonId: "passwords-8-11",
      answers: new Map([
        ["friend-asks", ["say-no"]],
        ["teacher-knows", ["true"]],
      ]),
      finished,
    });
    const props = { profile: ANA, attemptId: 7, review: true, onretry: vi.fn(), onhome: vi.fn(), onlesson: vi.fn() };
    render(Result, { props });
    return { backend, props, user: userEvent.setup() };
  }

  it("reads the result without finishing anything, and shows every answer with its explanation", async () => {
    const { backend } = setupReview();
    const score = await screen.findByTestId("result-score");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Repaso de tu intento");
    expect(backend.callsTo("quiz_result")).toEqual([{ profileId: 1, attemptId: 7 }]);
    expect(backend.callsTo("finish_quiz")).toEqual([]);
    expect(score.textContent?.trim()).toBe("Acertaste 1 de 3");
    expect(screen.getByText("Todas tus respuestas")).toBeTruthy();
    expect(screen.queryByTestId(/^mistake-/)).toBeNull();

    const reviewed = screen.getAllByTestId(/^review-(?!back$)/);
    expect(reviewed.map((e) => e.dataset.testid)).toEqual([
      "review-friend-asks",
      "review-good-passphrases",
      "review-teacher-knows",
    ]);
    const right = within(screen.getByTestId("review-friend-asks"));
    expect(right.getByText("Respondiste bien")).toBeTruthy();
    expect(right.getByText("Porque le dices que no.")).toBeTruthy();
    const wrong = within(screen.getByTestId("review-teacher-knows"));
    expect(wrong.getByText("Esta no salió")).toBeTruthy();
    expect(wrong.getByText("Elegiste:").nextElementSibling?.textContent).toBe("verdadero");
    expect(wrong.getByText("Porque falso.")).toBeTruthy();
    expect(within(screen.getByTestId("review-good-passphrases")).getByText("No respondiste esta pregunta.")).toBeTruthy();
  });

  it("goes back to the lesson, tries again, or goes home", async () => {
    const { props, user } = setupReview();
    await user.click(await screen.findByTestId("review-back"));
    expect(props.onlesson).toHaveBeenCalledOnce();
    await user.click(screen.getByTestId("retry-quiz"));
    expect(props.onretry).toHaveBeenCalledOnce();
    await user.click(screen.getByTestId("back-home"));
    expect(props.onhome).toHaveBeenCalledOnce();
  });

  it("offers to try again when the attempt cannot be read", async () => {
    const { backend } = setupReview(false);
    expect(await screen.findByRole("button", { name: "Intentar de nuevo" })).toBeTruthy();
    expect(backend.callsTo("quiz_result")).toHaveLength(1);
    expect(screen.queryByTestId("result-score")).toBeNull();
  });
});
