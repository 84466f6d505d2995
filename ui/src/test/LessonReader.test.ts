import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import LessonReader from "../components/LessonReader.svelte";
import { ANA, type FakeOptions, fakeBackend } from "./fake-backend";

const LESSON = "passwords-8-11";

function setup(places: Record<string, string> = {}, options: FakeOptions = {}) {
  const backend = fakeBackend({ places, ...options });
  const onquiz = vi.fn();
  const onhome = vi.fn();
  const onglossary = vi.fn();
  const onreview = vi.fn();
  render(LessonReader, { props: { profile: ANA, lessonId: LESSON, onquiz, onhome, onglossary, onreview } });
  return { backend, onquiz, onhome, onglossary, onreview, user: userEvent.setup() };
}

const sectionId = () => screen.getByTestId("section-title").dataset.sectionId;

describe("lesson reader", () => {
  it("resumes at the saved place without saving it again", async () => {
    const { backend } = setup({ [`1/${LESSON}`]: "a-good-secret" });
    await screen.findByTestId("lesson-title");
    expect(backend.callsTo("open_lesson")).toEqual([{ profileId: 1, lessonId: LESSON }]);
    expect(sectionId()).toBe("a-good-secret");
    expect(screen.getByTestId("section-title").textContent?.trim()).toBe("Un buen secreto");
    expect(screen.getByText("Parte 2 de 3")).toBeTruthy();
    expect(backend.callsTo("save_place")).toEqual([]);
  });

  it("starts a new lesson at its first section and remembers it", async () => {
    const { backend } = setup();
    expect((await screen.findByTestId("lesson-title")).textContent).toBe("Tus contraseñas");
    expect(document.activeElement).toBe(screen.getByTestId("lesson-title"));
    expect(sectionId()).toBe("the-key");
    expect(screen.getByText("Parte 1 de 3")).toBeTruthy();
    expect(screen.queryByTestId("section-prev")).toBeNull();
    expect(backend.callsTo("save_place")).toEqual([{ profileId: 1, lessonId: LESSON, sectionId: "the-key" }]);
  });

  it("saves the place on every section change, and ends with sources and the quiz", async () => {
    const { backend, onquiz, user } = setup({ [`1/${LESSON}`]: "the-key" });
    await screen.findByTestId("lesson-title");
    expect(screen.getByTestId("section-title").parentElement?.querySelector("p")?.textContent).toBe(
      "Una contraseña es una llave.",
    );
    expect(screen.getByText("La llave 1").tagName).toBe("LI");

    await user.click(screen.getByTestId("section-next"));
    expect(sectionId()).toBe("a-good-secret");
    expect(document.activeElement).toBe(screen.getByTestId("section-title"));
    expect(screen.queryByTestId("start-quiz")).toBeNull();
    expect(screen.queryByText("Fuentes")).toBeNull();

    await user.click(screen.getByTestId("section-next"));
    expect(sectionId()).toBe("what-to-do");
    expect(screen.getByText("Parte 3 de 3")).toBeTruthy();
    expect(screen.queryByTestId("section-next")).toBeNull();
    expect(screen.getByText("Fuentes")).toBeTruthy();
    expect(screen.getByText("https://example.org/passwords")).toBeTruthy();
    expect(screen.getByText("Qué es una contraseña fuerte")).toBeTruthy();
    expect(screen.getByText("Consultada el 30 de noviembre de 2026")).toBeTruthy();

    await user.click(screen.getByTestId("section-prev"));
    expect(sectionId()).toBe("a-good-secret");

    expect(backend.callsTo("save_place").map((c) => c.sectionId)).toEqual([
      "a-good-secret",
      "what-to-do",
      "a-good-secret",
    ]);
    expect(backend.places.get(`1/${LESSON}`)).toBe("a-good-secret");

    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("start-quiz"));
    expect(onquiz).toHaveBeenCalledOnce();
  });

  it("keeps reading when saving the place fails", async () => {
    const { backend, user } = setup({ [`1/${LESSON}`]: "the-key" });
    await screen.findByTestId("lesson-title");
    backend.failing.set("save_place", { key: "error-database", args: {} });
    await user.click(screen.getByTestId("section-next"));
    await user.click(screen.getByTestId("section-next"));
    expect(sectionId()).toBe("what-to-do");
    expect(backend.callsTo("save_place")).toHaveLength(2);
  });

  it("offers to try again when the lesson cannot be opened", async () => {
    const { backend, onhome, user } = setup({}, { failing: { open_lesson: { key: "error-lesson-not-found", args: {} } } });
    await user.click(await screen.findByRole("button", { name: "Intentar de nuevo" }));
    expect(screen.getByText(/No pudimos cargar esta parte/)).toBeTruthy();

    backend.failing.delete("open_lesson");
    await user.click(screen.getByRole("button", { name: "Intentar de nuevo" }));
    expect((await screen.findByTestId("lesson-title")).textContent).toBe("Tus contraseñas");
    expect(backend.callsTo("open_lesson")).toHaveLength(3);

    await user.click(screen.getByTestId("reader-home"));
    expect(onhome).toHaveBeenCalledOnce();
  });
});
