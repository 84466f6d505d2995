// What prints, over the fake backend: the class report (a page for the class, then a
// page per learner for their family, comparing nobody) and a learner's certificate for
// finishing a topic; both through window.print(), which the tests stub.
/// <reference types="node" />
import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "../App.svelte";
import Home from "../components/Home.svelte";
import type { CellStanding, LearnerRow, LessonCard, LessonColumn, ProfileView } from "../lib/bindings";
import { finishedTopics } from "../lib/grouping";
import { setLocale } from "../lib/i18n.svelte";
import { cheerFor, learnerReport, summarize } from "../lib/report";
import { ANA, type FakeClass, type FakeOptions, fakeBackend, LESSONS } from "./fake-backend";

const BETO: ProfileView = { id: 2, nickname: "Beto", avatar: "🐼", band: "12-14", locale: "es-MX" };
const CARLA: ProfileView = { id: 3, nickname: "Carla", avatar: "🙂", band: "8-11", locale: "es-MX" };
const DANI: ProfileView = { id: 4, nickname: "Dani", avatar: "🐙", band: "8-11", locale: "es-MX" };
const PIN = "4826";
const CLASS_NAME = "5° B, turno matutino";
const FIFTH_B: FakeClass = { id: 1, name: CLASS_NAME, schoolYear: "2026-2027", members: [1, 2, 3, 4] };
const ALL_RIGHT = new Map([
  ["friend-asks", ["say-no"]],
  ["good-passphrases", ["three-words", "silly-sentence"]],
  ["teacher-knows", ["false"]],
]);
const ONE_WRONG = new Map([...ALL_RIGHT, ["friend-asks", ["share"]]]);
/** 12 November 2026, mid-morning: the day the tests print on. */
const TODAY = new Date(2026, 10, 12, 10, 30);

/** Words that would rank or compare learners; none may be on a learner's page. */
const RANKING =
  /promedio|lugar|posici|ranking|mejor|peor|primer|último|más que|menos que|compar|del grupo|average|place|rank|best|worst|better|worse|than|compared|class/i;

/** The global styles, with the print rules (Vitest leaves CSS imports empty, so read the file). */
const appCss = readFileSync(`${import.meta.dirname}/../app.css`, "utf8");

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

beforeEach(() => {
  vi.setSystemTime(TODAY);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the class report", () => {
  /**
   * Ana finished the passwords quiz (3 of 3) and is on privacy; Carla finished passwords
   * with one wrong (2 of 3); Beto (12 to 14) finished both lessons of his age; Dani has
   * done nothing yet.
   */
  function setup(options: FakeOptions = {}) {
    const backend = fakeBackend({
      adult: { pin: PIN, open: true },
      profiles: [ANA, BETO, CARLA, DANI],
      classes: [FIFTH_B],
      ...options,
    });
    backend.attempts.push(
      { id: 1, profileId: 1, lessonId: "passwords-8-11", answers: ALL_RIGHT, finished: true },
      { id: 2, profileId: 1, lessonId: "privacy-8-11", answers: new Map([["friend-asks", ["say-no"]]]), finished: false },
      { id: 3, profileId: 3, lessonId: "passwords-8-11", answers: ONE_WRONG, finished: true },
      { id: 4, profileId: 2, lessonId: "scams-12-14", answers: ALL_RIGHT, finished: true },
      { id: 5, profileId: 2, lessonId: "passwords-12-14", answers: ALL_RIGHT, finished: true },
    );
    render(App);
    return { backend, user: userEvent.setup() };
  }

  async function openReport(user: ReturnType<typeof userEvent.setup>): Promise<void> {
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("class-open-1"));
    await screen.findByTestId("class-title");
    await user.click(screen.getByTestId("class-report-open"));
    await screen.findByTestId("class-report");
  }

  const learnerPage = (id: number) =>
    screen.getAllByTestId("report-learner").find((page) => page.dataset.profileId === String(id)) ?? null;
  /** A summary row's cells, lesson first. */
  const cells = (row: Element) => [...row.children].map((cell) => text(cell));
  const items = (list: Element | null) => (list ? [...list.querySelectorAll("li")].map((li) => text(li)) : []);

  it("opens from the class screen as a preview with its heading focused, and goes back to its button", async () => {
    const { user } = setup();
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("class-open-1"));
    await screen.findByTestId("class-title");
    const open = screen.getByTestId("class-report-open");
    expect(open.tagName).toBe("BUTTON");
    expect(text(open)).toBe("🖨️ Imprimir reporte del grupo");
    expect(text(document.getElementById(open.getAttribute("aria-describedby") ?? ""))).toContain(
      "una hoja para la familia de cada estudiante",
    );

    await user.click(open);
    const title = await screen.findByTestId("report-title");
    expect(title.tagName).toBe("H1");
    expect(title.textContent).toBe(CLASS_NAME);
    expect(document.activeElement).toBe(title);
    // Only the report is on screen: not the class's matrix, files or roster.
    expect(screen.queryByTestId("class-title")).toBeNull();
    expect(screen.queryByTestId("class-matrix")).toBeNull();
    // Keyboard: from the heading, Tab reaches "Print", then "Back".
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("report-print"));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("report-back"));

    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("class-title")).toBeTruthy();
    expect(screen.queryByTestId("class-report")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("class-report-open"));

    // The second "Back", at the end of the pages, does the same.
    await user.click(screen.getByTestId("class-report-open"));
    await user.click(await screen.findByTestId("report-back-end"));
    expect(document.activeElement).toBe(await screen.findByTestId("class-report-open"));
  });

  it("prints with window.print(), its buttons left off the paper", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { user } = setup();
    await openReport(user);
    expect(text(screen.getByTestId("report-print"))).toBe("🖨️ Imprimir");
    expect(text(screen.getByTestId("report-back"))).toBe("← Volver al grupo");
    for (const id of ["report-print", "report-back", "report-print-end", "report-back-end"]) {
      expect(screen.getByTestId(id).closest(".no-print"), id).not.toBeNull();
    }
    await user.click(screen.getByTestId("report-print"));
    expect(print).toHaveBeenCalledOnce();
    await user.click(screen.getByTestId("report-print-end"));
    expect(print).toHaveBeenCalledTimes(2);
    // Printing leaves the preview as it was.
    expect(screen.getByTestId("class-report")).toBeTruthy();
  });

  it("starts with the class: its name, school year, the day, and per lesson of the filters who finished", async () => {
    const { user } = setup();
    await openReport(user);
    const page = screen.getByTestId("report-class-page");
    expect(text(screen.getByTestId("report-about"))).toBe(
      "Ciclo escolar 2026-2027 · 4 estudiantes · Impreso el 12 de noviembre de 2026",
    );
    expect(text(screen.getByTestId("report-filters"))).toBe("Edad: 8 a 11 años · Tema: Todos los temas");

    const table = within(page).getByRole("table", { name: "Avance por lección" });
    expect(within(table).getAllByRole("columnheader").map((th) => text(th))).toEqual([
      "Lección",
      "Terminaron",
      "En curso",
      "Sin empezar",
      "Promedio de quienes terminaron",
    ]);
    const rows = within(table).getAllByTestId(/^report-lesson-/);
    // The lessons of the band shown (8 to 11, most of the class), in curriculum order.
    expect(rows.map((row) => row.dataset.testid)).toEqual(["report-lesson-passwords-8-11", "report-lesson-privacy-8-11"]);
    // Passwords: Ana and Carla finished (3 of 3 and 2 of 3: 83% on average); Beto and Dani have not started.
    expect(rows[0].dataset).toMatchObject({ done: "2", inProgress: "0", notStarted: "2" });
    expect(cells(rows[0])).toEqual(["Tus contraseñas", "2", "0", "2", "83%"]);
    // Privacy: only Ana is on it; nobody finished, so there is no average.
    expect(rows[1].dataset).toMatchObject({ done: "0", inProgress: "1", notStarted: "3" });
    expect(cells(rows[1])).toEqual(["Tus datos", "0", "1", "3", "—"]);

    // The class page names no learner: it is about the lessons.
    for (const learner of [ANA, BETO, CARLA, DANI]) expect(text(page)).not.toContain(learner.nickname);
  });

  it("follows the filters of the class screen for the summary, naming them", async () => {
    const { user } = setup();
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("class-open-1"));
    await screen.findByTestId("class-title");
    await user.selectOptions(screen.getByTestId("class-filter-band"), "all");
    await user.selectOptions(screen.getByTestId("class-filter-topic"), "Contraseñas y cuentas");
    await user.click(screen.getByTestId("class-report-open"));
    await screen.findByTestId("class-report");

    expect(text(screen.getByTestId("report-filters"))).toBe("Edad: Todas las edades · Tema: Contraseñas y cuentas");
    const rows = screen.getAllByTestId(/^report-lesson-/);
    // With every age shown, each lesson says its age.
    expect(rows.map(cells)).toEqual([
      ["Tus contraseñas 8 a 11 años", "2", "0", "2", "83%"],
      ["Cuida tus cuentas 12 a 14 años", "1", "0", "3", "100%"],
    ]);
    // The filters are kept for the way back.
    await user.click(screen.getByTestId("report-back"));
    expect(((await screen.findByTestId("class-filter-band")) as HTMLSelectElement).value).toBe("all");
  });

  it("lists the hardest questions of those lessons, each naming how many learners answered it", async () => {
    const { user } = setup();
    await openReport(user);
    const questions = screen.getAllByTestId("report-question");
    expect(questions[0].closest("ol")).toBeTruthy();
    // Beto's 12-to-14 lessons are not in the 8-to-11 summary, so not here either.
    expect(questions.map((li) => `${li.dataset.lessonId} ${li.dataset.questionId}`)).toEqual([
      "passwords-8-11 friend-asks",
      "passwords-8-11 good-passphrases",
      "passwords-8-11 teacher-knows",
      "privacy-8-11 friend-asks",
    ]);
    expect(text(questions[0])).toBe(
      "Tus contraseñas Tu amiga te pide tu contraseña. ¿Qué haces? " +
        "Bien a la primera: 1 de 2 estudiantes que la respondieron (50%) " +
        "Respuesta incorrecta más elegida: «se la das» (la eligió 1 estudiante)",
    );
    expect(questions.map((li) => text(within(li).getByTestId("report-question-right")))).toEqual([
      "Bien a la primera: 1 de 2 estudiantes que la respondieron (50%)",
      "Bien a la primera: 2 de 2 estudiantes que la respondieron (100%)",
      "Bien a la primera: 2 de 2 estudiantes que la respondieron (100%)",
      "Bien a la primera: 1 de 1 estudiante que la respondió (100%)",
    ]);
  });

  it("prints at most ten hardest questions", async () => {
    const { backend, user } = setup();
    // Dani answers every lesson's quiz: fifteen questions in all.
    LESSONS.forEach((lesson, i) =>
      backend.attempts.push({ id: 10 + i, profileId: 4, lessonId: lesson.id, answers: ALL_RIGHT, finished: false }),
    );
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("class-open-1"));
    await screen.findByTestId("class-title");
    await user.selectOptions(screen.getByTestId("class-filter-band"), "all");
    expect(text(screen.getByTestId("hardest-more"))).toBe("Ver todas (15)");
    await user.click(screen.getByTestId("class-report-open"));
    expect(await screen.findAllByTestId("report-question")).toHaveLength(10);
  });

  it("then gives each learner a page of their own: what they finished, what to practice next, and encouragement", async () => {
    const { user } = setup();
    await openReport(user);
    const pages = screen.getAllByTestId("report-learner");
    expect(pages.map((page) => page.dataset.profileId)).toEqual(["1", "2", "3", "4"]);

    const ana = learnerPage(1);
    expect(within(ana as HTMLElement).getByRole("heading", { level: 2 }).textContent?.trim()).toContain(
      "El avance de Ana en Ciberescudo",
    );
    expect(text(ana)).toContain(`Para la familia · ${CLASS_NAME} · 12 de noviembre de 2026`);
    expect(items(within(ana as HTMLElement).getByTestId("report-done"))).toEqual([
      "✓ Tus contraseñas: 3 de 3 respuestas correctas",
    ]);
    // Only lessons of her own age, not finished yet (privacy, which she started).
    expect(items(within(ana as HTMLElement).getByTestId("report-next"))).toEqual(["Tus datos"]);
    expect(text(within(ana as HTMLElement).getByTestId("report-cheer"))).toBe(
      "🌟 ¡Ana va por buen camino! Pregúntenle qué aprendió: contarlo en casa ayuda a recordarlo.",
    );

    // Beto's own lessons are for 12 to 14, whatever the filters show; he finished both.
    const beto = learnerPage(2) as HTMLElement;
    expect(items(within(beto).getByTestId("report-done"))).toEqual([
      "✓ Fraudes: 3 de 3 respuestas correctas",
      "✓ Cuida tus cuentas: 3 de 3 respuestas correctas",
    ]);
    expect(within(beto).queryByTestId("report-next")).toBeNull();
    expect(text(within(beto).getByTestId("report-next-all-done"))).toBe("Ya terminó todas las lecciones para su edad.");
    expect(within(beto).getByTestId("report-cheer").dataset.cheer).toBe("all-done");
    expect(text(within(beto).getByTestId("report-cheer"))).toBe(
      "🌟 ¡Beto terminó todas sus lecciones! Vale la pena celebrarlo en familia.",
    );

    const carla = learnerPage(3) as HTMLElement;
    expect(items(within(carla).getByTestId("report-done"))).toEqual(["✓ Tus contraseñas: 2 de 3 respuestas correctas"]);
    expect(items(within(carla).getByTestId("report-next"))).toEqual(["Tus datos"]);

    // Nothing finished yet: where to start, in curriculum order, and a warm word.
    const dani = learnerPage(4) as HTMLElement;
    expect(within(dani).queryByTestId("report-done")).toBeNull();
    expect(text(within(dani).getByTestId("report-done-none"))).toBe(
      "Todavía no termina ninguna lección. ¡Las de abajo son un buen comienzo!",
    );
    expect(items(within(dani).getByTestId("report-next"))).toEqual(["Tus contraseñas", "Tus datos"]);
    expect(within(dani).getByTestId("report-next").tagName).toBe("OL");
    expect(text(within(dani).getByTestId("report-cheer"))).toBe(
      "🌟 Cada lección es un paso para cuidarse en internet. En casa pueden platicar de lo que va aprendiendo.",
    );

    for (const page of pages) {
      // At most three lessons to practice.
      expect(page.querySelectorAll("[data-testid=report-next] li").length).toBeLessThanOrEqual(3);
      // No ranking or comparison, and no other learner named.
      expect(text(page)).not.toMatch(RANKING);
      const own = [ANA, BETO, CARLA, DANI].find((p) => String(p.id) === page.dataset.profileId);
      for (const other of [ANA, BETO, CARLA, DANI].filter((p) => p !== own)) {
        expect(text(page)).not.toContain(other.nickname);
      }
    }
    // Nowhere in the report is anybody ranked.
    expect(text(screen.getByTestId("class-report"))).not.toMatch(/lugar|posici|ranking|mejor|peor/i);
  });

  it("puts each learner on a new sheet when printed, and only the report's pages on paper", async () => {
    const { user } = setup();
    await openReport(user);
    const pages = screen.getAllByTestId("report-learner");
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(page.classList.contains("page-break")).toBe(true);
    expect(screen.getByTestId("report-class-page").classList.contains("page-break")).toBe(false);

    // The print rules: the dialog's paper with a margin, .page-break starts a new sheet, and buttons, header
    // and alerts stay off the paper.
    const print = appCss.slice(appCss.indexOf("@media print"));
    expect(appCss).toMatch(/@page\s*\{\s*margin:\s*15mm;/);
    expect(appCss).not.toMatch(/size:\s*A4/);
    expect(print).toMatch(/\.page-break\s*\{\s*break-before:\s*page;\s*\}/);
    expect(print).toMatch(/header,\s*nav,\s*\[role="alert"\],\s*\.no-print\s*\{\s*display:\s*none !important;/);
    // The app's header (with its buttons) is outside the report, and hidden on paper.
    expect(screen.getByTestId("class-report").closest("header")).toBeNull();
    expect(document.querySelector("header")?.contains(screen.getByTestId("open-help"))).toBe(true);
  });

  it("speaks English", async () => {
    const { user } = setup({ startup: { storeError: null, systemLocale: "en" } });
    await openReport(user);
    expect(text(screen.getByTestId("report-about"))).toBe(
      "School year 2026-2027 · 4 students · Printed on November 12, 2026",
    );
    expect(text(screen.getByTestId("report-filters"))).toBe("Age: Ages 8 to 11 · Topic: All topics");
    const table = screen.getByRole("table", { name: "Progress by lesson" });
    expect(within(table).getAllByRole("columnheader").map((th) => text(th))).toEqual([
      "Lesson",
      "Finished",
      "In progress",
      "Not started",
      "Average score of those who finished",
    ]);
    expect(cells(screen.getByTestId("report-lesson-passwords-8-11"))).toEqual(["Your passwords", "2", "0", "2", "83%"]);
    expect(text(screen.getAllByTestId("report-question-right")[0])).toBe(
      "Right on the first try: 1 of 2 students who answered it (50%)",
    );
    const ana = learnerPage(1) as HTMLElement;
    expect(text(within(ana).getByRole("heading", { level: 2 }))).toBe("🦊 Ana's progress in Ciberescudo");
    expect(items(within(ana).getByTestId("report-done"))).toEqual(["✓ Your passwords: 3 of 3 answers right"]);
    expect(items(within(ana).getByTestId("report-next"))).toEqual(["Your data"]);
    expect(text(within(ana).getByTestId("report-cheer"))).toBe(
      "🌟 Ana is on a good path! Ask them what they learned: telling it at home helps them remember it.",
    );
    expect(text(screen.getByTestId("report-print"))).toBe("🖨️ Print");
    expect(text(screen.getByTestId("report-back"))).toBe("← Back to the class");
    for (const page of screen.getAllByTestId("report-learner")) expect(text(page)).not.toMatch(RANKING);
  });
});

describe("the certificate", () => {
  const BETO_HOME: ProfileView = { ...BETO, id: 1 };

  function setup(profile: ProfileView) {
    const backend = fakeBackend({ profiles: [profile] });
    render(Home, { props: { profile, onopen: vi.fn(), onchangeprofile: vi.fn() } });
    return { backend, user: userEvent.setup() };
  }

  it("is offered only for a topic whose every lesson for the learner's age is done", async () => {
    // Beto is 12 to 14: his scams lesson is done, his passwords lesson is not.
    setup(BETO_HOME);
    await screen.findByTestId("lesson-card-scams-12-14");
    const open = screen.getByTestId("certificate-open-scams");
    expect(text(open)).toBe("🎉 Imprimir tu reconocimiento");
    expect(within(screen.getByTestId("topic-scams")).getByRole("button", { name: /reconocimiento/ })).toBe(open);
    // Described by its topic, so each button says which topic it celebrates.
    expect(document.getElementById(open.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Fraudes y engaños");
    expect(screen.queryByTestId("certificate-open-passwords")).toBeNull();
    expect(screen.getAllByTestId(/^certificate-open-/)).toHaveLength(1);
  });

  it("is not offered for a lesson of another age, nor for one in progress", async () => {
    // Ana is 8 to 11: the done scams lesson is for 12 to 14, so it earns her nothing.
    setup(ANA);
    await screen.findByTestId("lesson-card-scams-12-14");
    expect(screen.queryByTestId(/^certificate-open-/)).toBeNull();
  });

  it("opens a one-page certificate with the nickname, the topic and the day, no score, and prints it", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { user } = setup(BETO_HOME);
    await user.click(await screen.findByTestId("certificate-open-scams"));
    const certificate = await screen.findByTestId("certificate");
    const title = screen.getByTestId("certificate-title");
    expect(title.tagName).toBe("H1");
    expect(text(title)).toBe("Reconocimiento");
    expect(document.activeElement).toBe(title);
    expect(text(screen.getByTestId("certificate-name"))).toBe("🐼 Beto");
    expect(text(screen.getByTestId("certificate-topic"))).toBe("por terminar todas las lecciones de «Fraudes y engaños».");
    expect(text(screen.getByTestId("certificate-date"))).toBe("12 de noviembre de 2026");
    // A celebration, not a grade: the quiz's 8 of 10 is nowhere.
    expect(text(certificate)).not.toMatch(/\b8\b|\b10\b|de 10|correctas|calificaci/);
    expect(text(certificate)).toContain("¡Felicidades!");
    // Only the certificate: not the home screen's lessons.
    expect(screen.queryByTestId("lesson-card-scams-12-14")).toBeNull();

    expect(screen.getByTestId("certificate-print").closest(".no-print")).not.toBeNull();
    expect(screen.getByTestId("certificate-back").closest(".no-print")).not.toBeNull();
    expect(certificate.querySelector(".sheet")?.closest(".no-print")).toBeNull();
    await user.click(screen.getByTestId("certificate-print"));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByTestId("certificate-back"));
    expect(await screen.findByTestId("lesson-card-scams-12-14")).toBeTruthy();
    expect(screen.queryByTestId("certificate")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("certificate-open-scams"));
  });

  it("speaks English", async () => {
    setLocale("en");
    const { user } = setup({ ...BETO_HOME, locale: "en" });
    const open = await screen.findByTestId("certificate-open-scams");
    expect(text(open)).toBe("🎉 Print your certificate");
    await user.click(open);
    expect(text(await screen.findByTestId("certificate-title"))).toBe("Certificate of achievement");
    expect(text(screen.getByTestId("certificate-topic"))).toBe("for finishing every lesson of “Scams and tricks”.");
    expect(text(screen.getByTestId("certificate-date"))).toBe("November 12, 2026");
    expect(text(screen.getByTestId("certificate-print"))).toBe("🖨️ Print");
    expect(text(screen.getByTestId("certificate-back"))).toBe("← Back to my lessons");
  });
});

describe("what the printouts work out", () => {
  const lesson = (id: string, band: LessonColumn["band"]): LessonColumn => ({ id, title: id, topic: "passwords", band });
  const cell = (standing: CellStanding) => ({ standing, quizAttempts: 0, activitiesDone: 0, activityPoints: 0, activityTotal: 0 });
  const done = (score: number, total: number) => cell({ state: "done", score, total });
  const fresh = cell({ state: "notStarted" });
  const started = cell({ state: "inProgress" });
  const lessons = [
    lesson("a", "8-11"),
    lesson("b", "12-14"),
    lesson("c", "8-11"),
    lesson("d", "8-11"),
    lesson("e", "8-11"),
    lesson("f", "8-11"),
  ];

  it("suggests at most three unfinished lessons of the learner's own age, in curriculum order", () => {
    const row: LearnerRow = { learner: ANA, cells: [fresh, done(4, 5), started, fresh, done(5, 5), fresh] };
    const report = learnerReport(row, lessons);
    expect(report.done.map((d) => [d.lesson.id, d.score, d.total])).toEqual([
      ["b", 4, 5],
      ["e", 5, 5],
    ]);
    expect(report.next.map((l) => l.id)).toEqual(["a", "c", "d"]);
    expect(report.ownLessons).toBe(5);
    expect(cheerFor(report)).toBe("going");
    expect(cheerFor(learnerReport({ learner: ANA, cells: lessons.map(() => fresh) }, lessons))).toBe("start");
    expect(cheerFor(learnerReport({ learner: ANA, cells: lessons.map(() => done(1, 1)) }, lessons))).toBe("all-done");
  });

  it("counts each lesson's learners and averages the scores of those who finished", () => {
    const view = {
      class: { id: 1, name: "x", schoolYear: "y", learners: 3 },
      lessons,
      learners: [
        { learner: ANA, cells: [done(3, 3), fresh, fresh, fresh, fresh, fresh] },
        { learner: CARLA, cells: [done(1, 2), fresh, started, fresh, fresh, fresh] },
        { learner: DANI, cells: [started, fresh, fresh, fresh, fresh, fresh] },
      ],
      hardest: [],
    };
    expect(summarize(view, [0, 2, 3]).map((s) => [s.lesson.id, s.done, s.inProgress, s.notStarted, s.average])).toEqual([
      ["a", 2, 1, 0, 0.75],
      ["c", 0, 1, 2, null],
      ["d", 0, 0, 3, null],
    ]);
  });

  it("finds the topics whose every lesson for a band is done", () => {
    const card = (id: string, topic: LessonCard["topic"], band: LessonCard["band"], state: "new" | "done"): LessonCard => ({
      id,
      topic,
      band,
      title: id,
      summary: "",
      status: state === "done" ? { state, score: 1, total: 1 } : { state },
    });
    const cards = [
      card("p1", "passwords", "8-11", "done"),
      card("p2", "passwords", "8-11", "new"),
      card("s1", "scams", "8-11", "done"),
      card("s2", "scams", "8-11", "done"),
      card("s3", "scams", "12-14", "new"),
      card("k1", "kindness", "12-14", "done"),
    ];
    expect([...finishedTopics(cards, "8-11")]).toEqual(["scams"]);
    expect([...finishedTopics(cards, "12-14")]).toEqual(["kindness"]);
    expect([...finishedTopics(cards, "adults")]).toEqual([]);
  });
});
