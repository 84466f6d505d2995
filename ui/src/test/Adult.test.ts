// The adult area over the fake backend: the one way in from the profile picker, the
// PIN door (creating it, wrong tries, the wait), and managing profiles inside.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import App from "../App.svelte";
import type { ProfileView } from "../lib/bindings";
import { ANA, type FakeOptions, fakeBackend } from "./fake-backend";

const BETO: ProfileView = { id: 2, nickname: "Beto", avatar: "🐼", band: "12-14", locale: "es-MX" };
const PIN = "4826";

type User = ReturnType<typeof userEvent.setup>;

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  render(App);
  return { backend, user: userEvent.setup() };
}

const h1 = () => screen.getByRole("heading", { level: 1 });
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;

/** From the picker to the door (or straight into the area when it is still open). */
async function openDoor(user: User): Promise<void> {
  await user.click(await screen.findByTestId("adult-link"));
}

async function typePin(user: User, pin: string): Promise<void> {
  await user.type(await screen.findByTestId("pin-input"), pin);
  await user.click(screen.getByTestId("pin-submit"));
}

/** The fake starts with the PIN set and the area open: the link leads straight in. */
async function openArea(user: User): Promise<void> {
  await openDoor(user);
  await screen.findByTestId("adult-area-title");
  await screen.findByTestId("adult-profile-1");
}

const pinError = async () => (await screen.findByTestId("pin-error")).textContent?.replace(/\s+/g, " ").trim();

describe("the way in", () => {
  it("is a discreet link on the profile picker, and on no other screen", async () => {
    const { user } = setup();
    const link = await screen.findByTestId("adult-link");
    expect(link.textContent?.trim()).toContain("Para personas adultas");
    expect(link.tagName).toBe("BUTTON");

    // A learner's own screens have no way in.
    await user.click(await screen.findByTestId("profile-1"));
    await screen.findByTestId("lesson-card-passwords-8-11");
    expect(screen.queryByTestId("adult-link")).toBeNull();
    expect(screen.queryByText(/personas adultas/i, { selector: "button, a" })).toBeNull();
    await user.click(screen.getByTestId("lesson-card-passwords-8-11"));
    await screen.findByTestId("section-title");
    expect(screen.queryByTestId("adult-link")).toBeNull();
    await user.click(screen.getByTestId("open-glossary"));
    await screen.findByTestId("glossary-term-password");
    expect(screen.queryByTestId("adult-link")).toBeNull();
    await user.click(screen.getByTestId("glossary-back"));
    await user.click(await screen.findByTestId("reader-home"));

    await user.click(await screen.findByTestId("change-profile"));
    await user.click(await screen.findByTestId("new-profile"));
    expect(screen.queryByTestId("adult-link")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Volver" }));
    expect(await screen.findByTestId("adult-link")).toBeTruthy();
  });

  it("is there even before the first profile, and the door leads back to the picker", async () => {
    const { backend, user } = setup({ profiles: [] });
    await openDoor(user);
    await screen.findByTestId("pin-input");
    expect(document.activeElement).toBe(h1());
    await user.click(screen.getByTestId("adult-door-back"));
    expect(await screen.findByTestId("adult-link")).toBeTruthy();
    expect(h1().textContent).toBe("¿Quién eres?");
    expect(backend.callsTo("set_adult_pin")).toEqual([]);
  });
});

describe("creating the PIN", () => {
  it("asks for it twice, shows the Rust side's refusals, clears the fields and lets the adult in", async () => {
    const { backend, user } = setup();
    await openDoor(user);
    await screen.findByTestId("pin-input");
    expect(h1().textContent).toContain("Crea el PIN para personas adultas");
    expect(screen.getByTestId("pin-form").dataset.mode).toBe("create");
    for (const id of ["pin-input", "pin-repeat-input"]) {
      const input = field(id);
      expect(input.type).toBe("password");
      expect(input.getAttribute("inputmode")).toBe("numeric");
      expect(input.getAttribute("autocomplete")).toBe("off");
    }
    // The rules, who may know it, and what to do when it is forgotten.
    expect(screen.getByText(/Usa de 4 a 8 números\. Solo las personas adultas deben saberlo/)).toBeTruthy();
    expect(field("pin-input").getAttribute("aria-describedby")).toContain(screen.getByText(/Usa de 4 a 8/).id);
    expect(screen.getByText("ciberescudo adult reset-pin").tagName).toBe("CODE");
    expect(screen.getByText(/quien administra esta computadora puede borrarlo/)).toBeTruthy();

    await user.type(field("pin-input"), "12");
    await user.type(field("pin-repeat-input"), "12");
    await user.click(screen.getByTestId("pin-submit"));
    expect(await pinError()).toBe("⚠️ El PIN debe tener de 4 a 8 números.");
    expect(field("pin-input").value).toBe("");
    expect(field("pin-repeat-input").value).toBe("");
    expect(field("pin-input").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field("pin-input"));

    await user.type(field("pin-input"), "1234");
    await user.type(field("pin-repeat-input"), "1243{Enter}");
    await waitFor(async () => expect(await pinError()).toBe("⚠️ Los dos PIN no coinciden. Escríbelo otra vez."));
    expect(field("pin-input").value).toBe("");
    expect(field("pin-repeat-input").value).toBe("");

    await user.type(field("pin-input"), PIN);
    await user.type(field("pin-repeat-input"), PIN);
    await user.click(screen.getByTestId("pin-submit"));
    await screen.findByTestId("adult-area-title");
    expect(h1().textContent).toContain("Para personas adultas");
    expect(document.activeElement).toBe(h1());
    expect(await screen.findByTestId("adult-profile-1")).toBeTruthy();
    expect(screen.queryByTestId("pin-input")).toBeNull();

    expect(backend.callsTo("set_adult_pin")).toEqual([
      { pin: "12", repeated: "12" },
      { pin: "1234", repeated: "1243" },
      { pin: PIN, repeated: PIN },
    ]);
    expect(backend.adult).toMatchObject({ pin: PIN, open: true });
  });

  it("turns into the PIN door when another adult set one meanwhile", async () => {
    const { backend, user } = setup();
    await openDoor(user);
    await screen.findByTestId("pin-input");
    backend.adult.pin = "9999";
    await user.type(field("pin-input"), PIN);
    await user.type(field("pin-repeat-input"), PIN);
    await user.click(screen.getByTestId("pin-submit"));
    expect(await pinError()).toBe("⚠️ Ya hay un PIN en esta computadora. Escríbelo para entrar.");
    expect(screen.getByTestId("pin-form").dataset.mode).toBe("enter");
    expect(screen.queryByTestId("pin-repeat-input")).toBeNull();
    expect(h1().textContent).toContain("Escribe el PIN");
  });
});

describe("typing the PIN", () => {
  it("counts the tries left, then asks to wait, and opens with the right PIN once the wait is over", async () => {
    const { backend, user } = setup({ adult: { pin: PIN } });
    await openDoor(user);
    await screen.findByTestId("pin-input");
    expect(h1().textContent).toContain("Escribe el PIN");
    expect(screen.queryByTestId("pin-repeat-input")).toBeNull();
    expect(field("pin-input").type).toBe("password");

    await typePin(user, "0000");
    expect(await pinError()).toBe("⚠️ Ese PIN no es correcto. Quedan 4 intentos antes de tener que esperar.");
    expect(field("pin-input").value).toBe("");
    expect(document.activeElement).toBe(field("pin-input"));

    for (const left of [3, 2]) {
      await typePin(user, "1111");
      await waitFor(async () => expect(await pinError()).toContain(`Quedan ${left} intentos`));
    }
    await typePin(user, "1111");
    await waitFor(async () => expect(await pinError()).toContain("Queda un intento antes de tener que esperar."));

    await typePin(user, "2222");
    await waitFor(async () =>
      expect(await pinError()).toBe("⚠️ Hubo demasiados intentos. Espera 30 segundos y vuelve a intentarlo."),
    );
    // Even the right PIN waits.
    await typePin(user, PIN);
    await waitFor(async () => expect(await pinError()).toMatch(/Espera (29|30) segundos/));
    expect(screen.queryByTestId("adult-area-title")).toBeNull();

    backend.adult.lockedUntil = 0;
    await typePin(user, PIN);
    await screen.findByTestId("adult-area-title");
    expect(backend.callsTo("open_adult_area")).toHaveLength(7);
  });

  it("never keeps the PIN in the field after a call", async () => {
    const { user } = setup({ adult: { pin: PIN } });
    await openDoor(user);
    await typePin(user, "1357");
    await screen.findByTestId("pin-error");
    expect(field("pin-input").value).toBe("");
    expect(document.querySelectorAll("input[type=password]")).toHaveLength(1);
  });
});

describe("inside the area", () => {
  const open: FakeOptions = { adult: { pin: PIN, open: true }, profiles: [ANA, BETO] };

  it("lists the computer's profiles, leaves room for classes, and leaving closes it", async () => {
    const { backend, user } = setup(open);
    await openArea(user);
    const cards = screen.getAllByTestId(/^adult-profile-\d+$/);
    expect(cards.map((c) => within(c).getByRole("heading", { level: 3 }).textContent)).toEqual(["Ana", "Beto"]);
    expect(screen.getByTestId("adult-profile-band-2").textContent).toBe("12 a 14 años");
    expect(screen.getByRole("heading", { level: 2, name: "Grupos" })).toBeTruthy();
    expect(screen.getByText(/se cierra sola/).textContent).toContain("durante 5 minutos");

    await user.click(screen.getByTestId("adult-leave"));
    expect(await screen.findByTestId("adult-link")).toBeTruthy();
    expect(backend.callsTo("close_adult_area")).toHaveLength(1);
    expect(backend.adult.open).toBe(false);

    // Coming back needs the PIN again.
    await openDoor(user);
    await screen.findByTestId("pin-input");
    expect(screen.getByTestId("pin-form").dataset.mode).toBe("enter");
  });

  it("renames a profile and changes its band, showing the Rust side's refusal next to the form", async () => {
    const { backend, user } = setup(open);
    await openArea(user);
    await user.click(screen.getByTestId("adult-edit-1"));
    const nickname = field("adult-nickname-1");
    expect(nickname.value).toBe("Ana");
    expect(document.activeElement).toBe(nickname);
    expect(field("adult-band-1-8-11").checked).toBe(true);

    await user.clear(nickname);
    await user.type(nickname, "   ");
    await user.click(screen.getByTestId("adult-save-1"));
    const error = await screen.findByTestId("adult-edit-error-1");
    expect(error.textContent).toContain("Escribe un apodo.");
    expect(nickname.getAttribute("aria-invalid")).toBe("true");
    expect(nickname.getAttribute("aria-describedby")).toBe(error.id);
    expect(document.activeElement).toBe(nickname);

    await user.clear(nickname);
    await user.type(nickname, "Ana María");
    await user.click(field("adult-band-1-12-14"));
    await user.click(screen.getByTestId("adult-save-1"));
    await waitFor(() => expect(screen.getByTestId("adult-profile-name-1").textContent).toBe("Ana María"));
    expect(screen.getByTestId("adult-profile-band-1").textContent).toBe("12 a 14 años");
    expect(screen.getByTestId("adult-saved-1").textContent).toContain("se guardaron los cambios");
    expect(screen.queryByTestId("adult-nickname-1")).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("adult-edit-1"));
    expect(backend.callsTo("update_profile").at(-1)).toEqual({ profileId: 1, nickname: "Ana María", band: "12-14" });
    expect(backend.profiles[0]).toMatchObject({ nickname: "Ana María", band: "12-14" });

    // Cancel leaves the profile as it was.
    await user.click(screen.getByTestId("adult-edit-2"));
    await user.type(field("adult-nickname-2"), "rto");
    await user.click(screen.getByTestId("adult-edit-cancel-2"));
    expect(screen.getByTestId("adult-profile-name-2").textContent).toBe("Beto");
    expect(document.activeElement).toBe(screen.getByTestId("adult-edit-2"));

    await user.click(screen.getByTestId("adult-leave"));
    const tile = await screen.findByTestId("profile-1");
    expect(tile.textContent).toContain("Ana María");
  });

  it("names exactly what deleting a profile loses; Cancel and Escape keep it, Confirm deletes it", async () => {
    const { backend, user } = setup({
      ...open,
      holdings: { 1: { lessonsStarted: 3, quizzesFinished: 2, answers: 17, activities: 4 } },
    });
    await openArea(user);
    const deleteButton = screen.getByTestId("adult-delete-1");

    await user.click(deleteButton);
    const dialog = await screen.findByRole("dialog");
    expect(dialog.tagName).toBe("DIALOG");
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(within(dialog).getByRole("heading").textContent).toBe("¿Borrar el perfil «Ana»?");
    expect(screen.getByTestId("delete-summary").textContent?.trim()).toBe(
      "Se borrará el perfil «Ana» con 3 lecciones empezadas, 2 cuestionarios terminados, 17 respuestas y 4 actividades. No se puede deshacer.",
    );
    expect(dialog.getAttribute("aria-describedby")).toBe(screen.getByTestId("delete-summary").id);
    expect(document.activeElement).toBe(screen.getByTestId("delete-cancel"));
    expect(backend.callsTo("profile_holdings")).toEqual([{ profileId: 1 }]);

    await user.click(screen.getByTestId("delete-cancel"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(deleteButton);

    await user.click(deleteButton);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(deleteButton);
    expect(backend.callsTo("delete_profile")).toEqual([]);
    expect(backend.profiles.map((p) => p.id)).toEqual([1, 2]);

    await user.click(deleteButton);
    await user.click(await screen.findByTestId("delete-confirm"));
    await waitFor(() => expect(screen.queryByTestId("adult-profile-1")).toBeNull());
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(backend.callsTo("delete_profile")).toEqual([{ profileId: 1 }]);
    expect(backend.profiles.map((p) => p.id)).toEqual([2]);
    expect(screen.getByTestId("adult-deleted").textContent).toContain("Se borró el perfil «Ana».");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "Perfiles en esta computadora" }));

    await user.click(screen.getByTestId("adult-leave"));
    await screen.findByTestId("profile-2");
    expect(screen.queryByTestId("profile-1")).toBeNull();
  });

  it("counts in the singular, and says so when a profile holds nothing yet", async () => {
    const { user } = setup({
      ...open,
      holdings: { 1: { lessonsStarted: 1, quizzesFinished: 1, answers: 1, activities: 1 } },
    });
    await openArea(user);
    await user.click(screen.getByTestId("adult-delete-1"));
    expect((await screen.findByTestId("delete-summary")).textContent?.trim()).toBe(
      "Se borrará el perfil «Ana» con 1 lección empezada, 1 cuestionario terminado, 1 respuesta y 1 actividad. No se puede deshacer.",
    );
    await user.click(screen.getByTestId("delete-cancel"));

    await user.click(screen.getByTestId("adult-delete-2"));
    expect((await screen.findByTestId("delete-summary")).textContent?.trim()).toBe(
      "Se borrará el perfil «Beto». Todavía no tiene avance guardado. No se puede deshacer.",
    );
  });

  it("counts what the learner did: places, quizzes, answers and activities", async () => {
    const { backend, user } = setup({ ...open, places: { "1/passwords-8-11": "the-key", "1/scams-12-14": "the-key" } });
    backend.attempts.push({ id: 1, profileId: 1, lessonId: "privacy-8-11", answers: new Map([["friend-asks", ["say-no"]]]), finished: true });
    backend.recorded.push({ profileId: 1, lessonId: "passwords-8-11", activityId: "fake-prize" });
    await openArea(user);
    await user.click(screen.getByTestId("adult-delete-1"));
    const dialog = await screen.findByTestId("delete-dialog");
    expect(dialog.dataset).toMatchObject({ lessonsStarted: "3", quizzesFinished: "1", answers: "1", activities: "1" });
  });

  it("saves a copy of a learner's data, says nothing when the save is cancelled, and shows why it failed", async () => {
    const { backend, user } = setup(open);
    await openArea(user);
    await user.click(screen.getByTestId("adult-export-1"));
    const saved = await screen.findByTestId("adult-export-result-1");
    expect(saved.textContent?.replace(/\s+/g, " ").trim()).toBe("✓ Se guardó como ciberescudo-learner-a1b2c301.json");
    expect(saved.closest("[role=status]")).toBeTruthy();
    expect(backend.exported).toEqual([1]);

    backend.saving.cancel = true;
    await user.click(screen.getByTestId("adult-export-1"));
    await waitFor(() => expect(backend.callsTo("export_learner_data")).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId("adult-export-result-1")).toBeNull());
    expect(screen.queryByTestId("adult-export-error-1")).toBeNull();
    expect(screen.queryByTestId("error-alert")).toBeNull();
    expect(backend.exported).toEqual([1]);

    backend.failing.set("export_learner_data", { key: "error-save-failed", args: {} });
    await user.click(screen.getByTestId("adult-export-2"));
    expect((await screen.findByTestId("adult-export-error-2")).textContent).toContain(
      "No pudimos guardar el archivo ahí. Elige otra carpeta o revisa que haya espacio.",
    );
    expect(screen.queryByTestId("adult-export-result-2")).toBeNull();
  });

  it.each([
    ["saving a rename", async (user: User) => {
      await user.click(screen.getByTestId("adult-edit-1"));
      await user.click(screen.getByTestId("adult-save-1"));
    }],
    ["exporting", async (user: User) => user.click(screen.getByTestId("adult-export-1"))],
    ["asking to delete", async (user: User) => user.click(screen.getByTestId("adult-delete-1"))],
  ])("goes back to the PIN door with the reason when the area closed meanwhile (%s)", async (_what, act) => {
    const { backend, user } = setup(open);
    await openArea(user);
    backend.adult.open = false; // five idle minutes
    await act(user);
    expect(await pinError()).toBe(
      "⚠️ La sección para personas adultas se cerró. Escribe el PIN para volver a entrar.",
    );
    expect(screen.getByTestId("pin-form").dataset.mode).toBe("enter");
    expect(screen.queryByTestId("adult-area-title")).toBeNull();
    expect(document.activeElement).toBe(h1());

    await typePin(user, PIN);
    expect(await screen.findByTestId("adult-area-title")).toBeTruthy();
    expect(backend.profiles.map((p) => p.nickname)).toEqual(["Ana", "Beto"]);
  });

  it("goes back to the door by itself when the area closes while nobody touches it", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const backend = fakeBackend(open);
      render(App);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await openArea(user);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(screen.getByTestId("adult-area-title")).toBeTruthy();

      backend.adult.open = false; // five idle minutes
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await pinError()).toContain("La sección para personas adultas se cerró.");
      expect(screen.queryByTestId("adult-profile-1")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("goes back to the door when the delete itself finds the area closed", async () => {
    const { backend, user } = setup(open);
    await openArea(user);
    await user.click(screen.getByTestId("adult-delete-1"));
    await screen.findByRole("dialog");
    backend.adult.open = false;
    await user.click(screen.getByTestId("delete-confirm"));
    expect(await pinError()).toContain("se cerró");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(backend.profiles).toHaveLength(2);
  });
});

describe("in English", () => {
  it("the link, the door and the delete confirmation speak English", async () => {
    const { user } = setup({
      startup: { storeError: null, systemLocale: "en" },
      profiles: [ANA, BETO],
      holdings: { 2: { lessonsStarted: 3, quizzesFinished: 1, answers: 17, activities: 0 } },
    });
    const link = await screen.findByTestId("adult-link");
    expect(link.textContent?.trim()).toContain("For adults");
    await user.click(link);
    await screen.findByTestId("pin-input");
    expect(h1().textContent).toContain("Create the adults' PIN");
    expect(screen.getByText(/Use 4 to 8 digits\. Only adults should know it/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create the PIN and come in" })).toBeTruthy();

    await user.type(field("pin-input"), "123");
    await user.type(field("pin-repeat-input"), "123{Enter}");
    expect(await pinError()).toBe("⚠️ The PIN must be 4 to 8 digits.");

    await user.type(field("pin-input"), PIN);
    await user.type(field("pin-repeat-input"), `${PIN}{Enter}`);
    await screen.findByTestId("adult-profile-2");
    expect(h1().textContent).toContain("For adults");
    expect(screen.getByRole("button", { name: "Leave" })).toBeTruthy();

    await user.click(screen.getByTestId("adult-delete-2"));
    expect((await screen.findByTestId("delete-summary")).textContent?.trim()).toBe(
      "The profile “Beto” will be deleted with 3 lessons started, 1 quiz finished, 17 answers and 0 activities. This can't be undone.",
    );
    expect(screen.getByTestId("delete-cancel").textContent?.trim()).toBe("Cancel");

    // Switching language keeps the place.
    await user.click(screen.getByTestId("delete-cancel"));
    await user.click(screen.getByTestId("lang-es-MX"));
    await waitFor(() => expect(h1().textContent).toContain("Para personas adultas"));
    expect(screen.getByTestId("adult-profile-2")).toBeTruthy();
  });
});
