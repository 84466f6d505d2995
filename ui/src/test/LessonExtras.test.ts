// The lesson reader's extras: glossary words, activities as sub-screens, past attempts
// and the adult lessons' home guide.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import LessonReader from "../components/LessonReader.svelte";
import { setLocale } from "../lib/i18n.svelte";
import { ANA, type FakeOptions, fakeBackend } from "./fake-backend";

function setup(lessonId = "passwords-8-11", options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  const props = { profile: ANA, lessonId, onquiz: vi.fn(), onhome: vi.fn(), onglossary: vi.fn(), onreview: vi.fn() };
  const { rerender } = render(LessonReader, { props });
  return { backend, props, rerender, user: userEvent.setup() };
}

const sectionId = () => screen.getByTestId("section-title").dataset.sectionId;

describe("glossary words in a lesson", () => {
  it("opens the word's definition in a pop-up, closes it with Escape and gives focus back", async () => {
    const { backend, user } = setup();
    const word = await screen.findByTestId("term-link-password");
    expect(word.tagName).toBe("BUTTON");
    expect(word.closest("p")?.textContent).toBe("Una contraseña es una llave.");
    expect(word.getAttribute("aria-expanded")).toBe("false");

    await user.click(word);
    const popup = screen.getByRole("dialog");
    expect(word.getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(popup.textContent).toContain("Una palabra secreta que abre tu cuenta."));
    expect(popup.getAttribute("aria-labelledby")).toBeTruthy();
    expect(document.getElementById(popup.getAttribute("aria-labelledby") ?? "")?.textContent).toBe("contraseña");
    expect(document.activeElement).toBe(popup);
    expect(backend.callsTo("glossary")).toEqual([{ locale: "es-MX" }]);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(word);

    // The glossary is asked for once per language.
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("dialog").textContent).toContain("abre tu cuenta"));
    await user.click(within(screen.getByRole("dialog")).getByTestId("term-close"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(word);
    expect(backend.callsTo("glossary")).toHaveLength(1);
  });

  it("closes when focus leaves it, and links to the full glossary", async () => {
    const { props, user } = setup();
    await user.click(await screen.findByTestId("term-link-password"));
    await user.click(screen.getByTestId("section-title"));
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(screen.getByTestId("term-link-password"));
    await user.click(screen.getByTestId("term-glossary"));
    expect(props.onglossary).toHaveBeenCalledWith("password");
  });

  it("says so when a word is missing from the glossary", async () => {
    const { user } = setup("passwords-8-11", { terms: [] });
    await user.click(await screen.findByTestId("term-link-password"));
    await waitFor(() =>
      expect(screen.getByRole("dialog").textContent).toContain("Esta palabra todavía no está en el glosario."),
    );
  });
});

describe("activities in the reader", () => {
  it("offers each activity after its section", async () => {
    const { user } = setup();
    await screen.findByTestId("lesson-title");
    const offered = () => screen.queryAllByTestId(/^activity-/).map((b) => b.dataset.testid);
    expect(offered()).toEqual(["activity-fake-prize"]);
    expect(screen.getByText("¡A practicar!")).toBeTruthy();
    await user.click(screen.getByTestId("section-next"));
    expect(offered()).toEqual(["activity-friend-asks-story", "activity-what-to-share"]);
    await user.click(screen.getByTestId("section-next"));
    expect(offered()).toEqual(["activity-passphrase-lab"]);
  });

  it("opens an activity as a sub-screen and comes back to the same section, focus on its button", async () => {
    const { backend, user } = setup();
    await screen.findByTestId("lesson-title");
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("activity-what-to-share"));

    const title = screen.getByTestId("activity-title");
    expect(title.tagName).toBe("H1");
    expect(title.textContent).toBe("¿Lo comparto?");
    expect(document.activeElement).toBe(title);
    expect(screen.queryByTestId("section-title")).toBeNull();
    expect(screen.getByTestId("activity-screen").dataset.kind).toBe("sort-it");

    await user.click(screen.getByTestId("activity-back"));
    expect(sectionId()).toBe("a-good-secret");
    expect(document.activeElement).toBe(screen.getByTestId("activity-what-to-share"));
    expect(backend.callsTo("save_place").map((c) => c.sectionId)).toEqual(["the-key", "a-good-secret"]);
  });

  it("keeps the activity and its state across a language switch", async () => {
    const { backend, rerender, user } = setup();
    await screen.findByTestId("lesson-title");
    await user.click(screen.getByTestId("activity-fake-prize"));
    await user.click(screen.getByTestId("spot-part-prize"));

    backend.profiles[0].locale = "en";
    setLocale("en");
    await rerender({ profile: { ...ANA, locale: "en" } });
    await waitFor(() => expect(screen.getByTestId("activity-title").textContent).toBe("Where's the trick?"));
    expect(screen.getByTestId("spot-part-prize").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("spot-part-prize").textContent).toContain("You won a phone!");

    await user.click(screen.getByTestId("activity-back"));
    expect(sectionId()).toBe("the-key");
    expect(screen.getByTestId("section-title").textContent?.trim()).toBe("The key");
  });

  it("wipes the passphrase when leaving the lab", async () => {
    const { backend, user } = setup("passwords-8-11", { places: { "1/passwords-8-11": "what-to-do" } });
    await user.click(await screen.findByTestId("activity-passphrase-lab"));
    await user.type(screen.getByTestId("passphrase-input"), "mi frase");
    await user.click(screen.getByTestId("activity-back"));
    await user.click(screen.getByTestId("activity-passphrase-lab"));
    expect((screen.getByTestId("passphrase-input") as HTMLInputElement).value).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(backend.callsTo("estimate_passphrase")).toEqual([]);
  });
});

describe("my attempts", () => {
  it("lists the finished attempts, newest first, with their date and score, and opens one", async () => {
    const backend = fakeBackend();
    const startedAt = Date.UTC(2026, 10, 12, 16, 30) / 1000;
    backend.attempts.push(
      { id: 1, profileId: 1, lessonId: "passwords-8-11", answers: new Map([["friend-asks", ["say-no"]]]), finished: true, startedAt },
      { id: 2, profileId: 1, lessonId: "passwords-8-11", answers: new Map(), finished: false },
      { id: 3, profileId: 1, lessonId: "passwords-8-11", answers: new Map([["teacher-knows", ["false"]], ["friend-asks", ["say-no"]]]), finished: true },
      { id: 4, profileId: 1, lessonId: "scams-12-14", answers: new Map(), finished: true },
    );
    const onreview = vi.fn();
    render(LessonReader, {
      props: { profile: ANA, lessonId: "passwords-8-11", onquiz: vi.fn(), onhome: vi.fn(), onglossary: vi.fn(), onreview },
    });
    const user = userEvent.setup();
    const toggle = await screen.findByTestId("lesson-attempts");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");

    const listed = await screen.findAllByTestId(/^attempt-/);
    expect(listed.map((a) => a.dataset.testid)).toEqual(["attempt-3", "attempt-1"]);
    expect(backend.callsTo("list_attempts")).toEqual([{ profileId: 1, lessonId: "passwords-8-11" }]);
    const when = new Intl.DateTimeFormat("es-MX", { dateStyle: "long", timeStyle: "short" }).format(startedAt * 1000);
    expect(listed[1].textContent).toContain(when);
    expect(listed[1].textContent).toContain("1 de 3 correctas");
    expect(listed[0].textContent).toContain("2 de 3 correctas");

    await user.click(listed[1]);
    expect(onreview).toHaveBeenCalledWith(1);
  });

  it("says when there is no finished attempt yet", async () => {
    const { user } = setup();
    await user.click(await screen.findByTestId("lesson-attempts"));
    expect((await screen.findByTestId("attempts-empty")).textContent).toContain("Todavía no terminas el cuestionario");
  });
});

describe("home guide of an adult lesson", () => {
  it("is offered only for lessons that have one", async () => {
    setup();
    await screen.findByTestId("lesson-title");
    expect(screen.queryByTestId("open-guide")).toBeNull();
  });

  it("opens a printable guide with numbered questions, prints it, and comes back", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { user } = setup("family-talk");
    await user.click(await screen.findByTestId("open-guide"));
    const title = screen.getByTestId("guide-title");
    expect(title.tagName).toBe("H1");
    expect(title.textContent).toBe("Para platicar en casa");
    expect(document.activeElement).toBe(title);
    expect(screen.getByText("Elija una o dos preguntas.")).toBeTruthy();
    const questions = screen.getByTestId("guide-questions");
    expect(questions.tagName).toBe("OL");
    expect(within(questions).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "¿Qué te gusta hacer en internet?",
      "¿Con quién juegas en línea?",
      "¿A quién le contarías algo raro?",
    ]);
    expect(screen.getByTestId("guide-print").closest(".no-print")).not.toBeNull();

    await user.click(screen.getByTestId("guide-print"));
    expect(print).toHaveBeenCalledOnce();
    await user.click(screen.getByTestId("guide-back"));
    expect(document.activeElement).toBe(screen.getByTestId("open-guide"));
    print.mockRestore();
  });
});
