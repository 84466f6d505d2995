// The whole UI over the fake backend: startup, profiles, navigation, the
// language switch keeping the place, and errors.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import type { AppError } from "../lib/bindings";
import { ANA, type FakeOptions, type FakeStartup, fakeBackend } from "./fake-backend";

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  render(App);
  return { backend, user: userEvent.setup() };
}

async function openLesson(user: ReturnType<typeof userEvent.setup>, id = "passwords-8-11") {
  await user.click(await screen.findByTestId("profile-1"));
  await user.click(await screen.findByTestId(`lesson-card-${id}`));
  await screen.findByTestId("section-title");
}

const sectionTitle = () => screen.getByTestId("section-title");
const h1 = () => screen.getByRole("heading", { level: 1 });

describe("startup", () => {
  const STORE_ERROR: FakeStartup = {
    storeError: { key: "error-database-corrupt", args: { path: "/home/ana/.local/share/ciberescudo/progress.db" } },
    systemLocale: "en",
    backup: null,
  };

  it("shows only a calm store error, in the system language, and tries again", async () => {
    let answer = STORE_ERROR;
    const { backend, user } = setup({ startup: () => answer });
    const panel = await screen.findByTestId("store-error");
    expect(h1().textContent?.trim()).toBe("We couldn't open your progress");
    expect(panel.textContent).toContain("we did not change or delete it");
    // The message of errors.ftl names the file, so it is not repeated.
    expect(panel.textContent?.split("/home/ana/.local/share/ciberescudo/progress.db")).toHaveLength(2);
    expect(document.activeElement).toBe(h1());
    expect(screen.queryByTestId("lang-es-MX")).toBeNull();
    expect(screen.queryByTestId("new-profile")).toBeNull();
    expect(backend.callsTo("list_profiles")).toEqual([]);

    await user.click(within(panel).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("It still can't be opened. You can try again whenever you like.")).toBeTruthy();
    expect(backend.callsTo("startup")).toHaveLength(2);
    expect(screen.getByTestId("store-error")).toBeTruthy();

    answer = { storeError: null, systemLocale: "en", backup: null };
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
    expect(screen.queryByTestId("store-error")).toBeNull();
    expect(h1().textContent).toBe("Who are you?");
  });

  it("names the file even when the error's own message is unknown to this version", async () => {
    const path = "C:\\Users\\Ana\\AppData\\progress.db";
    // No AppError of this version (its type rules this key out): the screen copes anyway.
    const storeError = { key: "error-from-the-future", args: { path } } as unknown as AppError;
    setup({ startup: { storeError, systemLocale: "es-MX" } });
    const panel = await screen.findByTestId("store-error");
    expect(panel.textContent).toContain("Algo salió mal.");
    expect(panel.textContent).toContain("no lo cambiamos ni lo borramos");
    expect(within(panel).getByText(path).tagName).toBe("CODE");
  });

  it("says so calmly when the app cannot start at all", async () => {
    // As Tauri rejects when a command cannot run: a plain string, no AppError.
    const { backend, user } = setup({ crashing: { startup: "command startup not found" } });
    const panel = await screen.findByTestId("startup-error");
    // With no word from the Rust side, the language comes from the webview (en-US in jsdom).
    expect(panel.textContent).toContain("Something went wrong. Please try again; your progress is safe.");
    expect(panel.textContent).not.toContain("we did not change");
    backend.crashing.delete("startup");
    await user.click(within(panel).getByRole("button", { name: "Try again" }));
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
  });

  it("starts in the system language", async () => {
    setup({ startup: { storeError: null, systemLocale: "en" } });
    await screen.findByTestId("profile-1");
    expect(h1().textContent).toBe("Who are you?");
    expect(screen.getByTestId("lang-en").getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.lang).toBe("en");
  });
});

describe("profiles", () => {
  it("creates a profile and goes to its home, focusing each new screen's heading", async () => {
    const { backend, user } = setup({ profiles: [] });
    await user.click(await screen.findByTestId("new-profile"));
    expect(h1().textContent).toBe("Nuevo perfil");
    expect(document.activeElement).toBe(h1());

    await user.type(screen.getByTestId("nickname-input"), "Leo");
    await user.click(screen.getByTestId("avatar-3"));
    await user.click(screen.getByTestId("band-15-17"));
    await user.click(screen.getByTestId("create-profile-submit"));

    await screen.findByTestId("change-profile");
    expect(h1().textContent).toContain("¡Hola, Leo!");
    expect(document.activeElement).toBe(h1());
    expect(backend.profiles).toEqual([{ id: 1, nickname: "Leo", avatar: "🦉", band: "15-17", locale: "es-MX" }]);

    await user.click(screen.getByTestId("change-profile"));
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
  });

  it("draws the first screen from startup alone, and asks again on a later visit", async () => {
    const { backend, user } = setup();
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
    expect(backend.callsTo("startup")).toHaveLength(1);
    expect(backend.callsTo("list_profiles")).toEqual([]);

    // A profile made meanwhile shows when the picker opens again.
    await user.click(screen.getByTestId("new-profile"));
    await user.type(screen.getByTestId("nickname-input"), "Leo");
    await user.click(screen.getByTestId("avatar-3"));
    await user.click(screen.getByTestId("band-15-17"));
    await user.click(screen.getByTestId("create-profile-submit"));
    await user.click(await screen.findByTestId("change-profile"));
    expect(await screen.findByTestId("profile-2")).toBeTruthy();
    expect(screen.getByTestId("profile-1")).toBeTruthy();
    expect(backend.callsTo("list_profiles")).toHaveLength(1);
  });

  it("switches the language before choosing a profile without calling the backend", async () => {
    const { backend, user } = setup();
    await screen.findByTestId("profile-1");
    await user.click(screen.getByTestId("lang-en"));
    expect(h1().textContent).toBe("Who are you?");
    expect(backend.callsTo("set_profile_locale")).toEqual([]);
  });

  it("shows the lessons in the profile's own language", async () => {
    const { user } = setup({ profiles: [{ ...ANA, locale: "en" }] });
    await user.click(await screen.findByTestId("profile-1"));
    expect((await screen.findByTestId("lesson-card-passwords-8-11")).textContent).toContain("Your passwords");
    expect(h1().textContent).toContain("Hi, Ana!");
  });
});

describe("language switch keeps the place", () => {
  it("in the reader: same section, now in English", async () => {
    const { backend, user } = setup();
    await openLesson(user);
    await user.click(screen.getByTestId("section-next"));
    expect(sectionTitle().dataset.sectionId).toBe("a-good-secret");
    const saves = backend.callsTo("save_place").length;

    await user.click(screen.getByTestId("lang-en"));
    await waitFor(() => expect(sectionTitle().textContent?.trim()).toBe("A good secret"));
    expect(backend.callsTo("set_profile_locale")).toEqual([{ profileId: 1, locale: "en" }]);
    expect(sectionTitle().dataset.sectionId).toBe("a-good-secret");
    expect(screen.getByTestId("lesson-title").textContent).toBe("Your passwords");
    expect(screen.getByText("Part 2 of 3")).toBeTruthy();
    expect(screen.getByTestId("lang-en").getAttribute("aria-pressed")).toBe("true");
    expect(backend.callsTo("save_place")).toHaveLength(saves);

    await user.click(screen.getByTestId("lang-es-MX"));
    await waitFor(() => expect(sectionTitle().textContent?.trim()).toBe("Un buen secreto"));
  });

  it("in the quiz: same question and its feedback, and the result re-rendered", async () => {
    const { backend, user } = setup();
    await openLesson(user);
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("start-quiz"));
    await user.click(await screen.findByTestId("option-share"));
    await user.click(screen.getByTestId("check-answer"));
    await screen.findByTestId("feedback");
    await user.click(screen.getByTestId("next-question"));
    await user.click(screen.getByTestId("option-pet-name"));

    await user.click(screen.getByTestId("lang-en"));
    await screen.findByText("Question 2 of 3");
    expect(backend.callsTo("quiz_view")).toEqual([{ profileId: 1, attemptId: 1 }]);
    expect(screen.getByTestId("question-prompt").textContent).toBe("Which are good passphrases?");
    expect((screen.getByTestId("option-pet-name") as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByTestId("quiz-prev"));
    expect(screen.getByTestId("feedback").textContent).toContain("Because you say no.");
    await user.click(screen.getByTestId("next-question"));
    await user.click(screen.getByTestId("check-answer"));
    await user.click(await screen.findByTestId("next-question"));
    await user.click(screen.getByTestId("option-false"));
    await user.click(screen.getByTestId("check-answer"));
    await user.click(await screen.findByTestId("see-results"));

    const score = await screen.findByTestId("result-score");
    expect(score.textContent?.trim()).toBe("You got 1 of 3 right");
    await user.click(screen.getByTestId("lang-es-MX"));
    await waitFor(() => expect(screen.getByTestId("result-score").textContent?.trim()).toBe("Acertaste 1 de 3"));
    expect(backend.callsTo("finish_quiz")).toHaveLength(2);
    expect(screen.getByTestId("mistake-friend-asks").textContent).toContain("Porque le dices que no.");

    await user.click(screen.getByTestId("retry-quiz"));
    await screen.findByText("Pregunta 1 de 3");
    expect(backend.callsTo("start_quiz")).toHaveLength(2);
    expect(backend.attempts).toHaveLength(2);
    expect(screen.queryByTestId("feedback")).toBeNull();

    await user.click(screen.getByTestId("quiz-home"));
    const badge = await screen.findByTestId("lesson-status-passwords-8-11");
    expect(badge.dataset.state).toBe("new");
  });
});

describe("errors", () => {
  it("shows a failed command in a dismissible alert, and the app keeps working", async () => {
    // A key this version does not know is no AppError: the generic message is shown.
    const { backend, user } = setup({ crashing: { list_lessons: { key: "error-something-new", args: {} } } });
    await user.click(await screen.findByTestId("profile-1"));
    const alert = await screen.findByTestId("error-alert");
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(alert.textContent).toContain("Algo salió mal.");

    await user.click(within(alert).getByRole("button", { name: "Cerrar aviso" }));
    expect(screen.queryByTestId("error-alert")).toBeNull();

    backend.crashing.delete("list_lessons");
    await user.click(screen.getByRole("button", { name: "Intentar de nuevo" }));
    expect(await screen.findByTestId("lesson-card-passwords-8-11")).toBeTruthy();
  });

  it("keeps the language and the place when switching fails", async () => {
    const { backend, user } = setup();
    await openLesson(user);
    backend.failing.set("set_profile_locale", { key: "error-database", args: {} });
    await user.click(screen.getByTestId("lang-en"));
    expect(await screen.findByTestId("error-alert")).toBeTruthy();
    expect(screen.getByTestId("lang-es-MX").getAttribute("aria-pressed")).toBe("true");
    expect(sectionTitle().textContent?.trim()).toBe("La llave");
  });
});
