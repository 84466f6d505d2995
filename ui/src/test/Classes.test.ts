// Classes in the adult area over the fake backend: making a class and its roster,
// the files carried around a computer lab on a USB stick, and what the teacher sees
// of the class's work (the matrix, a learner's attempts, the hardest questions).
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import type { ProfileView } from "../lib/bindings";
import {
  ANA,
  type FakeClass,
  type FakeOptions,
  type FakeProgressFile,
  fakeBackend,
  PASSWORDS,
} from "./fake-backend";

const BETO: ProfileView = { id: 2, nickname: "Beto", avatar: "🐼", band: "12-14", locale: "es-MX" };
const CARLA: ProfileView = { id: 3, nickname: "Carla", avatar: "🙂", band: "8-11", locale: "es-MX" };
const PIN = "4826";
const CLASS_NAME = "5° B, turno matutino";
/** Ana (by hand, then added) and Carla (from the roster) are in it; Beto is not. */
const FIFTH_B: FakeClass = { id: 1, name: CLASS_NAME, schoolYear: "2026-2027", members: [1, 3] };
const EMPTY: FakeClass = { id: 2, name: "6° A", schoolYear: "2026-2027", members: [] };
const ALL_RIGHT = new Map([
  ["friend-asks", ["say-no"]],
  ["good-passphrases", ["three-words", "silly-sentence"]],
  ["teacher-knows", ["false"]],
]);

type User = ReturnType<typeof userEvent.setup>;

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend({
    adult: { pin: PIN, open: true },
    profiles: [ANA, BETO, CARLA],
    classes: [FIFTH_B, EMPTY],
    ...options,
  });
  render(App);
  return { backend, user: userEvent.setup() };
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;

/** The fake starts with the PIN set and the area open: the link leads straight in. */
async function openArea(user: User): Promise<void> {
  await user.click(await screen.findByTestId("adult-link"));
  await screen.findByTestId("adult-area-title");
}

async function openClass(user: User, classId = 1): Promise<void> {
  await openArea(user);
  await user.click(await screen.findByTestId(`class-open-${classId}`));
  await screen.findByTestId("class-title");
}

/** The lesson ids of the matrix's columns, in order. */
const columns = () => screen.getAllByTestId(/^class-column-/).map((th) => th.dataset.lessonId);

describe("the classes section", () => {
  it("lists the classes with their school year and learners, and opens one", async () => {
    const { user } = setup();
    await openArea(user);
    const section = screen.getByRole("heading", { level: 2, name: "Grupos" }).closest("section");
    expect(section).toBeTruthy();
    await screen.findByTestId("class-1");
    expect(text(screen.getByTestId("class-name-1"))).toBe(CLASS_NAME);
    expect(text(screen.getByTestId("class-about-1"))).toBe("Ciclo escolar 2026-2027 · 2 estudiantes");
    expect(text(screen.getByTestId("class-about-2"))).toBe("Ciclo escolar 2026-2027 · 0 estudiantes");
    // Each "Open" button is described by its class's name.
    const open = screen.getByTestId("class-open-1");
    expect(open.getAttribute("aria-describedby")).toBe(screen.getByTestId("class-name-1").id);

    await user.click(open);
    const title = await screen.findByTestId("class-title");
    expect(title.tagName).toBe("H1");
    expect(title.textContent).toBe(CLASS_NAME);
    expect(document.activeElement).toBe(title);
    expect(text(screen.getByTestId("class-about"))).toBe("Ciclo escolar 2026-2027 · 2 estudiantes");

    await user.click(screen.getByTestId("class-back"));
    expect(await screen.findByTestId("adult-area-title")).toBeTruthy();
    expect(await screen.findByTestId("class-1")).toBeTruthy();
  });

  it("creates a class, showing the Rust side's refusal next to the field it is about", async () => {
    const { backend, user } = setup({ classes: [] });
    await openArea(user);
    expect(await screen.findByTestId("classes-empty")).toBeTruthy();
    expect(screen.getByText("Por ejemplo: 5° B, turno matutino")).toBeTruthy();
    expect(screen.getByText("Por ejemplo: 2026-2027")).toBeTruthy();

    // No name.
    await user.type(field("class-new-year"), "2026-2027");
    await user.click(screen.getByTestId("class-new-submit"));
    const error = await screen.findByTestId("class-new-error");
    expect(text(error)).toBe("⚠️ Escribe un nombre para el grupo, de hasta 60 letras.");
    expect(field("class-new-name").getAttribute("aria-invalid")).toBe("true");
    expect(field("class-new-name").getAttribute("aria-describedby")).toContain(error.id);
    expect(field("class-new-year").getAttribute("aria-invalid")).toBe("false");
    expect(document.activeElement).toBe(field("class-new-name"));

    // A name, but a school year too long.
    await user.type(field("class-new-name"), CLASS_NAME);
    await user.clear(field("class-new-year"));
    await user.type(field("class-new-year"), "ciclo escolar 2026 a 2027");
    await user.click(screen.getByTestId("class-new-submit"));
    await waitFor(() => expect(screen.getByTestId("class-new-error").dataset.key).toBe("error-school-year-invalid"));
    expect(text(screen.getByTestId("class-new-error"))).toContain("Escribe el ciclo escolar, de hasta 20 letras");
    expect(field("class-new-year").getAttribute("aria-invalid")).toBe("true");
    expect(field("class-new-name").getAttribute("aria-invalid")).toBe("false");
    expect(document.activeElement).toBe(field("class-new-year"));
    expect(backend.classes).toEqual([]);

    await user.clear(field("class-new-year"));
    await user.type(field("class-new-year"), "2026-2027{Enter}");
    const created = await screen.findByTestId("class-created");
    expect(text(created)).toBe(`✓ Listo: se creó el grupo «${CLASS_NAME}».`);
    expect(created.closest("[role=status]")).toBeTruthy();
    expect(screen.queryByTestId("class-new-error")).toBeNull();
    expect(field("class-new-name").value).toBe("");
    expect(field("class-new-year").value).toBe("");
    expect(text(screen.getByTestId("class-name-1"))).toBe(CLASS_NAME);
    expect(text(screen.getByTestId("class-about-1"))).toBe("Ciclo escolar 2026-2027 · 0 estudiantes");
    // Ready to open.
    expect(document.activeElement).toBe(screen.getByTestId("class-open-1"));
    expect(backend.callsTo("create_class")).toEqual([
      { name: "", schoolYear: "2026-2027" },
      { name: CLASS_NAME, schoolYear: "ciclo escolar 2026 a 2027" },
      { name: CLASS_NAME, schoolYear: "2026-2027" },
    ]);
    expect(backend.classes).toMatchObject([{ id: 1, name: CLASS_NAME, schoolYear: "2026-2027", members: [] }]);
  });

  it("imports a class file on a lab computer, says what came, and names a refused file", async () => {
    const { backend, user } = setup({ profiles: [ANA], classes: [] });
    await openArea(user);
    await screen.findByTestId("classes-empty");

    // Cancelled: nothing said, nothing changed.
    await user.click(screen.getByTestId("class-import"));
    await waitFor(() => expect(backend.callsTo("import_class_file")).toHaveLength(1));
    expect(screen.queryByTestId("class-imported")).toBeNull();
    expect(screen.queryByTestId("class-import-error")).toBeNull();

    backend.opening.file = {
      file: "ciberescudo-class-5-b-turno-matutino.json",
      class: { uid: "teacher-class", name: CLASS_NAME, schoolYear: "2026-2027" },
      learners: [
        { uid: "l-1", nickname: "Luis", avatar: "🙂", band: "8-11" },
        { uid: "l-2", nickname: "Mariana", avatar: "🙂", band: "8-11" },
      ],
    };
    await user.click(screen.getByTestId("class-import"));
    const imported = await screen.findByTestId("class-imported");
    expect(text(imported)).toBe(`✓ Se importó el grupo «${CLASS_NAME}» (2026-2027) con 2 estudiantes.`);
    expect(await screen.findByTestId("class-1")).toBeTruthy();
    expect(text(screen.getByTestId("class-about-1"))).toBe("Ciclo escolar 2026-2027 · 2 estudiantes");
    expect(backend.callsTo("import_class_file")).toEqual([{ locale: "es-MX" }, { locale: "es-MX" }]);
    expect(backend.profiles.map((p) => p.nickname)).toEqual(["Ana", "Luis", "Mariana"]);

    backend.opening.file = { ...backend.opening.file, file: "fotos.json", problem: "not-ours" };
    await user.click(screen.getByTestId("class-import"));
    expect(text(await screen.findByTestId("class-import-error"))).toBe(
      "⚠️ fotos.json no es un archivo de Ciberescudo de este tipo. No se importó nada.",
    );
    expect(screen.queryByTestId("class-imported")).toBeNull();

    // The learners are on the picker, to pick their own profile.
    await user.click(screen.getByTestId("adult-leave"));
    const tiles = await screen.findAllByTestId(/^profile-\d+$/);
    expect(tiles.map((tile) => text(tile))).toEqual(["🦊 Ana", "🙂 Luis", "🙂 Mariana"]);
  });
});

describe("adding learners", () => {
  it("adds a roster, skipping nicknames the class already has, and names a line it refuses", async () => {
    const { backend, user } = setup();
    await openClass(user, 2);
    const roster = screen.getByTestId("roster-input") as HTMLTextAreaElement;
    expect(roster.tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("Apodos, uno por renglón")).toBe(roster);
    expect(roster.getAttribute("aria-describedby")).toBe(screen.getByText(/nunca nombres completos/).id);

    // The age band of a class with no learners yet is the adult's choice.
    await user.click(roster);
    await user.paste("Luis\nluis\n\nMariana");
    await user.click(screen.getByTestId("roster-submit"));
    expect(text(await screen.findByTestId("roster-band-missing"))).toBe("⚠️ Elige la edad de estos estudiantes.");
    expect(document.activeElement).toBe(screen.getByTestId("roster-band-8-11"));
    expect(backend.callsTo("add_roster")).toEqual([]);

    await user.click(screen.getByTestId("roster-band-8-11"));
    expect(screen.queryByTestId("roster-band-missing")).toBeNull();
    await user.click(screen.getByTestId("roster-submit"));
    const result = await screen.findByTestId("roster-result");
    expect(text(result)).toBe(
      "✓ Se agregaron 2 estudiantes: Luis y Mariana. Un apodo ya estaba en el grupo y no se agregó otra vez.",
    );
    expect(result.closest("[role=status]")).toBeTruthy();
    expect(roster.value).toBe("");
    expect(backend.callsTo("add_roster")).toEqual([
      { classId: 2, nicknames: "Luis\nluis\n\nMariana", band: "8-11", locale: "es-MX" },
    ]);
    await waitFor(() => expect(text(screen.getByTestId("class-about"))).toContain("2 estudiantes"));
    expect(screen.getByTestId("class-learner-4").textContent).toContain("Luis");
    expect(backend.profiles.find((p) => p.nickname === "Mariana")).toMatchObject({ avatar: "🙂", band: "8-11" });

    // Again, with one known in another case, and nothing new.
    await user.click(roster);
    await user.paste("MARIANA");
    await user.click(screen.getByTestId("roster-submit"));
    await waitFor(() =>
      expect(text(screen.getByTestId("roster-result"))).toBe(
        "✓ No se agregó a nadie nuevo. Un apodo ya estaba en el grupo y no se agregó otra vez.",
      ),
    );

    // A nickname too long on the third line: nothing added, the line named and selected.
    const long = "Alguien con un apodo larguísimo";
    await user.click(roster);
    await user.paste(`Pedro\n\n${long}\nRosa`);
    await user.click(screen.getByTestId("roster-submit"));
    const error = await screen.findByTestId("roster-error");
    expect(text(error)).toBe(
      "⚠️ El apodo de la línea 3 no se puede usar: revisa que no sea muy largo ni tenga caracteres raros.",
    );
    expect(roster.getAttribute("aria-invalid")).toBe("true");
    expect(roster.getAttribute("aria-describedby")).toContain(error.id);
    expect(document.activeElement).toBe(roster);
    expect(roster.value.slice(roster.selectionStart, roster.selectionEnd)).toBe(long);
    expect(screen.queryByTestId("roster-result")).toBeNull();
    expect(backend.profiles.some((p) => p.nickname === "Pedro")).toBe(false);
  });

  it("adds a profile of this computer to the class", async () => {
    const { backend, user } = setup();
    await openClass(user);
    const select = screen.getByTestId("add-profile-select") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Beto (12 a 14 años)"]);
    await user.click(screen.getByTestId("add-profile-submit"));
    expect(text(await screen.findByTestId("add-profile-result"))).toBe("✓ Listo: «Beto» ya es parte del grupo.");
    expect(backend.callsTo("add_to_class")).toEqual([{ classId: 1, profileId: 2 }]);
    expect(await screen.findByTestId("class-learner-2")).toBeTruthy();
    expect(screen.getByTestId("add-profile-none").textContent).toBe(
      "Todos los perfiles de esta computadora ya están en el grupo.",
    );
  });

  it("matches a hand-made profile to its roster learner after a confirmation, and the hand-made one disappears", async () => {
    const { backend, user } = setup({ classes: [{ ...FIFTH_B, members: [3] }] });
    backend.attempts.push({ id: 1, profileId: 1, lessonId: "passwords-8-11", answers: ALL_RIGHT, finished: true });
    await openClass(user);
    expect(screen.getByTestId("class-cell-3-passwords-8-11").dataset.state).toBe("notStarted");

    const handMade = screen.getByTestId("match-hand-made") as HTMLSelectElement;
    expect([...handMade.options].map((o) => o.textContent)).toEqual(["Ana", "Beto"]);
    expect([...(screen.getByTestId("match-roster") as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      "Carla",
    ]);
    await user.selectOptions(handMade, "Ana");
    const submit = screen.getByTestId("match-submit");
    await user.click(submit);

    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("heading").textContent).toBe("¿Unir «Ana» con «Carla»?");
    expect(text(screen.getByTestId("match-text"))).toBe(
      "Todo lo que «Ana» hizo en esta computadora (lecciones, cuestionarios y actividades) pasará a «Carla», y el perfil «Ana» desaparecerá. Se hace una sola vez y no se puede deshacer.",
    );
    expect(dialog.getAttribute("aria-describedby")).toBe(screen.getByTestId("match-text").id);
    expect(document.activeElement).toBe(screen.getByTestId("match-cancel"));

    // Cancel and Escape keep both.
    await user.click(screen.getByTestId("match-cancel"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(submit);
    await user.click(submit);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(backend.callsTo("match_to_roster")).toEqual([]);

    await user.click(submit);
    await user.click(await screen.findByTestId("match-confirm"));
    const matched = await screen.findByTestId("match-result");
    expect(text(matched)).toBe("✓ Listo: el avance de «Ana» ahora es de «Carla».");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(backend.callsTo("match_to_roster")).toEqual([{ handMadeId: 1, rosterId: 3 }]);
    expect(backend.profiles.map((p) => p.nickname)).toEqual(["Beto", "Carla"]);
    // Ana's quiz is now Carla's.
    await waitFor(() => expect(screen.getByTestId("class-cell-3-passwords-8-11").dataset.state).toBe("done"));
    expect([...(screen.getByTestId("match-hand-made") as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      "Beto",
    ]);

    // And Ana is gone from the picker.
    await user.click(screen.getByTestId("class-back"));
    await user.click(await screen.findByTestId("adult-leave"));
    const tiles = await screen.findAllByTestId(/^profile-\d+$/);
    expect(tiles.map((tile) => text(tile))).toEqual(["🐼 Beto", "🙂 Carla"]);
  });
});

describe("the class's progress", () => {
  /** Ana finished the passwords quiz (3 of 3) and did an activity, and is halfway through privacy; Carla got one wrong. */
  function withWork(options: FakeOptions = {}) {
    const found = setup(options);
    found.backend.attempts.push(
      { id: 1, profileId: 1, lessonId: "passwords-8-11", answers: ALL_RIGHT, finished: true },
      { id: 2, profileId: 1, lessonId: "privacy-8-11", answers: new Map([["friend-asks", ["say-no"]]]), finished: false },
      { id: 3, profileId: 3, lessonId: "passwords-8-11", answers: new Map([["friend-asks", ["share"]]]), finished: false },
      // Beto is not in the class: his answers count nowhere here.
      { id: 4, profileId: 2, lessonId: "passwords-8-11", answers: new Map([["teacher-knows", ["true"]]]), finished: false },
    );
    found.backend.recorded.push({ profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize", score: 2, total: 3 });
    return found;
  }

  it("is a table of learners × lessons saying each one's status, with the score of a finished quiz", async () => {
    const { user } = withWork();
    await openClass(user);
    const table = screen.getByRole("table");
    expect(table.querySelector("caption")?.textContent).toBe(`Avance de ${CLASS_NAME} por lección`);
    // A region the keyboard can scroll, named by the caption.
    const region = table.closest("[role=region]");
    expect(region?.getAttribute("tabindex")).toBe("0");
    expect(region?.getAttribute("aria-labelledby")).toBe(table.querySelector("caption")?.id);

    const headers = within(table).getAllByRole("columnheader");
    expect(headers.every((th) => th.getAttribute("scope") === "col")).toBe(true);
    expect(headers.map((th) => text(th))).toEqual([
      "Estudiante",
      "Tus contraseñas 8 a 11 años",
      "Tus datos 8 a 11 años",
    ]);
    const rows = within(table).getAllByRole("rowheader");
    expect(rows.every((th) => th.getAttribute("scope") === "row")).toBe(true);
    expect(rows.map((th) => text(th))).toEqual(["🦊 Ana (ver su avance)", "🙂 Carla (ver su avance)"]);

    const done = screen.getByTestId("class-cell-1-passwords-8-11");
    expect(done.tagName).toBe("TD");
    expect(done.dataset.state).toBe("done");
    expect(text(done)).toBe("Terminada 3/3 3 de 3 1 actividad");
    expect(text(screen.getByTestId("class-cell-1-privacy-8-11"))).toBe("En curso");
    expect(text(screen.getByTestId("class-cell-3-passwords-8-11"))).toBe("En curso");
    expect(text(screen.getByTestId("class-cell-3-privacy-8-11"))).toBe("Sin empezar");
  });

  it("starts with the band most learners have, and the filters change the columns", async () => {
    const { user } = withWork();
    await openClass(user);
    const band = screen.getByTestId("class-filter-band") as HTMLSelectElement;
    const topic = screen.getByTestId("class-filter-topic") as HTMLSelectElement;
    expect(screen.getByLabelText("Edad")).toBe(band);
    expect(screen.getByLabelText("Tema")).toBe(topic);
    expect(band.value).toBe("8-11");
    expect(topic.value).toBe("all");
    expect(columns()).toEqual(["passwords-8-11", "privacy-8-11"]);

    await user.selectOptions(band, "all");
    expect(columns()).toEqual(["passwords-8-11", "scams-12-14", "privacy-8-11", "passwords-12-14", "family-talk"]);

    await user.selectOptions(topic, "Contraseñas y cuentas");
    expect(columns()).toEqual(["passwords-8-11", "passwords-12-14"]);

    await user.selectOptions(band, "12 a 14 años");
    expect(columns()).toEqual(["passwords-12-14"]);
    expect(text(screen.getByTestId("class-cell-1-passwords-12-14"))).toBe("Sin empezar");

    await user.selectOptions(band, "Personas adultas");
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByTestId("class-matrix-no-lessons").textContent).toBe(
      "Ninguna lección tiene ese tema para esa edad. Cambia los filtros.",
    );
  });

  it("shows every band when no band has most learners, and says when the class has none", async () => {
    const { user } = setup({ classes: [{ ...FIFTH_B, members: [1, 2] }, EMPTY] });
    await openClass(user);
    expect((screen.getByTestId("class-filter-band") as HTMLSelectElement).value).toBe("all");
    expect(columns()).toHaveLength(5);

    await user.click(screen.getByTestId("class-back"));
    await user.click(await screen.findByTestId("class-open-2"));
    expect((await screen.findByTestId("class-matrix-empty")).textContent).toBe(
      "Este grupo todavía no tiene estudiantes. Agrégalos con una lista.",
    );
    expect(screen.getByTestId("hardest-empty")).toBeTruthy();
  });

  it("opens a learner's lessons and their attempts, down to each answer as the learner saw it", async () => {
    const { backend, user } = withWork();
    await openClass(user);
    const name = screen.getByTestId("class-learner-1");
    expect(name.tagName).toBe("BUTTON");
    expect(name.getAttribute("aria-expanded")).toBe("false");
    await user.click(name);

    const detail = await screen.findByTestId("learner-detail");
    expect(name.getAttribute("aria-expanded")).toBe("true");
    const heading = within(detail).getByRole("heading", { level: 3 });
    expect(text(heading)).toBe("🦊 Avance de Ana");
    expect(document.activeElement).toBe(heading);
    const lessons = within(detail).getAllByTestId(/^learner-lesson-/);
    expect(lessons.map((li) => li.dataset.state)).toEqual(["done", "inProgress"]);
    expect(text(lessons[0])).toContain("Tus contraseñas Terminada 3 de 3 1 intento del cuestionario 1 actividad hecha (2 de 3 puntos)");
    expect(text(lessons[1])).toBe("Tus datos En curso 1 intento del cuestionario");
    // Only a finished quiz has attempts to review.
    expect(within(lessons[1]).queryByRole("button")).toBeNull();

    await user.click(within(lessons[0]).getByTestId("learner-attempts-passwords-8-11"));
    await user.click(await screen.findByTestId("attempt-1"));
    expect(text(await screen.findByTestId("class-review-who"))).toBe("Intento de Ana");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Repaso de tu intento");
    expect(screen.getByTestId("result-score").dataset).toMatchObject({ score: "3", total: "3" });
    expect(screen.getAllByTestId(/^review-/).filter((el) => el.dataset.correct !== undefined)).toHaveLength(
      PASSWORDS.questions.length,
    );
    // No "try again" or "back to the lessons" here: it is the learner's quiz, not the adult's.
    expect(screen.queryByTestId("retry-quiz")).toBeNull();
    expect(screen.queryByTestId("back-home")).toBeNull();
    expect(backend.callsTo("quiz_result")).toEqual([{ profileId: 1, attemptId: 1 }]);

    await user.click(screen.getByTestId("class-review-back"));
    const again = await screen.findByTestId("learner-detail");
    expect(document.activeElement).toBe(within(again).getByRole("heading", { level: 3 }));
    expect(screen.getByTestId("attempt-1")).toBeTruthy();

    await user.click(screen.getByTestId("learner-detail-close"));
    expect(screen.queryByTestId("learner-detail")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("class-learner-1"));

    await user.click(screen.getByTestId("class-learner-3"));
    expect(text(await screen.findByTestId("learner-detail"))).toContain("Avance de Carla");
  });

  it("lists the hardest questions first, naming how many learners answered each", async () => {
    const { user } = withWork();
    await openClass(user);
    const section = screen.getByTestId("hardest");
    expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Las preguntas más difíciles");
    const items = within(section).getAllByTestId("hardest-question");
    expect(items.map((li) => `${li.dataset.lessonId} ${li.dataset.questionId}`)).toEqual([
      "passwords-8-11 friend-asks",
      "passwords-8-11 good-passphrases",
      "passwords-8-11 teacher-knows",
      "privacy-8-11 friend-asks",
    ]);
    expect(items[0].closest("ol")).toBeTruthy();
    expect(text(items[0])).toBe(
      "Tus contraseñas Tu amiga te pide tu contraseña. ¿Qué haces? " +
        "Bien a la primera: 1 de 2 estudiantes que la respondieron (50%) " +
        "Respuesta incorrecta más elegida: «se la das» (la eligió 1 estudiante)",
    );
    expect(text(within(items[1]).getByTestId("hardest-right"))).toBe(
      "Bien a la primera: 1 de 1 estudiante que la respondió (100%)",
    );
    expect(within(items[1]).queryByTestId("hardest-wrong")).toBeNull();

    // The filters choose the lessons here too.
    await user.selectOptions(screen.getByTestId("class-filter-topic"), "Tus datos y tu privacidad");
    await waitFor(() => expect(within(section).getAllByTestId("hardest-question")).toHaveLength(1));
    expect(within(section).getByTestId("hardest-question").dataset.lessonId).toBe("privacy-8-11");
  });
});

describe("the class's files", () => {
  it("saves the class file, the progress file and the spreadsheets, naming them, and says nothing when cancelled", async () => {
    const { backend, user } = setup();
    await openClass(user);
    const hint = screen.getByText(/en cada computadora del laboratorio, elige «Importar un archivo de grupo»/);
    expect(screen.getByTestId("class-file-class").getAttribute("aria-describedby")).toBe(hint.id);
    expect(screen.getByTestId("class-file-class").textContent?.trim()).toBe(
      "Guardar el archivo del grupo para las computadoras del laboratorio",
    );

    await user.click(screen.getByTestId("class-file-class"));
    const classSaved = await screen.findByTestId("class-file-class-saved");
    expect(text(classSaved)).toBe("✓ Se guardó como ciberescudo-class-5-b-turno-matutino.json");
    expect(classSaved.closest("[role=status]")).toBeTruthy();

    await user.click(screen.getByTestId("class-file-progress"));
    expect(text(await screen.findByTestId("class-file-progress-saved"))).toBe(
      "✓ Se guardó como ciberescudo-progress-5-b-turno-matutino-a1b2c3d4-2026-11-12.json",
    );
    expect(screen.queryByTestId("class-file-class-saved")).toBeNull();

    await user.click(screen.getByTestId("class-file-csv"));
    expect(text(await screen.findByTestId("class-file-csv-saved"))).toBe(
      "✓ Se guardaron clase-5-b-turno-matutino-2026-11-12.csv y preguntas-dificiles-5-b-turno-matutino-2026-11-12.csv",
    );
    expect(backend.callsTo("export_class_csv")).toEqual([{ classId: 1, locale: "es-MX" }]);
    expect(backend.saved).toHaveLength(4);

    backend.saving.cancel = true;
    for (const action of ["class", "progress", "csv"]) {
      await user.click(screen.getByTestId(`class-file-${action}`));
      await waitFor(() => expect(screen.queryByTestId(/-saved$/)).toBeNull());
      expect(screen.queryByTestId(`class-file-${action}-error`)).toBeNull();
    }
    expect(backend.callsTo("export_class_file")).toHaveLength(2);
    expect(backend.callsTo("export_progress_file")).toHaveLength(2);
    expect(backend.callsTo("export_class_csv")).toHaveLength(2);
    expect(backend.saved).toHaveLength(4);
    expect(screen.queryByTestId("error-alert")).toBeNull();

    backend.saving.cancel = false;
    backend.failing.set("export_class_file", { key: "error-save-failed", args: {} });
    await user.click(screen.getByTestId("class-file-class"));
    expect(text(await screen.findByTestId("class-file-class-error"))).toBe(
      "⚠️ No pudimos guardar el archivo ahí. Elige otra carpeta o revisa que haya espacio.",
    );
  });

  it("imports a folder's progress files: what each good one added, and the refusal naming the other", async () => {
    const good: FakeProgressFile = {
      file: "ciberescudo-progress-5-b-turno-matutino-0f0e0d0c-2026-11-12.json",
      classUid: "class-1",
      learners: [
        {
          learner: { uid: "profile-3", nickname: "Carla", avatar: "🙂", band: "8-11" },
          attempts: [
            {
              uid: "lab-attempt",
              lessonId: "passwords-8-11",
              answers: Object.fromEntries(ALL_RIGHT),
              finished: true,
            },
          ],
          activities: [],
        },
        {
          learner: { uid: "lab-dani", nickname: "Dani", avatar: "🐙", band: "8-11" },
          attempts: [],
          activities: [{ uid: "lab-activity", lessonId: "passwords-8-11", activityId: "fake-prize", score: 3, total: 3 }],
        },
      ],
    };
    const edited: FakeProgressFile = { ...good, file: "ciberescudo-progress-otra.json", problem: "edited" };
    const { backend, user } = setup();
    await openClass(user);
    expect(text(screen.getByTestId("class-cell-3-passwords-8-11"))).toBe("Sin empezar");

    // Cancelled: nothing said.
    await user.click(screen.getByTestId("class-file-import"));
    await waitFor(() => expect(backend.callsTo("import_progress_folder")).toHaveLength(1));
    expect(screen.queryByTestId("class-import-results")).toBeNull();

    backend.opening.folder = [good, edited];
    await user.click(screen.getByTestId("class-file-import"));
    const results = await screen.findAllByTestId("class-import-result");
    // In the order of their names, as the Rust side reads the folder.
    expect(results.map((li) => li.dataset.file)).toEqual([good.file, edited.file]);
    expect(results[0].dataset.refused).toBe("");
    expect(text(results[0])).toBe(
      `✓ ${good.file} Se importaron 1 estudiante nuevo, 1 intento de cuestionario, 3 respuestas y 1 actividad.`,
    );
    expect(results[1].dataset.refused).toBe("error-file-edited");
    expect(text(results[1])).toBe(
      "⚠️ ciberescudo-progress-otra.json fue modificado después de exportarse. No se importó nada; vuelve a exportarlo en la computadora de origen.",
    );
    expect(screen.getByTestId("class-import-results").closest("[role=status]")).toBeTruthy();
    expect(backend.callsTo("import_progress_folder").at(-1)).toEqual({ locale: "es-MX" });

    // The matrix has the merged work, and the new learner.
    await waitFor(() => expect(text(screen.getByTestId("class-cell-3-passwords-8-11"))).toBe("Terminada 3/3 3 de 3"));
    expect(screen.getByTestId("class-learner-4").textContent).toContain("Dani");
    expect(text(screen.getByTestId("class-cell-4-passwords-8-11"))).toBe("En curso 1 actividad");
    expect(text(screen.getByTestId("class-about"))).toContain("3 estudiantes");

    // The same folder again adds nothing.
    await user.click(screen.getByTestId("class-file-import"));
    await waitFor(() => expect(backend.callsTo("import_progress_folder")).toHaveLength(3));
    await waitFor(() =>
      expect(text(screen.getAllByTestId("class-import-result")[0])).toBe(
        `✓ ${good.file} Ya estaba todo importado: no había nada nuevo.`,
      ),
    );

    backend.opening.folder = [];
    await user.click(screen.getByTestId("class-file-import"));
    expect((await screen.findByTestId("class-import-no-files")).textContent).toBe(
      "No encontramos archivos de avance (.json) en esa carpeta.",
    );
  });

  it("goes back to the PIN door when the area closed meanwhile, and the PIN leads back to the class", async () => {
    const { backend, user } = setup();
    await openClass(user);
    backend.adult.open = false; // five idle minutes
    await user.click(screen.getByTestId("class-file-class"));
    expect(text(await screen.findByTestId("pin-error"))).toBe(
      "⚠️ La sección para personas adultas se cerró. Escribe el PIN para volver a entrar.",
    );
    expect(screen.queryByTestId("class-title")).toBeNull();
    expect(backend.saved).toEqual([]);

    await user.type(screen.getByTestId("pin-input"), PIN);
    await user.click(screen.getByTestId("pin-submit"));
    expect((await screen.findByTestId("class-title")).textContent).toBe(CLASS_NAME);
  });
});

describe("in English", () => {
  it("the class screen speaks English, and follows a switch of language", async () => {
    const { backend, user } = setup({ startup: { storeError: null, systemLocale: "en" } });
    backend.attempts.push(
      { id: 1, profileId: 1, lessonId: "passwords-8-11", answers: ALL_RIGHT, finished: true },
      { id: 2, profileId: 3, lessonId: "passwords-8-11", answers: new Map([["friend-asks", ["share"]]]), finished: false },
    );
    await user.click(await screen.findByTestId("adult-link"));
    expect(await screen.findByRole("heading", { level: 2, name: "Classes" })).toBeTruthy();
    expect(text(await screen.findByTestId("class-about-1"))).toBe("School year 2026-2027 · 2 students");
    await user.click(screen.getByTestId("class-open-1"));
    await screen.findByTestId("class-title");

    expect(screen.getByRole("heading", { level: 2, name: "Students in the class" })).toBeTruthy();
    expect(screen.getByLabelText("Nicknames, one per line")).toBeTruthy();
    expect(screen.getByTestId("class-file-progress").textContent?.trim()).toBe(
      "Save this computer's progress for the teacher",
    );
    expect(screen.getByTestId("class-file-csv").textContent?.trim()).toBe("Save spreadsheet (CSV)");
    expect(screen.getByRole("table").querySelector("caption")?.textContent).toBe(`Progress of ${CLASS_NAME} by lesson`);
    expect(text(screen.getByTestId("class-column-passwords-8-11"))).toBe("Your passwords Ages 8 to 11");
    expect(text(screen.getByTestId("class-cell-1-passwords-8-11"))).toBe("Done 3/3 3 of 3");
    expect(text(screen.getByTestId("class-cell-3-passwords-8-11"))).toBe("In progress");
    expect(text(screen.getByTestId("class-cell-1-privacy-8-11"))).toBe("Not started");
    expect(text(screen.getAllByTestId("hardest-right")[0])).toBe(
      "Right on the first try: 1 of 2 students who answered it (50%)",
    );
    expect(text(screen.getAllByTestId("hardest-wrong")[0])).toBe(
      "Most chosen wrong answer: “you share it” (chosen by 1 student)",
    );
    expect(backend.callsTo("class_view").at(-1)).toEqual({ classId: 1, locale: "en" });

    await user.click(screen.getByTestId("class-file-csv"));
    expect(text(await screen.findByTestId("class-file-csv-saved"))).toBe(
      "✓ Saved class-5-b-turno-matutino-2026-11-12.csv and hardest-questions-5-b-turno-matutino-2026-11-12.csv",
    );

    // Switching language keeps the place and fetches the class in the other one.
    await user.click(screen.getByTestId("lang-es-MX"));
    await waitFor(() => expect(text(screen.getByTestId("class-column-passwords-8-11"))).toBe("Tus contraseñas 8 a 11 años"));
    expect(text(screen.getByTestId("class-cell-1-passwords-8-11"))).toBe("Terminada 3/3 3 de 3");
    expect(screen.getByTestId("class-title").textContent).toBe(CLASS_NAME);
    expect(backend.callsTo("class_view").at(-1)).toEqual({ classId: 1, locale: "es-MX" });
  });
});
