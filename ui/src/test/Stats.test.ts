// The campaign statistics in the adult area, over the fake backend: what is sent and
// what never is, turning them on (the server's check, its refusals), the waiting
// reports (each read out and exactly as sent, deleted after a confirmation), sending
// them now, turning them off, and the door when the area closed meanwhile.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import { formatDateTime, formatDayRange } from "../lib/format";
import { setLocale } from "../lib/i18n.svelte";
import { type FakeOptions, fakeBackend, reportBody, STATS_ON, STATS_REPORTS, weekDays } from "./fake-backend";

const PIN = "4826";

type User = ReturnType<typeof userEvent.setup>;

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend({ adult: { pin: PIN, open: true }, ...options });
  render(App);
  return { backend, user: userEvent.setup() };
}

/** The statistics on, with three reports waiting (STATS_REPORTS). */
const ON: FakeOptions = { stats: { on: STATS_ON, reports: STATS_REPORTS } };

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const items = () => screen.queryAllByTestId("stats-report-item");
const item = (week: string, band: string) =>
  items().find((li) => li.dataset.week === week && li.dataset.band === band) ?? null;

/** From the picker into the open area, then to the statistics. */
async function openStats(user: User): Promise<void> {
  await user.click(await screen.findByTestId("adult-link"));
  await user.click(await screen.findByTestId("open-stats"));
  await screen.findByTestId("stats-title");
  await waitFor(() => expect(screen.queryByTestId("stats-form") ?? screen.queryByTestId("stats-on")).toBeTruthy());
}

/** A promise the fake waits for before it answers, like a slow network, and the way to let it go. */
function slow(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe("the way in", () => {
  it("is a section of the adult area; the screen says what is sent and what never is, and leads back", async () => {
    const { backend, user } = setup();
    await user.click(await screen.findByTestId("adult-link"));
    const open = await screen.findByTestId("open-stats");
    expect(screen.getByRole("heading", { level: 2, name: "Estadísticas de campaña" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Abrir las estadísticas de campaña" })).toBe(open);

    await user.click(open);
    const title = await screen.findByTestId("stats-title");
    expect(title.tagName).toBe("H1");
    expect(text(title)).toBe("📊 Estadísticas de campaña");
    expect(document.activeElement).toBe(title);

    const explainer = await screen.findByTestId("stats-explainer");
    expect(within(explainer).getByRole("heading", { level: 2 }).textContent).toBe("Qué se envía y qué nunca se envía");
    const sent = text(screen.getByTestId("stats-explainer-sent"));
    for (const words of [
      "El código de la campaña.",
      "«semana 48 de 2026». Nunca el día ni la hora.",
      "8 a 11 años, 12 a 14, 15 a 17 o personas adultas",
      "El estado, solo si lo eliges.",
      "cuántas personas la terminaron por primera vez",
      "(con 70 % o más de respuestas correctas)",
      "cuántas personas la respondieron en su primer intento y cuántas acertaron",
      "nunca lo cuente dos veces",
    ]) {
      expect(sent).toContain(words);
    }
    const never = text(screen.getByTestId("stats-explainer-never"));
    for (const words of ["Nombres ni apodos.", "nada de lo que alguien escriba", "Quién hizo qué", "Días ni horas exactas.", "esta computadora o a la escuela"]) {
      expect(never).toContain(words);
    }
    expect(text(explainer)).toContain("después de activar las estadísticas. Las semanas anteriores nunca se envían.");
    expect(text(explainer)).toContain("Cada reporte espera un día en la lista antes de salir solo");
    expect(text(explainer)).toContain("se borran todos los reportes que todavía no se envían");
    expect(text(explainer)).toContain("El servidor de campañas de Ciberescudo no la guarda.");

    // Off by default: the form, with nothing filled in.
    expect(await screen.findByTestId("stats-form")).toBeTruthy();
    expect(screen.queryByTestId("stats-on")).toBeNull();
    expect(backend.callsTo("stats_status")).toHaveLength(1);

    await user.click(screen.getByTestId("stats-back"));
    expect(await screen.findByTestId("adult-area-title")).toBeTruthy();
    expect(screen.queryByTestId("stats-title")).toBeNull();
  });
});

describe("turning them on", () => {
  it("has labelled fields with their hints, and the 32 states in INEGI order after «Prefiero no decirlo»", async () => {
    const { user } = setup();
    await openStats(user);
    expect(screen.getByLabelText("Dirección del servidor de la campaña")).toBe(field("stats-server"));
    expect(screen.getByLabelText("Código de la campaña")).toBe(field("stats-campaign"));
    expect(screen.getByLabelText("Estado")).toBe(screen.getByTestId("stats-state"));
    const hint = document.getElementById(field("stats-campaign").getAttribute("aria-describedby") ?? "");
    expect(text(hint)).toBe("Tiene 8 letras y números, por ejemplo K7MD-Q4TW.");

    const options = [...(screen.getByTestId("stats-state") as HTMLSelectElement).options];
    expect(options).toHaveLength(33);
    expect([options[0].value, options[0].text]).toEqual(["", "Prefiero no decirlo"]);
    expect(options.slice(1).map((o) => o.value)).toEqual(
      Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    expect([options[1].text, options[9].text, options[21].text, options[32].text]).toEqual([
      "Aguascalientes",
      "Ciudad de México",
      "Puebla",
      "Zacatecas",
    ]);
    expect(text(screen.getByTestId("stats-turn-on"))).toBe("Comprobar y activar");
  });

  it("shows the server's refusals next to the field they are about, and saves nothing", async () => {
    const { backend, user } = setup();
    await openStats(user);

    await user.type(field("stats-server"), "estadisticas.ejemplo.mx");
    await user.type(field("stats-campaign"), "K7MD-Q4TY");
    await user.click(screen.getByTestId("stats-turn-on"));
    const error = await screen.findByTestId("stats-turn-on-error");
    expect(text(error)).toBe(
      "⚠️ El servidor no tiene ninguna campaña con ese código. Revisa el código con quien organiza la campaña. No se guardó nada.",
    );
    expect(error.getAttribute("role")).toBe("alert");
    expect(field("stats-campaign").getAttribute("aria-invalid")).toBe("true");
    expect(field("stats-campaign").getAttribute("aria-describedby")).toContain(error.id);
    expect(field("stats-server").getAttribute("aria-invalid")).toBe("false");
    expect(document.activeElement).toBe(field("stats-campaign"));
    // "I'd rather not say" goes as null.
    expect(backend.callsTo("stats_turn_on")).toEqual([
      { server: "estadisticas.ejemplo.mx", campaign: "K7MD-Q4TY", state: null },
    ]);

    // A campaign that is over.
    await user.clear(field("stats-campaign"));
    await user.type(field("stats-campaign"), "h8rt 4yq2{Enter}");
    await waitFor(() =>
      expect(screen.getByTestId("stats-turn-on-error").dataset.key).toBe("error-stats-campaign-not-open"),
    );

    // Plain http to another computer.
    await user.clear(field("stats-server"));
    await user.type(field("stats-server"), "http://estadisticas.ejemplo.mx");
    await user.click(screen.getByTestId("stats-turn-on"));
    await waitFor(() => expect(field("stats-server").getAttribute("aria-invalid")).toBe("true"));
    expect(text(screen.getByTestId("stats-turn-on-error"))).toContain("La dirección debe empezar con https://");
    expect(field("stats-campaign").getAttribute("aria-invalid")).toBe("false");
    expect(document.activeElement).toBe(field("stats-server"));

    // No network.
    backend.stats.collector.reachable = false;
    await user.clear(field("stats-server"));
    await user.type(field("stats-server"), "estadisticas.ejemplo.mx");
    await user.click(screen.getByTestId("stats-turn-on"));
    await waitFor(() =>
      expect(text(screen.getByTestId("stats-turn-on-error"))).toContain("No pudimos comunicarnos con el servidor de la campaña."),
    );

    expect(backend.stats.setting).toBeNull();
    expect(screen.getByTestId("stats-form")).toBeTruthy();
    expect(screen.queryByTestId("stats-on")).toBeNull();
  });

  it("says it is checking while the server answers, then shows the campaign it is on for", async () => {
    const { backend, user } = setup();
    await openStats(user);
    await user.type(field("stats-server"), "estadisticas.ejemplo.mx");
    await user.type(field("stats-campaign"), "k7md-q4tw");
    await user.selectOptions(screen.getByTestId("stats-state"), "21");

    const network = slow();
    backend.holding.set("stats_turn_on", network.promise);
    await user.click(screen.getByTestId("stats-turn-on"));
    const checking = await screen.findByTestId("stats-checking");
    expect(text(checking)).toBe("⏳ Comprobando con el servidor… Puede tardar hasta medio minuto.");
    expect(checking.closest("[role=status]")).toBeTruthy();
    expect((screen.getByTestId("stats-turn-on") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("stats-form").getAttribute("aria-busy")).toBe("true");

    network.release();
    const on = await screen.findByTestId("stats-on");
    expect(screen.queryByTestId("stats-form")).toBeNull();
    expect(screen.queryByTestId("stats-checking")).toBeNull();
    expect(backend.callsTo("stats_turn_on")).toEqual([
      { server: "estadisticas.ejemplo.mx", campaign: "k7md-q4tw", state: "21" },
    ]);

    expect(text(screen.getByTestId("stats-turned-on"))).toBe(
      "✓ Listo: las estadísticas están activadas para la campaña «Primarias de Puebla, otoño 2026».",
    );
    expect(document.activeElement).toBe(screen.getByTestId("stats-on-title"));
    expect(text(within(on).getByTestId("stats-campaign-name"))).toBe("Primarias de Puebla, otoño 2026 (código K7MD-Q4TW)");
    expect(text(screen.getByTestId("stats-server-address"))).toBe("https://estadisticas.ejemplo.mx/");
    expect(text(screen.getByTestId("stats-state-name"))).toBe("Puebla");
    expect(text(screen.getByTestId("stats-last-sent"))).toBe("Todavía no se ha enviado ningún reporte.");
    expect(screen.queryByTestId("stats-last-problem")).toBeNull();
    // Nothing before turning on counts: no report waits yet, and nothing to send.
    expect(text(screen.getByTestId("stats-no-reports"))).toBe("No hay reportes en espera.");
    expect(screen.queryByTestId("stats-send-now")).toBeNull();
    // What is sent is still said.
    expect(screen.getByTestId("stats-explainer")).toBeTruthy();
  });
});

describe("while on", () => {
  it("lists the waiting reports by week and age group, each with what becomes of it", async () => {
    const { user } = setup(ON);
    await openStats(user);
    expect(text(screen.getByTestId("stats-state-name"))).toBe("Puebla");
    expect(text(screen.getByTestId("stats-since"))).toBe("9 de noviembre de 2026");
    expect(items().map((li) => `${li.dataset.week} ${li.dataset.band}`)).toEqual([
      "2026-W47 12-14",
      "2026-W47 8-11",
      "2026-W48 8-11",
    ]);

    const refused = item("2026-W47", "12-14");
    expect(text(refused?.querySelector("h3") ?? null)).toBe("Semana del 16–22 de noviembre de 2026");
    expect(text(refused)).toContain("12 a 14 años · 1 lección");
    expect(text(within(refused as HTMLElement).getByTestId("stats-report-refused"))).toBe(
      "⛔ El servidor no aceptó un reporte porque su semana queda fuera de las fechas de la campaña. Ese reporte no se volverá a enviar; puedes borrarlo de la lista.",
    );

    const retrying = item("2026-W47", "8-11") as HTMLElement;
    expect(text(within(retrying).getByTestId("stats-report-retrying"))).toBe("🔁 No se pudo enviar; se volverá a intentar.");

    const waiting = item("2026-W48", "8-11") as HTMLElement;
    expect(text(waiting.querySelector("h3"))).toBe("Semana del 23–29 de noviembre de 2026");
    expect(text(waiting)).toContain("8 a 11 años · 2 lecciones");
    expect(text(within(waiting).getByTestId("stats-report-waiting"))).toBe(
      `🕒 Se enviará a partir del ${formatDateTime(STATS_REPORTS[2].sendAfter)}`,
    );
    // Each button is described by its report's week and age group.
    const view = within(waiting).getByTestId("stats-report-open");
    expect(text(view)).toBe("Ver");
    const described = (view.getAttribute("aria-describedby") ?? "").split(" ").map((id) => text(document.getElementById(id)));
    expect(described).toEqual(["Semana del 23–29 de noviembre de 2026", "8 a 11 años · 2 lecciones"]);
    expect(text(within(waiting).getByTestId("stats-report-delete"))).toBe("Borrar");
  });

  it("says the last problem in words", async () => {
    const { user } = setup({ stats: { on: { ...STATS_ON, stateCode: null, lastProblem: "server-busy", lastSentAt: 1_795_000_000 } } });
    await openStats(user);
    expect(text(screen.getByTestId("stats-last-problem"))).toBe(
      "⚠️ Hubo un problema: El servidor de la campaña está ocupado o en mantenimiento. Se volverá a intentar solo más tarde.",
    );
    expect(text(screen.getByTestId("stats-last-sent"))).toBe(formatDateTime(1_795_000_000));
    expect(text(screen.getByTestId("stats-state-name"))).toBe("Sin estado");
  });

  it("opens a report: its counters read out, and exactly what will be sent", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    const waiting = item("2026-W48", "8-11") as HTMLElement;
    const view = within(waiting).getByTestId("stats-report-open");
    await user.click(view);

    const title = await screen.findByTestId("stats-report-title");
    expect(title.tagName).toBe("H1");
    expect(text(title)).toBe("Semana del 23–29 de noviembre de 2026 8 a 11 años");
    expect(document.activeElement).toBe(title);
    expect(screen.queryByTestId("stats-reports")).toBeNull();
    expect(text(screen.getByTestId("stats-report-about"))).toBe("Campaña: K7MD-Q4TW · Estado: Puebla");
    expect(backend.callsTo("stats_report")).toEqual([{ reportId: 3, locale: "es-MX" }]);

    const lessons = screen.getByTestId("stats-report-lessons");
    const rows = (table: HTMLElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(text));
    expect([...lessons.querySelectorAll("thead th")].map(text)).toEqual([
      "Lección",
      "La terminaron por primera vez",
      "Veces que se hizo el cuestionario",
      "Aprobadas (70 % o más)",
      "Actividades terminadas",
    ]);
    expect(rows(lessons)).toEqual([
      ["Tus contraseñas", "3", "4", "3", "2"],
      ["Tus datos", "1", "1", "0", "0"],
    ]);
    expect(rows(screen.getByTestId("stats-report-questions"))).toEqual([
      ["Tus contraseñas", "Tu amiga te pide tu contraseña. ¿Qué haces?", "3", "3"],
      ["Tus contraseñas", "¿Cuáles son buenas frases de contraseña?", "3", "1"],
      ["Tus datos", "Tu maestra debe saber tu contraseña.", "1", "0"],
    ]);

    // The body, character for character, in a box the keyboard can scroll.
    const json = screen.getByTestId("stats-report-json");
    expect(json.tagName).toBe("PRE");
    expect(json.getAttribute("tabindex")).toBe("0");
    const body = reportBody(STATS_REPORTS[2], STATS_ON);
    expect(json.textContent).toBe(body);
    expect(json.textContent).toContain('"key": "5f1c0a4e9b2d47c3a8e61f0d2b7c9e14"');
    expect(JSON.parse(json.textContent ?? "")).toMatchObject({
      format: 1,
      campaign: "K7MD-Q4TW",
      week: "2026-W48",
      band: "8-11",
      state: "21",
      key: "5f1c0a4e9b2d47c3a8e61f0d2b7c9e14",
    });
    expect(screen.getByRole("heading", { level: 2, name: "Exactamente lo que se enviará" })).toBeTruthy();

    // Back to the list, on the report's own button.
    await user.click(screen.getByTestId("stats-report-back"));
    await screen.findByTestId("stats-reports");
    expect(document.activeElement).toBe(within(item("2026-W48", "8-11") as HTMLElement).getByTestId("stats-report-open"));
  });

  it("leaves out the questions' table when the report has none", async () => {
    const { user } = setup(ON);
    await openStats(user);
    await user.click(within(item("2026-W47", "12-14") as HTMLElement).getByTestId("stats-report-open"));
    await screen.findByTestId("stats-report-lessons");
    expect(screen.queryByTestId("stats-report-questions")).toBeNull();
    expect(text(screen.getByTestId("stats-report-fate"))).toContain("queda fuera de las fechas de la campaña");
    expect(JSON.parse(screen.getByTestId("stats-report-json").textContent ?? "")).not.toHaveProperty("questions");
  });

  it("deletes a report only after a confirmation; Cancel keeps it", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    const remove = within(item("2026-W48", "8-11") as HTMLElement).getByTestId("stats-report-delete");

    await user.click(remove);
    const dialog = await screen.findByRole("dialog");
    expect(dialog.tagName).toBe("DIALOG");
    expect(within(dialog).getByRole("heading").textContent).toBe("¿Borrar este reporte?");
    expect(text(screen.getByTestId("stats-delete-text"))).toBe(
      "El reporte de la semana del 23–29 de noviembre de 2026 (8 a 11 años) se borrará y nunca se enviará. Lo que se aprendió esa semana sigue guardado en esta computadora.",
    );
    expect(document.activeElement).toBe(screen.getByTestId("stats-delete-cancel"));
    await user.click(screen.getByTestId("stats-delete-cancel"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(backend.callsTo("stats_delete_report")).toEqual([]);

    await user.click(remove);
    await user.click(await screen.findByTestId("stats-delete-confirm"));
    await waitFor(() => expect(item("2026-W48", "8-11")).toBeNull());
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(backend.callsTo("stats_delete_report")).toEqual([{ reportId: 3 }]);
    expect(backend.stats.reports.map((r) => r.id)).toEqual([1, 2]);
    expect(items()).toHaveLength(2);
    expect(text(screen.getByTestId("stats-deleted"))).toBe(
      "✓ Se borró el reporte de la semana del 23–29 de noviembre de 2026 (8 a 11 años). Nunca se enviará.",
    );
    expect(document.activeElement).toBe(screen.getByTestId("stats-reports-title"));
  });

  it("deletes the report on screen, after the confirmation, and goes back to the list", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    await user.click(within(item("2026-W47", "8-11") as HTMLElement).getByTestId("stats-report-open"));
    await user.click(await screen.findByTestId("stats-report-detail-delete"));
    await user.click(await screen.findByTestId("stats-delete-confirm"));
    await screen.findByTestId("stats-deleted");
    expect(screen.queryByTestId("stats-report-title")).toBeNull();
    expect(items().map((li) => `${li.dataset.week} ${li.dataset.band}`)).toEqual(["2026-W47 12-14", "2026-W48 8-11"]);
    expect(backend.callsTo("stats_delete_report")).toEqual([{ reportId: 1 }]);
  });

  it("sends now: says so while sending, then the last send and what was left", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    const send = screen.getByTestId("stats-send-now");
    expect(text(send)).toBe("📤 Enviar ahora");

    const network = slow();
    backend.holding.set("stats_send_now", network.promise);
    await user.click(send);
    expect(text(await screen.findByTestId("stats-sending"))).toBe("⏳ Enviando los reportes…");
    expect((send as HTMLButtonElement).disabled).toBe(true);

    network.release();
    await screen.findByTestId("stats-sent");
    expect(text(screen.getByTestId("stats-sent"))).toBe("✓ Listo: se enviaron los reportes.");
    expect(screen.queryByTestId("stats-sending")).toBeNull();
    const sentAt = backend.stats.setting?.lastSentAt;
    expect(sentAt).toBeTypeOf("number");
    expect(text(screen.getByTestId("stats-last-sent"))).toBe(formatDateTime(sentAt as number));
    // The refused report stays, and there is nothing left to send.
    expect(items().map((li) => li.dataset.week + " " + li.dataset.band)).toEqual(["2026-W47 12-14"]);
    expect(screen.queryByTestId("stats-send-now")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("stats-reports-title"));
  });

  it("sends now without a network: each report will be tried again, and the problem is said", async () => {
    const { backend, user } = setup(ON);
    backend.stats.collector.reachable = false;
    await openStats(user);
    await user.click(screen.getByTestId("stats-send-now"));
    expect(text(await screen.findByTestId("stats-sent-not-all"))).toBe(
      "⚠️ No se pudieron enviar todos los reportes. En cada uno dice qué pasó.",
    );
    expect(text(screen.getByTestId("stats-last-problem"))).toContain("No se pudo llegar al servidor de la campaña");
    expect(text(screen.getByTestId("stats-last-sent"))).toBe("Todavía no se ha enviado ningún reporte.");
    expect(within(item("2026-W48", "8-11") as HTMLElement).getByTestId("stats-report-retrying")).toBeTruthy();
    expect(screen.getByTestId("stats-send-now")).toBeTruthy();
  });

  it("turns off only after a confirmation that the waiting reports go too, then shows the form again", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    const off = screen.getByTestId("stats-turn-off");

    await user.click(off);
    await screen.findByRole("dialog");
    expect(text(screen.getByTestId("stats-turn-off-text"))).toBe(
      "Esta computadora dejará de enviar reportes a la campaña «Primarias de Puebla, otoño 2026». Los 3 reportes en espera se borrarán y nunca se enviarán. Puedes volver a activarlas cuando quieras.",
    );
    expect(document.activeElement).toBe(screen.getByTestId("stats-turn-off-cancel"));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(off);
    expect(backend.callsTo("stats_turn_off")).toEqual([]);

    await user.click(off);
    await user.click(await screen.findByTestId("stats-turn-off-confirm"));
    expect(await screen.findByTestId("stats-form")).toBeTruthy();
    expect(screen.queryByTestId("stats-on")).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(text(screen.getByTestId("stats-turned-off"))).toBe(
      "✓ Listo: las estadísticas están desactivadas y se borraron los reportes que esperaban.",
    );
    expect(document.activeElement).toBe(screen.getByTestId("stats-form-title"));
    expect(backend.stats.setting).toBeNull();
    expect(backend.stats.reports).toEqual([]);
  });

  it("says so in the singular, and when nothing waits", async () => {
    const { user } = setup({ stats: { on: STATS_ON, reports: [STATS_REPORTS[0]] } });
    await openStats(user);
    await user.click(screen.getByTestId("stats-turn-off"));
    expect(text(await screen.findByTestId("stats-turn-off-text"))).toContain(
      "El reporte que está en espera se borrará y nunca se enviará.",
    );
  });
});

describe("a report that left meanwhile", () => {
  it("says so when it is opened, and leads back to the list", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    backend.stats.reports.splice(0); // sent by the app meanwhile
    await user.click(within(item("2026-W48", "8-11") as HTMLElement).getByTestId("stats-report-open"));
    expect(text(await screen.findByTestId("stats-report-gone"))).toBe(
      "⚠️ Ese reporte ya no está en espera: se envió o se borró.",
    );
    expect(screen.queryByTestId("error-alert")).toBeNull();
    await user.click(screen.getByTestId("stats-report-back"));
    await screen.findByTestId("stats-reports-title");
  });

  it("says so when it is deleted, and shows the list as it is now", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    await user.click(within(item("2026-W48", "8-11") as HTMLElement).getByTestId("stats-report-delete"));
    await screen.findByRole("dialog");
    backend.stats.reports.splice(2, 1);
    await user.click(screen.getByTestId("stats-delete-confirm"));
    const error = await screen.findByTestId("stats-delete-error");
    expect(text(error)).toBe("⚠️ Ese reporte ya no está en espera: se envió o se borró.");
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(document.activeElement).toBe(error);
  });
});

describe("the week's days", () => {
  it("are written once as a range, across months and years, in the adult's language", () => {
    // Intl puts thin spaces around the dash; compare with plain ones.
    const range = (first: string, last: string) => formatDayRange(first, last).replace(/\s+/g, " ");
    expect(range("2026-11-23", "2026-11-29")).toBe("23–29 de noviembre de 2026");
    expect(range("2026-11-30", "2026-12-06")).toBe("30 de noviembre – 6 de diciembre de 2026");
    expect(range("2026-12-28", "2027-01-03")).toBe("28 de diciembre de 2026 – 3 de enero de 2027");
    expect(weekDays("2026-W53")).toEqual({ monday: "2026-12-28", sunday: "2027-01-03" });
    expect(weekDays("2026-W01")).toEqual({ monday: "2025-12-29", sunday: "2026-01-04" });
    setLocale("en");
    expect(range("2026-11-30", "2026-12-06")).toBe("November 30 – December 6, 2026");
    expect(range("soon", "later")).toBe("soon – later");
  });
});

describe("when the area closed meanwhile", () => {
  it("goes back to the PIN door, and the PIN leads back to the statistics", async () => {
    const { backend, user } = setup(ON);
    await openStats(user);
    backend.adult.open = false; // five idle minutes
    await user.click(screen.getByTestId("stats-send-now"));
    expect(text(await screen.findByTestId("pin-error"))).toBe(
      "⚠️ La sección para personas adultas se cerró. Escribe el PIN para volver a entrar.",
    );
    expect(screen.queryByTestId("stats-title")).toBeNull();
    expect(backend.stats.reports).toHaveLength(3);

    await user.type(screen.getByTestId("pin-input"), PIN);
    await user.click(screen.getByTestId("pin-submit"));
    expect(await screen.findByTestId("stats-title")).toBeTruthy();
    expect(await screen.findByTestId("stats-reports")).toBeTruthy();
  });

  it("goes back to the door when turning on finds it closed", async () => {
    const { backend, user } = setup();
    await openStats(user);
    backend.adult.open = false;
    await user.type(field("stats-server"), "estadisticas.ejemplo.mx");
    await user.type(field("stats-campaign"), "K7MD-Q4TW{Enter}");
    expect(text(await screen.findByTestId("pin-error"))).toContain("se cerró");
    expect(backend.stats.setting).toBeNull();
  });
});

describe("in English", () => {
  it("the screen speaks English, and a report follows a switch of language", async () => {
    const { backend, user } = setup({ ...ON, startup: { storeError: null, systemLocale: "en" } });
    await user.click(await screen.findByTestId("adult-link"));
    await screen.findByTestId("open-stats");
    expect(screen.getByRole("button", { name: "Open campaign statistics" })).toBe(screen.getByTestId("open-stats"));
    await user.click(screen.getByTestId("open-stats"));
    expect(text(await screen.findByTestId("stats-title"))).toBe("📊 Campaign statistics");
    await screen.findByTestId("stats-on");

    const explainer = text(screen.getByTestId("stats-explainer"));
    expect(explainer).toContain("What is sent, once a week");
    expect(explainer).toContain("for example “week 48 of 2026”. Never the day or the time.");
    expect(explainer).toContain("passed (70% or more answers right)");
    expect(explainer).toContain("Names or nicknames.");
    expect(explainer).toContain("Ciberescudo's campaign server doesn't store it.");
    expect(text(screen.getByTestId("stats-campaign-name"))).toBe("Primarias de Puebla, otoño 2026 (code K7MD-Q4TW)");
    expect(text(screen.getByTestId("stats-last-sent"))).toBe("No report has been sent yet.");
    const waiting = item("2026-W48", "8-11") as HTMLElement;
    expect(text(waiting.querySelector("h3"))).toMatch(/^Week of November 23\s*–\s*29, 2026$/);
    expect(text(waiting)).toContain("Ages 8 to 11 · 2 lessons");
    expect(text(within(waiting).getByTestId("stats-report-waiting"))).toBe(
      `🕒 It will be sent after ${formatDateTime(STATS_REPORTS[2].sendAfter)}`,
    );

    await user.click(within(waiting).getByTestId("stats-report-open"));
    await screen.findByTestId("stats-report-lessons");
    expect(text(screen.getByTestId("stats-report-about"))).toBe("Campaign: K7MD-Q4TW · State: Puebla");
    expect(text(screen.getByTestId("stats-report-lessons").querySelector("tbody th"))).toBe("Your passwords");
    expect(screen.getByRole("heading", { level: 2, name: "Exactly what will be sent" })).toBeTruthy();

    // Switching language keeps the place and fetches the report in the other one.
    await user.click(screen.getByTestId("lang-es-MX"));
    await waitFor(() =>
      expect(text(screen.getByTestId("stats-report-lessons").querySelector("tbody th"))).toBe("Tus contraseñas"),
    );
    expect(text(screen.getByTestId("stats-report-title"))).toBe("Semana del 23–29 de noviembre de 2026 8 a 11 años");
    expect(backend.callsTo("stats_report")).toEqual([
      { reportId: 3, locale: "en" },
      { reportId: 3, locale: "es-MX" },
    ]);
  });

  it("the form and its refusals speak English", async () => {
    const { user } = setup({ startup: { storeError: null, systemLocale: "en" } });
    await user.click(await screen.findByTestId("adult-link"));
    await user.click(await screen.findByTestId("open-stats"));
    await screen.findByTestId("stats-form");
    expect(screen.getByLabelText("Campaign server address")).toBe(field("stats-server"));
    expect((screen.getByTestId("stats-state") as HTMLSelectElement).options[0].text).toBe("I'd rather not say");
    expect(text(screen.getByTestId("stats-turn-on"))).toBe("Check and turn on");
    await user.type(field("stats-server"), "stats.example.org");
    await user.type(field("stats-campaign"), "hello{Enter}");
    expect(text(await screen.findByTestId("stats-turn-on-error"))).toBe(
      "⚠️ That isn't a campaign code. It has 8 letters and digits, for example K7MD-Q4TW.",
    );
  });
});
