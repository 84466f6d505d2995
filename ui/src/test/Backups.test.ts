// The automatic backups over the fake backend: listed by date in the adult area and
// restored after a confirmation that names what is replaced, and the newest good one
// offered on the start-up screen when the progress file is damaged.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import App from "../App.svelte";
import type { ProfileView } from "../lib/bindings";
import { FAKE_DB_PATH, type FakeBackup, type FakeOptions, fakeBackend } from "./fake-backend";

const PIN = "4826";
const BETO: ProfileView = { id: 2, nickname: "Beto", avatar: "🐼", band: "12-14", locale: "es-MX" };
const OLD_ANA: ProfileView = { id: 1, nickname: "Anita", avatar: "🦊", band: "8-11", locale: "es-MX" };

const BACKUPS: FakeBackup[] = [
  { date: "2026-11-30", profiles: [OLD_ANA] },
  { date: "2026-11-29" },
  { date: "2026-11-28" },
];

type User = ReturnType<typeof userEvent.setup>;

function setup(options: FakeOptions = {}) {
  const backend = fakeBackend(options);
  render(App);
  return { backend, user: userEvent.setup() };
}

const h1 = () => screen.getByRole("heading", { level: 1 });
const text = (el: Element) => el.textContent?.replace(/\s+/g, " ").trim();

/** The fake starts with the PIN set and the area open: the link leads straight in. */
async function openBackups(user: User): Promise<HTMLElement> {
  await user.click(await screen.findByTestId("adult-link"));
  await screen.findByTestId("adult-area-title");
  const section = await screen.findByTestId("backups");
  await within(section).findAllByTestId("backup-item");
  return section;
}

const OPEN: FakeOptions = { adult: { pin: PIN, open: true }, backups: BACKUPS };

describe("backups in the adult area", () => {
  it("lists the backups newest first, by date, each with its own restore button", async () => {
    const { user } = setup(OPEN);
    const section = await openBackups(user);
    expect(text(within(section).getByRole("heading", { level: 2 }))).toBe("Copias de seguridad");
    expect(section.textContent).toContain("Se conservan las 7 más recientes");
    const items = within(section).getAllByTestId("backup-item");
    expect(items.map((i) => i.dataset.name)).toEqual([
      "progress-2026-11-30.sqlite3",
      "progress-2026-11-29.sqlite3",
      "progress-2026-11-28.sqlite3",
    ]);
    expect(text(items[0])).toContain("Copia del 30 de noviembre de 2026");
    // The button's name says which backup it restores.
    expect(within(items[1]).getByRole("button", { name: "Restaurar la copia del 29 de noviembre de 2026" })).toBeTruthy();
  });

  it("says so when there is none yet", async () => {
    const { user } = setup({ adult: { pin: PIN, open: true } });
    await user.click(await screen.findByTestId("adult-link"));
    expect(text(await screen.findByTestId("backups-empty"))).toBe(
      "Todavía no hay copias. La primera se guarda la próxima vez que se abra la app.",
    );
  });

  it("restores nothing until the adult confirms, and cancelling goes back to the button", async () => {
    const { backend, user } = setup(OPEN);
    const section = await openBackups(user);
    const button = within(section).getAllByTestId("backup-restore")[1];
    await user.click(button);

    const dialog = await screen.findByTestId("backup-dialog");
    expect(text(within(dialog).getByRole("heading"))).toBe("¿Restaurar la copia del 29 de noviembre de 2026?");
    const summary = text(screen.getByTestId("backup-summary"));
    expect(summary).toContain("volverá a como estaba el 29 de noviembre de 2026");
    expect(summary).toContain("El archivo actual no se borra");
    // Cancel has the focus: Enter by mistake restores nothing.
    expect(document.activeElement).toBe(screen.getByTestId("backup-cancel"));

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("backup-dialog")).toBeNull());
    expect(document.activeElement).toBe(button);
    await user.click(button);
    await user.click(await screen.findByTestId("backup-cancel"));
    expect(backend.callsTo("restore_backup")).toEqual([]);
  });

  it("restores the chosen backup, says where the replaced file went, and shows the restored profiles", async () => {
    const { backend, user } = setup({ ...OPEN, profiles: [{ ...OLD_ANA, nickname: "Ana" }, BETO] });
    const section = await openBackups(user);
    await screen.findByTestId("adult-profile-2");
    await user.click(within(section).getAllByTestId("backup-restore")[0]);
    await user.click(await screen.findByTestId("backup-confirm"));

    const done = await screen.findByTestId("backup-restored");
    expect(backend.callsTo("restore_backup")).toEqual([{ name: "progress-2026-11-30.sqlite3" }]);
    expect(text(done)).toBe(
      "✓ Se restauró la copia del 30 de noviembre de 2026. El archivo que había se guardó aparte como " +
        "«progress-replaced-2026-12-01-093000.sqlite3», en la misma carpeta que el avance. No se borró.",
    );
    expect(document.activeElement).toBe(done);
    expect(screen.queryByTestId("backup-dialog")).toBeNull();
    // The profiles are read again: the backup's, not the ones before.
    await waitFor(() => expect(screen.queryByTestId("adult-profile-2")).toBeNull());
    expect(text(screen.getByTestId("adult-profile-1"))).toContain("Anita");
    expect(backend.callsTo("list_classes").length).toBeGreaterThanOrEqual(2);
  });

  it("says a damaged backup could not be restored, and changes nothing", async () => {
    const { backend, user } = setup({ ...OPEN, backups: [{ date: "2026-11-30", damaged: true, profiles: [] }] });
    const section = await openBackups(user);
    await user.click(within(section).getByTestId("backup-restore"));
    await user.click(await screen.findByTestId("backup-confirm"));

    const error = await screen.findByTestId("backup-restore-error");
    expect(error.dataset.key).toBe("error-backup-damaged");
    expect(text(error)).toContain("también está dañada");
    expect(document.activeElement).toBe(error);
    expect(screen.queryByTestId("backup-restored")).toBeNull();
    expect(backend.profiles.map((p) => p.nickname)).toEqual(["Ana"]);
  });

  it("goes back to the door when the area closed before the confirmation", async () => {
    const { backend, user } = setup(OPEN);
    const section = await openBackups(user);
    await user.click(within(section).getAllByTestId("backup-restore")[0]);
    backend.adult.open = false;
    await user.click(await screen.findByTestId("backup-confirm"));
    expect(await screen.findByTestId("pin-input")).toBeTruthy();
    expect(backend.profiles.map((p) => p.nickname)).toEqual(["Ana"]);
  });

  it("reads the same in English", async () => {
    const { user } = setup({ ...OPEN, startup: { storeError: null, systemLocale: "en" } });
    const section = await openBackups(user);
    expect(text(within(section).getByRole("heading", { level: 2 }))).toBe("Backups");
    await user.click(within(section).getAllByTestId("backup-restore")[2]);
    expect(text(within(await screen.findByTestId("backup-dialog")).getByRole("heading"))).toBe(
      "Restore the backup from November 28, 2026?",
    );
  });
});

describe("a damaged progress file at start-up", () => {
  it("offers the newest good backup and, once confirmed, keeps the damaged file and goes on", async () => {
    const { backend, user } = setup({
      damaged: true,
      backups: [{ date: "2026-11-30", damaged: true }, { date: "2026-11-29", profiles: [OLD_ANA] }],
    });
    const panel = await screen.findByTestId("store-error");
    expect(h1().textContent?.trim()).toBe("No pudimos abrir el archivo de tu avance");
    expect(panel.textContent).toContain(FAKE_DB_PATH);
    // The newest backup is damaged too: the one offered is the newest good one.
    expect(text(screen.getByTestId("store-backup-offer"))).toBe(
      "Hay una copia de seguridad automática del 29 de noviembre de 2026. Con ella recuperas el avance de esta computadora tal como estaba ese día.",
    );

    await user.click(screen.getByRole("button", { name: "Recuperar la copia del 29 de noviembre de 2026" }));
    const summary = text(await screen.findByTestId("store-restore-summary"));
    expect(summary).toContain("en lugar del archivo dañado");
    expect(summary).toContain("El archivo dañado no se borra");
    expect(backend.callsTo("restore_newest_backup")).toEqual([]);
    await user.click(screen.getByTestId("store-restore-confirm"));

    const done = await screen.findByTestId("store-restored");
    expect(text(done)).toBe("✓ Listo: se recuperó la copia del 29 de noviembre de 2026.");
    expect(document.activeElement).toBe(done);
    expect(text(screen.getByTestId("store-restored-kept"))).toBe(
      "El archivo dañado se guardó aparte como «progress-damaged-2026-12-01-093000.sqlite3», en la misma carpeta. No se borró.",
    );
    expect(backend.callsTo("restore_newest_backup")).toHaveLength(1);

    await user.click(screen.getByTestId("store-restored-continue"));
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
    expect(screen.queryByTestId("store-error")).toBeNull();
    expect(text(screen.getByTestId("profile-1"))).toContain("Anita");
  });

  it("offers nothing when no backup is good, and trying again stays calm", async () => {
    const { backend, user } = setup({ damaged: true, backups: [{ date: "2026-11-30", damaged: true }] });
    await screen.findByTestId("store-error");
    expect(screen.queryByTestId("store-backup-offer")).toBeNull();
    expect(screen.queryByTestId("store-backup-restore")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Intentar de nuevo" }));
    expect(await screen.findByText("Todavía no se puede abrir. Puedes intentarlo otra vez cuando quieras.")).toBeTruthy();
    expect(backend.callsTo("restore_newest_backup")).toEqual([]);
  });

  it("says why when the restore fails, and the screen stays", async () => {
    const { backend, user } = setup({ damaged: true, backups: [{ date: "2026-11-29" }] });
    await user.click(await screen.findByTestId("store-backup-restore"));
    // Meanwhile someone moved the backup away.
    backend.store.backups.splice(0);
    await user.click(await screen.findByTestId("store-restore-confirm"));
    const error = await screen.findByTestId("store-restore-error");
    expect(error.dataset.key).toBe("error-backup-not-found");
    expect(document.activeElement).toBe(error);
    expect(screen.getByTestId("store-error")).toBeTruthy();
    expect(screen.queryByTestId("store-restored")).toBeNull();
  });

  it("is done by keyboard alone, in English too", async () => {
    // The fake's own refusal, in English.
    let store = { damaged: true };
    const { backend, user } = setup({
      damaged: true,
      backups: [{ date: "2026-11-29" }],
      startup: () => ({
        storeError: store.damaged ? { key: "error-database-corrupt", args: { path: FAKE_DB_PATH } } : null,
        systemLocale: "en",
        backup: store.damaged ? { name: "progress-2026-11-29.sqlite3", date: "2026-11-29", bytes: 1 } : null,
      }),
    });
    store = backend.store;
    await screen.findByTestId("store-error");
    const restore = screen.getByRole("button", { name: "Restore the backup from November 29, 2026" });
    for (let i = 0; i < 10 && document.activeElement !== restore; i++) await user.tab();
    expect(document.activeElement).toBe(restore);
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(await screen.findByTestId("store-restore-cancel"));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("store-restore-confirm"));
    await user.keyboard("{Enter}");
    expect(text(await screen.findByTestId("store-restored"))).toBe("✓ Done: the backup from November 29, 2026 was restored.");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId("store-restored-continue"));
    await user.keyboard("{Enter}");
    expect(await screen.findByTestId("profile-1")).toBeTruthy();
    expect(h1().textContent).toBe("Who are you?");
  });
});
